/**
 * Shared types and helpers of the review rules (docs/aturan.md "Temuan"). A rule reads the analysed
 * tables (indicators with parsed values and computed capaian) and the cross-table matches, and
 * returns findings. Rules never change the analysis.
 */
import { a1, parseA1 } from '../grid';
import type { AnalysedTable, Finding, Indicator, IndicatorMatch, ParsedValue, Role, RuleId } from '../types';
import { RULE_SEVERITY } from '../types';
import { describeValue, formatAngka } from '../values';
import type { Lang, TemuanParams } from '../../i18n/temuan';
import { pesanTemuan } from '../../i18n/temuan';
import { appendAll } from '../arrays';

export type { Lang } from '../../i18n/temuan';

export interface RuleContext {
  tables: AnalysedTable[];
  matches: IndicatorMatch[];
  /** Year N of the analysis. */
  year: number | null;
  lang: Lang;
  /** Sheets whose findings are wanted (all when undefined). Cross-table rules use it to choose the side. */
  focusSheets?: string[];
  indicator(id: string): Indicator | undefined;
  table(id: string): AnalysedTable | undefined;
}

export interface Rule {
  id: RuleId;
  run(ctx: RuleContext): Finding[];
}

export function buatKonteks(
  tables: AnalysedTable[],
  opts: { matches?: IndicatorMatch[]; year?: number | null; lang?: Lang; focusSheets?: string[] } = {},
): RuleContext {
  const inds = new Map<string, Indicator>();
  const tabs = new Map<string, AnalysedTable>();
  for (const t of tables) {
    tabs.set(t.id, t);
    for (const i of t.items) inds.set(i.id, i);
  }
  return {
    tables,
    matches: opts.matches ?? [],
    year: opts.year ?? null,
    lang: opts.lang ?? 'id',
    focusSheets: opts.focusSheets,
    indicator: (id) => inds.get(id),
    table: (id) => tabs.get(id),
  };
}

/** Builds a finding with the rule's severity and the localised message. */
/** One side of a cross-table match: the indicator and its table. */
export interface MatchSide {
  ind: Indicator;
  table: AnalysedTable;
}

/** The context's cross-table matches with both indicators and tables found (others left out). */
export function matchedPairs(ctx: RuleContext): Array<{ m: IndicatorMatch; a: MatchSide; b: MatchSide }> {
  const out: Array<{ m: IndicatorMatch; a: MatchSide; b: MatchSide }> = [];
  for (const m of ctx.matches) {
    const ia = ctx.indicator(m.a);
    const ib = ctx.indicator(m.b);
    const ta = ia && ctx.table(ia.tableId);
    const tb = ib && ctx.table(ib.tableId);
    if (ia && ib && ta && tb) out.push({ m, a: { ind: ia, table: ta }, b: { ind: ib, table: tb } });
  }
  return out;
}

export function temuan<R extends RuleId>(
  rule: R,
  where: { sheet: string; cell: string; tableId?: string; indicatorId?: string },
  params: TemuanParams[R],
  lang: Lang,
): Finding {
  const f: Finding = {
    rule,
    severity: RULE_SEVERITY[rule],
    sheet: where.sheet,
    cell: where.cell,
    row: parseA1(where.cell).row,
    message: pesanTemuan(rule, params, lang),
  };
  if (where.tableId) f.tableId = where.tableId;
  if (where.indicatorId) f.indicatorId = where.indicatorId;
  return f;
}

/** The A1 cell of the first role the indicator has, else its indikator cell, else column A of its row. */
export function selUntuk(ind: Indicator, ...roles: Role[]): string {
  for (const r of roles) {
    const c = ind.cells[r];
    if (c) return c;
  }
  return ind.cells.indikator ?? `A${ind.row}`;
}

export function tempat(ind: Indicator, ...roles: Role[]): { sheet: string; cell: string; tableId: string; indicatorId: string } {
  return { sheet: ind.sheet, cell: selUntuk(ind, ...roles), tableId: ind.tableId, indicatorId: ind.id };
}

/** A rule that looks at one indicator at a time. */
export function aturanIndikator(
  id: RuleId,
  check: (ind: Indicator, table: AnalysedTable, ctx: RuleContext) => Finding | Finding[] | null,
): Rule {
  return {
    id,
    run(ctx) {
      const out: Finding[] = [];
      for (const t of ctx.tables) {
        for (const ind of t.items) {
          const r = check(ind, t, ctx);
          if (r === null) continue;
          if (Array.isArray(r)) appendAll(out, r);
          else out.push(r);
        }
      }
      return out;
    },
  };
}

/** A parsed value holding one usable number (not a range). */
export function angkaDari(p: ParsedValue | null | undefined): number | null {
  if (!p || p.value === null || !Number.isFinite(p.value)) return null;
  return p.kind === 'percent' || p.kind === 'count' || p.kind === 'index' || p.kind === 'number' || p.kind === 'money' ? p.value : null;
}

/** Tables whose indicators carry performance values (target and realisasi). */
export function tabelPengukuran(t: Pick<AnalysedTable, 'kind'>): boolean {
  return t.kind === 'pengukuran';
}

export const nilai = (p: ParsedValue | null, lang: Lang): string => describeValue(p, lang);
export const persenTeks = (n: number, lang: Lang): string => `${formatAngka(n, 2, lang)}%`;

/** Two numbers equal within a tolerance (reports type 80 and 80,00). */
export function sama(a: number, b: number, tol = 0.005): boolean {
  return Math.abs(a - b) <= tol;
}

/** The stated capaian as percent points, when it is a percentage (or a plain number in a capaian column). */
export function capaianTertulisPersen(p: ParsedValue | null): number | null {
  if (!p || p.value === null) return null;
  if (p.kind === 'percent' || p.kind === 'index' || p.kind === 'number') return p.value;
  return null;
}

/** A year's target of an indicator: the main year (its table's year, else the analysis year) and its other-year blocks. */
export function targetTahun(ind: Indicator, table: AnalysedTable | undefined, tahunAnalisis: number | null): Map<number, { target: ParsedValue; cell: string | undefined }> {
  const m = new Map<number, { target: ParsedValue; cell: string | undefined }>();
  const y = table?.year ?? tahunAnalisis;
  if (y !== null && ind.target) m.set(y, { target: ind.target, cell: ind.cells.target });
  for (const o of ind.otherYears) {
    if (!o.target || m.has(o.year)) continue;
    const col = table?.otherYears[String(o.year)]?.target;
    m.set(o.year, { target: o.target, cell: col ? a1(ind.row, col) : undefined });
  }
  return m;
}
