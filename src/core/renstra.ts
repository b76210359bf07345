/**
 * Renstra comparison (docs/aturan.md "Renstra comparison"): year N vs target, vs N-1, vs the Renstra
 * targets, and the trend over the Renstra years.
 *
 * compareRenstra(analysis) reads only the Analysis (no grids): the year-N pengukuran table, the
 * year N-1 data (a pengukuran table of N-1, else the N-1 block of a two-year table), the Renstra
 * matrix (tables of kind 'renstra', Indicator.targets by year). Missing inputs stay null with a
 * note, never a guess.
 *
 * planRenstraSheet(cmp) lays the comparison out as the sheet `Perbandingan Renstra`: the main
 * table (an Excel table), a compact block for the column chart, the trend table and a compact
 * block for the line chart. Cells reference their source cells by formula where the source is a
 * plain numeric cell, so the sheet stays live; capaian are formulas over this sheet's cells.
 *
 * Units on the sheet: percent values are written as FRACTIONS with `0.00%` (a percent-points
 * source cell is referenced as `=src/100`), counts as plain numbers (`General`), index values with
 * `0.00`; every capaian is a fraction with `0.00%`. In the RenstraComparison data (like the rest
 * of the core) percent quantities are percent points.
 */
import { hitungCapaian } from './capaian';
import { a1, sheetRef } from './grid';
import { matchByName, NEAR_MATCH } from './names';
import { cekTargetRenstra } from './rules/target-renstra-berbeda';
import type { Settings } from './settings';
import {
  type AnalysedTable,
  type Analysis,
  type CellWrite,
  type ChartSpec,
  type Finding,
  type Indicator,
  type ParsedValue,
  type Polaritas,
  type SheetSpec,
  type ValueKind,
} from './types';

export const PERBANDINGAN_RENSTRA = 'Perbandingan Renstra';

/** A cell the value came from (for live formulas). */
export interface SourceCell {
  sheet: string;
  /** A1 address on `sheet`. */
  cell: string;
  /** The cell is a fraction shown with a % format (0.8 shown 80%). */
  fraction: boolean;
  /** Kind of the parsed value ('percent' with fraction false = percent points, 'count', 'index', ...). */
  kind: ValueKind;
  /** True when the cell is a plain numeric cell a formula may reference. */
  numeric: boolean;
}

/** How a row's values are shown: percent (fraction, 0.00%), count (General), index (0.00). */
export type RenstraUnit = 'percent' | 'count' | 'index';

export type RenstraValueKey =
  | 'targetN'
  | 'realisasiN'
  | 'capaianN'
  | 'targetN1'
  | 'realisasiN1'
  | 'capaianN1'
  | 'targetRenstraN'
  | 'targetAkhir';

/** A value as typed, for the sheet: its number in core units and its kind. */
export interface RenstraValue {
  /** Percent points for percent, the count, the index; null for ranges/N/A/empty. */
  value: number | null;
  kind: ValueKind;
  /** Range bounds (percent points for %). */
  low?: number;
  high?: number;
  unit: string | null;
  /** The displayed text of the cell. */
  raw: string;
}

export interface RenstraRow {
  no: number;
  /** Id of the year-N indicator (`${tableId}#${row}`). */
  indicatorId: string;
  sheet: string;
  sasaran: string;
  indikator: string;
  satuan: string | null;
  unit: RenstraUnit;
  polaritas: Polaritas;
  /** Zero cases (N/A): capaian N and capaian vs the end target stay N/A. */
  na: boolean;
  targetN: number | null;
  realisasiN: number | null;
  /** Capaian N in percent points (the analysis' computed value). */
  capaianN: number | null;
  targetN1: number | null;
  realisasiN1: number | null;
  capaianN1: number | null;
  /** Polarity of the N-1 indicator (for the N-1 capaian formula). */
  polaritasN1: Polaritas;
  /** Zero cases in year N-1: capaian N-1 is N/A. */
  naN1: boolean;
  targetRenstraN: number | null;
  targetAkhir: number | null;
  capaianTerhadapAkhir: number | null;
  /** The values as typed (kind, range bounds, text), for the sheet. */
  values: Partial<Record<Exclude<RenstraValueKey, 'capaianN' | 'capaianN1'>, RenstraValue>>;
  /** Source cells (sheet + A1) for live formulas, where the value came from a cell. */
  sources: Partial<Record<RenstraValueKey, SourceCell>>;
  /** The Renstra indicator matched (its name and match score; 1 for an exact match). */
  renstra: { indikator: string; sheet: string; row: number; score: number; exact: boolean } | null;
  /** Notes for missing inputs and near matches (Indonesian). */
  notes: string[];
  /** The same notes in English. */
  notesEn: string[];
}

export interface RenstraTrendYear {
  target: number | null;
  realisasi: number | null;
  targetValue?: RenstraValue;
  realisasiValue?: RenstraValue;
  targetSource?: SourceCell;
  realisasiSource?: SourceCell;
}

export interface RenstraTrendRow {
  no: number;
  indikator: string;
  unit: RenstraUnit;
  years: Record<string, RenstraTrendYear>;
}

export interface RenstraComparison {
  year: number;
  renstraYears: number[];
  lastYear: number;
  /** Id of the year-N table the rows come from. */
  tableId: string;
  /** Sheets the comparison read (year N, N-1, Renstra), in that order, without repeats. */
  sources: string[];
  rows: RenstraRow[];
  /** Trend: per indicator, per Renstra year: target and realisasi where known. */
  trend: RenstraTrendRow[];
  findings: Finding[];
  notes: string[];
  notesEn: string[];
  /** The capaian settings the comparison used (for the sheet's formulas). */
  rumusNegatif: Settings['rumusNegatif'];
  batasAtas: number | null;
}

// ------------------------------------------------------------------ helpers

/** Indonesian number text: 133.333 -> '133,33', 80 -> '80'. */
function angka(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r).replace('.', ',');
}

/** A match score with two decimals, Indonesian: 0.8966 -> '0,90'. */
function skor(n: number): string {
  return n.toFixed(2).replace('.', ',');
}

function angkaEn(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function tampil(v: RenstraValue | undefined, en = false): string {
  if (!v) return en ? '(none)' : '(kosong)';
  const f = en ? angkaEn : angka;
  if (v.kind === 'range' && v.low !== undefined && v.high !== undefined) {
    return `${f(v.low)}-${f(v.high)}${v.unit === '%' ? '%' : v.unit ? ' ' + v.unit : ''}`;
  }
  if (v.value === null) return v.raw || (en ? '(none)' : '(kosong)');
  if (v.kind === 'percent') return `${f(v.value)}%`;
  if (v.kind === 'count' && v.unit) return `${f(v.value)} ${v.unit}`;
  return f(v.value);
}

function valueOf(p: ParsedValue | null | undefined): RenstraValue | undefined {
  if (!p || p.kind === 'empty') return undefined;
  const v: RenstraValue = { value: p.kind === 'range' ? null : p.value, kind: p.kind, unit: p.unit, raw: p.raw };
  if (p.low !== undefined) v.low = p.low;
  if (p.high !== undefined) v.high = p.high;
  return v;
}

function num(v: RenstraValue | undefined): number | null {
  if (!v) return null;
  if (v.kind === 'percent' || v.kind === 'count' || v.kind === 'index' || v.kind === 'number') return v.value;
  return null;
}

function unitClass(v: RenstraValue | undefined): 'percent' | 'count' | 'index' | null {
  if (!v) return null;
  if (v.kind === 'percent') return 'percent';
  if (v.kind === 'range') return v.unit === '%' ? 'percent' : v.unit ? 'count' : 'index';
  if (v.kind === 'count') return 'count';
  if (v.kind === 'index' || v.kind === 'number') return 'index';
  return null;
}

/** Same unit: % with %, a count with the same count unit (case ignored), index with index. */
function compatible(a: RenstraValue | undefined, b: RenstraValue | undefined): boolean {
  const ca = unitClass(a);
  const cb = unitClass(b);
  if (!ca || !cb || ca !== cb) return false;
  if (ca === 'count') {
    const ua = (a?.unit ?? '').toLowerCase();
    const ub = (b?.unit ?? '').toLowerCase();
    return ua === '' || ub === '' || ua === ub;
  }
  return true;
}

function source(sheet: string, cell: string | undefined, p: ParsedValue | null | undefined): SourceCell | undefined {
  if (!cell || !p || p.kind === 'empty') return undefined;
  return { sheet, cell, fraction: p.fraction, kind: p.kind, numeric: p.numericCell };
}

/** The cell of another year's block (renstra target or two-year table block) for an indicator. */
function yearCellA1(table: AnalysedTable, ind: Indicator, year: number, role: 'target' | 'realisasi' | 'capaian'): string | undefined {
  const raw = table.indicators.find((r) => r.row === ind.row);
  const c = raw?.yearCells?.[String(year)]?.[role];
  if (c) return a1(c.row, c.col);
  let col: number | undefined;
  if (role === 'target' && table.kind === 'renstra') col = table.renstraYears[String(year)];
  if (col === undefined) col = table.otherYears[String(year)]?.[role];
  return col === undefined ? undefined : a1(ind.row, col);
}

/** The pengukuran table of a year with the most indicators (first on ties), and the others. */
function tablesOfYear(tables: AnalysedTable[], year: number): AnalysedTable[] {
  const ts = tables.filter((t) => t.kind === 'pengukuran' && t.year === year);
  return ts
    .map((t, i) => ({ t, i }))
    .sort((x, y) => y.t.items.length - x.t.items.length || x.i - y.i)
    .map((x) => x.t);
}

/** One year's data for an indicator, from some table. */
interface YearEntry {
  indikator: string;
  sheet: string;
  polaritas: Polaritas;
  target?: RenstraValue;
  realisasi?: RenstraValue;
  capaian: number | null;
  na: boolean;
  targetSource?: SourceCell;
  realisasiSource?: SourceCell;
  capaianSource?: SourceCell;
}

function mainEntry(t: AnalysedTable, ind: Indicator): YearEntry {
  const e: YearEntry = {
    indikator: ind.indikator,
    sheet: t.sheet,
    polaritas: ind.polaritas,
    target: valueOf(ind.target),
    realisasi: valueOf(ind.realisasi),
    capaian: ind.capaian,
    na: isZeroCase(ind),
  };
  const ts = source(t.sheet, ind.cells.target, ind.target);
  const rs = source(t.sheet, ind.cells.realisasi, ind.realisasi);
  const cs = source(t.sheet, ind.cells.capaian, ind.capaianTertulis);
  if (ts) e.targetSource = ts;
  if (rs) e.realisasiSource = rs;
  if (cs) e.capaianSource = cs;
  return e;
}

function otherYearEntry(t: AnalysedTable, ind: Indicator, year: number): YearEntry | null {
  const oy = ind.otherYears.find((o) => o.year === year);
  if (!oy) return null;
  if (!oy.target && !oy.realisasi) return null;
  const e: YearEntry = {
    indikator: ind.indikator,
    sheet: t.sheet,
    polaritas: ind.polaritas,
    target: valueOf(oy.target),
    realisasi: valueOf(oy.realisasi),
    capaian: oy.capaian,
    na: oy.realisasi?.kind === 'na',
  };
  const ts = source(t.sheet, yearCellA1(t, ind, year, 'target'), oy.target);
  const rs = source(t.sheet, yearCellA1(t, ind, year, 'realisasi'), oy.realisasi);
  if (ts) e.targetSource = ts;
  if (rs) e.realisasiSource = rs;
  return e;
}

/** Zero cases (docs/aturan.md): the analysis found evidence (keterangan, notes, a realisasi written N/A, nihil, -). */
function isZeroCase(ind: Indicator): boolean {
  return ind.nihil.length > 0 || ind.realisasi?.kind === 'na';
}

/**
 * The data of `year` for each of `names` (by index), looked up in priority order: the pengukuran
 * tables of that year (largest first), then the `year` blocks of two-year tables (the year-N
 * table first). Matched by name; near matches are reported through `near`.
 */
function dataOfYear(
  analysis: Analysis,
  year: number,
  names: string[],
  firstTable: AnalysedTable | null,
): { entries: Map<number, { entry: YearEntry; score: number; exact: boolean }>; found: boolean } {
  const groups: YearEntry[][] = [];
  for (const t of tablesOfYear(analysis.tables, year)) groups.push(t.items.map((i) => mainEntry(t, i)));
  const withBlocks = analysis.tables.filter((t) => t.kind === 'pengukuran' && t.otherYears[String(year)] !== undefined);
  withBlocks.sort((a, b) => (a === firstTable ? -1 : b === firstTable ? 1 : 0));
  for (const t of withBlocks) {
    const g: YearEntry[] = [];
    for (const ind of t.items) {
      const e = otherYearEntry(t, ind, year);
      if (e) g.push(e);
    }
    if (g.length) groups.push(g);
  }
  const entries = new Map<number, { entry: YearEntry; score: number; exact: boolean }>();
  for (const g of groups) {
    const open = names.map((n, i) => ({ n, i })).filter((x) => !entries.has(x.i));
    if (!open.length) break;
    type Item = { name: string; i?: number; e?: YearEntry };
    const as: Item[] = open.map((x) => ({ name: x.n, i: x.i }));
    const bs: Item[] = g.map((e) => ({ name: e.indikator, e }));
    for (const m of matchByName<Item>(as, bs, (x) => x.name)) {
      if (m.a.i === undefined || !m.b.e) continue;
      entries.set(m.a.i, { entry: m.b.e, score: m.score, exact: m.exact });
    }
  }
  return { entries, found: groups.length > 0 };
}

function capaianOptions(s: Settings): { rumusNegatif: Settings['rumusNegatif']; batasAtas: number | null } {
  return { rumusNegatif: s.rumusNegatif, batasAtas: s.batasAtas };
}

function rowUnit(...vs: Array<RenstraValue | undefined>): RenstraUnit {
  for (const v of vs) {
    const c = unitClass(v);
    if (c) return c;
  }
  return 'index';
}

// ------------------------------------------------------------------ compareRenstra

/**
 * Compares year N (the `year` argument, else the analysis year, else the latest pengukuran year)
 * with N-1 and the Renstra matrix. Null when the workbook has no Renstra matrix or no year-N
 * pengukuran table. `opts.lang` sets the language of the findings' messages (notes carry both).
 */
export function compareRenstra(analysis: Analysis, year?: number, opts: { lang?: 'id' | 'en' } = {}): RenstraComparison | null {
  const pengukuran = analysis.tables.filter((t) => t.kind === 'pengukuran');
  const renstraTables = analysis.tables.filter((t) => t.kind === 'renstra' && t.items.length > 0);
  if (!renstraTables.length) return null;
  const notes: string[] = [];
  const notesEn: string[] = [];

  // Year N: the argument, else the analysis year, else the latest pengukuran year.
  let N: number | null = year ?? analysis.year ?? null;
  if (N === null) {
    const ys = pengukuran.map((t) => t.year).filter((y): y is number => y !== null);
    N = ys.length ? Math.max(...ys) : null;
  }
  if (N === null) return null;
  let tablesN = tablesOfYear(analysis.tables, N);
  if (!tablesN.length && (year !== undefined || analysis.year !== null)) {
    // The year was chosen by the user: a pengukuran table without a year of its own is taken as year N.
    const noYear = pengukuran.filter((t) => t.year === null).sort((a, b) => b.items.length - a.items.length);
    if (noYear.length) {
      tablesN = [noYear[0]];
      notes.push(`Tabel pengukuran di ${noYear[0].sheet} tidak menyebut tahun; dipakai sebagai tahun ${N} (tahun yang dipilih).`);
      notesEn.push(`The measurement table on ${noYear[0].sheet} states no year; it is taken as ${N} (the chosen year).`);
    }
  }
  if (!tablesN.length) return null;
  const tableN = tablesN[0];
  const N1 = N - 1;

  // Renstra years and indicators.
  const yearSet = new Set<number>();
  for (const t of renstraTables) {
    for (const y of Object.keys(t.renstraYears)) yearSet.add(Number(y));
    for (const i of t.items) for (const y of Object.keys(i.targets)) yearSet.add(Number(y));
  }
  const renstraYears = [...yearSet].filter((y) => Number.isInteger(y)).sort((a, b) => a - b);
  if (!renstraYears.length) return null;
  const lastYear = renstraYears[renstraYears.length - 1];
  const renstraItems: Array<{ t: AnalysedTable; ind: Indicator }> = [];
  for (const t of renstraTables) for (const ind of t.items) renstraItems.push({ t, ind });
  if (!renstraYears.includes(N)) {
    notes.push(`Tahun ${N} di luar periode Renstra (${renstraYears[0]}-${lastYear}); target Renstra ${N} dikosongkan.`);
    notesEn.push(`${N} is outside the Strategic Plan period (${renstraYears[0]}-${lastYear}); the Strategic Plan target for ${N} is left empty.`);
  }

  // The indicators of year N: the largest year-N table, then those of other year-N tables
  // (per-indicator tables like Tabel III.2) that it does not hold.
  const members: Array<{ t: AnalysedTable; ind: Indicator }> = tableN.items.map((ind) => ({ t: tableN, ind }));
  for (const t of tablesN.slice(1)) {
    type U = { name: string; ind?: Indicator };
    const seen = new Set<Indicator>();
    for (const m of matchByName<U>(
      t.items.map((ind) => ({ name: ind.indikator, ind })),
      members.map((x) => ({ name: x.ind.indikator })),
      (x) => x.name,
    )) {
      if (m.a.ind) seen.add(m.a.ind);
    }
    for (const ind of t.items) if (!seen.has(ind)) members.push({ t, ind });
  }
  const items = members.map((m) => m.ind);
  const names = items.map((i) => i.indikator);

  // Renstra matches.
  type RItem = { name: string; i?: number; r?: { t: AnalysedTable; ind: Indicator } };
  const rMatch = new Map<number, { r: { t: AnalysedTable; ind: Indicator }; score: number; exact: boolean }>();
  for (const m of matchByName<RItem>(
    names.map((n, i) => ({ name: n, i })),
    renstraItems.map((r) => ({ name: r.ind.indikator, r })),
    (x) => x.name,
  )) {
    if (m.a.i === undefined || !m.b.r) continue;
    if (!m.exact && m.score < NEAR_MATCH) continue;
    rMatch.set(m.a.i, { r: m.b.r, score: m.score, exact: m.exact });
  }

  // PK targets of year N (fallback when the pengukuran table has no target for an indicator).
  const pkTables = analysis.tables.filter((t) => t.kind === 'pk' && (t.year === N || t.year === null));
  type PItem = { name: string; i?: number; p?: { t: AnalysedTable; ind: Indicator } };
  const pkMatch = new Map<number, { t: AnalysedTable; ind: Indicator }>();
  const needPk = items.map((ind, i) => ({ ind, i })).filter((x) => !valueOf(x.ind.target));
  if (needPk.length && pkTables.length) {
    for (const m of matchByName<PItem>(
      needPk.map((x) => ({ name: x.ind.indikator, i: x.i })),
      pkTables.flatMap((t) => t.items.map((ind) => ({ name: ind.indikator, p: { t, ind } }))),
      (x) => x.name,
    )) {
      if (m.a.i !== undefined && m.b.p) pkMatch.set(m.a.i, m.b.p);
    }
  }

  // Year N-1 and the other Renstra years.
  const yearData = new Map<number, ReturnType<typeof dataOfYear>>();
  for (const y of new Set([N1, ...renstraYears])) {
    if (y === N) continue;
    yearData.set(y, dataOfYear(analysis, y, names, tableN));
  }
  const n1 = yearData.get(N1)!;
  if (!n1.found) {
    notes.push(`Buku kerja tidak memuat data tahun ${N1} (tabel pengukuran ${N1} atau kolom ${N1}); Realisasi dan Capaian ${N1} dikosongkan.`);
    notesEn.push(`The workbook holds no ${N1} data (a ${N1} measurement table or ${N1} columns); Actual and Achievement ${N1} are left empty.`);
  }

  const capOpts = capaianOptions(analysis.settings);
  const rows: RenstraRow[] = [];
  const trend: RenstraTrendRow[] = [];
  const findings: Finding[] = [];

  members.forEach(({ t: tab, ind }, i) => {
    const rn: string[] = [];
    const re: string[] = [];
    const note = (id: string, en: string): void => {
      rn.push(id);
      re.push(en);
    };
    const values: RenstraRow['values'] = {};
    const sources: RenstraRow['sources'] = {};

    // Year N.
    let tN = valueOf(ind.target);
    let tNsrc = source(tab.sheet, ind.cells.target, ind.target);
    if (!tN && pkMatch.has(i)) {
      const p = pkMatch.get(i)!;
      tN = valueOf(p.ind.target);
      tNsrc = source(p.t.sheet, p.ind.cells.target, p.ind.target);
      if (tN) note(`Target ${N} diambil dari tabel PK (${p.t.sheet}).`, `Target ${N} taken from the PK table (${p.t.sheet}).`);
    }
    if (!tN) note(`Target ${N} tidak ada di tabel pengukuran; sel dikosongkan.`, `No ${N} target in the measurement table; the cell is left empty.`);
    const rN = valueOf(ind.realisasi);
    if (tN) values.targetN = tN;
    if (rN) values.realisasiN = rN;
    if (tNsrc) sources.targetN = tNsrc;
    const rNsrc = source(tab.sheet, ind.cells.realisasi, ind.realisasi);
    if (rNsrc) sources.realisasiN = rNsrc;
    const cNsrc = source(tab.sheet, ind.cells.capaian, ind.capaianTertulis);
    if (cNsrc) sources.capaianN = cNsrc;
    const na = isZeroCase(ind);
    if (!rN) note(`Realisasi ${N} belum diisi; sel dikosongkan.`, `Actual ${N} not filled in; the cell is left empty.`);
    if (na) {
      const bukti = ind.nihil.length ? ` (${ind.nihil[0]})` : '';
      note(
        `Tidak ada kasus${bukti}: capaian N/A (tidak dapat diukur), tidak dihitung terhadap target akhir Renstra.`,
        `No cases${bukti}: achievement N/A (cannot be measured), not computed against the Strategic Plan end target.`,
      );
    }
    let capaianN: number | null = na ? null : ind.capaian;
    if (!na && capaianN === null && rN && tN && tNsrc && tNsrc.sheet !== tab.sheet && compatible(tN, rN)) {
      // The pengukuran table has no target: capaian N from the PK target, with the indicator's polarity.
      const range = tN.kind === 'range' && tN.low !== undefined && tN.high !== undefined;
      capaianN = hitungCapaian(
        { polaritas: range ? 'rentang' : ind.polaritas, target: num(tN), ...(range ? { low: tN.low, high: tN.high } : {}), realisasi: num(rN) },
        capaianOptions(analysis.settings),
      ).capaian;
      if (capaianN !== null) note(`Capaian ${N} dihitung dengan target PK.`, `Achievement ${N} computed with the PK target.`);
    }
    if (!na && capaianN === null && rN && tN) {
      const why = ind.alasanNA ?? 'capaian tidak dapat dihitung';
      note(`Capaian ${N} tidak dihitung: ${why}`, `Achievement ${N} not computed: ${why}`);
    }

    // Year N-1.
    const m1 = n1.entries.get(i);
    let targetN1: number | null = null;
    let realisasiN1: number | null = null;
    let capaianN1: number | null = null;
    let polaritasN1: Polaritas = ind.polaritas;
    let naN1 = false;
    if (m1) {
      const e = m1.entry;
      if (e.target) values.targetN1 = e.target;
      if (e.realisasi) values.realisasiN1 = e.realisasi;
      if (e.targetSource) sources.targetN1 = e.targetSource;
      if (e.realisasiSource) sources.realisasiN1 = e.realisasiSource;
      if (e.capaianSource) sources.capaianN1 = e.capaianSource;
      targetN1 = num(e.target);
      realisasiN1 = num(e.realisasi);
      capaianN1 = e.na ? null : e.capaian;
      polaritasN1 = e.polaritas;
      naN1 = e.na;
      if (!m1.exact) {
        note(
          `nama mirip di data ${N1} (${e.sheet}): "${e.indikator}" (skor ${skor(m1.score)})`,
          `similar name in the ${N1} data (${e.sheet}): "${e.indikator}" (score ${m1.score.toFixed(2)})`,
        );
      }
      if (!e.realisasi) note(`Realisasi ${N1} kosong di ${e.sheet}.`, `Actual ${N1} is empty on ${e.sheet}.`);
      if (e.na) note(`Tahun ${N1}: tidak ada kasus, capaian N/A.`, `${N1}: no cases, achievement N/A.`);
    } else if (n1.found) {
      note(
        `Indikator tidak ditemukan pada data tahun ${N1}; Realisasi dan Capaian ${N1} dikosongkan.`,
        `Indicator not found in the ${N1} data; Actual and Achievement ${N1} are left empty.`,
      );
    } else {
      note(`Tidak ada data tahun ${N1}; Realisasi dan Capaian ${N1} dikosongkan.`, `No ${N1} data; Actual and Achievement ${N1} are left empty.`);
    }

    // Renstra.
    const rm = rMatch.get(i);
    let renstra: RenstraRow['renstra'] = null;
    let tR: RenstraValue | undefined;
    let tA: RenstraValue | undefined;
    if (rm) {
      const { t, ind: r } = rm.r;
      renstra = { indikator: r.indikator, sheet: t.sheet, row: r.row, score: rm.score, exact: rm.exact };
      if (!rm.exact) {
        note(
          `nama mirip di Renstra: "${r.indikator}" (skor ${skor(rm.score)})`,
          `similar name in the Strategic Plan: "${r.indikator}" (score ${rm.score.toFixed(2)})`,
        );
      }
      tR = valueOf(r.targets[String(N)]);
      tA = valueOf(r.targets[String(lastYear)]);
      const sR = source(t.sheet, yearCellA1(t, r, N, 'target'), r.targets[String(N)]);
      const sA = source(t.sheet, yearCellA1(t, r, lastYear, 'target'), r.targets[String(lastYear)]);
      if (tR) values.targetRenstraN = tR;
      if (tA) values.targetAkhir = tA;
      if (sR) sources.targetRenstraN = sR;
      if (sA) sources.targetAkhir = sA;
      if (!tR && renstraYears.includes(N)) {
        note(`Renstra tidak memuat target ${N} untuk indikator ini; sel dikosongkan.`, `The Strategic Plan has no ${N} target for this indicator; the cell is left empty.`);
      }
      if (!tA) {
        note(
          `Renstra tidak memuat target akhir (${lastYear}) untuk indikator ini; capaian terhadap target akhir dikosongkan.`,
          `The Strategic Plan has no end target (${lastYear}) for this indicator; achievement against it is left empty.`,
        );
      }
    } else {
      note(
        `Indikator tidak ditemukan di Renstra; target Renstra dan capaian terhadap target akhir dikosongkan.`,
        `Indicator not found in the Strategic Plan; its targets and the achievement against the end target are left empty.`,
      );
    }

    // target-renstra-berbeda (the rule's own check, so the comparison and the review agree).
    if (tN && tR && rm) {
      const pk = pkMatch.get(i);
      const fromPk = !valueOf(ind.target) && pk !== undefined;
      const f = cekTargetRenstra(fromPk ? pk.ind : ind, rm.r.ind, N, {
        lang: opts.lang ?? 'id',
        score: rm.exact ? null : rm.score,
        table: fromPk ? pk.t : tab,
        tahunAnalisis: N,
        renstraTable: rm.r.t,
        ...(sources.targetRenstraN ? { renstraCell: sources.targetRenstraN.cell } : {}),
      });
      if (f) {
        findings.push(f);
        note(
          `Target ${N} (${tampil(tN)}) berbeda dengan target Renstra ${N} (${tampil(tR)}).`,
          `The ${N} target (${tampil(tN, true)}) differs from the Strategic Plan ${N} target (${tampil(tR, true)}).`,
        );
      }
    }

    // Capaian against the end-of-period target.
    let capaianAkhir: number | null = null;
    if (tA && rN && !na) {
      if (!compatible(rN, tA)) {
        note(
          `Satuan realisasi ${N} (${tampil(rN)}) tidak sama dengan satuan target akhir Renstra (${tampil(tA)}); capaian terhadap target akhir tidak dihitung.`,
          `The unit of the ${N} actual (${tampil(rN, true)}) differs from the Strategic Plan end target (${tampil(tA, true)}); achievement against it is not computed.`,
        );
      } else {
        const range = tA.kind === 'range' && tA.low !== undefined && tA.high !== undefined;
        const res = hitungCapaian(
          {
            polaritas: range ? 'rentang' : ind.polaritas === 'rentang' ? 'positif' : ind.polaritas,
            target: range ? null : num(tA),
            ...(range ? { low: tA.low, high: tA.high } : {}),
            realisasi: num(rN),
          },
          capOpts,
        );
        capaianAkhir = res.capaian;
        if (res.capaian === null) {
          note(
            res.alasan === 'target-nol'
              ? `Target akhir Renstra 0: capaian terhadap target akhir tidak dapat dihitung.`
              : `Capaian terhadap target akhir Renstra tidak dapat dihitung.`,
            res.alasan === 'target-nol'
              ? `The Strategic Plan end target is 0: achievement against it cannot be computed.`
              : `Achievement against the Strategic Plan end target cannot be computed.`,
          );
        } else if (res.dibatasi) {
          note(`Capaian terhadap target akhir dibatasi ${angka(capOpts.batasAtas ?? 0)}%.`, `Achievement against the end target capped at ${angkaEn(capOpts.batasAtas ?? 0)}%.`);
        }
      }
    }

    const unit = rowUnit(tN, rN, tR, tA);
    rows.push({
      no: i + 1,
      indicatorId: ind.id,
      sheet: ind.sheet,
      sasaran: ind.sasaran,
      indikator: ind.indikator,
      satuan: ind.satuan,
      unit,
      polaritas: ind.polaritas,
      na,
      targetN: num(tN),
      realisasiN: num(rN),
      capaianN,
      targetN1,
      realisasiN1,
      capaianN1,
      polaritasN1,
      naN1,
      targetRenstraN: num(tR),
      targetAkhir: num(tA),
      capaianTerhadapAkhir: capaianAkhir,
      values,
      sources,
      renstra,
      notes: rn,
      notesEn: re,
    });

    // Trend over the Renstra years.
    const years: Record<string, RenstraTrendYear> = {};
    for (const y of renstraYears) {
      const ty: RenstraTrendYear = { target: null, realisasi: null };
      if (rm) {
        const { t, ind: r } = rm.r;
        const tv = valueOf(r.targets[String(y)]);
        if (tv) {
          ty.target = num(tv);
          ty.targetValue = tv;
          const s = source(t.sheet, yearCellA1(t, r, y, 'target'), r.targets[String(y)]);
          if (s) ty.targetSource = s;
        }
      }
      if (y === N) {
        if (rN) {
          ty.realisasi = num(rN);
          ty.realisasiValue = rN;
          if (rNsrc) ty.realisasiSource = rNsrc;
        }
      } else {
        const e = yearData.get(y)?.entries.get(i)?.entry;
        if (e?.realisasi) {
          ty.realisasi = num(e.realisasi);
          ty.realisasiValue = e.realisasi;
          if (e.realisasiSource) ty.realisasiSource = e.realisasiSource;
        }
      }
      years[String(y)] = ty;
    }
    trend.push({ no: i + 1, indikator: ind.indikator, unit, years });
  });

  const sources: string[] = [];
  const addSheet = (s: string): void => {
    if (!sources.includes(s)) sources.push(s);
  };
  for (const m of members) addSheet(m.t.sheet);
  for (const r of rows) if (r.sources.realisasiN1) addSheet(r.sources.realisasiN1.sheet);
  for (const t of renstraTables) addSheet(t.sheet);

  return {
    year: N,
    renstraYears,
    lastYear,
    tableId: tableN.id,
    sources,
    rows,
    trend,
    findings,
    notes,
    notesEn,
    rumusNegatif: capOpts.rumusNegatif,
    batasAtas: capOpts.batasAtas,
  };
}

// ------------------------------------------------------------------ planRenstraSheet

const TEXT_ESCAPE = /^[=+\-@]/;

interface Labels {
  title: string;
  sources: string;
  headers: string[];
  chartBlock: [string, string, string];
  chartTitle: string;
  trendTitle: string;
  trendHeaders: [string, string, string];
  target: string;
  realisasi: string;
  lineHeaders: [string, string, string];
  lineTitle: string;
  na: string;
}

function labels(cmp: RenstraComparison, en: boolean): Labels {
  const N = cmp.year;
  const N1 = N - 1;
  const first = cmp.renstraYears[0];
  const last = cmp.lastYear;
  if (en) {
    return {
      title: `Comparison of ${N} performance with ${N1} and the Strategic Plan (Renstra) ${first}-${last} targets`,
      sources: `Sources: ${cmp.sources.join(', ')}`,
      headers: [
        'No',
        'Goal',
        'Performance Indicator',
        `Target ${N}`,
        `Actual ${N}`,
        `Achievement ${N}`,
        `Actual ${N1}`,
        `Achievement ${N1}`,
        `Strategic Plan Target ${N}`,
        `Strategic Plan End Target (${last})`,
        'Achievement against Strategic Plan End Target',
        'Notes',
      ],
      chartBlock: ['Indicator', `Target ${N}`, `Actual ${N}`],
      chartTitle: `Target and Actual ${N}`,
      trendTitle: `Strategic Plan targets and actuals ${first}-${last}`,
      trendHeaders: ['No', 'Performance Indicator', 'Item'],
      target: 'Target',
      realisasi: 'Actual',
      lineHeaders: ['Year', 'Average Strategic Plan target', 'Average actual'],
      lineTitle: `Trend ${first}-${last}: average target and actual`,
      na: 'N/A',
    };
  }
  return {
    title: `Perbandingan Capaian Kinerja Tahun ${N} dengan Tahun ${N1} dan Target Renstra ${first}-${last}`,
    sources: `Sumber: ${cmp.sources.join(', ')}`,
    headers: [
      'No',
      'Sasaran',
      'Indikator Kinerja',
      `Target ${N}`,
      `Realisasi ${N}`,
      `Capaian ${N}`,
      `Realisasi ${N1}`,
      `Capaian ${N1}`,
      `Target Renstra ${N}`,
      `Target Akhir Renstra (${last})`,
      'Capaian terhadap Target Akhir Renstra',
      'Keterangan',
    ],
    chartBlock: ['Indikator', `Target ${N}`, `Realisasi ${N}`],
    chartTitle: `Target dan Realisasi ${N}`,
    trendTitle: `Target Renstra dan Realisasi ${first}-${last}`,
    trendHeaders: ['No', 'Indikator Kinerja', 'Uraian'],
    target: 'Target',
    realisasi: 'Realisasi',
    lineHeaders: ['Tahun', 'Rata-rata Target Renstra', 'Rata-rata Realisasi'],
    lineTitle: `Tren ${first}-${last}: rata-rata target dan realisasi`,
    na: 'N/A',
  };
}

/** Number format of a value kind on this sheet. */
function formatOf(kind: ValueKind | undefined, unit: RenstraUnit): string {
  const k = kind ?? (unit === 'percent' ? 'percent' : unit === 'count' ? 'count' : 'index');
  if (k === 'percent') return '0.00%';
  if (k === 'index') return '0.00';
  return 'General';
}

/** The value on this sheet (percent as a fraction). */
function sheetNumber(v: RenstraValue): number | null {
  const n = num(v);
  if (n === null) return null;
  return v.kind === 'percent' ? n / 100 : n;
}

/** Formula text referencing a source cell, converted to this sheet's convention (percent -> fraction). */
function refExpr(s: SourceCell): string {
  const ref = `${sheetRef(s.sheet)}!${s.cell}`;
  return s.kind === 'percent' && !s.fraction ? `${ref}/100` : ref;
}

function capaianExpr(t: string, r: string, polaritas: Polaritas, cmp: RenstraComparison): string | null {
  let e: string;
  if (polaritas === 'negatif') e = cmp.rumusNegatif === 't/r' ? `${t}/${r}` : `MAX(0,(2*${t}-${r})/${t})`;
  else if (polaritas === 'positif') e = `${r}/${t}`;
  else return null;
  if (cmp.batasAtas !== null) e = `MIN(${angkaEn(cmp.batasAtas / 100)},${e})`;
  return `=${e}`;
}

/** A chart label: the name cut at a word boundary to at most `max` characters, with '…'. */
function ringkas(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Both written on the same scale on this sheet (both percent fractions, or both plain numbers): a ratio formula holds. */
function sameScale(a: RenstraValue | undefined, b: RenstraValue | undefined): boolean {
  return !!a && !!b && (a.kind === 'percent') === (b.kind === 'percent');
}

function wrapParen(expr: string): string {
  return /^[A-Za-z0-9_.'!$ ]+$/.test(expr) && !expr.includes('/') ? expr : `(${expr})`;
}

export function planRenstraSheet(cmp: RenstraComparison, opts?: { lang?: 'id' | 'en' }): SheetSpec {
  const en = opts?.lang === 'en';
  const L = labels(cmp, en);
  const name = PERBANDINGAN_RENSTRA;
  const cells: CellWrite[] = [];
  const put = (
    row: number,
    col: number,
    value: string | number | null,
    extra: { formula?: string | null; numberFormat?: string; bold?: boolean } = {},
  ): void => {
    const w: CellWrite = { sheet: name, cell: a1(row, col), purpose: 'sheet', formula: extra.formula ?? null, value };
    let fmt = extra.numberFormat;
    if (typeof value === 'string' && !extra.formula && TEXT_ESCAPE.test(value)) fmt = '@';
    if (fmt !== undefined) w.numberFormat = fmt;
    if (extra.bold) w.bold = true;
    cells.push(w);
  };

  /**
   * A value cell: a formula on the source where the source is a plain numeric cell, else the value
   * (ranges and N/A as their text). Returns whether the cell holds a number (for capaian formulas).
   */
  const putValue = (row: number, col: number, v: RenstraValue | undefined, src: SourceCell | undefined, unit: RenstraUnit): boolean => {
    if (!v) {
      put(row, col, null, { numberFormat: formatOf(undefined, unit) });
      return false;
    }
    const n = sheetNumber(v);
    const fmt = formatOf(v.kind, unit);
    if (n === null) {
      const text = v.kind === 'na' ? L.na : v.raw;
      put(row, col, text === '' ? null : text, { numberFormat: TEXT_ESCAPE.test(text) ? '@' : 'General' });
      return false;
    }
    if (src && src.numeric) put(row, col, n, { formula: `=${refExpr(src)}`, numberFormat: fmt });
    else put(row, col, n, { numberFormat: fmt });
    return true;
  };

  // Title rows.
  put(1, 1, L.title, { bold: true });
  put(2, 1, L.sources);
  const headerRow = 3;
  L.headers.forEach((h, j) => put(headerRow, j + 1, h, { bold: true }));

  const first = headerRow + 1;
  const rowOf = new Map<number, number>();
  cmp.rows.forEach((r, k) => {
    const row = first + k;
    rowOf.set(k, row);
    put(row, 1, r.no);
    put(row, 2, r.sasaran === '' ? null : r.sasaran);
    put(row, 3, r.indikator);
    const hasT = putValue(row, 4, r.values.targetN, r.sources.targetN, r.unit);
    const hasR = putValue(row, 5, r.values.realisasiN, r.sources.realisasiN, r.unit);
    const D = a1(row, 4);
    const E = a1(row, 5);
    // Capaian N over this sheet's cells.
    if (r.na) put(row, 6, L.na, { numberFormat: 'General' });
    else if (r.capaianN === null) put(row, 6, null, { numberFormat: '0.00%' });
    else {
      const f =
        hasT && hasR && r.targetN !== 0 && r.values.targetN?.kind !== 'range' && sameScale(r.values.targetN, r.values.realisasiN)
          ? capaianExpr(D, E, r.polaritas, cmp)
          : null;
      put(row, 6, r.capaianN / 100, { formula: f, numberFormat: '0.00%' });
    }
    // N-1.
    const hasR1 = putValue(row, 7, r.values.realisasiN1, r.sources.realisasiN1, r.unit);
    const G = a1(row, 7);
    if (r.capaianN1 === null) {
      put(row, 8, r.naN1 ? L.na : null, { numberFormat: r.naN1 ? 'General' : '0.00%' });
    } else {
      const t1 = r.sources.targetN1;
      const f =
        hasR1 && t1 && t1.numeric && r.targetN1 !== null && r.targetN1 !== 0 && r.values.targetN1?.kind !== 'range' && sameScale(r.values.targetN1, r.values.realisasiN1)
          ? capaianExpr(wrapParen(refExpr(t1)), G, r.polaritasN1, cmp)
          : null;
      put(row, 8, r.capaianN1 / 100, { formula: f, numberFormat: '0.00%' });
    }
    // Renstra.
    putValue(row, 9, r.values.targetRenstraN, r.sources.targetRenstraN, r.unit);
    const hasA = putValue(row, 10, r.values.targetAkhir, r.sources.targetAkhir, r.unit);
    const J = a1(row, 10);
    if (r.na && r.renstra) put(row, 11, L.na, { numberFormat: 'General' });
    else if (r.capaianTerhadapAkhir === null) put(row, 11, null, { numberFormat: '0.00%' });
    else {
      const pol: Polaritas = r.polaritas === 'rentang' ? 'positif' : r.polaritas;
      const f = hasR && hasA && r.targetAkhir !== 0 && sameScale(r.values.targetAkhir, r.values.realisasiN) ? capaianExpr(J, E, pol, cmp) : null;
      put(row, 11, r.capaianTerhadapAkhir / 100, { formula: f, numberFormat: '0.00%' });
    }
    const notes = en ? r.notesEn : r.notes;
    put(row, 12, notes.length ? notes.join('; ') : null);
  });
  const lastMain = first + cmp.rows.length - 1;
  const tableRange = `${a1(headerRow, 1)}:${a1(Math.max(lastMain, first), 12)}`;
  if (!cmp.rows.length) for (let j = 1; j <= 12; j++) put(first, j, null);

  // Comparison-level notes under the table, after a blank row (an Excel table grows into an
  // adjacent row written after it).
  let cur = Math.max(lastMain, first) + 2;
  const globalNotes = en ? cmp.notesEn : cmp.notes;
  for (const n of globalNotes) put(cur++, 1, n);
  if (globalNotes.length) cur += 1;

  // Chart block: Target N vs Realisasi N per indicator (percent indicators when there are any).
  const pct = cmp.rows.map((r, k) => ({ r, k })).filter((x) => x.r.unit === 'percent');
  const chartRows = pct.length ? pct : cmp.rows.map((r, k) => ({ r, k }));
  const charts: ChartSpec[] = [];
  const cbTop = cur;
  L.chartBlock.forEach((h, j) => put(cbTop, j + 1, h, { bold: true }));
  chartRows.forEach((x, m) => {
    const row = cbTop + 1 + m;
    const src = rowOf.get(x.k)!;
    const bare = x.r.indikator.replace(/^\s*\d+\s*[.)]\s*/, '');
    const short = ringkas(bare, 48);
    put(row, 1, `${x.r.no}. ${short}`);
    const fmt = formatOf(x.r.values.targetN?.kind, x.r.unit);
    const tv = x.r.values.targetN ? sheetNumber(x.r.values.targetN) : null;
    const rv = x.r.values.realisasiN ? sheetNumber(x.r.values.realisasiN) : null;
    put(row, 2, tv, { formula: tv === null ? null : `=${a1(src, 4)}`, numberFormat: fmt });
    put(row, 3, rv, { formula: rv === null ? null : `=${a1(src, 5)}`, numberFormat: formatOf(x.r.values.realisasiN?.kind, x.r.unit) });
  });
  const cbBottom = cbTop + Math.max(chartRows.length, 1);
  charts.push({
    type: 'clustered-column',
    title: L.chartTitle,
    dataRange: `${a1(cbTop, 1)}:${a1(cbBottom, 3)}`,
    series: [L.chartBlock[1], L.chartBlock[2]],
    anchor: 'N3',
  });

  // Trend table: two rows per indicator (Target, Realisasi), one column per Renstra year.
  cur = cbBottom + 2;
  put(cur, 1, L.trendTitle, { bold: true });
  const thRow = cur + 1;
  L.trendHeaders.forEach((h, j) => put(thRow, j + 1, h, { bold: true }));
  cmp.renstraYears.forEach((y, j) => put(thRow, 4 + j, String(y), { bold: true, numberFormat: '@' }));
  const trendTargetRows: number[] = [];
  const trendRealRows: number[] = [];
  cmp.trend.forEach((t, k) => {
    const rT = thRow + 1 + 2 * k;
    const rR = rT + 1;
    put(rT, 1, t.no);
    put(rT, 2, t.indikator);
    put(rT, 3, L.target);
    put(rR, 1, null);
    put(rR, 2, null);
    put(rR, 3, L.realisasi);
    cmp.renstraYears.forEach((y, j) => {
      const ty = t.years[String(y)];
      putValue(rT, 4 + j, ty?.targetValue, ty?.targetSource, t.unit);
      putValue(rR, 4 + j, ty?.realisasiValue, ty?.realisasiSource, t.unit);
    });
    if (t.unit === 'percent' || !pct.length) {
      trendTargetRows.push(rT);
      trendRealRows.push(rR);
    }
  });
  const trendBottom = thRow + 2 * cmp.trend.length;

  // Line chart block: per Renstra year, the average target and realisasi of the charted indicators.
  const lbTop = trendBottom + 2;
  L.lineHeaders.forEach((h, j) => put(lbTop, j + 1, h, { bold: true }));
  const avgFmt = pct.length ? '0.00%' : 'General';
  cmp.renstraYears.forEach((y, j) => {
    const row = lbTop + 1 + j;
    const col = 4 + j;
    put(row, 1, String(y), { numberFormat: '@' });
    const vals = (which: 'target' | 'realisasi'): number[] => {
      const out: number[] = [];
      cmp.trend.forEach((t) => {
        if (!(t.unit === 'percent' || !pct.length)) return;
        const ty = t.years[String(y)];
        const v = which === 'target' ? ty?.targetValue : ty?.realisasiValue;
        const n = v ? sheetNumber(v) : null;
        if (n !== null) out.push(n);
      });
      return out;
    };
    const formula = (rs: number[]): string | null => {
      if (!rs.length) return null;
      const refs = rs.map((r) => a1(r, col)).join(',');
      return `=IF(COUNT(${refs})=0,NA(),AVERAGE(${refs}))`;
    };
    const tv = vals('target');
    const rv = vals('realisasi');
    put(row, 2, tv.length ? tv.reduce((a, b) => a + b, 0) / tv.length : null, { formula: formula(trendTargetRows), numberFormat: avgFmt });
    put(row, 3, rv.length ? rv.reduce((a, b) => a + b, 0) / rv.length : null, { formula: formula(trendRealRows), numberFormat: avgFmt });
  });
  const lbBottom = lbTop + cmp.renstraYears.length;
  charts.push({
    type: 'line',
    title: L.lineTitle,
    dataRange: `${a1(lbTop, 1)}:${a1(lbBottom, 3)}`,
    series: [L.lineHeaders[1], L.lineHeaders[2]],
    anchor: 'N22',
  });

  const columnWidths: Record<string, number> = { A: 6, B: 40, C: 60, D: 14, E: 14, F: 14, G: 14, H: 14, I: 14, J: 16, K: 18, L: 60 };
  return {
    name,
    purpose: 'perbandingan-renstra',
    cells,
    columnWidths,
    table: { range: tableRange, name: 'PerbandinganRenstra', style: 'TableStyleMedium2' },
    charts,
    freezeRows: headerRow,
  };
}
