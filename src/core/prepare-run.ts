/**
 * One preparation of a run, the same for every host (Excel add-in, command line, offline page):
 * - which sheets are inputs: the add-in's own hidden sheets (settings, backup) and the sheets it
 *   wrote as results (found by their Excel table, or listed as created in the ledger under a report
 *   name) are never analysed; a person's sheet is, whatever its name (a person's sheet called
 *   `Temuan` included), and so is the pengukuran sheet Siapkan made: it is the user's to fill;
 * - the ledger of earlier runs applied: cells still holding what the add-in wrote are read as
 *   their originals (core/ledger.ts), so a rerun writes what the first run wrote;
 * - the policy for a result sheet whose name a person's sheet already has: the person's sheet is
 *   kept as it is and the new sheet gets the first free suffixed name (`Temuan (2)`, `Temuan (3)`).
 *   A sheet the add-in wrote earlier under that name is replaced, so running twice gives the
 *   same workbook as running once.
 */
import type { Grid, WorkbookSnapshot } from './grid';
import { textAt } from './grid';
import type { BackupData } from './ledger';
import { isReportSheet, LEDGER_SHEET, ledgerOf, withOriginals } from './ledger';
import type { SheetSpec } from './types';

/** The sheet holding the workbook's settings (JSON in column A). */
export const SETTINGS_SHEET = '_capaianpk';

/** Excel tables of the sheets the add-in writes as results (plan.ts `Temuan`, renstra.ts). */
const OUTPUT_TABLES = /^(TemuanCapaianPK|PerbandinganRenstra)(_\d+)?$/i;

/** A sheet holding one of the add-in's result tables: its output, left out of the analysis and replaced whole. */
export function holdsOutputTable(tables: string[]): boolean {
  return tables.some((t) => OUTPUT_TABLES.test(t));
}

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/** Every sheet of the workbook with the names of its Excel tables (the host reads them). */
export interface SheetInfo {
  name: string;
  tables: string[];
}

export interface RunInput {
  /** The sheets the host read as Grids (system sheets may be among them: they are left out). */
  snapshot: WorkbookSnapshot;
  /** Every sheet of the workbook, in tab order. */
  sheets: SheetInfo[];
  /** The backup of earlier runs (the ledger), null when there is none or it is damaged. */
  backup: BackupData | null;
}

export interface SheetPlacement {
  spec: SheetSpec;
  /** The name the plan wanted, when a person's sheet had it and the spec was renamed. */
  renamedFrom: string | null;
}

export interface PreparedRun {
  /** The sheets to analyse, with the ledger attached. */
  input: WorkbookSnapshot;
  /** The workbook as the user had it before the add-in's runs (what plans and summaries see). */
  original: WorkbookSnapshot;
  /** Existing sheets that are the add-in's results (never analysed, replaced by a rerun). */
  outputs: string[];
  /** True when a sheet of the spec's name may be written: absent, or the add-in's own. */
  isOurs(spec: SheetSpec): boolean;
  /** The spec under the name it will be written to (the policy above). */
  place(spec: SheetSpec): SheetPlacement;
}

export function isSystemSheet(name: string): boolean {
  return name === SETTINGS_SHEET || name === LEDGER_SHEET;
}

const lower = (s: string) => s.toLowerCase();

export function prepareRun(run: RunInput): PreparedRun {
  const ledger = ledgerOf(run.backup);
  const created = new Set((ledger?.createdSheets ?? []).map(lower));
  const infoOf = (name: string) => run.sheets.find((s) => lower(s.name) === lower(name));
  const gridOf = (name: string): Grid | undefined => run.snapshot.sheets.find((g) => lower(g.sheet) === lower(name));
  const outputs = run.sheets
    .filter((s) => !isSystemSheet(s.name) && ((created.has(lower(s.name)) && isReportSheet(s.name)) || holdsOutputTable(s.tables)))
    .map((s) => s.name);
  const skip = new Set(outputs.map(lower));
  const sheets = run.snapshot.sheets.filter((g) => !isSystemSheet(g.sheet) && !skip.has(lower(g.sheet)));
  const input: WorkbookSnapshot = ledger ? { ...run.snapshot, sheets, ledger } : { ...run.snapshot, sheets };
  const allTables = new Set(run.sheets.flatMap((s) => s.tables.map(lower)));

  function isOurs(spec: SheetSpec): boolean {
    const info = infoOf(spec.name);
    if (!info) return true;
    if (created.has(lower(info.name))) return true;
    if (spec.table && info.tables.some((t) => lower(t) === lower(spec.table!.name))) return true;
    const g = gridOf(info.name);
    if (!g || g.values.length === 0) return info.tables.length === 0; // an empty sheet holds nothing of anyone's
    // A sheet without a table (a prepared pengukuran sheet) whose title is the one the add-in writes.
    const first = spec.cells.find((c) => c.cell === 'A1');
    return !spec.table && !!first && textAt(g, 1, 1) === String(first.value ?? '');
  }

  function tableName(base: string, n: number): string {
    let name = `${base}_${n}`;
    for (let k = n + 1; allTables.has(lower(name)); k++) name = `${base}_${k}`;
    return name;
  }

  function place(spec: SheetSpec): SheetPlacement {
    if (isOurs(spec)) return { spec, renamedFrom: null };
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const name = spec.name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
      const table = spec.table ? { ...spec.table, name: tableName(spec.table.name, n) } : undefined;
      const renamed: SheetSpec = { ...spec, name, cells: spec.cells.map((c) => ({ ...c, sheet: name })), ...(table ? { table } : {}) };
      // A suffixed sheet the add-in wrote on an earlier run keeps its table name: reuse both.
      const info = infoOf(name);
      const ownTable = spec.table && info?.tables.find((t) => OUTPUT_TABLES.test(t));
      const candidate = ownTable ? { ...renamed, table: { ...renamed.table!, name: ownTable } } : renamed;
      if (isOurs(candidate)) return { spec: candidate, renamedFrom: spec.name };
    }
  }

  return { input, original: withOriginals(input), outputs, isOurs, place };
}
