#!/usr/bin/env node
/**
 * `npm run release -- --url https://HOST/PATH/ [--versi A.B.C.D] [--keluar DIR]`
 *
 * One zip for the IT admin (release/capaian-pk-<versi>.zip):
 * - the add-in's production bundle, scripts with content-hashed names (`taskpane.<hash>.js`: a new
 *   build is a new name, so no browser or Office cache keeps an old script);
 * - manifest.xml with every URL under --url and its <Version> raised (Office installs an update
 *   only when the version is higher);
 * - the offline page capaian-pk-luring.html (for Excel versions that cannot run the add-in);
 * - bantuan.html: the help page the manifest's SupportUrl points at;
 * - PASANG.md: how to host, install and update, in Indonesian.
 * Built offline; the zip is made with fflate (same bytes for the same inputs and --versi).
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { zipSync } = require('fflate');

const ROOT = path.resolve(__dirname, '..');
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Names of the files the page and the manifest load; hashed ones: `<name>.<20 hex>.js`. */
const HASH_LENGTH = 20;

class ReleaseError extends Error {}

function parseArgs(argv) {
  const args = { url: null, versi: null, keluar: path.join(ROOT, 'release') };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (name === '--url') args.url = value();
    else if (name === '--versi' || name === '--version') args.versi = value();
    else if (name === '--keluar' || name === '--out') args.keluar = path.resolve(value());
    else throw new ReleaseError(`Opsi tidak dikenal: ${argv[i]} (pakai --url https://server/jalur/ [--versi A.B.C.D] [--keluar FOLDER]).`);
  }
  if (!args.url) throw new ReleaseError('Alamat tidak diberikan: npm run release -- --url https://server/jalur/');
  let u;
  try {
    u = new URL(args.url);
  } catch {
    throw new ReleaseError(`Alamat tidak sah: ${args.url}`);
  }
  if (u.protocol !== 'https:') throw new ReleaseError(`Alamat harus https:// (Office hanya memuat add-in lewat HTTPS): ${args.url}`);
  if (u.search || u.hash) throw new ReleaseError(`Alamat tidak boleh memuat ? atau #: ${args.url}`);
  args.url = u.href.endsWith('/') ? u.href : `${u.href}/`;
  if (args.versi && !/^\d{1,5}(\.\d{1,5}){3}$/.test(args.versi)) throw new ReleaseError(`Versi harus empat angka A.B.C.D (masing-masing paling banyak 5 digit): ${args.versi}`);
  return args;
}

function compareVersions(a, b) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) if ((x[i] || 0) !== (y[i] || 0)) return (x[i] || 0) - (y[i] || 0);
  return 0;
}

/**
 * The released version: --versi, else the manifest's major.minor with the date and time of the
 * build (`1.0.26334.1342` for 30 November 2026, 13:42 UTC), so every later release is higher.
 */
function releaseVersion(manifestVersion, asked, now = new Date()) {
  if (asked) {
    if (compareVersions(asked, manifestVersion) <= 0) throw new ReleaseError(`Versi ${asked} harus lebih tinggi dari versi manifest ${manifestVersion}.`);
    return asked;
  }
  const [major, minor] = manifestVersion.split('.');
  const start = Date.UTC(now.getUTCFullYear(), 0, 1);
  const day = Math.floor((now.getTime() - start) / 86400000) + 1;
  const yyddd = (now.getUTCFullYear() % 100) * 1000 + day;
  const hhmm = now.getUTCHours() * 100 + now.getUTCMinutes();
  return `${major}.${minor || 0}.${yyddd}.${hhmm}`;
}

function runWebpack(config) {
  const webpack = require('webpack');
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, stats) =>
      compiler.close(() => {
        if (err) return reject(err);
        if (stats.hasErrors()) return reject(new ReleaseError(`Pembangunan gagal:\n${stats.toString({ all: false, errors: true })}`));
        resolve();
      }),
    );
  });
}

/** The add-in's production build into `dir`, scripts named by their content's hash. */
async function buildAddin(dir, url) {
  process.env.ADDIN_URL = url;
  const make = require(path.join(ROOT, 'webpack.config.js'));
  const config = await make({}, { mode: 'production' });
  config.output = {
    ...config.output,
    path: dir,
    filename: '[name].[contenthash].js',
    // sha256 so that anyone can check a name against its file (tests/release).
    hashFunction: 'sha256',
    hashDigestLength: HASH_LENGTH,
    clean: true,
  };
  config.cache = config.cache && { ...config.cache, name: 'release-production' };
  await runWebpack(config);
}

async function buildOffline(dir) {
  const make = require(path.join(ROOT, 'webpack.config.js'));
  const config = await make({ offline: true, out: path.relative(ROOT, dir) }, { mode: 'production' });
  await runWebpack(config);
  return path.join(dir, require(path.join(ROOT, 'src', 'offline', 'webpack.js')).PAGE);
}

function walk(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, base) : [path.relative(base, p).split(path.sep).join('/')];
  });
}

/** The released manifest: its version, and its support and learn-more links on bantuan.html (not the pane). */
function releasedManifest(manifest, version, url) {
  if (!/<Version>[^<]*<\/Version>/.test(manifest)) throw new ReleaseError('manifest.xml tidak memuat <Version>.');
  return manifest
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`)
    .replace(/(<SupportUrl DefaultValue=")[^"]*(")/, `$1${url}bantuan.html$2`)
    .replace(/(<bt:Url id="GetStarted\.LearnMoreUrl" DefaultValue=")[^"]*(")/, `$1${url}bantuan.html$2`);
}

/** Files of the zip: path -> bytes. */
async function collect(url, versi) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-pk-rilis-'));
  try {
    const app = path.join(tmp, 'app');
    await buildAddin(app, url);
    const page = await buildOffline(path.join(tmp, 'luring'));
    const files = {};
    for (const rel of walk(app)) if (!rel.endsWith('.map')) files[rel] = fs.readFileSync(path.join(app, rel));
    if (!files['manifest.xml']) throw new ReleaseError('Pembangunan tidak menghasilkan manifest.xml.');
    const current = /<Version>([^<]*)<\/Version>/.exec(files['manifest.xml'].toString('utf8'))[1];
    const version = releaseVersion(current, versi);
    files['manifest.xml'] = Buffer.from(releasedManifest(files['manifest.xml'].toString('utf8'), version, url), 'utf8');
    files[path.basename(page)] = fs.readFileSync(page);
    files['bantuan.html'] = Buffer.from(require('./release-bantuan.js').bantuan({ version }), 'utf8');
    files['PASANG.md'] = Buffer.from(require('./release-pasang.js').pasang({ url, version, files: Object.keys(files).sort() }), 'utf8');
    return { files, version };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Zip with fixed dates (1 January 2020) and sorted names: same inputs, same bytes. */
function zip(files) {
  const mtime = new Date(Date.UTC(2020, 0, 1));
  const entries = {};
  for (const name of Object.keys(files).sort()) entries[name] = [new Uint8Array(files[name]), { mtime, level: 9 }];
  return Buffer.from(zipSync(entries));
}

async function release(argv) {
  const args = parseArgs(argv);
  const { files, version } = await collect(args.url, args.versi);
  fs.mkdirSync(args.keluar, { recursive: true });
  const out = path.join(args.keluar, `capaian-pk-${version}.zip`);
  fs.writeFileSync(out, zip(files));
  return { out, version, files: Object.keys(files).sort() };
}

module.exports = { release, parseArgs, releaseVersion, compareVersions, OFFICE_JS_CDN, HASH_LENGTH, ReleaseError };

if (require.main === module) {
  release(process.argv.slice(2)).then(
    (r) => {
      process.stdout.write(`Rilis ${r.version}: ${r.out} (${r.files.length} berkas). Ikuti PASANG.md di dalamnya.\n`);
    },
    (e) => {
      process.stderr.write(`${e instanceof ReleaseError ? e.message : `Galat tak terduga: ${e && e.message ? e.message : e}`}\n`);
      process.exitCode = 2;
    },
  );
}
