/**
 * fast-check generators for the reliability tests: random Grids that look like the seeds' PK and
 * pengukuran tables (header synonyms of docs/aturan.md mixed with junk, values in every form of
 * docs/aturan.md "Values", Excel errors, garbage, formula-looking text, long text, random merges,
 * hidden rows), plus helpers to build grids by hand.
 */
import fc from 'fast-check';
import type { Area, CellValue, Grid } from '../../src/core/grid';

// ---------------------------------------------------------------- vocabulary (docs/aturan.md)

export const HEADER_SYNONYMS: Record<string, string[]> = {
  no: ['NO', 'No.', 'NO URUT'],
  indikator: ['INDIKATOR', 'INDIKATOR KINERJA', 'INDIKATOR KINERJA UTAMA', 'INDIKATOR KINERJA PROGRAM', 'INDIKATOR KINERJA KEGIATAN', 'IKU', 'IKK', 'Indikator\nKinerja'],
  sasaran: ['SASARAN', 'SASARAN STRATEGIS', 'SASARAN PROGRAM', 'SASARAN KEGIATAN', 'TUJUAN STRATEGIS', 'Sasaran  Strategis'],
  target: ['TARGET', 'TARGET KINERJA', 'TARGET (%)', 'TARGET 2023', 'target', 'Target\n2022'],
  realisasi: ['REALISASI', 'REALISASI (%)', 'Realisasi 2023', 'realisasi'],
  capaian: ['CAPAIAN', 'CAPAIAN (%)', '% CAPAIAN', 'KINERJA', 'KINERJA (%)', '%'],
  klasifikasi: ['KLASIFIKASI', 'KATEGORI', 'PREDIKAT', 'KRITERIA', 'STATUS CAPAIAN'],
  satuan: ['SATUAN', 'Satuan'],
  polaritas: ['POLARITAS', 'POLARISASI'],
  keterangan: ['KETERANGAN', 'CATATAN', 'PENJELASAN'],
  budget: ['PAGU', 'REALISASI ANGGARAN', 'SERAPAN (%)'],
};

export const JUNK_TEXT = [
  'Lorem ipsum', 'xyz', '???', '   ', '\t', 'TW I', 'TW II', 'TW III', 'TW IV', '(1)', '(2)', '(3)', '(4)',
  'Sasaran Strategis :', 'Rata-rata capaian', 'RATA-RATA', 'Jumlah', 'Total', '2021', '2022', '2023', '2024',
  'Positif', 'Negatif', 'Maximize', 'Minimize', 'Semakin rendah semakin baik', 'Rentang',
  'Tidak ada tahanan wanita hamil', 'tidak memiliki kapasitas', 'disesuaikan dengan target', '0 orang',
  'Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Baik', 'Tercapai',
  'Persentase pemenuhan layanan makanan', 'Jumlah pelarian', 'Angka residivis', 'Indeks kepuasan masyarakat',
  'Persentase menurunnya gangguan keamanan', 'Persentase narapidana yang mengikuti pembinaan', '1. Persentase layanan',
  '\u00a0', 'é ü ñ', '中文', '🙂', 'a/b', 'null', 'undefined', 'NaN', 'Infinity', '-Infinity', '1e309', '__proto__', 'hasOwnProperty',
  // 'constructor' is left out here: it hits a known bug with its own failing test (fuzz.test.ts, regressions).
];

export const VALUE_TEXTS = [
  '80%', '80 %', '80,5%', '7,5%', '133.33%', '100%', '0%', '0 %', '-5%', '1000%',
  '1 Layanan', '2 Unit', '64 Unit', '4 Dokumen', '288 Orang', '12 Operasi', '1.067 Orang', '01 unit', '0 Orang',
  'Rp 2.362.664.000,-', 'Rp 0', 'Rp. 1.000.000',
  '80', '77,5', '94.4', '0', '0,0', '118', '1.000', '1,000', '1.000.000,5', '-3', '00', '0.0001', '99999999999',
  '80-90%', '80 s.d. 90', '80 s/d 90', '90-80', '0-0', '80 - 90 %', '5s.d.3',
  '', '-', 'N/A', 'NA', 'n/a', 'nihil', 'tidak ada', 'Nihil', '--', '—',
  '#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!',
  'abc', 'seratus', '%', '%%', ',', '.', '1..2', '1,,2', '+', 'e10', '1e5', '∞', 'Tercapai', 'Baik',
  '=1+1', '=HYPERLINK("http://x")', '+80', '-80%', '@SUM(A1)', '=cmd|\' /C calc\'!A0', '==', '+-',
];

const FORMULA_START = ['=', '+', '-', '@'];

export const EXCEL_ERRORS = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'];
export const NUMBER_FORMATS = ['General', '0%', '0.00%', '0.0%', '0', '0.00', '#,##0', '#,##0.00', '@'];

// ---------------------------------------------------------------- display text

/** Displayed text of a number in a format (close enough to Excel for the recogniser). */
export function displayText(v: CellValue, fmt: string): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const pct = /%/.test(fmt);
  const dm = /0\.(0+)/.exec(fmt);
  const dec = dm ? dm[1].length : fmt === 'General' ? -1 : 0;
  const n = pct ? v * 100 : v;
  let s = dec < 0 ? String(Number(n.toPrecision(11))) : n.toFixed(dec);
  if (/#,##/.test(fmt)) {
    const [i, f] = s.split('.');
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f !== undefined ? '.' + f : '');
  }
  return pct ? s + '%' : s;
}

// ---------------------------------------------------------------- cells

export interface GenCell {
  v: CellValue;
  fmt: string;
  /** Displayed text override (for error cells etc.). */
  text?: string;
}

const plainCell = (v: CellValue, fmt = 'General'): GenCell => ({ v, fmt });

/** Numbers as numbers, with a random percent/General format. */
export const arbNumberCell: fc.Arbitrary<GenCell> = fc
  .tuple(
    fc.oneof(
      fc.double({ min: -2, max: 3, noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -100, max: 500 }),
      fc.constantFrom(0, 1, 0.8, 0.9, 1.25, 100, 80, 75, 1e-9, -0, 1e15, 2.5e-7),
      fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
    ),
    fc.constantFrom(...NUMBER_FORMATS),
  )
  .map(([v, fmt]) => plainCell(v, fmt));

/** Long text (thousands of characters), sometimes starting with a formula character. */
export const arbLongText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', ...FORMULA_START, 'Persentase '), fc.integer({ min: 300, max: 6000 }), fc.constantFrom('a', 'kata ', '80% ', 'é'))
  .map(([p, n, unit]) => p + unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

export const arbFormulaText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FORMULA_START), fc.constantFrom('', 'SUM(A1:A3)', '1', 'Persentase layanan', ' 80%', 'cmd|\'/C calc\'!A0', 'HYPERLINK("http://example.invalid")'))
  .map(([a, b]) => a + b);

export const arbTextCell: fc.Arbitrary<GenCell> = fc
  .oneof(
    { weight: 6, arbitrary: fc.constantFrom(...VALUE_TEXTS) },
    { weight: 3, arbitrary: fc.constantFrom(...JUNK_TEXT) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    { weight: 2, arbitrary: arbFormulaText },
    { weight: 1, arbitrary: arbLongText },
  )
  .map((s) => plainCell(s));

export const arbErrorCell: fc.Arbitrary<GenCell> = fc.constantFrom(...EXCEL_ERRORS).map((e) => ({ v: e, fmt: 'General', text: e }));

export const arbBoolCell: fc.Arbitrary<GenCell> = fc.boolean().map((b) => plainCell(b));

export const arbHeaderCell: fc.Arbitrary<GenCell> = fc
  .oneof(
    { weight: 8, arbitrary: fc.constantFrom(...Object.values(HEADER_SYNONYMS).flat()) },
    { weight: 2, arbitrary: fc.constantFrom(...JUNK_TEXT) },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  )
  .map((s) => plainCell(s));

export const arbAnyCell: fc.Arbitrary<GenCell> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(plainCell(null)) },
  { weight: 4, arbitrary: arbNumberCell },
  { weight: 5, arbitrary: arbTextCell },
  { weight: 1, arbitrary: arbErrorCell },
  { weight: 1, arbitrary: arbBoolCell },
);

// ---------------------------------------------------------------- grids

export interface GridSpec {
  sheet: string;
  top: number;
  left: number;
  rows: GenCell[][];
  merges: Area[];
  hiddenRows: number[];
}

export function gridFromSpec(s: GridSpec): Grid {
  const width = s.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (const r of s.rows) {
    const vr: CellValue[] = [];
    const tr: string[] = [];
    const fr: string[] = [];
    const xr: (string | null)[] = [];
    for (let j = 0; j < width; j++) {
      const c = r[j] ?? plainCell(null);
      vr.push(c.v);
      tr.push(c.text ?? displayText(c.v, c.fmt));
      fr.push(c.fmt);
      xr.push(null);
    }
    values.push(vr);
    text.push(tr);
    formats.push(fr);
    formulas.push(xr);
  }
  // Merges: the value sits in the top-left cell only (blank the others).
  for (const m of s.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const i = r - s.top;
        const j = c - s.left;
        if (values[i] && j < width) {
          values[i][j] = null;
          text[i][j] = '';
        }
      }
    }
  }
  return { sheet: s.sheet, top: s.top, left: s.left, values, text, formats, formulas, merges: s.merges, hiddenRows: s.hiddenRows };
}

/** Non-overlapping merges inside the area (top,left)-(bottom,right). */
function arbMerges(top: number, left: number, nRows: number, nCols: number): fc.Arbitrary<Area[]> {
  return fc
    .array(
      fc.record({
        r: fc.integer({ min: 0, max: Math.max(0, nRows - 1) }),
        c: fc.integer({ min: 0, max: Math.max(0, nCols - 1) }),
        h: fc.integer({ min: 1, max: 6 }),
        w: fc.integer({ min: 1, max: 2 }),
      }),
      { maxLength: 4 },
    )
    .map((ms) => {
      const out: Area[] = [];
      for (const m of ms) {
        const a: Area = {
          top: top + m.r,
          left: left + m.c,
          bottom: top + Math.min(nRows - 1, m.r + m.h - 1),
          right: left + Math.min(nCols - 1, m.c + m.w - 1),
        };
        if (a.top === a.bottom && a.left === a.right) continue;
        if (out.some((b) => !(a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right))) continue;
        out.push(a);
      }
      return out;
    });
}

export interface GridGenOptions {
  maxRows?: number;
  maxCols?: number;
}

/** A PK/pengukuran-like table: junk rows, header row(s) of synonyms + junk, data rows of value forms. */
export function arbTableGrid(sheet: string, o: GridGenOptions = {}): fc.Arbitrary<Grid> {
  const maxRows = o.maxRows ?? 30;
  const maxCols = o.maxCols ?? 12;
  return fc
    .record({
      top: fc.integer({ min: 1, max: 4 }),
      left: fc.integer({ min: 1, max: 3 }),
      nCols: fc.integer({ min: 2, max: maxCols }),
      pre: fc.integer({ min: 0, max: 2 }),
      nData: fc.integer({ min: 0, max: Math.max(0, maxRows - 4) }),
      twoHeader: fc.boolean(),
      colNumberRow: fc.boolean(),
      seed: fc.integer(),
    })
    .chain((p) => {
      const header = fc.array(arbHeaderCell, { minLength: p.nCols, maxLength: p.nCols });
      const header2 = p.twoHeader ? fc.array(fc.oneof(arbHeaderCell, fc.constantFrom(...['2021', '2022', '2023', '2024', 'Target', 'Realisasi', 'Capaian', ''].map((s) => plainCell(s)))), { minLength: p.nCols, maxLength: p.nCols }) : fc.constant(null);
      const preRows = fc.array(fc.array(arbAnyCell, { maxLength: p.nCols }), { minLength: p.pre, maxLength: p.pre });
      // Data: column 0 a number, then name-ish text, then values.
      const dataRow = fc.tuple(
        fc.oneof(fc.integer({ min: 1, max: 40 }).map((n) => plainCell(n)), fc.constant(plainCell(null)), arbTextCell),
        fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...JUNK_TEXT).map((s) => plainCell(s)) }, { weight: 1, arbitrary: arbTextCell }),
        fc.array(fc.oneof({ weight: 2, arbitrary: arbAnyCell }, { weight: 2, arbitrary: arbNumberCell }, { weight: 2, arbitrary: fc.constantFrom(...VALUE_TEXTS).map((s) => plainCell(s)) }), {
          minLength: Math.max(0, p.nCols - 2),
          maxLength: Math.max(0, p.nCols - 2),
        }),
      ).map(([a, b, rest]) => [a, b, ...rest].slice(0, p.nCols));
      const data = fc.array(dataRow, { minLength: p.nData, maxLength: p.nData });
      const nRows = p.pre + 1 + (p.twoHeader ? 1 : 0) + (p.colNumberRow ? 1 : 0) + p.nData;
      const merges = arbMerges(p.top, p.left, Math.max(1, nRows), p.nCols);
      const hidden = fc.array(fc.integer({ min: p.top, max: p.top + Math.max(0, nRows - 1) }), { maxLength: 3 });
      return fc.tuple(fc.constant(p), header, header2, preRows, data, merges, hidden);
    })
    .map(([p, header, header2, preRows, data, merges, hidden]) => {
      const rows: GenCell[][] = [...preRows, header];
      if (header2) rows.push(header2);
      if (p.colNumberRow) rows.push(Array.from({ length: p.nCols }, (_, j) => plainCell(`(${j + 1})`)));
      rows.push(...data);
      return gridFromSpec({ sheet, top: p.top, left: p.left, rows, merges, hiddenRows: [...new Set(hidden)] });
    });
}

/** Fully random grid (no table shape). */
export function arbRandomGrid(sheet: string, o: GridGenOptions = {}): fc.Arbitrary<Grid> {
  const maxRows = o.maxRows ?? 30;
  const maxCols = o.maxCols ?? 12;
  return fc
    .record({ top: fc.integer({ min: 1, max: 50 }), left: fc.integer({ min: 1, max: 30 }), nRows: fc.integer({ min: 0, max: maxRows }), nCols: fc.integer({ min: 1, max: maxCols }) })
    .chain((p) =>
      fc.tuple(
        fc.constant(p),
        fc.array(fc.array(fc.oneof(arbAnyCell, arbHeaderCell), { minLength: p.nCols, maxLength: p.nCols }), { minLength: p.nRows, maxLength: p.nRows }),
        arbMerges(p.top, p.left, Math.max(1, p.nRows), p.nCols),
      ),
    )
    .map(([p, rows, merges]) => gridFromSpec({ sheet, top: p.top, left: p.left, rows, merges: p.nRows === 0 ? [] : merges, hiddenRows: [] }));
}

const SHEET_NAMES = ['PK 2023', 'Pengukuran 2023', 'Pengukuran 2022', 'Renstra', 'Sheet1', "O'Brien 2023", 'Rencana Aksi 2024', 'Temuan'];

export const arbWorkbookSheets: fc.Arbitrary<Grid[]> = fc
  .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 })
  .chain((names) => fc.tuple(...names.map((n) => fc.oneof({ weight: 4, arbitrary: arbTableGrid(n) }, { weight: 1, arbitrary: arbRandomGrid(n) }))));
