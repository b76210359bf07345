/**
 * Opening a workbook from bytes (browser-safe): what kind of file it is, and a package exceljs can
 * load. A file that is not an .xlsx workbook is refused with an XlsxError code (never a library's
 * message): an OLE container is a password-protected workbook when it holds an EncryptedPackage
 * stream ([MS-OFFCRYPTO] §2.3.4.4), else an Excel 97-2003 .xls ([MS-CFB] signature D0 CF 11 E0);
 * a zip with a `mimetype` of application/vnd.oasis.opendocument.spreadsheet is an .ods (ODF 1.2
 * Part 3 §3.3); a zip without a workbook part is not a workbook; a zip whose directory is missing
 * or points past the end is truncated.
 */
import { XlsxError } from './errors';
import { Package, relativeTarget, workbookPart } from './package';
import type { Codec } from './zip';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function utf16(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The package of an .xlsx workbook, or an XlsxError saying what the file is instead. */
export function openPackage(bytes: Uint8Array, codec?: Codec): Package {
  if (bytes.length >= 8 && OLE.every((b, i) => bytes[i] === b)) {
    throw new XlsxError(contains(bytes, utf16('EncryptedPackage')) ? 'terenkripsi' : 'xls');
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxError('bukan-xlsx');
  const pkg = new Package(bytes, codec);
  const mime = pkg.has('mimetype') ? pkg.text('mimetype') ?? '' : '';
  if (/opendocument/.test(mime)) throw new XlsxError('ods', mime.trim());
  workbookPart(pkg);
  return pkg;
}

/**
 * The bytes exceljs should load: the same bytes, unless a relationship names its target with an
 * absolute path (`/xl/worksheets/sheet1.xml`, as openpyxl writes), which exceljs cannot follow:
 * those relationship parts are rewritten with the equivalent relative targets.
 */
export function bytesForExcelJs(pkg: Package, bytes: Uint8Array): Uint8Array {
  let changed = false;
  for (const part of pkg.parts()) {
    if (!/\.rels$/i.test(part)) continue;
    const xml = pkg.text(part) ?? '';
    if (!/Target\s*=\s*"\//.test(xml)) continue;
    const source = sourceOfRels(part);
    const out = xml.replace(/(<(?:\w+:)?Relationship\b[^>]*?Target\s*=\s*")\/([^"]*)"/g, (m, head: string, abs: string) => {
      if (/TargetMode\s*=\s*"External"/.test(m)) return m;
      return `${head}${relativeTarget(source, abs)}"`;
    });
    pkg.setText(part, out);
    changed = true;
  }
  return changed ? pkg.toBytes() : bytes;
}

function sourceOfRels(rels: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/i.exec(rels);
  return m ? `${m[1]}${m[2]}` : '';
}
