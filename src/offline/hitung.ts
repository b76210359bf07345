/**
 * The command line's `hitung` on a workbook held in memory (the offline page has no files): the
 * same steps as `capaian-pk hitung`, from one function (src/xlsx/hitung.ts), so the page's
 * download is the workbook the command line writes. tests/offline compares the two.
 */
import type { Lang } from '../app/host';
import type { WorkbookSnapshot } from '../core/grid';
import type { Analysis, PlanSummary } from '../core/types';
import { kamus } from '../i18n';
import { PESAN_BERKAS } from '../i18n/berkas';
import { XlsxError } from '../xlsx/errors';
import { uraiKehilangan } from '../xlsx/carry-text';
import { bacaBuku, type Bacaan, rencanakan, tulisHitung } from '../xlsx/hitung';

export { namaKeluaran } from '../xlsx/hitung';

export interface HasilHitung {
  file: string;
  analysis: Analysis;
  /** The sheets analysed (for the rekap's unit name). */
  snapshot: WorkbookSnapshot;
  summary: PlanSummary;
  /** The written workbook (.xlsx bytes). */
  output: Uint8Array;
  /** Settings warnings and writer warnings, one line each. */
  warnings: string[];
}

/** Why a file cannot be used, in one line for the user (never a library's message). */
export class BerkasTidakTerbaca extends Error {}

/** `hitung` on one workbook: analysis, summary and the written workbook. `when` dates the backup. */
export async function hitungBuffer(data: ArrayBuffer | Uint8Array, file: string, lang: Lang = 'id', when = new Date()): Promise<HasilHitung> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const K = kamus(lang).cli;
  let b: Bacaan;
  try {
    b = bacaBuku(bytes, file);
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
    throw new BerkasTidakTerbaca(PESAN_BERKAS[e.code][lang](file));
  }
  if (b.analysis.tables.length === 0) throw new BerkasTidakTerbaca(K.tanpaTabel(file, b.prepared.input.sheets.length));
  const r = rencanakan(b);
  const w = tulisHitung(b, r, when);
  const renamed = r.placed.filter((x) => x.renamedFrom).map((x) => K.lembarDiganti(x.renamedFrom!, x.spec.name));
  // The page has no --paksa: what the download lacks is named with the other warnings.
  const lost = r.hilang.length ? [K.dipaksa(r.hilang.map((h) => uraiKehilangan(h, lang)).join('; '))] : [];
  return { file, analysis: b.analysis, snapshot: b.prepared.input, summary: r.plan.summary, output: w.bytes, warnings: [...b.warnings, ...renamed, ...lost, ...w.result.warnings] };
}
