/**
 * Shared checks of the seed tests: open a fixture with the exceljs reader, run `analyse`, and
 * compare with expectations worked out by hand (in each *.test.ts). Where a table and its
 * indicator rows sit comes from tests/fixtures/manifest.json, written by
 * scripts/build-fixtures.js when it lays the workbook out (layout facts only; no computed value).
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbookFile } from '../../src/xlsx/read';
import { analyse } from '../../src/core/analyse';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { colLetter } from '../../src/core/grid';
import type { AnalysedTable, Analysis, Finding, Indicator, IndicatorStatus, ParsedValue, Role, RuleId, TableKind } from '../../src/core/types';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export interface ManifestIndicator {
  key: string;
  name: string;
  sasaran?: string;
  /** First sheet row of the indicator. */
  row: number;
  /** Row holding its target/realisasi/capaian (differs from `row` when the name is split over two rows). */
  valueRow: number;
  twRows?: number[];
}

export interface ManifestTable {
  key: string;
  sheet: string;
  kind: TableKind;
  year: number | null;
  headerRow: number;
  headerRows: number;
  colNumberRow: number | null;
  dataTop: number;
  lastRow: number;
  range: string;
  columns: Partial<Record<Role, string>>;
  years: Record<string, string>;
  budget: string[];
  sections: number[];
  indicators: ManifestIndicator[];
  totalRow?: number;
  totalCell?: string;
  /**
   * Key of the table this one may be read as a continuation of (same header repeated under a
   * section title): either reading is accepted.
   */
  continues?: string;
}

export interface ManifestFixture {
  seed: string;
  variant: boolean;
  sheets: string[];
  tables: ManifestTable[];
}

const manifest: { fixtures: Record<string, ManifestFixture> } = JSON.parse(
  fs.readFileSync(path.join(FIXTURES, 'manifest.json'), 'utf8'),
);

/** Fixture files (original first, then its variants) built from one seed. */
export function fixturesOf(seed: string): string[] {
  return Object.entries(manifest.fixtures)
    .filter(([, f]) => f.seed === seed)
    .sort(([a, fa], [b, fb]) => Number(fa.variant) - Number(fb.variant) || a.localeCompare(b))
    .map(([file]) => file);
}

export function manifestOf(file: string): ManifestFixture {
  const m = manifest.fixtures[file];
  if (!m) throw new Error(`fixture ${file} tidak ada di manifest; jalankan node scripts/build-fixtures.js`);
  return m;
}

export interface Loaded {
  file: string;
  m: ManifestFixture;
  analysis: Analysis;
}

const cache = new Map<string, Promise<Loaded>>();
export function load(file: string): Promise<Loaded> {
  let p = cache.get(file);
  if (!p) {
    p = (async () => {
      const wb = await readWorkbookFile(path.join(FIXTURES, file));
      const analysis = analyse(wb, DEFAULT_SETTINGS);
      return { file, m: manifestOf(file), analysis };
    })();
    cache.set(file, p);
  }
  return p;
}

export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export function mtable(l: Loaded, key: string): ManifestTable {
  const t = l.m.tables.find((x) => x.key === key);
  if (!t) throw new Error(`tabel ${key} tidak ada di manifest ${l.file}`);
  return t;
}

/** The analysed table the manifest table corresponds to (same sheet and header row). */
export function tableOf(l: Loaded, key: string): AnalysedTable {
  const mt = mtable(l, key);
  let found = l.analysis.tables.filter((t) => t.sheet === mt.sheet && t.headerRow === mt.headerRow);
  if (found.length === 0 && mt.continues) {
    const first = mt.indicators[0].row;
    found = l.analysis.tables.filter((t) => t.sheet === mt.sheet && t.headerRow < mt.headerRow && t.items.some((i) => i.row === first));
  }
  if (found.length !== 1) {
    const seen = l.analysis.tables.map((t) => `${t.sheet}!${t.headerRow} (${t.kind})`).join(', ');
    throw new Error(`${l.file}: tabel ${key} (${mt.sheet} baris judul ${mt.headerRow}) tidak dikenali; yang dikenali: ${seen}`);
  }
  return found[0];
}

export function itemOf(l: Loaded, tableKey: string, indKey: string): { ind: Indicator; mi: ManifestIndicator } {
  const mt = mtable(l, tableKey);
  const mi = mt.indicators.find((i) => i.key === indKey);
  if (!mi) throw new Error(`indikator ${indKey} tidak ada di tabel ${tableKey}`);
  const t = tableOf(l, tableKey);
  const ind = t.items.find((i) => i.row === mi.row);
  if (!ind) {
    throw new Error(`${l.file} ${tableKey}: indikator ${indKey} (baris ${mi.row}) tidak ditemukan; baris yang ada: ${t.items.map((i) => i.row).join(',')}`);
  }
  return { ind, mi };
}

/** Expected parsed value: the number (percent points for %) and its unit ('%', 'Layanan', null for index/plain). */
export interface V {
  value: number;
  unit: string | null;
}
export const pct = (value: number): V => ({ value, unit: '%' });
export const cnt = (value: number, unit: string): V => ({ value, unit });
export const idx = (value: number): V => ({ value, unit: null });

export function expectValue(p: ParsedValue | null, v: V | null | 'na', what: string): void {
  if (v === null) {
    expect({ what, kind: p?.kind ?? 'empty' }).toEqual({ what, kind: expect.stringMatching(/^(empty)$/) });
    return;
  }
  if (v === 'na') {
    expect({ what, kind: p?.kind }).toEqual({ what, kind: 'na' });
    return;
  }
  expect({ what, hasValue: p !== null && p.value !== null }).toEqual({ what, hasValue: true });
  const got = p as ParsedValue;
  expect({ what, value: got.value as number }).toEqual({ what, value: expect.closeTo(v.value, 6) });
  if (v.unit === null) {
    expect({ what, kind: got.kind, unit: got.unit }).toEqual({ what, kind: expect.stringMatching(/^(index|number)$/), unit: null });
  } else if (v.unit === '%') {
    expect({ what, kind: got.kind, unit: got.unit }).toEqual({ what, kind: 'percent', unit: '%' });
  } else {
    expect({ what, kind: got.kind, unit: (got.unit ?? '').toLowerCase() }).toEqual({ what, kind: 'count', unit: v.unit.toLowerCase() });
  }
}

/** Permendagri 86/2017 (the default scale), written out here so the tests do not lean on the engine. */
export function klasPermendagri(c: number | null): string {
  if (c === null) return 'Tidak dapat diukur';
  if (c >= 91) return 'Sangat Tinggi';
  if (c >= 76) return 'Tinggi';
  if (c >= 66) return 'Sedang';
  if (c >= 51) return 'Rendah';
  return 'Sangat Rendah';
}

export interface ExpInd {
  target?: V | null | 'na';
  realisasi?: V | null | 'na';
  /** The stated capaian (the table's capaian cell), when it is a number. */
  tertulis?: number | null;
  /** Computed capaian in percent points; null for N/A. Omit for PK tables. */
  capaian?: number | null;
  status?: IndicatorStatus | IndicatorStatus[];
  /** Zero-case evidence expected (true) or expected absent (false). */
  nihil?: boolean;
  renstra?: Record<string, V>;
  tw?: number;
}

/** Checks a table: recognised once, kind, year, header row, columns, and the indicators (rows, names, sasaran, values). */
export function checkTable(
  l: Loaded,
  key: string,
  exp: Record<string, ExpInd>,
  opts: { sasaran?: boolean; roles?: Role[] } = {},
): void {
  const mt = mtable(l, key);
  const t = tableOf(l, key);
  // a Renstra matrix spans several years: its `year` is left to the recogniser
  if (mt.kind === 'renstra') expect({ table: key, kind: t.kind }).toEqual({ table: key, kind: mt.kind });
  else expect({ table: key, kind: t.kind, year: t.year }).toEqual({ table: key, kind: mt.kind, year: mt.year });
  if (t.headerRow === mt.headerRow) expect({ table: key, headerRows: t.headerRows }).toEqual({ table: key, headerRows: mt.headerRows });
  const roles = opts.roles ?? (Object.keys(mt.columns) as Role[]);
  const gotCols: Record<string, string | undefined> = {};
  const wantCols: Record<string, string | undefined> = {};
  for (const r of roles) {
    const c = t.columns[r];
    gotCols[r] = c === undefined ? undefined : colLetter(c);
    wantCols[r] = mt.columns[r];
  }
  expect({ table: key, columns: gotCols }).toEqual({ table: key, columns: wantCols });
  for (const [y, letter] of Object.entries(mt.years)) {
    expect({ table: key, year: y, col: t.renstraYears[y] === undefined ? undefined : colLetter(t.renstraYears[y]) }).toEqual({ table: key, year: y, col: letter });
  }
  // the budget columns are never performance columns
  for (const b of mt.budget) {
    for (const r of ['target', 'realisasi', 'capaian'] as Role[]) {
      if (t.columns[r] !== undefined) expect({ table: key, role: r, col: colLetter(t.columns[r] as number) }).not.toEqual({ table: key, role: r, col: b });
    }
  }
  // exactly the indicators of the manifest, in its rows
  // (a table read together with its continuation: only the rows of this part)
  const own = t.items.filter((i) => i.row > mt.headerRow && i.row <= mt.lastRow);
  expect({ table: key, rows: own.map((i) => i.row) }).toEqual({ table: key, rows: mt.indicators.map((i) => i.row) });
  expect(Object.keys(exp).sort()).toEqual(mt.indicators.map((i) => i.key).sort());
  for (const mi of mt.indicators) {
    const { ind } = itemOf(l, key, mi.key);
    const where = `${l.file} ${key}/${mi.key}`;
    expect({ where, indikator: norm(ind.indikator) }).toEqual({ where, indikator: norm(mi.name) });
    if (opts.sasaran !== false && mi.sasaran !== undefined) {
      expect({ where, sasaran: norm(ind.sasaran) }).toEqual({ where, sasaran: norm(mi.sasaran) });
    }
    const e = exp[mi.key];
    if (e.target !== undefined) expectValue(ind.target, e.target, `${where} target`);
    if (e.realisasi !== undefined) expectValue(ind.realisasi, e.realisasi, `${where} realisasi`);
    if (e.tertulis !== undefined) {
      if (e.tertulis === null) expect({ where, tertulis: ind.capaianTertulis?.value ?? null }).toEqual({ where, tertulis: null });
      else expect({ where, tertulis: ind.capaianTertulis?.value }).toEqual({ where, tertulis: expect.closeTo(e.tertulis, 6) });
    }
    if (e.capaian !== undefined) {
      if (e.capaian === null) {
        expect({ where, capaian: ind.capaian }).toEqual({ where, capaian: null });
      } else {
        expect({ where, capaian: ind.capaian }).toEqual({ where, capaian: expect.closeTo(e.capaian, 2) });
      }
      expect({ where, klasifikasi: ind.klasifikasi }).toEqual({ where, klasifikasi: klasPermendagri(e.capaian) });
    }
    if (e.status !== undefined) {
      const ok = Array.isArray(e.status) ? e.status : [e.status];
      expect({ where, status: ok.includes(ind.status) ? 'sesuai' : ind.status }).toEqual({ where, status: 'sesuai' });
    }
    if (e.nihil !== undefined) expect({ where, nihil: ind.nihil.length > 0 }).toEqual({ where, nihil: e.nihil });
    if (e.renstra) {
      for (const [y, v] of Object.entries(e.renstra)) expectValue(ind.targets[y] ?? null, v, `${where} renstra ${y}`);
    }
    if (e.tw !== undefined) {
      expect({ where, tw: ind.tw.map((x) => x.label) }).toEqual({ where, tw: ['TW I', 'TW II', 'TW III', 'TW IV'].slice(0, e.tw) });
      expect({ where, twRows: ind.tw.map((x) => x.row) }).toEqual({ where, twRows: (mi.twRows ?? []).slice(0, e.tw) });
    }
  }
}


/**
 * An expected finding: the rule, the table and indicator it is about, and the roles whose cells may
 * carry it (any cell of the indicator's value row when omitted).
 * `optional`: allowed, not required (the contract leaves it open; the reason is in the test).
 * `group`: of the entries sharing a group, at least one must be present (one finding per table/indicator, place open).
 */
export interface ExpFinding {
  rule: RuleId | 'info';
  table: string;
  ind?: string;
  /** The header row of the table instead of an indicator row. */
  header?: boolean;
  roles?: Role[];
  optional?: boolean;
  group?: string;
  why?: string;
}

interface Slot {
  e: ExpFinding;
  sheet: string;
  rows: number[];
  cols: string[] | null;
}

function slotOf(l: Loaded, e: ExpFinding): Slot {
  const mt = mtable(l, e.table);
  if (e.header) return { e, sheet: mt.sheet, rows: [mt.headerRow], cols: null };
  const mi = mt.indicators.find((i) => i.key === e.ind);
  if (!mi) throw new Error(`indikator ${e.ind} tidak ada di tabel ${e.table}`);
  const cols = e.roles ? e.roles.map((r) => mt.columns[r]).filter((x): x is string => !!x) : null;
  // a Rencana Aksi indicator spans its TW rows: a finding may sit on any of them
  const rows = mi.twRows && mi.twRows.length ? mi.twRows : [mi.valueRow];
  return { e, sheet: mt.sheet, rows, cols };
}

function matches(f: Finding, s: Slot): boolean {
  if (s.e.rule === 'info' ? f.severity !== 'info' : f.rule !== s.e.rule) return false;
  if (f.sheet !== s.sheet || !s.rows.includes(f.row)) return false;
  if (s.cols === null) return true;
  const col = /^([A-Z]+)/.exec(f.cell)?.[1] ?? '';
  return s.cols.includes(col);
}

const show = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell}`;

/** The findings are exactly the expected ones: every required one present, nothing unexpected. */
export function checkFindings(l: Loaded, exps: ExpFinding[]): void {
  const slots = exps.map((e) => slotOf(l, e));
  const missing: string[] = [];
  for (const s of slots) {
    if (s.e.optional || s.e.group) continue;
    if (!l.analysis.findings.some((f) => matches(f, s))) missing.push(`${s.e.rule} ${s.sheet}!${s.cols ? s.cols.map((c) => c + s.rows[0]).join('|') : 'baris ' + s.rows.join('/')} (${s.e.table}/${s.e.ind ?? 'judul'})`);
  }
  const groups = new Map<string, Slot[]>();
  for (const s of slots) if (s.e.group) groups.set(s.e.group, [...(groups.get(s.e.group) ?? []), s]);
  for (const [g, ss] of groups) {
    if (!l.analysis.findings.some((f) => ss.some((s) => matches(f, s)))) missing.push(`${ss[0].e.rule} salah satu dari ${ss.map((s) => `${s.sheet}!${s.rows[0]}`).join(', ')} (${g})`);
  }
  const unexpected = l.analysis.findings.filter((f) => !slots.some((s) => matches(f, s))).map(show);
  expect({ file: l.file, missing, unexpected }).toEqual({ file: l.file, missing: [], unexpected: [] });
}

/** Every table of the manifest is recognised, and nothing else. */
export function checkRecognised(l: Loaded): void {
  const got = l.analysis.tables.map((t) => `${t.sheet}!${t.headerRow} ${t.kind}`).sort();
  const want = l.m.tables
    .filter((mt) => {
      if (!mt.continues) return true;
      // a continuation may be absent when its rows were read into the table it continues
      const own = `${mt.sheet}!${mt.headerRow} ${mt.kind}`;
      if (got.includes(own)) return true;
      const first = mt.indicators[0].row;
      return !l.analysis.tables.some((t) => t.sheet === mt.sheet && t.headerRow < mt.headerRow && t.items.some((i) => i.row === first));
    })
    .map((t) => `${t.sheet}!${t.headerRow} ${t.kind}`)
    .sort();
  expect({ file: l.file, tables: got }).toEqual({ file: l.file, tables: want });
  // and, over all tables, exactly the indicator rows the workbook has
  const rowsGot = l.analysis.tables.flatMap((t) => t.items.map((i) => `${t.sheet}!${i.row}`)).sort();
  const rowsWant = l.m.tables.flatMap((t) => t.indicators.map((i) => `${t.sheet}!${i.row}`)).sort();
  expect({ file: l.file, indicatorRows: rowsGot }).toEqual({ file: l.file, indicatorRows: rowsWant });
  expect({ file: l.file, skipped: l.analysis.skipped.map((s) => s.sheet) }).toEqual({ file: l.file, skipped: [] });
}

/** Mean of the non-null values (DOMAIN: averages leave N/A out). */
export function mean(xs: (number | null)[]): number | null {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
}
