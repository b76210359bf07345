/**
 * compareRenstra(analysis) reads only the Analysis (no grids): the year-N pengukuran table, the
 * year N-1 data (a pengukuran table of N-1, else the N-1 block of a two-year table), the Renstra
 * matrix (tables of kind 'renstra', Indicator.targets by year). Missing inputs stay null with a
 * note, never a guess. Percent quantities are percent points, as in the rest of the core.
 */
import { matchByName, NEAR_MATCH } from '../names';
import type { AnalysedTable, Analysis, Indicator } from '../types';
import type { CompareContext, TableIndicator } from './context';
import { compareRow } from './row';
import type { RenstraComparison, RenstraRow, RenstraTrendRow } from './types';
import { valueOf } from './values';
import { dataOfYear, tablesOfYear, type YearData } from './year-data';
import { catatan, type CatatanRenstra } from './catatan';
import { renderCatatan } from '../../i18n/renstra';

type GlobalNotes = CatatanRenstra[];

/** Year N (the argument, else the analysis year, else the latest pengukuran year) and its tables. */
function yearN(analysis: Analysis, year: number | undefined, g: GlobalNotes): { N: number; tablesN: AnalysedTable[] } | null {
  const pengukuran = analysis.tables.filter((t) => t.kind === 'pengukuran');
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
      g.push(catatan('tabelTanpaTahun', noYear[0].sheet, N));
    }
  }
  return tablesN.length ? { N, tablesN } : null;
}

function renstraYearsOf(renstraTables: AnalysedTable[]): number[] {
  const yearSet = new Set<number>();
  for (const t of renstraTables) {
    for (const y of Object.keys(t.renstraYears)) yearSet.add(Number(y));
    for (const i of t.items) for (const y of Object.keys(i.targets)) yearSet.add(Number(y));
  }
  return [...yearSet].filter((y) => Number.isInteger(y)).sort((a, b) => a - b);
}

/** The indicators of year N: the largest year-N table, then those of other year-N tables (per-indicator tables like Tabel III.2) that it does not hold. */
function membersOf(tablesN: AnalysedTable[]): TableIndicator[] {
  const tableN = tablesN[0];
  const members: TableIndicator[] = tableN.items.map((ind) => ({ t: tableN, ind }));
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
  return members;
}

function matchRenstra(names: string[], renstraTables: AnalysedTable[]): CompareContext['rMatch'] {
  const renstraItems: TableIndicator[] = renstraTables.flatMap((t) => t.items.map((ind) => ({ t, ind })));
  type RItem = { name: string; i?: number; r?: TableIndicator };
  const rMatch: CompareContext['rMatch'] = new Map();
  for (const m of matchByName<RItem>(
    names.map((n, i) => ({ name: n, i })),
    renstraItems.map((r) => ({ name: r.ind.indikator, r })),
    (x) => x.name,
  )) {
    if (m.a.i === undefined || !m.b.r) continue;
    if (!m.exact && m.score < NEAR_MATCH) continue;
    rMatch.set(m.a.i, { r: m.b.r, score: m.score, exact: m.exact });
  }
  return rMatch;
}

/** PK targets of year N (fallback when the pengukuran table has no target for an indicator). */
function matchPk(analysis: Analysis, N: number, items: Indicator[]): CompareContext['pkMatch'] {
  const pkTables = analysis.tables.filter((t) => t.kind === 'pk' && (t.year === N || t.year === null));
  type PItem = { name: string; i?: number; p?: TableIndicator };
  const pkMatch: CompareContext['pkMatch'] = new Map();
  const needPk = items.map((ind, i) => ({ ind, i })).filter((x) => !valueOf(x.ind.target));
  if (!needPk.length || !pkTables.length) return pkMatch;
  for (const m of matchByName<PItem>(
    needPk.map((x) => ({ name: x.ind.indikator, i: x.i })),
    pkTables.flatMap((t) => t.items.map((ind) => ({ name: ind.indikator, p: { t, ind } }))),
    (x) => x.name,
  )) {
    if (m.a.i !== undefined && m.b.p) pkMatch.set(m.a.i, m.b.p);
  }
  return pkMatch;
}

/** Sheets the comparison read (year N, N-1, Renstra), in that order, without repeats. */
function sourceSheets(members: TableIndicator[], rows: RenstraRow[], renstraTables: AnalysedTable[]): string[] {
  const sheets = [
    ...members.map((m) => m.t.sheet),
    ...rows.flatMap((r) => (r.sources.realisasiN1 ? [r.sources.realisasiN1.sheet] : [])),
    ...renstraTables.map((t) => t.sheet),
  ];
  return [...new Set(sheets)];
}

/**
 * Compares year N (the `year` argument, else the analysis year, else the latest pengukuran year)
 * with N-1 and the Renstra matrix. Null when the workbook has no Renstra matrix or no year-N
 * pengukuran table. `opts.lang` sets the language of the findings' messages (notes carry both).
 */
export function compareRenstra(analysis: Analysis, year?: number, opts: { lang?: 'id' | 'en' } = {}): RenstraComparison | null {
  const renstraTables = analysis.tables.filter((t) => t.kind === 'renstra' && t.items.length > 0);
  if (!renstraTables.length) return null;
  const g: GlobalNotes = [];
  const yn = yearN(analysis, year, g);
  if (!yn) return null;
  const { N, tablesN } = yn;
  const N1 = N - 1;
  const renstraYears = renstraYearsOf(renstraTables);
  if (!renstraYears.length) return null;
  const lastYear = renstraYears[renstraYears.length - 1];
  if (!renstraYears.includes(N)) {
    g.push(catatan('diLuarPeriode', N, renstraYears[0], lastYear));
  }
  const members = membersOf(tablesN);
  const items = members.map((m) => m.ind);
  const names = items.map((i) => i.indikator);
  const yearData = new Map<number, YearData>();
  for (const y of new Set([N1, ...renstraYears])) if (y !== N) yearData.set(y, dataOfYear(analysis, y, names, tablesN[0]));
  if (!yearData.get(N1)!.found) {
    g.push(catatan('bukuTanpaDataN1', N1));
  }
  const ctx: CompareContext = {
    analysis,
    lang: opts.lang ?? 'id',
    N,
    N1,
    renstraYears,
    lastYear,
    tableN: tablesN[0],
    rMatch: matchRenstra(names, renstraTables),
    pkMatch: matchPk(analysis, N, items),
    yearData,
    capOpts: { rumusNegatif: analysis.settings.rumusNegatif, batasAtas: analysis.settings.batasAtas },
    findings: [],
  };
  const rows: RenstraRow[] = [];
  const trend: RenstraTrendRow[] = [];
  members.forEach((m, i) => {
    const r = compareRow(ctx, m, i);
    rows.push(r.row);
    trend.push(r.trend);
  });
  return {
    year: N,
    renstraYears,
    lastYear,
    tableId: ctx.tableN.id,
    sources: sourceSheets(members, rows, renstraTables),
    rows,
    trend,
    findings: ctx.findings,
    catatan: g,
    notes: g.map((c) => renderCatatan(c, ctx.lang)),
    rumusNegatif: ctx.capOpts.rumusNegatif,
    batasAtas: ctx.capOpts.batasAtas,
  };
}
