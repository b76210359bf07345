/**
 * What a run can leave out because the workbook already holds it (a rerun with nothing changed
 * sends almost nothing):
 * - a cell write whose formula (or value) and number format the read saw there already, when its
 *   style needs no copy or an earlier run wrote the cell (the ledger says it still holds what that
 *   run wrote, so its style is the run's too);
 * - a sheet the add-in created on an earlier run (Temuan) whose cells, Excel table and charts are
 *   already what the spec describes.
 */
import type { Grid } from '../core/grid';
import { cellAt, parseA1 } from '../core/grid';
import type { BackupData } from '../core/ledger';
import { stillWritten, writtenKey } from '../core/ledger';
import type { CellWrite, SheetSpec } from '../core/types';
import type { SheetMeta } from './read';

const empty = (v: unknown) => v === null || v === undefined || v === '';

function holds(g: Grid | undefined, w: CellWrite): boolean {
  if (!g) return empty(w.value) && !w.formula && (w.numberFormat === undefined || w.numberFormat === 'General');
  const { row, col } = parseA1(w.cell);
  const c = cellAt(g, row, col);
  const current = { value: c.value === '' ? null : c.value, formula: c.formula };
  if (!stillWritten(current, writtenKey({ value: w.value, formula: w.formula }))) return false;
  return w.numberFormat === undefined || (c.format || 'General') === w.numberFormat;
}

/** The writes that change something; `prev` is the stored backup (its ledger), `grid` the read. */
export function changedWrites(cells: CellWrite[], grid: (sheet: string) => Grid | undefined, prev: BackupData | null): CellWrite[] {
  const ours = new Set<string>();
  for (const c of prev?.cells ?? []) if (c.w !== undefined) ours.add(`${c.s}!${c.c}`);
  return cells.filter((w) => {
    if (!holds(grid(w.sheet), w)) return true;
    const styled = !!(w.styleFrom || w.bold);
    return styled && !ours.has(`${w.sheet}!${w.cell}`);
  });
}

/** True when a sheet an earlier run created already holds exactly what the spec writes. */
export function sheetUnchanged(spec: SheetSpec, g: Grid | undefined, meta: SheetMeta | undefined, prev: BackupData | null): boolean {
  if (!g || !meta || !prev?.created.includes(spec.name)) return false;
  if (meta.charts.length !== 0 || spec.charts.length !== 0) return false;
  const tables = spec.table ? [spec.table.name] : [];
  if (meta.tables.length !== tables.length || meta.tables.some((t, i) => t !== tables[i])) return false;
  let filled = 0;
  for (const w of spec.cells) {
    if (!holds(g, { ...w, sheet: spec.name })) return false;
    if (!empty(w.value) || w.formula) filled++;
  }
  let present = 0;
  g.values.forEach((row, i) => row.forEach((v, j) => { if (!empty(v) || g.formulas[i]?.[j]) present++; }));
  return present === filled;
}
