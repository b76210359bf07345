/**
 * A sheet the plan creates (Temuan, Perbandingan Renstra, the backup) as a worksheet part, and
 * its Excel table as a table part. Element order of CT_Worksheet: ECMA-376 Part 1 §18.3.1.99;
 * table: §18.5.1.2 (column names equal the header cells' text and are unique).
 */
import { a1, colLetter, colNumber, parseA1, parseArea } from '../core/grid';
import type { CellWrite, PrintSetup, SheetSpec } from '../core/types';
import { cellXml, type CellStyleInput } from './cell-xml';
import { escapeXml } from './package';
import { NS_MAIN, NS_R } from './workbook-part';
import { LINE_PT, linesOf } from '../core/layout';

/** Line height of the default 11-point font, in points (Excel's default row height). */

/**
 * Heights of the rows holding wrapped text, estimated from the text and the column width:
 * LibreOffice (7.4) keeps a row without `ht` at the default height on load, so a wrapped cell
 * would be cut on screen and on paper. The estimate errs on the tall side (15 pt a line, Excel's
 * line for the default 11-point font). `customHeight` stays off (§18.3.1.73), so Excel refits the
 * row when a person edits it. Rows with one line keep the default (no `ht`).
 */
export function wrappedRowHeights(cells: CellWrite[], widths: Record<string, number> | undefined): Map<number, number> {
  const out = new Map<number, number>();
  for (const w of cells) {
    if (!w.wrap || typeof w.value !== 'string' || w.value === '') continue;
    const { row, col } = parseA1(w.cell);
    const lines = linesOf(w.value, widths?.[colLetter(col)] ?? 8.43);
    if (lines > 1) out.set(row, Math.max(out.get(row) ?? 0, lines * LINE_PT));
  }
  return out;
}

function sheetDataXml(cells: CellWrite[], s: CellStyleInput, heights: Map<number, number>): { xml: string; ref: string } {
  const rows = new Map<number, Array<{ col: number; w: CellWrite }>>();
  let bottom = 1;
  let right = 1;
  for (const w of cells) {
    const { row, col } = parseA1(w.cell);
    let r = rows.get(row);
    if (!r) rows.set(row, (r = []));
    const i = r.findIndex((x) => x.col === col);
    if (i >= 0) r[i] = { col, w };
    else r.push({ col, w });
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  const parts: string[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const cs = rows.get(row)!.sort((a, b) => a.col - b.col);
    const ht = heights.get(row);
    parts.push(`<row r="${row}"${ht ? ` ht="${ht}"` : ''}>${cs.map((x) => cellXml(a1(row, x.col), x.w, null, s)).join('')}</row>`);
  }
  return { xml: `<sheetData>${parts.join('')}</sheetData>`, ref: `A1:${a1(bottom, right)}` };
}

function colsXml(widths: Record<string, number> | undefined): string {
  if (!widths || !Object.keys(widths).length) return '';
  const cols = Object.entries(widths)
    .map(([c, w]) => ({ n: colNumber(c), w }))
    .sort((a, b) => a.n - b.n)
    .map((c) => `<col min="${c.n}" max="${c.n}" width="${c.w}" customWidth="1"/>`);
  return `<cols>${cols.join('')}</cols>`;
}

function viewsXml(freezeRows: number | undefined): string {
  if (!freezeRows) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freezeRows}" topLeftCell="A${freezeRows + 1}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A${freezeRows + 1}" sqref="A${freezeRows + 1}"/></sheetView></sheetViews>`
  );
}

/**
 * Print setup, ECMA-376 Part 1: `<sheetPr><pageSetUpPr fitToPage="1"/>` (§18.3.1.65) makes Excel
 * and LibreOffice scale to `<pageSetup fitToWidth="1" fitToHeight="0">` (§18.3.1.63: 0 = as many
 * pages tall as needed), paperSize 9 = A4. The title rows are the workbook's `_xlnm.Print_Titles`
 * (workbook-part.ts). Returns the two pieces in their places of CT_Worksheet (§18.3.1.99).
 */
function printXml(p: PrintSetup | undefined): { sheetPr: string; pageSetup: string } {
  if (!p) return { sheetPr: '', pageSetup: '' };
  return {
    sheetPr: '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    pageSetup: `<pageSetup paperSize="9" orientation="${p.orientation}" fitToWidth="${p.fitWidth}" fitToHeight="0"/>`,
  };
}

/** The worksheet part of a new sheet; `tableRId` links its table part when it has one. */
export function worksheetXml(spec: SheetSpec, s: CellStyleInput, tableRId: string | null): string {
  const data = sheetDataXml(spec.cells, s, wrappedRowHeights(spec.cells, spec.columnWidths));
  const print = printXml(spec.print);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">${print.sheetPr}` +
    `<dimension ref="${data.ref}"/>${viewsXml(spec.freezeRows)}<sheetFormatPr defaultRowHeight="15"/>${colsXml(spec.columnWidths)}${data.xml}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    print.pageSetup +
    (tableRId ? `<tableParts count="1"><tablePart r:id="${tableRId}"/></tableParts>` : '') +
    '</worksheet>'
  );
}

/** Table names are unique in the workbook and start with a letter or '_' (no spaces). */
export function safeTableName(name: string, used: Set<string>): string {
  let base = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z_]/.test(base)) base = '_' + base;
  let n = base;
  let i = 2;
  while (used.has(n.toLowerCase())) n = `${base}_${i++}`;
  used.add(n.toLowerCase());
  return n;
}

/**
 * The table part over `spec.table.range`. Header names are the header cells' text; a header that is
 * empty or repeated gets a name of its own, and the cell is rewritten to match (Excel requires it).
 */
export function tableXml(spec: SheetSpec, id: number, name: string): string {
  const t = spec.table!;
  const area = parseArea(t.range);
  const byCell = new Map(spec.cells.map((c) => [c.cell, c]));
  const seen = new Set<string>();
  const cols: string[] = [];
  for (let c = area.left; c <= area.right; c++) {
    const ref = a1(area.top, c);
    const w = byCell.get(ref);
    let col = typeof w?.value === 'string' && w.value.trim() !== '' ? w.value.replace(/[\r\n]+/g, ' ') : `Kolom${c - area.left + 1}`;
    while (seen.has(col.toLowerCase())) col += ' ';
    seen.add(col.toLowerCase());
    if (w?.value !== col) {
      if (w) w.value = col;
      else spec.cells.push({ sheet: spec.name, cell: ref, purpose: 'sheet', formula: null, value: col });
    }
    cols.push(`<tableColumn id="${c - area.left + 1}" name="${escapeXml(col)}"/>`);
  }
  const ref = area.bottom > area.top ? t.range : `${a1(area.top, area.left)}:${a1(area.top + 1, area.right)}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${NS_MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${cols.length}">${cols.join('')}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(t.style ?? 'TableStyleLight9')}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
