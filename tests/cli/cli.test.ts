import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/xlsx/read';
import { cellAt } from '../../src/core/grid';
import { parseBackup, writtenKey, type BackupData } from '../../src/core/ledger';
import { ensureBuilt } from './built';

const ROOT = path.resolve(__dirname, '../..');
let dir: string;

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
  return { code, out, err };
}

/** Pengukuran 2023: two indicators, 80% -> 100% (capaian 125) and 80% -> 60% (capaian 75). */
async function okWorkbook(file: string, opts: { galat?: boolean; settings?: string } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pengukuran 2023');
  ws.getCell('A1').value = 'Pengukuran Kinerja Tahun 2023';
  ws.getRow(3).values = ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi'];
  ws.getRow(3).font = { bold: true };
  ws.getRow(4).values = [1, 'Meningkatnya layanan', 'Persentase pemenuhan layanan makanan', 0.8, 1];
  ws.getRow(5).values = [2, null, 'Persentase tahanan mendapatkan layanan kesehatan', 0.8, 0.6];
  for (const a of ['D4', 'E4', 'D5', 'E5']) ws.getCell(a).numFmt = '0%';
  ws.mergeCells('B4:B5');
  if (opts.galat) ws.getRow(6).values = [3, null, 'Tersusunnya dokumen rencana kerja', '1 Layanan', '100%'];
  ws.getCell('D4').note = 'Catatan pengguna: target dari PK';
  if (opts.settings) {
    const s = wb.addWorksheet('_capaianpk', { state: 'veryHidden' });
    s.getCell('A1').value = opts.settings;
  }
  const p = path.join(dir, file);
  await wb.xlsx.writeFile(p);
  return p;
}

function sha(p: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaianpk-cli-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('periksa', () => {
  test('human summary, exit 0 without galat, input untouched', async () => {
    const f = await okWorkbook('ok.xlsx');
    const before = sha(f);
    const r = await run(['periksa', f]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('Tabel dikenali: 1');
    expect(r.out).toContain('Indikator: 2; capaian: 2; N/A: 0');
    expect(sha(f)).toBe(before);
    expect(fs.readdirSync(dir).filter((x) => x.startsWith('ok'))).toEqual(['ok.xlsx']);
  });
  test('--json: one object with tables, indicators (percent points) and findings', async () => {
    const f = await okWorkbook('json.xlsx');
    const r = await run(['periksa', f, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.file).toBe('json.xlsx');
    expect(j.tables).toHaveLength(1);
    const t = j.tables[0];
    expect(t).toMatchObject({ sheet: 'Pengukuran 2023', kind: 'pengukuran', headerRow: 3, year: 2023 });
    expect(t.columns).toMatchObject({ indikator: 'C', target: 'D', realisasi: 'E' });
    expect(t.indicators.map((i: { row: number; target: number; realisasi: number; capaian: number; klasifikasi: string }) => [i.row, i.target, i.realisasi, i.capaian, i.klasifikasi])).toEqual([
      [4, 80, 100, 125, 'Sangat Tinggi'],
      [5, 80, 60, 75, 'Sedang'],
    ]);
    expect(Array.isArray(j.findings)).toBe(true);
  });
  test('galat present: exit 1 and the finding line', async () => {
    const f = await okWorkbook('galat.xlsx', { galat: true });
    const r = await run(['periksa', f]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Pengukuran 2023!\w+6 \[galat\] satuan-tidak-cocok: /);
    expect(r.out).toContain('satuan-tidak-cocok: 1');
  });
  test('settings stored in the workbook are used; --skala overrides them', async () => {
    const f = await okWorkbook('skala.xlsx', { settings: '{"skala":"keberhasilan"}' });
    const stored = JSON.parse((await run(['periksa', f, '--json'])).out);
    expect(stored.tables[0].indicators.map((i: { klasifikasi: string }) => i.klasifikasi)).toEqual(['Sangat Berhasil', 'Berhasil']);
    const over = JSON.parse((await run(['periksa', f, '--json', '--skala', 'baik-kurang'])).out);
    expect(over.tables[0].indicators.map((i: { klasifikasi: string }) => i.klasifikasi)).toEqual(['Sangat Baik', 'Cukup']);
  });
});

describe('exit 2 with a one-line Indonesian reason', () => {
  const oneLine = (s: string) => s.trim().split('\n').length === 1;
  test('missing file', async () => {
    const r = await run(['periksa', path.join(dir, 'tidak-ada.xlsx')]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(true);
    expect(r.err).toMatch(/^Berkas tidak ditemukan/);
  });
  test('not an xlsx', async () => {
    const f = path.join(dir, 'teks.xlsx');
    fs.writeFileSync(f, 'bukan buku kerja\n');
    const r = await run(['hitung', f]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(true);
    expect(r.err).toContain('bukan buku kerja .xlsx');
  });
  test('a zip that is not a workbook', async () => {
    const f = path.join(dir, 'zip.xlsx');
    fs.writeFileSync(f, Buffer.from('504b0506000000000000000000000000000000000000', 'hex'));
    const r = await run(['periksa', f]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(true);
  });
  test('no PK table recognised', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Catatan').getCell('A1').value = 'Daftar hadir rapat';
    const f = path.join(dir, 'kosong.xlsx');
    await wb.xlsx.writeFile(f);
    const r = await run(['periksa', f]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Tidak ada tabel PK yang dikenali/);
    expect(oneLine(r.err)).toBe(true);
  });
  test.each([
    [['periksa']],
    [['hapus', 'x.xlsx']],
    [['periksa', 'x.xlsx', '--format']],
    [['periksa', 'x.xlsx', '--skala', 'sepuluh']],
    [['periksa', 'x.xlsx', '--tahun', '23']],
    [['hitung', 'x.xlsx', '--json']],
    [['hitung', 'x.xlsx', '-o']],
    [[]],
  ])('bad usage %p', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(true);
    expect(r.out).toBe('');
  });
  test('-o equal to the input is refused and the input untouched', async () => {
    const f = await okWorkbook('sama.xlsx');
    const before = sha(f);
    const r = await run(['hitung', f, '-o', path.join(dir, '.', 'sama.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak boleh sama/);
    expect(sha(f)).toBe(before);
  });
});

describe('hitung', () => {
  test('writes FILE.capaian.xlsx with capaian, klasifikasi, notes and Temuan; input untouched', async () => {
    const f = await okWorkbook('hitung.xlsx', { galat: true });
    const before = sha(f);
    const r = await run(['hitung', f]);
    expect(r.code).toBe(1);
    const out = path.join(dir, 'hitung.capaian.xlsx');
    expect(r.out).toContain(`Ditulis: ${out}`);
    expect(r.out).toContain('satuan-tidak-cocok: 1');
    expect(sha(f)).toBe(before);
    const snap = await readWorkbookFile(out);
    expect(snap.sheets.map((g) => g.sheet)).toEqual(['Pengukuran 2023', 'Temuan', '_capaianpk_backup']);
    // what the run overwrote is kept, veryHidden, in the add-in's backup format (ledger)
    const bk = snap.sheets[2];
    expect(bk.visibility).toBe('veryHidden');
    const data = parseBackup(bk.values.map((r) => r[0]).join('')) as BackupData;
    expect(data).toMatchObject({ app: 'capaian-pk', version: 3, created: ['Temuan'] });
    // written: the formula =E4/D4, kept as its key (the backup holds no copy of formula text)
    expect(data.cells.find((c: { c: string }) => c.c === 'F4')).toMatchObject({ s: 'Pengukuran 2023', v: null, w: writtenKey({ value: null, formula: '=E4/D4' }, 'F4') });
    const g = snap.sheets[0];
    // appended at F/G (first empty columns right of A3:E6)
    expect(cellAt(g, 3, 6).value).toBe('Capaian');
    expect(cellAt(g, 3, 7).value).toBe('Klasifikasi');
    expect(cellAt(g, 4, 6)).toMatchObject({ formula: '=E4/D4', value: 1.25, text: '125.00%' });
    expect(cellAt(g, 5, 6)).toMatchObject({ formula: '=E5/D5', value: 0.75 });
    expect(cellAt(g, 4, 7).value).toBe('Sangat Tinggi');
    expect(cellAt(g, 5, 7).value).toBe('Sedang');
    expect(cellAt(g, 5, 7).formula).toMatch(/^=IF\(ISNUMBER\(F5\)/);
    // the user's note kept, the finding's note on the galat row
    expect(g.notes?.D4).toBe('Catatan pengguna: target dari PK');
    expect(Object.values(g.notes ?? {}).some((n) => n.includes('[satuan-tidak-cocok]'))).toBe(true);
    const t = snap.sheets[1];
    expect(cellAt(t, 1, 6).value).toBe('Pesan');
    // the rule in words in C, its id in G (issue 16)
    expect(cellAt(t, 2, 3).value).toBe('Satuan target dan realisasi berbeda');
    expect(cellAt(t, 2, 7).value).toBe('satuan-tidak-cocok');
  });
  test('rerun on its own output gives the same workbook', async () => {
    const f = await okWorkbook('ulang.xlsx', { galat: true });
    await run(['hitung', f]);
    const out1 = path.join(dir, 'ulang.capaian.xlsx');
    const r2 = await run(['hitung', out1]);
    expect(r2.code).toBe(1);
    const out2 = path.join(dir, 'ulang.capaian.capaian.xlsx');
    const a = await readWorkbookFile(out1);
    const b = await readWorkbookFile(out2);
    expect(b.sheets.map((g) => g.sheet)).toEqual(a.sheets.map((g) => g.sheet));
    for (let i = 0; i < a.sheets.length; i++) {
      expect(b.sheets[i].values).toEqual(a.sheets[i].values);
      expect(b.sheets[i].formulas).toEqual(a.sheets[i].formulas);
      expect(b.sheets[i].notes).toEqual(a.sheets[i].notes);
      expect(b.sheets[i].merges).toEqual(a.sheets[i].merges);
    }
  });
  test('-o writes where asked', async () => {
    const f = await okWorkbook('keluar.xlsx');
    const o = path.join(dir, 'hasil', 'x.xlsx');
    fs.mkdirSync(path.dirname(o));
    const r = await run(['hitung', f, '-o', o]);
    expect(r.code).toBe(0);
    expect(fs.existsSync(o)).toBe(true);
  });
});

describe('as a child process', () => {
  // The built CLI; a failed TypeScript build fails these tests (tests/cli/built.ts).
  beforeAll(() => ensureBuilt(), 180000);
  const node = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/capaian-pk.js'), ...args], { encoding: 'utf8' });
  test('--help in Indonesian, exit 0', () => {
    const r = node(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Pemakaian:');
    expect(r.stdout).toContain('Kode keluar:');
  });
  test('exit codes 0, 1, 2 and one stderr line', async () => {
    const ok = await okWorkbook('child-ok.xlsx');
    const bad = await okWorkbook('child-galat.xlsx', { galat: true });
    expect(node(['periksa', ok]).status).toBe(0);
    expect(node(['periksa', bad]).status).toBe(1);
    const r = node(['periksa', path.join(dir, 'nope.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const h = node(['hitung', ok]);
    expect(h.status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'child-ok.capaian.xlsx'))).toBe(true);
  });
});

describe('hitung on the Kupang 2023 fixture', () => {
  const fixture = path.join(ROOT, 'tests/fixtures/kupang-2023.xlsx');
  test('capaian in the value row, Perbandingan Renstra and Temuan built, reruns stable', async () => {
    expect(fs.existsSync(fixture)).toBe(true);
    const r1 = path.join(dir, 'kupang.r1.xlsx');
    const r2 = path.join(dir, 'kupang.r2.xlsx');
    const r3 = path.join(dir, 'kupang.r3.xlsx');
    expect((await run(['hitung', fixture, '-o', r1])).code).toBe(1); // nihil-disamakan-target is galat
    const a = await readWorkbookFile(r1);
    expect(a.sheets.map((g) => g.sheet)).toEqual(expect.arrayContaining(['Pengukuran 2023', 'Temuan', 'Perbandingan Renstra']));
    const g = a.sheets.find((s) => s.sheet === 'Pengukuran 2023')!;
    // row 4: target 80%, realisasi 100% -> 125%; the stated 100% is replaced by the formula
    expect(cellAt(g, 4, 6)).toMatchObject({ formula: '=E4/D4', value: 1.25 });
    // indicator 3.4: name on rows 18-19, values on row 19 (target 80%, realisasi 100%)
    expect(cellAt(g, 19, 6)).toMatchObject({ formula: '=E19/D19', value: 1.25 });
    expect(cellAt(g, 18, 6).value).toBeNull();
    // the stated capaian that disagreed is reported in the cell's note
    expect(g.notes?.F4).toContain('[capaian-tidak-sesuai]');
    await run(['hitung', r1, '-o', r2]);
    await run(['hitung', r2, '-o', r3]);
    const b = await readWorkbookFile(r2);
    const c = await readWorkbookFile(r3);
    expect(b.sheets.map((s) => s.sheet)).toEqual(a.sheets.map((s) => s.sheet));
    expect(c.sheets.map((s) => s.sheet)).toEqual(b.sheets.map((s) => s.sheet));
    for (let i = 0; i < b.sheets.length; i++) {
      expect([c.sheets[i].sheet, c.sheets[i].values]).toEqual([b.sheets[i].sheet, b.sheets[i].values]);
      expect(c.sheets[i].formulas).toEqual(b.sheets[i].formulas);
      expect(c.sheets[i].notes).toEqual(b.sheets[i].notes);
    }
    // the capaian cells themselves do not move between run 1 and run 2
    const g2 = b.sheets.find((s) => s.sheet === 'Pengukuran 2023')!;
    expect(g2.formulas).toEqual(g.formulas);
  });
});

describe('hitung keeps the user\'s stated capaian through reruns (ledger)', () => {
  test('a replaced stated capaian is still reviewed on the second run, and the backup keeps the first original', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Pengukuran 2023');
    ws.addRow(['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian']);
    ws.addRow([1, 'Persentase layanan kesehatan', '94%', '100%', '100%']);
    ws.addRow([2, 'Persentase layanan makanan', '80%', '100%', '125%']);
    const f = path.join(dir, 'ledger.xlsx');
    await wb.xlsx.writeFile(f);
    const r1 = await run(['hitung', f]);
    const out1 = path.join(dir, 'ledger.capaian.xlsx');
    // 100/94*100 = 106.38 vs stated 100: more than 1 point
    expect(r1.out).toContain('capaian-tidak-sesuai: 1');
    const r2 = await run(['hitung', out1]);
    expect(r2.out).toContain('capaian-tidak-sesuai: 1');
    const out2 = path.join(dir, 'ledger.capaian.capaian.xlsx');
    const b = await readWorkbookFile(out2);
    const bk = b.sheets.find((g) => g.sheet === '_capaianpk_backup')!;
    const data = parseBackup(bk.values.map((r) => r[0]).join('')) as BackupData;
    expect(data.cells.find((c: { c: string }) => c.c === 'E2')).toMatchObject({ v: '100%', f: null });
    // the capaian cell holds the computed value (text percentages: written as a value)
    expect(cellAt(b.sheets[0], 2, 5).value).toBeCloseTo(1.0638297872, 8);
  });
});
