/**
 * Bad and hostile input: one test each. The Indonesian message is asserted, and nothing is
 * written (in-memory Excel dump before == after; for the CLI no output file and the input
 * untouched byte-for-byte), except where the input is usable (damaged settings, missing comments
 * API, hidden rows, two PK tables): there the run goes on and says what it did.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue, WorkbookSnapshot } from '../../src/core/grid';
import { analyse } from '../../src/core/analyse';
import { plan } from '../../src/core/plan';
import { main } from '../../src/cli/main';
import { gridFromRows } from '../../src/testing/excel';
import { setup } from '../excel/helpers';

const book = (sheets: WorkbookSnapshot['sheets'], active = sheets[0].sheet): WorkbookSnapshot => ({ file: 'uji.xlsx', sheets, activeSheet: active });

const HEADER: CellValue[] = ['NO', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN'];
/** A pengukuran table: 80%/100% -> 125 %, 90%/90% -> 100%, 75%/60% -> 80%. */
function pengukuran(sheet = 'Pengukuran 2023', extraRows: CellValue[][] = []) {
  return gridFromRows(sheet, [
    HEADER,
    [1, 'Persentase pemenuhan layanan makanan', 0.8, 1, null],
    [2, 'Persentase layanan kesehatan', 0.9, 0.9, null],
    [3, 'Persentase narapidana yang mengikuti pembinaan', 0.75, 0.6, null],
    ...extraRows,
  ], { formats: { C2: '0%', D2: '0%', C3: '0%', D3: '0%', C4: '0%', D4: '0%' } });
}

describe('in-memory Excel', () => {
  test('empty workbook (one empty sheet): says there is no PK table, writes nothing', async () => {
    const { fake, host } = setup(book([gridFromRows('Sheet1', [])]));
    const before = fake.dump();
    const r = await host.hitung();
    expect(r.noTable).toBe(true);
    expect(r.message).toMatch(/^Lembar "Sheet1" tidak memuat tabel PK yang dikenali.*Tidak ada yang diubah\.$/);
    expect(fake.dump()).toEqual(before);
  });

  test('a sheet without any table: says so, writes nothing', async () => {
    const { fake, host } = setup(book([gridFromRows('Catatan', [['Rapat tanggal 3 Januari'], ['Hadir', 12], [null, 'Notulen: Budi']])]));
    const before = fake.dump();
    const r = await host.hitung();
    expect(r.noTable).toBe(true);
    expect(r.message).toMatch(/tidak memuat tabel PK yang dikenali.*Tidak ada yang diubah\./);
    expect(fake.dump()).toEqual(before);
    const p = await host.periksa();
    expect(p.noTable).toBe(true);
    expect(fake.dump()).toEqual(before);
  });

  test('a header without rows: says so, writes nothing', async () => {
    const { fake, host } = setup(book([gridFromRows('Pengukuran 2023', [HEADER])]));
    const before = fake.dump();
    const r = await host.hitung();
    expect(r.noTable).toBe(true);
    expect(r.message).toMatch(/Tidak ada yang diubah\./);
    expect(fake.dump()).toEqual(before);
  });

  test('a protected sheet: asks to unprotect, writes nothing (no backup, no Temuan)', async () => {
    const { fake, host } = setup(book([pengukuran()]), { protectedSheets: ['Pengukuran 2023'] });
    const before = fake.dump();
    const r = await host.hitung();
    expect(r.message).toBe('Lembar "Pengukuran 2023" diproteksi. Buka proteksinya (Tinjau > Buka Proteksi Lembar) lalu ulangi. Tidak ada yang diubah.');
    expect(fake.dump()).toEqual(before);
  });

  test('a table spanning hidden and filtered rows: every indicator, hidden or not, gets its capaian', async () => {
    const g = pengukuran();
    g.hiddenRows = [3, 4]; // rows 3 and 4 hidden/filtered out
    const { fake, host } = setup(book([g]));
    const r = await host.hitung();
    expect(r.noTable).toBe(false);
    // 100/80 = 125%, 90/90 = 100%, 60/75 = 80%: the hidden rows 3-4 are not lost
    expect(fake.cell('Pengukuran 2023', 'E2').value as number).toBeCloseTo(1.25, 12);
    expect(fake.cell('Pengukuran 2023', 'E3').value as number).toBeCloseTo(1, 12);
    expect(fake.cell('Pengukuran 2023', 'E4').value as number).toBeCloseTo(0.8, 12);
    // the core sees the same with hiddenRows set
    const a = analyse(book([g]));
    expect(a.tables[0].items.map((i) => i.row)).toEqual([2, 3, 4]);
  });

  test('two tables that both claim to be the 2023 PK (80% and 90%): the disagreement is reported, not merged', () => {
    const pkA = gridFromRows('PK 2023', [['NO', 'INDIKATOR KINERJA', 'TARGET 2023'], [1, 'Persentase layanan kesehatan', '80%']]);
    const pkB = gridFromRows('PK 2023 Revisi', [['NO', 'INDIKATOR KINERJA', 'TARGET 2023'], [1, 'Persentase layanan kesehatan', '90%']]);
    const peng = gridFromRows('Pengukuran 2023', [HEADER, [1, 'Persentase layanan kesehatan', '80%', '80%', null]]);
    const a = analyse(book([pkA, pkB, peng]));
    expect(a.tables.filter((t) => t.kind === 'pk')).toHaveLength(2);
    const tb = a.findings.filter((f) => f.rule === 'target-berbeda');
    expect(tb.length).toBeGreaterThanOrEqual(1);
    expect(tb.some((f) => /80/.test(f.message) && /90/.test(f.message))).toBe(true);
    // the pengukuran keeps its own target: 80/80 = 100
    expect(a.tables.find((t) => t.kind === 'pengukuran')!.items[0].capaian).toBeCloseTo(100, 9);
  });

  test("damaged settings ('_capaianpk' JSON): reported and ignored, the run goes on with the defaults", async () => {
    const settingsSheet = gridFromRows('_capaianpk', [['{"version":1,"skala":"baik-kurang",']]);
    settingsSheet.visibility = 'veryHidden';
    const { fake, host } = setup(book([pengukuran(), settingsSheet], 'Pengukuran 2023'));
    const s = await host.getSettings();
    expect(s.warnings).toEqual(['Pengaturan Capaian PK di buku kerja rusak (bukan JSON yang sah) dan diabaikan; pengaturan bawaan dipakai.']);
    expect(s.settings.skala).toBe('permendagri-86');
    const r = await host.hitung();
    expect(r.warnings.join(' ')).toMatch(/rusak \(bukan JSON yang sah\) dan diabaikan/);
    // default scale permendagri-86: 125% -> Sangat Tinggi (not 'Sangat Baik' of baik-kurang)
    expect(fake.cell('Pengukuran 2023', 'F2').value).toBe('Sangat Tinggi');
  });

  test('threaded comments API missing: falls back to notes and says so; neither: Temuan only', async () => {
    const a = setup(book([pengukuran(undefined, [[4, 'Indeks kepuasan masyarakat', 80, '#DIV/0!', null]])]));
    a.fake.setSupported('ExcelApi', '1.10', false);
    const r1 = await a.host.hitung();
    expect(r1.commentMode).toBe('notes');
    expect(r1.warnings).toContain('Komentar berutas tidak didukung versi Excel ini; temuan ditulis sebagai catatan (notes).');
    const d1 = a.fake.dump();
    expect(d1.comments).toEqual([]);
    expect(Object.keys(d1.sheets[0].notes).length).toBeGreaterThan(0);

    const b = setup(book([pengukuran(undefined, [[4, 'Indeks kepuasan masyarakat', 80, '#DIV/0!', null]])]));
    b.fake.setSupported('ExcelApi', '1.10', false);
    b.fake.setSupported('ExcelApi', '1.18', false);
    const r2 = await b.host.hitung();
    expect(r2.commentMode).toBe('sheet-only');
    expect(r2.warnings).toContain('Komentar dan catatan tidak didukung versi Excel ini; temuan hanya dicatat di lembar Temuan.');
    expect(b.fake.sheetNames()).toContain('Temuan');
  });

  // Measured on the 2-core machine: analyse + plan of 100,000 rows ~16 s; Hitung of the same
  // 100,000 rows on the in-memory Excel ~77 s (15 syncs, largest request 3.96 MB). The Excel part
  // runs here on 20,000 rows to keep the suite short.
  test('a sheet with 100,000 rows finishes (core), and 20,000 on the in-memory Excel, every row computed', async () => {
    const N = 100_000;
    const NX = 20_000;
    const rows: CellValue[][] = [HEADER];
    const formats: Record<string, string> = {};
    for (let i = 0; i < N; i++) {
      rows.push([i + 1, `Persentase layanan nomor ${i + 1}`, 0.8, 0.6, null]);
      formats[`C${i + 2}`] = '0%';
      formats[`D${i + 2}`] = '0%';
    }
    const g = gridFromRows('Pengukuran 2023', rows, { formats });
    const t0 = Date.now();
    const a = analyse(book([g]));
    const p = plan(a, { mode: 'hitung', renstra: true, workbook: book([g]) });
    const core = Date.now() - t0;
    const items = a.tables.flatMap((t) => t.items);
    expect(items).toHaveLength(N);
    // 60 / 80 = 75 for every row
    for (const it of items) expect(it.capaian).toBeCloseTo(75, 9);
    expect(p.cells.filter((c) => c.purpose === 'capaian')).toHaveLength(N);
    const gx = gridFromRows('Pengukuran 2023', rows.slice(0, NX + 1), { formats });
    const { fake, host } = setup(book([gx]));
    const t1 = Date.now();
    const r = await host.hitung();
    const excel = Date.now() - t1;
    expect(r.noTable).toBe(false);
    expect(fake.cell('Pengukuran 2023', `E${NX + 1}`).value as number).toBeCloseTo(0.75, 12);
    console.log(`${N} rows: analyse + plan ${core} ms; ${NX} rows: Hitung on the in-memory Excel ${excel} ms in ${fake.stats.syncs} syncs, largest request ${fake.stats.maxBytes} bytes`);
    expect(core).toBeLessThan(60_000);
    expect(fake.stats.maxBytes).toBeLessThanOrEqual(5_000_000);
  }, 240_000);
});

describe('CLI', () => {
  let dir: string;
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) } };
  };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-bad-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const oneLine = (err: string[]) => {
    expect(err).toHaveLength(1);
    expect(err[0].trim().split('\n')).toHaveLength(1);
    return err[0];
  };
  const xlsxFiles = () => fs.readdirSync(dir).filter((f) => f.endsWith('.capaian.xlsx'));

  test('a missing file: exit 2, one line, nothing written', async () => {
    const c = io();
    expect(await main(['hitung', path.join(dir, 'tidak-ada.xlsx')], c.io)).toBe(2);
    expect(oneLine(c.err)).toMatch(/^Berkas tidak ditemukan: .*tidak-ada\.xlsx/);
    expect(xlsxFiles()).toEqual([]);
  });

  test('a non-xlsx file: exit 2, one line, input untouched, nothing written', async () => {
    const f = path.join(dir, 'laporan.xlsx');
    fs.writeFileSync(f, 'No\tIndikator\tTarget\n1\tPersentase\t80%\n');
    const bytes = fs.readFileSync(f);
    const c = io();
    expect(await main(['hitung', f], c.io)).toBe(2);
    expect(oneLine(c.err)).toBe('Berkas laporan.xlsx bukan buku kerja .xlsx (format tidak dikenali).');
    expect(fs.readFileSync(f).equals(bytes)).toBe(true);
    expect(xlsxFiles()).toEqual([]);
    // a zip that is not a workbook
    const z = path.join(dir, 'arsip.xlsx');
    fs.writeFileSync(z, Buffer.from('504b0506000000000000000000000000000000000000', 'hex'));
    const c2 = io();
    expect(await main(['periksa', z], c2.io)).toBe(2);
    // exceljs reads an empty zip as a workbook without sheets: unusable either way, one line.
    expect(oneLine(c2.err)).toMatch(/arsip\.xlsx/);
    expect(xlsxFiles()).toEqual([]);
  });

  test('a directory without workbooks: exit 2, one line', async () => {
    // A folder is a valid input since the batch command line (every .xlsx inside); one that holds
    // none leaves nothing usable: exit 2 with one line naming it.
    const d = path.join(dir, 'folder.xlsx');
    fs.mkdirSync(d);
    const c = io();
    expect(await main(['hitung', d], c.io)).toBe(2);
    expect(oneLine(c.err)).toBe(`Tidak ada berkas .xlsx yang dapat diproses di ${d}.`);
    expect(xlsxFiles()).toEqual([]);
  });

  test('-o equal to the input (also spelled differently): exit 2, one line, input untouched byte-for-byte', async () => {
    const f = path.join(dir, 'kupang.xlsx');
    fs.copyFileSync(path.join(__dirname, '..', 'fixtures', 'kupang-2023.xlsx'), f);
    const bytes = fs.readFileSync(f);
    const mtime = fs.statSync(f).mtimeMs;
    for (const o of [f, path.join(dir, '.', 'sub', '..', 'kupang.xlsx')]) {
      const c = io();
      expect(await main(['hitung', f, '-o', o], c.io)).toBe(2);
      expect(oneLine(c.err)).toBe('Berkas keluaran tidak boleh sama dengan berkas masukan: berkas masukan tidak pernah ditimpa.');
    }
    // through a symbolic link
    const link = path.join(dir, 'tautan.xlsx');
    fs.symlinkSync(f, link);
    const c = io();
    expect(await main(['hitung', f, '-o', link], c.io)).toBe(2);
    expect(fs.readFileSync(f).equals(bytes)).toBe(true);
    expect(fs.statSync(f).mtimeMs).toBe(mtime);
  });

  test('an empty workbook and a header without rows: exit 2, one line, nothing written', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const f = path.join(dir, 'kosong.xlsx');
    await wb.xlsx.writeFile(f);
    const c = io();
    expect(await main(['hitung', f], c.io)).toBe(2);
    expect(oneLine(c.err)).toBe('Tidak ada tabel PK yang dikenali di kosong.xlsx (1 lembar dibaca).');
    const wb2 = new ExcelJS.Workbook();
    wb2.addWorksheet('Pengukuran 2023').addRow(HEADER as string[]);
    const f2 = path.join(dir, 'judul.xlsx');
    await wb2.xlsx.writeFile(f2);
    const c2 = io();
    expect(await main(['hitung', f2], c2.io)).toBe(2);
    expect(oneLine(c2.err)).toMatch(/^Tidak ada tabel PK yang dikenali di judul\.xlsx/);
    expect(xlsxFiles()).toEqual([]);
  });

  test("damaged '_capaianpk' settings: one warning line on stderr, defaults used, the output written", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Pengukuran 2023');
    ws.addRow(['NO', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI']);
    ws.addRow([1, 'Indeks kepuasan masyarakat', 80, 72]);
    const s = wb.addWorksheet('_capaianpk');
    s.getCell('A1').value = '{"skala": "baik-kurang", "batasAtas": "banyak"';
    s.state = 'veryHidden';
    const f = path.join(dir, 'rusak.xlsx');
    await wb.xlsx.writeFile(f);
    const c = io();
    expect(await main(['hitung', f], c.io)).toBe(0);
    expect(c.err).toEqual(['Peringatan: Pengaturan Capaian PK di buku kerja rusak (bukan JSON yang sah) dan diabaikan; pengaturan bawaan dipakai.']);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(dir, 'rusak.capaian.xlsx'));
    // 72 / 80 = 90 -> permendagri-86 'Tinggi' (76..90), not baik-kurang 'Baik'
    expect(out.getWorksheet('Pengukuran 2023')!.getCell('F2').value).toMatchObject({ result: 'Tinggi' });
    fs.rmSync(path.join(dir, 'rusak.capaian.xlsx'));
  });
});
