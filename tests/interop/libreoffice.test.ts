/**
 * issue 9 part 5: LibreOffice as an independent reader. Every fixture (tests/fixtures/*.xlsx,
 * variants, the rich corpus) goes through `hitung`; LibreOffice (headless, set to recalculate
 * every formula when it loads an OOXML file) opens all outputs in ONE invocation and saves them
 * again; then for every formula the project wrote, LibreOffice's recalculated value must equal
 * the cached value written, with no formula error, and a person's formula over the capaian column
 * (=AVERAGE(F4:F27) in the rich workbooks, cached with the old values) must show the new average.
 * The check fails (never skips) when soffice is missing: `.ci/run` installs libreoffice-calc-nogui.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cellAt, parseA1, type WorkbookSnapshot } from '../../src/core/grid';
import type { CellWrite } from '../../src/core/types';
import { readWorkbookFile } from '../../src/xlsx/read';
import { hitungBytes } from '../xlsx/hitung-file';

jest.setTimeout(240000);

const FIX = path.join(__dirname, '..', 'fixtures');
const list = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(dir, f));
const FILES = [...list(FIX), ...list(path.join(FIX, 'variants')), ...list(path.join(FIX, 'rich'))];

// org.openoffice.Office.Calc/Formula/Load: 0 = always recalculate on load (OOXML and ODF).
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

interface Written {
  name: string;
  formulas: CellWrite[];
}

let dir: string;
const written: Written[] = [];
const recalculated = new Map<string, WorkbookSnapshot>();

beforeAll(async () => {
  const v = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (v.error || v.status !== 0) throw new Error('soffice (LibreOffice) is not installed: apt-get install libreoffice-calc-nogui');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interop-lo-'));
  const inDir = path.join(dir, 'in');
  const outDir = path.join(dir, 'out');
  fs.mkdirSync(inDir);
  fs.mkdirSync(path.join(dir, 'profile', 'user'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  for (const f of FILES) {
    const name = `${path.basename(path.dirname(f))}-${path.basename(f)}`;
    const run = await hitungBytes(new Uint8Array(fs.readFileSync(f)));
    fs.writeFileSync(path.join(inDir, name), run.output);
    written.push({ name, formulas: [...run.plan.cells, ...run.plan.sheets.flatMap((s) => s.cells)].filter((w) => w.formula) });
  }
  const args = [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, ...written.map((w) => path.join(inDir, w.name))];
  const r = spawnSync('soffice', args, { encoding: 'utf8', timeout: 200000 });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  for (const w of written) recalculated.set(w.name, await readWorkbookFile(path.join(outDir, w.name)));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function valueIn(wb: WorkbookSnapshot, sheet: string, ref: string) {
  const g = wb.sheets.find((s) => s.sheet === sheet);
  if (!g) throw new Error(`LibreOffice's copy has no sheet ${sheet}`);
  const { row, col } = parseA1(ref);
  return cellAt(g, row, col).value;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return (a ?? '') === (b ?? '');
}

test('every formula written: LibreOffice recalculates the cached value, no errors', () => {
  let checked = 0;
  const mismatches: string[] = [];
  for (const w of written) {
    const wb = recalculated.get(w.name)!;
    for (const f of w.formulas) {
      const got = valueIn(wb, f.sheet, f.cell);
      checked++;
      if (typeof got === 'string' && /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!)/.test(got)) mismatches.push(`${w.name} ${f.sheet}!${f.cell}: error ${got}`);
      else if (!same(got, f.value)) mismatches.push(`${w.name} ${f.sheet}!${f.cell} ${f.formula}: written ${JSON.stringify(f.value)}, LibreOffice ${JSON.stringify(got)}`);
    }
  }
   
  console.log(`LibreOffice check: ${written.length} workbooks, ${checked} formula cells, ${mismatches.length} mismatches`);
  expect(mismatches).toEqual([]);
  expect(checked).toBeGreaterThan(100);
});

test("a person's formula over the capaian column shows the new value", async () => {
  const rich = written.filter((w) => w.name.startsWith('rich-'));
  expect(rich.length).toBe(4);
  for (const w of rich) {
    const wb = recalculated.get(w.name)!;
    const g = wb.sheets.find((s) => s.sheet === 'Pengukuran 2023')!;
    const nums: number[] = [];
    for (let r = 4; r <= 27; r++) {
      const v = cellAt(g, r, 6).value;
      if (typeof v === 'number') nums.push(v);
    }
    const mean = nums.reduce((a, b) => a + b, 0) / nums.length;
    const n2 = valueIn(wb, 'Pengukuran 2023', 'N2');
    expect(typeof n2).toBe('number');
    expect(same(n2, mean)).toBe(true);
    // the input cached the old average: LibreOffice really recalculated
    const before = await readWorkbookFile(path.join(FIX, 'rich', w.name.replace(/^rich-/, '')));
    const old = valueIn(before, 'Pengukuran 2023', 'N2');
    expect(typeof old).toBe('number');
    expect(same(n2, old)).toBe(false);
  }
});
