/** The year-N and year N-1 parts of a comparison row. */
import { hitungCapaian } from '../capaian';
import type { AnalysedTable, Indicator, Polaritas } from '../types';
import type { CompareContext, RowNotes } from './context';
import type { RenstraValue, SourceCell } from './types';
import { compatible, num, source, valueOf } from './values';
import { isZeroCase } from './year-data';
import { catatan } from './catatan';

export interface YearNPart {
  tN: RenstraValue | undefined;
  tNsrc: SourceCell | undefined;
  rN: RenstraValue | undefined;
  rNsrc: SourceCell | undefined;
  na: boolean;
  capaianN: number | null;
}

/** Target N (from the pengukuran table, else the PK table) and its source, with notes. */
function targetN(ctx: CompareContext, b: RowNotes, tab: AnalysedTable, ind: Indicator, i: number): Pick<YearNPart, 'tN' | 'tNsrc'> {
  const { N } = ctx;
  let tN = valueOf(ind.target);
  let tNsrc = source(tab.sheet, ind.cells.target, ind.target);
  const p = ctx.pkMatch.get(i);
  if (!tN && p) {
    tN = valueOf(p.ind.target);
    tNsrc = source(p.t.sheet, p.ind.cells.target, p.ind.target);
    if (tN) b.note(catatan('targetDariPk', N, p.t.sheet));
  }
  if (!tN) b.note(catatan('tanpaTargetN', N));
  return { tN, tNsrc };
}

/** Capaian N: the analysis' value, else (no target in the pengukuran table) computed with the PK target. */
function capaianN(ctx: CompareContext, b: RowNotes, tab: AnalysedTable, ind: Indicator, p: Omit<YearNPart, 'capaianN'>): number | null {
  const { N } = ctx;
  const { tN, tNsrc, rN, na } = p;
  let capaian: number | null = na ? null : ind.capaian;
  if (!na && capaian === null && rN && tN && tNsrc && tNsrc.sheet !== tab.sheet && compatible(tN, rN)) {
    const range = tN.kind === 'range' && tN.low !== undefined && tN.high !== undefined;
    capaian = hitungCapaian(
      { polaritas: range ? 'rentang' : ind.polaritas, target: num(tN), ...(range ? { low: tN.low, high: tN.high } : {}), realisasi: num(rN) },
      ctx.capOpts,
    ).capaian;
    if (capaian !== null) b.note(catatan('capaianDenganPk', N));
  }
  if (!na && capaian === null && rN && tN) {
    b.note(catatan('capaianTidakDihitung', N, ind.alasanNA ?? null));
  }
  return capaian;
}

export function yearNPart(ctx: CompareContext, b: RowNotes, tab: AnalysedTable, ind: Indicator, i: number): YearNPart {
  const { N } = ctx;
  const { tN, tNsrc } = targetN(ctx, b, tab, ind, i);
  const rN = valueOf(ind.realisasi);
  if (tN) b.values.targetN = tN;
  if (rN) b.values.realisasiN = rN;
  if (tNsrc) b.sources.targetN = tNsrc;
  const rNsrc = source(tab.sheet, ind.cells.realisasi, ind.realisasi);
  if (rNsrc) b.sources.realisasiN = rNsrc;
  const cNsrc = source(tab.sheet, ind.cells.capaian, ind.capaianTertulis);
  if (cNsrc) b.sources.capaianN = cNsrc;
  const na = isZeroCase(ind);
  if (!rN) b.note(catatan('realisasiBelumDiisi', N));
  if (na) b.note(catatan('tidakAdaKasus', ind.nihil.length ? ind.nihil[0] : null));
  const part = { tN, tNsrc, rN, rNsrc, na };
  return { ...part, capaianN: capaianN(ctx, b, tab, ind, part) };
}

export interface YearN1Part {
  targetN1: number | null;
  realisasiN1: number | null;
  capaianN1: number | null;
  polaritasN1: Polaritas;
  naN1: boolean;
}

export function yearN1Part(ctx: CompareContext, b: RowNotes, ind: Indicator, i: number): YearN1Part {
  const { N1 } = ctx;
  const n1 = ctx.yearData.get(N1)!;
  const m1 = n1.entries.get(i);
  const out: YearN1Part = { targetN1: null, realisasiN1: null, capaianN1: null, polaritasN1: ind.polaritas, naN1: false };
  if (!m1) {
    if (n1.found) {
      b.note(catatan('tidakDiDataN1', N1));
    } else {
      b.note(catatan('tanpaDataN1', N1));
    }
    return out;
  }
  const e = m1.entry;
  if (e.target) b.values.targetN1 = e.target;
  if (e.realisasi) b.values.realisasiN1 = e.realisasi;
  if (e.targetSource) b.sources.targetN1 = e.targetSource;
  if (e.realisasiSource) b.sources.realisasiN1 = e.realisasiSource;
  if (e.capaianSource) b.sources.capaianN1 = e.capaianSource;
  out.targetN1 = num(e.target);
  out.realisasiN1 = num(e.realisasi);
  out.capaianN1 = e.na ? null : e.capaian;
  out.polaritasN1 = e.polaritas;
  out.naN1 = e.na;
  if (!m1.exact) {
    b.note(catatan('namaMiripN1', N1, e.sheet, e.indikator, m1.score));
  }
  if (!e.realisasi) b.note(catatan('realisasiN1Kosong', N1, e.sheet));
  if (e.na) b.note(catatan('n1TidakAdaKasus', N1));
  return out;
}
