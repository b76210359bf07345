/**
 * The built command line (dist/cli) for tests that run it as a child process: rebuilt with tsc
 * when a source file is newer, and a failed build FAILS the test (never a stale dist/).
 * A lock directory keeps two test files from building at once.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/capaian-pk.js');
const BUILT = path.join(ROOT, 'dist/cli/main.js');
const LOCK = path.join(ROOT, 'dist/.build-lock');

/** True when dist/cli/main.js is older than a source file it is built from. */
function stale(): boolean {
  if (!fs.existsSync(BUILT)) return true;
  const t = fs.statSync(BUILT).mtimeMs;
  const walk = (d: string): boolean =>
    fs.readdirSync(d, { withFileTypes: true }).some((e) => {
      const p = path.join(d, e.name);
      return e.isDirectory() ? walk(p) : p.endsWith('.ts') && fs.statSync(p).mtimeMs > t;
    });
  return ['src/core', 'src/xlsx', 'src/cli', 'src/i18n'].some((d) => fs.existsSync(path.join(ROOT, d)) && walk(path.join(ROOT, d)));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds the CLI when stale; throws with tsc's first lines when the build fails. */
export async function ensureBuilt(): Promise<void> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 180000) fs.rmSync(LOCK, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    if (!stale()) return;
    // From an empty folder (as `npm run build:cli`): a .js left by a moved or deleted source would
    // otherwise be loaded in place of the new folder's index.js.
    for (const e of fs.readdirSync(path.join(ROOT, 'dist'))) if (e !== '.build-lock') fs.rmSync(path.join(ROOT, 'dist', e), { recursive: true, force: true });
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) {
      // Touch nothing: dist/ may hold what tsc emitted, but the test must not pass on it.
      throw new Error(`The TypeScript build of the CLI failed (tsc -p tsconfig.cli.json):\n${(r.stdout + r.stderr).split('\n').slice(0, 20).join('\n')}`);
    }
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export function runBuilt(args: string[], cwd?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
