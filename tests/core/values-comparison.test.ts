/**
 * Targets written with a comparison and numbers typed with an apostrophe (docs/aturan.md
 * "Values"): `≥ 80%` is 80 (higher is better), `≤ 5%` is 5 and lower is better unless a POLARITAS
 * column says otherwise, `± 70` is 70, `'75` is 75.
 */
import { parseText, parseValue, describeValue } from '../../src/core/values';
import { analyse } from '../../src/core/analyse';
import { gridFromRows } from '../helpers/grid';

describe('comparisons before a number', () => {
  test.each([
    ['≥ 80%', 'min', 'percent', 80],
    ['>= 93%', 'min', 'percent', 93],
    ['minimal 80%', 'min', 'percent', 80],
    ['Minimal 80 %', 'min', 'percent', 80],
    ['min. 80%', 'min', 'percent', 80],
    ['paling sedikit 80%', 'min', 'percent', 80],
    ['≤ 5%', 'maks', 'percent', 5],
    ['<= 5%', 'maks', 'percent', 5],
    ['maksimal 5%', 'maks', 'percent', 5],
    ['maks. 5%', 'maks', 'percent', 5],
    ['paling banyak 2 Orang', 'maks', 'count', 2],
    ['± 70', 'kira', 'index', 70],
    ['kurang lebih 70', 'kira', 'index', 70],
  ])('%s', (text, batas, kind, value) => {
    expect(parseText(text)).toMatchObject({ kind, value, batas, raw: text });
  });

  test('under a (%) header the number after the comparison is percent points', () => {
    expect(parseText('≥ 80', { percentPoints: true })).toMatchObject({ kind: 'percent', value: 80, batas: 'min' });
  });

  test('a comparison before something that is not a number is unreadable; a word alone is not a comparison', () => {
    expect(parseText('minimal baik').kind).toBe('error');
    expect(parseText('≥ 80-90%').kind).toBe('error');
    expect(parseText('3 minggu')).toMatchObject({ kind: 'count', value: 3, unit: 'Minggu' });
    expect(parseText('3 minggu').batas).toBeUndefined();
    expect(parseText('80%').batas).toBeUndefined();
  });

  test('shown with its comparison', () => {
    expect(describeValue(parseText('≥ 80%'))).toBe('≥ 80%');
    expect(describeValue(parseText('maksimal 5%'))).toBe('≤ 5%');
  });
});

describe("a number typed with an apostrophe", () => {
  test.each([
    ["'75", 'index', 75],
    ["'75%", 'percent', 75],
    ["\u2019 80", 'index', 80],
  ])('%s', (text, kind, value) => expect(parseText(text)).toMatchObject({ kind, value }));
  test('as the value of a text cell', () => {
    expect(parseValue({ value: "'75", text: "'75", format: '@' })).toMatchObject({ kind: 'index', value: 75 });
  });
  test('an apostrophe before a word stays unreadable', () => expect(parseText("'abc").kind).toBe('error'));
});

describe('polarity and capaian from a comparison target', () => {
  const run = (rows: (string | number | null)[][]) => analyse({ sheets: [gridFromRows('Pengukuran 2023', rows)] }).tables[0].items;

  test('≤ and maksimal make the indicator lower-is-better; ≥ and ± stay positive', () => {
    const items = run([
      ['NO', 'INDIKATOR', 'TARGET', 'REALISASI'],
      [1, 'Persentase WBP yang kabur', '≤ 5%', '2%'],
      [2, 'Persentase layanan makanan', '≥ 80%', '90%'],
      [3, 'Indeks kepuasan', '± 70', '77'],
      [4, 'Angka pelanggaran tata tertib', 'maksimal 4 Kasus', '6 Kasus'],
    ]);
    expect(items.map((i) => i.polaritas)).toEqual(['negatif', 'positif', 'positif', 'negatif']);
    // (2 x 5 - 2) / 5 x 100 = 160
    expect(items[0].capaian).toBeCloseTo(160, 9);
    // 90 / 80 x 100 = 112.5
    expect(items[1].capaian).toBeCloseTo(112.5, 9);
    // 77 / 70 x 100 = 110
    expect(items[2].capaian).toBeCloseTo(110, 9);
    // (2 x 4 - 6) / 4 x 100 = 50
    expect(items[3].capaian).toBeCloseTo(50, 9);
  });

  test('a POLARITAS column says otherwise: it wins', () => {
    const items = run([
      ['NO', 'INDIKATOR', 'POLARITAS', 'TARGET', 'REALISASI'],
      [1, 'Persentase WBP yang kabur', 'Positif', '≤ 5%', '2%'],
    ]);
    expect(items[0].polaritas).toBe('positif');
    // 2 / 5 x 100 = 40
    expect(items[0].capaian).toBeCloseTo(40, 9);
  });

  test("a target typed '80 and a realisasi '72: 72 / 80 x 100 = 90, no nilai-tidak-terbaca", () => {
    const a = analyse({ sheets: [gridFromRows('Pengukuran 2023', [['NO', 'INDIKATOR', 'TARGET', 'REALISASI'], [1, 'Indeks kepuasan', "'80", "'72"]])] });
    expect(a.tables[0].items[0].capaian).toBeCloseTo(90, 9);
    expect(a.findings.map((f) => f.rule)).not.toContain('nilai-tidak-terbaca');
  });

  test('≥ in a name is not a target: the name does not change the polarity', () => {
    const items = run([
      ['NO', 'INDIKATOR', 'TARGET', 'REALISASI'],
      [1, 'Persentase layanan dengan nilai ≤ 5 hari', '80%', '90%'],
    ]);
    expect(items[0].polaritas).toBe('positif');
    expect(items[0].capaian).toBeCloseTo(112.5, 9);
  });
});
