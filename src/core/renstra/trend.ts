/** The trend of one indicator over the Renstra years: the Renstra target and the realisasi where known. */
import type { CompareContext } from './context';
import type { RenstraTrendRow, RenstraTrendYear, RenstraUnit, RenstraValue, SourceCell } from './types';
import { num, source, valueOf } from './values';
import { yearCellA1 } from './year-data';

export function trendRow(
  ctx: CompareContext,
  i: number,
  indikator: string,
  unit: RenstraUnit,
  rN: RenstraValue | undefined,
  rNsrc: SourceCell | undefined,
): RenstraTrendRow {
  const rm = ctx.rMatch.get(i);
  const years: Record<string, RenstraTrendYear> = {};
  for (const y of ctx.renstraYears) {
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
    const e = y === ctx.N ? { realisasi: rN, realisasiSource: rNsrc } : ctx.yearData.get(y)?.entries.get(i)?.entry;
    if (e?.realisasi) {
      ty.realisasi = num(e.realisasi);
      ty.realisasiValue = e.realisasi;
      if (e.realisasiSource) ty.realisasiSource = e.realisasiSource;
    }
    years[String(y)] = ty;
  }
  return { no: i + 1, indikator, unit, years };
}
