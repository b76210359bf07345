/**
 * Capaian per docs/aturan.md "Capaian". All quantities in the indicator's own unit; result in percent
 * points, full precision. Returns null when there is no capaian (with the reason).
 */
import type { Polaritas } from './types';

export interface CapaianOptions {
  rumusNegatif: '2t-r' | 't/r';
  /** Cap in percent points, or null. */
  batasAtas: number | null;
}

export const DEFAULT_CAPAIAN_OPTIONS: CapaianOptions = { rumusNegatif: '2t-r', batasAtas: null };

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

const NONE: CapaianResult = { capaian: null, dibatasi: false, alasan: 'tidak-terhitung' };

/** Positive polarity: R / T x 100. */
export function capaianPositif(t: number, r: number): number | null {
  if (t === 0) return null;
  return (r / t) * 100;
}

/**
 * Negative polarity. `2t-r`: (2T - R) / T x 100 floored at 0; with T = 0, R = 0 gives 100 and
 * R > 0 gives 0. `t/r`: T / R x 100; with R = 0 (nothing happened), 100 when T = 0, else no
 * capaian (the ratio is undefined).
 */
export function capaianNegatif(t: number, r: number, rumus: CapaianOptions['rumusNegatif']): number | null {
  if (rumus === 't/r') {
    if (r === 0) return t === 0 ? 100 : null;
    return Math.max(0, (t / r) * 100);
  }
  if (t === 0) return r <= 0 ? 100 : 0;
  return Math.max(0, ((2 * t - r) / t) * 100);
}

/**
 * Range target L-U (PermenPANRB 8/2021): R inside the range gives 100; above it U is taken as the
 * target, below it L, each with the positive formula R / T x 100.
 */
export function capaianRentang(low: number, high: number, r: number): number | null {
  if (r >= low && r <= high) return 100;
  const t = r > high ? high : low;
  return capaianPositif(t, r);
}

export function hitungCapaian(input: CapaianInput, opts: CapaianOptions = DEFAULT_CAPAIAN_OPTIONS): CapaianResult {
  const r = input.realisasi;
  if (r === null || !Number.isFinite(r)) return NONE;
  let c: number | null;
  if (input.polaritas === 'rentang') {
    if (input.low === undefined || input.high === undefined) {
      if (input.target === null) return NONE;
      c = capaianPositif(input.target, r);
    } else c = capaianRentang(input.low, input.high, r);
  } else {
    const t = input.target;
    if (t === null || !Number.isFinite(t)) return NONE;
    if (input.polaritas === 'negatif') c = capaianNegatif(t, r, opts.rumusNegatif);
    else {
      if (t === 0) return { capaian: null, dibatasi: false, alasan: 'target-nol' };
      c = capaianPositif(t, r);
    }
  }
  if (c === null || !Number.isFinite(c)) return NONE;
  if (opts.batasAtas !== null && c > opts.batasAtas) return { capaian: opts.batasAtas, dibatasi: true, alasan: null };
  return { capaian: c, dibatasi: false, alasan: null };
}

/** Mean over non-null capaian (N/A left out); null when none. */
export function rataRata(values: Array<number | null>): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    sum += v;
    n++;
  }
  return n === 0 ? null : sum / n;
}

function fold(text: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Polarity from a POLARITAS column text ('Positif', 'Minimize', 'Semakin rendah semakin baik'), or null. */
export function parsePolaritas(text: string): Polaritas | null {
  const t = fold(text);
  if (t === '') return null;
  if (/^(positif|positive|maximi[sz]e|maksimal|maksimum|max|naik|\+)$/.test(t) || /semakin (tinggi|besar|banyak) semakin baik/.test(t) || /higher is better/.test(t)) {
    return 'positif';
  }
  if (/^(negatif|negative|minimi[sz]e|minimal|minimum|min|turun)$/.test(t) || /semakin (rendah|kecil|sedikit) semakin baik/.test(t) || /lower is better/.test(t)) {
    return 'negatif';
  }
  if (/^(rentang|range|stabili[sz]e|stabil)$/.test(t)) return 'rentang';
  return null;
}

/** Things that are bad when they are many: their count or rate reads as lower-is-better. */
const BAD_THINGS =
  'pelarian|kabur|residivis|residivisme|kematian|meninggal|kecelakaan|pelanggaran|gangguan|kerusuhan|overstay(?:ing)?|overcrowd(?:ing|ed)?|tunggakan|keluhan|temuan|penyalahgunaan|peredaran|kasus|insiden|tahanan yang melarikan diri';
const LOWER_IS_BETTER = new RegExp(`\\b(jumlah|angka|tingkat|rasio|persentase|presentase|prosentase|banyaknya|frekuensi)\\b(?:\\s+\\w+){0,3}?\\s+(${BAD_THINGS})\\b`);
/** Words that turn such a name positive: it measures the decrease, the prevention, the handling. */
const POSITIVE_TURN =
  /\b(menurun\w*|penurunan|turunnya|berkurang\w*|pengurangan|ditekan|dicegah|pencegahan|ditangani|tertangani|penanganan|ditindaklanjuti|tindak lanjut|diselesaikan|penyelesaian|dipulihkan|pemulihan|berhasil|keberhasilan|terselesaikan|bebas)\b/;

/**
 * True when an indicator name reads as lower-is-better (jumlah pelarian, angka residivis,
 * angka kematian...). `Persentase menurunnya ...` is not: it measures the decrease.
 */
export function namaTampakNegatif(indikator: string): boolean {
  const t = fold(indikator);
  if (POSITIVE_TURN.test(t)) return false;
  return LOWER_IS_BETTER.test(t);
}
