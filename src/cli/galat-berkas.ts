/**
 * One-line reasons for a workbook the command line cannot read or write: the file adapter's
 * XlsxError codes and the system's error codes (ENOENT, EACCES, ...), in Indonesian with English
 * beside them. A raw library or system message never reaches the user.
 */
import * as path from 'path';
import { PESAN_BERKAS, type Lang, type Text } from '../i18n/berkas';
import { XlsxError } from '../xlsx/errors';

export { PESAN_BERKAS };

const SISTEM_BACA: Record<string, Text> = {
  ENOENT: { id: (f) => `Berkas tidak ditemukan: ${f}`, en: (f) => `File not found: ${f}` },
  EACCES: { id: (f) => `Tidak ada izin membaca berkas ${f}.`, en: (f) => `No permission to read ${f}.` },
  EPERM: { id: (f) => `Tidak ada izin membaca berkas ${f}.`, en: (f) => `No permission to read ${f}.` },
  EISDIR: { id: (f) => `Bukan berkas: ${f}`, en: (f) => `Not a file: ${f}` },
};

const SISTEM_TULIS: Record<string, Text> = {
  ENOENT: { id: (f) => `Folder keluaran tidak ada: ${path.dirname(f)}`, en: (f) => `The output folder does not exist: ${path.dirname(f)}` },
  ENOTDIR: { id: (f) => `Folder keluaran tidak ada: ${path.dirname(f)}`, en: (f) => `The output folder does not exist: ${path.dirname(f)}` },
  EACCES: { id: (f) => `Tidak ada izin menulis ${f}.`, en: (f) => `No permission to write ${f}.` },
  EPERM: { id: (f) => `Tidak ada izin menulis ${f}.`, en: (f) => `No permission to write ${f}.` },
  EROFS: { id: (f) => `Tidak dapat menulis ${f}: penyimpanan hanya-baca.`, en: (f) => `Cannot write ${f}: read-only storage.` },
  EISDIR: { id: (f) => `Keluaran ${f} adalah folder; berikan nama berkas .xlsx.`, en: (f) => `The output ${f} is a folder; give an .xlsx file name.` },
  ENOSPC: { id: (f) => `Ruang penyimpanan penuh: ${f} tidak dapat ditulis.`, en: (f) => `No space left: ${f} cannot be written.` },
  EBUSY: { id: (f) => `Berkas ${f} sedang dipakai program lain (tutup dulu di Excel).`, en: (f) => `${f} is in use by another program (close it in Excel first).` },
};

function codeOf(e: unknown): string {
  return e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '';
}

/** The reason a workbook could not be read (an XlsxError or a system error), in one line. */
export function pesanBaca(e: unknown, file: string, lang: Lang = 'id'): string {
  if (e instanceof XlsxError) return PESAN_BERKAS[e.code][lang](path.basename(file));
  const t = SISTEM_BACA[codeOf(e)];
  if (t) return t[lang](file);
  return lang === 'id' ? `Berkas ${file} tidak dapat dibaca${codeOf(e) ? ` (${codeOf(e)})` : ''}.` : `${file} cannot be read${codeOf(e) ? ` (${codeOf(e)})` : ''}.`;
}

/** The reason an output could not be written, in one line. */
export function pesanTulis(e: unknown, out: string, lang: Lang = 'id'): string {
  const t = SISTEM_TULIS[codeOf(e)];
  if (t) return t[lang](out);
  return lang === 'id' ? `Tidak dapat menulis ${out}${codeOf(e) ? ` (${codeOf(e)})` : ''}.` : `Cannot write ${out}${codeOf(e) ? ` (${codeOf(e)})` : ''}.`;
}
