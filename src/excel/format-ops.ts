/**
 * Office.js side of the sheets' layout (issue 16): wrapped text and fills as ranges (runs of rows
 * in one column, so a sheet of 2,000 findings costs a few operations, not one per cell), and the
 * print setup of a sheet the add-in creates. Microsoft pages, one per rule:
 * - RangeFormat.wrapText, verticalAlignment, autofitRows, fill.color (ExcelApi 1.1/1.2):
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat
 * - Worksheet.pageLayout: orientation, paperSize, zoom, setPrintTitleRows (ExcelApi 1.9):
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout
 * - zoom { horizontalFitToPages, verticalFitToPages }: https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions
 *   (on some builds the fit is applied only once the Page Layout tab has been shown, OfficeDev/office-js#1860;
 *   orientation, paper and title rows are applied regardless).
 */
import { a1, parseA1 } from '../core/grid';
import type { CellWrite, PrintSetup } from '../core/types';
import type { Op } from './apply';

const ws = (ctx: Excel.RequestContext, sheet: string) => ctx.workbook.worksheets.getItem(sheet);

const ENVELOPE = 160;

interface Run {
  col: number;
  top: number;
  bottom: number;
  key: string;
}

/** Runs of consecutive rows in one column with the same key (cells without a key are skipped). */
export function columnRuns(cells: CellWrite[], keyOf: (w: CellWrite) => string | undefined): Run[] {
  const items = cells
    .map((w) => ({ ...parseA1(w.cell), key: keyOf(w) }))
    .filter((x): x is { row: number; col: number; key: string } => x.key !== undefined)
    .sort((x, y) => x.col - y.col || x.row - y.row);
  const runs: Run[] = [];
  for (const x of items) {
    const last = runs[runs.length - 1];
    if (last && last.col === x.col && last.key === x.key && x.row <= last.bottom + 1) last.bottom = Math.max(last.bottom, x.row);
    else runs.push({ col: x.col, top: x.row, bottom: x.row, key: x.key });
  }
  return runs;
}

const runA1 = (r: Run) => (r.top === r.bottom ? a1(r.top, r.col) : `${a1(r.top, r.col)}:${a1(r.bottom, r.col)}`);

/** Wrap (top-aligned) and fills of the writes on one sheet, as range operations. */
export function formatOps(sheet: string, writes: CellWrite[]): Op[] {
  const wrap = columnRuns(writes, (w) => (w.wrap ? '1' : undefined)).map((r) => runA1(r));
  const fills = columnRuns(writes, (w) => w.fill).map((r) => ({ at: runA1(r), color: `#${r.key}` }));
  const ops: Op[] = [];
  if (wrap.length) {
    ops.push({
      bytes: ENVELOPE * 2 * wrap.length + sheet.length,
      label: `wrap ${sheet}`,
      run: (ctx) => {
        const sh = ws(ctx, sheet);
        for (const at of wrap) {
          const f = sh.getRange(at).format;
          f.wrapText = true;
          f.verticalAlignment = 'Top' as Excel.VerticalAlignment;
        }
      },
    });
  }
  if (fills.length) {
    ops.push({
      bytes: ENVELOPE * fills.length + sheet.length,
      label: `fill ${sheet}`,
      run: (ctx) => {
        const sh = ws(ctx, sheet);
        for (const f of fills) sh.getRange(f.at).format.fill.color = f.color;
      },
    });
  }
  return ops;
}

/** What getCellProperties said of a block's cells, as the backup keeps it: wrapped areas and filled areas. */
export function lookOfCells(
  props: Array<Array<{ format?: { wrapText?: boolean; fill?: { color?: string; pattern?: string } } }>>,
  top: number,
  left: number,
): { wrap: string[]; fills: Array<[string, string]> } {
  const cells: CellWrite[] = [];
  props.forEach((row, i) =>
    row.forEach((p, j) => {
      const f = p.format;
      const fill = f?.fill && f.fill.pattern !== 'None' && f.fill.color ? f.fill.color.replace(/^#/, '') : undefined;
      if (f?.wrapText || fill) cells.push({ sheet: '', cell: a1(top + i, left + j), purpose: 'sheet', formula: null, value: null, ...(f?.wrapText ? { wrap: true } : {}), ...(fill ? { fill } : {}) });
    }),
  );
  return {
    wrap: columnRuns(cells, (w) => (w.wrap ? '1' : undefined)).map(runA1),
    fills: columnRuns(cells, (w) => w.fill).map((r) => [runA1(r), `#${r.key}`] as [string, string]),
  };
}

/** Puts back what lookOfCells read (Pulihkan of a replaced sheet, after its cells are cleared). */
export function restoreLook(sh: Excel.Worksheet, wrap: string[] = [], fills: Array<[string, string]> = []): void {
  for (const at of wrap) sh.getRange(at).format.wrapText = true;
  for (const [at, color] of fills) sh.getRange(at).format.fill.color = color;
}

/** Landscape A4, one page wide and free in height, title rows on every page (ExcelApi 1.9). */
export function printOps(sheet: string, p: PrintSetup): Op[] {
  return [
    {
      bytes: ENVELOPE * 4 + sheet.length,
      label: `print ${sheet}`,
      run: (ctx) => {
        const layout = ws(ctx, sheet).pageLayout;
        layout.orientation = (p.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
        layout.paperSize = 'A4' as Excel.PaperType;
        layout.zoom = { horizontalFitToPages: p.fitWidth, verticalFitToPages: 0 };
        layout.setPrintTitleRows(`$${p.titleRows.from}:$${p.titleRows.to}`);
      },
    },
  ];
}
