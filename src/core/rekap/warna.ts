/**
 * Klasifikasi colours of the rekap as conditional formats (Excel recolours a cell when its value
 * changes): one expression rule per label of the scale, over the range's top-left cell.
 * Expression rules (not `cellIs`) so that a text cell (`N/A`) is never compared with a number:
 * Excel orders any text above every number in comparisons.
 * https://learn.microsoft.com/en-us/office/open-xml/spreadsheet/working-with-conditional-formatting
 */
import { TIDAK_DAPAT_DIUKUR, type Skala } from '../klasifikasi';
import type { AturanWarna } from './types';

/** Fill and text colours from the best label down (Excel's good / neutral / bad styles). */
const PALET: Array<[string, string]> = [
  ['C6EFCE', '006100'],
  ['E2EFDA', '375623'],
  ['FFEB9C', '9C5700'],
  ['FCE4D6', '833C0C'],
];
const TERBURUK: [string, string] = ['FFC7CE', '9C0006'];
const ABU: [string, string] = ['EDEDED', '595959'];

/** Text written for an indicator whose capaian cannot be measured. */
export const TEKS_NA = 'N/A';

/** The labels of a scale, best first, then its lowest label and `Tidak dapat diukur`. */
export function labelSkala(skala: Skala): string[] {
  return [...skala.bands.map((b) => b.label), skala.lainnya, TIDAK_DAPAT_DIUKUR];
}

function angka(n: number): string {
  return String(n);
}

/** Rules for a range whose top-left cell is `sel` (relative reference, e.g. `E2`). */
export function aturanWarna(skala: Skala, sel: string): AturanWarna[] {
  const x = `ROUND(${sel},9)`;
  const out: AturanWarna[] = [];
  skala.bands.forEach((b, i) => {
    const [isi, teks] = PALET[Math.min(i, PALET.length - 1)];
    const atas = i > 0 ? `,${x}<${angka(skala.bands[i - 1].min)}` : '';
    out.push({ label: b.label, rumus: `AND(ISNUMBER(${sel}),${x}>=${angka(b.min)}${atas})`, isi, teks });
  });
  const last = skala.bands[skala.bands.length - 1];
  out.push({ label: skala.lainnya, rumus: `AND(ISNUMBER(${sel}),${x}<${angka(last.min)})`, isi: TERBURUK[0], teks: TERBURUK[1] });
  out.push({ label: TIDAK_DAPAT_DIUKUR, rumus: `${sel}="${TEKS_NA}"`, isi: ABU[0], teks: ABU[1] });
  return out;
}
