/**
 * Seed 001, LKjIP 2023 Rutan Kelas IIB Kupang: PK 2023, Tabel III.1 (pengukuran 2023), the 2022
 * columns of the 2023-vs-2022 tables, and the Renstra 'Target Jangka Menengah' tables.
 * Every number below is worked out by hand from the seed and docs/aturan.md (arithmetic in comments).
 */
import type { ExpFinding, ExpInd } from './harness';
import { checkFindings, checkRecognised, checkTable, cnt, fixturesOf, load, pct, tableOf } from './harness';

const FILES = fixturesOf('kupang');

// PK 2023 targets (seed lines 569-595), the same in Tabel III.1 (lines 607-634)
const TARGET_2023: Record<string, ReturnType<typeof pct>> = {
  makanan: pct(80),
  preventif: pct(94),
  maternal: pct(97),
  mental: pct(80),
  lansia: pct(85),
  disabilitas: pct(85),
  hiv: pct(80),
  narkotika: pct(27),
  overstaying: pct(90),
  penyuluhan: pct(90),
  bantuan: pct(90),
  pengaduan: pct(85),
  gangguan: pct(80),
  kepatuhan: pct(85),
  pemulihan: pct(80),
  renja: cnt(1, 'Layanan'),
  bmn: cnt(1, 'Layanan'),
  pegawai: cnt(1, 'Layanan'),
  anggaran: cnt(1, 'Layanan'),
  perkantoran: cnt(1, 'Layanan'),
  kendaraan: cnt(2, 'Unit'),
  perangkat: cnt(64, 'Unit'),
  peralatan: cnt(10, 'Unit'),
  gedung: cnt(1, 'Unit'),
};
const COUNTS = ['renja', 'bmn', 'pegawai', 'anggaran', 'perkantoran', 'kendaraan', 'perangkat', 'peralatan', 'gedung'];

const PK: Record<string, ExpInd> = Object.fromEntries(Object.entries(TARGET_2023).map(([k, t]) => [k, { target: t }]));

const NA: ExpInd['status'] = ['na', 'galat'];
// Tabel III.1: target, realisasi, stated capaian, computed capaian = R / T x 100
const P2023: Record<string, ExpInd> = {
  makanan: { target: pct(80), realisasi: pct(100), tertulis: 100, capaian: (100 / 80) * 100, status: 'ok', nihil: false }, // 125
  preventif: { target: pct(94), realisasi: pct(100), tertulis: 100, capaian: (100 / 94) * 100, status: 'ok' }, // 106.383
  // no pregnant inmates (line 781): realisasi set equal to the target is not a measurement -> N/A
  maternal: { target: pct(97), realisasi: pct(97), tertulis: 100, capaian: null, status: NA, nihil: true },
  mental: { target: pct(80), realisasi: pct(100), tertulis: 125, capaian: (100 / 80) * 100, status: 'ok' }, // 125
  lansia: { target: pct(85), realisasi: pct(100), tertulis: 117, capaian: (100 / 85) * 100, status: 'ok' }, // 117.647, |117 - 117.647| <= 1
  disabilitas: { target: pct(85), realisasi: pct(100), tertulis: 117, capaian: (100 / 85) * 100, status: 'ok' }, // 117.647
  hiv: { target: pct(80), realisasi: pct(100), tertulis: 125, capaian: (100 / 80) * 100, status: 'ok', nihil: false }, // 125
  // no rehabilitation capacity (line 1107): "capaiannya disesuaikan dengan target" -> N/A
  narkotika: { target: pct(27), realisasi: pct(27), tertulis: 100, capaian: null, status: NA, nihil: true },
  overstaying: { target: pct(90), realisasi: pct(90), tertulis: 100, capaian: (90 / 90) * 100, status: 'ok', nihil: false }, // 100
  penyuluhan: { target: pct(90), realisasi: pct(100), tertulis: 100, capaian: (100 / 90) * 100, status: 'ok' }, // 111.111
  bantuan: { target: pct(90), realisasi: pct(100), tertulis: 100, capaian: (100 / 90) * 100, status: 'ok' }, // 111.111
  // no complaints received (line 1359): "nihil kasus" -> N/A
  pengaduan: { target: pct(85), realisasi: pct(85), tertulis: 100, capaian: null, status: NA, nihil: true },
  gangguan: { target: pct(80), realisasi: pct(100), tertulis: 100, capaian: (100 / 80) * 100, status: 'ok' }, // 125
  kepatuhan: { target: pct(85), realisasi: pct(100), tertulis: 100, capaian: (100 / 85) * 100, status: 'ok' }, // 117.647
  // name split over two rows (page break, lines 623-625): values on the second row
  pemulihan: { target: pct(80), realisasi: pct(100), tertulis: 100, capaian: (100 / 80) * 100, status: 'ok' }, // 125
  // counts: 1 Layanan of 1 Layanan = 100; the stated capaian repeats the count ('1 Layanan')
  renja: { target: cnt(1, 'Layanan'), realisasi: cnt(1, 'Layanan'), capaian: 100, status: 'ok' },
  bmn: { target: cnt(1, 'Layanan'), realisasi: cnt(1, 'Layanan'), capaian: 100, status: 'ok' },
  pegawai: { target: cnt(1, 'Layanan'), realisasi: cnt(1, 'Layanan'), capaian: 100, status: 'ok' },
  anggaran: { target: cnt(1, 'Layanan'), realisasi: cnt(1, 'Layanan'), capaian: 100, status: 'ok' },
  perkantoran: { target: cnt(1, 'Layanan'), realisasi: cnt(1, 'Layanan'), capaian: 100, status: 'ok' },
  kendaraan: { target: cnt(2, 'Unit'), realisasi: cnt(2, 'Unit'), capaian: (2 / 2) * 100, status: 'ok' },
  perangkat: { target: cnt(64, 'Unit'), realisasi: cnt(64, 'Unit'), capaian: (64 / 64) * 100, status: 'ok' },
  peralatan: { target: cnt(10, 'Unit'), realisasi: cnt(10, 'Unit'), capaian: (10 / 10) * 100, status: 'ok' },
  gedung: { target: cnt(1, 'Unit'), realisasi: cnt(1, 'Unit'), capaian: 100, status: 'ok' },
};

// 2022 columns of the 2023-vs-2022 tables (lines 676, 738, 806, 868, 936, 1004, 1066, 1128, 1196, 1254,
// 1315, 1382, 1443, 1502, 1565, 1630 ... 1998). No keterangan there: no zero-case evidence.
const P2022: Record<string, ExpInd> = {
  makanan: { target: pct(75), realisasi: pct(100), tertulis: 133.33, capaian: (100 / 75) * 100, status: 'ok' }, // 133.333
  preventif: { target: pct(93), realisasi: pct(100), tertulis: 107, capaian: (100 / 93) * 100, status: 'ok' }, // 107.527, |107 - 107.527| <= 1
  maternal: { target: pct(96), realisasi: pct(96), tertulis: 100, capaian: 100, status: 'ok', nihil: false }, // 96/96
  mental: { target: pct(70), realisasi: pct(100), tertulis: 142, capaian: (100 / 70) * 100, status: 'ok' }, // 142.857, |142 - 142.857| = 0.857
  lansia: { target: pct(80), realisasi: pct(100), tertulis: 125, capaian: 125, status: 'ok' },
  disabilitas: { target: pct(80), realisasi: pct(100), tertulis: 125, capaian: 125, status: 'ok' },
  hiv: { target: pct(70), realisasi: pct(100), tertulis: 142, capaian: (100 / 70) * 100, status: 'ok' }, // 142.857
  narkotika: { target: pct(25), realisasi: pct(25), tertulis: 100, capaian: 100, status: 'ok', nihil: false },
  overstaying: { target: pct(80), realisasi: pct(80), tertulis: 100, capaian: 100, status: 'ok' },
  penyuluhan: { target: pct(80), realisasi: pct(100), tertulis: 125, capaian: 125, status: 'ok' },
  bantuan: { target: pct(80), realisasi: pct(100), tertulis: 125, capaian: 125, status: 'ok' },
  pengaduan: { target: pct(80), realisasi: pct(80), tertulis: 100, capaian: 100, status: 'ok', nihil: false },
  gangguan: { target: pct(70), realisasi: pct(100), tertulis: 144, capaian: (100 / 70) * 100, status: 'ok' }, // 142.857 vs 144: 1.143 > 1
  kepatuhan: { target: pct(80), realisasi: pct(100), tertulis: 125, capaian: 125, status: 'ok' },
  pemulihan: { target: pct(70), realisasi: pct(100), tertulis: 142, capaian: (100 / 70) * 100, status: 'ok' }, // 142.857
  renja: { target: cnt(1, 'Layanan'), realisasi: cnt(1, 'Layanan'), capaian: 100, status: 'ok' },
  bmn: { target: cnt(1, 'Layanan'), realisasi: cnt(1, 'Layanan'), capaian: 100, status: 'ok' },
  pegawai: { target: cnt(1, 'Layanan'), realisasi: cnt(1, 'Layanan'), capaian: 100, status: 'ok' },
  anggaran: { target: cnt(1, 'Layanan'), realisasi: cnt(1, 'Layanan'), capaian: 100, status: 'ok' },
  perkantoran: { target: cnt(1, 'Layanan'), realisasi: cnt(1, 'Layanan'), capaian: 100, status: 'ok' },
  kendaraan: { target: cnt(2, 'unit'), realisasi: cnt(2, 'unit'), capaian: 100, status: 'ok' },
  perangkat: { target: cnt(64, 'unit'), realisasi: cnt(64, 'unit'), capaian: 100, status: 'ok' },
  peralatan: { target: cnt(10, 'unit'), realisasi: cnt(10, 'unit'), capaian: 100, status: 'ok' },
  gedung: { target: cnt(1, 'unit'), realisasi: cnt(1, 'unit'), capaian: 100, status: 'ok' },
};

const yrs = (a: number, b: number, c: number, d: number) => ({ '2021': pct(a), '2022': pct(b), '2023': pct(c), '2024': pct(d) });
const yrsC = (n: number, unit: string, last = n) => ({ '2021': cnt(n, unit), '2022': cnt(n, unit), '2023': cnt(n, unit), '2024': cnt(last, unit) });
// Target Jangka Menengah (lines 686 ... 2008)
const RENSTRA: Record<string, ExpInd> = {
  makanan: { renstra: yrs(70, 75, 80, 80) },
  preventif: { renstra: yrs(92, 93, 94, 94) },
  maternal: { renstra: yrs(92, 93, 94, 94) }, // PK 2023 says 97, the 2022 table 96: both differ
  mental: { renstra: yrs(60, 70, 80, 80) },
  lansia: { renstra: yrs(75, 80, 85, 85) },
  disabilitas: { renstra: yrs(75, 80, 85, 85) },
  hiv: { renstra: yrs(60, 70, 80, 80) },
  narkotika: { renstra: yrs(23, 25, 27, 27) },
  overstaying: { renstra: yrs(70, 80, 90, 90) },
  penyuluhan: { renstra: yrs(70, 80, 90, 90) },
  bantuan: { renstra: yrs(70, 80, 90, 90) },
  pengaduan: { renstra: yrs(75, 80, 85, 85) },
  gangguan: { renstra: yrs(60, 70, 80, 80) },
  kepatuhan: { renstra: yrs(75, 80, 85, 85) },
  pemulihan: { renstra: yrs(60, 70, 80, 80) },
  renja: { renstra: yrsC(1, 'Layanan') },
  bmn: { renstra: yrsC(1, 'Layanan') },
  pegawai: { renstra: yrsC(1, 'Layanan') },
  anggaran: { renstra: yrsC(1, 'Layanan') },
  perkantoran: { renstra: yrsC(1, 'Layanan') },
  kendaraan: { renstra: yrsC(2, 'unit') },
  perangkat: { renstra: yrsC(64, 'unit') },
  peralatan: { renstra: yrsC(10, 'unit', 1) }, // '01 unit' in 2024 (line 1965) is 1 unit
  gedung: { renstra: yrsC(1, 'unit') },
};

const FINDINGS: ExpFinding[] = [
  // Tabel III.1: stated capaian 100% where R/T x 100 is more than 1 point away
  ...['makanan', 'preventif', 'penyuluhan', 'bantuan', 'gangguan', 'kepatuhan', 'pemulihan'].map(
    (ind): ExpFinding => ({ rule: 'capaian-tidak-sesuai', table: 'p2023', ind, roles: ['capaian'] }),
  ),
  // ... and '1 Layanan' / '2 Unit' in the capaian column: not a percentage
  ...COUNTS.map((ind): ExpFinding => ({ rule: 'capaian-tidak-sesuai', table: 'p2023', ind, roles: ['capaian'] })),
  // zero cases (keterangan), yet realisasi = target
  ...['maternal', 'narkotika', 'pengaduan'].map(
    (ind): ExpFinding => ({ rule: 'nihil-disamakan-target', table: 'p2023', ind, roles: ['realisasi', 'capaian', 'keterangan', 'target'] }),
  ),
  // 2022: 100/70 x 100 = 142.857 stated 144 (1.143 points); 'Tercapai' is not a percentage
  { rule: 'capaian-tidak-sesuai', table: 'p2022', ind: 'gangguan', roles: ['capaian'] },
  ...COUNTS.map((ind): ExpFinding => ({ rule: 'capaian-tidak-sesuai', table: 'p2022', ind, roles: ['capaian'] })),
  // maternal: 97 (2023) vs Renstra 94; 96 (2022) vs Renstra 93. One finding per year, on the year's table or the Renstra row.
  { rule: 'target-renstra-berbeda', table: 'p2023', ind: 'maternal', roles: ['target'], group: 'renstra-2023' },
  { rule: 'target-renstra-berbeda', table: 'pk', ind: 'maternal', roles: ['target'], group: 'renstra-2023' },
  { rule: 'target-renstra-berbeda', table: 'renstra', ind: 'maternal', group: 'renstra-2023' },
  { rule: 'target-renstra-berbeda', table: 'p2022', ind: 'maternal', roles: ['target'], group: 'renstra-2022' },
  { rule: 'target-renstra-berbeda', table: 'renstra', ind: 'maternal', group: 'renstra-2022' },
];

describe.each(FILES)('Kupang 2023 (seed 001): %s', (file) => {
  it('recognises PK 2023, Pengukuran 2023, Pengukuran 2022 and the Renstra matrix, nothing else', async () => {
    const l = await load(file);
    checkRecognised(l);
    expect(l.analysis.year).toBe(2023);
  });

  it('PK 2023: 24 indicators under 4 merged sasaran, targets in percent points and counts', async () => {
    checkTable(await load(file), 'pk', PK);
  });

  it('Pengukuran 2023 (Tabel III.1): target, realisasi, capaian, klasifikasi, zero cases N/A', async () => {
    const l = await load(file);
    checkTable(l, 'p2023', P2023);
    // average over the 21 indicators with a capaian (maternal, narkotika, pengaduan left out):
    // 125+106.383+125+117.647+117.647+125+100+111.111+111.111+125+117.647+125 + 9 x 100 = 2306.546; / 21 = 109.836
    const t = tableOf(l, 'p2023');
    const sum = 125 + 100 / 0.94 + 125 + 100 / 0.85 + 100 / 0.85 + 125 + 100 + 100 / 0.9 + 100 / 0.9 + 125 + 100 / 0.85 + 125 + 9 * 100;
    expect(t.rataRata).toBeCloseTo(sum / 21, 2);
  });

  it('Pengukuran 2022: the 2022 columns of the year-on-year tables', async () => {
    checkTable(await load(file), 'p2022', P2022, { sasaran: false });
  });

  it('Renstra: one target per year 2021-2024 (two-row header)', async () => {
    checkTable(await load(file), 'renstra', RENSTRA, { sasaran: false });
  });

  it('findings: exactly the seeded inconsistencies, on the right cells', async () => {
    checkFindings(await load(file), FINDINGS);
  });
});
