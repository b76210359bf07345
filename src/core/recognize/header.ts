/**
 * Header reading: whether a row is the header of a PK table, and the layout it gives (one or two
 * header rows, a column-number row under it, the roles of its columns).
 */
import type { HeaderClass } from '../headers';
import { columnNumber } from '../headers';
import type { Role } from '../types';
import { applyHeaderCell, newBuilder, type Builder } from './header-roles';
import { refineTextColumn } from './header-text-columns';
import { readTwoRowHeader } from './header-years';
import { classifyCached, headerSignature, newLayout, widenToColumns, type Ctx, type Layout } from './layout';
import type { Sheet } from './sheet';

type TopCell = [number, string, HeaderClass | null];

/** The row's cells with their header class; null unless one names the indikator and two are known. */
function topCells(ctx: Ctx, row: number): { top: TopCell[]; indCol: number } | null {
  const cells = ctx.sh.cells(row);
  if (cells.length < 2) return null;
  let indCol = -1;
  let classified = 0;
  const top: TopCell[] = cells.map(([c, t]) => {
    const k = classifyCached(ctx.cache, t);
    if (k) classified++;
    if (k?.kind === 'role' && k.role === 'indikator' && indCol < 0) indCol = c;
    return [c, t, k];
  });
  return indCol < 0 || classified < 2 ? null : { top, indCol };
}

/** Two-row header: the row under has sub-headers (years, Target/Realisasi/Capaian, PAGU ...) and nothing under the Indikator cell. */
function isTwoRow(ctx: Ctx, row: number, indCol: number): boolean {
  const sub = row + 1 <= ctx.sh.bottom ? ctx.sh.cells(row + 1) : [];
  if (sub.length < 2 || ctx.sh.t(row + 1, indCol) !== '') return false;
  let known = 0;
  for (const [, t] of sub) {
    const k = classifyCached(ctx.cache, t);
    if (k !== null && k.kind !== 'colnum' && k.kind !== 'tw') known++;
  }
  return known >= 2 && known * 2 >= sub.length;
}

/** Rencana Aksi: `RENCANA KEGIATAN` and `CAPAIAN` each over `TW | Uraian` (seed 004): the row under is a second header row. */
function isTwSubHeader(sh: Sheet, row: number, indCol: number): boolean {
  const sub = row + 1 <= sh.bottom ? sh.cells(row + 1) : [];
  if (sub.length < 2 || sh.t(row + 1, indCol) !== '') return false;
  const words = sub.map(([, t]) => t.trim().toLowerCase());
  return words.every((w) => /^(tw|triwulan|uraian|keterangan|kegiatan|target|realisasi|bulan)$/.test(w)) && words.some((w) => /^(tw|triwulan)$/.test(w));
}

function readOneRowHeader(b: Builder, top: TopCell[]): void {
  for (const [c, t, k] of top) {
    applyHeaderCell(b, c, t, k);
    if (k) b.prevHeaderCol = c;
    else b.lay.unknownColumns.push([c, t]);
  }
}

const PEMBILANG = /^pembilang\b/i;
const PENYEBUT = /^penyebut\b/i;
const JUMLAH = /^(jumlah|banyaknya|total)\b/i;

/**
 * The count columns behind a percentage (docs/aturan.md "Capaian", zero cases): headed
 * `Pembilang`/`Penyebut`, or the only two columns without a role when one is a `Jumlah ...`
 * (seed 002: `Jumlah WBP` / `Perawatan yang diberikan`; the `Jumlah` one is the denominator).
 */
function countColumns(unknown: [number, string][]): Layout['countColumns'] {
  const pb = unknown.find(([, t]) => PEMBILANG.test(t));
  const py = unknown.find(([, t]) => PENYEBUT.test(t));
  if (pb && py) return { pembilang: pb[0], penyebut: py[0] };
  if (unknown.length !== 2) return null;
  const i = unknown.findIndex(([, t]) => JUMLAH.test(t));
  return i < 0 ? null : { pembilang: unknown[1 - i][0], penyebut: unknown[i][0] };
}

/** Rows taken by the header: its rows, plus a column-number row `(1) (2) (3)` or `1 2 3` right under it. */
function headerSpan(sh: Sheet, row: number, rows: number): number {
  const cn = row + rows <= sh.bottom ? sh.cells(row + rows) : [];
  if (cn.length < 2) return rows;
  const nums = cn.map(([, t]) => columnNumber(t));
  const paren = cn.every(([, t]) => /^\(\s*\d{1,2}\s*\)$/.test(t.trim()));
  let seq = nums.every((n) => n !== null);
  for (let i = 1; seq && i < nums.length; i++) if (!(nums[i]! > nums[i - 1]!)) seq = false;
  return seq && (paren || (cn.length >= 3 && nums[0]! <= 2)) ? rows + 1 : rows;
}

/** Horizontal spans of text columns (a header over two columns: code + text). */
function refineTextColumns(sh: Sheet, lay: Layout, row: number, topCols: number[]): void {
  for (const role of ['sasaran', 'indikator'] as Role[]) {
    const col = lay.columns[role];
    if (col === undefined) continue;
    const i = topCols.indexOf(col);
    if (i >= 0 && i + 1 < topCols.length) refineTextColumn(sh, lay, role, topCols[i + 1] - 1);
    else if (i >= 0) {
      const m = sh.mergeAt(row, col);
      if (m && m.right > col) refineTextColumn(sh, lay, role, m.right);
    }
  }
}

/** Tries to read a header at `row`; null when the row is not a usable PK header. */
export function tryHeader(ctx: Ctx, row: number): Layout | null {
  const { sh } = ctx;
  const found = topCells(ctx, row);
  if (!found) return null;
  const { top, indCol } = found;
  const lay = newLayout(row);
  const b = newBuilder(lay);
  const twoRow = isTwoRow(ctx, row, indCol);
  const sub = row + 1 <= sh.bottom ? sh.cells(row + 1) : [];
  const topCols = top.map(([c]) => c);
  const subRight = sub.length ? sub[sub.length - 1][0] : -Infinity;
  if (!twoRow) {
    readOneRowHeader(b, top);
    lay.left = topCols[0];
    lay.right = topCols[topCols.length - 1];
    if (isTwSubHeader(sh, row, indCol)) {
      lay.headerRows = 2;
      lay.right = Math.max(lay.right, subRight);
    }
  } else {
    // Spans of the top cells: a listed merge, else up to the next non-empty top cell.
    const spanEnd = (i: number): number => {
      const c = topCols[i];
      const m = sh.mergeAt(row, c);
      if (m && m.right > c) return m.right;
      return i + 1 < topCols.length ? topCols[i + 1] - 1 : Math.max(c, subRight);
    };
    readTwoRowHeader(ctx, b, row, top, spanEnd);
    lay.left = Math.min(topCols[0], sub[0][0]);
    lay.right = Math.max(topCols[topCols.length - 1], subRight);
  }
  const hasTarget = lay.columns.target !== undefined || Object.keys(lay.renstraYears).length > 0;
  if (lay.columns.indikator === undefined || !hasTarget) return null;
  lay.headerSpan = headerSpan(sh, row, lay.headerRows);
  lay.dataTop = row + lay.headerSpan;
  lay.signature = headerSignature(sh, row, lay.headerRows);
  if (!twoRow) refineTextColumns(sh, lay, row, topCols);
  lay.countColumns = countColumns(lay.unknownColumns);
  widenToColumns(lay);
  return lay;
}
