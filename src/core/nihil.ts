/**
 * Zero-case evidence (docs/aturan.md "Capaian", zero cases): no pregnant inmates, no rehabilitation
 * capacity, 0 of 0 served. There is nothing to measure: capaian N/A, klasifikasi
 * `Tidak dapat diukur`, left out of every average. Setting realisasi equal to the target is never
 * a substitute, and is not evidence.
 *
 * Evidence: a Keterangan/note/TW text with `tidak ada`, `tidak memiliki`, `nihil`, `0 orang`,
 * `disesuaikan dengan target`; a realisasi written as N/A, nihil, -; a realisasi `0/0` or
 * `0 dari 0` (numerator and denominator both 0); the counts behind the percentage both 0 (the
 * cells the realisasi formula divides, or a pair of count columns), or stated as counts in a note
 * (`peserta 0, dilayani 0`, `0 dari 0`, `jumlah ibu hamil: 0`). Under a lower-is-better indicator
 * a 0 count in a note (`0 orang`, `jumlah pelarian: 0`) is the goal met, not a zero case. In a
 * Rencana Aksi table a `Tidak ada ...` note only marks the indicator as a zero-case candidate.
 */
import { a1 } from './grid';
import type { Cell } from './grid';
import type { RawIndicator, TableKind } from './types';
import { isNoValueText } from './values';

/** Phrases of a note that say there were no cases. */
const PHRASES: RegExp[] = [
  /\btidak\s+ada\b/i,
  /\btidak\s+memiliki\b/i,
  /\bnihil\b/i,
  /\bdisesuaikan\s+dengan\s+target\b/i,
  /(?:^|[^\d.,])0+\s*(?:dari|\/)\s*0+(?![\d.,]*[1-9])/i,
];

/** A 0 count in a note: `0 orang`, `jumlah ibu hamil: 0`. Not evidence under a lower-is-better indicator. */
const ZERO_COUNT: RegExp[] = [/(?:^|[^\d.,])0\s+orang\b/i, /\bjumlah\s+[a-z][a-z /-]*?\s*[:=]?\s*0(?![\d.,]*\d)/i];

/** Counts stated in a note, all 0 and at least two (`peserta 0, dilayani 0`). */
function allCountsZero(t: string): boolean {
  const counts = t.match(/[a-z)]\s*[:=]?\s*\d+(?:[.,]\d+)?/gi) ?? [];
  if (counts.length < 2) return false;
  return counts.every((c) => /(?:^|[^\d.,])0+(?:[.,]0+)?$/.test(c)) && !/[1-9]/.test(t);
}

/** `tidak ada` about something other than cases: no obstacle, no problem, no change. */
const NOT_ABOUT_CASES =
  /\btidak\s+ada\s+(?:kendala|hambatan|masalah|permasalahan|catatan|perubahan|keterangan|kekurangan|temuan|penyimpangan|keluhan|pengaduan\s+yang\s+tidak)/i;

/** A realisasi text meaning 0 of 0: `0/0`, `0 / 0`, `0 dari 0`. */
const ZERO_OF_ZERO = /^\s*0+(?:[.,]0+)?\s*(?:\/|dari|of)\s*0+(?:[.,]0+)?\s*(?:[A-Za-z%]+)?\s*$/i;

export type SumberBukti = 'keterangan' | 'catatan' | 'tw' | 'realisasi' | 'hitungan';

export interface BuktiNihil {
  sumber: SumberBukti;
  /** The text (or the part of it) that says so. */
  teks: string;
}

export interface HasilNihil {
  bukti: BuktiNihil[];
  /** True when the evidence only marks a candidate (Rencana Aksi notes). */
  kandidat: boolean;
}

/** True when a free text says there were no cases (`negatif`: the indicator is lower-is-better). */
export function teksNihil(text: string, negatif = false): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return false;
  const phrases = negatif ? PHRASES : [...PHRASES, ...ZERO_COUNT];
  if (!negatif && allCountsZero(t)) return true;
  if (!phrases.some((re) => re.test(t))) return false;
  // A text only about "no obstacles" is not evidence; one that also says "tidak ada ibu hamil" is.
  const stripped = t.replace(new RegExp(NOT_ABOUT_CASES.source, 'gi'), ' ');
  return phrases.some((re) => re.test(stripped));
}

/** A count cell holding 0 (a number, or a text that is 0). */
function nol(c: Cell): boolean {
  if (typeof c.value === 'number') return c.value === 0;
  return /^\s*0+(?:[.,]0+)?\s*$/.test(c.text || String(c.value ?? ''));
}

/** The counts behind the percentage both 0: `Perawatan yang diberikan` 0 of `Jumlah WBP` 0. Only the denominator 0 is not a zero case. */
export function hitunganNihil(h: RawIndicator['hitungan']): string | null {
  if (!h || !nol(h.pembilang) || !nol(h.penyebut)) return null;
  return `${a1(h.pembilang.row, h.pembilang.col)} = 0 dan ${a1(h.penyebut.row, h.penyebut.col)} = 0`;
}

/** A realisasi text that is itself evidence: N/A, nihil, -, 0/0, 0 dari 0. */
export function realisasiNihil(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return false;
  return isNoValueText(t) || ZERO_OF_ZERO.test(t);
}

/** The part of a long text around its evidence phrase. */
export function kutipan(text: string, max = 100): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  let at = 0;
  for (const re of PHRASES) {
    const m = re.exec(t);
    if (m) {
      at = m.index;
      break;
    }
  }
  const start = Math.max(0, at - 30);
  const end = Math.min(t.length, start + max);
  return `${start > 0 ? '…' : ''}${t.slice(start, end).trim()}${end < t.length ? '…' : ''}`;
}

/** Evidence as shown in a message: "keterangan: 'tidak ada ibu hamil'", "realisasi ditulis 'N/A'". */
export function formatBukti(b: BuktiNihil): string {
  if (b.sumber === 'hitungan') return `pembilang dan penyebut 0 (${b.teks})`;
  return b.sumber === 'realisasi' ? `realisasi ditulis '${b.teks}'` : `${b.sumber}: '${b.teks}'`;
}

/**
 * The zero-case evidence of one indicator. `realisasiText` is the displayed text of its realisasi
 * cell (if the table has one).
 */
export function buktiNihil(
  raw: Pick<RawIndicator, 'cells' | 'notes' | 'tw' | 'hitungan'>,
  kind: TableKind,
  realisasiText?: string,
  opts: { negatif?: boolean } = {},
): HasilNihil {
  const bukti: BuktiNihil[] = [];
  const seen = new Set<string>();
  const add = (sumber: SumberBukti, text: string): void => {
    const key = text.replace(/\s+/g, ' ').trim().toLowerCase();
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    bukti.push({ sumber, teks: sumber === 'realisasi' ? text.trim() : kutipan(text) });
  };
  if (kind === 'rencana-aksi') {
    // Only `Tidak ada ...` notes, and only as a candidate.
    const texts = [raw.cells.keterangan?.text ?? '', ...raw.notes, ...raw.tw.flatMap((t) => t.texts)];
    for (const t of texts) if (/^\s*tidak\s+ada\b/i.test(t) && teksNihil(t)) add(raw.tw.some((w) => w.texts.includes(t)) ? 'tw' : 'catatan', t);
    return { bukti, kandidat: bukti.length > 0 };
  }
  const neg = !!opts.negatif;
  const ket = raw.cells.keterangan?.text ?? '';
  if (teksNihil(ket, neg)) add('keterangan', ket);
  for (const n of raw.notes) if (teksNihil(n, neg)) add(n.trim() === ket.trim() ? 'keterangan' : 'catatan', n);
  for (const w of raw.tw) for (const t of w.texts) if (teksNihil(t, neg)) add('tw', t);
  if (realisasiText !== undefined && realisasiNihil(realisasiText)) add('realisasi', realisasiText);
  const counts = hitunganNihil(raw.hitungan);
  if (counts) add('hitungan', counts);
  return { bukti, kandidat: false };
}
