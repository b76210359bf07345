/**
 * A table's layout as its header says it (rows taken, columns and their roles, year blocks,
 * budget columns), and the context shared by every step of the recogniser.
 */
import type { RecognizedTable, Role } from '../types';
import type { HeaderClass } from '../headers';
import { classifyHeader, normHeader } from '../headers';
import type { Remark } from '../../i18n/remarks';
import type { Sheet } from './sheet';

export const VALUE_ROLES: Role[] = ['target', 'realisasi', 'capaian'];

/** The header's part of a recognised table, and what reading the header needs besides. */
export interface Layout
  extends Pick<
    RecognizedTable,
    'headerRow' | 'headerRows' | 'dataTop' | 'columns' | 'headers' | 'percentPoints' | 'otherYears' | 'renstraYears' | 'budgetColumns' | 'year' | 'mapped'
  > {
  /** Rows taken by the header, including a column-number row. */
  headerSpan: number;
  left: number;
  right: number;
  remarks: Remark[];
  /** Rencana Aksi header words (RUMUS PERHITUNGAN, RENCANA KEGIATAN, ...). */
  raMarkers: number;
  raColumns: number[];
  /** The indikator header also names the sasaran (`Sasaran Program / Indikator Kinerja Program`). */
  combined: boolean;
  signature: string;
  /** Header cells that name no role: [column, text]. */
  unknownColumns: [number, string][];
  /** A pair of count columns behind a percentage (`Pembilang`/`Penyebut`, `Perawatan yang diberikan`/`Jumlah WBP`). */
  countColumns: { pembilang: number; penyebut: number } | null;
}

export function newLayout(headerRow: number): Layout {
  return {
    headerRow,
    headerRows: 1,
    headerSpan: 1,
    dataTop: headerRow + 1,
    left: Infinity,
    right: -Infinity,
    columns: {},
    headers: {},
    percentPoints: [],
    otherYears: {},
    renstraYears: {},
    budgetColumns: [],
    year: null,
    remarks: [],
    raMarkers: 0,
    raColumns: [],
    combined: false,
    signature: '',
    mapped: false,
    unknownColumns: [],
    countColumns: null,
  };
}

/** What every step of one sheet's recognition shares. */
export interface Ctx {
  sh: Sheet;
  /** 1 where a row could be a header (it names an indikator column). */
  hints: Uint8Array;
  cache: Map<string, HeaderClass | null>;
}

const IND_HINT = /indikator|^\s*ik[ukps]\s*$/i;

/** Cheap test: could this row be a header row (it names an indikator column)? */
export function headerHint(sh: Sheet, row: number): boolean {
  for (const [, t] of sh.cells(row)) if (t.length <= 80 && IND_HINT.test(t)) return true;
  return false;
}

export function newCtx(sh: Sheet): Ctx {
  const hints = new Uint8Array(Math.max(0, sh.bottom - sh.top + 1) + 1);
  for (let r = sh.top; r <= sh.bottom; r++) if (headerHint(sh, r)) hints[r - sh.top] = 1;
  return { sh, hints, cache: new Map() };
}

export function classifyCached(cache: Map<string, HeaderClass | null>, t: string): HeaderClass | null {
  if (t.length > 80) return null;
  let c = cache.get(t);
  if (c === undefined) {
    c = classifyHeader(t);
    cache.set(t, c);
  }
  return c;
}

/** Columns holding values: target, realisasi, capaian, Renstra years and other-year blocks. */
export function valueColumns(lay: Layout): number[] {
  const out: number[] = [];
  for (const r of VALUE_ROLES) if (lay.columns[r] !== undefined) out.push(lay.columns[r]!);
  for (const c of Object.values(lay.renstraYears)) out.push(c);
  for (const y of Object.values(lay.otherYears)) for (const c of Object.values(y)) if (c !== undefined) out.push(c);
  return out;
}

/** The header rows' words by column: two headers with one signature are the same header. */
export function headerSignature(sh: Sheet, row: number, rows: number): string {
  const parts: string[] = [];
  for (let r = row; r < row + rows; r++) parts.push(sh.cells(r).map(([c, t]) => `${c}=${normHeader(t).replace(/\s/g, '')}`).join('|'));
  return parts.join('/');
}

/** Widens the layout's left/right to take in every role column. */
export function widenToColumns(lay: Layout): void {
  for (const c of Object.values(lay.columns) as number[]) {
    if (c < lay.left) lay.left = c;
    if (c > lay.right) lay.right = c;
  }
}
