/**
 * A bug of the recogniser on one sheet: analyse() reads the other sheets and reports the bug as a
 * remark naming the sheet; analyseUnguarded() (used by the property tests) throws it.
 */
import * as recognize from '../../src/core/recognize';
import { analyse, analyseUnguarded } from '../../src/core/analyse';
import { gridFromRows } from '../helpers/grid';

const good = gridFromRows('Pengukuran 2023', [
  ['NO', 'INDIKATOR', 'TARGET', 'REALISASI'],
  [1, 'Indeks kepuasan masyarakat', '80', '72'],
]);
const bad = gridFromRows('Rusak', [['NO', 'INDIKATOR', 'TARGET']]);

describe('a recogniser bug on one sheet', () => {
  const real = recognize.recognizeSheet;
  let spy: jest.SpyInstance;
  beforeEach(() => {
    spy = jest.spyOn(recognize, 'recognizeSheet').mockImplementation((g, s) => {
      if (g.sheet === 'Rusak') throw new Error('indeks di luar batas');
      return real(g, s);
    });
  });
  afterEach(() => spy.mockRestore());

  test('analyse reads the other sheets and names the sheet in a bug remark', () => {
    const a = analyse({ sheets: [bad, good] });
    expect(a.skipped).toEqual([
      {
        sheet: 'Rusak',
        reason: 'Galat program saat membaca lembar Rusak (indeks di luar batas). Lembar lain tetap diperiksa; mohon laporkan galat ini beserta berkasnya.',
      },
    ]);
    expect(a.tables).toHaveLength(1);
    // 72 / 80 x 100 = 90
    expect(a.tables[0].items[0].capaian).toBeCloseTo(90, 9);
  });

  test('analyseUnguarded throws it', () => {
    expect(() => analyseUnguarded({ sheets: [bad, good] })).toThrow('indeks di luar batas');
  });
});
