/**
 * exceljs adapter, write side: apply a WritePlan to a workbook (the CLI's `hitung`).
 *
 * - Cell writes: number format first, then the value; formulas as {formula, result}.
 * - Comments become cell notes. The add-in's text sits after the marker line
 *   `--- Capaian PK ---`, so a user's own note on the same cell is kept above it. On a rerun the
 *   text after the marker is replaced (never duplicated), and a note that was only ours and whose
 *   finding is gone is removed.
 * - New sheets are replaced by name at the same tab position; Excel tables, widths and frozen
 *   header rows are set. Charts are skipped (exceljs cannot draw them).
 * Everything else the workbook had (other sheets, styles, merges, users' notes) is kept.
 */
import ExcelJS from 'exceljs';
import { colNumber, parseA1, parseArea } from '../core/grid';
import type { CellWrite, SheetSpec, WritePlan } from '../core/types';
import { patchExcelJs } from './patch';
import { safeTableName } from './new-sheet';

patchExcelJs();

export const NOTE_MARKER = '--- Capaian PK ---';

export interface ApplyResult {
  cells: number;
  comments: number;
  commentsRemoved: number;
  sheets: string[];
  /** Charts that were planned but not drawn (exceljs cannot). */
  chartsSkipped: number;
  warnings: string[];
}

export async function applyPlanToFile(inputPath: string, plan: WritePlan, outputPath: string): Promise<ApplyResult> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(inputPath);
  const res = applyPlanToWorkbook(wb, plan);
  await wb.xlsx.writeFile(outputPath);
  return res;
}

export async function applyPlanToBuffer(data: Buffer | ArrayBuffer, plan: WritePlan): Promise<{ buffer: Buffer; result: ApplyResult }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const result = applyPlanToWorkbook(wb, plan);
  const out = await wb.xlsx.writeBuffer();
  return { buffer: Buffer.from(out as ArrayBuffer), result };
}

function noteToText(note: unknown): string {
  if (note == null) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text?: string }> }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}

/** Splits a note into the user's part (above the marker) and ours (below it), or null when no marker. */
export function splitNote(text: string): { user: string; ours: string } | null {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => l.trim() === NOTE_MARKER);
  if (i < 0) return null;
  return { user: lines.slice(0, i).join('\n').replace(/\s+$/, ''), ours: lines.slice(i + 1).join('\n') };
}

/** The note text for a cell given the user's part and the add-in's text. */
export function joinNote(user: string, ours: string): string {
  return user ? `${user}\n${NOTE_MARKER}\n${ours}` : `${NOTE_MARKER}\n${ours}`;
}

type CellInternal = ExcelJS.Cell & { _comment?: { note: unknown }; _value?: { model?: { comment?: unknown } } };

function setNote(cell: ExcelJS.Cell, text: string | null): void {
  if (text === null) {
    const c = cell as CellInternal;
    delete c._comment;
    // a loaded cell keeps the note in its value model too
    if (c._value?.model) delete c._value.model.comment;
  } else {
    cell.note = text;
  }
}

const PARTS = ['font', 'fill', 'border', 'alignment'] as const;

/*
 * Styles are shared, never mutated. exceljs gives the cells loaded with one style the same style
 * object, and on writing it registers each distinct style OBJECT once (a WeakMap by identity).
 * So: never mutate a cell's style (that would restyle every cell sharing it); derive a new style
 * object instead, and reuse one derived object for every cell with the same base style, source
 * style, number format and boldness: thousands of written cells then cost a handful of styles.
 */
const EMPTY_STYLE: Partial<ExcelJS.Style> = {};
const derived = new WeakMap<object, Map<string, ExcelJS.Style>>();
const ids = new WeakMap<object, number>();
let nextId = 1;
function idOf(o: object): number {
  let i = ids.get(o);
  if (!i) ids.set(o, (i = nextId++));
  return i;
}

function derivedStyle(current: Partial<ExcelJS.Style> | undefined, src: Partial<ExcelJS.Style> | null, numFmt: string | undefined, bold: boolean): ExcelJS.Style {
  const base = current && Object.keys(current).length > 0 ? current : EMPTY_STYLE;
  const key = `${src ? idOf(src) : 0}|${numFmt ?? ''}|${bold ? 1 : 0}`;
  let m = derived.get(base);
  if (!m) derived.set(base, (m = new Map()));
  let st = m.get(key);
  if (!st) {
    const out: Partial<ExcelJS.Style> = { ...base };
    if (src) {
      for (const k of PARTS) {
        if (src[k]) (out as Record<string, unknown>)[k] = src[k];
        else delete out[k];
      }
    }
    if (numFmt) out.numFmt = numFmt;
    if (bold) out.font = { ...(out.font || {}), bold: true };
    st = out as ExcelJS.Style;
    m.set(key, st);
  }
  return st;
}

/**
 * Before a shared-formula master is overwritten, its dependent cells get their own (translated)
 * formula, so they keep working without the master.
 */
function unshareMaster(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): void {
  const v = cell.value as { shareType?: string; ref?: string; result?: unknown } | null;
  if (!v || typeof v !== 'object' || v.shareType !== 'shared' || !v.ref) return;
  const area = parseArea(v.ref);
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const s = (ws as unknown as { findCell(r: number, c: number): ExcelJS.Cell | undefined }).findCell(r, c);
      if (!s || s === cell) continue;
      const sv = s.value as { sharedFormula?: string; result?: unknown } | null;
      if (sv && typeof sv === 'object' && sv.sharedFormula === cell.address) {
        const f = s.formula;
        s.value = (sv.result === undefined ? { formula: f } : { formula: f, result: sv.result }) as ExcelJS.CellFormulaValue;
      }
    }
  }
}

function writeCell(ws: ExcelJS.Worksheet, w: CellWrite): void {
  const { row, col } = parseA1(w.cell);
  const cell = ws.getRow(row).getCell(col);
  if (cell.type === ExcelJS.ValueType.Formula) unshareMaster(ws, cell);
  if (w.styleFrom || w.numberFormat || w.bold) {
    const src = w.styleFrom ? ws.getCell(w.styleFrom).style || EMPTY_STYLE : null;
    cell.style = derivedStyle(cell.style, src, w.numberFormat, !!w.bold);
  }
  if (w.formula) {
    const f = w.formula.startsWith('=') ? w.formula.slice(1) : w.formula;
    const v: ExcelJS.CellFormulaValue = { formula: f, date1904: false } as ExcelJS.CellFormulaValue;
    if (w.value !== null && w.value !== undefined) (v as { result?: unknown }).result = w.value;
    cell.value = v;
  } else {
    cell.value = w.value as ExcelJS.CellValue;
  }
}


function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec, usedTableNames: Set<string>, res: ApplyResult): void {
  const old = wb.getWorksheet(spec.name);
  let orderNo: number | null = null;
  if (old) {
    orderNo = (old as unknown as { orderNo: number }).orderNo;
    for (const t of Object.keys((old as unknown as { tables: Record<string, unknown> }).tables ?? {})) usedTableNames.delete(t.toLowerCase());
    wb.removeWorksheet(old.id);
  }
  const ws = wb.addWorksheet(spec.name);
  if (orderNo !== null) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  if (spec.columnWidths) {
    for (const [col, width] of Object.entries(spec.columnWidths)) ws.getColumn(colNumber(col)).width = width;
  }
  if (spec.table) {
    const area = parseArea(spec.table.range);
    const byCell = new Map<string, CellWrite>();
    for (const c of spec.cells) byCell.set(c.cell, c);
    const names: string[] = [];
    const seen = new Set<string>();
    for (let c = area.left; c <= area.right; c++) {
      const addr = ws.getCell(area.top, c).address;
      let name = String(byCell.get(addr)?.value ?? `Kolom${c - area.left + 1}`);
      while (seen.has(name.toLowerCase())) name += ' ';
      seen.add(name.toLowerCase());
      names.push(name);
    }
    const width = area.right - area.left + 1;
    const rows: null[][] = [];
    for (let r = area.top + 1; r <= Math.max(area.bottom, area.top + 1); r++) rows.push(new Array(width).fill(null));
    ws.addTable({
      name: safeTableName(spec.table.name, usedTableNames),
      ref: ws.getCell(area.top, area.left).address,
      headerRow: true,
      style: { theme: (spec.table.style as ExcelJS.TableStyleProperties['theme']) ?? 'TableStyleLight9', showRowStripes: true },
      columns: names.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
  for (const c of spec.cells) writeCell(ws, c);
  if (spec.freezeRows) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: spec.freezeRows }];
  res.chartsSkipped += spec.charts.length;
  res.sheets.push(spec.name);
}

/** Applies a plan to a loaded exceljs workbook (in place). */
export function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: WritePlan): ApplyResult {
  const res: ApplyResult = { cells: 0, comments: 0, commentsRemoved: 0, sheets: [], chartsSkipped: 0, warnings: [] };
  const sheetCache = new Map<string, ExcelJS.Worksheet | undefined>();
  const sheet = (name: string) => {
    if (!sheetCache.has(name)) sheetCache.set(name, wb.getWorksheet(name));
    return sheetCache.get(name);
  };
  // 1. Cell writes on existing sheets (number formats before values, in writeCell).
  const missing = new Set<string>();
  for (const w of plan.cells) {
    const ws = sheet(w.sheet);
    if (!ws) {
      missing.add(w.sheet);
      continue;
    }
    writeCell(ws, w);
    res.cells++;
  }
  for (const m of missing) res.warnings.push(`Lembar "${m}" tidak ditemukan; penulisan ke lembar itu dilewati.`);

  // 2. Comments: the plan holds the complete set of ours.
  const wanted = new Map<string, Map<string, string>>();
  for (const c of plan.comments) {
    let m = wanted.get(c.sheet);
    if (!m) wanted.set(c.sheet, (m = new Map()));
    const prev = m.get(c.cell);
    m.set(c.cell, prev ? `${prev}\n${c.text}` : c.text);
  }
  const newSheetNames = new Set(plan.sheets.map((s) => s.name));
  for (const ws of wb.worksheets) {
    if (newSheetNames.has(ws.name)) continue;
    const mine = wanted.get(ws.name);
    // Remove or refresh our previous text everywhere.
    const rows = (ws as unknown as { _rows: Array<ExcelJS.Row | undefined> })._rows;
    for (const row of rows) {
      if (!row) continue;
      const cells = (row as unknown as { _cells: Array<CellInternal | undefined> })._cells;
      for (const cell of cells) {
        if (!cell || !cell._comment) continue;
        const text = noteToText(cell._comment.note);
        const parts = splitNote(text);
        if (!parts) continue;
        const ours = mine?.get(cell.address);
        if (ours !== undefined) {
          setNote(cell, joinNote(parts.user, ours));
          mine!.delete(cell.address);
          res.comments++;
        } else if (parts.user) {
          setNote(cell, parts.user);
          res.commentsRemoved++;
        } else {
          setNote(cell, null);
          res.commentsRemoved++;
        }
      }
    }
    if (!mine) continue;
    for (const [addr, ours] of mine) {
      parseA1(addr);
      const cell = ws.getCell(addr) as CellInternal;
      const user = cell._comment ? noteToText(cell._comment.note).replace(/\s+$/, '') : '';
      setNote(cell, joinNote(user, ours));
      res.comments++;
    }
  }

  // 3. New sheets, replaced by name.
  const usedTableNames = new Set<string>();
  for (const ws of wb.worksheets) {
    for (const t of Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {})) usedTableNames.add(t.toLowerCase());
  }
  for (const spec of plan.sheets) addSheet(wb, spec, usedTableNames, res);
  return res;
}
