/**
 * Cells of the `Perbandingan Renstra` sheet. Units on the sheet: percent values are written as
 * FRACTIONS with `0.00%` (a percent-points source cell is referenced as `=src/100`), counts as
 * plain numbers (`General`), index values with `0.00`; every capaian is a fraction with `0.00%`.
 */
import { a1, sheetRef } from '../grid';
import type { CellWrite, Polaritas, ValueKind } from '../types';
import type { Labels } from '../../i18n/renstra';
import { PERBANDINGAN_RENSTRA, type RenstraComparison, type RenstraUnit, type RenstraValue, type SourceCell } from './types';
import { angkaEn, num } from './values';

export const TEXT_ESCAPE = /^[=+\-@]/;

/** Number format of a value kind on this sheet. */
export function formatOf(kind: ValueKind | undefined, unit: RenstraUnit): string {
  const k = kind ?? (unit === 'percent' ? 'percent' : unit === 'count' ? 'count' : 'index');
  if (k === 'percent') return '0.00%';
  if (k === 'index') return '0.00';
  return 'General';
}

/** The value on this sheet (percent as a fraction). */
export function sheetNumber(v: RenstraValue): number | null {
  const n = num(v);
  if (n === null) return null;
  return v.kind === 'percent' ? n / 100 : n;
}

/** Formula text referencing a source cell, converted to this sheet's convention (percent -> fraction). */
export function refExpr(s: SourceCell): string {
  const ref = `${sheetRef(s.sheet)}!${s.cell}`;
  return s.kind === 'percent' && !s.fraction ? `${ref}/100` : ref;
}

export function capaianExpr(t: string, r: string, polaritas: Polaritas, cmp: RenstraComparison): string | null {
  let e: string;
  if (polaritas === 'negatif') e = cmp.rumusNegatif === 't/r' ? `${t}/${r}` : `MAX(0,(2*${t}-${r})/${t})`;
  else if (polaritas === 'positif') e = `${r}/${t}`;
  else return null;
  if (cmp.batasAtas !== null) e = `MIN(${angkaEn(cmp.batasAtas / 100)},${e})`;
  return `=${e}`;
}

/** A chart label: the name cut at a word boundary to at most `max` characters, with '…'. */
export function ringkas(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Both written on the same scale on this sheet (both percent fractions, or both plain numbers): a ratio formula holds. */
export function sameScale(a: RenstraValue | undefined, b: RenstraValue | undefined): boolean {
  return !!a && !!b && (a.kind === 'percent') === (b.kind === 'percent');
}

export function wrapParen(expr: string): string {
  return /^[A-Za-z0-9_.'!$ ]+$/.test(expr) && !expr.includes('/') ? expr : `(${expr})`;
}

/** Collects the sheet's cells. */
export class SheetCells {
  readonly cells: CellWrite[] = [];

  constructor(
    readonly L: Labels,
    readonly cmp: RenstraComparison,
  ) {}

  put(row: number, col: number, value: string | number | null, extra: { formula?: string | null; numberFormat?: string; bold?: boolean } = {}): void {
    const w: CellWrite = { sheet: PERBANDINGAN_RENSTRA, cell: a1(row, col), purpose: 'sheet', formula: extra.formula ?? null, value };
    let fmt = extra.numberFormat;
    if (typeof value === 'string' && !extra.formula && TEXT_ESCAPE.test(value)) fmt = '@';
    if (fmt !== undefined) w.numberFormat = fmt;
    if (extra.bold) w.bold = true;
    this.cells.push(w);
  }

  /**
   * A value cell: a formula on the source where the source is a plain numeric cell, else the value
   * (ranges and N/A as their text). Returns whether the cell holds a number (for capaian formulas).
   */
  putValue(row: number, col: number, v: RenstraValue | undefined, src: SourceCell | undefined, unit: RenstraUnit): boolean {
    if (!v) {
      this.put(row, col, null, { numberFormat: formatOf(undefined, unit) });
      return false;
    }
    const n = sheetNumber(v);
    const fmt = formatOf(v.kind, unit);
    if (n === null) {
      const text = v.kind === 'na' ? this.L.na : v.raw;
      this.put(row, col, text === '' ? null : text, { numberFormat: TEXT_ESCAPE.test(text) ? '@' : 'General' });
      return false;
    }
    if (src && src.numeric) this.put(row, col, n, { formula: `=${refExpr(src)}`, numberFormat: fmt });
    else this.put(row, col, n, { numberFormat: fmt });
    return true;
  }
}
