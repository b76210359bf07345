/**
 * exceljs adapter, read side (browser-safe: bytes in, no fs): an .xlsx package -> WorkbookSnapshot
 * (Grids with values, displayed text, number formats, formulas, merged areas, notes). The bytes
 * are checked first (src/xlsx/open.ts): a file that is not an .xlsx workbook is refused with an
 * XlsxError code, never a library message.
 */
import ExcelJS from 'exceljs';
import type { Area, CellValue, Grid, WorkbookSnapshot } from '../core/grid';
import { XlsxError } from './errors';
import { formatNumber, type NumberLocale } from './format';
import { bytesForExcelJs, openPackage } from './open';
import type { Package } from './package';
import { patchExcelJs } from './patch';

patchExcelJs();

export interface ReadOptions {
  /** Separators of displayed numbers ('en' default). */
  locale?: NumberLocale;
  /** The workbook counts dates from 1904 (a date's serial is 1,462 days less than in the 1900 system). */
  date1904?: boolean;
}

/** The workbook loaded by exceljs, and its package (for the part-level writer). */
export async function loadWorkbookBytes(bytes: Uint8Array): Promise<{ wb: ExcelJS.Workbook; pkg: Package }> {
  const pkg = openPackage(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' typings want its own Buffer type; a Uint8Array is accepted at run time.
    await wb.xlsx.load(bytesForExcelJs(pkg, bytes) as unknown as ArrayBuffer);
  } catch {
    throw new XlsxError('rusak');
  }
  return { wb, pkg };
}

export async function readWorkbookBytes(bytes: Uint8Array, file?: string, opts: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const { wb } = await loadWorkbookBytes(bytes);
  return snapshotFromWorkbook(wb, file, opts);
}

/** Excel serial number of a JS date as exceljs reads it (UTC based). */
export function dateToSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

function noteText(note: unknown): string {
  if (note == null) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text?: string }> }).texts;
  if (Array.isArray(texts)) return texts.map((t) => t.text ?? '').join('');
  return '';
}

function richText(v: { richText: Array<{ text: string }> }): string {
  let s = '';
  for (const r of v.richText) s += r.text ?? '';
  return s;
}

/** A value exceljs gives (cell.value or a formula result) -> Grid value. */
function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number':
    case 'string':
    case 'boolean':
      return v;
    default:
      break;
  }
  if (v instanceof Date) return dateToSerial(v);
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return o.error;
  if (Array.isArray(o.richText)) return richText(o as { richText: Array<{ text: string }> });
  if (typeof o.text === 'string') return o.text; // hyperlink
  if ('result' in o) return plainValue(o.result);
  return null;
}

// exceljs ValueType enum values (stable since 1.x).
const T_NULL = 0;
const T_MERGE = 1;
const T_NUMBER = 2;
const T_STRING = 3;
const T_DATE = 4;
const T_FORMULA = 6;
const T_BOOLEAN = 9;

type ExcelRows = Array<ExcelJS.Row | undefined>;

/** The used range from A1 (rows and columns with content, and hidden rows), and the hidden rows. */
function usedSize(ws: ExcelJS.Worksheet, rows: ExcelRows): { maxRow: number; maxCol: number; hiddenRows: number[] } {
  let maxCol = 0;
  let maxRow = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.cellCount > maxCol) maxCol = row.cellCount;
    if (r > maxRow) maxRow = r;
  });
  const hiddenRows: number[] = [];
  for (let r = 1; r <= rows.length; r++) {
    if (rows[r - 1]?.hidden) {
      hiddenRows.push(r);
      if (r > maxRow) maxRow = r;
    }
  }
  return { maxRow, maxCol, hiddenRows };
}

/** A cell's plain value (null for empty and merged-into cells), and its formula when it has one. */
function cellContent(cell: ExcelJS.Cell, opts: ReadOptions): { v: CellValue; formula: string | null; skip: boolean } {
  switch (cell.type as unknown as number) {
    case T_NULL:
    case T_MERGE:
      return { v: null, formula: null, skip: true };
    case T_NUMBER:
    case T_STRING:
    case T_BOOLEAN:
      return { v: cell.value as CellValue, formula: null, skip: false };
    case T_DATE: {
      const v = plainValue(cell.value);
      return { v: opts.date1904 && typeof v === 'number' ? v - 1462 : v, formula: null, skip: false };
    }
    case T_FORMULA: {
      const f = cell.formula;
      // The cell's model, not its value: exceljs drops a falsy cached result (0, FALSE, "") when
      // it copies the model into `value` (exceljs issue #2943), which would read 0 as empty.
      const v = plainValue((cell as unknown as { model: { result?: unknown } }).model.result);
      return { v, formula: f ? '=' + f : null, skip: false };
    }
    default: // shared formulas' followers, rich text, hyperlinks, errors and anything newer
      return { v: plainValue(cell.value), formula: null, skip: false };
  }
}

interface GridRows {
  values: CellValue[][];
  text: string[][];
  formats: string[][];
  formulas: (string | null)[][];
  notes: Record<string, string>;
}

function emptyRows(maxRow: number, maxCol: number): GridRows {
  const g: GridRows = { values: [], text: [], formats: [], formulas: [], notes: {} };
  for (let i = 0; i < maxRow; i++) {
    g.values.push(new Array(maxCol).fill(null));
    g.text.push(new Array(maxCol).fill(''));
    g.formats.push(new Array(maxCol).fill('General'));
    g.formulas.push(new Array(maxCol).fill(null));
  }
  return g;
}

/** One row's cells into the grid rows (values, displayed text, formats, formulas, notes). */
function readRow(g: GridRows, r: number, row: ExcelJS.Row, maxCol: number, opts: ReadOptions): void {
  const locale = opts.locale ?? 'en';
  const cells = (row as unknown as { _cells: Array<ExcelJS.Cell | undefined> })._cells;
  const n = Math.min(cells.length, maxCol);
  for (let j = 0; j < n; j++) {
    const cell = cells[j];
    if (!cell) continue;
    const numFmt = cell.numFmt;
    if (numFmt) g.formats[r - 1][j] = numFmt;
    const note = (cell as unknown as { _comment?: { note: unknown } })._comment;
    const t = note ? noteText(note.note) : null;
    if (t) g.notes[cell.address] = t;
    const { v, formula, skip } = cellContent(cell, opts);
    if (skip) continue;
    g.formulas[r - 1][j] = formula;
    g.values[r - 1][j] = v;
    if (v === null) continue;
    if (typeof v === 'number') g.text[r - 1][j] = formatNumber(v, numFmt, locale);
    else if (typeof v === 'boolean') g.text[r - 1][j] = v ? 'TRUE' : 'FALSE';
    else g.text[r - 1][j] = v;
  }
}

function mergesOf(ws: ExcelJS.Worksheet): Area[] {
  const merges: Area[] = [];
  const m = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number } | undefined> })._merges;
  for (const k of Object.keys(m)) {
    const d = m[k];
    if (d) merges.push({ top: d.top, left: d.left, bottom: d.bottom, right: d.right });
  }
  return merges;
}

export function sheetToGrid(ws: ExcelJS.Worksheet, opts: ReadOptions = {}): Grid {
  const rows = (ws as unknown as { _rows: ExcelRows })._rows;
  const { maxRow, maxCol, hiddenRows } = usedSize(ws, rows);
  const g = emptyRows(maxRow, maxCol);
  for (let r = 1; r <= maxRow; r++) {
    const row = rows[r - 1];
    if (row) readRow(g, r, row, maxCol, opts);
  }
  const grid: Grid = {
    sheet: ws.name,
    top: 1,
    left: 1,
    values: g.values,
    text: g.text,
    formats: g.formats,
    formulas: g.formulas,
    merges: mergesOf(ws),
    visibility: (ws.state as Grid['visibility']) ?? 'visible',
  };
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  if (Object.keys(g.notes).length) grid.notes = g.notes;
  return grid;
}

export function snapshotFromWorkbook(wb: ExcelJS.Workbook, file?: string, opts: ReadOptions = {}): WorkbookSnapshot {
  const sheets: Grid[] = [];
  const date1904 = !!(wb.properties as { date1904?: boolean } | undefined)?.date1904;
  for (const ws of wb.worksheets) sheets.push(sheetToGrid(ws, { ...opts, date1904 }));
  const snap: WorkbookSnapshot = { sheets };
  if (file) snap.file = file;
  const views = (wb as unknown as { views?: Array<{ activeTab?: number }> }).views;
  const active = views?.[0]?.activeTab;
  if (typeof active === 'number' && sheets[active]) snap.activeSheet = sheets[active].sheet;
  return snap;
}
