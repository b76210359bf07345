/**
 * The row classifier of plain tables: each row's kind, from an ordered table of predicates (the
 * first that holds names the row). Rows with an indicator name but no values get a second look
 * (`NAME_ONLY_KINDS`) once the row's sasaran cell has been applied.
 */
import type { Layout } from './layout';
import { classifyCached } from './layout';
import { twLabel } from '../headers';
import { hasValues, nextIsIndicator, nextTakesHalf, type PlainState } from './plain-state';
import {
  AVERAGE,
  HEADING,
  NUMBERED,
  NUMBER_ONLY,
  SASARAN_LABEL,
  SASARAN_LABEL_BARE,
  TOTAL,
  firstOf,
  headingLike,
  isNumberLike,
  isParagraph,
  someOf,
  startsLower,
  type RowCells,
} from './text';

/** One row as the classifier sees it. */
export interface RowView {
  row: number;
  /** The row's cells inside the table's columns. */
  inside: RowCells;
  noT: string;
  sasT: string;
  nameT: string;
  values: boolean;
  afterBlank: boolean;
  /** The indikator cell holds a name (not a number, not a TW label). */
  realName: boolean;
}

export function rowView(st: PlainState, row: number, afterBlank: boolean): RowView {
  const { sh } = st.ctx;
  const { lay, C } = st;
  const cells = sh.cells(row);
  const within = cells.length > 0 && cells[0][0] >= lay.left && cells[cells.length - 1][0] <= lay.right;
  const inside = within ? cells : cells.filter(([c]) => c >= lay.left && c <= lay.right);
  const nameT = sh.t(row, C.indikator);
  return {
    row,
    inside,
    noT: sh.t(row, C.no),
    sasT: sh.t(row, C.sasaran),
    nameT,
    values: hasValues(st, row),
    afterBlank,
    realName: nameT !== '' && !NUMBER_ONLY.test(nameT) && !twLabel(nameT),
  };
}

/** The `Sasaran ... :` label cell among the first two cells. */
export function sasaranLabelCell(v: RowView): [number, string] | undefined {
  return firstOf(v.inside, 2, (t) => t.length < 400 && /^sasaran/i.test(t) && (SASARAN_LABEL.test(t) || SASARAN_LABEL_BARE.test(t)));
}

/** A row of header words (another kind of table starts): at least two cells name columns. */
function wordyRow(st: PlainState, cells: RowCells): boolean {
  if (cells.length < 2) return false;
  for (const [, t] of cells) {
    const k = classifyCached(st.ctx.cache, t);
    if (!k || k.kind === 'year' || k.kind === 'colnum' || k.kind === 'tw') return false;
  }
  return true;
}

/** A name that is a budget line: `Anggaran`, `Pagu`, `Realisasi anggaran` (not `Persentase realisasi anggaran`). */
const MONEY_NAME = /^(?:\d{1,3}[.)]\s*)?(?:anggaran|pagu|realisasi\s+anggaran|serapan\s+anggaran|jumlah\s+anggaran|total\s+anggaran)\b/i;
const RUPIAH = /^rp\.?\s*\d/i;

/** A row of money inside a performance table (docs/aturan.md "Values"): budget, not an indicator. */
export function moneyRow(st: PlainState, v: RowView): boolean {
  if (!startsLower(v.nameT) && MONEY_NAME.test(v.nameT)) return true;
  const { sh } = st.ctx;
  return [st.C.target, st.C.realisasi].some((c) => RUPIAH.test(sh.t(v.row, c)));
}

/** A row shifted by the PDF: the sasaran number in the indikator column, its text to the right. */
export function shiftedSasaranText(st: PlainState, v: RowView): [number, string] | undefined {
  if (!NUMBER_ONLY.test(v.nameT) || v.sasT) return undefined;
  return v.inside.find(([c, t]) => c > st.C.indikator! && /[A-Za-z]{3}/.test(t) && t.length >= 15);
}

function foreignNo(C: Layout['columns'], noT: string): boolean {
  return !!noT && !isNumberLike(noT) && /[A-Za-z]{4,}/.test(noT) && C.no !== C.sasaran && C.no !== C.indikator;
}

function foreignLeft(st: PlainState, v: RowView): boolean {
  const { C, lay } = st;
  const [c, t] = v.inside[0];
  return v.inside.length === 1 && c === lay.left && !isNumberLike(t) && C.indikator !== lay.left && C.sasaran !== lay.left;
}

type Predicate = (st: PlainState, v: RowView) => boolean;

/** Row kinds in the order they are tried; the handler of each is in plain.ts. */
export const PLAIN_KINDS = [
  ['outside', (_st, v) => v.inside.length === 0 || HEADING.test(v.inside[0][1])],
  ['average', (_st, v) => someOf(v.inside, 3, (t) => t.length <= 60 && AVERAGE.test(t))],
  ['total', (_st, v) => someOf(v.inside, 2, (t) => t.length <= 20 && TOTAL.test(t))],
  ['sasaran-label', (_st, v) => !!sasaranLabelCell(v) && !v.values],
  ['sasaran-label-text', (st, v) => st.pendingLabel && v.inside.length === 1 && !v.values],
  ['foreign-header', (st, v) => !v.values && wordyRow(st, v.inside)],
  ['foreign-no', (st, v) => foreignNo(st.C, v.noT)],
  ['shifted-sasaran', (st, v) => shiftedSasaranText(st, v) !== undefined],
  ['sasaran-only', (_st, v) => !v.realName && !!v.sasT && !v.values],
  ['pending-no', (_st, v) => !v.realName && !!v.noT && !v.sasT && !v.values && v.inside.length === 1],
  ['keterangan-note', (st, v) => !v.realName && v.inside.length === 1 && v.inside[0][0] === st.C.keterangan && st.last !== null],
  ['values-without-name', (_st, v) => !v.realName && v.values],
  ['paragraph', (_st, v) => !v.realName && v.inside.length === 1 && isParagraph(v.inside[0][1])],
  ['foreign-left', (st, v) => !v.realName && foreignLeft(st, v)],
  ['ignored', (_st, v) => !v.realName],
  ['paragraph-name', (_st, v) => isParagraph(v.nameT) && !v.values && v.inside.length === 1],
  ['money-row', moneyRow],
  ['indicator', (_st, v) => v.values],
  ['name-only', () => true],
] as const satisfies readonly (readonly [string, Predicate])[];

export type PlainKind = (typeof PLAIN_KINDS)[number][0];

/** The rest of the name of the indicator above (a name broken over rows). */
function continuesName(st: PlainState, v: RowView): boolean {
  const l0 = st.last;
  if (!l0 || v.noT || v.sasT || st.frag || st.pendingTitle) return false;
  const lone = v.inside.length === 1 || (v.inside.length === 2 && !!v.noT);
  const t = v.nameT;
  if (!lone || NUMBERED.test(t) || headingLike(t) || t.length > 120) return false;
  if (v.row - l0.rows[l0.rows.length - 1] > 3 || !(startsLower(t) || l0.hadValues)) return false;
  return nextTakesHalf(st, v.row) === null;
}

/** A title row naming the sasaran could start here (tables without a Sasaran column). */
function sectionCandidate(st: PlainState, v: RowView): boolean {
  return st.sectionMode && !startsLower(v.nameT) && !st.frag;
}

/** The first half of a name whose second half (with the values) is on the next content row, maybe after a repeated header. */
function nameFragment(st: PlainState, v: RowView): boolean {
  const nx = st.frag ? null : nextTakesHalf(st, v.row);
  if (nx === null) return false;
  return NUMBERED.test(v.nameT) || startsLower(st.ctx.sh.t(nx, st.C.indikator)) || nx > v.row + 1;
}

/** Kinds of a row with a name and no values, in the order they are tried. */
export const NAME_ONLY_KINDS = [
  ['name-continuation', continuesName],
  // a title is confirmed by the indicator right under it, not by one after a page break
  ['section-title', (st, v) => sectionCandidate(st, v) && nextIsIndicator(st, v.row, false)],
  ['section-end', (st, v) => sectionCandidate(st, v) && (v.afterBlank || headingLike(v.nameT) || isParagraph(v.nameT))],
  ['name-fragment', nameFragment],
  ['heading-end', (_st, v) => v.afterBlank && v.inside.length === 1 && (headingLike(v.nameT) || isParagraph(v.nameT))],
  ['name-without-values', () => true],
] as const satisfies readonly (readonly [string, Predicate])[];

export type NameOnlyKind = (typeof NAME_ONLY_KINDS)[number][0];
