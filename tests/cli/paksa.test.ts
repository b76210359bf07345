/**
 * `hitung` never writes an output that silently lacks something of the input (docs/baris-perintah.md,
 * `--paksa`): an array formula the plan would write into, and a drawing on a result sheet of an
 * earlier run that this run replaces, are named, and nothing is written (exit 2) unless --paksa.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-paksa-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
  return { code, out, err };
}

function patchZip(file: string, part: string, edit: (xml: string) => string, extra: Record<string, string> = {}): void {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const before = strFromU8(parts[part]);
  const after = edit(before);
  expect(after).not.toBe(before); // the edit took
  parts[part] = strToU8(after);
  for (const [k, v] of Object.entries(extra)) parts[k] = strToU8(v);
  fs.writeFileSync(file, zipSync(parts));
}

/** Pengukuran 2023 with a capaian column F that holds one array formula over F4:F5 (as {=E4:E5/D4:D5}). */
async function withArrayFormula(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pengukuran 2023');
  ws.getCell('A1').value = 'Pengukuran Kinerja Tahun 2023';
  ws.getRow(3).values = ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'];
  ws.getRow(4).values = [1, 'Meningkatnya layanan', 'Persentase pemenuhan layanan makanan', 0.8, 1, 7];
  ws.getRow(5).values = [2, 'Meningkatnya layanan', 'Persentase tahanan mendapatkan layanan kesehatan', 0.8, 0.6, 7];
  for (const a of ['D4', 'E4', 'D5', 'E5']) ws.getCell(a).numFmt = '0%';
  const file = path.join(dir, 'array.xlsx');
  await wb.xlsx.writeFile(file);
  patchZip(file, 'xl/worksheets/sheet1.xml', (xml) =>
    xml.replace(/<c r="F4"([^>]*)><v>7<\/v><\/c>/, '<c r="F4"$1><f t="array" ref="F4:F5">E4:E5/D4:D5</f><v>1.25</v></c>').replace(/<c r="F5"([^>]*)><v>7<\/v><\/c>/, '<c r="F5"$1><v>0.75</v></c>'),
  );
  return file;
}

test('an array formula the plan would write into: named, nothing written, exit 2; with --paksa written and named', async () => {
  const file = await withArrayFormula();
  const out = path.join(dir, 'out.xlsx');
  const refused = await run(['hitung', file, '-o', out]);
  expect(refused.code).toBe(2);
  expect(refused.err).toContain('rumus array di Pengukuran 2023!F4:F5');
  expect(refused.err).toContain('--paksa');
  expect(fs.existsSync(out)).toBe(false);

  const forced = await run(['hitung', file, '-o', out, '--paksa']);
  expect(forced.code).not.toBe(2);
  expect(forced.out).toContain('dengan --paksa, keluaran ditulis tanpa: rumus array di Pengukuran 2023!F4:F5');
  expect(fs.existsSync(out)).toBe(true);
});

test('a drawing added to the Temuan sheet of an earlier run: named on the rerun, written only with --paksa', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pengukuran 2023');
  ws.getCell('A1').value = 'Pengukuran Kinerja Tahun 2023';
  ws.getRow(3).values = ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi'];
  ws.getRow(4).values = [1, 'Meningkatnya layanan', 'Persentase pemenuhan layanan makanan', 0.8, 1];
  ws.getRow(5).values = [2, 'Meningkatnya layanan', 'Persentase tahanan mendapatkan layanan kesehatan', 0.8, '1 Layanan'];
  const file = path.join(dir, 'pk.xlsx');
  await wb.xlsx.writeFile(file);
  const first = path.join(dir, 'pk.capaian.xlsx');
  expect((await run(['hitung', file])).code).not.toBe(2);
  // A rerun on the first output, unchanged, is written (nothing to lose) ...
  expect((await run(['hitung', first, '-o', path.join(dir, 'again.xlsx')])).code).not.toBe(2);
  // ... but not once a person put a picture on its Temuan sheet.
  const parts = unzipSync(new Uint8Array(fs.readFileSync(first)));
  const wbXml = strFromU8(parts['xl/workbook.xml']);
  const rid = /<sheet [^>]*name="Temuan"[^>]*r:id="(rId\d+)"/.exec(wbXml)?.[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(strFromU8(parts['xl/_rels/workbook.xml.rels']))?.[1] ?? '';
  const sheetPart = `xl/${target.replace(/^\/?xl\//, '')}`;
  const relsPart = sheetPart.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = parts[relsPart] ? strFromU8(parts[relsPart]) : '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const withDrawing = rels.replace('</Relationships>', '<Relationship Id="rIdGambar" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing9.xml"/></Relationships>');
  fs.writeFileSync(first, zipSync({ ...parts, [relsPart]: strToU8(withDrawing), 'xl/drawings/drawing9.xml': strToU8('<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>') }));
  const out = path.join(dir, 'rerun.xlsx');
  const refused = await run(['hitung', first, '-o', out]);
  expect(refused.code).toBe(2);
  expect(refused.err).toContain('lembar "Temuan" (hasil proses sebelumnya, diganti) memuat 1 bagian tambahan');
  expect(fs.existsSync(out)).toBe(false);
  const forced = await run(['hitung', first, '-o', out, '--paksa']);
  expect(forced.code).not.toBe(2);
  expect(fs.existsSync(out)).toBe(true);
});

test('--paksa is refused outside hitung', async () => {
  const r = await run(['periksa', 'x.xlsx', '--paksa']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('Opsi --paksa hanya untuk perintah hitung.');
});
