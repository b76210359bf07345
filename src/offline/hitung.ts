/**
 * The command line's `hitung` on a workbook held in memory (the offline page has no files): the
 * same steps as `capaian-pk hitung` (src/cli/main.ts) over the same adapter (src/xlsx), so the
 * page's download is the workbook the command line writes.
 */
import { analyse } from '../core/analyse';
import type { WorkbookSnapshot } from '../core/grid';
import { plan } from '../core/plan';
import { prepareRun, SETTINGS_SHEET } from '../core/prepare-run';
import { readSettings } from '../core/settings';
import type { Analysis, PlanSummary } from '../core/types';
import { PESAN_BERKAS } from '../i18n/berkas';
import { XlsxError } from '../xlsx/errors';
import { snapshotFromPackage, tablesBySheet } from '../xlsx/fast-read';
import { backupChunks, backupInSnapshot, buildBackup } from '../xlsx/ledger';
import { openPackage } from '../xlsx/open';
import type { Package } from '../xlsx/package';
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

/** Why a file cannot be used, in one line for the user (never a library's message alone). */
export class BerkasTidakTerbaca extends Error {}

function bukaPaket(data: ArrayBuffer, file: string): { pkg: Package; full: WorkbookSnapshot } {
  try {
    const pkg = openPackage(new Uint8Array(data));
    return { pkg, full: snapshotFromPackage(pkg, file) };
  } catch (e) {
    throw new BerkasTidakTerbaca(PESAN_BERKAS[e instanceof XlsxError ? e.code : 'rusak'].id(file));
  }
}

/** `hitung` on one workbook: analysis, summary and the written workbook. `when` dates the backup. */
export async function hitungBuffer(data: ArrayBuffer, file: string, when = new Date()): Promise<HasilHitung> {
  const { pkg, full } = bukaPaket(data, file);
  const stored = full.sheets.find((g) => g.sheet === SETTINGS_SHEET)?.values[0]?.[0];
  const { settings, warnings } = readSettings(full.sheets.some((g) => g.sheet === SETTINGS_SHEET) ? (typeof stored === 'string' ? stored : '') : null);
  // The core's run preparation, as the command line and Excel do it (src/core/prepare-run.ts).
  const backup = backupInSnapshot(full);
  const tables = tablesBySheet(pkg);
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
  // The same part-level writer as the command line (browser-safe: fflate deflates here).
  const { bytes: output, result: res } = applyPlanToBytes(new Uint8Array(data), p, { backup: backupChunks(kept, backup) });
  const renamed = placed.filter((x) => x.renamedFrom).map((x) => `lembar "${x.renamedFrom}" sudah ada dan dibuat oleh orang lain; hasil ditulis ke lembar "${x.spec.name}".`);
  return { file, analysis, snapshot: prepared.input, summary: p.summary, output, warnings: [...warnings, ...renamed, ...res.warnings] };
}

/** `BERKAS.capaian.xlsx`, as the command line names its output. */
export function namaKeluaran(file: string): string {
  return /\.xlsx$/i.test(file) ? file.replace(/\.xlsx$/i, '.capaian.xlsx') : `${file}.capaian.xlsx`;
}
