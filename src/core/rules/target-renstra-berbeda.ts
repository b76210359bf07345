/**
 * target-renstra-berbeda (peringatan): the year-N target differs from the Renstra matrix target
 * for year N. `cekTargetRenstra` is also used by the Renstra comparison (renstra.ts).
 */
import type { AnalysedTable, Finding, Indicator } from '../types';
import type { Lang, Rule } from './types';
import { matchedPairs, nilai, targetTahun, temuan } from './types';
import { alamat, targetSama, targetTerbaca } from './target-berbeda';
import { a1 } from '../grid';

export interface CekRenstraOptions {
  lang?: Lang;
  /** Token-overlap score of a near match (null or 1 for an exact match). */
  score?: number | null;
  /** The table of `ind`: its year and other-year blocks give the year-N target. Without it, `ind.target` is taken as the year-N target. */
  table?: AnalysedTable;
  /** The analysis year, for a table without a year. */
  tahunAnalisis?: number | null;
  /** The A1 cell of the Renstra target for year N (else the Renstra indicator's row, first year column). */
  renstraCell?: string;
  /** The Renstra table: its year columns give the cell of the year-N target. */
  renstraTable?: AnalysedTable;
}

/**
 * Compares the year-`year` target of `ind` with the Renstra target of `renstra` for that year.
 * Returns the finding (on the target cell of `ind`) or null when they agree or one is missing.
 */
export function cekTargetRenstra(ind: Indicator, renstra: Indicator, year: number, opts: CekRenstraOptions = {}): Finding | null {
  const lang = opts.lang ?? 'id';
  const rv = renstra.targets[String(year)];
  if (!targetTerbaca(rv)) return null;
  let target = ind.target;
  let cell = ind.cells.target;
  if (opts.table) {
    const v = targetTahun(ind, opts.table, opts.tahunAnalisis ?? null).get(year);
    if (!v) return null;
    target = v.target;
    cell = v.cell ?? cell;
  }
  if (!targetTerbaca(target)) return null;
  if (targetSama(target, rv)) return null;
  const col = opts.renstraTable?.renstraYears[String(year)];
  const rCell = opts.renstraCell ?? (col ? a1(renstra.row, col) : renstra.cells.indikator ?? a1(renstra.row, 1));
  const score = opts.score === undefined || opts.score === null || opts.score >= 1 ? null : opts.score;
  return temuan(
    'target-renstra-berbeda',
    { sheet: ind.sheet, cell: cell ?? ind.cells.indikator ?? a1(ind.row, 1), tableId: ind.tableId, indicatorId: ind.id },
    { tahun: year, target: nilai(target, lang), targetRenstra: nilai(rv, lang), tempatRenstra: alamat(renstra.sheet, rCell), skor: score },
    lang,
  );
}

export const targetRenstraBerbeda: Rule = {
  id: 'target-renstra-berbeda',
  run(ctx) {
    const out: Finding[] = [];
    for (const { m, a, b } of matchedPairs(ctx)) {
      // The Renstra side second, whichever way the match was found.
      const [{ ind, table: ti }, { ind: ren, table: tr }] = a.table.kind === 'renstra' && b.table.kind !== 'renstra' ? [b, a] : [a, b];
      if (tr.kind !== 'renstra' || ti.kind === 'renstra') continue;
      for (const year of targetTahun(ind, ti, ctx.year).keys()) {
        const f = cekTargetRenstra(ind, ren, year, { lang: ctx.lang, score: m.exact ? null : m.score, table: ti, tahunAnalisis: ctx.year, renstraTable: tr });
        if (f) out.push(f);
      }
    }
    return out;
  },
};
