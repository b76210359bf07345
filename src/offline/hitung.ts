/**
 * The command line's `hitung` on a workbook held in memory (the offline page has no files): the
 * same steps as `capaian-pk hitung` (src/cli/main.ts, prosesBerkas) over the same file adapter
 * (src/xlsx: the reader without exceljs, the part-level writer), so the page's download is the workbook
 * the command line writes. tests/offline compares the two.
 */
import type { Lang } from '../app/host';
import { analyse } from '../core/analyse';
import type { WorkbookSnapshot } from '../core/grid';
import { plan } from '../core/plan';
import { prepareRun, SETTINGS_SHEET } from '../core/prepare-run';
import { readSettings, type Settings } from '../core/settings';
import type { Analysis, PlanSummary } from '../core/types';
import { PESAN_BERKAS } from '../i18n/berkas';
import { XlsxError } from '../xlsx/errors';
import { snapshotFromPackage, tablesBySheet } from '../xlsx/fast-read';
import { backupChunks, backupInSnapshot, buildBackup } from '../xlsx/ledger';
import { openPackage } from '../xlsx/open';
import { applyPlanToBytes } from '../xlsx/writer';

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

/** The workbook's sheets as Grids (the reader without exceljs), or a one-line refusal. */
function baca(bytes: Uint8Array, file: string, lang: Lang): { full: WorkbookSnapshot; tables: Map<string, string[]> } {
  try {
    const pkg = openPackage(bytes);
    return { full: snapshotFromPackage(pkg, file), tables: tablesBySheet(pkg) };
  } catch (e) {
    const code = e instanceof XlsxError ? e.code : 'rusak';
    throw new BerkasTidakTerbaca(PESAN_BERKAS[code][lang](file));
  }
}

/** Settings stored in the workbook (sheet `_capaianpk`, A1 JSON), read as the command line reads them. */
function settingsOf(snap: WorkbookSnapshot): { settings: Settings; warnings: string[] } {
  const g = snap.sheets.find((x) => x.sheet === SETTINGS_SHEET);
  const v = g?.values[0]?.[0];
  return readSettings(g ? (typeof v === 'string' ? v : '') : null);
}

/** `hitung` on one workbook: analysis, summary and the written workbook. `when` dates the backup. */
export async function hitungBuffer(data: ArrayBuffer | Uint8Array, file: string, lang: Lang = 'id', when = new Date()): Promise<HasilHitung> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const { full, tables } = baca(bytes, file, lang);
  const { settings, warnings } = settingsOf(full);
  // The core's run preparation, as the command line and Excel do it (src/core/prepare-run.ts).
  const backup = backupInSnapshot(full);
  const sheetInfos = full.sheets.map((g) => ({ name: g.sheet, tables: tables.get(g.sheet) ?? [] }));
  const prepared = prepareRun({ snapshot: full, sheets: sheetInfos, backup });
  const analysis = analyse(prepared.input, settings);
  if (analysis.tables.length === 0) {
    throw new BerkasTidakTerbaca(`Tidak ada tabel PK yang dikenali di ${file} (${prepared.input.sheets.length} lembar dibaca).`);
  }
  const planned = plan(analysis, { mode: 'hitung', renstra: true, workbook: prepared.original });
  const placed = planned.sheets.map((spec) => prepared.place(spec));
  const p = { ...planned, sheets: placed.map((x) => x.spec) };
  const kept = buildBackup(full, p, backup, when);
  const { bytes: output, result } = applyPlanToBytes(bytes, p, { backup: backupChunks(kept, backup) });
  const renamed = placed.filter((x) => x.renamedFrom).map((x) => `lembar "${x.renamedFrom}" sudah ada dan dibuat oleh orang lain; hasil ditulis ke lembar "${x.spec.name}".`);
  return { file, analysis, snapshot: prepared.input, summary: p.summary, output, warnings: [...warnings, ...renamed, ...result.warnings] };
}

/** `BERKAS.capaian.xlsx`, as the command line names its output. */
export function namaKeluaran(file: string): string {
  return /\.xlsx$/i.test(file) ? file.replace(/\.xlsx$/i, '.capaian.xlsx') : `${file}.capaian.xlsx`;
}
