/**
 * The sheet text cache: every cell of a Grid as the clean text the recogniser classifies (the
 * displayed text, else the value; runs of white space collapsed), with each row's non-empty cells
 * kept once. The recogniser reads text only; values are parsed later (src/core/values.ts).
 */
import type { Area, Cell, Grid } from '../grid';
import { cellAt } from '../grid';

function needsClean(s: string): boolean {
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(s.length - 1);
  if (a <= 32 || z <= 32 || a === 160 || z === 160) return true;
  return s.indexOf('\n') >= 0 || s.indexOf('  ') >= 0 || s.indexOf('\t') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\u00a0') >= 0;
}

/** White space collapsed and trimmed. */
export function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The text of one cell: the displayed text, else the value as a string. */
function cellText(tr: unknown[], vr: unknown[], j: number): string {
  const t = tr[j];
  let s = typeof t === 'string' && t !== '' ? t : '';
  if (s === '') {
    const v = vr[j];
    if (v !== null && v !== undefined && v !== '') s = String(v);
  }
  return s === '' ? '' : needsClean(s) ? clean(s) : s;
}

/** A row of a Grid: an array, or empty when the Grid is malformed there. */
function rowOf(rows: unknown, i: number): unknown[] {
  const list = Array.isArray(rows) ? rows : [];
  return Array.isArray(list[i]) ? list[i] : [];
}

export class Sheet {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly rows: string[][];
  private readonly merges = new Map<string, Area>();
  private readonly cellCache: ([number, string][] | undefined)[] = [];

  constructor(readonly g: Grid) {
    this.top = Number.isFinite(g.top) && g.top >= 1 ? Math.floor(g.top) : 1;
    this.left = Number.isFinite(g.left) && g.left >= 1 ? Math.floor(g.left) : 1;
    const height = Array.isArray(g.values) ? g.values.length : 0;
    let w = 0;
    this.rows = new Array(height);
    for (let i = 0; i < height; i++) {
      const vr = rowOf(g.values, i);
      const tr = rowOf(g.text, i);
      const n = Math.max(vr.length, tr.length);
      if (n > w) w = n;
      const out = new Array<string>(n);
      for (let j = 0; j < n; j++) out[j] = cellText(tr, vr, j);
      this.rows[i] = out;
    }
    this.bottom = this.top + height - 1;
    this.right = this.left + w - 1;
    for (const m of Array.isArray(g.merges) ? g.merges : []) {
      if (m && Number.isFinite(m.top) && Number.isFinite(m.left)) this.merges.set(`${m.top}:${m.left}`, m);
    }
  }

  /** The clean text at a cell ('' outside the sheet or for an undefined column). */
  t(row: number, col: number | undefined): string {
    if (col === undefined) return '';
    const r = this.rows[row - this.top];
    if (!r) return '';
    return r[col - this.left] ?? '';
  }

  /** Non-empty cells of a row: [col, text] (shared array: do not modify). */
  cells(row: number): [number, string][] {
    const i = row - this.top;
    const hit = this.cellCache[i];
    if (hit) return hit;
    const r = this.rows[i];
    const out: [number, string][] = [];
    if (!r) return out;
    for (let j = 0; j < r.length; j++) if (r[j] !== '') out.push([this.left + j, r[j]]);
    this.cellCache[i] = out;
    return out;
  }

  mergeAt(row: number, col: number): Area | undefined {
    return this.merges.get(`${row}:${col}`);
  }

  cell(row: number, col: number): Cell {
    return cellAt(this.g, row, col);
  }
}
