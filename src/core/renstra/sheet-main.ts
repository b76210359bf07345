/** The main table of `Perbandingan Renstra`: one row per indicator, capaian as formulas over this sheet's cells. */
import { a1 } from '../grid';
import type { Polaritas } from '../types';
import { capaianExpr, refExpr, sameScale, type SheetCells, wrapParen } from './sheet-cells';
import type { RenstraRow } from './types';
import { renderCatatan } from '../../i18n/renstra';
import type { Lang } from '../../i18n/lang';

/** Capaian N (column F) over Target N (D) and Realisasi N (E). */
function capaianNCell(s: SheetCells, r: RenstraRow, row: number, hasT: boolean, hasR: boolean): void {
  if (r.na) s.put(row, 6, s.L.na, { numberFormat: 'General' });
  else if (r.capaianN === null) s.put(row, 6, null, { numberFormat: '0.00%' });
  else {
    const f =
      hasT && hasR && r.targetN !== 0 && r.values.targetN?.kind !== 'range' && sameScale(r.values.targetN, r.values.realisasiN)
        ? capaianExpr(a1(row, 4), a1(row, 5), r.polaritas, s.cmp)
        : null;
    s.put(row, 6, r.capaianN / 100, { formula: f, numberFormat: '0.00%' });
  }
}

/** Realisasi N-1 (G) and Capaian N-1 (H) over the N-1 target's source cell. */
function yearN1Cells(s: SheetCells, r: RenstraRow, row: number): void {
  const hasR1 = s.putValue(row, 7, r.values.realisasiN1, r.sources.realisasiN1, r.unit);
  if (r.capaianN1 === null) {
    s.put(row, 8, r.naN1 ? s.L.na : null, { numberFormat: r.naN1 ? 'General' : '0.00%' });
    return;
  }
  const t1 = r.sources.targetN1;
  const f =
    hasR1 && t1 && t1.numeric && r.targetN1 !== null && r.targetN1 !== 0 && r.values.targetN1?.kind !== 'range' && sameScale(r.values.targetN1, r.values.realisasiN1)
      ? capaianExpr(wrapParen(refExpr(t1)), a1(row, 7), r.polaritasN1, s.cmp)
      : null;
  s.put(row, 8, r.capaianN1 / 100, { formula: f, numberFormat: '0.00%' });
}

/** Target Renstra N (I), Target Akhir (J) and capaian against it (K). */
function renstraCells(s: SheetCells, r: RenstraRow, row: number, hasR: boolean): void {
  s.putValue(row, 9, r.values.targetRenstraN, r.sources.targetRenstraN, r.unit);
  const hasA = s.putValue(row, 10, r.values.targetAkhir, r.sources.targetAkhir, r.unit);
  if (r.na && r.renstra) s.put(row, 11, s.L.na, { numberFormat: 'General' });
  else if (r.capaianTerhadapAkhir === null) s.put(row, 11, null, { numberFormat: '0.00%' });
  else {
    const pol: Polaritas = r.polaritas === 'rentang' ? 'positif' : r.polaritas;
    const f = hasR && hasA && r.targetAkhir !== 0 && sameScale(r.values.targetAkhir, r.values.realisasiN) ? capaianExpr(a1(row, 10), a1(row, 5), pol, s.cmp) : null;
    s.put(row, 11, r.capaianTerhadapAkhir / 100, { formula: f, numberFormat: '0.00%' });
  }
}

function mainRow(s: SheetCells, r: RenstraRow, row: number, lang: Lang): void {
  s.put(row, 1, r.no);
  s.put(row, 2, r.sasaran === '' ? null : r.sasaran);
  s.put(row, 3, r.indikator);
  const hasT = s.putValue(row, 4, r.values.targetN, r.sources.targetN, r.unit);
  const hasR = s.putValue(row, 5, r.values.realisasiN, r.sources.realisasiN, r.unit);
  capaianNCell(s, r, row, hasT, hasR);
  yearN1Cells(s, r, row);
  renstraCells(s, r, row, hasR);
  const notes = r.catatan.map((c) => renderCatatan(c, lang));
  s.put(row, 12, notes.length ? notes.join('; ') : null);
}

/** Writes the header row and the rows from `first`; returns the sheet row of each comparison row and the table range. */
export function mainTable(s: SheetCells, headerRow: number, lang: Lang): { rowOf: Map<number, number>; tableRange: string; bottom: number } {
  s.L.headers.forEach((h, j) => s.put(headerRow, j + 1, h, { bold: true }));
  const first = headerRow + 1;
  const rowOf = new Map<number, number>();
  s.cmp.rows.forEach((r, k) => {
    rowOf.set(k, first + k);
    mainRow(s, r, first + k, lang);
  });
  const bottom = Math.max(first + s.cmp.rows.length - 1, first);
  if (!s.cmp.rows.length) for (let j = 1; j <= 12; j++) s.put(first, j, null);
  return { rowOf, tableRange: `${a1(headerRow, 1)}:${a1(bottom, 12)}`, bottom };
}
