/**
 * Messages of the Excel host to the user (a section of the one dictionary, src/i18n/index.ts),
 * Indonesian first, English variants: every English entry exists because `en` has the type of `id`.
 */
import type { Lang } from './lang';
import { jumlah } from './lang';

const id = {
  noTable: (sheet: string, reason: string | null) =>
    `Lembar "${sheet}" tidak memuat tabel PK yang dikenali${reason ? `: ${reason}` : '.'} Tidak ada yang diubah.`,
  noPengukuran: (sheet: string) =>
    `Lembar "${sheet}" tidak memuat tabel pengukuran (Target, Realisasi). Tidak ada yang diubah.`,
  protectedSheet: (sheets: string[]) =>
    `Lembar ${sheets.map((s) => `"${s}"`).join(', ')} diproteksi. Buka proteksinya (Tinjau > Buka Proteksi Lembar) lalu ulangi. Tidak ada yang diubah.`,
  analysed: (sheet: string, ind: number, cap: number, find: number) =>
    `Lembar "${sheet}": ${ind} indikator, ${cap} capaian dapat dihitung, ${find} temuan.`,
  hitungDone: (sheet: string, cap: number, na: number, find: number, comments: number) =>
    `Capaian dihitung pada lembar "${sheet}": ${cap} capaian, ${na} N/A, ${find} temuan, ${comments} komentar. Pulihkan mengembalikan isi sebelumnya.`,
  periksaDone: (sheet: string, find: number, comments: number) =>
    `Pemeriksaan lembar "${sheet}" selesai: ${find} temuan, ${comments} komentar. Nilai tidak diubah.`,
  commentsNotes: 'Komentar berutas tidak didukung versi Excel ini; temuan ditulis sebagai catatan (notes).',
  commentsSheetOnly: 'Komentar dan catatan tidak didukung versi Excel ini; temuan hanya dicatat di lembar Temuan.',
  personThread: (n: number) =>
    `${n} temuan berada pada sel yang sudah berkomentar dari orang lain; komentar itu tidak diubah dan temuannya hanya dicatat di lembar Temuan.`,
  sheetRenamed: (wanted: string, used: string) =>
    `Lembar "${wanted}" sudah ada dan dibuat oleh orang lain; hasil ditulis ke lembar "${used}".`,
  writeFailed: (why: string) => `Gagal menulis ke buku kerja (${why}). Buku kerja dikembalikan seperti semula.`,
  writeFailedNoRollback: (why: string) =>
    `Gagal menulis ke buku kerja (${why}) dan pengembalian otomatis juga gagal. Gunakan Pulihkan.`,
  noBackup: 'Tidak ada cadangan untuk dipulihkan.',
  restored: (cells: number, sheets: number) =>
    `Dipulihkan: ${cells} sel kembali seperti sebelum Capaian PK menulisnya${sheets ? `; ${sheets} lembar buatan Capaian PK dihapus` : ''}.`,
  backupDamaged: 'Cadangan Capaian PK rusak dan tidak dapat dipakai; tidak ada yang diubah.',
  noPk: (sheet: string) =>
    `Lembar "${sheet}" tidak memuat tabel PK (Indikator dan Target). Tidak ada yang diubah.`,
  pengukuranDone: (sheet: string, n: number) =>
    `Lembar "${sheet}" disiapkan: ${n} indikator, target tertaut ke PK. Isi kolom Realisasi; capaian dan klasifikasi terhitung otomatis.`,
  noRenstra: 'Tidak ditemukan matriks Renstra (target per tahun) di buku kerja. Tidak ada yang diubah.',
  renstraDone: (sheet: string, n: number) => `Lembar "${sheet}" dibangun: ${n} indikator dibandingkan.`,
  renstraConfirm: (sheet: string) =>
    `Lembar "${sheet}" sudah ada dan tampaknya dibuat orang lain. Ganti isinya? (Pulihkan dapat mengembalikannya.)`,
  progressRead: 'Membaca lembar...',
  progressAnalyse: 'Menganalisis tabel...',
  progressBackup: 'Menyimpan cadangan...',
  progressWrite: 'Menulis ke buku kerja...',
  progressDone: 'Selesai',
  settingsSaved: 'Pengaturan disimpan di buku kerja.',
};

export type ExcelMessages = typeof id;
type Messages = ExcelMessages;

const en: Messages = {
  noTable: (sheet, reason) => `Sheet "${sheet}" holds no recognised PK table${reason ? `: ${reason}` : '.'} Nothing was changed.`,
  noPengukuran: (sheet) => `Sheet "${sheet}" holds no measurement table (Target, Realisasi). Nothing was changed.`,
  protectedSheet: (sheets) =>
    `Sheet ${sheets.map((s) => `"${s}"`).join(', ')} is protected. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.`,
  analysed: (sheet, ind, cap, find) => `Sheet "${sheet}": ${ind} indicators, ${cap} capaian computable, ${find} findings.`,
  hitungDone: (sheet, cap, na, find, comments) =>
    `Capaian computed on sheet "${sheet}": ${cap} capaian, ${na} N/A, ${find} findings, ${comments} comments. Restore (Pulihkan) puts back the previous content.`,
  periksaDone: (sheet, find, comments) => `Review of sheet "${sheet}" done: ${find} findings, ${comments} comments. No values changed.`,
  commentsNotes: 'This Excel does not support threaded comments; findings were written as notes.',
  commentsSheetOnly: 'This Excel supports neither comments nor notes; findings are listed on the Temuan sheet only.',
  personThread: (n) => `${n} findings are on cells that already have someone else's comment; that comment was left alone and the findings are listed on the Temuan sheet only.`,
  sheetRenamed: (wanted, used) => `A sheet "${wanted}" already exists and was made by someone else; the results went to sheet "${used}".`,
  writeFailed: (why) => `Writing to the workbook failed (${why}). The workbook was put back as it was.`,
  writeFailedNoRollback: (why) => `Writing to the workbook failed (${why}) and the automatic rollback failed too. Use Restore (Pulihkan).`,
  noBackup: 'There is no backup to restore.',
  restored: (cells, sheets) =>
    `Restored: ${jumlah(cells, 'cell is', 'cells are')} back as before Capaian PK wrote ${cells === 1 ? 'it' : 'them'}${sheets ? `; ${jumlah(sheets, 'sheet', 'sheets')} Capaian PK made deleted` : ''}.`,
  backupDamaged: 'The Capaian PK backup is damaged and cannot be used; nothing was changed.',
  noPk: (sheet) => `Sheet "${sheet}" holds no PK table (Indikator and Target). Nothing was changed.`,
  pengukuranDone: (sheet, n) => `Sheet "${sheet}" prepared: ${n} indicators, targets linked to the PK. Fill in Realisasi; capaian and klasifikasi compute themselves.`,
  noRenstra: 'No Renstra matrix (targets per year) found in the workbook. Nothing was changed.',
  renstraDone: (sheet, n) => `Sheet "${sheet}" built: ${n} indicators compared.`,
  renstraConfirm: (sheet) => `A sheet "${sheet}" already exists and seems to be someone else's. Replace its content? (Restore can bring it back.)`,
  progressRead: 'Reading the sheet...',
  progressAnalyse: 'Analysing tables...',
  progressBackup: 'Saving a backup...',
  progressWrite: 'Writing to the workbook...',
  progressDone: 'Done',
  settingsSaved: 'Settings saved in the workbook.',
};

export const EXCEL: Record<Lang, ExcelMessages> = { id, en };

export function messages(lang: Lang): ExcelMessages {
  return EXCEL[lang] ?? id;
}
export type { Messages };
