/**
 * issue 9 part 2: a workbook the reader cannot take gets its own clear message (the adapter's
 * XlsxError code, turned into Indonesian and English by src/cli/galat-berkas.ts), never a raw
 * library or system message; system errors (a missing output folder) likewise.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { zipSync, strToU8 } from 'fflate';
import { main } from '../../src/cli/main';
import { PESAN_BERKAS, pesanBaca, pesanTulis } from '../../src/cli/galat-berkas';
import { XlsxError } from '../../src/xlsx/errors';
import { readWorkbookBytes } from '../../src/xlsx/snapshot';

const KUPANG = path.join(__dirname, '..', 'fixtures', 'kupang-2023.xlsx');
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function ole(withEncryption: boolean): Uint8Array {
  const b = new Uint8Array(4096);
  b.set(OLE, 0);
  if (withEncryption) {
    // a directory entry name is UTF-16LE ([MS-CFB] 2.6.1); [MS-OFFCRYPTO] names the stream EncryptedPackage
    const name = 'EncryptedPackage';
    for (let i = 0; i < name.length; i++) b[1024 + 2 * i] = name.charCodeAt(i);
  }
  return b;
}

async function code(bytes: Uint8Array): Promise<string> {
  try {
    await readWorkbookBytes(bytes);
    return 'read';
  } catch (e) {
    return e instanceof XlsxError ? e.code : `other: ${String(e)}`;
  }
}

const kupang = () => new Uint8Array(fs.readFileSync(KUPANG));

test.each([
  ['an OpenDocument spreadsheet', () => zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') }), 'ods'],
  ['an Excel 97-2003 file', () => ole(false), 'xls'],
  ['a password-protected workbook', () => ole(true), 'terenkripsi'],
  ['a zip that is not a workbook', () => zipSync({ 'a.txt': strToU8('halo') }), 'bukan-buku-kerja'],
  ['a truncated workbook (first half)', () => kupang().subarray(0, Math.floor(kupang().length / 2)), 'terpotong'],
  ['a text file', () => strToU8('No;Indikator;Target\n1;Persentase;80%\n'), 'bukan-xlsx'],
])('%s is refused with its own code', async (_what, make, expected) => {
  expect(await code(make())).toBe(expected);
});

test('the messages: Indonesian and English, name the file, say what to do', () => {
  expect(PESAN_BERKAS.ods.id('a.ods')).toContain('simpan sebagai .xlsx');
  expect(PESAN_BERKAS.xls.id('a.xls')).toContain('simpan sebagai .xlsx');
  expect(PESAN_BERKAS.terenkripsi.id('a.xlsx')).toContain('buka sandinya dulu');
  for (const [c, t] of Object.entries(PESAN_BERKAS)) {
    expect(t.id('x.xlsx')).toContain('x.xlsx');
    expect(t.en('x.xlsx')).toContain('x.xlsx');
    expect(t.en('x.xlsx')).not.toBe(t.id('x.xlsx'));
    expect(c).toMatch(/^[a-z-]+$/);
  }
  const enoent = Object.assign(new Error('ENOENT: no such file or directory, open'), { code: 'ENOENT' });
  expect(pesanBaca(enoent, '/tmp/tidak-ada.xlsx')).toBe('Berkas tidak ditemukan: /tmp/tidak-ada.xlsx');
  expect(pesanTulis(enoent, '/tmp/tidak/ada/hasil.xlsx')).toBe('Folder keluaran tidak ada: /tmp/tidak/ada');
  expect(pesanTulis(enoent, '/tmp/tidak/ada/hasil.xlsx', 'en')).toBe('The output folder does not exist: /tmp/tidak/ada');
});

describe('through the command line', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refused-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const rc = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { rc, out: out.join('\n'), err: err.join('\n') };
  };

  test('an encrypted workbook: exit 2, one Indonesian line, no library text', async () => {
    const f = path.join(dir, 'bersandi.xlsx');
    fs.writeFileSync(f, ole(true));
    const r = await run(['periksa', f]);
    expect(r.rc).toBe(2);
    expect(r.err).toBe('Berkas bersandi.xlsx dilindungi kata sandi: buka sandinya dulu (Excel: File > Info > Proteksi Buku Kerja), lalu simpan sebagai .xlsx.');
  });

  test('a missing output folder: exit 2, the folder named, never ENOENT; nothing written', async () => {
    const out = path.join(dir, 'tidak-ada', 'hasil.xlsx');
    const r = await run(['hitung', KUPANG, '-o', out]);
    expect(r.rc).toBe(2);
    expect(r.err).toBe(`Folder keluaran tidak ada: ${path.join(dir, 'tidak-ada')}`);
    expect(r.err).not.toMatch(/ENOENT/);
    expect(fs.existsSync(path.join(dir, 'tidak-ada'))).toBe(false);
  });
});
