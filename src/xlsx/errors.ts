/**
 * Why the file adapter refuses a workbook, as a code the host turns into text (src/cli maps
 * them to Indonesian with English in the dictionary). Never a raw library message.
 */
export type XlsxErrorCode =
  /** An OpenDocument spreadsheet (.ods): save it as .xlsx. */
  | 'ods'
  /** An Excel 97-2003 workbook (.xls, an OLE container without encryption streams): save it as .xlsx. */
  | 'xls'
  /** A password-protected workbook (an OLE container holding EncryptionInfo/EncryptedPackage). */
  | 'terenkripsi'
  /** A zip that holds no workbook (no [Content_Types].xml or no xl/workbook.xml). */
  | 'bukan-buku-kerja'
  /** Not a zip and not an OLE container (a text file, an image, ...). */
  | 'bukan-xlsx'
  /** The zip's directory is missing or points past the end: a truncated download or copy. */
  | 'terpotong'
  /** A part that cannot be inflated or parsed. */
  | 'rusak';

export class XlsxError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'XlsxError';
  }
}
