/**
 * `hitung` on a workbook's bytes, the steps the command line and the offline page share (one
 * function, so the page's download is the workbook the command line writes):
 *   1. bacaBuku: open the package, read every sheet into a Grid, read the stored settings, prepare
 *      the run as Excel does (src/core/prepare-run.ts: the add-in's own sheets are output, never
 *      input; the ledger of earlier runs is applied), analyse;
 *   2. rencanakan: plan, place the new sheets, and find what the output would lose (carry.ts);
 *   3. tulisHitung: keep what the plan overwrites in the backup, and patch the package.
 * Bytes in, bytes out: no fs, no Buffer (the offline page runs it in the browser). A workbook the
 * reader cannot take throws an XlsxError (its code says why; callers word it).
 */
import { analyse } from '../core/analyse';
import type { WorkbookSnapshot } from '../core/grid';
import type { BackupData } from '../core/ledger';
import { plan } from '../core/plan';
import { prepareRun, SETTINGS_SHEET, type PreparedRun, type SheetPlacement } from '../core/prepare-run';
import { readSettings, type Settings } from '../core/settings';
import type { Analysis, WritePlan } from '../core/types';
import { XlsxError } from './errors';
import { snapshotFromPackage, tablesBySheet } from './fast-read';
import { backupChunks, backupInSnapshot, buildBackup } from './ledger';
import { openPackage } from './open';
import { kehilangan, type Kehilangan } from './carry';
import { type Package, workbookPart } from './package';
import { applyPlanToPackage, type WriteResult } from './writer';
import type { Codec } from './zip';

/** `BERKAS.capaian.xlsx`: the name of hitung's output (the command line beside its input, the offline page's download). */
export function namaKeluaran(file: string): string {
  return /\.xlsx$/i.test(file) ? file.replace(/\.xlsx$/i, '.capaian.xlsx') : `${file}.capaian.xlsx`;
}

export interface Bacaan {
  pkg: Package;
  /** Every sheet as read, the add-in's own included (what the backup is taken from). */
  full: WorkbookSnapshot;
  prepared: PreparedRun;
  backup: BackupData | null;
  settings: Settings;
  /** Warnings about the stored settings. */
  warnings: string[];
  analysis: Analysis;
}

export interface BacaOptions {
  /** Inflate/deflate/CRC (Node's zlib on the command line; fflate in the browser). */
  codec?: Codec;
  /** The settings to use, from the stored ones (the command line's --skala and --tahun). */
  settings?: (stored: Settings) => Settings;
  /** Called once the sheets are read, before the analysis (the command line's timing). */
  onRead?: () => void;
}

/** Settings stored in the workbook (sheet `_capaianpk`, A1 JSON), with warnings. */
export function storedSettings(snap: WorkbookSnapshot): { settings: Settings; warnings: string[] } {
  const g = snap.sheets.find((x) => x.sheet === SETTINGS_SHEET);
  const v = g?.values[0]?.[0];
  return readSettings(g ? (typeof v === 'string' ? v : '') : null);
}

/** Step 1: read and analyse. Throws an XlsxError when the bytes are not a workbook it can read. */
export function bacaBuku(bytes: Uint8Array, file: string, opts: BacaOptions = {}): Bacaan {
  let pkg: Package;
  let full: WorkbookSnapshot;
  let tables: Map<string, string[]>;
  try {
    pkg = openPackage(bytes, opts.codec);
    full = snapshotFromPackage(pkg, file);
    tables = tablesBySheet(pkg);
  } catch (e) {
    throw e instanceof XlsxError ? e : new XlsxError('rusak', e instanceof Error ? e.message : String(e));
  }
  const stored = storedSettings(full);
  const settings = opts.settings ? opts.settings(stored.settings) : stored.settings;
  const backup = backupInSnapshot(full);
  const sheets = full.sheets.map((g) => ({ name: g.sheet, tables: tables.get(g.sheet) ?? [] }));
  const prepared = prepareRun({ snapshot: full, sheets, backup });
  opts.onRead?.();
  const analysis = analyse(prepared.input, settings);
  return { pkg, full, prepared, backup, settings, warnings: stored.warnings, analysis };
}

export interface Rencana {
  plan: WritePlan;
  /** The new sheets, with the name each went to (a person's sheet of the same name is kept). */
  placed: SheetPlacement[];
  /** What the output would lose of the input (src/xlsx/carry.ts); empty when nothing. */
  hilang: Kehilangan[];
}

/** Step 2: the plan, the sheets placed, and what writing it would lose. */
export function rencanakan(b: Bacaan): Rencana {
  const planned = plan(b.analysis, { mode: 'hitung', renstra: true, workbook: b.prepared.original });
  const placed = planned.sheets.map((spec) => b.prepared.place(spec));
  const p: WritePlan = { ...planned, sheets: placed.map((x) => x.spec) };
  return { plan: p, placed, hilang: kehilangan(b.pkg, workbookPart(b.pkg), p) };
}

/**
 * Step 3: back up and write. `when` dates the backup; `backupDeflate` is the raw deflate for the
 * backup's text. The package of `b` is patched: call this once per Bacaan.
 */
export function tulisHitung(b: Bacaan, r: Rencana, when: Date, backupDeflate?: (d: Uint8Array) => Uint8Array): { bytes: Uint8Array; result: WriteResult } {
  // The backup first (from the workbook as it is before this run), then the writes.
  const kept = buildBackup(b.full, r.plan, b.backup, when);
  return applyPlanToPackage(b.pkg, r.plan, { backup: backupChunks(kept, b.backup, backupDeflate) });
}
