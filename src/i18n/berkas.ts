/**
 * Why a workbook cannot be used, per XlsxError code (src/xlsx/errors.ts), in Indonesian and
 * English (a section of the one dictionary, src/i18n/index.ts); `name` is the file's name. Browser-safe: the command line and the offline page share it.
 */
import type { XlsxErrorCode } from '../xlsx/errors';
import type { Lang } from './lang';

export type { Lang } from './lang';
export type Text = Record<Lang, (name: string) => string>;

export const PESAN_BERKAS: Record<XlsxErrorCode, Text> = {
  ods: {
    id: (f) => `Berkas ${f} adalah lembar kerja OpenDocument (.ods): buka lalu simpan sebagai .xlsx.`,
    en: (f) => `${f} is an OpenDocument spreadsheet (.ods): open it and save it as .xlsx.`,
  },
  xls: {
    id: (f) => `Berkas ${f} berformat Excel 97-2003 (.xls): buka di Excel lalu simpan sebagai .xlsx.`,
    en: (f) => `${f} is an Excel 97-2003 workbook (.xls): open it in Excel and save it as .xlsx.`,
  },
  terenkripsi: {
    id: (f) => `Berkas ${f} dilindungi kata sandi: buka sandinya dulu (Excel: File > Info > Proteksi Buku Kerja), lalu simpan sebagai .xlsx.`,
    en: (f) => `${f} is password-protected: remove the password first (Excel: File > Info > Protect Workbook), then save it as .xlsx.`,
  },
  'bukan-buku-kerja': {
    id: (f) => `Berkas ${f} adalah arsip zip tetapi bukan buku kerja Excel (.xlsx).`,
    en: (f) => `${f} is a zip archive but not an Excel workbook (.xlsx).`,
  },
  'bukan-xlsx': {
    id: (f) => `Berkas ${f} bukan buku kerja .xlsx (format tidak dikenali).`,
    en: (f) => `${f} is not an .xlsx workbook (unknown format).`,
  },
  terpotong: {
    id: (f) => `Berkas ${f} terpotong atau rusak (unduhan/salinan tidak lengkap): ambil ulang berkasnya.`,
    en: (f) => `${f} is truncated or damaged (an incomplete download or copy): get the file again.`,
  },
  rusak: {
    id: (f) => `Berkas ${f} rusak: isinya tidak dapat dibaca sebagai buku kerja .xlsx.`,
    en: (f) => `${f} is damaged: its content cannot be read as an .xlsx workbook.`,
  },
};


/** The section of the one dictionary: per language, the message of each code. */
export type BerkasMessages = Record<XlsxErrorCode, (name: string) => string>;

function berkasIn(lang: Lang): BerkasMessages {
  const out = {} as BerkasMessages;
  for (const code of Object.keys(PESAN_BERKAS) as XlsxErrorCode[]) out[code] = PESAN_BERKAS[code][lang];
  return out;
}

export const BERKAS: Record<Lang, BerkasMessages> = { id: berkasIn('id'), en: berkasIn('en') };
