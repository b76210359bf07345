/**
 * Extraction of a plain table as a reducer over row kinds: `walkRows` hands each row over, the
 * classifier (plain-kinds.ts) names its kind, and the kind's handler updates the explicit state
 * (plain-state.ts) and says whether the table goes on.
 */
import type { Cell } from '../grid';
import { remark } from '../../i18n/remarks';
import { continueOrEnd, NEXT, walkRows, type Step } from './boundaries';
import type { Extracted } from './draft';
import { firstKind } from './kinds';
import type { Ctx, Layout } from './layout';
import {
  NAME_ONLY_KINDS,
  PLAIN_KINDS,
  rowView,
  sasaranLabelCell,
  shiftedSasaranText,
  type NameOnlyKind,
  type PlainKind,
  type RowView,
} from './plain-kinds';
import { addDraft, continueName, flushFrag, flushPending, newGroup, newPlainState, touch, type PlainState } from './plain-state';
import { clean } from './sheet';
import { AVERAGE, SASARAN_LABEL, isParagraph, startsLower } from './text';

type Handler = (st: PlainState, v: RowView) => Step;

const end: Handler = (st, v) => continueOrEnd(st.ctx, st.lay, v.row, st.remarks);

/** The table's values have been read up to here: the row belongs to the table. */
const keep: Handler = (st, v) => {
  touch(st, v.row);
  return NEXT;
};

/** A stated average (`Rata-rata capaian`): the capaian cell, else the cell right of the label. */
function average(st: PlainState, v: RowView): Step {
  const { sh } = st.ctx;
  const { C } = st;
  let cell: Cell;
  if (C.capaian !== undefined && sh.t(v.row, C.capaian) !== '') cell = sh.cell(v.row, C.capaian);
  else {
    const labelCol = v.inside.find(([, t]) => t.length <= 60 && AVERAGE.test(t))![0];
    const right = v.inside.find(([c]) => c > labelCol);
    cell = sh.cell(v.row, right ? right[0] : C.capaian ?? labelCol);
  }
  st.averages.push({ row: v.row, cell });
  return keep(st, v);
}

/** `Sasaran Strategis :` with the text in the same cell, the next cell or the next row. */
function sasaranLabel(st: PlainState, v: RowView): Step {
  flushPending(st);
  const labelCell = sasaranLabelCell(v)!;
  const m = SASARAN_LABEL.exec(labelCell[1]);
  const rest = m ? clean(m[5] ?? '') : '';
  const nextCell = v.inside.find(([c]) => c > labelCell[0]);
  const text = rest || (nextCell ? nextCell[1] : '');
  if (text) newGroup(st, st.pendingNo, text);
  st.pendingLabel = !text;
  st.pendingNo = null;
  return keep(st, v);
}

function sasaranLabelText(st: PlainState, v: RowView): Step {
  newGroup(st, st.pendingNo, v.inside[0][1]);
  st.pendingLabel = false;
  st.pendingNo = null;
  return keep(st, v);
}

function shiftedSasaran(st: PlainState, v: RowView): Step {
  flushPending(st);
  newGroup(st, v.nameT.replace(/[.)]$/, ''), shiftedSasaranText(st, v)![1]);
  st.remarks.push(remark('baris-tergeser-sasaran', { baris: v.row, nomor: v.nameT }));
  return keep(st, v);
}

/** A sasaran-only row: a new sasaran (with a number) or the rest of the one above. */
function sasaranOnly(st: PlainState, v: RowView): Step {
  flushPending(st);
  const g = st.group;
  if (v.noT || st.pendingNo) {
    newGroup(st, v.noT || st.pendingNo, v.sasT);
    st.pendingNo = null;
  } else if (g && (g.count === 0 || !v.afterBlank || startsLower(v.sasT))) {
    if (isParagraph(v.sasT)) return end(st, v);
    g.text = clean(`${g.text} ${v.sasT}`);
  } else if (!g) {
    if (isParagraph(v.sasT)) return end(st, v);
    newGroup(st, null, v.sasT);
  } else return end(st, v);
  return keep(st, v);
}

/** The sasaran cell of a row with an indicator name: a new sasaran, or the rest of the one above. */
function applySasaranCell(st: PlainState, v: RowView): void {
  if (!v.sasT) return;
  flushPending(st);
  const g = st.group;
  if (v.noT || st.pendingNo || !g || (g.count > 0 && !startsLower(v.sasT))) newGroup(st, v.noT || st.pendingNo, v.sasT);
  else g.text = clean(`${g.text} ${v.sasT}`);
  st.pendingNo = null;
}

/** An indicator row with values: it confirms a title or a first half of the name waiting above. */
function indicator(st: PlainState, v: RowView): Step {
  applySasaranCell(st, v);
  const pt = st.pendingTitle;
  if (pt) {
    const m = SASARAN_LABEL.exec(pt.text);
    newGroup(st, pt.no, m ? m[5] || pt.text : pt.text);
    touch(st, pt.row);
    st.pendingTitle = null;
  }
  const f = st.frag;
  st.frag = null;
  if (f) {
    st.remarks.push(remark('nama-digabung', { baris: f.row, baris2: v.row }));
    addDraft(st, { row: f.row, rows: [f.row, v.row], no: f.no || v.noT || null, name: clean(`${f.text} ${v.nameT}`), valueRow: v.row, hadValues: true });
  } else {
    addDraft(st, { row: v.row, rows: [v.row], no: v.noT || st.pendingNo, name: v.nameT, valueRow: v.row, hadValues: true });
  }
  st.pendingNo = null;
  return NEXT;
}

/** Takes the row's name as waiting for what follows (a title, or the first half of a name). */
function wait(slot: 'pendingTitle' | 'frag'): Handler {
  return (st, v) => {
    st[slot] = { row: v.row, text: v.nameT, no: v.noT || st.pendingNo };
    st.pendingNo = null;
    return NEXT;
  };
}

const NAME_ONLY: Record<NameOnlyKind, Handler> = {
  'name-continuation': (st, v) => {
    continueName(st, st.last!, v.row, v.nameT);
    return NEXT;
  },
  'section-title': wait('pendingTitle'),
  'section-end': end,
  'name-fragment': wait('frag'),
  'heading-end': end,
  'name-without-values': (st, v) => {
    flushFrag(st);
    addDraft(st, { row: v.row, rows: [v.row], no: v.noT || st.pendingNo, name: v.nameT, valueRow: v.row, hadValues: false });
    st.pendingNo = null;
    return NEXT;
  },
};

const HANDLERS: Record<PlainKind, Handler> = {
  outside: end,
  average,
  total: keep,
  'sasaran-label': sasaranLabel,
  'sasaran-label-text': sasaranLabelText,
  'foreign-header': end,
  'foreign-no': end,
  'shifted-sasaran': shiftedSasaran,
  'sasaran-only': sasaranOnly,
  'pending-no': (st, v) => {
    st.pendingNo = v.noT;
    return NEXT;
  },
  'keterangan-note': (st, v) => {
    st.last!.notes.push(v.inside[0][1]);
    return NEXT;
  },
  'values-without-name': (st, v) => {
    st.remarks.push(remark('nilai-tanpa-nama', { baris: v.row }));
    return NEXT;
  },
  paragraph: end,
  'foreign-left': end,
  ignored: () => NEXT,
  'paragraph-name': end,
  'money-row': (st, v) => {
    st.remarks.push(remark('baris-anggaran', { baris: v.row, nama: v.nameT }));
    touch(st, v.row);
    return NEXT;
  },
  indicator,
  'name-only': () => NEXT, // replaced by the NAME_ONLY kinds in `reduceRow`
};

/** Kinds that leave a `Sasaran :` label without its text waiting. */
const KEEPS_LABEL = new Set<PlainKind>(['outside', 'average', 'total', 'sasaran-label', 'sasaran-label-text']);

export type RowKind = Exclude<PlainKind, 'name-only'> | NameOnlyKind;

/** One step of the reducer: the row's kind, and the state after it. */
function reduceRow(st: PlainState, v: RowView, onKind?: (row: number, kind: RowKind) => void): Step {
  const kind = firstKind<PlainKind, PlainState, RowView>(PLAIN_KINDS, st, v);
  if (!KEEPS_LABEL.has(kind)) st.pendingLabel = false;
  if (kind !== 'name-only') {
    onKind?.(v.row, kind);
    return HANDLERS[kind](st, v);
  }
  applySasaranCell(st, v);
  const sub = firstKind<NameOnlyKind, PlainState, RowView>(NAME_ONLY_KINDS, st, v);
  onKind?.(v.row, sub);
  return NAME_ONLY[sub](st, v);
}

/** Reads the indicator rows of a plain table; `onKind` hears each row's kind (tests, debugging). */
export function extractPlain(ctx: Ctx, lay: Layout, onKind?: (row: number, kind: RowKind) => void): Extracted {
  const st = newPlainState(ctx, lay);
  const last = walkRows(ctx, lay, st.remarks, (row, afterBlank) => reduceRow(st, rowView(st, row, afterBlank), onKind));
  flushPending(st);
  return { drafts: st.drafts, averages: st.averages, bottom: st.bottom, end: Math.max(last, st.bottom), remarks: st.remarks };
}
