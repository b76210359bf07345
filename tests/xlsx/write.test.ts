import ExcelJS from 'exceljs';
import { applyPlanToBuffer, NOTE_MARKER } from '../../src/xlsx/write';
import type { WritePlan } from '../../src/core/types';
import { planTemuanSheet } from '../../src/core/plan';
import { readWorkbookBuffer } from '../../src/xlsx/read';

const S = 'Pengukuran';

async function input(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(S);
  ws.addRow(['No', 'Indikator', 'Target', 'Realisasi']);
  ws.addRow([1, 'Persentase layanan', 0.8, 1]);
  ws.getCell('D1').font = { bold: true, color: { argb: 'FFFF0000' } };
  ws.getCell('D1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEEFF' } };
  ws.getCell('D1').border = { bottom: { style: 'thin' } };
  ws.mergeCells('A5:B5');
  ws.getCell('A5').value = 'Catatan bawah';
  ws.getCell('C2').note = 'Catatan pengguna';
  ws.getCell('H9').note = 'Catatan di sel kosong';
  wb.addWorksheet('Temuan').getCell('A1').value = 'lama';
  wb.addWorksheet('Lampiran').getCell('A1').value = 'tetap';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function basePlan(comments: WritePlan['comments']): WritePlan {
  return {
    mode: 'hitung',
    cells: [
      { sheet: S, cell: 'E1', purpose: 'header', formula: null, value: 'Capaian', styleFrom: 'D1' },
      { sheet: S, cell: 'E2', purpose: 'capaian', formula: '=D2/C2', value: 1.25, numberFormat: '0.00%' },
      { sheet: S, cell: 'F2', purpose: 'klasifikasi', formula: null, value: '=teks', numberFormat: '@' },
    ],
    comments,
    sheets: [planTemuanSheet([{ rule: 'capaian-ekstrem', severity: 'info', sheet: S, cell: 'E2', row: 2, message: 'Capaian 125%' }])],
    summary: { tables: 1, indicators: 1, capaian: 1, na: 0, formulas: 1, values: 0, findings: { galat: 0, peringatan: 0, info: 1 }, byRule: {} },
  };
}

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

function noteText(c: ExcelJS.Cell): string | undefined {
  const n = c.note as unknown;
  if (n === undefined) return undefined;
  if (typeof n === 'string') return n;
  return (n as { texts: Array<{ text: string }> }).texts.map((t) => t.text).join('');
}

describe('applyPlanToBuffer', () => {
  let out1: Buffer;
  let wb1: ExcelJS.Workbook;
  beforeAll(async () => {
    const plan1 = basePlan([
      { sheet: S, cell: 'C2', text: '[target-berbeda] Target 80% berbeda', rules: ['target-berbeda'] },
      { sheet: S, cell: 'D2', text: '[realisasi-melebihi-100] Realisasi 100%\n[capaian-ekstrem] Capaian 125%', rules: ['realisasi-melebihi-100', 'capaian-ekstrem'] },
    ]);
    out1 = (await applyPlanToBuffer(await input(), plan1)).buffer;
    wb1 = await load(out1);
  });

  test('formula with cached result and number format; text kept as text', () => {
    const ws = wb1.getWorksheet(S)!;
    expect(ws.getCell('E2').value).toEqual(expect.objectContaining({ formula: 'D2/C2', result: 1.25 }));
    expect(ws.getCell('E2').numFmt).toBe('0.00%');
    expect(ws.getCell('F2').value).toBe('=teks');
    expect(ws.getCell('F2').numFmt).toBe('@');
  });
  test('styleFrom copies font, fill and border', () => {
    const c = wb1.getWorksheet(S)!.getCell('E1');
    expect(c.value).toBe('Capaian');
    expect(c.font?.bold).toBe(true);
    expect(c.font?.color?.argb).toBe('FFFF0000');
    expect((c.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFDDEEFF');
    expect(c.border?.bottom?.style).toBe('thin');
  });
  test("notes: the user's note stays above the marker; ours alone carries the marker", () => {
    const ws = wb1.getWorksheet(S)!;
    expect(noteText(ws.getCell('C2'))).toBe(`Catatan pengguna\n${NOTE_MARKER}\n[target-berbeda] Target 80% berbeda`);
    expect(noteText(ws.getCell('D2'))).toBe(`${NOTE_MARKER}\n[realisasi-melebihi-100] Realisasi 100%\n[capaian-ekstrem] Capaian 125%`);
  });
  test('Temuan replaced at the same position, everything else kept', () => {
    expect(wb1.worksheets.map((w) => w.name)).toEqual([S, 'Temuan', 'Lampiran']);
    const t = wb1.getWorksheet('Temuan')!;
    expect(t.getCell('A1').value).toBe('No');
    expect(t.getCell('F2').value).toBe('Capaian 125%');
    expect(t.getCell('A1').font?.bold).toBe(true);
    expect(t.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(t.getColumn('F').width).toBe(100);
    expect(Object.keys((t as unknown as { tables: Record<string, unknown> }).tables)).toEqual(['TemuanCapaianPK']);
    expect(wb1.getWorksheet('Lampiran')!.getCell('A1').value).toBe('tetap');
    const ws = wb1.getWorksheet(S)!;
    expect(ws.getCell('A5').value).toBe('Catatan bawah');
    expect(ws.getCell('B5').isMerged).toBe(true);
    // exceljs alone drops a note on an empty cell; the adapter keeps it
    expect(noteText(ws.getCell('H9'))).toBe('Catatan di sel kosong');
  });
  test('rerun: ours replaced, never duplicated; a note only ours whose finding is gone is removed', async () => {
    const plan2 = basePlan([{ sheet: S, cell: 'C2', text: '[target-berbeda] Target 75% berbeda', rules: ['target-berbeda'] }]);
    const out2 = (await applyPlanToBuffer(out1, plan2)).buffer;
    const wb2 = await load(out2);
    const ws = wb2.getWorksheet(S)!;
    expect(noteText(ws.getCell('C2'))).toBe(`Catatan pengguna\n${NOTE_MARKER}\n[target-berbeda] Target 75% berbeda`);
    expect(noteText(ws.getCell('D2'))).toBeUndefined();
    expect(wb2.worksheets.map((w) => w.name)).toEqual([S, 'Temuan', 'Lampiran']);
    // and the same plan again gives the same notes
    const out3 = (await applyPlanToBuffer(out2, plan2)).buffer;
    const s2 = await readWorkbookBuffer(out2);
    const s3 = await readWorkbookBuffer(out3);
    expect(s3.sheets.map((g) => g.notes)).toEqual(s2.sheets.map((g) => g.notes));
    expect(s3.sheets.map((g) => g.values)).toEqual(s2.sheets.map((g) => g.values));
    expect(s3.sheets.map((g) => g.formulas)).toEqual(s2.sheets.map((g) => g.formulas));
  });
  test("a user's note with no finding is left alone", async () => {
    const out2 = (await applyPlanToBuffer(out1, basePlan([]))).buffer;
    const ws = (await load(out2)).getWorksheet(S)!;
    expect(noteText(ws.getCell('C2'))).toBe('Catatan pengguna');
  });
});

describe('a Pengukuran sheet from a PK table', () => {
  test('linked targets and capaian formulas survive the round trip; rerun replaces the sheet', async () => {
    const { planPengukuran } = await import('../../src/core/pengukuran');
    const { analysis, frac, indicator, table } = await import('../plan/factory');
    const PK = 'PK 2023';
    const items = [indicator(PK, `${PK}!1`, 2, { cols: { target: 'C', realisasi: 'D' }, target: frac(80) })];
    const a = analysis([table(PK, { top: 1, left: 1, bottom: 2, right: 3 }, { kind: 'pk', columns: { indikator: 2, target: 3 }, items })]);
    const spec = planPengukuran(a, `${PK}!1`);
    const wb = new ExcelJS.Workbook();
    const pk = wb.addWorksheet(PK);
    pk.addRow(['No', 'Indikator', 'Target']);
    pk.addRow([1, 'Persentase layanan', 0.8]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const plan: WritePlan = { ...basePlan([]), cells: [], sheets: [spec] };
    const once = (await applyPlanToBuffer(buf, plan)).buffer;
    const twice = (await applyPlanToBuffer(once, plan)).buffer;
    const wb2 = await load(twice);
    expect(wb2.worksheets.map((w) => w.name)).toEqual([PK, 'Pengukuran 2023']);
    const ws = wb2.getWorksheet('Pengukuran 2023')!;
    expect(ws.getCell('D2').value).toEqual(expect.objectContaining({ formula: "'PK 2023'!C2", result: 0.8 }));
    expect((ws.getCell('F2').value as ExcelJS.CellFormulaValue).formula).toBe('IF(ISNUMBER(E2),E2/D2,"")');
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(['Pengukuran_2023']);
  });
});

describe('number formats', () => {
  test('setting a format on one cell leaves cells that shared its loaded style alone', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(S);
    for (const a of ['A1', 'A2', 'A3']) {
      ws.getCell(a).value = '40%';
      ws.getCell(a).font = { italic: true };
    }
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const plan: WritePlan = { ...basePlan([]), cells: [{ sheet: S, cell: 'A2', purpose: 'capaian', formula: null, value: 0.5, numberFormat: '0.00%', bold: true }], sheets: [] };
    const out = await load((await applyPlanToBuffer(buf, plan)).buffer);
    const o = out.getWorksheet(S)!;
    expect(o.getCell('A2').numFmt).toBe('0.00%');
    expect(o.getCell('A2').font).toMatchObject({ italic: true, bold: true });
    expect(o.getCell('A1').numFmt).toBeUndefined();
    expect(o.getCell('A3').numFmt).toBeUndefined();
    expect(o.getCell('A1').font?.bold).toBeUndefined();
  });
});

describe('exceljs patches', () => {
  test('the fast note model equals exceljs own deep merge', async () => {
    await import('../../src/xlsx/write'); // applies the patch
     
    const Note = require('exceljs/lib/doc/note');
     
    const _ = require('exceljs/lib/utils/under-dash');
    const text = `${NOTE_MARKER}\n[capaian-ekstrem] Capaian 400%`;
    const expected = _.deepMerge({}, Note.DEFAULT_CONFIGS, { type: 'note', note: { texts: [{ text }] } });
    expect(new Note(text).model).toEqual(expected);
  });
});

describe('shared formulas', () => {
  test('overwriting a shared-formula master keeps the cells that shared it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(S);
    ws.addRow(['Target', 'Realisasi', 'Capaian']);
    ws.addRow([80, 100]);
    ws.addRow([50, 40]);
    ws.addRow([10, 5]);
    ws.fillFormula('C2:C4', 'B2/A2*100', [125, 80, 50]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const plan: WritePlan = { ...basePlan([]), cells: [{ sheet: S, cell: 'C2', purpose: 'capaian', formula: '=B2/A2', value: 1.25, numberFormat: '0.00%' }], sheets: [] };
    const out = await load((await applyPlanToBuffer(buf, plan)).buffer);
    const o = out.getWorksheet(S)!;
    expect(o.getCell('C2').formula).toBe('B2/A2');
    expect(o.getCell('C3').formula).toBe('B3/A3*100');
    expect(o.getCell('C4').formula).toBe('B4/A4*100');
    expect(o.getCell('C4').result).toBe(50);
  });
});
