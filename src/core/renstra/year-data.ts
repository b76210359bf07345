/**
 * One year's data for the indicators of year N: the pengukuran tables of that year (largest
 * first), then the blocks of that year in two-year tables; matched by name.
 */
import { a1 } from '../grid';
import { matchByName } from '../names';
import type { AnalysedTable, Analysis, Indicator, Polaritas } from '../types';
import type { RenstraValue, SourceCell } from './types';
import { source, valueOf } from './values';


/** The cell of another year's block (renstra target or two-year table block) for an indicator. */
export function yearCellA1(table: AnalysedTable, ind: Indicator, year: number, role: 'target' | 'realisasi' | 'capaian'): string | undefined {
  const raw = table.indicators.find((r) => r.row === ind.row);
  const c = raw?.yearCells?.[String(year)]?.[role];
  if (c) return a1(c.row, c.col);
  let col: number | undefined;
  if (role === 'target' && table.kind === 'renstra') col = table.renstraYears[String(year)];
  if (col === undefined) col = table.otherYears[String(year)]?.[role];
  return col === undefined ? undefined : a1(ind.row, col);
}

/** The pengukuran table of a year with the most indicators (first on ties), and the others. */
export function tablesOfYear(tables: AnalysedTable[], year: number): AnalysedTable[] {
  const ts = tables.filter((t) => t.kind === 'pengukuran' && t.year === year);
  return ts
    .map((t, i) => ({ t, i }))
    .sort((x, y) => y.t.items.length - x.t.items.length || x.i - y.i)
    .map((x) => x.t);
}

/** One year's data for an indicator, from some table. */
export interface YearEntry {
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

export function mainEntry(t: AnalysedTable, ind: Indicator): YearEntry {
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

export function otherYearEntry(t: AnalysedTable, ind: Indicator, year: number): YearEntry | null {
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
export function isZeroCase(ind: Indicator): boolean {
  return ind.nihil.length > 0 || ind.realisasi?.kind === 'na';
}

/** Entries matched per name index; `found` when the workbook holds any data of the year. */
export interface YearData {
  entries: Map<number, { entry: YearEntry; score: number; exact: boolean }>;
  found: boolean;
}

/**
 * The data of `year` for each of `names` (by index), looked up in priority order: the pengukuran
 * tables of that year (largest first), then the `year` blocks of two-year tables (the year-N
 * table first). Matched by name; near matches are reported through `near`.
 */
export function dataOfYear(
  analysis: Analysis,
  year: number,
  names: string[],
  firstTable: AnalysedTable | null,
): YearData {
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
  const entries: YearData['entries'] = new Map();
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
