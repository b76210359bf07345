/**
 * target-berbeda (peringatan): the same indicator (matched by normalised name, near matches
 * reported) has different targets for the same year in two tables of the workbook: PK vs
 * pengukuran, two pengukuran tables, Rencana Aksi vs PK. The finding sits on the target cell of
 * the measurement side (the PK is the agreement it should follow).
 */
import { a1, sheetRef } from '../grid';
import type { AnalysedTable, Finding, Indicator, ParsedValue, TableKind } from '../types';
import type { Rule, RuleContext } from './types';
import { matchedPairs, nilai, sama, targetTahun, temuan } from './types';

/** True when two targets say the same: equal numbers (a plain 80 equals 80%), or equal ranges. */
export function targetSama(a: ParsedValue, b: ParsedValue): boolean {
  if (a.kind === 'range' || b.kind === 'range') {
    return a.kind === 'range' && b.kind === 'range' && sama(a.low ?? NaN, b.low ?? NaN) && sama(a.high ?? NaN, b.high ?? NaN);
  }
  if (a.value === null || b.value === null) return true; // nothing to compare
  // Equal numbers are the same target even when one table's header forces '%' on a plain '1'
  // next to '1 Layanan' elsewhere: units are satuan-tidak-cocok's business, not this rule's.
  return sama(a.value, b.value);
}

/** A target worth comparing: a number or a range. */
export function targetTerbaca(p: ParsedValue | null | undefined): p is ParsedValue {
  if (!p) return false;
  if (p.kind === 'range') return p.low !== undefined && p.high !== undefined;
  return p.value !== null && ['percent', 'count', 'index', 'number'].includes(p.kind);
}

/** Kinds whose pairs are compared (Renstra has its own rule). */
const RANK: Record<TableKind, number> = { pk: 0, 'rencana-aksi': 1, pengukuran: 2, renstra: -1 };

export function alamat(sheet: string, cell: string): string {
  return `${sheetRef(sheet)}!${cell}`;
}

/** Which side of a pair carries a finding: the measurement side, unless only the other is in focus. */
export function pilihSisi<T extends { ind: Indicator }>(utama: T, lain: T, ctx: RuleContext): [T, T] {
  const f = ctx.focusSheets;
  if (f && !f.includes(utama.ind.sheet) && f.includes(lain.ind.sheet)) return [lain, utama];
  return [utama, lain];
}

export const targetBerbeda: Rule = {
  id: 'target-berbeda',
  run(ctx) {
    const out: Finding[] = [];
    for (const { m, a: { ind: a, table: ta }, b: { ind: b, table: tb } } of matchedPairs(ctx)) {
      if (ta.kind === 'renstra' || tb.kind === 'renstra') continue;
      const ya = targetTahun(a, ta, ctx.year);
      const yb = targetTahun(b, tb, ctx.year);
      for (const [year, va] of ya) {
        const vb = yb.get(year);
        if (!vb || !targetTerbaca(va.target) || !targetTerbaca(vb.target)) continue;
        if (targetSama(va.target, vb.target)) continue;
        // The measurement side (higher rank; later table on a tie) carries the finding.
        const sideA = { ind: a, table: ta, v: va };
        const sideB = { ind: b, table: tb, v: vb };
        const bFirst = RANK[tb.kind] > RANK[ta.kind] || (RANK[tb.kind] === RANK[ta.kind] && urutan(ctx, tb) >= urutan(ctx, ta));
        const [here, there] = pilihSisi(bFirst ? sideB : sideA, bFirst ? sideA : sideB, ctx);
        const cell = here.v.cell ?? here.ind.cells.target ?? here.ind.cells.indikator ?? a1(here.ind.row, 1);
        const thereCell = there.v.cell ?? there.ind.cells.target ?? there.ind.cells.indikator ?? a1(there.ind.row, 1);
        out.push(
          temuan(
            'target-berbeda',
            { sheet: here.ind.sheet, cell, tableId: here.ind.tableId, indicatorId: here.ind.id },
            {
              tahun: year,
              target: nilai(here.v.target, ctx.lang),
              targetLain: nilai(there.v.target, ctx.lang),
              tempatLain: alamat(there.ind.sheet, thereCell),
              skor: m.exact ? null : m.score,
            },
            ctx.lang,
          ),
        );
      }
    }
    return out;
  },
};

function urutan(ctx: RuleContext, t: AnalysedTable): number {
  return ctx.tables.indexOf(t);
}
