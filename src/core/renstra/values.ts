/** Value helpers of the Renstra comparison: number text, parsed values as typed, units. */
import type { ParsedValue } from '../types';
import type { RenstraUnit, RenstraValue, SourceCell } from './types';

/** Indonesian number text: 133.333 -> '133,33', 80 -> '80'. */
export function angka(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r).replace('.', ',');
}

/** A match score with two decimals, Indonesian: 0.8966 -> '0,90'. */
export function skor(n: number): string {
  return n.toFixed(2).replace('.', ',');
}

export function angkaEn(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export function tampil(v: RenstraValue | undefined, en = false): string {
  if (!v) return en ? '(none)' : '(kosong)';
  const f = en ? angkaEn : angka;
  if (v.kind === 'range' && v.low !== undefined && v.high !== undefined) {
    return `${f(v.low)}-${f(v.high)}${v.unit === '%' ? '%' : v.unit ? ' ' + v.unit : ''}`;
  }
  if (v.value === null) return v.raw || (en ? '(none)' : '(kosong)');
  if (v.kind === 'percent') return `${f(v.value)}%`;
  if (v.kind === 'count' && v.unit) return `${f(v.value)} ${v.unit}`;
  return f(v.value);
}

export function valueOf(p: ParsedValue | null | undefined): RenstraValue | undefined {
  if (!p || p.kind === 'empty') return undefined;
  const v: RenstraValue = { value: p.kind === 'range' ? null : p.value, kind: p.kind, unit: p.unit, raw: p.raw };
  if (p.low !== undefined) v.low = p.low;
  if (p.high !== undefined) v.high = p.high;
  return v;
}

export function num(v: RenstraValue | undefined): number | null {
  if (!v) return null;
  if (v.kind === 'percent' || v.kind === 'count' || v.kind === 'index' || v.kind === 'number') return v.value;
  return null;
}

export function unitClass(v: RenstraValue | undefined): 'percent' | 'count' | 'index' | null {
  if (!v) return null;
  if (v.kind === 'percent') return 'percent';
  if (v.kind === 'range') return v.unit === '%' ? 'percent' : v.unit ? 'count' : 'index';
  if (v.kind === 'count') return 'count';
  if (v.kind === 'index' || v.kind === 'number') return 'index';
  return null;
}

/** Same unit: % with %, a count with the same count unit (case ignored), index with index. */
export function compatible(a: RenstraValue | undefined, b: RenstraValue | undefined): boolean {
  const ca = unitClass(a);
  const cb = unitClass(b);
  if (!ca || !cb || ca !== cb) return false;
  if (ca === 'count') {
    const ua = (a?.unit ?? '').toLowerCase();
    const ub = (b?.unit ?? '').toLowerCase();
    return ua === '' || ub === '' || ua === ub;
  }
  return true;
}

export function source(sheet: string, cell: string | undefined, p: ParsedValue | null | undefined): SourceCell | undefined {
  if (!cell || !p || p.kind === 'empty') return undefined;
  return { sheet, cell, fraction: p.fraction, kind: p.kind, numeric: p.numericCell };
}

export function rowUnit(...vs: Array<RenstraValue | undefined>): RenstraUnit {
  for (const v of vs) {
    const c = unitClass(v);
    if (c) return c;
  }
  return 'index';
}
