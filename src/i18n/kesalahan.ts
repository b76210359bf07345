/**
 * Errors of Office in plain words. Microsoft: "The message property ... is not intended for use by
 * end users. You should use the error code and appropriate business logic to determine the error
 * message that your add-in shows to end users."
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling)
 * Codes: Excel.ErrorCodes and OfficeExtension.ErrorCodes (learn.microsoft.com/javascript/api/excel/excel.errorcodes).
 */
import type { Lang } from './lang';

const id = {
  sedangMengetik: 'Excel sedang dalam mode mengetik di sel. Tekan Enter atau Esc, lalu ulangi. Tidak ada yang diubah.',
  terkunci: 'Buku kerja atau lembar ini terkunci (diproteksi atau hanya-baca). Buka kuncinya, lalu ulangi. Tidak ada yang diubah.',
  selGabung: 'Sebagian sel yang akan ditulis adalah sel gabungan (merge) yang melintasi tabel. Pisahkan gabungannya, lalu ulangi.',
  selTersaring: 'Lembar sedang disaring (filter). Hapus saringannya, lalu ulangi.',
  terlaluBesar: 'Lembar terlalu besar untuk dibaca sekaligus di Excel untuk web. Coba di Excel desktop, atau bagi lembarnya.',
  tidakDitemukan: 'Lembar atau sel yang dicari tidak ada lagi (mungkin baru dihapus atau diganti namanya). Baca ulang lembar, lalu ulangi.',
  tidakDidukung: 'Versi Excel ini tidak mendukung langkah ini. Perbarui Excel, atau gunakan baris perintah capaian-pk.',
  bentrok: 'Buku kerja sedang diubah orang lain atau proses lain. Tunggu sebentar, lalu ulangi.',
  umum: 'Excel menolak permintaan ini. Simpan buku kerja, baca ulang lembar, lalu ulangi. Bila tetap gagal, gunakan Pulihkan.',
  tidakTerduga: 'Terjadi kesalahan yang tidak terduga. Tidak ada yang diubah; baca ulang lembar, lalu ulangi.',
};

export type KesalahanMessages = typeof id;

const en: KesalahanMessages = {
  sedangMengetik: 'Excel is in cell-editing mode. Press Enter or Esc, then try again. Nothing was changed.',
  terkunci: 'This workbook or sheet is locked (protected or read-only). Unlock it, then try again. Nothing was changed.',
  selGabung: 'Some cells to be written are merged cells that cross the table. Unmerge them, then try again.',
  selTersaring: 'The sheet is filtered. Clear the filter, then try again.',
  terlaluBesar: 'The sheet is too large to read at once in Excel on the web. Try Excel desktop, or split the sheet.',
  tidakDitemukan: 'The sheet or cell looked for is gone (perhaps just deleted or renamed). Read the sheet again, then try again.',
  tidakDidukung: 'This version of Excel does not support this step. Update Excel, or use the capaian-pk command line.',
  bentrok: 'The workbook is being changed by someone or something else. Wait a moment, then try again.',
  umum: 'Excel refused this request. Save the workbook, read the sheet again, then try again. If it still fails, use Restore (Pulihkan).',
  tidakTerduga: 'Something unexpected went wrong. Nothing was changed; read the sheet again, then try again.',
};

export const KESALAHAN: Record<Lang, KesalahanMessages> = { id, en };

const BY_CODE: Record<string, keyof KesalahanMessages> = {
  InvalidOperationInCellEditMode: 'sedangMengetik',
  AccessDenied: 'terkunci',
  MergedRangeConflict: 'selGabung',
  FilteredRangeConflict: 'selTersaring',
  ResponsePayloadSizeLimitExceeded: 'terlaluBesar',
  RequestPayloadSizeLimitExceeded: 'terlaluBesar',
  RangeExceedsLimit: 'terlaluBesar',
  OperationCellsExceedLimit: 'terlaluBesar',
  ItemNotFound: 'tidakDitemukan',
  InvalidReference: 'tidakDitemukan',
  ApiNotFound: 'tidakDidukung',
  NotImplemented: 'tidakDidukung',
  UnsupportedFeature: 'tidakDidukung',
  Conflict: 'bentrok',
  InsertDeleteConflict: 'bentrok',
  GeneralException: 'umum',
  InvalidArgument: 'umum',
  InvalidOperation: 'umum',
};

/**
 * An error whose message was written for the user (from this dictionary): it is shown as it is.
 * Hosts mark theirs with `forUser = true` (src/excel's UserMessage does).
 */
export class PesanPengguna extends Error {
  readonly forUser = true;
}

function forUser(e: unknown): e is Error {
  return e instanceof Error && (e as { forUser?: unknown }).forUser === true;
}

/**
 * What to show a user for a thrown value: a message written for users passes through; an Office
 * error (anything with a string `code`, e.g. RichApi.Error) becomes the dictionary's words for its
 * code; anything else becomes `tidakTerduga`. The raw text never reaches the user.
 */
export function pesanKesalahan(e: unknown, lang: Lang): string {
  const k = KESALAHAN[lang] ?? id;
  if (forUser(e)) return e.message;
  const code = e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : null;
  if (code) return k[BY_CODE[code] ?? 'umum'];
  return k.tidakTerduga;
}
