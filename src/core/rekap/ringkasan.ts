/**
 * Per workbook figures of `Rekap Satker`, over the indicators of its pengukuran tables of the
 * analysis year: how many,
 * how many with a computed capaian, how many N/A, the mean capaian, a count per klasifikasi label
 * of the rekap's scale, and the findings by severity.
 */
import { klasifikasikan, TIDAK_DAPAT_DIUKUR, type Skala } from '../klasifikasi';
import type { Analysis, Indicator } from '../types';
import { labelSkala } from './warna';
import { appendAll } from '../arrays';

export interface RingkasanSatker {
  tahun: number | null;
  indikator: number;
  capaian: number;
  na: number;
  rataRata: number | null;
  perLabel: Map<string, number>;
  galat: number;
  peringatan: number;
  info: number;
}

/**
 * The indicators of the workbook's pengukuran tables of the analysis year (a table without a year
 * counts; every table when the year is unknown), in table order.
 */
export function indikatorPengukuran(analysis: Analysis): Indicator[] {
  const out: Indicator[] = [];
  for (const t of analysis.tables) {
    if (t.kind !== 'pengukuran') continue;
    if (analysis.year !== null && t.year !== null && t.year !== analysis.year) continue;
    appendAll(out, t.items);
  }
  return out;
}

/** The indicator's label on the rekap's scale (N/A and unreadable: Tidak dapat diukur). */
export function labelRekap(i: Indicator, skala: Skala): string {
  return i.status === 'na' ? TIDAK_DAPAT_DIUKUR : klasifikasikan(i.capaian, skala);
}

export function ringkasSatker(analysis: Analysis, skala: Skala): RingkasanSatker {
  const items = indikatorPengukuran(analysis);
  const perLabel = new Map<string, number>(labelSkala(skala).map((l) => [l, 0]));
  let jumlah = 0;
  let capaian = 0;
  let na = 0;
  for (const i of items) {
    if (i.capaian !== null) {
      capaian++;
      jumlah += i.capaian;
    } else if (i.status === 'na') na++;
    const l = labelRekap(i, skala);
    perLabel.set(l, (perLabel.get(l) ?? 0) + 1);
  }
  const sev = { galat: 0, peringatan: 0, info: 0 };
  for (const f of analysis.findings) sev[f.severity]++;
  return {
    tahun: analysis.year,
    indikator: items.length,
    capaian,
    na,
    rataRata: capaian > 0 ? jumlah / capaian : null,
    perLabel,
    ...sev,
  };
}
