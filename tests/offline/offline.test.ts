/**
 * The offline page in headless Chromium, opened from file:// with every other request blocked:
 * a fixture workbook in, its summary, findings and chart on the page, and the downloaded workbook
 * equal (sheets, cells, formulas, number formats, notes) to what `capaian-pk hitung` writes.
 *
 * Numbers worked out by hand from tests/fixtures/kupang-2023.xlsx (LKjIP 2023 Rutan Kupang,
 * "Pengukuran 2023", A3:G28): 24 indicators, three of them zero cases (rows 6, 11, 15: evidence in
 * Keterangan), so 24 - 3 = 21 bars in that table's chart; row 4: target 80%, realisasi 100%, capaian
 * 100 / 80 x 100 = 125.00%.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Browser, Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import { launch, shot } from '../e2e/support';
import { buildOffline, ROOT } from './build';
import { workbookContent } from './workbook-content';

jest.setTimeout(120_000);

const FIX = path.join(ROOT, 'tests', 'fixtures');

let browser: Browser;
let page: string;
let tmp: string;
const blocked: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  page = buildOffline();
  browser = await launch();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-luring-'));
}, 660_000);

afterAll(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** The page from disk; any request that is not the file itself, data: or blob: is aborted and recorded. */
async function open(): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'id-ID' });
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (/^(file|data|blob):/.test(u)) return route.continue();
    blocked.push(u);
    return route.abort('blockedbyclient');
  });
  const p = await context.newPage();
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await p.goto(pathToFileURL(page).href);
  return p;
}

test('the page is one self-contained file: no external reference, a CSP that allows only its own script', () => {
  const html = fs.readFileSync(page, 'utf8');
  expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=["'](?!data:)/i);
  const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("connect-src 'none'");
  expect(csp).toContain("default-src 'none'");
  expect((html.match(/<script>/g) ?? []).length).toBe(1);
});

test('kupang-2023.xlsx from file://: summary, findings, chart; the download equals capaian-pk hitung', async () => {
  const input = path.join(FIX, 'kupang-2023.xlsx');
  const p = await open();
  await p.setInputFiles('[data-testid="berkas"]', input);
  const hasil = p.locator('[data-hasil="kupang-2023.xlsx"]');
  await hasil.waitFor({ timeout: 60_000 });
  await shot(p, 'luring-1-hasil'); // docs/pemasangan.md shows it

  // chart of Pengukuran 2023: 21 bars, row 4 at 125.00%
  const chart = hasil.locator('figure', { hasText: 'Pengukuran 2023' }).locator('svg');
  await expect(chart.locator('rect').count()).resolves.toBe(21);
  await expect(chart.locator('text', { hasText: '125.00%' }).count()).resolves.toBeGreaterThanOrEqual(1);

  // the command line on the same file
  const cliOut = path.join(tmp, 'kupang-2023.cli.xlsx');
  const cliLines: string[] = [];
  const code = await main(['hitung', input, '-o', cliOut], { out: (t) => cliLines.push(t), err: () => undefined });
  expect([0, 1]).toContain(code);
  // counts on the page = the command line's summary line ("capaian dihitung: N ...; N/A: M")
  const m = /capaian dihitung: (\d+) .*; N\/A: (\d+)/.exec(cliLines.join('\n'));
  expect(m).not.toBeNull();
  await expect(hasil.locator('[data-angka="capaian"] dd').textContent()).resolves.toBe(m![1]);
  await expect(hasil.locator('[data-angka="na"] dd').textContent()).resolves.toBe(m![2]);
  const galat = /Temuan: \d+ \((\d+) galat/.exec(cliLines.join('\n'))![1];
  await expect(hasil.locator('[data-angka="galat"] dd').textContent()).resolves.toBe(galat);
  // findings listed: as many as the command line counts
  const total = /Temuan: (\d+)/.exec(cliLines.join('\n'))![1];
  await expect(hasil.locator('[data-temuan-list] > li').count()).resolves.toBe(Number(total));

  const [download] = await Promise.all([p.waitForEvent('download'), hasil.getByRole('button', { name: /Unduh hasil hitung/ }).click()]);
  expect(download.suggestedFilename()).toBe('kupang-2023.capaian.xlsx');
  const got = path.join(tmp, 'kupang-2023.page.xlsx');
  await download.saveAs(got);

  const fromPage = await workbookContent(fs.readFileSync(got));
  const fromCli = await workbookContent(fs.readFileSync(cliOut));
  expect(fromPage.map((s) => `${s.name}:${s.state}`)).toEqual(fromCli.map((s) => `${s.name}:${s.state}`));
  expect(fromPage.map((s) => s.name)).toEqual(expect.arrayContaining(['Pengukuran 2023', 'Temuan', 'Perbandingan Renstra']));
  for (let i = 0; i < fromCli.length; i++) expect({ sheet: fromPage[i].name, cells: fromPage[i].cells }).toEqual({ sheet: fromCli[i].name, cells: fromCli[i].cells });
  // the backup (decoded) is there and compared: what Pulihkan would restore is the same
  expect(fromPage.find((s) => s.name === '_capaianpk_backup')?.cells.backup.value).toMatch(/"sheet"/);
  // the capaian of row 4 is a live formula in both
  expect(fromPage.find((s) => s.name === 'Pengukuran 2023')!.cells.F4.formula).toMatch(/E4\s*\/\s*D4/);

  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
  await p.context().close();
});

test('several files at once: a refusal in one line for the bad one, a result for each good one, the rekap equal to capaian-pk rekap', async () => {
  const bad = path.join(tmp, 'bukan-excel.xlsx');
  fs.writeFileSync(bad, 'ini bukan buku kerja');
  const inputs = [path.join(FIX, 'kupang-2023.xlsx'), bad, path.join(FIX, 'soe-2023.xlsx')];
  const p = await open();
  await p.setInputFiles('[data-testid="berkas"]', inputs);
  await p.locator('[data-hasil="soe-2023.xlsx"]').waitFor({ timeout: 60_000 });
  await expect(p.locator('[data-hasil]').count()).resolves.toBe(2);
  const refusal = p.locator('[data-ditolak="bukan-excel.xlsx"]');
  await expect(refusal.textContent()).resolves.toContain('bukan-excel.xlsx bukan buku kerja .xlsx (format tidak dikenali)');

  const [download] = await Promise.all([p.waitForEvent('download'), p.locator('[data-rekap] button').click()]);
  expect(download.suggestedFilename()).toBe('rekap.xlsx');
  const got = path.join(tmp, 'rekap.page.xlsx');
  await download.saveAs(got);
  const cliOut = path.join(tmp, 'rekap.cli.xlsx');
  expect([0, 1]).toContain(await main(['rekap', ...inputs, '-o', cliOut], { out: () => undefined, err: () => undefined }));
  // The command line names each input as given (a path), the page by its file name.
  const byName = (v: unknown) => (typeof v === 'string' ? v.split(`${FIX}${path.sep}`).join('').split(`${tmp}${path.sep}`).join('') : v);
  const norm = (wb: Awaited<ReturnType<typeof workbookContent>>) =>
    wb.map((sh) => ({ name: sh.name, cells: Object.fromEntries(Object.entries(sh.cells).map(([a, c]) => [a, { ...c, value: byName(c.value) }])) }));
  const fromPage = norm(await workbookContent(fs.readFileSync(got)));
  const fromCli = norm(await workbookContent(fs.readFileSync(cliOut)));
  expect(fromPage.map((x) => x.name)).toEqual(['Rekap Satker', 'Rekap Indikator', 'Temuan', 'Tidak Terbaca']);
  expect(fromPage).toEqual(fromCli);
  // two units read, one refused: two rows under the header of Rekap Satker, one of Tidak Terbaca
  expect(Object.keys(fromPage[0].cells).filter((a) => /^A\d+$/.test(a)).length).toBe(3);
  expect(Object.keys(fromPage[3].cells).filter((a) => /^A\d+$/.test(a)).length).toBe(2);

  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
  await p.context().close();
});
