/**
 * realisasi-melebihi-100 (peringatan): a percentage-of-population indicator (unit %, name
 * `Persentase ...`/`Presentase ...`) with realisasi above 100%.
 */
import { aturanIndikator, nilai, tempat, temuan } from './types';

const NAMA_PERSENTASE = /^(?:\s*(?:\d+[.)]|[a-z][.)])\s*)*(?:persentase|presentase|prosentase)\b/i;

export function namaPersentase(indikator: string): boolean {
  return NAMA_PERSENTASE.test(indikator.trim());
}

export const realisasiMelebihi100 = aturanIndikator('realisasi-melebihi-100', (ind, table, ctx) => {
  if (table.kind !== 'pengukuran' && table.kind !== 'rencana-aksi') return null;
  const r = ind.realisasi;
  if (!r || r.kind !== 'percent' || r.value === null) return null;
  if (r.value <= 100 + 1e-9) return null;
  if (!namaPersentase(ind.indikator)) return null;
  return temuan('realisasi-melebihi-100', tempat(ind, 'realisasi'), { realisasi: nilai(r, ctx.lang) }, ctx.lang);
});
