/**
 * rata-rata-tidak-sesuai (peringatan): a stated average (`Rata-rata capaian` row) differs by more
 * than 1 point from the mean over the indicators that have a capaian (N/A left out).
 */
import { a1 } from '../grid';
import type { Finding } from '../types';
import { parseValue } from '../values';
import type { Rule } from './types';
import { persenTeks, temuan } from './types';
import { TOLERANSI_CAPAIAN } from './capaian-tidak-sesuai';

export const rataRataTidakSesuai: Rule = {
  id: 'rata-rata-tidak-sesuai',
  run(ctx) {
    const out: Finding[] = [];
    for (const t of ctx.tables) {
      if (t.kind !== 'pengukuran' || t.rataRata === null) continue;
      for (const av of t.averageRows) {
        const p = parseValue(av.cell, { percentPoints: t.percentPoints.includes('capaian') });
        if (p.value === null || !['percent', 'index', 'number'].includes(p.kind)) continue;
        let stated = p.value;
        // A plain fraction (1.18 for 118%) without a % format.
        if (p.kind !== 'percent' && p.numericCell && Math.abs(stated - t.rataRata) > TOLERANSI_CAPAIAN && Math.abs(stated * 100 - t.rataRata) <= TOLERANSI_CAPAIAN) {
          stated *= 100;
        }
        if (Math.abs(stated - t.rataRata) <= TOLERANSI_CAPAIAN + 1e-9) continue;
        const n = t.items.filter((i) => i.capaian !== null).length;
        const nNA = t.items.length - n;
        out.push(
          temuan(
            'rata-rata-tidak-sesuai',
            { sheet: t.sheet, cell: a1(av.cell.row, av.cell.col), tableId: t.id },
            { tertulis: persenTeks(stated, ctx.lang), terhitung: persenTeks(t.rataRata, ctx.lang), n, nNA },
            ctx.lang,
          ),
        );
      }
    }
    return out;
  },
};
