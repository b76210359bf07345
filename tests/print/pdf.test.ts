/**
 * issue 16 point 6: the sheets `hitung` writes print as staff paste them into the LKjIP. The CLI's
 * output for kupang-2023.xlsx (24 indicators with long names, 32 findings, a Renstra matrix) is
 * rendered to PDF by LibreOffice, headless, in ONE soffice run over two copies: one prints only
 * `Temuan`, the other only `Perbandingan Renstra` (every other sheet gets a print area of one empty
 * cell, XFD1048576, and LibreOffice leaves empty pages out). Then, with poppler's pdfinfo/pdftotext:
 * - every page is landscape A4 (width > height);
 * - one page wide: every page holds the first and the last column (No ... Kode aturan /
 *   Keterangan), and the rows run on from page to page in order (pages tall only);
 * - the header row is on every page (print titles);
 * - every indicator name and every finding's message is in the text whole (compared without
 *   whitespace, so a line break inside a wrapped cell does not count as a cut).
 * The Kanwil rekap of four workbooks is printed whole in the same run: landscape pages, every
 * indicator name of Rekap Indikator and every message of its Temuan whole.
 * The test fails (never skips) when soffice or pdftotext is missing: `.ci/run` installs
 * libreoffice-calc-nogui and poppler-utils.
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseA1, sheetRef } from '../../src/core/grid';
import type { SheetSpec } from '../../src/core/types';
import { attr, Package, workbookPart } from '../../src/xlsx/package';
import { main } from '../../src/cli/main';
import { hitungBytes } from '../xlsx/hitung-file';

jest.setTimeout(180000);

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'kupang-2023.xlsx');
const REKAP_INPUTS = ['kupang-2023.xlsx', 'soe-2023.xlsx', 'sarolangun-2022.xlsx', 'balikpapan-2022.xlsx'].map((f) => path.join(__dirname, '..', 'fixtures', f));
const SHEETS = { temuan: 'Temuan', renstra: 'Perbandingan Renstra' } as const;
/** The table's header row on each sheet (the Renstra sheet has its title and sources above). */
const HEADER_ROW = { temuan: 1, renstra: 3 } as const;
type Which = keyof typeof SHEETS;

interface Page {
  width: number;
  height: number;
  /** pdftotext -raw: content order, so a wrapped cell's lines come together. */
  text: string;
}

let dir: string;
let specs: Record<Which, SheetSpec>;
const pdf = {} as Record<Which, Page[]>;
let rekap: ExcelJS.Workbook;
let rekapPages: Page[];

function need(cmd: string, args: string[], pkg: string): void {
  const v = spawnSync(cmd, args, { encoding: 'utf8' });
  if (v.error) throw new Error(`${cmd} is not installed: apt-get install ${pkg}`);
}

/** The output with a print area of one empty cell on every sheet but `keep`. */
function onlySheet(output: Uint8Array, keep: string): Uint8Array {
  const pkg = new Package(output);
  const wb = workbookPart(pkg);
  let xml = pkg.text(wb)!;
  const names = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*\/>/g)].map((m) => attr(m[0], 'name')!);
  const areas = names
    .map((n, i) => (n === keep ? '' : `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${sheetRef(n).replace(/'/g, '&apos;')}!$XFD$1048576</definedName>`))
    .join('');
  xml = xml.includes('</definedNames>') ? xml.replace('</definedNames>', `${areas}</definedNames>`) : xml.replace('</sheets>', `</sheets><definedNames>${areas}</definedNames>`);
  pkg.setText(wb, xml);
  return pkg.toBytes();
}

function pagesOf(file: string): Page[] {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' }).stdout;
  const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[2]), height: Number(m[3]) }));
  return sizes.map((s, i) => ({
    ...s,
    text: spawnSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }).stdout,
  }));
}

beforeAll(async () => {
  need('soffice', ['--version'], 'libreoffice-calc-nogui');
  need('pdftotext', ['-v'], 'poppler-utils');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'print-pdf-'));
  fs.mkdirSync(path.join(dir, 'profile'));
  const run = await hitungBytes(new Uint8Array(fs.readFileSync(FIXTURE)));
  specs = {
    temuan: run.plan.sheets.find((s) => s.name === SHEETS.temuan)!,
    renstra: run.plan.sheets.find((s) => s.name === SHEETS.renstra)!,
  };
  const files = (Object.keys(SHEETS) as Which[]).map((w) => {
    const f = path.join(dir, `${w}.xlsx`);
    fs.writeFileSync(f, onlySheet(run.output, SHEETS[w]));
    return f;
  });
  // the Kanwil rekap of four workbooks, printed whole (its four sheets) in the same soffice run
  const rekapFile = path.join(dir, 'rekap.xlsx');
  const code = await main(['rekap', ...REKAP_INPUTS, '-o', rekapFile], { out: () => undefined, err: () => undefined });
  expect(code).not.toBe(2);
  rekap = new ExcelJS.Workbook();
  await rekap.xlsx.readFile(rekapFile);
  files.push(rekapFile);
  const args = [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files];
  const r = spawnSync('soffice', args, { encoding: 'utf8', timeout: 150000 });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  for (const w of Object.keys(SHEETS) as Which[]) pdf[w] = pagesOf(path.join(dir, `${w}.pdf`));
  rekapPages = pagesOf(path.join(dir, 'rekap.pdf'));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const bare = (s: string) => s.replace(/\s+/g, '');

/** The text of the sheet's cells in row `row`, columns from..to, as the plan wrote them. */
function rowTexts(spec: SheetSpec, row: number, from = 1, to = 99): string[] {
  return spec.cells
    .filter((c) => parseA1(c.cell).row === row && parseA1(c.cell).col >= from && parseA1(c.cell).col <= to && typeof c.value === 'string' && c.value !== '')
    .map((c) => String(c.value));
}

function columnTexts(spec: SheetSpec, col: number, top: number, bottom: number): string[] {
  return spec.cells
    .filter((c) => parseA1(c.cell).col === col && parseA1(c.cell).row >= top && parseA1(c.cell).row <= bottom && typeof c.value === 'string' && c.value !== '')
    .map((c) => String(c.value));
}

describe.each(Object.keys(SHEETS) as Which[])('%s printed by LibreOffice', (which) => {
  test('landscape on every page, more than one page', () => {
    const pages = pdf[which];
    // 32 findings of two lines each, and 24 indicators with wrapped names, do not fit on one A4 page
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) expect(p.width).toBeGreaterThan(p.height);
    // A4 landscape: 842 x 595 points
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
  });

  test('the header row on every page (print titles)', () => {
    const spec = specs[which];
    const heads = rowTexts(spec, HEADER_ROW[which]).map(bare);
    expect(heads.length).toBeGreaterThanOrEqual(7);
    pdf[which].forEach((p, i) => {
      for (const h of heads) expect({ page: i + 1, has: bare(p.text).includes(h), h }).toEqual({ page: i + 1, has: true, h });
    });
  });
});

describe('Temuan: one page wide, every finding whole', () => {
  test('every page holds the first column (No) and the last (Kode aturan); the findings run on in order', () => {
    const t = specs.temuan;
    const n = t.cells.filter((c) => parseA1(c.cell).col === 1 && typeof c.value === 'number').length;
    expect(n).toBe(32);
    let next = 1;
    pdf.temuan.forEach((p) => {
      // the numbers of column A on this page, in order, each a line's first token in -raw text
      const ids = columnTexts(t, 7, 2, n + 1);
      const lines = p.text.split('\n');
      const nos = lines.map((l) => /^(\d+)\s+(Galat|Peringatan|Info)\b/.exec(l.trim())).filter(Boolean).map((m) => Number(m![1]));
      expect(nos.length).toBeGreaterThan(0);
      expect(nos).toEqual(nos.map((_, k) => next + k));
      next += nos.length;
      // the rule id column (G), right-most, is on the same page as the rows
      expect(ids.some((id) => p.text.includes(id))).toBe(true);
    });
    expect(next - 1).toBe(n);
  });

  test('every message, rule name and sheet name is in the text whole', () => {
    const all = bare(pdf.temuan.map((p) => p.text).join('\n'));
    const t = specs.temuan;
    for (const col of [3, 4, 6, 7]) for (const s of columnTexts(t, col, 2, 33)) expect({ s, whole: all.includes(bare(s)) }).toEqual({ s, whole: true });
  });
});

describe('Perbandingan Renstra: one page wide, every indicator name whole', () => {
  // print titles repeat only the columns a page holds: the first and last header on a page mean it spans A:L
  test('every page spans all columns: its repeated header has No and Keterangan', () => {
    const r = specs.renstra;
    const heads = rowTexts(r, 3);
    const first = bare(heads[0]);
    const last = bare(heads[heads.length - 1]);
    for (const p of pdf.renstra) {
      expect(bare(p.text).includes(first)).toBe(true);
      expect(bare(p.text).includes(last)).toBe(true);
    }
  });

  test('every Sasaran and Indikator of the main table, and every chart-block label, appear whole', () => {
    const r = specs.renstra;
    const bottom = parseA1(r.table!.range.split(':')[1]).row;
    const all = bare(pdf.renstra.map((p) => p.text).join('\n'));
    const names = [...columnTexts(r, 2, 4, bottom), ...columnTexts(r, 3, 4, bottom)];
    expect(names.length).toBeGreaterThanOrEqual(24 + 24);
    for (const s of names) expect({ s, whole: all.includes(bare(s)) }).toEqual({ s, whole: true });
    // the chart block's labels ('1. Persentase pemenuhan layanan makanan bagi…') sit in column C
    const chart = r.charts[0].dataRange;
    const [top, end] = chart.split(':').map((a) => parseA1(a));
    const labels = columnTexts(r, top.col, top.row + 1, end.row);
    expect(labels.length).toBeGreaterThan(0);
    for (const s of labels) expect({ s, whole: all.includes(bare(s)) }).toEqual({ s, whole: true });
  });
});

describe('the Kanwil rekap printed by LibreOffice', () => {
  const texts = (sheet: string, col: number): string[] => {
    const out: string[] = [];
    rekap.getWorksheet(sheet)!.eachRow((r, n) => {
      const v = r.getCell(col).value;
      if (n > 1 && typeof v === 'string' && v !== '') out.push(v);
    });
    return out;
  };

  test('landscape A4 on every page', () => {
    expect(rekapPages.length).toBeGreaterThanOrEqual(4);
    for (const p of rekapPages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
  });

  test('every indicator name (Rekap Indikator) and every message and rule name (Temuan) whole', () => {
    const all = bare(rekapPages.map((p) => p.text).join('\n'));
    const names = texts('Rekap Indikator', 2);
    const messages = texts('Temuan', 8);
    const rules = texts('Temuan', 7);
    // the messages run past the widest column (60 characters): cut before the rekap wrapped them
    expect(messages.some((m) => m.length > 120)).toBe(true);
    expect(names.length).toBeGreaterThan(20);
    for (const s of [...names, ...messages, ...rules]) expect({ s, whole: all.includes(bare(s)) }).toEqual({ s, whole: true });
  });
});
