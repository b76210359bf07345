/**
 * Test helper: build a Grid (src/core/grid.ts) from plain rows or from tab-separated text
 * (the seeds' format), the way a host would snapshot a sheet.
 *
 *   gridFromRows('PK 2023', [['NO', 'INDIKATOR', 'TARGET'], [1, 'Persentase ...', '80%']],
 *                { top: 3, left: 2, merges: ['B4:B6'], formats: { D4: '0%' }, texts: { D4: '80%' } })
 *
 * Addresses in `formats`, `merges` and `texts` are SHEET addresses (after applying top/left).
 * Displayed text defaults to String(value) ('' for null); formats default to 'General';
 * formulas are null.
 */
import type { Area, CellValue, Grid } from '../../src/core/grid';
import { parseA1, parseArea } from '../../src/core/grid';

export interface GridOptions {
  /** Sheet row of rows[0] (default 1). */
  top?: number;
  /** Sheet column of rows[i][0] (default 1). */
  left?: number;
  /** A1 -> number format code. */
  formats?: Record<string, string>;
  /** Merged areas as 'A5:A9'. */
  merges?: string[];
  /** A1 -> displayed text (overrides String(value)). */
  texts?: Record<string, string>;
  /** A1 -> formula text ('=E5/D5'). */
  formulas?: Record<string, string>;
  hiddenRows?: number[];
  visibility?: Grid['visibility'];
  notes?: Record<string, string>;
}

export interface TsvOptions extends GridOptions {
  /** Turn numeric-looking fields ('80', '-3.5') into numbers; default false (keep text). */
  numbers?: boolean;
}

export function gridFromRows(sheet: string, rows: (string | number | null)[][], opts: GridOptions = {}): Grid {
  const top = opts.top ?? 1;
  const left = opts.left ?? 1;
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (const r of rows) {
    const vr: CellValue[] = [];
    const tr: string[] = [];
    const fr: string[] = [];
    const xr: (string | null)[] = [];
    for (let j = 0; j < width; j++) {
      const v = j < r.length ? (r[j] ?? null) : null;
      vr.push(v);
      tr.push(v === null ? '' : String(v));
      fr.push('General');
      xr.push(null);
    }
    values.push(vr);
    text.push(tr);
    formats.push(fr);
    formulas.push(xr);
  }
  const place = (ref: string): { i: number; j: number } | null => {
    const { row, col } = parseA1(ref);
    const i = row - top;
    const j = col - left;
    if (i < 0 || i >= values.length || j < 0 || j >= width) return null;
    return { i, j };
  };
  for (const [ref, f] of Object.entries(opts.formats ?? {})) {
    const p = place(ref);
    if (p) formats[p.i][p.j] = f;
  }
  for (const [ref, t] of Object.entries(opts.texts ?? {})) {
    const p = place(ref);
    if (p) text[p.i][p.j] = t;
  }
  for (const [ref, f] of Object.entries(opts.formulas ?? {})) {
    const p = place(ref);
    if (p) formulas[p.i][p.j] = f;
  }
  const merges: Area[] = (opts.merges ?? []).map((m) => parseArea(m));
  const g: Grid = { sheet, top, left, values, text, formats, formulas, merges };
  if (opts.hiddenRows) g.hiddenRows = opts.hiddenRows;
  if (opts.visibility) g.visibility = opts.visibility;
  if (opts.notes) g.notes = opts.notes;
  return g;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** Rows of a TSV text: lines on '\n' (a trailing '\r' is dropped), fields on '\t'. */
export function rowsFromTsv(tsv: string, numbers = false): (string | number | null)[][] {
  return tsv.split('\n').map((line) =>
    line
      .replace(/\r$/, '')
      .split('\t')
      .map((f) => {
        if (f === '') return null;
        if (numbers && NUMERIC.test(f.trim())) return Number(f.trim());
        return f;
      }),
  );
}

export function gridFromTsv(sheet: string, tsv: string, opts: TsvOptions = {}): Grid {
  return gridFromRows(sheet, rowsFromTsv(tsv, opts.numbers ?? false), opts);
}
