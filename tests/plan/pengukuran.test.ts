import { planPengukuran, pengukuranSheetName } from '../../src/core/pengukuran';
import { PRESETS, rumusKlasifikasi } from '../../src/core/klasifikasi';
import type { CellWrite } from '../../src/core/types';
import { analysis, frac, indicator, pv, table } from './factory';

const PK = 'PK 2023';
const id = `${PK}!3`;
const cols = { target: 'D', realisasi: 'E' };

function pkAnalysis() {
  const items = [
    indicator(PK, id, 4, { cols, indikator: 'Persentase pemenuhan layanan makanan', target: frac(80), realisasi: null }),
    indicator(PK, id, 5, { cols, indikator: 'Jumlah pelarian', polaritas: 'negatif', target: pv('count', 0, '0 Orang', { unit: 'Orang', numericCell: true }), realisasi: null }),
    indicator(PK, id, 6, { cols, indikator: 'Tersusunnya dokumen rencana kerja', target: pv('count', 1, '1 Layanan', { unit: 'Layanan' }), realisasi: null }),
    indicator(PK, id, 7, { cols, indikator: '=2+3 nama aneh', target: pv('range', null, '80-90%', { low: 80, high: 90 }), realisasi: null }),
  ];
  const t = table(PK, { top: 3, left: 1, bottom: 7, right: 4 }, { kind: 'pk', columns: { no: 1, sasaran: 2, indikator: 3, target: 4 }, items });
  return analysis([t]);
}

describe('planPengukuran', () => {
  const a = pkAnalysis();
  const s = planPengukuran(a, id);
  const c = new Map<string, CellWrite>(s.cells.map((w) => [w.cell, w]));

  test('sheet name, headers, Excel table, frozen header', () => {
    expect(s.name).toBe('Pengukuran 2023');
    expect(s.purpose).toBe('pengukuran');
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1'].map((x) => c.get(x)?.value)).toEqual([
      'No', 'Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Klasifikasi', 'Keterangan',
    ]);
    expect(s.table?.range).toBe('A1:H5');
    expect(s.freezeRows).toBe(1);
    expect(s.cells.every((w) => w.sheet === 'Pengukuran 2023')).toBe(true);
  });
  test('printed as the other written sheets: landscape A4, one page wide, header row on every page; names wrap', () => {
    expect(s.print).toEqual({ orientation: 'landscape', paper: 'A4', fitWidth: 1, titleRows: { from: 1, to: 1 } });
    expect(c.get('C2')).toMatchObject({ wrap: true });
    expect(c.get('B2')?.wrap ?? true).toBe(true);
    expect(c.get('D2')?.wrap).toBeUndefined();
  });
  test('a numeric target is linked by formula to the PK cell', () => {
    expect(c.get('D2')).toMatchObject({ formula: "='PK 2023'!D4", value: 0.8, numberFormat: '0%' });
    expect(c.get('D3')).toMatchObject({ formula: "='PK 2023'!D5", value: 0 });
  });
  test('Realisasi empty; Capaian and Klasifikasi formulas ready', () => {
    expect(c.get('E2')?.value).toBeNull();
    expect(c.get('F2')).toMatchObject({ formula: '=IF(ISNUMBER(E2),E2/D2,"")', value: '', numberFormat: '0.00%' });
    expect(c.get('G2')).toMatchObject({ formula: rumusKlasifikasi('F2', PRESETS['permendagri-86'], true), value: 'Tidak dapat diukur' });
    // negative polarity, T = 0 handled
    expect(c.get('F3')?.formula).toBe('=IF(ISNUMBER(E3),IF(D3=0,IF(E3=0,1,0),MAX(0,(2*D3-E3)/D3)),"")');
  });
  test('a text target is copied as a number in a unit format, with the reason', () => {
    expect(c.get('D4')).toMatchObject({ formula: null, value: 1, numberFormat: '0 "Layanan"' });
    expect(c.get('H4')?.value).toBe("Target disalin sebagai nilai dari 'PK 2023'!D6 ('1 Layanan').");
    expect(c.get('F4')?.formula).toBe('=IF(ISNUMBER(E4),E4/D4,"")');
  });
  test('a range target stays text, no capaian formula', () => {
    expect(c.get('D5')).toMatchObject({ formula: null, value: '80-90%' });
    expect(c.get('F5')?.formula ?? null).toBeNull();
  });
  test('an indicator name that looks like a formula is written as text', () => {
    expect(c.get('C5')).toMatchObject({ formula: null, value: '=2+3 nama aneh', numberFormat: '@' });
  });
  test('same name on rerun; a user sheet of that name is not taken', () => {
    expect(pengukuranSheetName(a, 2023)).toBe('Pengukuran 2023');
    const user = table('Pengukuran 2023', { top: 5, left: 2, bottom: 9, right: 6 }, { columns: { indikator: 2, target: 3, realisasi: 4 } });
    const b = analysis([...a.tables, user]);
    expect(pengukuranSheetName(b, 2023)).toBe('Pengukuran 2023 (2)');
    expect(pengukuranSheetName(analysis(a.tables), null)).toBe('Pengukuran');
  });
});
