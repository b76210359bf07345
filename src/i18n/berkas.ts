/**
 * Why a workbook cannot be used, per XlsxError code (src/xlsx/errors.ts), in Indonesian and
 * English; `name` is the file's name. Browser-safe: the command line and the offline page share it.
 */
import type { XlsxErrorCode } from '../xlsx/errors';

export type Lang = 'id' | 'en';
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

