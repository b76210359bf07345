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
      let best: Indicator[] = [];
      for (const c of withC) {
        const v = c.capaian as number;
        if (Math.abs(v - 100) <= SERAGAM_TOLERANSI) continue;
        const group = withC.filter((i) => Math.abs((i.capaian as number) - v) <= SERAGAM_TOLERANSI + 1e-9);
        if (group.length > best.length) best = group;
      }
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
