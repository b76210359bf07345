/**
 * Writes the rekap workbook (src/core/rekap) as .xlsx bytes with exceljs: no file system, so the
 * offline page can offer the same workbook as `capaian-pk rekap`.
 * Each sheet: one bold header row, frozen (views ySplit 1) and repeated on every printed page
 * (print titles), an autofilter over the table, widths from the spec (long text wrapped), landscape,
 * one page wide.
 * Klasifikasi colours are conditional formats (expression rules): Excel recolours when values change.
 * https://learn.microsoft.com/en-us/office/open-xml/spreadsheet/working-with-conditional-formatting
 */
import ExcelJS from 'exceljs';
import { colLetter } from '../core/grid';
import { LINE_PT, linesOf } from '../core/layout';
import type { BukuRekap, LembarRekap } from '../core/rekap';

const HEADER_FILL = 'FFD9E1F2';

function argb(hex: string): { argb: string } {
  return { argb: `FF${hex}` };
}

function tulisLembar(wb: ExcelJS.Workbook, l: LembarRekap): void {
  const ws = wb.addWorksheet(l.nama, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: '1:1' },
  });
  ws.columns = l.kolom.map((k) => ({ header: k.judul, width: k.lebar, style: k.format ? { numFmt: k.format } : {} }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', wrapText: true };
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  // Long text wraps, top-aligned, in rows as tall as their lines (LibreOffice does not grow rows on
  // load; Excel refits a row when it is edited, since the height is not marked custom).
  const wrapped = l.kolom.map((k, c) => (k.bungkus ? c : -1)).filter((c) => c >= 0);
  for (const c of wrapped) ws.getColumn(c + 1).alignment = { wrapText: true, vertical: 'top' };
  for (const r of l.baris) {
    const row = ws.addRow(r);
    const lines = Math.max(1, ...wrapped.map((c) => (typeof r[c] === 'string' ? linesOf(r[c] as string, l.kolom[c].lebar) : 1)));
    if (lines > 1) row.height = lines * LINE_PT;
  }
  const last = colLetter(Math.max(1, l.kolom.length));
  ws.autoFilter = `A1:${last}${l.baris.length + 1}`;
  let priority = 1;
  for (const w of l.warna) {
    ws.addConditionalFormatting({
      ref: w.ref,
      rules: w.aturan.map((a) => ({
        type: 'expression',
        priority: priority++,
        formulae: [a.rumus],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: argb(a.isi) }, font: { color: argb(a.teks) } },
      })),
    });
  }
}

/** The rekap as .xlsx bytes. */
export async function tulisRekap(buku: BukuRekap): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Capaian PK';
  for (const l of buku.lembar) tulisLembar(wb, l);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
