/**
 * The rekap workbook of docs/baris-perintah.md ("rekap"): one workbook for a regional office built
 * from many analysed workbooks. The core builds it as plain table specs (this file's types); a
 * writer (src/xlsx/rekap.ts) turns the specs into .xlsx bytes, in Node or in a browser.
 */
import type { Analysis } from '../types';

/** One input of the rekap: an analysed workbook, or a refused one with its reason. */
export type RekapMasukan =
  | { berkas: string; satker: string; analysis: Analysis }
  | { berkas: string; galat: string };

export type NilaiRekap = string | number | null;

export interface KolomRekap {
  judul: string;
  /** Width in characters (fits the longest value, within limits). */
  lebar: number;
  /** Excel number format of the column's values. */
  format?: string;
  /** Text longer than the width: wrapped (rows as tall as their lines) instead of cut. */
  bungkus?: boolean;
}

/** A conditional format: a formula over the range's top-left cell and the colours when true. */
export interface AturanWarna {
  label: string;
  rumus: string;
  isi: string;
  teks: string;
}

export interface WarnaRekap {
  /** A1 range the rules apply to, e.g. `E2:H40`. */
  ref: string;
  aturan: AturanWarna[];
}

export interface LembarRekap {
  nama: string;
  kolom: KolomRekap[];
  /** Data rows under the single header row. */
  baris: NilaiRekap[][];
  warna: WarnaRekap[];
}

export interface BukuRekap {
  lembar: LembarRekap[];
}

export const LEMBAR_REKAP = {
  satker: 'Rekap Satker',
  indikator: 'Rekap Indikator',
  temuan: 'Temuan',
  tidakTerbaca: 'Tidak Terbaca',
} as const;
