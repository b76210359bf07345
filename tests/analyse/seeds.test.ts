/**
 * analyse() on grids taken from the seeds (tab-separated tables extracted from the PDFs), with
 * every expected number worked out by hand from the documents and docs/aturan.md.
 */
import { analyse } from '../../src/core/analyse';
import { settingsSchema } from '../../src/core/settings';
import { periksaJsonSchema, toPeriksaJson } from '../../src/core/report';
import type { Analysis } from '../../src/core/types';
import { gridFromRows, gridFromTsv } from '../helpers/grid';

const list = (a: Analysis) => a.findings.map((f) => `${f.cell} ${f.rule}`);
const on = (a: Analysis, cell: string, rule: string) => a.findings.filter((f) => f.cell === cell && f.rule === rule);

const S1 = 'Meningkatnya Pelayanan Perawatan Narapidana/Tahanan/Anak, Pengendalian Penyakit Menular dan Peningkatan Kualitas Hidup Narapidana Peserta Rehabilitasi Narkotika di Wilayah';

// Seed 001, Tabel III.1 (LKjIP 2023 Rutan Kupang), indicators 1-5 and 8 of sasaran 1, one of
// sasaran 2 and two of sasaran 4, with a KETERANGAN column where the maternal indicator says there
// were no pregnant inmates. Header on sheet row 5, data rows 6-14.
function tabelIII1(): (string | null)[][] {
  return [
    ['NO', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA', 'TARGET', 'Realisasi', 'Capaian', 'KETERANGAN'],
    ['1.', S1, '1. Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai dengan standar', '80%', '100%', '100%', null],
    [null, null, '2. Persentase Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif) secara berkualitas', '94%', '100%', '100%', null],
    [null, null, '3. Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal', '97%', '97%', '100%', 'tidak ada ibu hamil'],
    [null, null, '4. Persentase Tahanan/Narapidana/ Anak yang mengalami gangguan mental dapat tertangani', '80%', '100%', '125%', null],
    [null, null, '5. Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar', '85%', '100%', '117%', null],
    [null, null, '8. Persentase perubahan kualitas hidup pecandu/penyalahguna/korban penyalahgunaan narkotika', '27%', '27%', '100%', null],
    ['2.', 'Meningkatnya Pelayanan Tahanan di Wilayah Sesuai Standar', '1. Persentase Menurunnya Tahanan yang overstaying', '90%', '90%', '100%', null],
    ['4.', 'Meningkatnya Dukungan Layanan Manajemen Satker', '1. Tersusunnya dokumen rencana kerja, anggaran UPT Masyarakat dan pelaporan yang akurat tepat waktu', '1 Layanan', '1 Layanan', '1 Layanan', null],
    [null, null, '6. Jumlah Kendaraan Bermotor', '2 Unit', '2 Unit', '2 Unit', null],
  ];
}
const pengukuran2023 = () => gridFromRows('Pengukuran 2023', tabelIII1(), { top: 5, merges: ['A6:A11', 'B6:B11', 'A13:A14', 'B13:B14'] });

describe('seed 001 Tabel III.1', () => {
  const a = analyse({ file: 'kupang-2023.xlsx', sheets: [pengukuran2023()] });
  const t = a.tables[0];
  const byRow = (r: number) => t.items.find((i) => i.row === r)!;

  it('recognises one pengukuran table of 2023 with 9 indicators', () => {
    expect(a.tables).toHaveLength(1);
    expect(t).toMatchObject({ kind: 'pengukuran', sheet: 'Pengukuran 2023' });
    expect(t.items.map((i) => i.row)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(a.year).toBe(2023);
  });

  it('computes capaian from target and realisasi, full precision', () => {
    expect(byRow(6).capaian).toBeCloseTo(125, 9); // 100 / 80
    expect(byRow(7).capaian).toBeCloseTo(106.382978723, 6); // 100 / 94
    expect(byRow(10).capaian).toBeCloseTo(117.647058824, 6); // 100 / 85
    expect(byRow(13)).toMatchObject({ capaian: 100, satuan: 'Layanan', status: 'ok', klasifikasi: 'Sangat Tinggi' });
    expect(byRow(7).klasifikasi).toBe('Sangat Tinggi');
  });

  it('makes the maternal indicator (no pregnant inmates) N/A and leaves it out of the average', () => {
    const m = byRow(8);
    expect(m).toMatchObject({ capaian: null, status: 'na', klasifikasi: 'Tidak dapat diukur' });
    expect(m.nihil).toEqual(["keterangan: 'tidak ada ibu hamil'"]);
    expect(m.alasanNA).toContain('tidak ada ibu hamil');
    // (125 + 106.383 + 125 + 117.647 + 100 + 100 + 100 + 100) / 8 = 874.030 / 8
    expect(t.rataRata).toBeCloseTo(109.25375, 4);
  });

  it('reports exactly the findings worked out by hand', () => {
    expect(list(a)).toEqual([
      'F6 capaian-tidak-sesuai', // 125% computed, 100% stated
      'F7 capaian-tidak-sesuai', // 106.38% computed, 100% stated
      'E8 nihil-disamakan-target', // 97% = 97% with 'tidak ada ibu hamil'
      'F13 capaian-tidak-sesuai', // '1 Layanan' is not a percentage
      'F14 capaian-tidak-sesuai', // '2 Unit'
    ]);
    expect(on(a, 'F7', 'capaian-tidak-sesuai')[0].message).toContain('Capaian tertulis 100% berbeda dengan capaian terhitung 106,38%');
    expect(on(a, 'E8', 'nihil-disamakan-target')[0]).toMatchObject({ severity: 'galat', row: 8, sheet: 'Pengukuran 2023' });
    expect(on(a, 'E8', 'nihil-disamakan-target')[0].message).toBe(
      "Tidak ada kasus (keterangan: 'tidak ada ibu hamil'), tetapi realisasi 97% disamakan dengan target 97%. " +
        "Tulis realisasi N/A dan biarkan capaian 'Tidak dapat diukur'; indikator ini dikeluarkan dari rata-rata.",
    );
  });

  it('does not flag 27% = 27% without evidence, 117% for 117.647, nor Persentase Menurunnya ... (positive)', () => {
    expect(a.findings.filter((f) => f.row === 11 || f.row === 10 || f.row === 12)).toEqual([]);
  });

  it('writes the messages in English on request', () => {
    const en = analyse({ sheets: [pengukuran2023()] }, undefined, { lang: 'en' });
    expect(on(en, 'E8', 'nihil-disamakan-target')[0].message).toContain('the realisasi 97% was set equal to the target 97%');
    expect(on(en, 'F7', 'capaian-tidak-sesuai')[0].message).toContain('differs from the computed capaian 106.38%');
  });

  it('gives the periksa JSON of the contract', () => {
    const json = toPeriksaJson(a);
    expect(periksaJsonSchema.safeParse(json).success).toBe(true);
    expect(json.file).toBe('kupang-2023.xlsx');
    expect(json.tables[0]).toMatchObject({ sheet: 'Pengukuran 2023', kind: 'pengukuran', headerRow: 5, year: 2023 });
    expect(json.tables[0].columns).toMatchObject({ indikator: 'C', target: 'D', realisasi: 'E', capaian: 'F', keterangan: 'G' });
    expect(json.tables[0].indicators[1]).toMatchObject({ row: 7, satuan: '%', polaritas: 'positif', target: 94, realisasi: 100, capaianTertulis: 100, status: 'ok' });
    expect(json.tables[0].indicators[2]).toMatchObject({ row: 8, target: 97, realisasi: 97, capaian: null, klasifikasi: 'Tidak dapat diukur', status: 'na' });
    expect(json.tables[0].indicators[7]).toMatchObject({ row: 13, satuan: 'Layanan', target: 1, realisasi: 1, capaian: 100, capaianTertulis: 1 });
  });
});

describe('PK vs pengukuran of the same year', () => {
  // The PK of 2023 agrees on every target but indicator 2, which it sets at 95%.
  const pkRows: (string | null)[][] = [
    ['NO', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA KEGIATAN', 'TARGET'],
    ['1.', S1, '1. Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai dengan standar', '80%'],
    [null, null, '2. Persentase Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif) secara berkualitas', '95%'],
    [null, null, '3. Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal', '97%'],
  ];
  const pk = () => gridFromRows('PK 2023', pkRows, { top: 3, merges: ['A4:A6', 'B4:B6'] });

  it('reports target-berbeda on the pengukuran target cell, naming the PK cell', () => {
    const a = analyse({ sheets: [pk(), pengukuran2023()] });
    expect(a.tables.map((t) => t.kind)).toEqual(['pk', 'pengukuran']);
    const f = on(a, 'D7', 'target-berbeda');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: 'Pengukuran 2023', severity: 'peringatan' });
    expect(f[0].message).toContain("Target 2023 indikator ini 94% berbeda dengan target 95% untuk indikator yang sama di 'PK 2023'!D5");
    // Three exact matches PK <-> pengukuran recorded.
    expect(a.matches.filter((m) => m.exact)).toHaveLength(3);
    // The PK table holds targets only: no realisasi-kosong, capaian N/A.
    expect(a.findings.filter((x) => x.sheet === 'PK 2023')).toEqual([]);
    expect(a.tables[0].items.every((i) => i.capaian === null && i.status === 'na')).toBe(true);
  });

  it('with focus on the PK sheet: only PK findings, the cross-check still made', () => {
    const a = analyse({ sheets: [pk(), pengukuran2023()] }, undefined, { focusSheets: ['PK 2023'] });
    expect(list(a)).toEqual(['D5 target-berbeda']);
    expect(a.findings[0].message).toContain("94%");
    expect(a.findings[0].message).toContain("'Pengukuran 2023'!D7");
  });
});

// Seed 002 (LKjIP 2022 Rutan Balikpapan): the capaian table and the table with budget columns.
const SEED002 = [
  'INDIKATOR\tTARGET (%)\tREALISASI (%)\tCAPAIAN (%)',
  'Persentase Pemenuhan Layanan Makanan\t75\t129\t172',
  'Persentase Tahanan/Narapidana mendapatkan Layanan Kesehatan\t80\t106\t132',
  'Persentase keberhasilan penanganan HIV-AIDS\t70\t100\t142',
  'Persentase Perubahan Kualitas Hidup Pecandu/Penyalahguna/Korban penyalahgunaan Narkotika\t25\t0\t0',
  'Persentase Overstaying\t80\t100\t125',
  'Persentase Tahanan Memperoleh Layanan Hukum dan Fasilitas bantuan Hukum\t80\t11.49\t14',
  'Persentase Pengaduan yang ditindaklanjuti\t80\t100\t125',
  'Persentase Gangguan Kamtib yang dapat dicegah\t70\t100\t133',
  'Persentase Kepatuhan dan Disiplin terhadap tata tertib oleh tahanan/narapidana\t80\t100\t125',
  'Tersusunnya Dokumen Rencana Kerja, Dokumen pelaporan, Data kompetensi pegawai, dan pelaksanaan anggaran dan keuangan\t1 Layanan\t0.98\t98',
  '',
  '',
  'INDIKATOR KINERJA\tTARGET (%)\tREALISASI (%)\tCAPAIAN (%)\tPAGU\tREALISASI\tSERAPAN (%)\tEFISIENSI ANGGARAN (%)',
  'Terwujudnya Penegakkan Hukum dan Pelayanan Publik dibidang Hukum\t\t\t\t\t\t\t',
  'Persentase Tahanan Mendapatkan Perlindungan dan Perawatan\t80\t118\t147\t423.485.000\t369.651.880\t87.29\t28',
  'Indeks Kepuasan Masyarakat Terhadap Pelayanan Publik\t77.5\t94.4\t121\t25.860.000\t20.609.000\t79.69\t15.58',
  'Indeks Keamanan dan Ketertiban\t75\t100\t133\t26.401.000\t19.650.000\t74.43\t44',
  'Terwujudnya Penyelenggaraan Pemasarakatan yang Profesional dan Berkualitas\t\t\t\t\t\t\t',
  'Indeks Pelayanan Tahanan\t70\t86.75\t123\t1.200.000\t925.000\t77.08\t10.25',
  'Kepuasan Layanan Masyarakat, Kerjasama dan Penggunaan layanan TI\t80\t38.16\t45.2\t21.600.000\t5.497.725\t25.45\t43.69',
  'Indeks Derajat Kesehatan Tahanan/Narapidana\t78\t106\t135\t85.868.000\t38.251.900\t44.55\t67',
  'Terwujudnya Penyelenggaraan Perawatan Tahanan/Narapidana, Pelayanan Tahanan, Kemanaan dan ketertiban dan layanan Manajemen Satker\t\t\t\t\t\t\t',
  'Persentase Pemenuhan Layanan Makanan\t75\t129.4\t172\t7.626.060.000\t7.626.059.956\t100\t41.86',
  'Persentase Tahanan/Narapidana mendapatkan Layanan Kesehatan\t93\t106\t132\t239.925.000\t239.023.091\t99.62\t24.53',
  'Persentase keberhasilan penanganan HIV-AIDS\t70\t100\t142\t138.162.000\t138.133.300\t99.98\t29.59',
  'Persentase Perubahan Kualitas Hidup Pecandu/Penyalahguna/Korban penyalahgunaan Narkotika\t25\t-\t-\t-\t-\t-\t-',
  'Persentase Overstaying\t80\t100\t100\t288.000\t275.000\t95.49\t4.51',
  'Persentase Tahanan Memperoleh Layanan Hukum dan Fasilitas bantuan Hukum\t80\t11.49\t14\t12.000.000\t780.000\t6.50\t53.57',
  'Persentase Pengaduan yang ditindaklanjuti\t80\t100\t125\t5.600.000\t0\t0\t100',
  'Persentase Gangguan Kamtib yang dapat dicegah\t70\t100\t133\t30.561.000\t26.121.500\t85.47\t35.73',
  'Persentase Kepatuhan dan Disiplin terhadap tata tertib oleh tahanan/narapidana\t70\t100\t125\t99.527.000\t86.052.200\t86.46\t30.82',
  'Tersusunnya Dokumen Rencana Kerja, Dokumen pelaporan, Data kompetensi pegawai, dan pelaksanaan anggaran dan keuangan\t1\t0.98\t98\t6.738.891.000\t6.643.925.479\t98.59\t0.60',
].join('\n');

describe('seed 002: percent points, budget columns, a zero case scored 0, two targets', () => {
  // Header rows 5 and 18; data 6-15 and 19-37.
  const a = analyse({ sheets: [gridFromTsv('Capaian 2022', SEED002, { top: 5 })] });
  const [t1, t2] = a.tables;
  const item = (t: typeof t1, r: number) => t.items.find((i) => i.row === r)!;

  it('reads the performance REALISASI, never the budget one', () => {
    expect(t2.columns.realisasi).toBe(3);
    expect(t2.budgetColumns).toContain(6);
    expect(item(t2, 20).realisasi?.value).toBe(118);
    expect(item(t2, 20).capaian).toBeCloseTo(147.5, 9); // 118 / 80
    expect(item(t2, 34).capaian).toBe(125); // budget realisasi 0 ignored: 100 / 80
  });

  it('computes percent-point values: 94.4 / 77.5 = 121.81', () => {
    expect(item(t2, 21).capaian).toBeCloseTo(121.806451613, 6);
    expect(a.findings.filter((f) => f.row === 21 || f.row === 22)).toEqual([]); // 121 and 133 stated: within 1 point
  });

  it("finds the rehabilitation indicator scored 0 where the other table writes '-'", () => {
    expect(item(t1, 9)).toMatchObject({ capaian: null, status: 'na' });
    expect(item(t2, 31)).toMatchObject({ capaian: null, status: 'na', nihil: ["realisasi ditulis '-'"] });
    const f = on(a, 'C9', 'nihil-dinilai-nol');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("Tidak ada kasus (realisasi ditulis '-' pada 'Capaian 2022'!C31), tetapi realisasi ditulis 0%");
    expect(a.findings.filter((x) => x.row === 31)).toEqual([]);
  });

  it('reports the different targets of the same indicator (80 vs 93, 80 vs 70), not 1 Layanan vs 1', () => {
    expect(on(a, 'B29', 'target-berbeda')[0].message).toContain("93% berbeda dengan target 80% untuk indikator yang sama di 'Capaian 2022'!B7");
    expect(on(a, 'B36', 'target-berbeda')[0].message).toContain("70% berbeda dengan target 80% untuk indikator yang sama di 'Capaian 2022'!B14");
    expect(a.findings.filter((f) => f.rule === 'target-berbeda').map((f) => f.cell)).toEqual(['B29', 'B36']);
  });

  it('flags percentage indicators above 100%, not the indexes', () => {
    const cells = a.findings.filter((f) => f.rule === 'realisasi-melebihi-100').map((f) => f.cell);
    expect(cells).toEqual(['C6', 'C7', 'C20', 'C28', 'C29']); // 129, 106, 118, 129.4, 106
    expect(on(a, 'C20', 'realisasi-melebihi-100')[0].message).toContain('Realisasi 118% melebihi 100%');
  });

  it('checks stated capaian against computed: 100 / 70 = 142.86 stated 125', () => {
    expect(on(a, 'D36', 'capaian-tidak-sesuai')[0].message).toContain('Capaian tertulis 125% berbeda dengan capaian terhitung 142,86%');
    expect(on(a, 'D32', 'capaian-tidak-sesuai')[0].message).toContain('Capaian tertulis 100% berbeda dengan capaian terhitung 125%');
  });

  it("'1 Layanan' against 0,98 (%) has no capaian: satuan-tidak-cocok", () => {
    expect(item(t1, 15)).toMatchObject({ capaian: null, status: 'galat' });
    expect(on(a, 'C15', 'satuan-tidak-cocok')).toHaveLength(1);
  });

  it('capaian above 150% is reported as extreme: 129 / 75 = 172%', () => {
    expect(on(a, 'D6', 'capaian-ekstrem')[0].message).toContain('Capaian 172% melebihi 150%');
  });

  it('a per-indicator negative polarity from the settings changes the capaian: (2 x 80 - 100) / 80 = 75', () => {
    const s = settingsSchema.parse({ polaritas: { 'persentase overstaying': 'negatif' } });
    const b = analyse({ sheets: [gridFromTsv('Capaian 2022', SEED002, { top: 5 })] }, s);
    expect(b.tables[0].items.find((i) => i.row === 10)).toMatchObject({ polaritas: 'negatif', polaritasSumber: 'pengaturan', capaian: 75 });
    expect(b.findings.filter((f) => f.rule === 'polaritas-perlu-dicek')).toEqual([]);
    expect(a.findings.filter((f) => f.rule === 'polaritas-perlu-dicek').map((f) => f.cell)).toEqual(['A10', 'A32']);
  });
});

// Seed 003 (LKjIP 2022 Lapas Sarolangun), Tabel 3.3 second part: realisasi half of the target.
const SEED003 = [
  'No.\tSasaran Kegiatan\tIndikator Kinerja Kegiatan\tTarget\tRealisasi\tKinerja',
  '2.\tMeningkatnya Pelayanan Pembinaan Kepribadian, Pelatihan Vokasi, Pendidikan dan Penanganan Narapidana Resiko Tinggi\t1. Persentase narapidana yang memperoleh nilai baik dengan predikat memuaskan pada instrument penilaian kepribadian\t65%\t25%\t38.46%',
  '\t\t2. persentase narapidana yang mendapatkan hak remisi\t98%\t44%\t50%',
  '\t\t3. persentase narapidana yang mendapatkan hak integrasi\t80%\t40%\t50%',
  '\t\t4. persentase narapidana yang mendapatkan hak Pendidikan\t80%\t40%\t50%',
  '\t\t5. Persentase Narapidana resiko tinggi yang berubah perilakunya menjadi Sadar, Patuh dan Disiplin\t15%\t7.5%\t50%',
  '\t\t6. Persentase narapidana yang memperoleh Pendidikan dan pelatihan vokasi bersertifikasi\t28%\t14%\t50%',
  '\t\t7. Persentase narapidana yang bekerja dan produktif\t67%\t30%\t44.77%',
  '3.\tMeningkatnya Pelayanan Keamanan dan Ketertiban di wilayah sesuai standar\t5. Persentase pengaduan yang ditindaklanjuti sesuai standar\t80%\t40%\t50%',
  '\t\t6. Persentase gangguan kamtib yang dapat dicegah\t70%\t35%\t50%',
  '\t\t7. Persentase kepatuhan dan disiplin terhadap tata tertib oleh Tahanan/Narapidana/Anak pelaku gangguan kamtib\t80%\t40%\t50%',
  '\t\t8. Persentase pemulihan kondisi keamanan pasca gangguan kamtib secara tuntas\t70%\t35%\t50%',
  '4.\tMeningkatnya Dukungan Layanan Manajemen Satker\t6. Tersusunnya dokumen rencana kerja, anggaran UPT Pemasarakatan dan pelaporan yang akuntabel tepat waktu\t1 Layanan\t0 Layanan\t0%',
  '\t\t7. Tersusunnya dokumen pengelolaan BMN dan Kerumah tanggaan\t1 Layanan\t0 Layanan\t0%',
  '\t\t8. Terpenuhinya data dan peningkatan kompetensi pegawai pemsarakatan\t1 Layanan\t0 Layanan\t0%',
  '\t\t9. Tersusunnya Dokumen Pelaksanaan Anggaran dan laporan keuangan yang akuntabel dan tepat waktu\t1 Layanan\t0 Layanan\t0%',
  '\t\t10. Jumlah Layanan Perkantoran\t1 Layanan\t0 Layanan\t0%',
].join('\n');

describe('seed 003: uniform capaian', () => {
  const a = analyse({ sheets: [gridFromTsv('IKK 2022', SEED003, { top: 5 })] });

  it('reports capaian-seragam once, on the first of the 8 indicators at 50%', () => {
    const f = a.findings.filter((x) => x.rule === 'capaian-seragam');
    expect(f).toHaveLength(1);
    // 40/80 (hak integrasi, row 8) is the first 50%; 44/98 = 44.90 is not.
    expect(f[0]).toMatchObject({ cell: 'F8', row: 8, severity: 'peringatan' });
    expect(f[0].message).toContain('8 dari 16 indikator');
    expect(f[0].message).toContain('50%');
  });

  it('finds the remisi capaian stated 50% for 44 / 98 = 44.90%', () => {
    expect(on(a, 'F7', 'capaian-tidak-sesuai')[0].message).toContain('Capaian tertulis 50% berbeda dengan capaian terhitung 44,9%');
    // (38.4615 + 44.8980 + 8 x 50 + 44.7761 + 5 x 0) / 16 = 528.1356 / 16
    expect(a.tables[0].rataRata).toBeCloseTo(33.00848, 4);
  });
});

describe('seed 004: Rencana Aksi zero-case candidate', () => {
  const rows: (string | null)[][] = [
    ['RENCANA AKSI PERJANJIAN KINERJA TAHUN ANGGARAN 2024'],
    [],
    ['SASARAN KEGIATAN', 'INDIKATOR KINERJA', 'TARGET KINERJA', 'RUMUS PERHITUNGAN', 'KEGIATAN', 'PAGU', 'RENCANA PENARIKAN DANA', 'REALISASI ANGGARAN', 'RENCANA KEGIATAN', 'CAPAIAN', 'DATA DUKUNG', 'STATUS Pelaksanaan', 'KETERANGAN'],
    [S1, '2. Persentase Tahanan / Narapidana / Anak mendapatkan layanan kesehatan (preventif) secara berkualitas', '95%', 'Jumlah ... dikali 100%', 'Pelaksana Sater', '241.440.000', '93.301.192', '93.301.192', 'TW I', 'Pemenuhan Obat-obatan', 'TW I', 'Tercapainya Kesehatan', 'Laporan dan Dokumentasi'],
    [null, null, null, null, null, null, '47.000.000', '47.000.000', 'TW II', 'Pemenuhan Obat-obatan', 'TW II', 'Tercapainya Kesehatan', 'Laporan dan Dokumentasi'],
    [null, '3. Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal', '90%', 'Jumlah ... dikali 100%.', 'Pelaksana Sater', '-', '-', '-', 'TW I', 'Tidak ada Ibu Hamil dan Menyusui', 'TW I', null, null],
    [null, null, null, null, null, null, '-', '-', 'TW II', 'Tidak ada Ibu Hamil dan Menyusui', 'TW II', null, null],
    [null, null, null, null, null, null, '-', '-', 'TW III', 'Tidak ada Ibu Hamil dan Menyusui', 'TW III', null, null],
    [null, null, null, null, null, null, '-', '-', 'TW IV', 'Tidak ada Ibu Hamil dan Menyusui', 'TW IV', null, null],
  ];
  const a = analyse({ sheets: [gridFromRows('Rencana Aksi', rows)] });

  it('marks the maternal indicator as a zero-case candidate (info), and nothing else', () => {
    expect(a.tables[0].kind).toBe('rencana-aksi');
    expect(list(a)).toEqual(['C6 realisasi-kosong']);
    expect(a.findings[0].severity).toBe('info');
    expect(a.findings[0].message).toContain("tw: 'Tidak ada Ibu Hamil dan Menyusui'");
    expect(a.findings[0].message).toContain('calon kasus nihil');
    const m = a.tables[0].items.find((i) => i.row === 6)!;
    expect(m).toMatchObject({ capaian: null, status: 'na' });
  });
});

describe('year of the analysis', () => {
  it('is the settings year when given, else the most common pengukuran year', () => {
    expect(analyse({ sheets: [pengukuran2023()] }).year).toBe(2023);
    expect(analyse({ sheets: [pengukuran2023()] }, settingsSchema.parse({ tahun: 2024 })).year).toBe(2024);
  });

  it('lists a sheet without a PK table as skipped', () => {
    const a = analyse({ sheets: [gridFromRows('Catatan', [['Ini hanya catatan rapat.'], ['Tidak ada tabel.']]), pengukuran2023()] });
    expect(a.skipped.map((s) => s.sheet)).toEqual(['Catatan']);
    expect(a.tables).toHaveLength(1);
  });
});

describe('seed 001: the year target against the Renstra matrix', () => {
  // Tabel III.8 (IKK 3, 2023) and Tabel III.10 (Renstra targets 2021-2024, name split by a page break).
  const MATERNAL = 'Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal';
  const rows: (string | null)[][] = [
    ['Indikator', 'Target', 'Realisasi', 'Capaian'],
    [MATERNAL, '97%', '97%', '100%'],
    [],
    [],
    ['Indikator', 'Target', null, null, null],
    [null, '2021', '2022', '2023', '2024'],
    ['Persentase Tahanan dan Narapidana', '92%', '93%', '94%', '94%'],
    [],
    ['perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal sesuai dengan standar', null, null, null, null],
  ];
  const a = analyse({ sheets: [gridFromRows('Capaian 2023', rows, { merges: ['B5:E5'] })] });

  it('reads the Renstra targets by year', () => {
    const ren = a.tables.find((t) => t.kind === 'renstra')!;
    expect(ren.items).toHaveLength(1);
    const targets = Object.fromEntries(Object.entries(ren.items[0].targets).map(([y, p]) => [y, p.value]));
    expect(targets).toEqual({ '2021': 92, '2022': 93, '2023': 94, '2024': 94 });
  });

  it('reports target 97% against Renstra 94% for 2023 on the target cell, with the near match', () => {
    const f = a.findings.filter((x) => x.rule === 'target-renstra-berbeda');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: 'B2', row: 2, severity: 'peringatan' });
    expect(f[0].message).toContain("Target 2023 97% berbeda dengan target Renstra 2023 94% ('Capaian 2023'!D7)");
    // Dice over word sets: 2 x 13 / (13 + 16) = 0.8966 (the Renstra name adds 'sesuai dengan standar').
    expect(f[0].message).toContain('nama mirip (skor 0.90)');
    expect(a.matches).toEqual([expect.objectContaining({ exact: false, score: expect.closeTo(26 / 29, 6) })]);
  });
});

describe('seed 001 Tabel III.3: the other-year block gets its own capaian', () => {
  const rows: (string | null)[][] = [
    ['Indikator', '2023', null, null, '2022', null, null],
    [null, 'Target', 'Realisasi', 'Capaian', 'Target', 'Realisasi', 'Capaian'],
    ['Persentase pemenuhan layanan makanan bagi tahanan /Narapidana/anak sesuai dengan standar', '80%', '100%', '125%', '75%', '100%', '133.33 %'],
  ];
  const a = analyse({ sheets: [gridFromRows('Perbandingan', rows, { merges: ['B1:D1', 'E1:G1'] })] });

  it('computes 100 / 80 = 125 for 2023 and 100 / 75 = 133.33 for 2022, both agreeing with the table', () => {
    const i = a.tables[0].items[0];
    expect(a.tables[0].year).toBe(2023);
    expect(i.capaian).toBe(125);
    expect(i.otherYears).toHaveLength(1);
    expect(i.otherYears[0].year).toBe(2022);
    expect(i.otherYears[0].capaian).toBeCloseTo(133.333333, 5);
    expect(a.findings).toEqual([]);
  });

  it('labels with the chosen scale (keberhasilan: >= 100 Sangat Berhasil)', () => {
    const b = analyse({ sheets: [gridFromRows('Perbandingan', rows, { merges: ['B1:D1', 'E1:G1'] })] }, settingsSchema.parse({ skala: 'keberhasilan' }));
    expect(b.tables[0].items[0].klasifikasi).toBe('Sangat Berhasil');
  });
});
