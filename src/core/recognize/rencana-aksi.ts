/**
 * Extraction of a Rencana Aksi table (indicators with TW I-IV rows, seed 004) as a reducer over
 * row kinds, like plain.ts: an ordered table of predicates names each row, its handler updates
 * the explicit state.
 */
import type { TwLabel } from '../headers';
import { twLabel } from '../headers';
import type { TableColumns } from '../types';
import { remark, type Remark } from '../../i18n/remarks';
import { continueOrEnd, NEXT, walkRows, type Step } from './boundaries';
import type { Draft, Extracted, Group } from './draft';
import type { Ctx, Layout } from './layout';
import { firstKind } from './kinds';
import { excludedColumns, noteTexts, rowTexts } from './rencana-aksi-text';
import { clean } from './sheet';
import { HEADING, NUMBERED, isParagraph, startsLower, type RowCells } from './text';

interface RaState {
  readonly ctx: Ctx;
  readonly lay: Layout;
  readonly C: TableColumns;
  readonly ind: number;
  readonly excluded: Set<number>;
  readonly drafts: Draft[];
  readonly remarks: Remark[];
  group: Group | null;
  last: Draft | null;
  bottom: number;
}

interface RaRow {
  row: number;
  cells: RowCells;
  afterBlank: boolean;
  /** Column of the indicator name on this row, or -1. */
  nameCol: number;
  label: TwLabel | null;
}

/** The indicator name: a numbered text near the indikator column, or the indikator column. */
function nameColumn(st: RaState, row: number, cells: RowCells): number {
  for (const [c, t] of cells) {
    if (c > st.ind + 1) break;
    if (c < st.ind - 1) continue; // a PDF shifts a row by one column, never more
    if (NUMBERED.test(t) && t.length >= 12 && !twLabel(t)) return c;
  }
  const t = st.ctx.sh.t(row, st.ind);
  return t && t.length >= 12 && /[A-Za-z]{3}/.test(t) && !twLabel(t) && !startsLower(t) ? st.ind : -1;
}

function raRow(st: RaState, row: number, afterBlank: boolean): RaRow {
  const cells = st.ctx.sh.cells(row);
  const tw = cells.find(([, t]) => t.length <= 16 && twLabel(t) !== null);
  return { row, cells, afterBlank, nameCol: nameColumn(st, row, cells), label: tw ? twLabel(tw[1]) : null };
}

/** A lone text after the last indicator, at or left of the sasaran column (or after an empty row). */
function loneText(st: RaState, r: RaRow): boolean {
  const lone = r.cells.length === 1 && r.cells[0][1] !== '-';
  return !!st.last && !r.label && lone && (r.afterBlank || r.cells[0][0] <= (st.C.sasaran ?? st.ind));
}

type Predicate = (st: RaState, r: RaRow) => boolean;

/** Row kinds of a Rencana Aksi, in the order they are tried. */
export const RA_KINDS = [
  ['heading', (_st, r) => HEADING.test(r.cells[0][1])],
  ['indicator', (_st, r) => r.nameCol >= 0],
  ['lone-text', loneText],
  ['indicator-row', (st) => st.last !== null],
  ['sasaran-only', (st, r) => {
    const s = st.ctx.sh.t(r.row, st.C.sasaran);
    return !!s && !isParagraph(s);
  }],
  ['other', () => true],
] as const satisfies readonly (readonly [string, Predicate])[];

export type RaKind = (typeof RA_KINDS)[number][0];

const end = (st: RaState, r: RaRow): Step => continueOrEnd(st.ctx, st.lay, r.row, st.remarks);

/** The sasaran cell beside a name: a new sasaran, or (lower case) the rest of the name above. */
function sasaranBeside(st: RaState, row: number): void {
  const s = st.ctx.sh.t(row, st.C.sasaran);
  if (!s) return;
  if (startsLower(s) && st.last) {
    st.last.name = clean(`${st.last.name} ${s}`);
    st.remarks.push(remark('lanjutan-nama-teks', { teks: s, baris: row, indikator: st.last.row }));
  } else st.group = { no: null, text: clean(s), count: 0 };
}

function indicator(st: RaState, r: RaRow): Step {
  const { sh } = st.ctx;
  const { C } = st;
  const { row } = r;
  const shift = r.nameCol - st.ind;
  const name = sh.t(row, r.nameCol);
  if (shift === 0 && C.sasaran !== undefined) sasaranBeside(st, row);
  const g = st.group;
  const d: Draft = {
    row,
    rows: [row],
    no: (C.no !== undefined ? sh.t(row, C.no + shift) || null : null) || (g ? g.no : null),
    group: g,
    ownSasaran: null,
    name,
    valueRow: row,
    shift,
    hadValues: C.target !== undefined && sh.t(row, C.target + shift) !== '',
    tw: [],
    notes: [],
  };
  if (g) g.count++;
  if (shift !== 0) st.remarks.push(remark('baris-tergeser', { baris: row, geser: shift }));
  if (r.label) d.tw.push({ label: r.label, row, texts: rowTexts(sh, st.excluded, row, shift, name) });
  noteTexts(sh, st.lay, d, row);
  st.drafts.push(d);
  st.last = d;
  if (row > st.bottom) st.bottom = row;
  return NEXT;
}

/** A lone text: a page break (continue), a new sasaran right under the last indicator, or the end. */
function loneTextRow(st: RaState, r: RaRow): Step {
  const step = end(st, r);
  const [c, t] = r.cells[0];
  if (step.go === 'end' && !r.afterBlank && c === st.C.sasaran && !startsLower(t) && !isParagraph(t)) {
    st.group = { no: null, text: clean(t), count: 0 };
    return NEXT;
  }
  return step;
}

/** The rest of the last name on a row of its own (page break): lower-case text alone in the indikator column. */
function nameRest(st: RaState, r: RaRow, l: Draft): string | null {
  if (r.label || r.cells.length !== 1) return null;
  const [c, t] = r.cells[0];
  return c === st.ind + l.shift && startsLower(t) && /[a-z]{3}/.test(t) ? t : null;
}

/** A row of the last indicator: a TW row, the rest of its name, a target that slid to the next page, notes. */
function indicatorRow(st: RaState, r: RaRow): Step {
  const { sh } = st.ctx;
  const l = st.last!;
  const rest = nameRest(st, r, l);
  if (rest) {
    l.name = clean(`${l.name} ${rest}`);
    st.remarks.push(remark('lanjutan-nama-teks', { teks: rest, baris: r.row, indikator: l.row }));
  }
  if (r.label) {
    if (l.tw.some((x) => x.label === r.label)) return NEXT; // a stray repeat of the quarter labels
    l.tw.push({ label: r.label, row: r.row, texts: rowTexts(sh, st.excluded, r.row, l.shift, l.name) });
  }
  const tc = st.C.target;
  if (tc !== undefined && !l.hadValues && !l.targetOverride) {
    const t = sh.t(r.row, tc);
    if (t && t !== '-' && t.length <= 20 && /\d/.test(t)) {
      l.targetOverride = sh.cell(r.row, tc);
      l.hadValues = true;
      st.remarks.push(remark('target-pindah-halaman', { indikator: l.row, baris: r.row }));
    }
  }
  l.rows.push(r.row);
  noteTexts(sh, st.lay, l, r.row);
  if (r.row > st.bottom) st.bottom = r.row;
  return NEXT;
}

const HANDLERS: Record<RaKind, (st: RaState, r: RaRow) => Step> = {
  heading: end,
  indicator,
  'lone-text': loneTextRow,
  'indicator-row': indicatorRow,
  'sasaran-only': (st, r) => {
    st.group = { no: null, text: clean(st.ctx.sh.t(r.row, st.C.sasaran)), count: 0 };
    return NEXT;
  },
  other: end,
};

/** Reads the indicators of a Rencana Aksi; `onKind` hears each row's kind (tests, debugging). */
export function extractRencanaAksi(ctx: Ctx, lay: Layout, onKind?: (row: number, kind: RaKind) => void): Extracted {
  const st: RaState = {
    ctx,
    lay,
    C: lay.columns,
    ind: lay.columns.indikator!,
    excluded: excludedColumns(ctx.sh, lay),
    drafts: [],
    remarks: [],
    group: null,
    last: null,
    bottom: lay.headerRow + lay.headerSpan - 1,
  };
  const last = walkRows(ctx, lay, st.remarks, (row, afterBlank) => {
    const r = raRow(st, row, afterBlank);
    const kind = firstKind<RaKind, RaState, RaRow>(RA_KINDS, st, r);
    onKind?.(row, kind);
    return HANDLERS[kind](st, r);
  });
  return { drafts: st.drafts, averages: [], bottom: st.bottom, end: Math.max(last, st.bottom), remarks: st.remarks };
}
