/**
 * The notes of the Renstra comparison as codes with parameters: the core keeps one list of them,
 * the dictionary (src/i18n/renstra.ts) renders each code in the wanted language.
 */
import type { RenstraValue } from './types';

/** Each note's code and the parameters its text needs. */
export interface ArgsCatatan {
  tabelTanpaTahun: [sheet: string, N: number];
  diLuarPeriode: [N: number, first: number, last: number];
  bukuTanpaDataN1: [N1: number];
  tidakDiRenstra: [];
  namaMiripRenstra: [indikator: string, score: number];
  renstraTanpaTargetN: [N: number];
  renstraTanpaTargetAkhir: [last: number];
  targetBeda: [N: number, tN: RenstraValue, tR: RenstraValue];
  satuanAkhirBeda: [N: number, rN: RenstraValue, tA: RenstraValue];
  targetAkhirNol: [];
  akhirTidakDihitung: [];
  akhirDibatasi: [batas: number];
  targetDariPk: [N: number, sheet: string];
  tanpaTargetN: [N: number];
  capaianDenganPk: [N: number];
  capaianTidakDihitung: [N: number, why: string | null];
  realisasiBelumDiisi: [N: number];
  tidakAdaKasus: [bukti: string | null];
  tidakDiDataN1: [N1: number];
  tanpaDataN1: [N1: number];
  namaMiripN1: [N1: number, sheet: string, indikator: string, score: number];
  realisasiN1Kosong: [N1: number, sheet: string];
  n1TidakAdaKasus: [N1: number];
}

export type KodeCatatan = keyof ArgsCatatan;

/** A note of the comparison: the code of its text and the text's parameters. */
export type CatatanRenstra = { [K in KodeCatatan]: { kode: K; args: ArgsCatatan[K] } }[KodeCatatan];

/** The note `kode` with its parameters (checked against the code's parameters). */
export function catatan<K extends KodeCatatan>(kode: K, ...args: ArgsCatatan[K]): CatatanRenstra {
  return { kode, args } as CatatanRenstra;
}
