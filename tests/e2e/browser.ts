/**
 * Which Chromium-family browser the end-to-end tests drive (playwright-core brings no browser).
 *
 * In order: the program named by CAPAIAN_PK_BROWSER; the usual install paths of Chromium, Google
 * Chrome and Microsoft Edge on Linux, Windows and macOS; on Debian or Ubuntu run as root, `apt-get
 * install chromium` (once, under a lock shared by the jest workers); otherwise one line saying
 * exactly what to install.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const BROWSER_ENV = 'CAPAIAN_PK_BROWSER';

export class BrowserMissing extends Error {}

export interface BrowserDeps {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  exists: (file: string) => boolean;
  /** Debian/Ubuntu, run as root, apt-get present. */
  canInstall: () => boolean;
  /** Installs Chromium with the system's package manager; throws when that fails. */
  install: () => void;
}

/** The usual places, per platform (Edge included). */
export function candidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    const rel = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return roots.flatMap((r) => rel.map((f) => path.win32.join(r, f)));
  }
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Chromium.app/Contents/MacOS/Chromium'];
    return [...apps.map((a) => `/Applications/${a}`), ...apps.map((a) => path.posix.join(env.HOME ?? '~', 'Applications', a))];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
    '/snap/bin/chromium',
  ];
}

export function installHint(platform: NodeJS.Platform): string {
  const how =
    platform === 'win32' || platform === 'darwin'
      ? 'pasang Google Chrome atau Microsoft Edge'
      : 'pasang Chromium (Debian/Ubuntu: `sudo apt-get install chromium`; Fedora: `sudo dnf install chromium`) atau Google Chrome/Microsoft Edge';
  return `Pengujian end-to-end butuh peramban Chromium, Chrome atau Edge dan tidak ada yang ditemukan: ${how}, atau tunjuk programnya dengan ${BROWSER_ENV}=/jalur/ke/peramban.`;
}

/** The browser to drive, installing Chromium where this machine allows it; else BrowserMissing. */
export function findBrowser(deps: BrowserDeps): string {
  const named = deps.env[BROWSER_ENV];
  if (named) {
    if (deps.exists(named)) return named;
    throw new BrowserMissing(`${BROWSER_ENV}=${named}, tetapi berkas itu tidak ada: perbaiki jalurnya atau hapus variabel itu. ${installHint(deps.platform)}`);
  }
  const found = () => candidates(deps.platform, deps.env).find((c) => deps.exists(c));
  const first = found();
  if (first) return first;
  if (deps.platform === 'linux' && deps.canInstall()) {
    try {
      deps.install();
    } catch (e) {
      throw new BrowserMissing(`Memasang Chromium dengan apt-get gagal (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). ${installHint(deps.platform)}`);
    }
    const after = found();
    if (after) return after;
  }
  throw new BrowserMissing(installHint(deps.platform));
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(cmd: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((d) => d && isExecutable(path.join(d, cmd)));
}

function debianRoot(): boolean {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return root && fs.existsSync('/etc/debian_version') && onPath('apt-get');
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** apt-get update + install chromium, once for all jest workers (a lock directory in the temp dir). */
export function aptInstallChromium(aptGet = 'apt-get', lockDir = os.tmpdir()): void {
  const lock = path.join(lockDir, 'capaian-pk-browser-install.lock');
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`another install still holds ${lock}`);
      sleep(500); // another worker is installing; it is found afterwards
      if (candidates('linux', process.env).some(isExecutable)) return;
    }
  }
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
      const r = spawnSync(aptGet, args, { env, encoding: 'utf8', timeout: 15 * 60_000 });
      if (r.status !== 0) throw new Error(`apt-get ${args[0]}: ${(r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n').pop()}`);
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

let cached: string | null = null;

/** The browser for this machine (cached per jest worker). */
export function browserPath(): string {
  cached ??= findBrowser({
    env: process.env,
    platform: process.platform,
    exists: isExecutable,
    canInstall: debianRoot,
    install: () => aptInstallChromium(),
  });
  return cached;
}
