/** Rencana Aksi: the texts of a TW row and the zero-case notes of an indicator's rows. */
import { normHeader, twLabel } from '../headers';
import type { Role } from '../types';
import type { Draft } from './draft';
import type { Layout } from './layout';
import type { Sheet } from './sheet';
import { ZERO_CASE } from './text';

/** Columns whose text is not a quarter's description (names, targets, budget, formulas). */
export function excludedColumns(sh: Sheet, lay: Layout): Set<number> {
  const C = lay.columns;
  const excluded = new Set<number>();
  for (const r of ['no', 'sasaran', 'indikator', 'target', 'satuan', 'polaritas'] as Role[]) if (C[r] !== undefined) excluded.add(C[r]!);
  for (const c of lay.budgetColumns) excluded.add(c);
  for (const c of lay.raColumns) {
    const h = normHeader(sh.t(lay.headerRow, c));
    if (/rumus|kegiatan$/i.test(h) && !/rencana/.test(h)) excluded.add(c);
  }
  return excluded;
}

/** The descriptive texts of a TW row (numbers, money, dashes and the name left out). */
export function rowTexts(sh: Sheet, excluded: Set<number>, row: number, shift: number, skip: string): string[] {
  const out: string[] = [];
  for (const [c, t] of sh.cells(row)) {
    if (excluded.has(c - shift)) continue;
    if (t === '-' || twLabel(t) || t === skip || /^[\d.,\s]+$/.test(t) || /^rp\.?\s*[\d.,]+/i.test(t)) continue;
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

/** Zero-case notes on a row of the indicator (`Tidak ada ...`), kept once. */
export function noteTexts(sh: Sheet, lay: Layout, d: Draft, row: number): void {
  for (const [c, t] of sh.cells(row)) {
    if (t === d.name || c < lay.left || c > lay.right + Math.max(0, d.shift)) continue;
    if (ZERO_CASE.test(t) && !twLabel(t) && !d.notes.includes(t)) d.notes.push(t);
  }
}
