/**
 * Zero cases evidenced by the counts behind a percentage (docs/aturan.md "Capaian"): the cells a
 * realisasi formula divides, a pair of count columns (seed 002 lines 644-646: `Jumlah WBP` 0,
 * `Perawatan yang diberikan` 0), or counts stated in a note. N/A and `nihil-dinilai-nol`, not a
 * capaian of 0; and the close cases that must not fire.
 */
import { analyse } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { gridFromRows } from '../helpers/grid';

const rules = (g: Grid) => analyse({ sheets: [g] }).findings.map((f) => `${f.rule}@${f.cell}`);
const item = (g: Grid, i = 0) => analyse({ sheets: [g] }).tables[0].items[i];
const NAME = 'Persentase WBP yang mendapat rehabilitasi narkotika';

describe('the cells a realisasi formula divides', () => {
  // D2 = IFERROR(E2/F2*100,0): the formula gives 0 (its computed result), Excel shows 0
  const g = (e: number, f: number, result: number | string) =>
    gridFromRows('Pengukuran 2022', [
      ['NO', 'INDIKATOR', 'TARGET (%)', 'REALISASI (%)', 'DIBERIKAN', 'JUMLAH WBP'],
      [1, NAME, 80, result, e, f],
    ], { formulas: { D2: '=IFERROR(E2/F2*100,0)' } });

  test('both 0: N/A, Tidak dapat diukur, nihil-dinilai-nol on the realisasi', () => {
    const it = item(g(0, 0, 0));
    expect([it.capaian, it.status, it.klasifikasi]).toEqual([null, 'na', 'Tidak dapat diukur']);
    expect(it.nihil).toEqual(['pembilang dan penyebut 0 (E2 = 0 dan F2 = 0)']);
    expect(rules(g(0, 0, 0))).toEqual(['nihil-dinilai-nol@D2']);
  });

  test('a formula result of 0 with counts behind it is 0, never empty: 0 / 80 x 100 = 0', () => {
    const it = item(g(0, 12, 0));
    expect(it.realisasi).toMatchObject({ kind: 'percent', value: 0 });
    expect(it.capaian).toBe(0);
    expect(it.nihil).toEqual([]);
    expect(rules(g(0, 12, 0))).not.toContain('realisasi-kosong@D2');
  });

  test('only the denominator 0 is not a zero case: #DIV/0! is nilai-tidak-terbaca', () => {
    const bare = gridFromRows('Pengukuran 2022', [
      ['NO', 'INDIKATOR', 'TARGET (%)', 'REALISASI (%)', 'DIBERIKAN', 'JUMLAH WBP'],
      [1, NAME, 80, '#DIV/0!', 3, 0],
    ], { formulas: { D2: '=E2/F2*100' } });
    expect(item(bare).nihil).toEqual([]);
    expect(rules(bare)).toEqual(['nilai-tidak-terbaca@D2']);
  });
});

describe('a pair of count columns beside the realisasi', () => {
  const g = (wbp: number, diberikan: number, realisasi: number) =>
    gridFromRows('Capaian PK 2022', [
      ['NO', 'INDIKATOR', 'TARGET (%)', 'REALISASI (%)', 'CAPAIAN (%)', 'Jumlah WBP', 'Perawatan yang diberikan'],
      [1, NAME, 80, realisasi, 0, wbp, diberikan],
    ]);

  test('Jumlah WBP 0 and Perawatan yang diberikan 0 (seed 002 lines 644-646): N/A and nihil-dinilai-nol', () => {
    const it = item(g(0, 0, 0));
    expect([it.capaian, it.status]).toEqual([null, 'na']);
    expect(it.nihil).toEqual(['pembilang dan penyebut 0 (G2 = 0 dan F2 = 0)']);
    expect(rules(g(0, 0, 0))).toEqual(['nihil-dinilai-nol@D2']);
  });

  test('counts 0 of 12: a real 0, scored 0 (0 / 80 x 100 = 0), no zero case', () => {
    const it = item(g(12, 0, 0));
    expect([it.capaian, it.nihil]).toEqual([0, []]);
  });

  test('the English message names numerator and denominator', () => {
    const a = analyse({ sheets: [g(0, 0, 0)] }, undefined, { lang: 'en' });
    expect(a.findings[0].message).toContain('numerator and denominator 0 (G2 = 0 and F2 = 0)');
  });
});

describe('counts stated in a note', () => {
  const g = (name: string, ket: string, realisasi = '0%') =>
    gridFromRows('Pengukuran 2023', [
      ['NO', 'INDIKATOR', 'TARGET', 'REALISASI', 'KETERANGAN'],
      [1, name, '80%', realisasi, ket],
    ]);

  test.each([
    'peserta 0, dilayani 0',
    'WBP yang direhabilitasi 0 dari 0',
    'jumlah ibu hamil: 0',
  ])('%s: N/A and nihil-dinilai-nol', (ket) => {
    expect(item(g(NAME, ket)).capaian).toBeNull();
    expect(rules(g(NAME, ket))).toEqual(['nihil-dinilai-nol@D2']);
  });

  test('a 0 in a note about something else is not evidence: 0 / 80 x 100 = 0', () => {
    const it = item(g(NAME, 'anggaran rehabilitasi terserap 0 persen karena revisi DIPA'));
    expect([it.capaian, it.nihil]).toEqual([0, []]);
  });

  test('a 0 count under a lower-is-better indicator is the goal met, not a zero case: (2 x 5 - 0) / 5 x 100 = 200', () => {
    const rows = [
      ['NO', 'INDIKATOR', 'POLARITAS', 'TARGET', 'REALISASI', 'KETERANGAN'],
      [1, 'Jumlah pelarian tahanan', 'Negatif', '5 Orang', '0 Orang', 'jumlah pelarian: 0, pelarian 0 orang'],
    ];
    const it = item(gridFromRows('Pengukuran 2023', rows));
    expect([it.polaritas, it.nihil]).toEqual(['negatif', []]);
    expect(it.capaian).toBeCloseTo(200, 9);
  });
});
