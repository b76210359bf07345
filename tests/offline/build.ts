/**
 * Builds the offline page (webpack `--env offline`, production) in a child Node process, once per
 * change of its inputs, and says where the page is.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const OFFLINE_DIR = path.join(ROOT, 'dist-offline');
export const OFFLINE_PAGE = path.join(OFFLINE_DIR, 'capaian-pk-luring.html');

function newestInput(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  if (p.endsWith(path.join('playground', 'fixtures'))) return 0; // written by another build
  return Math.max(0, ...fs.readdirSync(p).map((f) => newestInput(path.join(p, f))));
}

/** Runs webpack for the offline page unless the page is newer than src/ and the webpack configs. */
export function buildOffline(): string {
  const inputs = [path.join(ROOT, 'src'), path.join(ROOT, 'webpack.config.js'), path.join(ROOT, 'package-lock.json')];
  if (fs.existsSync(OFFLINE_PAGE) && fs.statSync(OFFLINE_PAGE).mtimeMs > Math.max(...inputs.map(newestInput))) return OFFLINE_PAGE;
  const script = `
    const webpack = require('webpack');
    Promise.resolve(require(${JSON.stringify(path.join(ROOT, 'webpack.config.js'))})({ offline: true }, { mode: 'production' }))
      .then((config) => new Promise((res, rej) => { const c = webpack(config); c.run((err, stats) => c.close(() => {
        if (err) return rej(err);
        if (stats.hasErrors()) return rej(new Error(stats.toString({ all: false, errors: true })));
        res();
      })); }))
      .then(() => process.exit(0), (e) => { console.error(e && e.message ? e.message : e); process.exit(1); });
  `;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`offline page build failed:\n${r.stderr}\n${r.stdout}`);
  return OFFLINE_PAGE;
}
