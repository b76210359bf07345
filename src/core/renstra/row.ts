/** One row of the comparison (and its trend row) from a year-N indicator. */
import type { CompareContext, TableIndicator } from './context';
import { RowNotes } from './context';
import { capaianAkhir, checkTargetRenstra, renstraPart } from './row-renstra';
import { yearN1Part, yearNPart } from './row-year';
import { trendRow } from './trend';
import type { RenstraRow, RenstraTrendRow } from './types';
import { num, rowUnit } from './values';
import { renderCatatan } from '../../i18n/renstra';

export function compareRow(ctx: CompareContext, member: TableIndicator, i: number): { row: RenstraRow; trend: RenstraTrendRow } {
  const { t: tab, ind } = member;
  const b = new RowNotes();
  const yN = yearNPart(ctx, b, tab, ind, i);
  const y1 = yearN1Part(ctx, b, ind, i);
  const { renstra, tR, tA } = renstraPart(ctx, b, i);
  if (yN.tN && tR) checkTargetRenstra(ctx, b, member, i, yN.tN, tR);
  const akhir = tA && yN.rN && !yN.na ? capaianAkhir(ctx, b, ind, yN.rN, tA) : null;
  const unit = rowUnit(yN.tN, yN.rN, tR, tA);
  const row: RenstraRow = {
    no: i + 1,
    indicatorId: ind.id,
    sheet: ind.sheet,
    sasaran: ind.sasaran,
    indikator: ind.indikator,
    satuan: ind.satuan,
    unit,
    polaritas: ind.polaritas,
    na: yN.na,
    targetN: num(yN.tN),
    realisasiN: num(yN.rN),
    capaianN: yN.capaianN,
    ...y1,
    targetRenstraN: num(tR),
    targetAkhir: num(tA),
    capaianTerhadapAkhir: akhir,
    values: b.values,
    sources: b.sources,
    renstra,
    catatan: b.catatan,
    notes: b.catatan.map((c) => renderCatatan(c, ctx.lang)),
  };
  return { row, trend: trendRow(ctx, i, ind.indikator, unit, yN.rN, yN.rNsrc) };
}
