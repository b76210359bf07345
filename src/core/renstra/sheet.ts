/**
 * planRenstraSheet(cmp) lays the comparison out as the sheet `Perbandingan Renstra`: the main
 * table (an Excel table), a compact block for the column chart, the trend table and a compact
 * block for the line chart. Cells reference their source cells by formula where the source is a
 * plain numeric cell, so the sheet stays live; capaian are formulas over this sheet's cells.
 */
import type { CellWrite, SheetSpec } from '../types';
import { parseA1 } from '../grid';
import { printSetup } from '../layout';
import { columnChartBlock, lineChartBlock, trendTable } from './sheet-blocks';
import { SheetCells } from './sheet-cells';
import { mainTable } from './sheet-main';
import { PERBANDINGAN_RENSTRA, type RenstraComparison } from './types';
import { RENSTRA, renderCatatan } from '../../i18n/renstra';

/** Widths in characters; the long texts (B, C, L) and the headers wrap, so the sheet prints one page wide at a legible scale. */
const COLUMN_WIDTHS: Record<string, number> = { A: 5, B: 28, C: 45, D: 12, E: 12, F: 12, G: 12, H: 12, I: 12, J: 13, K: 15, L: 40 };

/**
 * Cells that wrap (aligned to the top): the whole main table, so a row's numbers line up with its
 * wrapped Sasaran, Indikator and Catatan; the chart block's labels; the trend table's names.
 */
function wrapLongTexts(cells: CellWrite[], areas: Array<{ top: number; bottom: number; cols: number[] | null }>): void {
  for (const w of cells) {
    const { row, col } = parseA1(w.cell);
    if (areas.some((a) => row >= a.top && row <= a.bottom && (a.cols === null || a.cols.includes(col)))) w.wrap = true;
  }
}

export function planRenstraSheet(cmp: RenstraComparison, opts?: { lang?: 'id' | 'en' }): SheetSpec {
  const lang = opts?.lang === 'en' ? 'en' : 'id';
  const s = new SheetCells(RENSTRA[lang].labels(cmp.sources, cmp.year, cmp.renstraYears[0], cmp.lastYear), cmp);
  s.put(1, 1, s.L.title, { bold: true });
  s.put(2, 1, s.L.sources);
  const headerRow = 3;
  const main = mainTable(s, headerRow, lang);
  // Comparison-level notes under the table, after a blank row (an Excel table grows into an
  // adjacent row written after it).
  let cur = main.bottom + 2;
  const globalNotes = cmp.catatan.map((c) => renderCatatan(c, lang));
  for (const n of globalNotes) s.put(cur++, 1, n);
  if (globalNotes.length) cur += 1;
  const column = columnChartBlock(s, cur, main.rowOf);
  const trend = trendTable(s, column.bottom + 2);
  const line = lineChartBlock(s, trend.bottom + 2, trend);
  wrapLongTexts(s.cells, [
    { top: headerRow, bottom: main.bottom, cols: null },
    { top: cur, bottom: column.bottom, cols: [3] },
    { top: column.bottom + 3, bottom: trend.bottom, cols: [2] },
  ]);
  return {
    name: PERBANDINGAN_RENSTRA,
    purpose: 'perbandingan-renstra',
    cells: s.cells,
    columnWidths: { ...COLUMN_WIDTHS },
    table: { range: main.tableRange, name: 'PerbandinganRenstra', style: 'TableStyleMedium2' },
    charts: [column.chart, line],
    freezeRows: headerRow,
    print: printSetup(headerRow),
  };
}
