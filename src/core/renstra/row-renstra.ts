/** The Renstra part of a comparison row: the matched Renstra targets, the target check, capaian against the end target. */
import { hitungCapaian } from '../capaian';
import { cekTargetRenstra } from '../rules/target-renstra-berbeda';
import type { Indicator } from '../types';
import type { CompareContext, RowNotes, TableIndicator } from './context';
import type { RenstraRow, RenstraValue } from './types';
import { angka, angkaEn, compatible, num, skor, source, tampil, valueOf } from './values';
import { yearCellA1 } from './year-data';

export interface RenstraPart {
  renstra: RenstraRow['renstra'];
  tR: RenstraValue | undefined;
  tA: RenstraValue | undefined;
}

export function renstraPart(ctx: CompareContext, b: RowNotes, i: number): RenstraPart {
  const { N, lastYear } = ctx;
  const rm = ctx.rMatch.get(i);
  if (!rm) {
    b.note(
      `Indikator tidak ditemukan di Renstra; target Renstra dan capaian terhadap target akhir dikosongkan.`,
      `Indicator not found in the Strategic Plan; its targets and the achievement against the end target are left empty.`,
    );
    return { renstra: null, tR: undefined, tA: undefined };
  }
  const { t, ind: r } = rm.r;
  const renstra = { indikator: r.indikator, sheet: t.sheet, row: r.row, score: rm.score, exact: rm.exact };
  if (!rm.exact) {
    b.note(`nama mirip di Renstra: "${r.indikator}" (skor ${skor(rm.score)})`, `similar name in the Strategic Plan: "${r.indikator}" (score ${rm.score.toFixed(2)})`);
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
    b.note(`Renstra tidak memuat target ${N} untuk indikator ini; sel dikosongkan.`, `The Strategic Plan has no ${N} target for this indicator; the cell is left empty.`);
  }
  if (!tA) {
    b.note(
      `Renstra tidak memuat target akhir (${lastYear}) untuk indikator ini; capaian terhadap target akhir dikosongkan.`,
      `The Strategic Plan has no end target (${lastYear}) for this indicator; achievement against it is left empty.`,
    );
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
  b.note(
    `Target ${N} (${tampil(tN)}) berbeda dengan target Renstra ${N} (${tampil(tR)}).`,
    `The ${N} target (${tampil(tN, true)}) differs from the Strategic Plan ${N} target (${tampil(tR, true)}).`,
  );
}

/** Realisasi N against the end-of-period target, with the indicator's polarity (null with a note when it cannot be computed). */
export function capaianAkhir(ctx: CompareContext, b: RowNotes, ind: Indicator, rN: RenstraValue, tA: RenstraValue): number | null {
  const { N, capOpts } = ctx;
  if (!compatible(rN, tA)) {
    b.note(
      `Satuan realisasi ${N} (${tampil(rN)}) tidak sama dengan satuan target akhir Renstra (${tampil(tA)}); capaian terhadap target akhir tidak dihitung.`,
      `The unit of the ${N} actual (${tampil(rN, true)}) differs from the Strategic Plan end target (${tampil(tA, true)}); achievement against it is not computed.`,
    );
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
    const nol = res.alasan === 'target-nol';
    b.note(
      nol ? `Target akhir Renstra 0: capaian terhadap target akhir tidak dapat dihitung.` : `Capaian terhadap target akhir Renstra tidak dapat dihitung.`,
      nol ? `The Strategic Plan end target is 0: achievement against it cannot be computed.` : `Achievement against the Strategic Plan end target cannot be computed.`,
    );
  } else if (res.dibatasi) {
    b.note(`Capaian terhadap target akhir dibatasi ${angka(capOpts.batasAtas ?? 0)}%.`, `Achievement against the end target capped at ${angkaEn(capOpts.batasAtas ?? 0)}%.`);
  }
  return res.capaian;
}
