/**
 * Seed 002, LKjIP 2022 Rutan Kelas IIB Balikpapan: Tabel 3.1 (three sub-tables under section
 * titles, 'TARGET (%)' percent points) and Tabel 3.2 (the same indicators with budget columns whose
 * second REALISASI is in Rupiah). Numbers worked out by hand (comments).
 */
import type { ExpFinding, ExpInd } from './harness';
import { checkFindings, checkRecognised, checkTable, cnt, fixturesOf, load, pct } from './harness';

const FILES = fixturesOf('balikpapan');

const m = (t: number, r: number, s: number, c: number): ExpInd => ({ target: pct(t), realisasi: pct(r), tertulis: s, capaian: c, status: 'ok' });

// Tabel 3.1, lines 432-460
const T31_1: Record<string, ExpInd> = {
  perlindungan: m(80, 118, 147, (118 / 80) * 100), // 147.5
  ikm: m(77.5, 94.4, 121, (94.4 / 77.5) * 100), // 121.806 ('77,5' typed with a comma)
  kamtib: m(75, 100, 133, (100 / 75) * 100), // 133.333
};
const T31_2: Record<string, ExpInd> = {
  pelayanan: m(70, 86.75, 123, (86.75 / 70) * 100), // 123.929
  ti: m(80, 38.16, 45.2, (38.16 / 80) * 100), // 47.7, stated 45.2 (2.5 points off)
  derajat: m(78, 106, 135, (106 / 78) * 100), // 135.897
};
const T31_3: Record<string, ExpInd> = {
  makanan: m(75, 129, 172, (129 / 75) * 100), // 172
  kesehatan: m(80, 106, 132, (106 / 80) * 100), // 132.5
  hiv: m(70, 100, 142, (100 / 70) * 100), // 142.857
  // 0 WBP in rehabilitation, 0 served (keterangan; Tabel 3.2 writes '-'): N/A, not 0
  narkotika: { target: pct(25), realisasi: pct(0), tertulis: 0, capaian: null, status: ['na', 'galat'], nihil: true },
  overstaying: m(80, 100, 125, 125),
  hukum: m(80, 11.49, 14, (11.49 / 80) * 100), // 14.3625 -> Sangat Rendah
  pengaduan: m(80, 100, 125, 125),
  gangguan: m(70, 100, 133, (100 / 70) * 100), // 142.857, stated 133 (9.857 points off)
  kepatuhan: m(80, 100, 125, 125),
  // '1 Layanan' target, 0.98 under 'REALISASI (%)': count vs percent, no capaian
  dokumen: { target: cnt(1, 'Layanan'), realisasi: pct(0.98), tertulis: 98, capaian: null, status: 'galat' },
};
// Tabel 3.2, lines 466-485 (performance columns; PAGU/REALISASI/SERAPAN are budget)
const T32: Record<string, ExpInd> = {
  perlindungan: m(80, 118, 147, 147.5),
  ikm: m(77.5, 94.4, 121, (94.4 / 77.5) * 100), // 121.806
  kamtib: m(75, 100, 133, (100 / 75) * 100), // 133.333
  pelayanan: m(70, 86.75, 123, (86.75 / 70) * 100), // 123.929
  ti: m(80, 38.16, 45.2, 47.7),
  derajat: m(78, 106, 135, (106 / 78) * 100), // 135.897
  makanan: m(75, 129.4, 172, (129.4 / 75) * 100), // 172.533
  kesehatan: m(93, 106, 132, (106 / 93) * 100), // 113.978, stated 132; target 93 here, 80 in Tabel 3.1
  hiv: m(70, 100, 142, (100 / 70) * 100), // 142.857
  narkotika: { target: pct(25), realisasi: 'na', tertulis: null, capaian: null, status: ['na', 'galat'], nihil: true }, // '-'
  overstaying: m(80, 100, 100, 125), // stated 100
  hukum: m(80, 11.49, 14, 14.3625),
  pengaduan: m(80, 100, 125, 125),
  gangguan: m(70, 100, 133, (100 / 70) * 100), // 142.857 vs 133
  kepatuhan: m(70, 100, 125, (100 / 70) * 100), // 142.857 vs 125; target 70 here, 80 in Tabel 3.1
  dokumen: m(1, 0.98, 98, (0.98 / 1) * 100), // 1 and 0.98 under '(%)': 98
};

const cts = (table: string, ind: string): ExpFinding => ({ rule: 'capaian-tidak-sesuai', table, ind, roles: ['capaian'] });
const over = (table: string, ind: string): ExpFinding => ({ rule: 'realisasi-melebihi-100', table, ind, roles: ['realisasi'] });
const FINDINGS: ExpFinding[] = [
  // 'Persentase ...' with realisasi above 100%: 118, 129 / 129.4, 106
  over('t31_1', 'perlindungan'),
  over('t31_3', 'makanan'),
  over('t31_3', 'kesehatan'),
  over('t32', 'perlindungan'),
  over('t32', 'makanan'),
  over('t32', 'kesehatan'),
  // capaian above 150: 172 and 172.533
  { rule: 'capaian-ekstrem', table: 't31_3', ind: 'makanan' },
  { rule: 'capaian-ekstrem', table: 't32', ind: 'makanan' },
  // stated capaian more than 1 point from R/T x 100
  cts('t31_2', 'ti'),
  cts('t31_3', 'gangguan'),
  cts('t32', 'ti'),
  cts('t32', 'kesehatan'),
  cts('t32', 'overstaying'),
  cts('t32', 'gangguan'),
  cts('t32', 'kepatuhan'),
  // zero cases scored 0
  { rule: 'nihil-dinilai-nol', table: 't31_3', ind: 'narkotika' },
  // 1 Layanan vs 0.98%
  { rule: 'satuan-tidak-cocok', table: 't31_3', ind: 'dokumen', roles: ['target', 'realisasi'] },
  // same indicator, same year, different targets: 80 vs 93, 80 vs 70 (one finding per pair, either side)
  { rule: 'target-berbeda', table: 't31_3', ind: 'kesehatan', roles: ['target'], group: 'kesehatan' },
  { rule: 'target-berbeda', table: 't32', ind: 'kesehatan', roles: ['target'], group: 'kesehatan' },
  { rule: 'target-berbeda', table: 't31_3', ind: 'kepatuhan', roles: ['target'], group: 'kepatuhan' },
  { rule: 'target-berbeda', table: 't32', ind: 'kepatuhan', roles: ['target'], group: 'kepatuhan' },
  // open in docs/aturan.md, allowed either way:
  // '1 Layanan' vs '1' under (%): different units, arguably not "different targets"
  { rule: 'target-berbeda', table: 't31_3', ind: 'dokumen', roles: ['target'], optional: true },
  { rule: 'target-berbeda', table: 't32', ind: 'dokumen', roles: ['target'], optional: true },
  // stated 98 where no capaian can be computed (units disagree)
  { rule: 'capaian-tidak-sesuai', table: 't31_3', ind: 'dokumen', roles: ['capaian'], optional: true },
  // realisasi '-' is zero-case evidence, not a missing value; an info either way
  { rule: 'realisasi-kosong', table: 't32', ind: 'narkotika', optional: true },
  // 'Persentase Overstaying' (short name) reads as lower-is-better
  { rule: 'polaritas-perlu-dicek', table: 't31_3', ind: 'overstaying', optional: true },
  { rule: 'polaritas-perlu-dicek', table: 't32', ind: 'overstaying', optional: true },
];

describe.each(FILES)('Balikpapan 2022 (seed 002): %s', (file) => {
  it('recognises the three sub-tables of Tabel 3.1 and Tabel 3.2, nothing else', async () => {
    const l = await load(file);
    checkRecognised(l);
    expect(l.analysis.year).toBe(2022);
  });

  it('Tabel 3.1: percent points under (%), realisasi above 100, zero case N/A, 1 Layanan vs %', async () => {
    const l = await load(file);
    checkTable(l, 't31_1', T31_1, { sasaran: false });
    checkTable(l, 't31_2', T31_2, { sasaran: false });
    checkTable(l, 't31_3', T31_3, { sasaran: false });
  });

  it('Tabel 3.2: the Rupiah REALISASI is budget; section rows give the sasaran', async () => {
    checkTable(await load(file), 't32', T32);
  });

  it('findings: exactly the seeded inconsistencies', async () => {
    checkFindings(await load(file), FINDINGS);
  });
});
