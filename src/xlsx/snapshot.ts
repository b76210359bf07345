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
const T_HYPERLINK = 5;
const T_FORMULA = 6;
const T_SHARED = 7;
const T_RICH = 8;
const T_BOOLEAN = 9;
const T_ERROR = 10;

export function sheetToGrid(ws: ExcelJS.Worksheet, opts: ReadOptions = {}): Grid {
  const locale = opts.locale ?? 'en';
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  const notes: Record<string, string> = {};
  let maxCol = 0;
  let maxRow = 0;
  // Pass 1: size of the used range (from A1).
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const c = row.cellCount;
    if (c > maxCol) maxCol = c;
    if (r > maxRow) maxRow = r;
  });
  const rowsAny = (ws as unknown as { _rows: Array<ExcelJS.Row | undefined> })._rows;
  for (let r = 1; r <= rowsAny.length; r++) {
    const row = rowsAny[r - 1];
    if (row && row.hidden) {
      hiddenRows.push(r);
      if (r > maxRow) maxRow = r;
    }
  }
  for (let i = 0; i < maxRow; i++) {
    const vr: CellValue[] = new Array(maxCol).fill(null);
    const tr: string[] = new Array(maxCol).fill('');
    const fr: string[] = new Array(maxCol).fill('General');
    const fo: (string | null)[] = new Array(maxCol).fill(null);
    values.push(vr);
    text.push(tr);
    formats.push(fr);
    formulas.push(fo);
  }
  for (let r = 1; r <= maxRow; r++) {
    const row = rowsAny[r - 1];
    if (!row) continue;
    const cells = (row as unknown as { _cells: Array<ExcelJS.Cell | undefined> })._cells;
    const vr = values[r - 1];
    const tr = text[r - 1];
    const fr = formats[r - 1];
    const fo = formulas[r - 1];
    const n = Math.min(cells.length, maxCol);
    for (let j = 0; j < n; j++) {
      const cell = cells[j];
      if (!cell) continue;
      const numFmt = cell.numFmt;
      if (numFmt) fr[j] = numFmt;
      const note = (cell as unknown as { _comment?: { note: unknown } })._comment;
      if (note) {
        const t = noteText(note.note);
        if (t) notes[cell.address] = t;
      }
      const type = cell.type as unknown as number;
      let v: CellValue = null;
      switch (type) {
        case T_NULL:
        case T_MERGE:
          continue;
        case T_NUMBER:
        case T_STRING:
        case T_BOOLEAN:
          v = cell.value as CellValue;
          break;
        case T_SHARED:
        case T_RICH:
        case T_HYPERLINK:
        case T_ERROR:
          v = plainValue(cell.value);
          break;
        case T_DATE:
          v = plainValue(cell.value);
          if (opts.date1904 && typeof v === 'number') v -= 1462;
          break;
        case T_FORMULA: {
          const f = cell.formula;
          fo[j] = f ? '=' + f : null;
          // The cell's model, not its value: exceljs drops a falsy cached result (0, FALSE, "") when
          // it copies the model into `value` (exceljs issue #2943), which would read 0 as empty.
          v = plainValue((cell as unknown as { model: { result?: unknown } }).model.result);
          break;
        }
        default:
          v = plainValue(cell.value);
      }
      vr[j] = v;
      if (v === null) continue;
      if (typeof v === 'number') tr[j] = formatNumber(v, numFmt, locale);
      else if (typeof v === 'boolean') tr[j] = v ? 'TRUE' : 'FALSE';
      else tr[j] = v;
    }
  }
  const merges: Area[] = [];
  const m = (ws as unknown as { _merges: Record<string, { model?: Area; top: number; left: number; bottom: number; right: number }> })._merges;
  for (const k of Object.keys(m)) {
    const d = m[k];
    if (d) merges.push({ top: d.top, left: d.left, bottom: d.bottom, right: d.right });
  }
  const grid: Grid = {
    sheet: ws.name,
    top: 1,
    left: 1,
    values,
    text,
    formats,
    formulas,
    merges,
    visibility: (ws.state as Grid['visibility']) ?? 'visible',
  };
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  if (Object.keys(notes).length) grid.notes = notes;
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
