/**
 * Capaian per DOMAIN.md "Capaian". All quantities in the indicator's own unit; result in percent
 * points, full precision. Returns null when there is no capaian (with the reason).
 */
import type { Polaritas } from './types';

export interface CapaianOptions {
  rumusNegatif: '2t-r' | 't/r';
  /** Cap in percent points, or null. */
  batasAtas: number | null;
}

export interface CapaianResult {
  capaian: number | null;
  dibatasi: boolean;
  /** Set when capaian is null: 'target-nol' (T = 0, positive) or 'tidak-terhitung'. */
  alasan: 'target-nol' | 'tidak-terhitung' | null;
}

/** Target T and realisasi R; for `rentang`, `low`/`high` hold the range and `target` is ignored. */
export interface CapaianInput {
  polaritas: Polaritas;
  target: number | null;
  low?: number;
  high?: number;
  realisasi: number | null;
}

export function hitungCapaian(input: CapaianInput, opts: CapaianOptions): CapaianResult {
  void input; void opts;
  throw new Error('hitungCapaian: belum diimplementasikan');
}

/** Mean over non-null capaian (N/A left out); null when none. */
export function rataRata(values: Array<number | null>): number | null {
  void values;
  throw new Error('rataRata: belum diimplementasikan');
}

/** Polarity from a POLARITAS column text ('Positif', 'Minimize', 'Semakin rendah semakin baik'), or null. */
export function parsePolaritas(text: string): Polaritas | null {
  void text;
  throw new Error('parsePolaritas: belum diimplementasikan');
}

/** True when an indicator name reads as lower-is-better (jumlah pelarian, angka residivis, ...). `Persentase menurunnya ...` is not. */
export function namaTampakNegatif(indikator: string): boolean {
  void indikator;
  throw new Error('namaTampakNegatif: belum diimplementasikan');
}
