/**
 * `npm run release -- --url ...`: one zip whose manifest points only at --url with a raised
 * version, whose scripts are named by the SHA-256 of their content, whose pages load nothing from
 * elsewhere (Microsoft's office.js excepted), with the offline page and PASANG.md inside.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { parseXml, type XmlNode } from '../manifest/xml';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const rel = require('../../scripts/release.js');

const ROOT = path.resolve(__dirname, '..', '..');
const URL_BASE = 'https://sakip.contoh.go.id/capaian-pk/';
const VERSI = '1.0.1.0';

let dir: string;
let files: Record<string, Uint8Array>;
const text = (f: string) => Buffer.from(files[f]).toString('utf8');

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-rilis-'));
  // `npm run release` is `node scripts/release.js`; the URL without its final slash on purpose.
  const r = spawnSync(process.execPath, ['scripts/release.js', '--url', URL_BASE.slice(0, -1), '--versi', VERSI, '--keluar', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 900_000,
  });
  if (r.status !== 0) throw new Error(`release failed (${r.status}): ${r.stderr}${r.stdout}`);
  expect(r.stdout).toContain(`capaian-pk-${VERSI}.zip`);
  const zips = fs.readdirSync(dir).filter((f) => f.endsWith('.zip'));
  expect(zips).toEqual([`capaian-pk-${VERSI}.zip`]);
  files = unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, zips[0]))));
}, 900_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function walkXml(n: XmlNode, f: (n: XmlNode) => void): void {
  f(n);
  for (const c of n.children) walkXml(c, f);
}

/** The zip entry a URL under URL_BASE names (null for anything else). */
function entryOf(u: string): string | null {
  return u.startsWith(URL_BASE) ? decodeURIComponent(u.slice(URL_BASE.length).split(/[?#]/)[0]) : null;
}

test('the zip holds the pages, hashed scripts, icons, manifest, offline page and PASANG.md', () => {
  const names = Object.keys(files);
  for (const f of ['manifest.xml', 'taskpane.html', 'commands.html', 'capaian-pk-luring.html', 'bantuan.html', 'PASANG.md']) expect(names).toContain(f);
  expect(names.some((f) => /^taskpane\.[0-9a-f]{20}\.js$/.test(f))).toBe(true);
  expect(names.some((f) => /^commands\.[0-9a-f]{20}\.js$/.test(f))).toBe(true);
  expect(names.some((f) => /^assets\/icon-\d+\.png$/.test(f))).toBe(true);
  expect(names.filter((f) => f.endsWith('.map'))).toEqual([]);
});

test('manifest: well-formed, version raised, every URL under --url and present in the zip', () => {
  const xml = text('manifest.xml');
  const doc = parseXml(xml);
  let version = '';
  const urls: string[] = [];
  const domains: string[] = [];
  walkXml(doc, (n) => {
    if (n.name === 'Version') version = n.text.trim();
    if (n.name === 'AppDomain') domains.push(n.text.trim());
    for (const v of Object.values(n.attrs)) if (/^https?:\/\//.test(v)) urls.push(v);
  });
  expect(version).toBe(VERSI);
  const repo = /<Version>([^<]+)<\/Version>/.exec(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'))![1];
  expect(rel.compareVersions(version, repo)).toBeGreaterThan(0);
  // namespaces are identifiers, not locations
  const located = urls.filter((u) => !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(u));
  expect(located.length).toBeGreaterThanOrEqual(8); // icons (2 + 5), SourceLocation, support, ribbon URLs
  for (const u of located) {
    const entry = entryOf(u);
    expect(`${u} -> ${entry !== null && entry in files ? 'in zip' : 'missing'}`).toBe(`${u} -> in zip`);
  }
  for (const d of domains) expect(d).toBe('https://sakip.contoh.go.id');
  // support and learn-more links lead to the help page, not to the pane itself
  expect(/<SupportUrl DefaultValue="([^"]+)"/.exec(xml)![1]).toBe(`${URL_BASE}bantuan.html`);
  expect(/id="GetStarted\.LearnMoreUrl" DefaultValue="([^"]+)"/.exec(xml)![1]).toBe(`${URL_BASE}bantuan.html`);
  expect(xml).not.toMatch(/localhost/);
});

test("the released manifest is valid against Microsoft's manifest schemas (tests/manifest/schemas)", async () => {
  const dir = path.join(ROOT, 'tests', 'manifest', 'schemas');
  const main = 'OfficeAppManifestV1_1.xsd';
  const r = await validateXML({
    xml: { fileName: 'manifest.xml', contents: text('manifest.xml') },
    schema: { fileName: main, contents: fs.readFileSync(path.join(dir, main), 'utf8') },
    preload: fs.readdirSync(dir).filter((f) => f.endsWith('.xsd') && f !== main).map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(dir, f), 'utf8') })),
  });
  expect({ valid: r.valid, errors: r.errors.map((e) => e.message) }).toEqual({ valid: true, errors: [] });
}, 60_000);

test('scripts are named by the SHA-256 of their content (first 20 hex digits)', () => {
  const hashed = Object.keys(files).filter((f) => /\.[0-9a-f]{20}\.js$/.test(f));
  expect(hashed.length).toBeGreaterThanOrEqual(2);
  for (const f of hashed) {
    const want = /\.([0-9a-f]{20})\.js$/.exec(f)![1];
    // A script that names itself (its licence banner: "see taskpane.<hash>.js.LICENSE.txt") is
    // hashed without its own name, as webpack's real content hash does.
    const content = Buffer.from(files[f]).toString('utf8').split(want).join('');
    expect(`${f} ${createHash('sha256').update(content, 'utf8').digest('hex').slice(0, 20)}`).toBe(`${f} ${want}`);
  }
  // and a changed byte would not match: the check can fail
  const f0 = hashed[0];
  const tampered = Buffer.from(files[f0]).toString('utf8').replace(/;/, ';;');
  expect(createHash('sha256').update(tampered.split(/\.([0-9a-f]{20})\.js$/.exec(f0)![1]).join(''), 'utf8').digest('hex').slice(0, 20)).not.toBe(/\.([0-9a-f]{20})\.js$/.exec(f0)![1]);
  // no unhashed bundle of ours beside them
  expect(Object.keys(files).filter((f) => /^(taskpane|commands)\.js$/.test(f))).toEqual([]);
});

test('pages load only files of the zip (or office.js from Microsoft); CSPs name no other origin', () => {
  for (const page of ['taskpane.html', 'commands.html', 'bantuan.html']) {
    const html = text(page);
    const refs = [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
    if (page !== 'bantuan.html') expect(refs.length).toBeGreaterThanOrEqual(1);
    for (const a of html.matchAll(/<a\b[^>]*href="([^"]+)"/g)) expect(`${page}: ${a[1]} ${a[1] in files ? 'in zip' : 'missing'}`).toBe(`${page}: ${a[1]} in zip`);
    for (const r of refs) {
      if (r === rel.OFFICE_JS_CDN || r.startsWith('data:')) continue;
      const entry = decodeURIComponent(r.replace(/^\.?\//, '').split(/[?#]/)[0]);
      expect(`${page}: ${r} -> ${entry in files ? 'in zip' : 'missing'}`).toBe(`${page}: ${r} -> in zip`);
    }
    const csp = /Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
    expect(csp).not.toBe('');
    const origins = csp.match(/https?:\/\/[^\s;']+/g) ?? [];
    for (const o of origins) expect(o).toMatch(/^https:\/\/appsforoffice\.microsoft\.com\b/);
  }
  const offline = text('capaian-pk-luring.html');
  expect(offline).toMatch(/connect-src 'none'/);
  expect(offline).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=["']?(?!data:)[a-z]/i);
});

test('nothing in the zip points outside it: no localhost, no path out of the project', () => {
  for (const [f, bytes] of Object.entries(files)) {
    if (!/\.(html|xml|md|js)$/.test(f) || f.startsWith('assets/office-js/')) continue;
    const s = Buffer.from(bytes).toString('utf8');
    expect(`${f}: ${/https:\/\/localhost|\.\.\/shared|DOMAIN\.md/.test(s) ? 'points outside' : 'ok'}`).toBe(`${f}: ok`);
  }
});

test('PASANG.md: Indonesian steps for this address and version', () => {
  const md = text('PASANG.md');
  expect(md).toContain(`Capaian PK ${VERSI}`);
  expect(md).toContain(`${URL_BASE}manifest.xml`);
  for (const step of ['Integrated apps', 'Unggah Add-in Saya', 'Katalog Add-in Tepercaya', 'Cache-Control', 'capaian-pk-luring.html', 'Memperbarui']) expect(md).toContain(step);
  for (const f of Object.keys(files).filter((x) => /\.[0-9a-f]{20}\.js$/.test(x))) expect(md).toContain(f);
});

describe('arguments and version (no build)', () => {
  test.each([
    [[], /Alamat tidak diberikan/],
    [['--url', 'http://sakip.contoh.go.id/'], /harus https/],
    [['--url', 'bukan alamat'], /Alamat tidak sah/],
    [['--url', URL_BASE, '--versi', '1.0'], /empat angka/],
    [['--url', URL_BASE, '--tebak'], /Opsi tidak dikenal: --tebak/],
  ])('%j is refused: %s', (argv, msg) => {
    expect(() => rel.parseArgs(argv)).toThrow(msg);
  });

  test('a version no higher than the manifest is refused', () => {
    expect(() => rel.releaseVersion('1.0.0.0', '1.0.0.0')).toThrow(/lebih tinggi/);
    expect(rel.releaseVersion('1.0.0.0', '1.0.0.1')).toBe('1.0.0.1');
  });

  test('the default version: major.minor of the manifest, then YYDDD and HHMM of the build (UTC)', () => {
    // 30 November 2026: 31+28+31+30+31+30+31+31+30+31 = 304 days before November, + 30 = day 334 -> 26334; 13:42 -> 1342
    expect(rel.releaseVersion('1.0.0.0', null, new Date(Date.UTC(2026, 10, 30, 13, 42)))).toBe('1.0.26334.1342');
    // 1 January 2027 00:05 -> 27001.5, still higher than the day before
    expect(rel.compareVersions(rel.releaseVersion('1.0.0.0', null, new Date(Date.UTC(2027, 0, 1, 0, 5))), '1.0.26365.2359')).toBeGreaterThan(0);
  });
});
