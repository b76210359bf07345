/**
 * Extraction of a plain table (PK, pengukuran, Renstra): the explicit state carried from row to
 * row, and the small moves on it (add an indicator, start a sasaran group, settle what waited).
 */
import type { AverageRow, TableColumns } from '../types';
import { remark, type Remark } from '../../i18n/remarks';
import type { Draft, Group } from './draft';
import { tryHeader } from './header';
import { valueColumns, type Ctx, type Layout } from './layout';
import { clean } from './sheet';
import { DECORATION, NUMBERED, NUMBER_ONLY } from './text';

/** A row waiting for what follows: a sasaran title (sections) or the first half of a name. */
export interface Pending {
  row: number;
  text: string;
  no: string | null;
}

export interface PlainState {
  readonly ctx: Ctx;
  readonly lay: Layout;
  readonly C: TableColumns;
  readonly vcols: number[];
  /** No Sasaran column: sasaran titles are rows of their own. */
  readonly sectionMode: boolean;
  readonly drafts: Draft[];
  readonly averages: AverageRow[];
  readonly remarks: Remark[];
  group: Group | null;
  last: Draft | null;
  pendingNo: string | null;
  pendingLabel: boolean;
  pendingTitle: Pending | null;
  frag: Pending | null;
  bottom: number;
}

export function newPlainState(ctx: Ctx, lay: Layout): PlainState {
  return {
    ctx,
    lay,
    C: lay.columns,
    vcols: valueColumns(lay),
    sectionMode: lay.columns.sasaran === undefined,
    drafts: [],
    averages: [],
    remarks: [],
    group: null,
    last: null,
    pendingNo: null,
    pendingLabel: false,
    pendingTitle: null,
    frag: null,
    bottom: lay.headerRow + lay.headerSpan - 1,
  };
}

/** The row belongs to the table. */
export function touch(st: PlainState, row: number): void {
  if (row > st.bottom) st.bottom = row;
}

export function hasValues(st: PlainState, row: number): boolean {
  for (const c of st.vcols) if (st.ctx.sh.t(row, c) !== '') return true;
  return false;
}

export function newGroup(st: PlainState, no: string | null, text: string): void {
  st.group = { no, text, count: 0 };
}

export interface DraftSpec {
  row: number;
  rows: number[];
  no: string | null;
  name: string;
  valueRow: number;
  hadValues: boolean;
}

export function addDraft(st: PlainState, d: DraftSpec): Draft {
  const g = st.group;
  // every field spelled out, in Draft's order: one object shape for every draft (100,000-row sheets)
  const dr: Draft = {
    row: d.row,
    rows: d.rows,
    no: d.no || (g ? g.no : null),
    group: g,
    ownSasaran: null,
    name: d.name,
    valueRow: d.valueRow,
    shift: 0,
    hadValues: d.hadValues,
    tw: [],
    notes: [],
  };
  if (g) g.count++;
  st.drafts.push(dr);
  st.last = dr;
  for (const r of dr.rows) touch(st, r);
  const ket = st.ctx.sh.t(d.valueRow, st.C.keterangan);
  if (ket) dr.notes.push(ket);
  return dr;
}

/** Adds `text` at `row` to the name of `d`, with a remark. */
export function continueName(st: PlainState, d: Draft, row: number, text: string): void {
  d.name = clean(`${d.name} ${text}`);
  d.rows.push(row);
  touch(st, row);
  st.remarks.push(remark('lanjutan-nama', { baris: row, indikator: d.row }));
}

/** A title row not confirmed by an indicator under it: the rest of the name above, or nothing. */
export function flushTitle(st: PlainState): void {
  const pt = st.pendingTitle;
  if (!pt) return;
  st.pendingTitle = null;
  const l = st.last;
  if (l && !NUMBERED.test(pt.text) && pt.row - l.rows[l.rows.length - 1] <= 3 && l.hadValues) continueName(st, l, pt.row, pt.text);
}

/** A first half of a name not joined: an indicator without values of its own. */
export function flushFrag(st: PlainState): void {
  const f = st.frag;
  if (!f) return;
  st.frag = null;
  addDraft(st, { row: f.row, rows: [f.row], no: f.no, name: f.text, valueRow: f.row, hadValues: false });
}

export function flushPending(st: PlainState): void {
  flushFrag(st);
  flushTitle(st);
}

/** The table's own header repeated at `r` (a page break): the rows it takes, else 0. */
function repeatedHeaderAt(st: PlainState, r: number): number {
  if (!st.ctx.hints[r - st.ctx.sh.top]) return 0;
  const other = tryHeader(st.ctx, r);
  return other && other.signature === st.lay.signature ? other.headerSpan : 0;
}

/** The next row with content (skipping one empty row, decoration rows and, with `overHeader`, a repeated header; else none past it). */
export function nextContent(st: PlainState, row: number, overHeader = true): number | null {
  const { sh } = st.ctx;
  let empties = 0;
  let last = row + 4;
  for (let r = row + 1; r <= sh.bottom && r <= last; r++) {
    const cs = sh.cells(r);
    if (cs.length === 0) {
      if (++empties > 1) return null;
      continue;
    }
    if (cs.every(([, t]) => DECORATION.test(t))) continue;
    // the header again, or a page title (one cell: `Halaman 12`) right above it
    const span = repeatedHeaderAt(st, r) || (cs.length === 1 && repeatedHeaderAt(st, r + 1) > 0 ? 1 + repeatedHeaderAt(st, r + 1) : 0);
    if (span === 0) return r;
    if (!overHeader) return null;
    r += span - 1;
    last += span;
  }
  return null;
}

/** The next content row is an indicator row with values (a title above it is confirmed). */
export function nextIsIndicator(st: PlainState, row: number, overHeader = true): boolean {
  const nx = nextContent(st, row, overHeader);
  if (nx === null) return false;
  const n2 = st.ctx.sh.t(nx, st.C.indikator);
  return n2 !== '' && !NUMBER_ONLY.test(n2) && hasValues(st, nx);
}

/**
 * The next content row (over a repeated header) is an indicator row with values and no number or
 * sasaran of its own: the row above may be the first half of its name. Returns that row.
 */
export function nextTakesHalf(st: PlainState, row: number): number | null {
  const nx = nextContent(st, row);
  if (nx === null) return null;
  const { sh } = st.ctx;
  const n2 = sh.t(nx, st.C.indikator);
  if (!n2 || NUMBER_ONLY.test(n2) || !hasValues(st, nx) || sh.t(nx, st.C.no) || sh.t(nx, st.C.sasaran) || NUMBERED.test(n2)) return null;
  return nx;
}
