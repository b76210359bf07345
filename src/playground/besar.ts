/**
 * A large pengukuran workbook for the playground (`?besar=2000`): the bench's sheet of n
 * indicators (src/testing/excel/bench.ts), where every 25th name reads as lower-is-better
 * (`Jumlah pelarian ...`) and so gets `polaritas-perlu-dicek`.
 */
import type { WorkbookSnapshot } from '../core/grid';
import { benchWorkbook } from '../testing/excel/bench';

export function besarSnapshot(n: number): WorkbookSnapshot {
  const snap = benchWorkbook(n);
  const g = snap.sheets[0];
  // Row 0 is the header; indicator i sits on row i + 1, its name in column C (index 2).
  for (let i = 7; i < n; i += 25) {
    const nama = `Jumlah pelarian tahanan di satuan kerja ${i + 1}`;
    g.values[i + 1][2] = nama;
    g.text[i + 1][2] = nama;
  }
  return { ...snap, file: `besar-${n}.xlsx` };
}
