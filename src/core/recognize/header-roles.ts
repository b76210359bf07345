/**
 * Header reading, roles: what each header cell makes of its column (a role, a budget column, a
 * Rencana Aksi marker). A second `REALISASI` after `PAGU` is budget, and the `%` after budget
 * realisation is absorption, never the performance capaian (docs/aturan.md "Layouts").
 */
import { colLetter } from '../grid';
import type { HeaderClass } from '../headers';
import type { Role } from '../types';
import { remark, type Remark } from '../../i18n/remarks';
import type { Layout } from './layout';
import { clean } from './sheet';

/** The layout being read, and what the cells to the left said about budget columns. */
export interface Builder {
  lay: Layout;
  lastBudgetRealisasi: number;
  seenPagu: boolean;
  prevHeaderCol: number;
}

export function newBuilder(lay: Layout): Builder {
  return { lay, lastBudgetRealisasi: -1, seenPagu: false, prevHeaderCol: -1 };
}

export function markBudget(b: Builder, col: number, note?: Remark): void {
  if (!b.lay.budgetColumns.includes(col)) b.lay.budgetColumns.push(col);
  if (note) b.lay.remarks.push(note);
}

/** Adds a role to the percent-point roles once. */
export function addPercent(lay: Layout, role: Role): void {
  if (!lay.percentPoints.includes(role)) lay.percentPoints.push(role);
}

function assignRole(b: Builder, col: number, text: string, k: HeaderClass & { kind: 'role' }): void {
  const { lay } = b;
  const role = k.role;
  if (role === 'realisasi' && (b.seenPagu || k.budgetHint)) {
    markBudget(b, col, remark('kolom-realisasi-anggaran', { kolom: colLetter(col), judul: clean(text) }));
    b.lastBudgetRealisasi = col;
    return;
  }
  if (role === 'capaian' && b.lastBudgetRealisasi > 0 && b.prevHeaderCol === b.lastBudgetRealisasi) {
    markBudget(b, col, remark('kolom-serapan-anggaran', { kolom: colLetter(col), judul: clean(text) }));
    return;
  }
  if (lay.columns[role] !== undefined) return; // first occurrence wins
  lay.columns[role] = col;
  lay.headers[role] = clean(text);
  if (k.percent) addPercent(lay, role);
  if (role === 'target' && k.year !== null && lay.year === null) lay.year = k.year;
  if (role === 'indikator' && /sasaran/i.test(text)) lay.combined = true;
}

export function applyHeaderCell(b: Builder, col: number, text: string, k: HeaderClass | null): void {
  if (!k) return;
  if (k.kind === 'budget') {
    if (k.what === 'pagu') b.seenPagu = true;
    if (k.what === 'realisasi') b.lastBudgetRealisasi = col;
    markBudget(b, col);
  } else if (k.kind === 'role') {
    assignRole(b, col, text, k);
  } else if (k.kind === 'ra') {
    b.lay.raMarkers++;
    b.lay.raColumns.push(col);
    if (k.what === 'rencana penarikan dana') markBudget(b, col);
  } else if (k.kind === 'tw') {
    b.lay.raMarkers++;
  }
}
