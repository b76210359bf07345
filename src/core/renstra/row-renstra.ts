/** The Renstra part of a comparison row: the matched Renstra targets, the target check, capaian against the end target. */
import { hitungCapaian } from '../capaian';
import { cekTargetRenstra } from '../rules/target-renstra-berbeda';
import type { Indicator } from '../types';
import type { CompareContext, RowNotes, TableIndicator } from './context';
import type { RenstraRow, RenstraValue } from './types';
import { compatible, num, source, valueOf } from './values';
import { yearCellA1 } from './year-data';
import { catatan } from './catatan';

export interface RenstraPart {
  renstra: RenstraRow['renstra'];
  tR: RenstraValue | undefined;
  tA: RenstraValue | undefined;
}

export function renstraPart(ctx: CompareContext, b: RowNotes, i: number): RenstraPart {
  const { N, lastYear } = ctx;
  const rm = ctx.rMatch.get(i);
  if (!rm) {
    b.note(catatan('tidakDiRenstra'));
    return { renstra: null, tR: undefined, tA: undefined };
  }
  const { t, ind: r } = rm.r;
  const renstra = { indikator: r.indikator, sheet: t.sheet, row: r.row, score: rm.score, exact: rm.exact };
  if (!rm.exact) {
    b.note(catatan('namaMiripRenstra', r.indikator, rm.score));
  }
  const tR = valueOf(r.targets[String(N)]);
  const tA = valueOf(r.targets[String(lastYear)]);
  const sR = source(t.sheet, yearCellA1(t, r, N, 'target'), r.targets[String(N)]);
  const sA = source(t.sheet, yearCellA1(t, r, lastYear, 'target'), r.targets[String(lastYear)]);
  if (tR) b.values.targetRenstraN = tR;
  if (tA) b.values.targetAkhir = tA;
  if (sR) b.sources.targetRenstraN = sR;
  if (sA) b.sources.targetAkhir = sA;
  if (!tR && ctx.renstraYears.includes(N)) {
    b.note(catatan('renstraTanpaTargetN', N));
  }
  if (!tA) {
    b.note(catatan('renstraTanpaTargetAkhir', lastYear));
  }
  return { renstra, tR, tA };
}

/** target-renstra-berbeda (the rule's own check, so the comparison and the review agree). */
export function checkTargetRenstra(ctx: CompareContext, b: RowNotes, member: TableIndicator, i: number, tN: RenstraValue, tR: RenstraValue): void {
  const { N } = ctx;
  const rm = ctx.rMatch.get(i);
  if (!rm) return;
  const pk = ctx.pkMatch.get(i);
  const fromPk = !valueOf(member.ind.target) && pk !== undefined;
  const f = cekTargetRenstra(fromPk ? pk.ind : member.ind, rm.r.ind, N, {
    lang: ctx.lang,
    score: rm.exact ? null : rm.score,
    table: fromPk ? pk.t : member.t,
    tahunAnalisis: N,
    renstraTable: rm.r.t,
    ...(b.sources.targetRenstraN ? { renstraCell: b.sources.targetRenstraN.cell } : {}),
  });
  if (!f) return;
  ctx.findings.push(f);
  b.note(catatan('targetBeda', N, tN, tR));
}

/** Realisasi N against the end-of-period target, with the indicator's polarity (null with a note when it cannot be computed). */
export function capaianAkhir(ctx: CompareContext, b: RowNotes, ind: Indicator, rN: RenstraValue, tA: RenstraValue): number | null {
  const { N, capOpts } = ctx;
  if (!compatible(rN, tA)) {
    b.note(catatan('satuanAkhirBeda', N, rN, tA));
    return null;
  }
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
  if (res.capaian === null) {
    b.note(catatan(res.alasan === 'target-nol' ? 'targetAkhirNol' : 'akhirTidakDihitung'));
  } else if (res.dibatasi) {
    b.note(catatan('akhirDibatasi', capOpts.batasAtas ?? 0));
  }
  return res.capaian;
}
