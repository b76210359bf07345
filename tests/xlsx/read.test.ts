import ExcelJS from 'exceljs';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { formatNumber } from '../../src/xlsx/format';
import { cellAt } from '../../src/core/grid';

async function sample(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pengukuran 2023');
  ws.getCell('B2').value = 'INDIKATOR';
  ws.getCell('C2').value = 'TARGET';
  ws.getCell('D2').value = 'REALISASI';
  ws.getCell('E2').value = 'CAPAIAN';
  ws.getCell('B3').value = { richText: [{ text: 'Persentase ' }, { font: { bold: true }, text: 'layanan' }] };
  ws.getCell('C3').value = 0.8;
  ws.getCell('C3').numFmt = '0%';
  ws.getCell('D3').value = '100%';
  ws.getCell('E3').value = { formula: 'D3/C3', result: 1.25 } as ExcelJS.CellFormulaValue;
  ws.getCell('E3').numFmt = '0.00%';
  ws.getCell('C4').value = 1067;
  ws.getCell('C4').numFmt = '#,##0';
  ws.getCell('D4').value = 77.5;
  ws.getCell('D4').numFmt = '0.00';
  ws.getCell('E4').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  ws.getCell('F4').value = true;
  ws.getCell('G4').value = new Date(Date.UTC(2023, 0, 31));
  ws.getCell('C5').value = 1;
  ws.getCell('C5').numFmt = '0 "Layanan"';
  ws.getCell('D5').value = 94.4;
  ws.getCell('E5').value = { formula: 'D5/C5', result: { error: '#N/A' } } as unknown as ExcelJS.CellFormulaValue;
  ws.getCell('C6').value = 12.5;
  ws.getCell('C6').numFmt = '@';
  ws.mergeCells('A3:A5');
  ws.getCell('A3').value = 1;
  ws.getCell('C3').note = 'Catatan pengguna';
  ws.getRow(6).hidden = true;
  const hidden = wb.addWorksheet('_capaianpk', { state: 'veryHidden' });
  hidden.getCell('A1').value = '{"skala":"keberhasilan"}';
  wb.addWorksheet('Lain', { state: 'hidden' });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readWorkbookBuffer', () => {
  let snap: Awaited<ReturnType<typeof readWorkbookBuffer>>;
  beforeAll(async () => {
    snap = await readWorkbookBuffer(await sample(), 'uji.xlsx');
  });
  test('sheets, file and visibility', () => {
    expect(snap.file).toBe('uji.xlsx');
    expect(snap.sheets.map((g) => [g.sheet, g.visibility])).toEqual([
      ['Pengukuran 2023', 'visible'],
      ['_capaianpk', 'veryHidden'],
      ['Lain', 'hidden'],
    ]);
  });
  test('grid starts at A1 and covers the used range', () => {
    const g = snap.sheets[0];
    expect([g.top, g.left]).toEqual([1, 1]);
    expect(g.values.length).toBe(6);
    expect(g.values[1].length).toBeGreaterThanOrEqual(7);
    expect(cellAt(g, 2, 2).value).toBe('INDIKATOR');
  });
  test('values, displayed text and formats', () => {
    const g = snap.sheets[0];
    expect(cellAt(g, 3, 2)).toMatchObject({ value: 'Persentase layanan', text: 'Persentase layanan' });
    expect(cellAt(g, 3, 3)).toMatchObject({ value: 0.8, text: '80%', format: '0%' });
    expect(cellAt(g, 3, 4)).toMatchObject({ value: '100%', text: '100%' });
    expect(cellAt(g, 3, 5)).toMatchObject({ value: 1.25, text: '125.00%', format: '0.00%', formula: '=D3/C3' });
    expect(cellAt(g, 4, 3)).toMatchObject({ value: 1067, text: '1,067' });
    expect(cellAt(g, 4, 4)).toMatchObject({ value: 77.5, text: '77.50' });
    expect(cellAt(g, 4, 5)).toMatchObject({ value: '#DIV/0!', text: '#DIV/0!' });
    expect(cellAt(g, 4, 6)).toMatchObject({ value: true, text: 'TRUE' });
    // 2023-01-31 is serial 44957
    expect(cellAt(g, 4, 7).value).toBe(44957);
    expect(cellAt(g, 5, 3)).toMatchObject({ value: 1, text: '1 Layanan' });
    expect(cellAt(g, 5, 4)).toMatchObject({ value: 94.4, text: '94.4', format: 'General' });
    expect(cellAt(g, 5, 5)).toMatchObject({ value: '#N/A', formula: '=D5/C5' });
    expect(cellAt(g, 6, 3)).toMatchObject({ value: 12.5, text: '12.5', format: '@' });
  });
  test('merges: value in the top-left cell only', () => {
    const g = snap.sheets[0];
    expect(g.merges).toEqual([{ top: 3, left: 1, bottom: 5, right: 1 }]);
    expect(cellAt(g, 3, 1).value).toBe(1);
    expect(cellAt(g, 4, 1).value).toBeNull();
  });
  test('notes and hidden rows', () => {
    const g = snap.sheets[0];
    expect(g.notes).toEqual({ C3: 'Catatan pengguna' });
    expect(g.hiddenRows).toEqual([6]);
  });
  test('settings sheet A1 read as text', () => {
    expect(cellAt(snap.sheets[1], 1, 1).value).toBe('{"skala":"keberhasilan"}');
  });
});

describe('formatNumber', () => {
  test.each([
    [0.8, '0%', '80%'],
    [0.805, '0.00%', '80.50%'],
    [1.2549, '0.00%', '125.49%'],
    [80, '0', '80'],
    [77.456, '0.00', '77.46'],
    [1067, '#,##0', '1,067'],
    [2362664000, '#,##0', '2,362,664,000'],
    [1234.5, '#,##0.00', '1,234.50'],
    [94.4, 'General', '94.4'],
    [1 / 3, 'General', '0.3333333333'],
    [-5, '0.00', '-5.00'],
    [-5, '0.00;(0.00)', '(5.00)'],
    [64, '0 "Unit"', '64 Unit'],
    [12, '@', '12'],
  ])('%p in %p is %p', (v, f, t) => {
    expect(formatNumber(v, f)).toBe(t);
  });
  test('Indonesian separators', () => {
    expect(formatNumber(1067, '#,##0', 'id')).toBe('1.067');
    expect(formatNumber(77.5, '0.00', 'id')).toBe('77,50');
    expect(formatNumber(0.805, '0.00%', 'id')).toBe('80,50%');
  });
});
