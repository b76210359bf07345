/**
 * Two-year tables (docs/aturan.md "Layouts"): `2023` and `2022` each over `Target Realisasi
 * Capaian`, as seed 001 Tabel III.3 writes them per indicator (lines 674-676). The year-N block
 * is the indicator's own values; the N-1 block is reported beside it (`sebelumnya` in periksa
 * --json) and reviewed with the same rules.
 */
import { analyse } from '../../src/core/analyse';
import { periksaJsonSchema, toPeriksaJson } from '../../src/core/report';
import { compareRenstra } from '../../src/core/renstra';
import { gridFromRows } from '../helpers/grid';

// Seed 001 line 676: 80% 100% 125% | 75% 100% 133.33 %; the 'gangguan' row of the 2023-vs-2022
// tables states 144% for 100/70 (README of tests/fixtures: "2022 stated 144% for 100/70").
const rows = [
  ['Indikator', '2023', null, null, '2022', null, null],
  [null, 'Target', 'Realisasi', 'Capaian', 'Target', 'Realisasi', 'Capaian'],
  ['Persentase pemenuhan layanan makanan bagi tahanan /Narapidana/anak sesuai dengan standar', '80%', '100%', '125%', '75%', '100%', '133.33 %'],
  ['Persentase Gangguan Kamtib Yang Dapat Dicegah', '80%', '100%', '125%', '70%', '100%', '144%'],
];
const grid = () => gridFromRows('Perbandingan 2023', rows, { merges: ['B1:D1', 'E1:G1'] });

describe('a two-year table', () => {
  const a = analyse({ file: 'x.xlsx', sheets: [grid()] });
  const t = a.tables[0];

  test('the year-N block is the indicator', () => {
    expect([t.year, t.columns.target, t.columns.realisasi, t.columns.capaian]).toEqual([2023, 2, 3, 4]);
    // 100 / 80 x 100 = 125
    expect(t.items.map((i) => i.capaian)).toEqual([expect.closeTo(125, 9), expect.closeTo(125, 9)]);
  });

  test('the N-1 block is reported as sebelumnya in periksa --json', () => {
    const json = toPeriksaJson(a);
    expect(() => periksaJsonSchema.parse(json)).not.toThrow();
    const [makanan, gangguan] = json.tables[0].indicators;
    // 100 / 75 x 100 = 133.333...; stated 133.33
    expect(makanan).toMatchObject({ target: 80, realisasi: 100, capaianTertulis: 125 });
    expect('sebelumnya' in makanan && makanan.sebelumnya).toEqual({ tahun: 2022, target: 75, realisasi: 100, capaian: expect.closeTo(133.3333333, 6), capaianTertulis: 133.33 });
    // 100 / 70 x 100 = 142.857...; stated 144
    expect('sebelumnya' in gangguan && gangguan.sebelumnya).toEqual({ tahun: 2022, target: 70, realisasi: 100, capaian: expect.closeTo(142.857142857, 6), capaianTertulis: 144 });
  });

  test('a wrong stated N-1 capaian is capaian-tidak-sesuai on its cell; a right one is not', () => {
    // |144 - 142.857| = 1.14 > 1 point: G4; |133.33 - 133.333| = 0.003: none on G3
    expect(a.findings.filter((f) => f.rule === 'capaian-tidak-sesuai').map((f) => f.cell)).toEqual(['G4']);
    expect(a.findings.find((f) => f.cell === 'G4')!.message).toContain('142,86%');
  });

  test('a one-year table carries no sebelumnya', () => {
    const one = analyse({ file: 'y.xlsx', sheets: [gridFromRows('Pengukuran 2023', [['Indikator', 'Target', 'Realisasi'], ['Indeks kepuasan', '80', '72']])] });
    expect(toPeriksaJson(one).tables[0].indicators[0]).not.toHaveProperty('sebelumnya');
  });

  test('the N-1 block reviewed with the same rules: an unreadable N-1 realisasi is nilai-tidak-terbaca on its cell', () => {
    const g = gridFromRows('Perbandingan 2023', [rows[0], rows[1], [rows[2][0], '80%', '100%', '125%', '75%', '#DIV/0!', null]], { merges: ['B1:D1', 'E1:G1'] });
    const b = analyse({ sheets: [g] });
    expect(b.findings.filter((f) => f.rule === 'nilai-tidak-terbaca').map((f) => f.cell)).toEqual(['F3']);
  });
});

describe('the Renstra comparison without a separate N-1 table', () => {
  test('takes Realisasi and Capaian N-1 from the N-1 block of the two-year table', () => {
    // Seed 001 line 686 (Target Jangka Menengah): 70% 75% 80% 80% for 2021-2024
    const renstra = gridFromRows('Renstra', [
      ['No', 'Indikator', 'Target', null, null, null],
      [null, null, '2021', '2022', '2023', '2024'],
      [1, 'Persentase pemenuhan layanan makanan bagi tahanan /Narapidana/anak sesuai dengan standar', '70%', '75%', '80%', '80%'],
    ], { merges: ['C1:F1'] });
    const a = analyse({ sheets: [grid(), renstra] });
    const cmp = compareRenstra(a, 2023)!;
    const row = cmp.rows.find((r) => r.indikator.startsWith('Persentase pemenuhan layanan makanan'))!;
    // N: 80 -> 100 = 125; N-1 (the 2022 block): 75 -> 100 = 133.33; Renstra 2023 80, end target (2024) 80: 100 / 80 = 125
    expect([row.targetN, row.realisasiN, row.capaianN]).toEqual([80, 100, 125]);
    expect([row.targetN1, row.realisasiN1]).toEqual([75, 100]);
    expect(row.capaianN1).toBeCloseTo(133.3333333, 6);
    expect([row.targetRenstraN, row.targetAkhir]).toEqual([80, 80]);
    expect(row.capaianTerhadapAkhir).toBeCloseTo(125, 9);
  });
});
