/**
 * `capaian-pk rekap` on the seed fixtures plus copies under other unit names: every sheet's rows
 * checked against the single-file `periksa --json` results, klasifikasi colours present as
 * conditional formats (read back from the written file), `Tidak Terbaca` naming each refused file.
 */
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { normaliseName } from '../../src/core/names';
import { kamus } from '../../src/i18n';

const FIXTURES = path.resolve(__dirname, '../fixtures');
let dir: string;
let rekapFile: string;
let code: number;
let stdout: string;
let wb: ExcelJS.Workbook;

interface Ind {
  indikator: string;
  capaian: number | null;
  klasifikasi: string;
  status: string;
}
interface Periksa {
  file: string;
  tables: Array<{ kind: string; year: number | null; indicators: Ind[] }>;
  findings: Array<{ rule: string; severity: string; sheet: string; cell: string; message: string }>;
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const c = await main(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
  return { code: c, out, err };
}

/** A copy of a fixture with cells replaced (title of another unit, a renamed indicator). */
async function copyWith(src: string, dst: string, cells: Array<[string, string, string]>): Promise<void> {
  const w = new ExcelJS.Workbook();
  await w.xlsx.readFile(path.join(FIXTURES, src));
  for (const [sheet, addr, text] of cells) w.getWorksheet(sheet)!.getCell(addr).value = text;
  await w.xlsx.writeFile(path.join(dir, dst));
}

/** Files in the order the rekap reads them (folder sorted by name). */
const READABLE = ['atambua-2023.xlsx', 'balikpapan-2022.xlsx', 'kerobokan-ra-2024.xlsx', 'kupang-2023.xlsx', 'sarolangun-2022.xlsx', 'soe-2023.xlsx', 'waingapu-2022.xlsx', 'zz-kupang-salinan.xlsx'];
/**
 * The unit names the titles give (by hand, from the fixtures' title rows):
 * atambua: PK 2023!A1 replaced by 'Perjanjian Kinerja Rutan Kelas IIB Atambua Tahun 2023' -> 'Rutan Kelas IIB Atambua';
 * balikpapan A1 'Tabel 3.1 Capaian Perjanjian Kinerja Rumah Tahanan Negara Kelas IIB Balikpapan';
 * kerobokan A2 'LEMBAGA PEMASYARAKATAN KELAS II A KEROBOKAN'; kupang 'Perjanjian Kinerja Rutan Kelas IIB Kupang Tahun 2023';
 * sarolangun and soe have no unit in their titles: the file name; waingapu: balikpapan's titles replaced by
 * 'Capaian Perjanjian Kinerja Rumah Tahanan Negara Kelas IIB Waingapu'; zz-kupang-salinan: an unchanged copy.
 */
const SATKER = [
  'Rutan Kelas IIB Atambua',
  'Rumah Tahanan Negara Kelas IIB Balikpapan',
  'LEMBAGA PEMASYARAKATAN KELAS II A KEROBOKAN',
  'Rutan Kelas IIB Kupang',
  'sarolangun-2022',
  'soe-2023',
  'Rumah Tahanan Negara Kelas IIB Waingapu',
  'Rutan Kelas IIB Kupang',
];
/**
 * The analysis year: the most common year of the pengukuran tables, ties to the latest, else the
 * PK / Rencana Aksi year (docs/aturan.md). Balikpapan: four 2022 tables; kerobokan: Rencana Aksi
 * 2024 only; kupang: Pengukuran 2023 and 2022, tie -> 2023; sarolangun: 2022; soe: its only
 * pengukuran table is `Capaian 2022`.
 */
const TAHUN = [2023, 2022, 2024, 2023, 2022, 2022, 2022, 2023];

/** Kupang's first indicator, as its Pengukuran 2023 sheet writes it in C4 (renamed near it in the Atambua copy). */
const KUPANG_C4 = '1. Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai dengan standar';

let single: Periksa[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaianpk-rekap-'));
  for (const f of ['balikpapan-2022.xlsx', 'kerobokan-ra-2024.xlsx', 'kupang-2023.xlsx', 'sarolangun-2022.xlsx', 'soe-2023.xlsx']) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  fs.copyFileSync(path.join(FIXTURES, 'kupang-2023.xlsx'), path.join(dir, 'zz-kupang-salinan.xlsx'));
  const kupangC4 = (await cellText('kupang-2023.xlsx', 'Pengukuran 2023', 'C4'));
  expect(kupangC4.replace(/\s+/g, ' ')).toBe(KUPANG_C4);
  // One word less ('dengan'): normalised 'persentase pemenuhan layanan makanan bagi tahanan narapidana
  // anak sesuai dengan standar' has 11 words, the copy 10, all shared: Dice 2*10/21 = 0.9524 >= 0.85.
  await copyWith('kupang-2023.xlsx', 'atambua-2023.xlsx', [
    ['PK 2023', 'A1', 'Perjanjian Kinerja Rutan Kelas IIB Atambua Tahun 2023'],
    ['Pengukuran 2023', 'C4', '1. Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai standar'],
  ]);
  await copyWith('balikpapan-2022.xlsx', 'waingapu-2022.xlsx', [
    ['Capaian PK 2022', 'A1', 'Tabel 3.1 Capaian Perjanjian Kinerja Rumah Tahanan Negara Kelas IIB Waingapu'],
    ['Kinerja dan Anggaran 2022', 'A1', 'Tabel 3.2 Capaian Kinerja dan Anggaran Rumah Tahanan Negara Kelas IIB Waingapu'],
  ]);
  fs.writeFileSync(path.join(dir, 'rusak.xlsx'), 'bukan zip');
  const c = new ExcelJS.Workbook();
  c.addWorksheet('Catatan').getCell('A1').value = 'Daftar hadir';
  await c.xlsx.writeFile(path.join(dir, 'catatan.xlsx'));

  single = [];
  for (const f of READABLE) {
    const r = await run(['periksa', path.join(dir, f), '--json']);
    expect(r.code).toBeLessThan(2);
    single.push(JSON.parse(r.out));
  }
  rekapFile = path.join(dir, 'keluaran', 'rekap.xlsx');
  const r = await run(['rekap', dir, '-o', rekapFile]);
  code = r.code;
  stdout = r.out;
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(rekapFile);
}, 120000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cellText(file: string, sheet: string, addr: string): Promise<string> {
  const w = new ExcelJS.Workbook();
  await w.xlsx.readFile(path.join(dir, file));
  return String(w.getWorksheet(sheet)!.getCell(addr).value);
}

/** Data rows (header excluded) as arrays, column A first. */
function rows(sheet: string): unknown[][] {
  const ws = wb.getWorksheet(sheet)!;
  const out: unknown[][] = [];
  ws.eachRow((r, i) => {
    if (i > 1) out.push((r.values as unknown[]).slice(1));
  });
  return out;
}
function header(sheet: string): unknown[] {
  return (wb.getWorksheet(sheet)!.getRow(1).values as unknown[]).slice(1);
}

/** The pengukuran indicators of the analysis year, from the single-file periksa result. */
function pengukuran(j: Periksa, tahun: number): Ind[] {
  return j.tables.filter((t) => t.kind === 'pengukuran' && (t.year === null || t.year === tahun)).flatMap((t) => t.indicators);
}

const LABELS = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah', 'Tidak dapat diukur'];

test('exit 1 (galat in some workbooks) and the summary names the refused files', () => {
  expect(code).toBe(1);
  expect(stdout).toContain('Capaian PK: rekap 10 berkas; 8 terbaca, 2 tidak terbaca;');
  expect(stdout).toContain(`Ditulis: ${rekapFile}`);
});

test('Rekap Satker: a row per workbook, every figure from its periksa result', () => {
  expect(header('Rekap Satker')).toEqual(['No', 'Berkas', 'Satuan kerja', 'Tahun', 'Indikator', 'Capaian dihitung', 'N/A', 'Rata-rata capaian', ...LABELS, 'Galat', 'Peringatan', 'Info']);
  const rs = rows('Rekap Satker');
  expect(rs).toHaveLength(READABLE.length);
  rs.forEach((r, k) => {
    const j = single[k];
    const inds = pengukuran(j, TAHUN[k]);
    const nums = inds.filter((i) => i.capaian !== null).map((i) => i.capaian as number);
    const sev = (s: string) => j.findings.filter((f) => f.severity === s).length;
    const expected: unknown[] = [k + 1, path.join(dir, READABLE[k]), SATKER[k], TAHUN[k], inds.length, nums.length, inds.filter((i) => i.status === 'na').length];
    expect(r.slice(0, 7)).toEqual(expected);
    if (nums.length) expect(r[7] as number).toBeCloseTo(nums.reduce((a, b) => a + b, 0) / nums.length, 9);
    else expect(r[7] ?? null).toBeNull();
    expect(r.slice(8, 14)).toEqual(LABELS.map((l) => inds.filter((i) => i.klasifikasi === l).length));
    expect(r.slice(14)).toEqual([sev('galat'), sev('peringatan'), sev('info')]);
  });
  // Kerobokan holds only a Rencana Aksi table: no measured indicator (count 0, no mean).
  expect(Array.from(rs[2].slice(4, 8), (x) => x ?? null)).toEqual([0, 0, 0, null]);
});

test('Rekap Indikator: a column per satuan kerja (same names told apart by file), capaian as in periksa', () => {
  const head = header('Rekap Indikator');
  expect(head.slice(0, 5)).toEqual(['No', 'Indikator', 'Jumlah satker', 'Rata-rata capaian', 'Nama serupa (tidak digabung)']);
  expect(head.slice(5)).toEqual(SATKER.map((s, k) => (s === 'Rutan Kelas IIB Kupang' ? `${s} (${path.join(dir, READABLE[k])})` : s)));
  const rs = rows('Rekap Indikator');
  const byKey = new Map(rs.map((r) => [normaliseName(String(r[1])), r]));
  expect(byKey.size).toBe(rs.length); // no two rows share a normalised name
  single.forEach((j, k) => {
    const seen = new Set<string>();
    for (const i of pengukuran(j, TAHUN[k])) {
      const key = normaliseName(i.indikator);
      if (seen.has(key)) continue; // the first occurrence in a workbook is the one shown
      seen.add(key);
      const r = byKey.get(key)!;
      expect(r).toBeDefined();
      const v = r[5 + k];
      if (i.capaian === null) expect(v).toBe('N/A');
      else expect(v as number).toBeCloseTo(i.capaian, 9);
    }
    // A satker holds a value only on its own indicators.
    const own = new Set(pengukuran(j, TAHUN[k]).map((i) => normaliseName(i.indikator)));
    for (const [key, r] of byKey) if (!own.has(key)) expect(r[5 + k] ?? null).toBeNull();
  });
  for (const r of rs) expect(r[2]).toBe(r.slice(5).filter((v) => v !== null && v !== undefined).length);
});

test('a near name stays its own row and both rows name each other', () => {
  const rs = rows('Rekap Indikator');
  const kupang = rs.find((r) => normaliseName(String(r[1])) === normaliseName(KUPANG_C4))!;
  const atambua = rs.find((r) => normaliseName(String(r[1])) === normaliseName('Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai standar'))!;
  expect(kupang).toBeDefined();
  expect(atambua).toBeDefined();
  expect(kupang).not.toBe(atambua);
  // Shown as first written (kupang-2023.xlsx, read before the others holding it), without its numbering '1. '.
  expect(kupang[1]).toBe('Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai dengan standar');
  // The original name is measured in kupang (Pengukuran 2023 row 4), its unchanged copy, sarolangun
  // (Capaian Kinerja 2022 row 24) and soe (Capaian 2022 row 7): 4 satker; Atambua alone has the shortened one.
  expect(kupang[2]).toBe(4);
  expect(atambua[2]).toBe(1);
  expect(String(kupang[4])).toContain(`${atambua[1]} (kemiripan 95,24%)`);
  expect(String(atambua[4])).toContain(`${kupang[1]} (kemiripan 95,24%)`);
});

test('Temuan: every finding of every workbook with its satuan kerja, sheet and cell', () => {
  const rs = rows('Temuan');
  // as each workbook's Temuan sheet: the rule in words (Aturan), its id in the last column (Kode aturan)
  expect(header('Temuan')).toEqual(['No', 'Satuan kerja', 'Berkas', 'Lembar', 'Sel', 'Tingkat', 'Aturan', 'Pesan', 'Kode aturan']);
  const words = kamus('id').ui.rule as Record<string, string>;
  const expected = single.flatMap((j, k) =>
    j.findings.map((f) => [SATKER[k], path.join(dir, READABLE[k]), f.sheet, f.cell, f.severity, words[f.rule], f.message.replace(/\s*\n\s*/g, ' '), f.rule]),
  );
  expect(expected.every((r) => typeof r[5] === 'string' && r[5] !== r[7])).toBe(true);
  expect(rs.map((r) => r.slice(1))).toEqual(expected);
  expect(rs.map((r) => r[0])).toEqual(expected.map((_, k) => k + 1));
});

test('Tidak Terbaca: each refused file with its reason', () => {
  expect(header('Tidak Terbaca')).toEqual(['No', 'Berkas', 'Alasan']);
  expect(rows('Tidak Terbaca')).toEqual([
    [1, path.join(dir, 'catatan.xlsx'), 'Tidak ada tabel PK yang dikenali di catatan.xlsx (1 lembar dibaca).'],
    [2, path.join(dir, 'rusak.xlsx'), 'Berkas rusak.xlsx bukan buku kerja .xlsx (format tidak dikenali).'],
  ]);
});

test('klasifikasi colours are conditional formats over the capaian columns (read back)', () => {
  const ws = wb.getWorksheet('Rekap Indikator')!;
  const n = rows('Rekap Indikator').length;
  // Columns F.. (6th on) hold the 8 satker: F..M; rows 2..n+1.
  const cf = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }> }> }).conditionalFormattings;
  const satker = cf.find((c) => c.ref === `F2:M${n + 1}`)!;
  expect(satker).toBeDefined();
  expect(satker.rules.map((r) => r.type)).toEqual(Array(6).fill('expression'));
  // Permendagri 86/2017 bands: >= 91, 76..<91, 66..<76, 51..<66, < 51, and the N/A text.
  expect(satker.rules.map((r) => r.formulae[0])).toEqual([
    'AND(ISNUMBER(F2),ROUND(F2,9)>=91)',
    'AND(ISNUMBER(F2),ROUND(F2,9)>=76,ROUND(F2,9)<91)',
    'AND(ISNUMBER(F2),ROUND(F2,9)>=66,ROUND(F2,9)<76)',
    'AND(ISNUMBER(F2),ROUND(F2,9)>=51,ROUND(F2,9)<66)',
    'AND(ISNUMBER(F2),ROUND(F2,9)<51)',
    'F2="N/A"',
  ]);
  expect(new Set(satker.rules.map((r) => r.style.fill.bgColor.argb)).size).toBe(6);
  // Independent of exceljs's reader: the sheet XML holds the rules.
  const zip = unzipSync(new Uint8Array(fs.readFileSync(rekapFile)));
  const xml = strFromU8(zip['xl/worksheets/sheet2.xml']);
  expect(xml).toContain(`<conditionalFormatting sqref="F2:M${n + 1}">`);
  expect(xml.match(/<cfRule type="expression"/g)!.length).toBe(12); // 6 on the mean column D, 6 on F:M
});

test('every sheet: frozen header row, autofilter, widths that fit, landscape one page wide, header repeated', () => {
  for (const name of ['Rekap Satker', 'Rekap Indikator', 'Temuan', 'Tidak Terbaca']) {
    const ws = wb.getWorksheet(name)!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(String(ws.autoFilter)).toMatch(/^A1:[A-Z]+\d+$/);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    ws.columns.forEach((c) => {
      const longest = Math.max(...(c.values as unknown[]).filter((v) => typeof v === 'string').map((v) => (v as string).length), 0);
      expect(c.width).toBeGreaterThanOrEqual(Math.min(60, longest));
    });
  }
});

test('running twice writes the same rekap (the rekap in the input folder is not read)', async () => {
  const inside = path.join(dir, 'rekap.xlsx');
  const a = await run(['rekap', dir, '-o', inside]);
  const b = await run(['rekap', dir, '-o', inside]);
  expect(b.code).toBe(a.code);
  expect(b.out).toBe(a.out);
  const w = new ExcelJS.Workbook();
  await w.xlsx.readFile(inside);
  expect(w.getWorksheet('Rekap Satker')!.rowCount).toBe(READABLE.length + 1);
  fs.rmSync(inside);
});

test('no usable input: exit 2, the rekap still written with every refused file and its reason', async () => {
  const out = path.join(dir, 'keluaran', 'kosong.xlsx');
  const r = await run(['rekap', path.join(dir, 'rusak.xlsx'), path.join(dir, 'tidak-ada.xlsx'), '-o', out]);
  expect(r.code).toBe(2);
  const w = new ExcelJS.Workbook();
  await w.xlsx.readFile(out);
  expect(w.getWorksheet('Rekap Satker')!.rowCount).toBe(1);
  const rs: unknown[][] = [];
  w.getWorksheet('Tidak Terbaca')!.eachRow((row, i) => {
    if (i > 1) rs.push((row.values as unknown[]).slice(1));
  });
  expect(rs).toEqual([
    [1, path.join(dir, 'rusak.xlsx'), 'Berkas rusak.xlsx bukan buku kerja .xlsx (format tidak dikenali).'],
    [2, path.join(dir, 'tidak-ada.xlsx'), `Berkas tidak ditemukan: ${path.join(dir, 'tidak-ada.xlsx')}`],
  ]);
});

test('the rekap over an input is refused and nothing is written', async () => {
  const target = path.join(dir, 'soe-2023.xlsx');
  const before = fs.readFileSync(target);
  const r = await run(['rekap', target, path.join(dir, 'kupang-2023.xlsx'), '-o', target]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('Berkas rekap tidak boleh sama dengan berkas masukan');
  expect(fs.readFileSync(target).equals(before)).toBe(true);
});

test('long text wraps in rows tall enough for it; Tingkat is coloured by severity', () => {
  const ws = wb.getWorksheet('Temuan')!;
  const pesan = ws.getColumn(8);
  // messages run past the widest column (60): the column wraps, top-aligned
  expect(pesan.width).toBe(60);
  expect(pesan.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  // a row's height follows its longest message: linesOf() lines of 15 pt each
  const rs = rows('Temuan');
  const longest = rs.reduce((k, r, i) => (String(r[7]).length > String(rs[k][7]).length ? i : k), 0);
  const text = String(rs[longest][7]);
  expect(text.length).toBeGreaterThan(120); // at least three lines of about 65 characters
  expect(ws.getRow(longest + 2).height).toBeGreaterThanOrEqual(3 * 15);
  const cf = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }).conditionalFormattings;
  expect(cf.find((c) => c.ref === `F2:F${rs.length + 1}`)?.rules.map((r) => r.formulae[0])).toEqual(['F2="galat"', 'F2="peringatan"', 'F2="info"']);
});
