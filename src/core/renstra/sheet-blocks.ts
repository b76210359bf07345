/** The blocks under the main table: the column-chart block, the trend table and the line-chart block. */
import { a1 } from '../grid';
import type { ChartSpec } from '../types';
import { formatOf, ringkas, type SheetCells, sheetNumber } from './sheet-cells';
import type { RenstraRow } from './types';

/** The rows charted: the percent indicators when there are any, else all. */
export function chartedRows(rows: RenstraRow[]): Array<{ r: RenstraRow; k: number }> {
  const pct = rows.map((r, k) => ({ r, k })).filter((x) => x.r.unit === 'percent');
  return pct.length ? pct : rows.map((r, k) => ({ r, k }));
}

/**
 * Target N vs Realisasi N per charted indicator, from `top`, in columns C:E: the label sits in the
 * wide Indikator column (wrapped), so it reads whole on screen and on paper, never cut to '1. Pers'.
 * Returns the chart and the block's last row.
 */
export function columnChartBlock(s: SheetCells, top: number, rowOf: Map<number, number>): { chart: ChartSpec; bottom: number } {
  const chartRows = chartedRows(s.cmp.rows);
  s.L.chartBlock.forEach((h, j) => s.put(top, j + 3, h, { bold: true }));
  chartRows.forEach((x, m) => {
    const row = top + 1 + m;
    const src = rowOf.get(x.k)!;
    const bare = x.r.indikator.replace(/^\s*\d+\s*[.)]\s*/, '');
    s.put(row, 3, `${x.r.no}. ${ringkas(bare, 48)}`);
    const fmt = formatOf(x.r.values.targetN?.kind, x.r.unit);
    const tv = x.r.values.targetN ? sheetNumber(x.r.values.targetN) : null;
    const rv = x.r.values.realisasiN ? sheetNumber(x.r.values.realisasiN) : null;
    s.put(row, 4, tv, { formula: tv === null ? null : `=${a1(src, 4)}`, numberFormat: fmt });
    s.put(row, 5, rv, { formula: rv === null ? null : `=${a1(src, 5)}`, numberFormat: formatOf(x.r.values.realisasiN?.kind, x.r.unit) });
  });
  const bottom = top + Math.max(chartRows.length, 1);
  const chart: ChartSpec = {
    type: 'clustered-column',
    title: s.L.chartTitle,
    dataRange: `${a1(top, 3)}:${a1(bottom, 5)}`,
    series: [s.L.chartBlock[1], s.L.chartBlock[2]],
    anchor: 'N3',
  };
  return { chart, bottom };
}

/** Two rows per indicator (Target, Realisasi), one column per Renstra year; returns the charted rows and the last row. */
export function trendTable(s: SheetCells, top: number): { targetRows: number[]; realRows: number[]; bottom: number } {
  const { cmp, L } = s;
  const anyPct = cmp.rows.some((r) => r.unit === 'percent');
  s.put(top, 1, L.trendTitle, { bold: true });
  const thRow = top + 1;
  L.trendHeaders.forEach((h, j) => s.put(thRow, j + 1, h, { bold: true }));
  cmp.renstraYears.forEach((y, j) => s.put(thRow, 4 + j, String(y), { bold: true, numberFormat: '@' }));
  const targetRows: number[] = [];
  const realRows: number[] = [];
  cmp.trend.forEach((t, k) => {
    const rT = thRow + 1 + 2 * k;
    const rR = rT + 1;
    s.put(rT, 1, t.no);
    s.put(rT, 2, t.indikator);
    s.put(rT, 3, L.target);
    s.put(rR, 1, null);
    s.put(rR, 2, null);
    s.put(rR, 3, L.realisasi);
    cmp.renstraYears.forEach((y, j) => {
      const ty = t.years[String(y)];
      s.putValue(rT, 4 + j, ty?.targetValue, ty?.targetSource, t.unit);
      s.putValue(rR, 4 + j, ty?.realisasiValue, ty?.realisasiSource, t.unit);
    });
    if (t.unit === 'percent' || !anyPct) {
      targetRows.push(rT);
      realRows.push(rR);
    }
  });
  return { targetRows, realRows, bottom: thRow + 2 * cmp.trend.length };
}

/** The numbers (sheet convention) of one trend item in year `y`, over the charted indicators. */
function yearValues(s: SheetCells, y: number, which: 'target' | 'realisasi'): number[] {
  const anyPct = s.cmp.rows.some((r) => r.unit === 'percent');
  const out: number[] = [];
  for (const t of s.cmp.trend) {
    if (!(t.unit === 'percent' || !anyPct)) continue;
    const ty = t.years[String(y)];
    const v = which === 'target' ? ty?.targetValue : ty?.realisasiValue;
    const n = v ? sheetNumber(v) : null;
    if (n !== null) out.push(n);
  }
  return out;
}

/** Per Renstra year, the average target and realisasi of the charted indicators; returns the line chart. */
export function lineChartBlock(s: SheetCells, top: number, trend: { targetRows: number[]; realRows: number[] }): ChartSpec {
  const { cmp, L } = s;
  L.lineHeaders.forEach((h, j) => s.put(top, j + 1, h, { bold: true }));
  const avgFmt = cmp.rows.some((r) => r.unit === 'percent') ? '0.00%' : 'General';
  cmp.renstraYears.forEach((y, j) => {
    const row = top + 1 + j;
    const col = 4 + j;
    s.put(row, 1, String(y), { numberFormat: '@' });
    const formula = (rs: number[]): string | null => {
      if (!rs.length) return null;
      const refs = rs.map((r) => a1(r, col)).join(',');
      return `=IF(COUNT(${refs})=0,NA(),AVERAGE(${refs}))`;
    };
    const tv = yearValues(s, y, 'target');
    const rv = yearValues(s, y, 'realisasi');
    // A year without data: the cell is empty with a note beside the block, never #N/A.
    const average = (vs: number[], rows: number[]) => ({ value: vs.length ? vs.reduce((a, b) => a + b, 0) / vs.length : null, formula: vs.length ? formula(rows) : null });
    const t = average(tv, trend.targetRows);
    const r = average(rv, trend.realRows);
    s.put(row, 2, t.value, { formula: t.formula, numberFormat: avgFmt });
    s.put(row, 3, r.value, { formula: r.formula, numberFormat: avgFmt });
    const missing = [...(tv.length ? [] : [L.noData(y, 'target')]), ...(rv.length ? [] : [L.noData(y, 'realisasi')])];
    if (missing.length) s.put(row, 4, missing.join(' '));
  });
  const bottom = top + cmp.renstraYears.length;
  return {
    type: 'line',
    title: L.lineTitle,
    dataRange: `${a1(top, 1)}:${a1(bottom, 3)}`,
    series: [L.lineHeaders[1], L.lineHeaders[2]],
    anchor: 'N22',
  };
}
