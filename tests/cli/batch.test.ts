/**
 * `periksa|hitung` over a folder of good, refused and unreadable workbooks: NDJSON lines, exit
 * codes of a batch, one bad file never stopping the others, outputs beside or into -o DIR.
 */
import ExcelJS from 'exceljs';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { ensureBuilt, runBuilt } from './built';

let dir: string;

async function run(argv: string[]): Promise<{ code: number; out: string; err: string; progress: string[] }> {
  let out = '';
  let err = '';
  const progress: string[] = [];
  const code = await main(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), progress: (t) => progress.push(t ?? '') });
  return { code, out, err, progress };
}

/** Pengukuran 2023: 80% -> 100% (capaian 100/80 = 125) and 80% -> 60% (60/80 = 75); `galat` adds '1 Layanan' vs '100%'. */
async function workbook(file: string, galat = false): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pengukuran 2023');
  ws.getCell('A1').value = 'Pengukuran Kinerja Tahun 2023';
  ws.getRow(3).values = ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi'];
  ws.getRow(4).values = [1, 'Meningkatnya layanan', 'Persentase pemenuhan layanan makanan', 0.8, 1];
  ws.getRow(5).values = [2, null, 'Persentase tahanan mendapatkan layanan kesehatan', 0.8, 0.6];
  for (const a of ['D4', 'E4', 'D5', 'E5']) ws.getCell(a).numFmt = '0%';
  if (galat) ws.getRow(6).values = [3, null, 'Tersusunnya dokumen rencana kerja', '1 Layanan', '100%'];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return file;
}

async function noTable(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Catatan').getCell('A1').value = 'Daftar hadir rapat';
  await wb.xlsx.writeFile(file);
  return file;
}

function sha(p: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
}

const lines = (s: string) => s.trim().split('\n').filter((l) => l.length > 0);

/** The folder: a-baik, b-galat, c-bukan (text), d-rusak (zip header, then garbage), e-kosong (no table), f-baik; sub/g-baik. */
let berkas: Record<string, string>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaianpk-batch-'));
  const d = path.join(dir, 'satker');
  berkas = {
    a: await workbook(path.join(d, 'a-baik.xlsx')),
    b: await workbook(path.join(d, 'b-galat.xlsx'), true),
    c: path.join(d, 'c-bukan.xlsx'),
    d: path.join(d, 'd-rusak.xlsx'),
    e: await noTable(path.join(d, 'e-kosong.xlsx')),
    f: await workbook(path.join(d, 'f-baik.xlsx')),
    g: await workbook(path.join(d, 'sub', 'g-baik.xlsx')),
  };
  fs.writeFileSync(berkas.c, 'Ini bukan buku kerja\n');
  fs.writeFileSync(berkas.d, Buffer.concat([Buffer.from('PK\u0003\u0004'), crypto.randomBytes(200)]));
  // Skipped in folders: Excel's lock file and our own outputs.
  fs.writeFileSync(path.join(d, '~$a-baik.xlsx'), 'lock');
  fs.copyFileSync(berkas.a, path.join(d, 'a-baik.capaian.xlsx'));
}, 60000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('periksa over a folder', () => {
  test('--json: one line per workbook in name order, refused ones with their reason, exit 1 (galat in b)', async () => {
    const r = await run(['periksa', path.join(dir, 'satker'), '--json']);
    expect(r.code).toBe(1);
    const js = lines(r.out).map((l) => JSON.parse(l));
    expect(js.map((j) => path.basename(j.file))).toEqual(['a-baik.xlsx', 'b-galat.xlsx', 'c-bukan.xlsx', 'd-rusak.xlsx', 'e-kosong.xlsx', 'f-baik.xlsx']);
    // Refused: exactly {file, galat}, one Indonesian line each.
    expect(js[2]).toEqual({ file: berkas.c, galat: 'Berkas c-bukan.xlsx bukan buku kerja .xlsx (format tidak dikenali).' });
    expect(Object.keys(js[3])).toEqual(['file', 'galat']);
    // a zip header then garbage: no zip directory, so the file is a truncated one (issue 9: its own message)
    expect(js[3].galat).toBe("Berkas d-rusak.xlsx terpotong atau rusak (unduhan/salinan tidak lengkap): ambil ulang berkasnya.");
    expect(js[4]).toEqual({ file: berkas.e, galat: 'Tidak ada tabel PK yang dikenali di e-kosong.xlsx (1 lembar dibaca).' });
    // Good ones: the single-file object (file as given), capaian 125 and 75 worked out above.
    for (const [k, j] of [['a', js[0]], ['f', js[5]]] as const) {
      const single = await run(['periksa', berkas[k], '--json']);
      expect(single.code).toBe(0);
      expect(j).toEqual({ ...JSON.parse(single.out), file: berkas[k] });
      expect(j.tables[0].indicators.map((i: { capaian: number }) => i.capaian)).toEqual([125, 75]);
    }
    const bSingle = await run(['periksa', berkas.b, '--json']);
    expect(bSingle.code).toBe(1);
    expect(js[1]).toEqual({ ...JSON.parse(bSingle.out), file: berkas.b });
    expect(js[1].findings.some((f: { severity: string }) => f.severity === 'galat')).toBe(true);
  });

  test('--rekursif adds the subfolder; without it the subfolder is not read', async () => {
    const flat = await run(['periksa', path.join(dir, 'satker'), '--json']);
    expect(flat.out).not.toContain('g-baik.xlsx');
    const deep = await run(['periksa', path.join(dir, 'satker'), '--json', '--rekursif']);
    const files = lines(deep.out).map((l) => path.basename(JSON.parse(l).file));
    expect(files).toHaveLength(7);
    expect(files).toContain('g-baik.xlsx');
  });

  test('exit 0 when no galat anywhere, even with refused inputs; 2 only when nothing could be used', async () => {
    expect((await run(['periksa', berkas.a, berkas.c, berkas.f, '--json'])).code).toBe(0);
    const none = await run(['periksa', berkas.c, berkas.d, berkas.e, path.join(dir, 'tidak-ada.xlsx'), '--json']);
    expect(none.code).toBe(2);
    const js = lines(none.out).map((l) => JSON.parse(l));
    expect(js).toHaveLength(4);
    expect(js[3]).toEqual({ file: path.join(dir, 'tidak-ada.xlsx'), galat: `Berkas tidak ditemukan: ${path.join(dir, 'tidak-ada.xlsx')}` });
  });

  test('human summary per workbook, refused ones on stderr, a summary line; inputs untouched', async () => {
    const before = Object.values(berkas).map(sha);
    const r = await run(['periksa', path.join(dir, 'satker')]);
    expect(r.code).toBe(1);
    // a, b and f are read; c, d and e are refused.
    expect(r.out.match(/^Capaian PK: periksa /gm)).toHaveLength(3);
    expect(r.err).toContain(`${berkas.c}: Berkas c-bukan.xlsx bukan buku kerja .xlsx`);
    expect(r.err).toContain('Ringkasan: 6 berkas; 3 diproses, 3 tidak dapat dipakai; 1 dengan temuan galat.');
    expect(Object.values(berkas).map(sha)).toEqual(before);
  });

  test('progress: count, current file and elapsed time, then cleared', async () => {
    const r = await run(['periksa', berkas.a, berkas.c, berkas.f, '--json']);
    const shown = r.progress.filter((p) => p !== '');
    expect(shown[0]).toMatch(new RegExp(`^\\[1/3\\] \\d+,\\d s  ${berkas.a.replace(/[.\\/]/g, '\\$&')}$`));
    expect(shown.some((p) => p.startsWith('[3/3]') && p.endsWith('f-baik.xlsx'))).toBe(true);
    expect(r.progress[r.progress.length - 1]).toBe('');
  });
});

describe('hitung over a folder', () => {
  test('-o DIR: one output per usable workbook, none for refused ones, inputs untouched', async () => {
    const out = path.join(dir, 'hasil');
    const before = sha(berkas.b);
    const r = await run(['hitung', path.join(dir, 'satker'), '-o', out]);
    expect(r.code).toBe(1);
    expect(fs.readdirSync(out).sort()).toEqual(['a-baik.capaian.xlsx', 'b-galat.capaian.xlsx', 'f-baik.capaian.xlsx']);
    expect(r.out).toContain(`Ditulis: ${path.join(out, 'a-baik.capaian.xlsx')}`);
    expect(sha(berkas.b)).toBe(before);
    // Capaian written as formulas E4/D4 (100%/80%) in the output.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'a-baik.capaian.xlsx'));
    expect(JSON.stringify(wb.getWorksheet('Pengukuran 2023')!.getCell('F4').value)).toContain('E4/D4');
  });

  test('beside each input by default; two inputs with the same name into one -o DIR: the second is refused', async () => {
    const d2 = path.join(dir, 'lain');
    await workbook(path.join(d2, 'a-baik.xlsx'));
    const r = await run(['hitung', path.join(dir, 'lain'), berkas.f]);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(d2, 'a-baik.capaian.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'satker', 'f-baik.capaian.xlsx'))).toBe(true);
    const out = path.join(dir, 'satu');
    const c = await run(['hitung', berkas.a, path.join(d2, 'a-baik.xlsx'), '-o', out]);
    expect(c.code).toBe(0);
    expect(c.err).toContain(`Keluaran ${path.join(out, 'a-baik.capaian.xlsx')} sudah dipakai untuk ${berkas.a}`);
  });
});

describe('the built CLI over a folder', () => {
  beforeAll(() => ensureBuilt(), 180000);
  test('NDJSON on stdout, exit codes 1 / 0 / 2, no progress line when stderr is not a terminal', () => {
    const r = runBuilt(['periksa', path.join(dir, 'satker'), '--json']);
    expect(r.status).toBe(1);
    expect(lines(r.stdout)).toHaveLength(6);
    expect(r.stderr).toBe('');
    expect(runBuilt(['periksa', berkas.a, berkas.d]).status).toBe(0);
    const none = runBuilt(['periksa', berkas.c, berkas.e]);
    expect(none.status).toBe(2);
    expect(none.stderr).not.toContain('\r');
  });
});
