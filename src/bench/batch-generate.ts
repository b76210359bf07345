/**
 * Workbooks of many satuan kerja for the batch bench: about 50 indicators each, four layouts
 * (title + pengukuran; header lower with a Satuan column and text values; PK + pengukuran sheets;
 * no title, header in row 1), names drawn from one pool so that units share indicators, with the
 * variants units write (numbering, case, 'Presentase', one word more).
 */
import ExcelJS from 'exceljs';

const OBJEK = [
  'pemenuhan layanan makanan bagi tahanan/narapidana/anak sesuai standar',
  'tahanan/narapidana/anak mendapatkan layanan kesehatan (preventif)',
  'tahanan dan narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan',
  'tahanan/narapidana/anak yang mengalami gangguan mental dapat tertangani',
  'tahanan/narapidana lansia yang mendapatkan layanan kesehatan',
  'narapidana yang mengikuti program pembinaan kepribadian',
  'narapidana yang mengikuti pelatihan kemandirian bersertifikat',
  'pengaduan masyarakat yang ditindaklanjuti',
  'gangguan keamanan dan ketertiban yang dapat dicegah',
  'tahanan yang memperoleh layanan bantuan hukum',
  'tahanan yang memperoleh layanan penyuluhan hukum',
  'penurunan tahanan yang overstaying',
  'narapidana yang memperoleh hak integrasi tepat waktu',
  'warga binaan yang mengikuti rehabilitasi narkotika',
  'pegawai yang mengikuti pengembangan kompetensi',
  'realisasi anggaran terhadap pagu',
  'layanan kunjungan yang diselenggarakan secara daring',
  'barang bukti yang dikelola sesuai standar',
];
const AWAL = ['Persentase', 'Tingkat', 'Rasio'];
const INDEKS = ['Indeks kepuasan masyarakat terhadap layanan publik', 'Indeks keamanan dan ketertiban', 'Indeks reformasi birokrasi', 'Indeks persepsi anti korupsi'];
const JENIS = ['Rumah Tahanan Negara Kelas IIB', 'Lembaga Pemasyarakatan Kelas IIA', 'Rutan Kelas IIB', 'LAPAS KELAS III', 'Bapas Kelas II'];
const TEMPAT = ['Kupang', 'Soe', 'Atambua', 'Kefamenanu', 'Waingapu', 'Ende', 'Maumere', 'Larantuka', 'Kalabahi', 'Ruteng', 'Bajawa', 'Labuan Bajo', 'Balikpapan', 'Samarinda', 'Kerobokan', 'Sarolangun', 'Bangli', 'Tabanan'];

/** The pool: 3 x 18 percentage names + 4 index names = 58 distinct indicators. */
function pool(): string[] {
  const out: string[] = [];
  for (const a of AWAL) for (const o of OBJEK) out.push(`${a} ${o}`);
  return out.concat(INDEKS);
}
const POOL = pool();

/** The unit's spelling of an indicator: numbering, case, a common misspelling, one word more. */
function variasi(name: string, u: number, i: number): string {
  let s = name;
  if ((u + i) % 7 === 0) s = s.replace(/^Persentase/, 'Presentase');
  if ((u * 3 + i) % 11 === 0) s = `${s} tahun berjalan`;
  if (u % 3 === 0) s = `${i + 1}. ${s}`;
  if (u % 5 === 1) s = s.toUpperCase();
  return s;
}

export function namaSatkerBench(u: number): string {
  return `${JENIS[u % JENIS.length]} ${TEMPAT[u % TEMPAT.length]} ${Math.floor(u / TEMPAT.length) + 1}`;
}

interface Baris {
  nama: string;
  target: number;
  realisasi: number;
}

function baris(u: number, n: number): Baris[] {
  const out: Baris[] = [];
  const start = (u * 7) % POOL.length;
  for (let i = 0; i < n; i++) {
    const t = 60 + ((u + i * 3) % 35);
    out.push({ nama: variasi(POOL[(start + i) % POOL.length], u, i), target: t, realisasi: t + ((u * 5 + i * 7) % 40) - 18 });
  }
  return out;
}

function pengukuran(ws: ExcelJS.Worksheet, rows: Baris[], headerRow: number, teks: boolean): void {
  const head = teks ? ['No', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Kinerja (%)'] : ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'];
  ws.getRow(headerRow).values = head;
  ws.getRow(headerRow).font = { bold: true };
  rows.forEach((b, i) => {
    const r = ws.getRow(headerRow + 1 + i);
    const sasaran = i % 10 === 0 ? `Meningkatnya kualitas layanan ${1 + i / 10}` : null;
    if (teks) r.values = [i + 1, sasaran, b.nama, '%', `${b.target}%`, `${b.realisasi},5%`, `${Math.round(((b.realisasi + 0.5) / b.target) * 100)}%`];
    else {
      r.values = [i + 1, sasaran, b.nama, b.target / 100, b.realisasi / 100, Math.round((b.realisasi / b.target) * 10000) / 10000];
      for (const c of [4, 5, 6]) r.getCell(c).numFmt = '0%';
    }
  });
  ws.getColumn(3).width = 60;
}

/** Workbook of unit `u` with about `n` indicators, as .xlsx bytes. */
export async function satkerWorkbook(u: number, n = 50): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const rows = baris(u, n - 2 + (u % 5));
  const nama = namaSatkerBench(u);
  const layout = u % 4;
  if (layout === 2) {
    const pk = wb.addWorksheet('PK 2023');
    pk.getCell('A1').value = `Perjanjian Kinerja ${nama} Tahun 2023`;
    pk.getRow(3).values = ['No', 'Sasaran', 'Indikator Kinerja', 'Target'];
    rows.forEach((b, i) => {
      pk.getRow(4 + i).values = [i + 1, null, b.nama, b.target / 100];
      pk.getRow(4 + i).getCell(4).numFmt = '0%';
    });
  }
  const ws = wb.addWorksheet(layout === 1 ? 'Capaian Kinerja 2023' : 'Pengukuran 2023');
  if (layout !== 3) ws.getCell('A1').value = `Pengukuran Kinerja ${nama} Tahun 2023`;
  pengukuran(ws, rows, layout === 3 ? 1 : layout === 1 ? 5 : 3, layout === 1);
  return (await wb.xlsx.writeBuffer()) as unknown as Buffer;
}
