/**
 * The Excel host's side of a run's preparation: read the workbook, then the core's prepareRun
 * (the same for the command line): inputs, ledger, the policy for a name a person's sheet has.
 */
import { analyse } from '../core/analyse';
import type { Grid, WorkbookSnapshot } from '../core/grid';
import type { PreparedRun } from '../core/prepare-run';
import { prepareRun } from '../core/prepare-run';
import type { Settings } from '../core/settings';
import type { Analysis } from '../core/types';
import type { BackupData } from './backup';
import { parseBackup } from './backup';
import type { Capabilities, SheetMeta, WorkbookRead } from './read';
import { readWorkbook } from './read';
import { firstRows as readFirstRows } from './read-first';
import type { Session } from './session';
import { detectCaps } from './session';
import { settingsFrom } from './settings-store';

export interface Prepared {
  read: WorkbookRead;
  settings: Settings;
  warnings: string[];
  analysis: Analysis;
  caps: Capabilities;
  /** The core's preparation: inputs, ledger, sheet-name policy. */
  run: PreparedRun;
  /** The workbook as the user had it before the add-in's runs (withOriginals of the inputs). */
  original: WorkbookSnapshot;
  /** The backup of earlier runs (null when there is none or it is damaged). */
  backup: BackupData | null;
}

/** Reads the workbook and analyses it; `focus` analyses the active sheet only (plus what it needs). */
export async function prepare(s: Session, focus: boolean, opts: { locateOwn?: boolean } = {}): Promise<Prepared> {
  return s.run(async (context) => {
    const caps = detectCaps(context, s.isSet);
    // the active sheet's first rows ride in sync 1, as many as the last read's measure allows
    const firstRows = readFirstRows(s.readBudget, s.measured);
    const read = await readWorkbook(context, caps, { budget: s.readBudget, firstRows, ...opts });
    if (read.bytesPerRow !== null) s.measured = { bytesPerRow: read.bytesPerRow, grown: false };
    const st = settingsFrom(read.settingsSheet, read.settingsOffice);
    const parsed = parseBackup(read.backupRaw);
    const backup = parsed && parsed !== 'damaged' ? parsed : null;
    const run = prepareRun({ snapshot: read.snapshot, sheets: read.sheets.map((m) => ({ name: m.name, tables: m.tables })), backup });
    const analysis = analyse(run.input, st.settings, { ...(focus ? { focusSheets: [read.active] } : {}), lang: s.lang });
    const remarks = read.remarks.map((r) => (r.kind === 'merges-unreadable' ? s.t.mergesUnreadable(r.sheet) : s.t.sheetTooLarge(r.sheet)));
    return { read, settings: st.settings, warnings: [...st.warnings, ...remarks], analysis, caps, run, original: run.original, backup };
  });
}

export function gridOf(read: WorkbookRead, sheet: string): Grid | undefined {
  return read.snapshot.sheets.find((g) => g.sheet === sheet);
}

export function metaOf(read: WorkbookRead, sheet: string): SheetMeta | undefined {
  return read.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
}
