/**
 * The command line's `hitung` on a workbook held in memory (the offline page has no files): the
 * same steps as `capaian-pk hitung` (src/cli/main.ts) over the same adapter (src/xlsx), so the
 * page's download is the workbook the command line writes.
 */
import ExcelJS from 'exceljs';
import { analyse } from '../core/analyse';
import type { WorkbookSnapshot } from '../core/grid';
import { plan } from '../core/plan';
import { prepareRun, SETTINGS_SHEET } from '../core/prepare-run';
import { readSettings, type Settings } from '../core/settings';
import type { Analysis, PlanSummary } from '../core/types';
import { buildBackup, readBackup, writeBackup } from '../xlsx/ledger';
import { snapshotFromWorkbook } from '../xlsx/read';
import { applyPlanToWorkbook } from '../xlsx/write';

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

const ZIP_MAGIC = [0x50, 0x4b];

async function bukaBukuKerja(data: ArrayBuffer, file: string): Promise<ExcelJS.Workbook> {
  const head = new Uint8Array(data, 0, Math.min(2, data.byteLength));
  if (head[0] !== ZIP_MAGIC[0] || head[1] !== ZIP_MAGIC[1]) {
    throw new BerkasTidakTerbaca(`Berkas ${file} bukan buku kerja .xlsx (format tidak dikenali).`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new BerkasTidakTerbaca(`Berkas ${file} bukan buku kerja .xlsx yang dapat dibaca (${why}).`);
  }
  return wb;
}

/** Settings stored in the workbook (sheet `_capaianpk`, A1 JSON), read as the command line reads them. */
function settingsOf(wb: ExcelJS.Workbook): { settings: Settings; warnings: string[] } {
  const v = wb.getWorksheet(SETTINGS_SHEET)?.getCell('A1').value;
  if (v === undefined) return readSettings(null);
  const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : '';
  return readSettings(text);
}

/** `hitung` on one workbook: analysis, summary and the written workbook. `when` dates the backup. */
export async function hitungBuffer(data: ArrayBuffer, file: string, when = new Date()): Promise<HasilHitung> {
  const wb = await bukaBukuKerja(data, file);
  const { settings, warnings } = settingsOf(wb);
  const full = snapshotFromWorkbook(wb, file);
  // The core's run preparation, as the command line and Excel do it (src/core/prepare-run.ts).
  const backup = readBackup(wb);
  const sheetInfos = wb.worksheets.map((ws) => ({ name: ws.name, tables: Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {}) }));
  const prepared = prepareRun({ snapshot: full, sheets: sheetInfos, backup });
  const analysis = analyse(prepared.input, settings);
  if (analysis.tables.length === 0) {
    throw new BerkasTidakTerbaca(`Tidak ada tabel PK yang dikenali di ${file} (${prepared.input.sheets.length} lembar dibaca).`);
  }
  const planned = plan(analysis, { mode: 'hitung', renstra: true, workbook: prepared.original });
  const placed = planned.sheets.map((spec) => prepared.place(spec));
  const p = { ...planned, sheets: placed.map((x) => x.spec) };
  const kept = buildBackup(full, p, backup, when);
  const res = applyPlanToWorkbook(wb, p);
  writeBackup(wb, kept, backup);
  const output = new Uint8Array(await wb.xlsx.writeBuffer());
  const renamed = placed.filter((x) => x.renamedFrom).map((x) => `lembar "${x.renamedFrom}" sudah ada dan dibuat oleh orang lain; hasil ditulis ke lembar "${x.spec.name}".`);
  return { file, analysis, snapshot: prepared.input, summary: p.summary, output, warnings: [...warnings, ...renamed, ...res.warnings] };
}

/** `BERKAS.capaian.xlsx`, as the command line names its output. */
export function namaKeluaran(file: string): string {
  return /\.xlsx$/i.test(file) ? file.replace(/\.xlsx$/i, '.capaian.xlsx') : `${file}.capaian.xlsx`;
}
