/**
 * Bench of the offline page (`npm run bench`): its size, and the time from choosing a workbook to
 * the first result on screen (Chromium from file://, every other request blocked), median of 5,
 * for the Kupang 2023 fixture. Prints one table; skipped with one line when no browser is found.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

const FIXTURE = 'kupang-2023.xlsx';
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'];

export interface OfflineFigures {
  pageBytes: number;
  fixtureBytes: number;
  /** Opening the page until its file input is there, ms (median). */
  openMs: number;
  /** Choosing the workbook until its summary is shown, ms (median). */
  firstResultMs: number;
}

/** The project folder (the first one up with a package.json: from src/bench or dist-bench/src/bench). */
function projectRoot(): string {
  let d = __dirname;
  while (!fs.existsSync(path.join(d, 'package.json')) && path.dirname(d) !== d) d = path.dirname(d);
  return d;
}

function browser(): string | null {
  const named = process.env.CAPAIAN_PK_BROWSER;
  if (named) return fs.existsSync(named) ? named : null;
  return BROWSERS.find((b) => fs.existsSync(b)) ?? null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function benchOffline(runs = 5): Promise<OfflineFigures | null> {
  const root = projectRoot();
  const page = path.join(root, 'dist-offline', 'capaian-pk-luring.html');
  const fixture = path.join(root, 'tests', 'fixtures', FIXTURE);
  const exe = browser();
  if (!exe) {
    process.stdout.write('Halaman luring: dilewati (tidak ada Chromium/Chrome/Edge; set CAPAIAN_PK_BROWSER).\n');
    return null;
  }
  if (!fs.existsSync(page)) {
    const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'offline'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm run build:offline gagal');
  }
  const { chromium } = await import('playwright-core');
  const b = await chromium.launch({ executablePath: exe, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const open: number[] = [];
  const first: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const ctx = await b.newContext();
      await ctx.route('**/*', (route) => (/^(file|data|blob):/.test(route.request().url()) ? route.continue() : route.abort()));
      const p = await ctx.newPage();
      let t = performance.now();
      await p.goto(pathToFileURL(page).href);
      await p.locator('[data-testid="berkas"]').waitFor({ state: 'attached' });
      open.push(performance.now() - t);
      t = performance.now();
      await p.setInputFiles('[data-testid="berkas"]', fixture);
      await p.locator('[data-hasil]').waitFor();
      first.push(performance.now() - t);
      await ctx.close();
    }
  } finally {
    await b.close();
  }
  const f: OfflineFigures = {
    pageBytes: fs.statSync(page).size,
    fixtureBytes: fs.statSync(fixture).size,
    openMs: median(open),
    firstResultMs: median(first),
  };
  process.stdout.write(
    [
      'Halaman luring (capaian-pk-luring.html, Chromium dari file://, median dari ' + runs + ')',
      `  ukuran halaman        ${(f.pageBytes / 1024 / 1024).toFixed(2)} MiB`,
      `  buka sampai siap      ${f.openMs.toFixed(0)} ms`,
      `  pilih berkas sampai hasil pertama (${FIXTURE}, ${(f.fixtureBytes / 1024).toFixed(0)} KiB)  ${f.firstResultMs.toFixed(0)} ms`,
      '',
    ].join('\n'),
  );
  return f;
}

if (require.main === module) {
  benchOffline().catch((e) => {
    process.stderr.write(`Bench halaman luring gagal: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
