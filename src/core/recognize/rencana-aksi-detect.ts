/** Whether a table is a Rencana Aksi: its header says so, or TW rows follow it. */
import { twLabel } from '../headers';
import type { Layout } from './layout';
import type { Sheet } from './sheet';

export function isRencanaAksi(sh: Sheet, lay: Layout): boolean {
  if (lay.raMarkers >= 2) return true;
  let twRows = 0;
  const last = Math.min(sh.bottom, lay.dataTop + 15);
  for (let r = lay.dataTop; r <= last; r++) {
    if (sh.cells(r).some(([, t]) => t.length <= 16 && twLabel(t) !== null)) twRows++;
  }
  return twRows >= 2;
}
