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
import { stillWritten } from '../core/ledger';
import type { CellWrite, SheetSpec } from '../core/types';
import type { SheetMeta } from './read';

const empty = (v: unknown) => v === null || v === undefined || v === '';

function holds(g: Grid | undefined, w: CellWrite): boolean {
  if (!g) return empty(w.value) && !w.formula && (w.numberFormat === undefined || w.numberFormat === 'General');
  const { row, col } = parseA1(w.cell);
  const c = cellAt(g, row, col);
  const current = { value: c.value === '' ? null : c.value, formula: c.formula };
  if (!stillWritten(current, { value: w.value, formula: w.formula }, w.cell)) return false;
  return w.numberFormat === undefined || (c.format || 'General') === w.numberFormat;
}

/** The number format a cell will have before the write's own: the copied style's, else its own. */
function formatBefore(g: Grid | undefined, w: CellWrite, copiesStyle: boolean): string {
  if (!g) return 'General';
  const { row, col } = parseA1(copiesStyle && w.styleFrom ? w.styleFrom : w.cell);
  return cellAt(g, row, col).format || 'General';
}

/**
 * The writes that change something, each without a number format the cell will have anyway;
 * `prev` is the stored backup (its ledger), `grid` the read, `copiesStyle` whether styleFrom is applied.
 */
export function changedWrites(cells: CellWrite[], grid: (sheet: string) => Grid | undefined, prev: BackupData | null, copiesStyle = true): CellWrite[] {
  const ours = new Set<string>();
  for (const c of prev?.cells ?? []) if (c.w !== undefined) ours.add(`${c.s}!${c.c}`);
  const out: CellWrite[] = [];
  for (const w of cells) {
    const g = grid(w.sheet);
    const styled = !!(w.styleFrom || w.bold);
    if (holds(g, w) && !(styled && !ours.has(`${w.sheet}!${w.cell}`))) continue;
    if (w.numberFormat !== undefined && w.numberFormat === formatBefore(g, w, copiesStyle)) {
      const { numberFormat: _nf, ...rest } = w;
      void _nf;
      out.push(rest);
    } else out.push(w);
  }
  return out;
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
