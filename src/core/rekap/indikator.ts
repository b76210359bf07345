/**
 * `Rekap Indikator`: a row per indicator across the workbooks, matched by normalised name only.
 * Names that are near (token overlap >= NEAR_MATCH) but not equal stay separate rows and name
 * each other in the `Nama serupa` column: a Kanwil decides whether they are the same indicator.
 */
import { internKey, normaliseName, pasanganSerupa } from '../names';
import type { Indicator } from '../types';
import { TEKS_NA } from './warna';
import type { NilaiRekap } from './types';

export interface BarisIndikator {
  nama: string;
  /** Per satker (by column index): capaian in percent points, N/A, or absent. */
  nilai: Array<number | typeof TEKS_NA | null>;
  serupa: string[];
}

function persen(n: number): string {
  return n.toFixed(2).replace('.', ',');
}

/** The name as first written, without its list numbering ('1. ', '2) '). */
function namaTampil(nama: string): string {
  return nama.replace(/\s+/g, ' ').trim().replace(/^(?:\d+[.)]\s*)+/, '');
}

/** Groups the indicators of every satker (outer index) by normalised name, first seen first. */
export function kelompokkanIndikator(perSatker: Indicator[][]): BarisIndikator[] {
  const byKey = new Map<string, number>();
  const rows: BarisIndikator[] = [];
  const keys: string[] = [];
  perSatker.forEach((items, s) => {
    for (const i of items) {
      const key = normaliseName(i.indikator);
      if (key === '') continue;
      const r = internKey(byKey, keys, key);
      if (r === rows.length) rows.push({ nama: namaTampil(i.indikator), nilai: perSatker.map(() => null), serupa: [] });
      // The first occurrence in a workbook counts (a later table repeating it is the same indicator).
      if (rows[r].nilai[s] !== null) continue;
      rows[r].nilai[s] = i.capaian !== null ? i.capaian : TEKS_NA;
    }
  });
  for (const p of pasanganSerupa(keys)) {
    rows[p.i].serupa.push(`${rows[p.j].nama} (kemiripan ${persen(p.score * 100)}%)`);
    rows[p.j].serupa.push(`${rows[p.i].nama} (kemiripan ${persen(p.score * 100)}%)`);
  }
  return rows;
}

/** Mean of the numbers of a row (N/A and absent left out), or null. */
export function rataRataBaris(nilai: BarisIndikator['nilai']): number | null {
  const xs = nilai.filter((v): v is number => typeof v === 'number');
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export function barisIndikator(b: BarisIndikator, no: number): NilaiRekap[] {
  const ada = b.nilai.filter((v) => v !== null).length;
  return [no, b.nama, ada, rataRataBaris(b.nilai), b.serupa.join('; ') || null, ...b.nilai];
}
