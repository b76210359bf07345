/**
 * capaian-seragam (peringatan): 5 or more indicators, and at least 40% of a table's indicators
 * with a capaian, share one capaian (within 0.5 point) other than 100%: for example realisasi
 * typed as half of every target. One finding per table, on the first such cell.
 */
import type { Finding, Indicator } from '../types';
import type { Rule } from './types';
import { persenTeks, tempat, temuan } from './types';

export const SERAGAM_MIN = 5;
export const SERAGAM_PORSI = 0.4;
export const SERAGAM_TOLERANSI = 0.5;

export const capaianSeragam: Rule = {
  id: 'capaian-seragam',
  run(ctx) {
    const out: Finding[] = [];
    for (const t of ctx.tables) {
      if (t.kind !== 'pengukuran') continue;
      const withC = t.items.filter((i) => i.capaian !== null).sort((x, y) => x.row - y.row);
      if (withC.length < SERAGAM_MIN) continue;
      // Sliding window over the sorted values: the largest group within the tolerance of one
      // member (ties: the member that comes first in the table). O(n log n).
      const sorted = [...withC].sort((x, y) => (x.capaian as number) - (y.capaian as number) || x.row - y.row);
      const tol = SERAGAM_TOLERANSI + 1e-9;
      let lo = 0;
      let hi = 0;
      let bestCount = 0;
      let bestRow = Infinity;
      let bestLo = 0;
      let bestHi = -1;
      for (let i = 0; i < sorted.length; i++) {
        const v = sorted[i].capaian as number;
        while ((sorted[lo].capaian as number) < v - tol) lo++;
        if (hi < i) hi = i;
        while (hi + 1 < sorted.length && (sorted[hi + 1].capaian as number) <= v + tol) hi++;
        if (Math.abs(v - 100) <= SERAGAM_TOLERANSI) continue;
        const count = hi - lo + 1;
        if (count > bestCount || (count === bestCount && sorted[i].row < bestRow)) {
          bestCount = count;
          bestRow = sorted[i].row;
          bestLo = lo;
          bestHi = hi;
        }
      }
      const best: Indicator[] = sorted.slice(bestLo, bestHi + 1).sort((x, y) => x.row - y.row);
      if (best.length < SERAGAM_MIN || best.length < SERAGAM_PORSI * withC.length - 1e-9) continue;
      const first = best[0];
      out.push(
        temuan(
          'capaian-seragam',
          tempat(first, 'capaian', 'realisasi'),
          { n: best.length, total: withC.length, capaian: persenTeks(first.capaian as number, ctx.lang) },
          ctx.lang,
        ),
      );
    }
    return out;
  },
};
