/**
 * Finding the browser for the end-to-end tests: the environment variable, the usual paths per
 * platform, installing on Debian/Ubuntu as root, else one line saying what to install.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { aptInstallChromium, BrowserMissing, candidates, findBrowser, type BrowserDeps } from './browser';

function deps(over: Partial<BrowserDeps> & { files?: string[] }): BrowserDeps & { installs: number } {
  const files = new Set(over.files ?? []);
  const d = {
    env: {},
    platform: 'linux' as NodeJS.Platform,
    exists: (f: string) => files.has(f),
    canInstall: () => false,
    installs: 0,
    install: () => {
      d.installs++;
      files.add('/usr/bin/chromium');
    },
    ...over,
  };
  return d;
}

test('CAPAIAN_PK_BROWSER wins over the usual paths', () => {
  expect(findBrowser(deps({ env: { CAPAIAN_PK_BROWSER: '/opt/x/chrome' }, files: ['/opt/x/chrome', '/usr/bin/chromium'] }))).toBe('/opt/x/chrome');
});

test('CAPAIAN_PK_BROWSER naming a missing file fails with one line naming it', () => {
  const d = deps({ env: { CAPAIAN_PK_BROWSER: '/nowhere/chrome' }, files: ['/usr/bin/chromium'] });
  expect(() => findBrowser(d)).toThrow(BrowserMissing);
  expect(() => findBrowser(d)).toThrow(/CAPAIAN_PK_BROWSER=\/nowhere\/chrome/);
});

test.each([
  ['linux', '/usr/bin/google-chrome-stable'],
  ['linux', '/opt/microsoft/msedge/msedge'],
  ['darwin', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
  ['win32', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
] as Array<[NodeJS.Platform, string]>)('%s: finds %s', (platform, file) => {
  const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', HOME: '/Users/a' };
  expect(candidates(platform, env)).toContain(file);
  expect(findBrowser(deps({ platform, env, files: [file] }))).toBe(file);
});

test('none found on Debian as root: installs Chromium once, then uses it', () => {
  const d = deps({ canInstall: () => true });
  expect(findBrowser(d)).toBe('/usr/bin/chromium');
  expect(d.installs).toBe(1);
});

test('none found and no way to install: one line saying what to install', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as NodeJS.Platform[]) {
    const d = deps({ platform });
    let msg = '';
    try {
      findBrowser(d);
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).not.toContain('\n');
    expect(msg).toMatch(platform === 'linux' ? /apt-get install chromium/ : /Google Chrome atau Microsoft Edge/);
    expect(msg).toContain('CAPAIAN_PK_BROWSER');
    expect(d.installs).toBe(0);
  }
});

test('an install that fails says so in one line and does not loop', () => {
  const d = deps({ canInstall: () => true, install: () => { throw new Error('E: Unable to locate package chromium\nmore'); } });
  expect(() => findBrowser(d)).toThrow(/^Memasang Chromium dengan apt-get gagal \(E: Unable to locate package chromium\)\. /);
});

test('the real install step: apt-get update, then install -y chromium (a recording fake apt-get)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-apt-'));
  const log = path.join(dir, 'calls.txt');
  const fake = path.join(dir, 'apt-get');
  fs.writeFileSync(fake, `#!/bin/sh\necho "$DEBIAN_FRONTEND $@" >> '${log}'\n`, { mode: 0o755 });
  try {
    if (process.platform === 'win32') return; // a shell script stands in for apt-get
    aptInstallChromium(fake, dir);
    expect(fs.readFileSync(log, 'utf8').trim().split('\n')).toEqual(['noninteractive update -qq', 'noninteractive install -y -qq chromium']);
    expect(fs.existsSync(path.join(dir, 'capaian-pk-browser-install.lock'))).toBe(false); // lock released
    // a failing apt-get is an error with its last line
    fs.writeFileSync(fake, '#!/bin/sh\necho "E: Unable to locate package chromium" >&2\nexit 100\n', { mode: 0o755 });
    expect(() => aptInstallChromium(fake, dir)).toThrow('apt-get update: E: Unable to locate package chromium');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
