/**
 * The command line's `hitung` on a workbook held in memory (the offline page has no files): the
 * same steps as `capaian-pk hitung` (src/cli/main.ts) over the same adapter (src/xlsx), so the
 * page's download is the workbook the command line writes.
 */
import ExcelJS from 'exceljs';
import { analyse } from '../core/analyse';
import { withOriginals } from '../core/ledger';
import { isGeneratedSheet, plan } from '../core/plan';
import type { Settings } from '../core/settings';
import type { Analysis, PlanSummary } from '../core/types';
import { SETTINGS_SHEET, workbookSettings } from '../cli/main';
import { attachLedger, buildBackup, readBackup, writeBackup } from '../xlsx/ledger';
import { snapshotFromWorkbook } from '../xlsx/read';
import { applyPlanToWorkbook } from '../xlsx/write';

export interface HasilHitung {
  file: string;
  analysis: Analysis;
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

/** `hitung` on one workbook: analysis, summary and the written workbook. `when` dates the backup. */
export async function hitungBuffer(data: ArrayBuffer, file: string, when = new Date()): Promise<HasilHitung> {
  const wb = await bukaBukuKerja(data, file);
  const { settings, warnings } = workbookSettings(wb);
  const full = snapshotFromWorkbook(wb, file);
  const backup = readBackup(wb);
  const inputs = full.sheets.filter((g) => g.sheet !== SETTINGS_SHEET && !isGeneratedSheet(g.sheet));
  const snapshot = attachLedger({ ...full, sheets: inputs }, backup);
  const analysis = analyse(snapshot, settings as Settings);
  if (analysis.tables.length === 0) {
    throw new BerkasTidakTerbaca(`Tidak ada tabel PK yang dikenali di ${file} (${snapshot.sheets.length} lembar dibaca).`);
  }
  const p = plan(analysis, { mode: 'hitung', renstra: true, workbook: withOriginals(snapshot) });
  const kept = buildBackup(full, p, backup, when);
  const res = applyPlanToWorkbook(wb, p);
  writeBackup(wb, kept, backup);
  const output = new Uint8Array(await wb.xlsx.writeBuffer());
  return { file, analysis, summary: p.summary, output, warnings: [...warnings, ...res.warnings] };
}

/** `BERKAS.capaian.xlsx`, as the command line names its output. */
export function namaKeluaran(file: string): string {
  return /\.xlsx$/i.test(file) ? file.replace(/\.xlsx$/i, '.capaian.xlsx') : `${file}.capaian.xlsx`;
}
