/**
 * What the user reads when Excel refuses something they can cause, or when a run had to work
 * around Excel (src/excel/errors.ts picks the text). Indonesian first, English when Office's
 * display language is English; the type of `en` is the type of `id`. Raw Excel error text
 * (RichApi.Error) never reaches the user: every text here says what happened and what to do.
 */
import type { Lang } from './lang';

const id = {
  structureProtected:
    'Struktur buku kerja diproteksi, sehingga lembar Temuan dan cadangan tidak dapat ditambahkan. Buka proteksinya (Tinjau > Proteksi Buku Kerja) lalu ulangi. Tidak ada yang diubah.',
  editMode: 'Excel sedang menyunting sebuah sel. Tekan Enter atau Esc untuk keluar dari mode sunting, lalu ulangi. Tidak ada yang diubah.',
  inactive: 'Buku kerja ini tidak lagi aktif (ada buku kerja lain yang sedang dipakai). Klik buku kerja ini lalu ulangi. Tidak ada yang diubah.',
  sheetGone: 'Sebuah lembar diganti namanya atau dihapus sejak panel dibuka. Panel membaca ulang buku kerja; ulangi perintahnya. Tidak ada yang diubah.',
  accessDenied: 'Excel menolak perubahan karena lembar atau buku kerja diproteksi. Buka proteksinya (Tinjau) lalu ulangi. Tidak ada yang diubah.',
  tooLarge: 'Buku kerja terlalu besar untuk dibaca Excel, bahkan per bagian (satu baris melebihi batas 5 MB Excel). Pindahkan isi yang sangat panjang ke buku kerja lain lalu ulangi. Tidak ada yang diubah.',
  conflict: 'Excel menolak menulis karena sel gabungan atau filter di lembar ini. Hapus filter atau gabungan sel di kolom capaian, lalu ulangi.',
  refused: (code: string) => `Excel menolak perintah ini (kode ${code}). Tidak ada yang diubah; ulangi sebentar lagi.`,
  unexpected: 'Terjadi kesalahan yang tidak terduga saat berbicara dengan Excel. Tidak ada yang diubah; ulangi sebentar lagi.',
  mergesUnreadable: (sheet: string) =>
    `Sel gabungan di lembar "${sheet}" terlalu banyak untuk dibaca Excel; lembar dianalisis tanpa sel gabungan (nilai sasaran yang digabung mungkin tidak terbaca di setiap baris).`,
  sheetTooLarge: (sheet: string) =>
    `Lembar "${sheet}" terlalu besar untuk dibaca (lebih dari 5 juta sel terpakai); lembar itu dilewati. Hapus isi yang tersasar jauh di luar tabel lalu ulangi.`,
  commentsWhere: (threads: number, notes: number, sheetOnly: number) =>
    `Temuan: ${threads} sebagai komentar, ${notes} sebagai catatan, ${sheetOnly} hanya di lembar Temuan.`,
  commentFailed: (n: number) =>
    `${n} komentar ditolak Excel (mis. sel gabungan atau fitur belum tersedia di versi ini); temuannya ditulis sebagai catatan atau hanya di lembar Temuan.`,
};

export type ExcelTexts = typeof id;

const en: ExcelTexts = {
  structureProtected:
    'The workbook structure is protected, so the Temuan and backup sheets cannot be added. Unprotect it (Review > Protect Workbook) and try again. Nothing was changed.',
  editMode: 'Excel is editing a cell. Press Enter or Esc to leave edit mode, then try again. Nothing was changed.',
  inactive: 'This workbook is no longer the active one (another workbook is in use). Click this workbook and try again. Nothing was changed.',
  sheetGone: 'A sheet was renamed or deleted since the pane opened. The pane reads the workbook again; run the command again. Nothing was changed.',
  accessDenied: 'Excel refused the change because a sheet or the workbook is protected. Unprotect it (Review) and try again. Nothing was changed.',
  tooLarge: "The workbook is too large for Excel to read, even in parts (one row is over Excel's 5 MB limit). Move very long content to another workbook and try again. Nothing was changed.",
  conflict: 'Excel refused to write because of merged cells or a filter on this sheet. Remove the filter or the merged cells in the capaian columns and try again.',
  refused: (code) => `Excel refused this command (code ${code}). Nothing was changed; try again in a moment.`,
  unexpected: 'Something unexpected went wrong while talking to Excel. Nothing was changed; try again in a moment.',
  mergesUnreadable: (sheet) =>
    `Sheet "${sheet}" has too many merged cells for Excel to read; it was analysed without them (a merged sasaran may not be read on every row).`,
  sheetTooLarge: (sheet) =>
    `Sheet "${sheet}" is too large to read (more than 5 million used cells); it was skipped. Delete stray content far outside the table and try again.`,
  commentsWhere: (threads, notes, sheetOnly) => `Findings: ${threads} as comments, ${notes} as notes, ${sheetOnly} on the Temuan sheet only.`,
  commentFailed: (n) =>
    `Excel refused ${n} comments (for example a merged cell, or a feature this version lacks); those findings were written as notes or on the Temuan sheet only.`,
};

export function excelTexts(lang: Lang): ExcelTexts {
  return lang === 'en' ? en : id;
}
