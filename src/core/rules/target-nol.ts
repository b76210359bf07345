/**
 * target-nol (galat): target 0 with positive polarity; R / T has no value.
 */
import { angkaDari, aturanIndikator, nilai, tempat, temuan } from './types';

export const targetNol = aturanIndikator('target-nol', (ind, table, ctx) => {
  if (table.kind === 'renstra' || ind.polaritas !== 'positif') return null;
  if (angkaDari(ind.target) !== 0) return null;
  return temuan('target-nol', tempat(ind, 'target'), { target: nilai(ind.target, ctx.lang) }, ctx.lang);
});
