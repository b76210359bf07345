/** Small formatting helpers of the pane. */
import type { Lang, RunReport } from '../app/host';

export function formatWhen(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return d.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return iso;
  }
}

/** The kind of sheet the report shows: it decides the first-run text and the main action. */
export type JenisLembar = 'pengukuran' | 'pk' | 'renstra' | 'rencana-aksi' | 'kosong';

export function jenisLembar(report: RunReport): JenisLembar {
  const kinds = new Set(report.tables.map((t) => t.kind));
  if (kinds.has('pengukuran')) return 'pengukuran';
  if (kinds.has('pk')) return 'pk';
  if (kinds.has('renstra')) return 'renstra';
  if (kinds.has('rencana-aksi')) return 'rencana-aksi';
  return 'kosong';
}
