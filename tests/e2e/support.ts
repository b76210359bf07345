/**
 * End-to-end support: build the playground with webpack, serve it on 127.0.0.1, open it in headless
 * Chromium with every request leaving 127.0.0.1 refused and recorded.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { browserPath } from './browser';

export const ROOT = path.resolve(__dirname, '..', '..');
export const PLAYGROUND_DIR = path.join(ROOT, 'dist-playground');
export const SHOTS = path.join(ROOT, 'test-output', 'screenshots');

/**
 * webpack's Node API, in a child Node process: the webpack config repairs a module resolution of
 * the installed tree (ajv) that jest's own module registry would not see.
 */
export function buildPlayground(outDir = PLAYGROUND_DIR): void {
  if (upToDate(outDir)) return;
  // Two test files build at once under jest's workers: one builds, the other waits for it.
  const lock = `${outDir}.lock`;
  const waitUntil = Date.now() + 600_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > waitUntil) throw new Error(`playground build: ${lock} held for 10 minutes`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
      if (upToDate(outDir)) return;
    }
  }
  try {
    buildOnce(outDir);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function buildOnce(outDir: string): void {
  const script = `
    const webpack = require('webpack');
    const make = require(${JSON.stringify(path.join(ROOT, 'webpack.config.js'))});
    Promise.resolve(make({ playground: true, quiet: true, out: ${JSON.stringify(path.relative(ROOT, outDir))} }, { mode: 'development' }))
      .then((config) => { config.devtool = false; const c = webpack(config); return new Promise((res, rej) => c.run((err, stats) => c.close(() => {
        if (err) return rej(err);
        if (stats.hasErrors()) return rej(new Error(stats.toString({ all: false, errors: true })));
        res();
      }))); })
      .then(() => process.exit(0), (e) => { console.error(e && e.message ? e.message : e); process.exit(1); });
  `;
  // A shared machine can take minutes (2 cores, other builds): a generous limit.
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`playground build failed:\n${r.stderr}\n${r.stdout}`);
}

/** The static build is newer than every input (sources, fake Excel, fixtures, config): no rebuild. */
function upToDate(outDir: string): boolean {
  const out = path.join(outDir, 'playground.js');
  if (!fs.existsSync(out)) return false;
  const built = fs.statSync(out).mtimeMs;
  const inputs = [
    path.join(ROOT, 'src'),
    path.join(ROOT, 'tests', 'fixtures'),
    path.join(ROOT, 'webpack.config.js'),
    path.join(ROOT, 'scripts', 'fixture-json.js'),
  ];
  const newer = (p: string): boolean => {
    if (!fs.existsSync(p)) return false;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      if (p.endsWith(path.join('playground', 'fixtures'))) return false; // written by the build itself
      return fs.readdirSync(p).some((f) => newer(path.join(p, f)));
    }
    return st.mtimeMs > built;
  };
  return !inputs.some(newer);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** A tiny static server on 127.0.0.1 (a free port). */
export async function serve(dir: string): Promise<Served> {
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rel = decodeURIComponent(u.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(dir, rel);
    if (!file.startsWith(path.resolve(dir)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
}

/** Every request that is not for 127.0.0.1 is aborted and recorded in `offHost`. */
export async function guardNetwork(page: Page, offHost: string[]): Promise<void> {
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1') return route.continue();
    offHost.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.hostname !== '127.0.0.1' && !offHost.includes(req.url())) offHost.push(req.url());
  });
}

/** Screenshots of the Indonesian pane (`id-...`) also illustrate docs/panel-tugas.md: regenerated here. */
export const DOC_SHOTS = path.join(ROOT, 'docs', 'gambar');

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  if (name.startsWith('id-') || name.startsWith('luring-')) {
    fs.mkdirSync(DOC_SHOTS, { recursive: true });
    fs.copyFileSync(path.join(SHOTS, `${name}.png`), path.join(DOC_SHOTS, `${name}.png`));
  }
}
