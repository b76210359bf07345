/**
 * The Renstra comparison from grids shaped like seed 001 (LKjIP 2023, Rutan Kelas IIB Kupang),
 * through the whole pipeline: gridFromRows -> analyse() -> compareRenstra -> planRenstraSheet.
 *
 *   'PK 2023'          the PK (seed lines 567-596): targets only
 *   'Pengukuran 2023'  Tabel III.1 (lines 609-634): target / realisasi / capaian (as stated) / keterangan
 *   'Pengukuran 2022'  the 2022 block of the year-on-year tables (Tabel III.3, III.6, ... III.72)
 *   'Renstra'          the medium-term targets (Tabel III.4, III.7, ... III.73): two-row header,
 *                      `Target` merged over 2021 2022 2023 2024
 *
 * Percent cells hold fractions shown with a `0%` format (0.8 shown 80%); counts are text
 * (`2 Unit`). Every expected number below is worked out by hand from the seed.
 */
import { analyse } from '../../src/core/analyse';
import { compareRenstra, planRenstraSheet, type RenstraComparison } from '../../src/core/renstra';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Grid, WorkbookSnapshot } from '../../src/core/grid';
import type { CellWrite, SheetSpec } from '../../src/core/types';
import { gridFromRows } from '../helpers/grid';

type V = number | string | null;

const SK = [
  'Meningkatnya Pelayanan Perawatan Narapidana/Tahanan/Anak, Pengendalian Penyakit Menular dan Peningkatan Kualitas Hidup Narapidana Peserta Rehabilitasi Narkotika di Wilayah',
  'Meningkatnya Pelayanan Tahanan di Wilayah Sesuai Standar',
  'Meningkatnya Pelayanan Keamanan dan Ketertiban di Wilayah sesuai standar',
  'Meningkatnya Dukungan Layanan Manajemen Satker',
];

/** [sasaran index, name in Tabel III.1, target 2023, realisasi 2023, stated capaian, keterangan]. */
const T2023: Array<[number, string, V, V, V, V]> = [
  [0, '1. Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai dengan standar', 80, 100, 100, null],
  [0, '2. Persentase Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif) secara berkualitas', 94, 100, 100, null],
  [
    0,
    '3. Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal',
    97,
    97,
    100,
    'Rutan Kupang tidak memiliki Tahanan/Narapidana Perempuan (ibu hamil dan menyusui); nilai realisasi disesuaikan dengan nilai target',
  ],
  [0, '4. Persentase Tahanan/Narapidana/ Anak yang mengalami gangguan mental dapat tertangani', 80, 100, 125, null],
  [0, '5. Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar', 85, 100, 117, null],
  [0, '6. Persentase tahanan/narapidana/ anak berkebutuhan khusus (Disabilitas) yang mendapatkan layanan kesehatan sesuai standar', 85, 100, 117, null],
  [0, '7. Persentase keberhasilan penanganan penyakit menular HIV-AIDS (ditekan jumlah virusnya) dan TB Positif (berhasil sembuh)', 80, 100, 125, null],
  [0, '8. Persentase perubahan kualitas hidup pecandu/penyalahguna/korban penyalahgunaan narkotika', 27, 27, 100, null],
  [1, '1. Persentase Menurunnya Tahanan yang overstaying', 90, 90, 100, null],
  [1, '2. Persentase Tahanan yang memperoleh layanan penyuluhan hukum', 90, 100, 100, null],
  [1, '3. Persentase Tahanan yang memperoleh fasilitas bantuan hukum', 90, 100, 100, null],
  [2, '1. Persentase Pengaduan Yang Ditindaklanjuti Sesuai Standar', 85, 85, 100, null],
  [2, '2. Persentase Gangguan Kamtib Yang Dapat Dicegah', 80, 100, 100, null],
  [2, '3. Persentase Kepatuhan Dan Disiplin Terhadap Tata Tertib Oleh Tahanan/Narapidana/ Anak Pelaku Gangguan Kamtib', 85, 100, 100, null],
  [2, '4. Persentase Pemulihan Kondisi Keamanan Pasca Gangguan Kamtib Secara Tuntas', 80, 100, 100, null],
  [3, '1. Tersusunnya dokumen rencana kerja, anggaran UPT Masyarakat dan pelaporan yang akurat tepat waktu', '1 Layanan', '1 Layanan', null, null],
  [3, '2. Tersusunnya dokumen pengelolaan BMN dan Kerumah tanggaan', '1 Layanan', '1 Layanan', null, null],
  [3, '3. Terpenuhinya data dan peningkatan kompetensi pegawai masyarakat', '1 Layanan', '1 Layanan', null, null],
  [3, '4. Tersusunnya Dokumen Pelaksanaan Anggaran dan laporan keuangan yang akurat dan tepat waktu', '1 Layanan', '1 Layanan', null, null],
  [3, '5. Jumlah Layanan Perkantoran', '1 Layanan', '1 Layanan', null, null],
  [3, '6. Jumlah Kendaraan Bermotor', '2 Unit', '2 Unit', null, null],
  [3, '7. Jumlah Perangkat Pengolah data dan komunikasi', '64 Unit', '64 Unit', null, null],
  [3, '8. Jumlah Peralatan dan fasilitas perkantoran', '10 Unit', '10 Unit', null, null],
  [3, '9. Jumlah Gedung/Bangunan', '1 Unit', '1 Unit', null, null],
];

/** The 2022 block of the year-on-year tables: [name, target, realisasi, stated capaian]. */
const T2022: Array<[string, V, V, V]> = [
  ['Persentase pemenuhan layanan makanan bagi tahanan /Narapidana/anak sesuai dengan standar', 75, 100, '133.33 %'],
  ['Persentase Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif) secara berkualitas', 93, 100, 107],
  ['Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal', 96, 96, 100],
  ['Persentase Tahanan/Narapidana/Anak yang mengalami gangguan mental dapat tertangani', 70, 100, 142],
  ['Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar', 80, 100, 125],
  ['Persentase tahanan/narapidana/anak berkebutuhan khusus (Disabilitas) yang mendapatkan layanan kesehatan sesuai standar', 80, 100, 125],
  ['Persentase keberhasilan penanganan penyakit menular HIV-AIDS (ditekan jumlah virusnya) dan TB Positif (berhasil sembuh)', 70, 100, 142],
  ['Persentase perubahan kualitas hidup pecandu/penyalahguna/korban penyalahgunaan narkotika', 25, 25, 100],
  ['Persentase Menurunnya Tahanan yang overstaying', 80, 80, 100],
  ['Persentase Tahanan yang memperoleh layanan penyuluhan hukum', 80, 100, 125],
  ['Persentase Tahanan yang memperoleh fasilitas bantuan hukum', 80, 100, 125],
  ['Persentase Pengaduan Yang Ditindaklanjuti Sesuai Standar', 80, 80, 100],
  ['Persentase Gangguan Kamtib Yang Dapat Dicegah', 70, 100, 144],
  ['Persentase Kepatuhan Dan Disiplin Terhadap Tata Tertib Oleh Tahanan/Narapidana/ Anak Pelaku Gangguan Kamtib', 80, 100, 125],
  ['Persentase Pemulihan Kondisi Keamanan Pasca Gangguan Kamtib Secara Tuntas', 70, 100, 142],
  ['Tersusunnya dokumen rencana kerja, anggaran UPT Pemasarakatan dan pelaporan yang akuntabel tepat waktu', '1 Layanan', '1 Layanan', 'Tercapai'],
  ['Tersusunnya dokumen pengelolaan BMN dan Kerumah tanggaan', '1 Layanan', '1 Layanan', 'Tercapai'],
  ['Terpenuhinya data dan peningkatan kompetensi pegawai masyarakatan', '1 Layanan', '1 Layanan', 'Tercapai'],
  ['Tersusunnya Dokumen Pelaksanaan Anggaran dan laporan keuangan yang akuntabel dan tepat waktu', '1 Layanan', '1 Layanan', 'Tercapai'],
  ['Jumlah Layanan Perkantoran', '1 Layanan', '1 Layanan', 'Tercapai'],
  ['Jumlah Kendaraan Bermotor', '2 unit', '2 unit', 'Tercapai'],
  ['Jumlah Perangkat Pengolah data dan komunikasi', '64 unit', '64 unit', 'Tercapai'],
  ['Jumlah Peralatan dan fasilitas perkantoran', '10 unit', '10 unit', 'Tercapai'],
  ['Jumlah Gedung/Bangunan', '1 unit', '1 unit', 'Tercapai'],
];

/** The Renstra tables (Target Jangka Menengah): [name, 2021, 2022, 2023, 2024]. */
const RENSTRA: Array<[string, V, V, V, V]> = [
  ['Persentase pemenuhan layanan makanan bagi tahanan /Narapidana/anak sesuai dengan standar', 70, 75, 80, 80],
  ['Persentase Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif) secara berkualitas', 92, 93, 94, 94],
  // seed lines 816-818: the Renstra's name adds 'sesuai dengan standar' and its 2023 target is 94%
  ['Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal sesuai dengan standar', 92, 93, 94, 94],
  ['Persentase Tahanan/Narapidana/Anak yang mengalami gangguan mental dapat tertangani', 60, 70, 80, 80],
  ['Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar', 75, 80, 85, 85],
  ['Persentase tahanan/narapidana/anak berkebutuhan khusus (Disabilitas) yang mendapatkan layanan kesehatan sesuai standar', 75, 80, 85, 85],
  ['Persentase keberhasilan penanganan penyakit menular HIV-AIDS (ditekan jumlah virusnya) dan TB Positif (berhasil sembuh)', 60, 70, 80, 80],
  ['Persentase perubahan kualitas hidup pecandu/penyalahguna/korban penyalahgunaan narkoba', 23, 25, 27, 27],
  ['Persentase Menurunnya Tahanan yang overstaying', 70, 80, 90, 90],
  ['Persentase Tahanan yang memperoleh layanan penyuluhan hukum', 70, 80, 90, 90],
  ['Persentase Tahanan yang memperoleh fasilitas bantuan hukum', 70, 80, 90, 90],
  ['Persentase Pengaduan Yang Ditindaklanjuti Sesuai Standar', 75, 80, 85, 85],
  ['Persentase Gangguan Kamtib Yang Dapat Dicegah', 60, 70, 80, 80],
  ['Persentase Kepatuhan Dan Disiplin Terhadap Tata Tertib Oleh Tahanan/Narapidana/Anak Pelaku Gangguan Kamtib', 75, 80, 85, 85],
  ['Persentase Pemulihan Kondisi Keamanan Pasca Gangguan Kamtib Secara Tuntas', 60, 70, 80, 80],
  ['Tersusunnya dokumen rencana kerja, anggaran UPT Masyarakat dan pelaporan yang akuntabel tepat waktu', '1 Layanan', '1 Layanan', '1 Layanan', '1 Layanan'],
  ['Tersusunnya dokumen pengelolaan BMN dan Kerumah tanggaan', '1 Layanan', '1 Layanan', '1 Layanan', '1 Layanan'],
  ['Terpenuhinya data dan peningkatan kompetensi pegawai masyarakatan', '1 Layanan', '1 Layanan', '1 Layanan', '1 Layanan'],
  ['Tersusunnya Dokumen Pelaksanaan Anggaran dan laporan keuangan yang akuntabel dan tepat waktu', '1 Layanan', '1 Layanan', '1 Layanan', '1 Layanan'],
  ['Jumlah Layanan Perkantoran', '1 Layanan', '1 Layanan', '1 Layanan', '1 Layanan'],
  ['Jumlah Kendaraan Bermotor', '2 unit', '2 unit', '2 unit', '2 unit'],
  ['Jumlah Perangkat Pengolah data dan komunikasi', '64 unit', '64 unit', '64 unit', '64 unit'],
  // seed line 1965: the 2024 target is typed '01 unit'
  ['Jumlah Peralatan dan fasilitas perkantoran', '10 unit', '10 unit', '10 unit', '01 unit'],
  ['Jumlah Gedung/Bangunan', '1 unit', '1 unit', '1 unit', '1 unit'],
];

/** Builds a sheet from rows where numbers are percent points, written as 0.8 shown '80%'. */
function sheet(name: string, rows: V[][], top: number, merges: string[] = [], plainRows: number[] = []): Grid {
  const formats: Record<string, string> = {};
  const texts: Record<string, string> = {};
  const values = rows.map((r, i) =>
    r.map((v, j) => {
      const row = i + 1;
      if (typeof v === 'number' && row >= top && !plainRows.includes(row)) {
        const ref = `${String.fromCharCode(65 + j)}${row}`;
        formats[ref] = '0%';
        texts[ref] = `${v}%`;
        return v / 100;
      }
      return v;
    }),
  );
  return gridFromRows(name, values, { formats, texts, merges });
}

/** Merges of the No and Sasaran columns over each sasaran's rows (rows from `first`). */
function sasaranMerges(first: number): string[] {
  const out: string[] = [];
  let r = first;
  for (let s = 0; s < SK.length; s++) {
    const n = T2023.filter((x) => x[0] === s).length;
    out.push(`A${r}:A${r + n - 1}`, `B${r}:B${r + n - 1}`);
    r += n;
  }
  return out;
}

function dataRows(withRealisasi: boolean): V[][] {
  const rows: V[][] = [];
  let no = 0;
  let last = -1;
  for (const [s, name, t, r, c, k] of T2023) {
    const first = s !== last;
    if (first) no++;
    last = s;
    rows.push(withRealisasi ? [first ? `${no}.` : null, first ? SK[s] : null, name, t, r, c, k] : [first ? `${no}.` : null, first ? SK[s] : null, name, t]);
  }
  return rows;
}

function workbook(opts: { with2022?: boolean } = {}): WorkbookSnapshot {
  const pk = sheet('PK 2023', [['PERJANJIAN KINERJA TAHUN 2023'], [], ['NO', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA', 'TARGET'], ...dataRows(false)], 4, sasaranMerges(4));
  const p23 = sheet(
    'Pengukuran 2023',
    [
      ['PENGUKURAN KINERJA TAHUN 2023'],
      [],
      ['NO', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN', 'KETERANGAN'],
      ...dataRows(true),
    ],
    4,
    sasaranMerges(4),
  );
  const p22 = sheet(
    'Pengukuran 2022',
    [['PENGUKURAN KINERJA TAHUN 2022'], [], ['NO', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN'], ...T2022.map((r, i) => [i + 1, ...r])],
    4,
  );
  // numbers of the No column must stay plain: only columns C-E hold percent values
  for (let i = 3; i < p22.values.length; i++) {
    p22.values[i][0] = i - 2;
    p22.text[i][0] = String(i - 2);
    p22.formats[i][0] = 'General';
  }
  const ren = sheet(
    'Renstra',
    [
      ['TARGET JANGKA MENENGAH RENSTRA 2021-2024'],
      [],
      ['NO', 'INDIKATOR KINERJA', 'TARGET', null, null, null],
      [null, null, 2021, 2022, 2023, 2024],
      ...RENSTRA.map((r, i) => [i + 1, ...r]),
    ],
    5,
    ['C3:F3', 'A3:A4', 'B3:B4'],
  );
  for (let i = 4; i < ren.values.length; i++) {
    ren.values[i][0] = i - 3;
    ren.text[i][0] = String(i - 3);
    ren.formats[i][0] = 'General';
  }
  return { file: 'kupang-2023.xlsx', sheets: opts.with2022 === false ? [pk, p23, ren] : [pk, p23, p22, ren] };
}

function cellOf(spec: SheetSpec, ref: string): CellWrite {
  const c = spec.cells.find((w) => w.cell === ref);
  if (!c) throw new Error(`no cell ${ref}`);
  return c;
}

describe('Renstra comparison from seed-001-shaped grids through analyse()', () => {
  const a = analyse(workbook(), DEFAULT_SETTINGS);
  const cmp = compareRenstra(a) as RenstraComparison;
  const row = (prefix: string) => {
    const r = cmp.rows.find((x) => x.indikator.replace(/^\d+\.\s*/, '').startsWith(prefix));
    if (!r) throw new Error(`no row ${prefix}`);
    return r;
  };

  it('recognises the four sheets and compares 2023 with 2022 and the Renstra 2021-2024', () => {
    const kinds = a.tables.map((t) => `${t.sheet}:${t.kind}:${t.year}`);
    expect(kinds).toEqual(['PK 2023:pk:2023', 'Pengukuran 2023:pengukuran:2023', 'Pengukuran 2022:pengukuran:2022', 'Renstra:renstra:null']);
    expect(cmp.year).toBe(2023);
    expect(cmp.renstraYears).toEqual([2021, 2022, 2023, 2024]);
    expect(cmp.lastYear).toBe(2024);
    expect(cmp.rows).toHaveLength(24);
    expect(cmp.sources).toEqual(['Pengukuran 2023', 'Pengukuran 2022', 'Renstra']);
  });

  it('food service: 80% / 100% / 125; 2022: 100% of 75% = 133.33; Renstra 2023 80, end (2024) 80, vs end 125', () => {
    const r = row('Persentase pemenuhan layanan makanan');
    expect(r.targetN).toBeCloseTo(80, 9);
    expect(r.realisasiN).toBeCloseTo(100, 9);
    expect(r.capaianN).toBeCloseTo(125, 9); // 100 / 80 x 100 (Tabel III.1 states 100%)
    expect(r.realisasiN1).toBeCloseTo(100, 9);
    expect(r.capaianN1).toBeCloseTo(133.3333333, 6); // 100 / 75 x 100
    expect(r.targetRenstraN).toBeCloseTo(80, 9);
    expect(r.targetAkhir).toBeCloseTo(80, 9);
    expect(r.capaianTerhadapAkhir).toBeCloseTo(125, 9); // 100 / 80 x 100
    expect(r.sources.targetN).toMatchObject({ sheet: 'Pengukuran 2023', cell: 'D4', fraction: true });
    expect(r.sources.realisasiN).toMatchObject({ sheet: 'Pengukuran 2023', cell: 'E4' });
    expect(r.sources.realisasiN1).toMatchObject({ sheet: 'Pengukuran 2022', cell: 'D4' });
    expect(r.sources.targetRenstraN).toMatchObject({ sheet: 'Renstra', cell: 'E5' });
    expect(r.sources.targetAkhir).toMatchObject({ sheet: 'Renstra', cell: 'F5' });
  });

  it('gangguan mental: 100 / 80 = 125; 2022: 100 / 70 = 142.86 (the seed states 142%)', () => {
    const r = row('Persentase Tahanan/Narapidana/ Anak yang mengalami gangguan mental');
    expect(r.capaianN).toBeCloseTo(125, 9);
    expect(r.capaianN1).toBeCloseTo(142.8571429, 6);
    expect(r.capaianTerhadapAkhir).toBeCloseTo(125, 9);
  });

  it('maternal care: zero case (no female inmates) stays N/A; PK 97% vs Renstra 2023 94% => target-renstra-berbeda on D6', () => {
    const r = row('Persentase Tahanan dan Narapidana perempuan');
    expect(r.na).toBe(true);
    expect(r.capaianN).toBeNull();
    expect(r.capaianTerhadapAkhir).toBeNull();
    expect(r.targetN).toBeCloseTo(97, 9);
    expect(r.targetRenstraN).toBeCloseTo(94, 9);
    // Dice over word sets: 13 shared words of 13 and 16: 26 / 29 = 0.8966 -> '0,90'
    expect(r.renstra?.exact).toBe(false);
    expect(r.notes).toContain(
      'nama mirip di Renstra: "Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal sesuai dengan standar" (skor 0,90)',
    );
    const f = cmp.findings.filter((x) => x.rule === 'target-renstra-berbeda');
    expect(f.map((x) => `${x.sheet}!${x.cell}`)).toEqual(['Pengukuran 2023!D6']);
    expect(f[0].severity).toBe('peringatan');
    expect(f[0].message).toMatch(/97%/);
    expect(f[0].message).toMatch(/94%/);
    expect(f[0].message).toMatch(/Renstra!E7/);
  });

  it('narcotics: Renstra says "narkoba": near match 16/18 = 0,89; targets agree (27%)', () => {
    const r = row('Persentase perubahan kualitas hidup');
    expect(r.renstra?.score).toBeCloseTo(16 / 18, 9);
    expect(r.notes.some((n) => n.includes('(skor 0,89)'))).toBe(true);
    expect(r.targetRenstraN).toBeCloseTo(27, 9);
  });

  it('a 2022 name too far from 2023 (Pemasarakatan/akuntabel vs Masyarakat/akurat: 22/26 = 0.846) leaves 2022 empty with a note', () => {
    const r = row('Tersusunnya dokumen rencana kerja');
    expect(r.realisasiN1).toBeNull();
    expect(r.capaianN1).toBeNull();
    expect(r.notes.some((n) => /tidak ditemukan pada data tahun 2022/.test(n))).toBe(true);
    // the Renstra name differs by one word (akuntabel vs akurat): 24 / 26 = 0.923 -> matched
    expect(r.renstra?.score).toBeCloseTo(24 / 26, 9);
    expect(r.targetAkhir).toBe(1);
  });

  it('peralatan: the Renstra end target typed "01 unit" is 1: 10 unit / 1 unit = 1000%', () => {
    const r = row('Jumlah Peralatan');
    expect(r.unit).toBe('count');
    expect(r.targetAkhir).toBe(1);
    expect(r.capaianTerhadapAkhir).toBeCloseTo(1000, 9);
    expect(r.capaianN).toBeCloseTo(100, 9);
  });

  it('trend: food service target 70 75 80 80, realisasi - 100 100 -', () => {
    const t = cmp.trend[0];
    expect([2021, 2022, 2023, 2024].map((y) => t.years[String(y)].target)).toEqual([70, 75, 80, 80].map((x) => expect.closeTo(x, 9)));
    expect([2021, 2022, 2023, 2024].map((y) => t.years[String(y)].realisasi)).toEqual([null, expect.closeTo(100, 9), expect.closeTo(100, 9), null]);
  });

  it('the sheet references the workbook cells and computes capaian over its own cells', () => {
    const s = planRenstraSheet(cmp);
    expect(cellOf(s, 'D4')).toMatchObject({ formula: "='Pengukuran 2023'!D4", numberFormat: '0.00%' });
    expect(cellOf(s, 'D4').value).toBeCloseTo(0.8, 12);
    expect(cellOf(s, 'F4').formula).toBe('=E4/D4');
    expect(cellOf(s, 'F4').value).toBeCloseTo(1.25, 12);
    expect(cellOf(s, 'G4').formula).toBe("='Pengukuran 2022'!D4");
    expect(cellOf(s, 'H4').formula).toBe("=G4/'Pengukuran 2022'!C4");
    expect(cellOf(s, 'H4').value).toBeCloseTo(4 / 3, 12);
    expect(cellOf(s, 'I4').formula).toBe('=Renstra!E5');
    expect(cellOf(s, 'J4').formula).toBe('=Renstra!F5');
    expect(cellOf(s, 'K4').formula).toBe('=E4/J4');
    expect(cellOf(s, 'F6').value).toBe('N/A');
    expect(s.table?.range).toBe('A3:L27');
    // the column chart's block: 15 percent indicators under a header, labels without the '1.' of the name
    const [col] = s.charts;
    expect(col.dataRange).toBe('C29:E44');
    expect(cellOf(s, 'C30').value).toBe('1. Persentase pemenuhan layanan makanan bagi…');
    expect(cellOf(s, 'D30')).toMatchObject({ formula: '=D4', numberFormat: '0.00%' });
    expect(planRenstraSheet(compareRenstra(analyse(workbook(), DEFAULT_SETTINGS))!)).toEqual(s);
  });

  it('without the 2022 sheet: realisasi and capaian 2022 are null with a note, everything else unchanged', () => {
    const c = compareRenstra(analyse(workbook({ with2022: false }), DEFAULT_SETTINGS))!;
    expect(c.rows).toHaveLength(24);
    for (const r of c.rows) {
      expect(r.realisasiN1).toBeNull();
      expect(r.capaianN1).toBeNull();
      expect(r.notes.some((n) => /Tidak ada data tahun 2022/.test(n))).toBe(true);
    }
    expect(c.rows[0].capaianTerhadapAkhir).toBeCloseTo(125, 9);
  });
});
