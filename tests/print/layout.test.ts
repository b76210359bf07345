/**
 * issue 16 point 6, the layout as data and as XML: what the plan asks of the Temuan and
 * Perbandingan Renstra sheets (wrap, fills by severity, widths, print setup), how the file writer
 * puts it into the worksheet part (CT_Worksheet order, ECMA-376 Part 1 §18.3.1.99; no SpreadsheetML
 * schema is at hand, so the order is checked element by element), the styles part (fills,
 * alignment) and the workbook's `_xlnm.Print_Titles` (§18.2.5/18.2.6), and that a rerun leaves one
 * print title per sheet.
 */
import * as fs from 'fs';
import * as path from 'path';
import { planTemuanSheet } from '../../src/core/plan';
import type { Finding, SheetSpec } from '../../src/core/types';
import { parseA1 } from '../../src/core/grid';
import { worksheetXml, wrappedRowHeights } from '../../src/xlsx/new-sheet';
import { MINIMAL_STYLES, StyleBook } from '../../src/xlsx/styles';
import { setPrintTitles } from '../../src/xlsx/workbook-part';
import { attr, Package, workbookPart } from '../../src/xlsx/package';
import { hitungBytes } from '../xlsx/hitung-file';

const S = 'Pengukuran 2023';
const findings: Finding[] = [
  { rule: 'capaian-tidak-sesuai', severity: 'peringatan', sheet: S, cell: 'F4', row: 4, message: 'Capaian tertulis 100% berbeda dengan capaian terhitung 125%.' },
  { rule: 'nihil-disamakan-target', severity: 'galat', sheet: S, cell: 'E6', row: 6, message: 'Tidak ada kasus, tetapi realisasi disamakan dengan target.' },
  { rule: 'realisasi-kosong', severity: 'info', sheet: S, cell: 'E9', row: 9, message: 'Realisasi belum diisi.' },
];
const cellOf = (spec: SheetSpec, ref: string) => spec.cells.find((c) => c.cell === ref);

describe('plan: the Temuan sheet reads well and prints', () => {
  const t = planTemuanSheet(findings);
  test('rule in words from the dictionary, its id in its own column G', () => {
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1'].map((r) => cellOf(t, r)?.value)).toEqual(['No', 'Tingkat', 'Aturan', 'Lembar', 'Sel', 'Pesan', 'Kode aturan']);
    expect(cellOf(t, 'C2')?.value).toBe('Capaian tertulis tidak sesuai');
    expect(cellOf(t, 'G2')?.value).toBe('capaian-tidak-sesuai');
    expect(cellOf(t, 'C3')?.value).toBe('Kasus nihil disamakan dengan target');
    expect(cellOf(t, 'G4')?.value).toBe('realisasi-kosong');
    expect(t.table?.range).toBe('A1:G4');
    // the id column is narrower than the words' column, the message the widest
    expect(t.columnWidths!.G).toBeLessThan(t.columnWidths!.C);
    expect(Math.max(...Object.values(t.columnWidths!))).toBe(t.columnWidths!.F);
  });
  test('English: the same columns, the words from the English dictionary', () => {
    const e = planTemuanSheet(findings, 'en');
    expect(['C1', 'G1'].map((r) => cellOf(e, r)?.value)).toEqual(['Rule', 'Rule id']);
    expect(cellOf(e, 'C2')?.value).toBe('Stated capaian does not match');
    expect(cellOf(e, 'G2')?.value).toBe('capaian-tidak-sesuai');
  });
  test('the Tingkat cell filled by severity; nothing else filled', () => {
    expect([cellOf(t, 'B2')?.fill, cellOf(t, 'B3')?.fill, cellOf(t, 'B4')?.fill]).toEqual(['FFEB9C', 'FFC7CE', 'DDEBF7']);
    expect(t.cells.filter((c) => c.fill).map((c) => c.cell)).toEqual(['B2', 'B3', 'B4']);
  });
  test('every cell wraps; frozen header; landscape A4, one page wide, row 1 on every page', () => {
    expect(t.cells.every((c) => c.wrap)).toBe(true);
    expect(t.freezeRows).toBe(1);
    expect(t.print).toEqual({ orientation: 'landscape', paper: 'A4', fitWidth: 1, titleRows: { from: 1, to: 1 } });
  });
});

describe('plan: Perbandingan Renstra (kupang-2023 through hitung)', () => {
  let r: SheetSpec;
  beforeAll(async () => {
    const run = await hitungBytes(new Uint8Array(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'kupang-2023.xlsx'))));
    r = run.plan.sheets.find((s) => s.name === 'Perbandingan Renstra')!;
  });
  test('header row 3 frozen and repeated on every page; landscape A4 one page wide', () => {
    expect(r.freezeRows).toBe(3);
    expect(r.print).toEqual({ orientation: 'landscape', paper: 'A4', fitWidth: 1, titleRows: { from: 3, to: 3 } });
  });
  test('the main table wraps whole (A3:L27); the title rows above it do not', () => {
    expect(r.table?.range).toBe('A3:L27');
    const table = r.cells.filter((c) => parseA1(c.cell).row >= 3 && parseA1(c.cell).row <= 27);
    expect(table.length).toBeGreaterThan(24 * 12 - 1);
    expect(table.every((c) => c.wrap)).toBe(true);
    expect(cellOf(r, 'A1')?.wrap).toBeUndefined();
  });
  test('the chart block labels sit in the wide, wrapped Indikator column C', () => {
    const [top] = r.charts[0].dataRange.split(':').map(parseA1);
    expect(top.col).toBe(3);
    const label = cellOf(r, `C${top.row + 1}`)!;
    expect(label.value).toBe('1. Persentase pemenuhan layanan makanan bagi…');
    expect(label.wrap).toBe(true);
    expect(r.columnWidths!.C).toBeGreaterThanOrEqual(40);
  });
});

describe('file writer: the worksheet part', () => {
  const spec = planTemuanSheet(findings);
  const xml = worksheetXml(spec, { styles: new StyleBook(MINIMAL_STYLES), styleOf: () => 0 }, 'rId1');
  test('CT_Worksheet order: sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, pageMargins, pageSetup, tableParts', () => {
    const order = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'pageMargins', 'pageSetup', 'tableParts'];
    const at = order.map((n) => xml.indexOf(`<${n}`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
  });
  test('a sheet without print setup has neither sheetPr nor pageSetup', () => {
    const plain = worksheetXml({ ...spec, print: undefined }, { styles: new StyleBook(MINIMAL_STYLES), styleOf: () => 0 }, null);
    expect(plain).not.toContain('<sheetPr');
    expect(plain).not.toContain('<pageSetup');
  });
  test('rows with wrapped text get a height for their lines (LibreOffice keeps a row without one at 15 pt)', () => {
    // width 10: floor(10 * 1.1) - 1 = 10 characters a line.
    // 'aaaa bbbb cccc': 'aaaa bbbb' (9) + 'cccc' -> 2 lines = 30 pt; 'x\ny': 2 paragraphs = 30 pt;
    // 'kata' in row 3: 1 line, no height; a 25-letter word: 10 + 10 + 5 -> 3 lines = 45 pt.
    const w = (cell: string, value: string) => ({ sheet: 'T', cell, purpose: 'sheet' as const, formula: null, value, wrap: true });
    const h = wrappedRowHeights([w('A1', 'aaaa bbbb cccc'), w('A2', 'x\ny'), w('A3', 'kata'), w('A4', 'abcdefghijklmnopqrstuvwxy')], { A: 10 });
    expect([...h.entries()].sort((a, b) => a[0] - b[0])).toEqual([[1, 30], [2, 30], [4, 45]]);
    expect(wrappedRowHeights([{ ...w('A1', 'aaaa bbbb cccc'), wrap: undefined }], { A: 10 }).size).toBe(0);
  });
});

describe('file writer: styles', () => {
  test('a fill adds a solid patternFill after the two reserved ones; wrap adds top-aligned wrapping; both reused', () => {
    const book = new StyleBook(MINIMAL_STYLES);
    const red = book.derive(0, { fill: 'FFC7CE', wrap: true });
    expect(red).toBe(1);
    expect(book.derive(0, { fill: 'FFC7CE', wrap: true })).toBe(1);
    const amber = book.derive(0, { fill: 'FFEB9C' });
    expect(amber).toBe(2);
    const xml = book.toXml();
    expect(xml).toContain('<fills count="4">');
    expect(xml).toContain('<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill>');
    const xfs = [...xml.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]).slice(1);
    expect(attr(xfs[1], 'fillId')).toBe('2');
    const align = /<alignment\b[^>]*\/>/.exec(xfs[1])![0];
    expect([attr(align, 'wrapText'), attr(align, 'vertical'), attr(xfs[1], 'applyAlignment')]).toEqual(['1', 'top', '1']);
    expect(attr(xfs[2], 'fillId')).toBe('3');
  });
  test('wrap keeps the alignment a cell already had', () => {
    const styles = MINIMAL_STYLES.replace('<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>', '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center"/></xf></cellXfs>');
    const book = new StyleBook(styles);
    const i = book.derive(1, { wrap: true });
    expect(i).toBe(2);
    const xf = [...book.toXml().matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0])[3];
    const align = /<alignment\b[^>]*\/>/.exec(xf)![0];
    expect([attr(align, 'horizontal'), attr(align, 'wrapText'), attr(align, 'vertical')]).toEqual(['center', '1', 'top']);
  });
  test('a styles part written with x: prefixes gets prefixed fills and xf elements', () => {
    const prefixed = MINIMAL_STYLES.replace(/<(\/?)(?=[a-zA-Z])/g, '<$1x:').replace('<x:styleSheet xmlns=', '<x:styleSheet xmlns:x=');
    const book = new StyleBook(prefixed);
    expect(book.derive(0, { fill: 'DDEBF7', wrap: true })).toBe(1);
    const xml = book.toXml();
    expect(xml).toContain('<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFDDEBF7"/><x:bgColor indexed="64"/></x:patternFill></x:fill>');
    expect(xml).toMatch(/<x:xf [^>]*fillId="2"[^>]*><x:alignment [^>]*\/><\/x:xf>/);
    expect(xml).not.toMatch(/<\/?(fill|xf|alignment)\b/);
  });
  test('a styles part written with x: prefixes: every element a derived format adds is prefixed, and the part stays well formed', () => {
    const prefixed = MINIMAL_STYLES.replace(/<(\/?)(?=[a-zA-Z])/g, '<$1x:').replace('<x:styleSheet xmlns=', '<x:styleSheet xmlns:x=');
    const withAlign = prefixed.replace(
      '<x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs>',
      '<x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><x:alignment horizontal="center"/></x:xf></x:cellXfs>',
    );
    expect(withAlign).not.toBe(prefixed);
    expect(withAlign).not.toContain('numFmts');
    const book = new StyleBook(withAlign);
    // a new number format (no numFmts block yet), bold, a style taken from another xf, fill and wrap
    book.derive(0, { numberFormat: '0.00"%"', bold: true, from: 1 });
    book.derive(0, { fill: 'DDEBF7', wrap: true, bold: true });
    const xml = book.toXml();
    expect(xml).toContain('<x:numFmts count="1"><x:numFmt numFmtId="164"');
    expect(xml).toMatch(/<x:font><x:b\/>/);
    // no element without the prefix (the part declares no default namespace: such an element would be in none)
    expect([...xml.matchAll(/<\/?([A-Za-z][\w.-]*)(?=[\s/>])/g)].map((m) => m[1]).filter((n) => !n.startsWith('x:'))).toEqual([]);
    // every element closed in order
    const stack: string[] = [];
    for (const m of xml.matchAll(/<(\/?)([\w:.-]+)[^>]*?(\/?)>/g)) {
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else if (!m[3]) stack.push(m[2]);
    }
    expect(stack).toEqual([]);
  });
});

describe('file writer: print titles in the workbook part', () => {
  const wb = (names: string) =>
    `<workbook xmlns="x"><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="Temuan" sheetId="2" r:id="rId2"/></sheets>${names}<calcPr calcId="0"/></workbook>`;
  test('added before calcPr when the workbook has no defined names; a rerun writes the same', () => {
    const once = setPrintTitles(wb(''), 1, 'Temuan!$1:$1');
    expect(once).toContain('</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">Temuan!$1:$1</definedName></definedNames><calcPr');
    expect(setPrintTitles(once, 1, 'Temuan!$1:$1')).toBe(once);
  });
  test("a person's defined names are kept; only this sheet's print titles are replaced or removed", () => {
    const theirs = '<definedNames><definedName name="Data">A!$A$1:$B$9</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">A!$2:$2</definedName><definedName name="_xlnm.Print_Titles" localSheetId="1">Temuan!$4:$4</definedName></definedNames>';
    const out = setPrintTitles(wb(theirs), 1, 'Temuan!$1:$1');
    expect(out).toContain('<definedName name="Data">A!$A$1:$B$9</definedName>');
    expect(out).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">A!$2:$2</definedName>');
    expect(out.match(/localSheetId="1"/g)).toHaveLength(1);
    expect(out).toContain('localSheetId="1">Temuan!$1:$1<');
    const removed = setPrintTitles(out, 1, null);
    expect(removed).not.toContain('localSheetId="1"');
    expect(removed).toContain('localSheetId="0"');
    expect(setPrintTitles(setPrintTitles(wb(''), 1, 'Temuan!$1:$1'), 1, null)).toBe(wb(''));
  });
  test('hitung twice (on its own output): one print title per written sheet, at its index, the same both times', async () => {
    const first = await hitungBytes(new Uint8Array(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'kupang-2023.xlsx'))));
    const second = await hitungBytes(first.output);
    const titles = (bytes: Uint8Array) => {
      const pkg = new Package(bytes);
      const xml = pkg.text(workbookPart(pkg))!;
      const sheets = [...xml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => attr(m[0], 'name'));
      return [...xml.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map((m) => [sheets[Number(m[1])], m[2].replace(/&apos;/g, "'")]);
    };
    expect(titles(first.output)).toEqual([['Temuan', 'Temuan!$1:$1'], ['Perbandingan Renstra', "'Perbandingan Renstra'!$3:$3"]]);
    expect(titles(second.output)).toEqual(titles(first.output));
  });
});
