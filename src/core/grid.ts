/**
 * Grid: a plain snapshot of one sheet, the only thing the core reads.
 * Both hosts (Office.js and exceljs) produce Grids; the core never sees a host object.
 *
 * Coordinates are sheet coordinates, 1-based, everywhere in the core:
 * row 1 / column 1 is A1. `values[i][j]` is the cell at row `top + i`, column `left + j`.
 */

export type CellValue = string | number | boolean | null;

/** A rectangular area in sheet coordinates (1-based, inclusive). */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Sheet name as the host shows it. */
  sheet: string;
  /** Sheet row/column of values[0][0] (the used range's top-left). */
  top: number;
  left: number;
  /** Raw values. Excel errors appear as their text ('#DIV/0!', '#N/A'). Empty cells are null or ''. */
  values: CellValue[][];
  /** Displayed text, as Excel shows the cell ('80%', '1 Layanan', '#DIV/0!'). */
  text: string[][];
  /** Number format codes ('General', '0%', '0.00%', '#,##0'). */
  formats: string[][];
  /** Formula text when the cell holds a formula ('=E5/D5'), else null. */
  formulas: (string | null)[][];
  /** Merged areas; the value sits in the top-left cell only. */
  merges: Area[];
  /** Sheet rows that are hidden or filtered out (1-based). */
  hiddenRows?: number[];
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** Existing notes/comments by A1 address (read only; the adapters decide what is "ours"). */
  notes?: Record<string, string>;
}

/**
 * One cell an earlier run overwrote (the ledger, src/core/ledger.ts): what was there before the
 * first run, and what the add-in wrote. Kept beside the snapshot that carries it, so grid.ts
 * imports nothing (no grid <-> ledger cycle).
 */
export interface LedgerCell {
  sheet: string;
  cell: string;
  /** The original content. */
  original: { value: CellValue; formula: string | null; format: string; text?: string };
  /** What the add-in wrote: a formula, else a value; or its key as the backup keeps it (ledger.ts WrittenKey). */
  written: { value: CellValue; formula: string | null } | number | string;
}

/** A workbook as the core sees it: its sheets in tab order, and optionally which one is active. */
export interface WorkbookSnapshot {
  /** File name, for reports (`kupang-2023.xlsx`). */
  file?: string;
  sheets: Grid[];
  activeSheet?: string;
  /**
   * The add-in's ledger of its earlier runs (src/core/ledger.ts), read by the adapters from the
   * veryHidden backup sheet: the cells it overwrote (with their originals) and the sheets it
   * created. analyse reads the workbook as the user had it, so a rerun writes what the first run
   * wrote.
   */
  ledger?: { cells: LedgerCell[]; createdSheets: string[] };
}

/** One cell read out of a Grid. */
export interface Cell {
  row: number;
  col: number;
  value: CellValue;
  text: string;
  format: string;
  formula: string | null;
}

export function emptyGrid(sheet: string): Grid {
  return { sheet, top: 1, left: 1, values: [], text: [], formats: [], formulas: [], merges: [] };
}

export function gridBottom(g: Grid): number {
  return g.top + g.values.length - 1;
}

export function gridRight(g: Grid): number {
  let w = 0;
  for (const r of g.values) if (r.length > w) w = r.length;
  return g.left + w - 1;
}

/** The cell at sheet row/col; cells outside the used range are empty. */
export function cellAt(g: Grid, row: number, col: number): Cell {
  const i = row - g.top;
  const j = col - g.left;
  const vr = g.values[i];
  if (!vr || j < 0 || j >= vr.length) {
    return { row, col, value: null, text: '', format: 'General', formula: null };
  }
  const v = vr[j] ?? null;
  const t = g.text[i]?.[j];
  return {
    row,
    col,
    value: v,
    text: t ?? (v === null ? '' : String(v)),
    format: g.formats[i]?.[j] ?? 'General',
    formula: g.formulas[i]?.[j] ?? null,
  };
}

/** Trimmed displayed text of a cell ('' when empty). */
export function textAt(g: Grid, row: number, col: number): string {
  return cellAt(g, row, col).text.trim();
}

/** Column number (1-based) to letters: 1 -> A, 27 -> AA. */
export function colLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column number: A -> 1, AA -> 27. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** Row and column of an A1 address (`$` allowed, 1-3 letters, surrounding spaces ignored). Hot: no regex. */
export function parseA1(ref: string): { row: number; col: number } {
  const last = ref.length - 1;
  if (last >= 0 && (ref.charCodeAt(0) <= 32 || ref.charCodeAt(last) <= 32 || ref.charCodeAt(0) > 127 || ref.charCodeAt(last) > 127)) ref = ref.trim();
  let i = 0;
  const end = ref.length;
  if (ref.charCodeAt(i) === 36) i++; // $
  let col = 0;
  let letters = 0;
  for (; i < end; i++, letters++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < end; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  if (letters < 1 || letters > 3 || i === digitsFrom || i !== end) throw new Error(`Alamat sel tidak sah: ${ref}`);
  return { row, col };
}

export function areaA1(a: Area): string {
  return `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;
}

export function parseArea(ref: string): Area {
  const [p, q] = ref.split(':');
  const s = parseA1(p);
  const e = q ? parseA1(q) : s;
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

/** Quote a sheet name for use in a formula: 'Pengukuran 2023'!E5. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The merged area containing the cell, if any. */
export function mergeAt(g: Grid, row: number, col: number): Area | undefined {
  for (const m of g.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  }
  return undefined;
}
