/**
 * Write side of the Office.js adapter: turns cell writes and sheet specs into a list of queued
 * operations with a byte estimate each, and runs them in as few syncs as the payload limit
 * allows (Excel on the web: 5 MB per request). Blocks are written whole (one range per band of
 * rows), number formats before values, chunked by rows so no request passes the budget.
 */
import type { Area, CellValue } from '../core/grid';
import { a1, colLetter, parseA1, parseArea } from '../core/grid';
import type { CellWrite, SheetSpec } from '../core/types';
import { formatOps, printOps } from './format-ops';

/** Default request budget: under Excel on the web's 5 MB limit with room for the envelope. */
export const DEFAULT_BUDGET = 4_000_000;

export interface Op {
  /** Estimated request bytes. */
  bytes: number;
  run: (context: Excel.RequestContext) => void;
  label: string;
}

const ENVELOPE = 160;

/** Runs ops in order, syncing whenever the next op would push the request over the budget. */
export async function execute(
  context: Excel.RequestContext,
  ops: Op[],
  budget: number,
  onSync?: (done: number, total: number) => void,
): Promise<number> {
  let acc = 0;
  let syncs = 0;
  let done = 0;
  for (const op of ops) {
    if (acc > 0 && acc + op.bytes > budget) {
      await context.sync();
      syncs++;
      onSync?.(done, ops.length);
      acc = 0;
    }
    op.run(context);
    acc += op.bytes;
    done++;
  }
  if (acc > 0) {
    await context.sync();
    syncs++;
    onSync?.(done, ops.length);
  }
  return syncs;
}

export function ws(context: Excel.RequestContext, sheet: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(sheet);
}

/** One cell to write: `input` for values/formulas ('' clears), `fmt` for the number format. */
export interface CellOp {
  row: number;
  col: number;
  input?: CellValue;
  fmt?: string;
}

interface Band {
  top: number;
  bottom: number;
  left: number;
  right: number;
  cells: CellOp[];
}

/** Groups cells into bands of nearby rows, each small enough for the budget. */
function bands(cells: CellOp[], budget: number): Band[] {
  const sorted = [...cells].sort((x, y) => x.row - y.row || x.col - y.col);
  const out: Band[] = [];
  let cur: Band | null = null;
  let bytes = 0;
  for (const c of sorted) {
    const est = 8 + (c.input === undefined ? 0 : JSON.stringify(c.input).length) + (c.fmt === undefined ? 0 : c.fmt.length + 4);
    if (cur) {
      const left = Math.min(cur.left, c.col);
      const right = Math.max(cur.right, c.col);
      const width = right - left + 1;
      const height = c.row - cur.top + 1;
      const nulls = width * height * 10; // 'null,' per empty slot in two matrices
      if (c.row - cur.bottom <= 20 && bytes + est + nulls < budget / 2) {
        cur.left = left;
        cur.right = right;
        cur.bottom = c.row;
        cur.cells.push(c);
        bytes += est;
        continue;
      }
    }
    cur = { top: c.row, bottom: c.row, left: c.col, right: c.col, cells: [c] };
    bytes = est;
    out.push(cur);
  }
  return out;
}

/**
 * What a write rectangle must not cross on a sheet: Excel refuses a write of several cells that
 * covers part of a merged area (MergedRangeConflict) or spans rows of a filtered range
 * (FilteredRangeConflict); docs/testing/application-specific-api-error-handling.md.
 */
export interface Obstacles {
  merges: Area[];
  /** The AutoFilter range when it hides rows. */
  filter: Area | null;
}

const overlaps = (a: Area, b: Area) => !(a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right);
const inside = (outer: Area, inner: Area) => outer.top <= inner.top && outer.bottom >= inner.bottom && outer.left <= inner.left && outer.right >= inner.right;

function conflicts(a: Area, obs: Obstacles | undefined): boolean {
  if (!obs || (a.top === a.bottom && a.left === a.right)) return false;
  if (obs.merges.some((m) => overlaps(m, a) && !inside(a, m))) return true;
  return !!obs.filter && a.bottom > a.top && overlaps(obs.filter, a);
}

/** A band that would conflict is written row by row, and a row that still would, cell by cell. */
function safeBands(b: Band, obs: Obstacles | undefined): Band[] {
  if (!conflicts(b, obs)) return [b];
  const rows = new Map<number, CellOp[]>();
  for (const c of b.cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
  const out: Band[] = [];
  for (const [row, cells] of rows) {
    const left = Math.min(...cells.map((c) => c.col));
    const right = Math.max(...cells.map((c) => c.col));
    const line: Band = { top: row, bottom: row, left, right, cells };
    if (!conflicts(line, obs)) out.push(line);
    else for (const c of cells) out.push({ top: row, bottom: row, left: c.col, right: c.col, cells: [c] });
  }
  return out;
}

/** Ops writing cells of one sheet: all number formats first, then values/formulas. */
export function cellOps(sheet: string, cells: CellOp[], budget: number, obstacles?: Obstacles): Op[] {
  const fmtOps: Op[] = [];
  const valOps: Op[] = [];
  for (const b of bands(cells, budget).flatMap((x) => safeBands(x, obstacles))) {
    const h = b.bottom - b.top + 1;
    const w = b.right - b.left + 1;
    const address = `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`;
    const fmts: (string | null)[][] = Array.from({ length: h }, () => Array<string | null>(w).fill(null));
    const vals: (CellValue | null)[][] = Array.from({ length: h }, () => Array<CellValue | null>(w).fill(null));
    let anyFmt = false;
    let anyVal = false;
    for (const c of b.cells) {
      if (c.fmt !== undefined) {
        fmts[c.row - b.top][c.col - b.left] = c.fmt;
        anyFmt = true;
      }
      if (c.input !== undefined) {
        vals[c.row - b.top][c.col - b.left] = c.input === null ? '' : c.input;
        anyVal = true;
      }
    }
    if (anyFmt) {
      fmtOps.push({
        bytes: JSON.stringify(fmts).length + ENVELOPE + sheet.length,
        label: `format ${sheet}!${address}`,
        run: (ctx) => {
          ws(ctx, sheet).getRange(address).numberFormat = fmts as string[][];
        },
      });
    }
    if (anyVal) {
      valOps.push({
        bytes: JSON.stringify(vals).length + ENVELOPE + sheet.length,
        label: `formulas ${sheet}!${address}`,
        run: (ctx) => {
          ws(ctx, sheet).getRange(address).formulas = vals as unknown as string[][];
        },
      });
    }
  }
  return [...fmtOps, ...valOps];
}

/**
 * Text as Excel must keep it: Excel reads what is written as if typed, so text starting with `=`,
 * `+`, `-` or `@` would become a formula (and `'` would be taken as the text prefix). A leading
 * apostrophe makes Excel store the rest as text, without the apostrophe (OfficeDev/office-js#6687).
 */
export function textInput(v: CellValue): CellValue {
  return typeof v === 'string' && /^[=+\-@']/.test(v) ? `'${v}` : v;
}

/** A CellWrite as the input Office.js takes: the formula, else the value ('' for empty). */
export function inputOf(w: CellWrite): CellValue {
  if (w.formula) return w.formula.startsWith('=') ? w.formula : `=${w.formula}`;
  return w.value === null ? '' : textInput(w.value);
}

export interface StyleCopy {
  sheet: string;
  target: string;
  source: string;
}

/** Copies cell styles (copyFrom formats, ExcelApi 1.9), grouping runs of rows in one column. */
export function styleOps(copies: StyleCopy[]): Op[] {
  const norm = copies.map((c) => ({ ...c, t: parseA1(c.target), s: parseA1(c.source) }));
  norm.sort((x, y) => x.sheet.localeCompare(y.sheet) || x.t.col - y.t.col || x.t.row - y.t.row);
  const runs: Array<{ sheet: string; target: string; source: string }> = [];
  let i = 0;
  while (i < norm.length) {
    const first = norm[i];
    let j = i;
    while (
      j + 1 < norm.length &&
      norm[j + 1].sheet === first.sheet &&
      norm[j + 1].t.col === first.t.col &&
      norm[j + 1].t.row === norm[j].t.row + 1 &&
      norm[j + 1].s.col === first.s.col &&
      norm[j + 1].s.row - norm[j + 1].t.row === first.s.row - first.t.row
    ) j++;
    const last = norm[j];
    runs.push({
      sheet: first.sheet,
      target: `${a1(first.t.row, first.t.col)}:${a1(last.t.row, last.t.col)}`,
      source: `${a1(first.s.row, first.s.col)}:${a1(last.s.row, last.s.col)}`,
    });
    i = j + 1;
  }
  return runs.map((r) => ({
    bytes: ENVELOPE * 2 + r.sheet.length * 2,
    label: `style ${r.sheet}!${r.target}`,
    run: (ctx) => {
      const sh = ws(ctx, r.sheet);
      sh.getRange(r.target).copyFrom(sh.getRange(r.source), 'Formats' as Excel.RangeCopyType);
    },
  }));
}

export function boldOps(sheet: string, cells: string[]): Op[] {
  return cells.map((cell) => ({
    bytes: ENVELOPE + sheet.length,
    label: `bold ${sheet}!${cell}`,
    run: (ctx) => {
      ws(ctx, sheet).getRange(cell).format.font.bold = true;
    },
  }));
}

/** Plan cell writes (on existing sheets) as ops: styles, formats, values, bold. */
export function writeOps(writes: CellWrite[], budget: number, canCopyStyle: boolean, obstaclesOf?: (sheet: string) => Obstacles): Op[] {
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const l = bySheet.get(w.sheet) ?? [];
    l.push(w);
    bySheet.set(w.sheet, l);
  }
  const ops: Op[] = [];
  for (const [sheet, ws_] of bySheet) {
    if (canCopyStyle) {
      ops.push(...styleOps(ws_.filter((w) => w.styleFrom).map((w) => ({ sheet, target: w.cell, source: w.styleFrom! }))));
    }
    const cells: CellOp[] = ws_.map((w) => {
      const { row, col } = parseA1(w.cell);
      return { row, col, input: inputOf(w), ...(w.numberFormat !== undefined ? { fmt: w.numberFormat } : {}) };
    });
    ops.push(...cellOps(sheet, cells, budget, obstaclesOf?.(sheet)));
    ops.push(...boldOps(sheet, ws_.filter((w) => w.bold).map((w) => w.cell)));
    ops.push(...formatOps(sheet, ws_));
  }
  return ops;
}

/** Character widths of a SheetSpec in points (Office.js columnWidth is in points). */
function widthPoints(chars: number): number {
  return Math.round(chars * 7 + 5);
}

/** The area spanning the wrapped cells, or null. */
function wrappedArea(cells: CellWrite[]): string | null {
  let box: Area | null = null;
  for (const c of cells) {
    if (!c.wrap) continue;
    const { row, col } = parseA1(c.cell);
    box = box ? { top: Math.min(box.top, row), bottom: Math.max(box.bottom, row), left: Math.min(box.left, col), right: Math.max(box.right, col) } : { top: row, bottom: row, left: col, right: col };
  }
  return box ? `${a1(box.top, box.left)}:${a1(box.bottom, box.right)}` : null;
}

export interface ExistingSheetInfo {
  tables: string[];
  charts: string[];
}

/**
 * Ops creating (or, when it exists, clearing and refilling) a sheet from a SheetSpec:
 * Excel table, charts, column widths, frozen header rows, rows fitted to wrapped text, and the
 * print setup where Excel has pageLayout (`canPrint`: ExcelApi 1.9; without it the rest is written).
 * The sheet keeps its identity when it exists, so formulas elsewhere that point at it keep working.
 */
export function sheetOps(spec: SheetSpec, existing: ExistingSheetInfo | null, budget: number, canPrint = true): Op[] {
  const name = spec.name;
  const ops: Op[] = [];
  if (existing) {
    ops.push({
      bytes: ENVELOPE * (2 + existing.tables.length + existing.charts.length),
      label: `clear ${name}`,
      run: (ctx) => {
        const sh = ws(ctx, name);
        for (const t of existing.tables) sh.tables.getItem(t).delete();
        for (const c of existing.charts) sh.charts.getItem(c).delete();
        sh.getRange().clear('All' as Excel.ClearApplyTo);
      },
    });
  } else {
    ops.push({
      bytes: ENVELOPE + name.length,
      label: `add ${name}`,
      run: (ctx) => {
        ctx.workbook.worksheets.add(name);
      },
    });
  }
  ops.push(...writeOps(spec.cells.map((c) => ({ ...c, sheet: name })), budget, false));
  const widths = Object.entries(spec.columnWidths ?? {});
  const wrapped = wrappedArea(spec.cells);
  if (widths.length || spec.freezeRows || spec.table || wrapped) {
    ops.push({
      bytes: ENVELOPE * (2 + widths.length) + 200,
      label: `layout ${name}`,
      run: (ctx) => {
        const sh = ws(ctx, name);
        for (const [col, w] of widths) sh.getRange(`${col}1`).format.columnWidth = widthPoints(w);
        // rows grow to show wrapped text (after the widths, which decide the line breaks)
        if (wrapped) sh.getRange(wrapped).format.autofitRows();
        if (spec.freezeRows) sh.freezePanes.freezeRows(spec.freezeRows);
        if (spec.table) {
          const t = sh.tables.add(spec.table.range, true);
          t.name = spec.table.name;
          if (spec.table.style) t.style = spec.table.style;
        }
      },
    });
  }
  // a new sheet only: a sheet the run replaces keeps its print setup (Pulihkan gives its cells back, not its page layout)
  if (spec.print && canPrint && !existing) ops.push(...printOps(name, spec.print));
  for (const ch of spec.charts) {
    ops.push({
      bytes: ENVELOPE * 4 + ch.title.length,
      label: `chart ${name}`,
      run: (ctx) => {
        const sh = ws(ctx, name);
        const type = ch.type === 'line' ? 'Line' : 'ColumnClustered';
        const chart = sh.charts.add(type as Excel.ChartType, sh.getRange(ch.dataRange), 'Columns' as Excel.ChartSeriesBy);
        chart.title.text = ch.title;
        const at = parseArea(ch.anchor);
        chart.setPosition(ch.anchor, `${colLetter(at.left + 7)}${at.top + 15}`);
      },
    });
  }
  return ops;
}

/** Ops writing a long text into column A of a sheet in chunks (cells hold at most 32,767 chars). */
export function textChunkOps(sheet: string, text: string, budget: number, chunk = 30000): Op[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += chunk) parts.push(text.slice(i, i + chunk));
  if (!parts.length) parts.push('');
  const cells: CellOp[] = parts.map((p, i) => ({ row: i + 1, col: 1, input: p, fmt: '@' }));
  return cellOps(sheet, cells, budget);
}
