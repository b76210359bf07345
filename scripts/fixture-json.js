#!/usr/bin/env node
 
/**
 * Sample workbooks for the browser playground: tests/fixtures/*.xlsx -> src/playground/fixtures/*.json
 * (one WorkbookSnapshot per workbook, plus index.json listing them). Runs in Node at build time
 * (webpack --env playground calls generate()); exceljs never reaches the browser.
 *
 * The project's own reader (src/xlsx/read.ts, loaded through a small TypeScript require hook) is
 * used so the playground sees exactly what the CLI sees; while that reader is not there yet, a
 * plain exceljs reading is used instead.
 *
 *   node scripts/fixture-json.js [--force]
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'tests', 'fixtures');
const OUT = path.join(ROOT, 'src', 'playground', 'fixtures');

let hookInstalled = false;
function installTsHook() {
  if (hookInstalled) return;
  hookInstalled = true;
  const ts = require('typescript');
  const prev = require.extensions['.ts'];
  if (prev) return; // ts-jest / ts-node already handles .ts
  require.extensions['.ts'] = (module, filename) => {
    const src = fs.readFileSync(filename, 'utf8');
    const out = ts.transpileModule(src, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    });
    module._compile(out.outputText, filename);
  };
}

async function readWithProject(file) {
  installTsHook();
  const mod = require(path.join(ROOT, 'src', 'xlsx', 'read.ts'));
  return mod.readWorkbookFile(file);
}

// ------------------------------------------------------------ fallback reader (plain exceljs)

function plainValue(v) {
  if (v === null || v === undefined) return { value: null, formula: null };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), formula: null };
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const r = plainValue(v.result === undefined ? null : v.result);
      return { value: r.value, formula: v.formula ? `=${v.formula}` : null };
    }
    if ('richText' in v) return { value: v.richText.map((x) => x.text).join(''), formula: null };
    if ('error' in v) return { value: v.error, formula: null };
    if ('text' in v) return { value: String(v.text), formula: null };
    return { value: String(v), formula: null };
  }
  return { value: v, formula: null };
}

function displayText(value, fmt) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (fmt && fmt.includes('%')) {
      const m = /0\.(0+)%/.exec(fmt);
      const d = m ? m[1].length : 0;
      return `${(value * 100).toFixed(d)}%`;
    }
    if (fmt && /0\.(0+)/.test(fmt)) return value.toFixed(/0\.(0+)/.exec(fmt)[1].length);
    return String(Math.round(value * 1e10) / 1e10);
  }
  return String(value);
}

async function readPlain(file) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = [];
  wb.eachSheet((ws) => {
    const bottom = ws.rowCount || 0;
    const right = ws.columnCount || 0;
    const values = [];
    const text = [];
    const formats = [];
    const formulas = [];
    const notes = {};
    for (let r = 1; r <= bottom; r++) {
      const vr = [], tr = [], fr = [], xr = [];
      for (let c = 1; c <= right; c++) {
        const cell = ws.getCell(r, c);
        const { value, formula } = plainValue(cell.value);
        const fmt = cell.numFmt || 'General';
        vr.push(value);
        tr.push(displayText(value, fmt));
        fr.push(fmt);
        xr.push(formula);
        if (cell.note) {
          const n = typeof cell.note === 'string' ? cell.note : (cell.note.texts || []).map((x) => x.text).join('');
          notes[cell.address] = n;
        }
      }
      values.push(vr);
      text.push(tr);
      formats.push(fr);
      formulas.push(xr);
    }
    const merges = (ws.model.merges || []).map((ref) => {
      const [a, b] = ref.split(':');
      const p = (x) => {
        const m = /^([A-Z]+)(\d+)$/.exec(x);
        let n = 0;
        for (const ch of m[1]) n = n * 26 + (ch.charCodeAt(0) - 64);
        return { row: Number(m[2]), col: n };
      };
      const s = p(a), e = p(b || a);
      return { top: s.row, left: s.col, bottom: e.row, right: e.col };
    });
    sheets.push({
      sheet: ws.name, top: 1, left: 1, values, text, formats, formulas, merges,
      visibility: ws.state === 'hidden' ? 'hidden' : ws.state === 'veryHidden' ? 'veryHidden' : 'visible',
      notes,
    });
  });
  return { file: path.basename(file), sheets, activeSheet: sheets[0] ? sheets[0].sheet : undefined };
}

// ------------------------------------------------------------ main

async function snapshotOf(file) {
  try {
    const snap = await readWithProject(file);
    return { snap, reader: 'src/xlsx/read.ts' };
  } catch (e) {
    const snap = await readPlain(file);
    return { snap, reader: `exceljs (project reader unavailable: ${String((e && e.message) || e).slice(0, 80)})` };
  }
}

async function generate(opts = {}) {
  const log = opts.quiet ? () => {} : (m) => console.log(`[fixture-json] ${m}`);
  fs.mkdirSync(OUT, { recursive: true });
  const files = fs.existsSync(SRC) ? fs.readdirSync(SRC).filter((f) => f.endsWith('.xlsx') && !f.startsWith('~$')).sort() : [];
  const index = [];
  for (const f of files) {
    const name = f.replace(/\.xlsx$/, '');
    const src = path.join(SRC, f);
    const dst = path.join(OUT, `${name}.json`);
    const fresh =
      !opts.force && fs.existsSync(dst) && fs.statSync(dst).mtimeMs >= fs.statSync(src).mtimeMs &&
      fs.statSync(dst).mtimeMs >= newestReaderTime();
    if (!fresh) {
      const { snap, reader } = await snapshotOf(src);
      snap.file = f;
      fs.writeFileSync(dst, JSON.stringify(snap));
      log(`${f} -> ${path.relative(ROOT, dst)} (${reader})`);
    }
    index.push(name);
  }
  fs.writeFileSync(path.join(OUT, 'index.json'), JSON.stringify(index));
  if (files.length === 0) log(`no workbook in ${path.relative(ROOT, SRC)} yet`);
  return index;
}

/** JSON made before the project's reader changed is made again. */
function newestReaderTime() {
  const dir = path.join(ROOT, 'src', 'xlsx');
  let t = 0;
  if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) t = Math.max(t, fs.statSync(path.join(dir, f)).mtimeMs);
  return t;
}

module.exports = { generate };

if (require.main === module) {
  generate({ force: process.argv.includes('--force') }).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
