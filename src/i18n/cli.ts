/**
 * Output of the command line (capaian-pk periksa|hitung): one section of the dictionary. The
 * command line speaks Indonesian (docs/aturan.md); the English half keeps the section complete.
 */
import type { Lang } from './lang';

const id = {
  tanpaPerintah: 'Perintah tidak diberikan: gunakan `capaian-pk periksa BERKAS.xlsx` atau `capaian-pk hitung BERKAS.xlsx` (lihat --help).',
  perintahTakDikenal: (c: string) => `Perintah tidak dikenal: ${c} (gunakan periksa, hitung atau rekap; lihat --help).`,
  opsiPerluNilai: (o: string) => `Opsi ${o} membutuhkan nilai.`,
  jsonHanyaPeriksa: 'Opsi --json hanya untuk perintah periksa.',
  opsiHanyaHitung: (o: string) => `Opsi ${o} hanya untuk perintah hitung dan rekap.`,
  skalaTakDikenal: (v: string, pilihan: string) => `Skala tidak dikenal: ${v} (pilihan: ${pilihan}).`,
  tahunTakSah: (v: string) => `Tahun tidak sah: ${v} (harus antara 2000 dan 2100).`,
  opsiTakDikenal: (o: string) => `Opsi tidak dikenal: ${o} (lihat --help).`,
  tanpaBerkas: (c: string) => `Berkas .xlsx tidak diberikan untuk perintah ${c}.`,
  berkasTakAda: (f: string) => `Berkas tidak ditemukan: ${f}`,
  bukanBerkas: (f: string) => `Bukan berkas: ${f}`,
  berkasTakTerbaca: (f: string) => `Berkas tidak dapat dibaca: ${f}`,
  bukanXlsx: (f: string) => `Berkas ${f} bukan buku kerja .xlsx (format tidak dikenali).`,
  xlsxRusak: (f: string, why: string) => `Berkas ${f} bukan buku kerja .xlsx yang dapat dibaca (${why}).`,
  keluaranSamaMasukan: 'Berkas keluaran tidak boleh sama dengan berkas masukan: berkas masukan tidak pernah ditimpa.',
  tanpaTabel: (f: string, n: number) => `Tidak ada tabel PK yang dikenali di ${f} (${n} lembar dibaca).`,
  takDapatMenulis: (f: string, why: string) => `Tidak dapat menulis ${f}: ${why}`,
  peringatan: (w: string) => `Peringatan: ${w}`,
  tabelDikenali: (n: number, jenis: string) => `Tabel dikenali: ${n} (${jenis})`,
  tabel: (tempat: string, jenis: string, tahun: number | null, n: number) => `  ${tempat}  ${jenis}${tahun ? `, tahun ${tahun}` : ''}, ${n} indikator`,
  temuan: (n: number, galat: number, peringatan: number, info: number) => `Temuan: ${n} (${galat} galat, ${peringatan} peringatan, ${info} info)`,
  angkaPeriksa: (ind: number, cap: number, na: number) => `Indikator: ${ind}; capaian: ${cap}; N/A: ${na}`,
  angkaHitung: (ind: number, cap: number, rumus: number, na: number) => `Indikator: ${ind}; capaian dihitung: ${cap} (${rumus} sebagai rumus); N/A: ${na}`,
  judul: (perintah: string, f: string) => `Capaian PK: ${perintah} ${f}`,
  grafikDilewati: (n: number) => `Catatan: ${n} grafik tidak digambar (baris perintah tidak membuat grafik; buka di Excel dengan add-in untuk grafik).`,
  catatanOrang: (n: number) => `Catatan: ${n} temuan pada sel yang berisi catatan orang hanya dicantumkan di lembar Temuan.`,
  ditulis: (f: string) => `Ditulis: ${f}`,
  lembarDiganti: (wanted: string, used: string) => `lembar "${wanted}" sudah ada dan dibuat oleh orang lain; hasil ditulis ke lembar "${used}".`,
  folderKosong: (d: string) => `tidak ada berkas .xlsx di folder ${d}.`,
};

export type CliMessages = typeof id;

const en: CliMessages = {
  tanpaPerintah: 'No command given: use `capaian-pk periksa FILE.xlsx` or `capaian-pk hitung FILE.xlsx` (see --help).',
  perintahTakDikenal: (c) => `Unknown command: ${c} (use periksa, hitung or rekap; see --help).`,
  opsiPerluNilai: (o) => `Option ${o} needs a value.`,
  jsonHanyaPeriksa: 'Option --json is for the periksa command only.',
  opsiHanyaHitung: (o) => `Option ${o} is for the hitung and rekap commands only.`,
  skalaTakDikenal: (v, pilihan) => `Unknown scale: ${v} (choices: ${pilihan}).`,
  tahunTakSah: (v) => `Invalid year: ${v} (must be between 2000 and 2100).`,
  opsiTakDikenal: (o) => `Unknown option: ${o} (see --help).`,
  tanpaBerkas: (c) => `No .xlsx file given for the ${c} command.`,
  berkasTakAda: (f) => `File not found: ${f}`,
  bukanBerkas: (f) => `Not a file: ${f}`,
  berkasTakTerbaca: (f) => `File cannot be read: ${f}`,
  bukanXlsx: (f) => `File ${f} is not an .xlsx workbook (format not recognised).`,
  xlsxRusak: (f, why) => `File ${f} is not a readable .xlsx workbook (${why}).`,
  keluaranSamaMasukan: 'The output file must not be the input file: the input is never overwritten.',
  tanpaTabel: (f, n) => `No PK table recognised in ${f} (${n} sheets read).`,
  takDapatMenulis: (f, why) => `Cannot write ${f}: ${why}`,
  peringatan: (w) => `Warning: ${w}`,
  tabelDikenali: (n, jenis) => `Tables recognised: ${n} (${jenis})`,
  tabel: (tempat, jenis, tahun, n) => `  ${tempat}  ${jenis}${tahun ? `, year ${tahun}` : ''}, ${n} indicators`,
  temuan: (n, galat, peringatan, info) => `Findings: ${n} (${galat} errors, ${peringatan} warnings, ${info} info)`,
  angkaPeriksa: (ind, cap, na) => `Indicators: ${ind}; capaian: ${cap}; N/A: ${na}`,
  angkaHitung: (ind, cap, rumus, na) => `Indicators: ${ind}; capaian computed: ${cap} (${rumus} as formulas); N/A: ${na}`,
  judul: (perintah, f) => `Capaian PK: ${perintah} ${f}`,
  grafikDilewati: (n) => `Note: ${n} charts not drawn (the command line makes no charts; open in Excel with the add-in for charts).`,
  catatanOrang: (n) => `Note: ${n} findings on cells holding a person's note are listed on the Temuan sheet only.`,
  ditulis: (f) => `Written: ${f}`,
  lembarDiganti: (wanted, used) => `a sheet "${wanted}" already exists and was made by someone else; the results went to sheet "${used}".`,
  folderKosong: (d) => `no .xlsx file in folder ${d}.`,
};

export const CLI: Record<Lang, CliMessages> = { id, en };
