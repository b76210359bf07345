/**
 * The ledger of what the add-in overwrote (kept by both hosts in the veryHidden sheet
 * `_capaianpk_backup`, see src/excel/backup.ts and src/xlsx/write.ts).
 *
 * Why the core needs it: Hitung replaces a stated capaian with the computed one. On the next run
 * the stated value (the user's) is still the thing to review, and the run must write exactly
 * what the first one wrote. So before analysing, every cell that still holds what the add-in
 * wrote is read as it was before the add-in touched it. A cell the user has typed over since is
 * the user's again and is read as it is.
 */
import type { CellValue, Grid, WorkbookSnapshot } from './grid';
import { parseA1 } from './grid';
import { isGeneratedSheet } from './plan';

export const LEDGER_SHEET = '_capaianpk_backup';

/** One overwritten cell: what was there before the first run, and what the add-in wrote. */
export interface LedgerCell {
  sheet: string;
  cell: string;
  /** The original content. */
  original: { value: CellValue; formula: string | null; format: string; text?: string };
  /** What the add-in wrote: a formula, else a value. */
  written: { value: CellValue; formula: string | null };
}

function sameValue(a: CellValue, b: CellValue): boolean {
  const ea = a === null || a === '';
  const eb = b === null || b === '';
  if (ea || eb) return ea && eb;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return String(a) === String(b);
}

function normFormula(f: string | null): string {
  return (f ?? '').replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
}

/** True when the cell still holds what the add-in wrote. */
export function stillWritten(current: { value: CellValue; formula: string | null }, written: LedgerCell['written']): boolean {
  if (written.formula) return !!current.formula && normFormula(current.formula) === normFormula(written.formula);
  return !current.formula && sameValue(current.value, written.value);
}

function cloneGrid(g: Grid): Grid {
  return {
    ...g,
    values: g.values.map((r) => r.slice()),
    text: g.text.map((r) => r.slice()),
    formats: g.formats.map((r) => r.slice()),
    formulas: g.formulas.map((r) => r.slice()),
  };
}

function setCell(g: Grid, row: number, col: number, o: LedgerCell['original']): void {
  const i = row - g.top;
  const j = col - g.left;
  if (i < 0 || j < 0) return; // outside the snapshot: nothing to put back into the reading
  while (g.values.length <= i) {
    g.values.push([]);
    g.text.push([]);
    g.formats.push([]);
    g.formulas.push([]);
  }
  for (const rows of [g.values, g.text, g.formats, g.formulas] as unknown[][][]) {
    const r = rows[i];
    while (r.length <= j) r.push(rows === g.formats ? 'General' : rows === g.text ? '' : null);
  }
  g.values[i][j] = o.value;
  g.formulas[i][j] = o.formula;
  g.formats[i][j] = o.format || 'General';
  g.text[i][j] = o.text ?? (o.value === null ? '' : String(o.value));
}

/**
 * A sheet the add-in made as its report (Temuan, Perbandingan Renstra, also when renamed
 * `Temuan (2)` beside a person's sheet): output, never input. The pengukuran sheet Siapkan makes
 * is not a report: it is the user's working sheet, read like any other.
 */
function isReportSheet(name: string): boolean {
  return isGeneratedSheet(name.replace(/ \(\d+\)$/, ''));
}

/**
 * The workbook as the user had it before the add-in's runs: every cell that still holds what the
 * add-in wrote is read as its original, and the report sheets the add-in created (Temuan,
 * Perbandingan Renstra, ...) are left out. Sheets without ledger entries are returned as they are (not copied).
 */
export function withOriginals(wb: WorkbookSnapshot): WorkbookSnapshot {
  const created = new Set((wb.ledger?.createdSheets ?? []).filter(isReportSheet));
  const ledger = wb.ledger?.cells ?? [];
  if (ledger.length === 0 && created.size === 0) return wb;
  const bySheet = new Map<string, LedgerCell[]>();
  for (const e of ledger) {
    const l = bySheet.get(e.sheet);
    if (l) l.push(e);
    else bySheet.set(e.sheet, [e]);
  }
  const sheets = wb.sheets.filter((g) => !created.has(g.sheet)).map((g) => {
    const entries = bySheet.get(g.sheet);
    if (!entries) return g;
    const copy = cloneGrid(g);
    for (const e of entries) {
      let pos: { row: number; col: number };
      try {
        pos = parseA1(e.cell);
      } catch {
        continue;
      }
      const i = pos.row - g.top;
      const j = pos.col - g.left;
      const current = {
        value: g.values[i]?.[j] ?? null,
        formula: g.formulas[i]?.[j] ?? null,
      };
      if (stillWritten(current, e.written)) setCell(copy, pos.row, pos.col, e.original);
    }
    return copy;
  });
  return { ...wb, sheets };
}

/**
 * The ledger after a new run: a cell already in the ledger that still holds what the add-in wrote
 * keeps its first original (the user's value survives any number of runs); any other cell the run
 * overwrites gets its current content as original.
 */
export function mergeLedger(previous: LedgerCell[], next: LedgerCell[], current: (sheet: string, cell: string) => { value: CellValue; formula: string | null }): LedgerCell[] {
  const prev = new Map(previous.map((e) => [`${e.sheet}!${e.cell}`, e]));
  return next.map((e) => {
    const p = prev.get(`${e.sheet}!${e.cell}`);
    if (p && stillWritten(current(e.sheet, e.cell), p.written)) return { ...e, original: p.original };
    return e;
  });
}

// ---------------------------------------------------------------- the stored format

/**
 * The backup both hosts keep in LEDGER_SHEET (JSON in column A, chunked): the Excel adapter
 * (src/excel/backup.ts) and the exceljs adapter (src/xlsx/write.ts) write and read the same shape,
 * so a workbook computed by the command line can be restored (Pulihkan) in Excel.
 *   { app: 'capaian-pk', version: 2, when, sheet, run, threadKind, cells, threads, created, replaced }
 * Version 1 (before the ledger) is the same without cells[].w / cells[].t.
 */
export interface BackupCell {
  s: string;
  c: string;
  v: CellValue;
  f: string | null;
  fmt: string;
  /** The run changed the cell's style (copied or bold): Pulihkan clears formats first. */
  styled?: boolean;
  /** The original displayed text (version 2), when it differs from String(v). */
  t?: string;
  /** What the add-in wrote (version 2): the formula, else the value (as the plan's CellWrite). */
  w?: { v: CellValue; f: string | null };
}

export interface BackupSheet {
  name: string;
  top: number;
  left: number;
  /** formula or value per cell ('' empty). */
  inputs: CellValue[][];
  formats: string[][];
  merges: string[];
  tables: Array<{ name: string; range: string; style: string }>;
  freezeRows: number;
  /** Bold cells (A1), where the host could read them (ExcelApi 1.9 getCellProperties). */
  bold?: string[];
  /** Column widths in points of the columns the run sets (ExcelApi 1.9 getColumnProperties). */
  widths?: Record<string, number>;
}

export interface BackupData {
  app: 'capaian-pk';
  /** 2 since the ledger (cells[].w); 1 is still read. */
  version: 1 | 2;
  when: string;
  /** The sheet the run was started on. */
  sheet: string;
  run: string;
  threadKind: 'threaded' | 'notes' | null;
  cells: BackupCell[];
  /** The add-in's threads the run changed: old content, null when the run added it. */
  threads: Array<{ s: string; c: string; old: string | null }>;
  /** Sheets the run created (Pulihkan deletes them). */
  created: string[];
  /** Sheets the run replaced (Pulihkan restores their content). */
  replaced: BackupSheet[];
}

export function parseBackup(raw: string | null): BackupData | null | 'damaged' {
  if (!raw) return null;
  try {
    const b = JSON.parse(raw) as BackupData;
    if (b?.app !== 'capaian-pk' || (b.version !== 1 && b.version !== 2) || !Array.isArray(b.cells)) return 'damaged';
    return {
      ...b,
      threads: Array.isArray(b.threads) ? b.threads : [],
      created: Array.isArray(b.created) ? b.created : [],
      replaced: Array.isArray(b.replaced) ? b.replaced : [],
    };
  } catch {
    return 'damaged';
  }
}

export function ledgerOf(b: BackupData | null | 'damaged'): { cells: LedgerCell[]; createdSheets: string[] } | undefined {
  if (!b || b === 'damaged') return undefined;
  const cells: LedgerCell[] = [];
  for (const c of b.cells) {
    if (!c.w) continue;
    cells.push({
      sheet: c.s,
      cell: c.c,
      original: { value: c.v, formula: c.f, format: c.fmt || 'General', ...(c.t !== undefined ? { text: c.t } : {}) },
      written: { value: c.w.v, formula: c.w.f },
    });
  }
  return { cells, createdSheets: [...b.created] };
}

