/**
 * nilai-tidak-terbaca (galat): a target or realisasi that cannot be read as a value (`#DIV/0!`,
 * text that parses as nothing).
 */
import type { Finding } from '../types';
import { aturanIndikator, tempat, temuan } from './types';

export const nilaiTidakTerbaca = aturanIndikator('nilai-tidak-terbaca', (ind, table, ctx) => {
  if (table.kind === 'renstra') return null;
  const out: Finding[] = [];
  if (ind.target?.kind === 'error' && ind.cells.target) {
    out.push(temuan('nilai-tidak-terbaca', tempat(ind, 'target'), { kolom: 'target', teks: ind.target.raw }, ctx.lang));
  }
  if (ind.realisasi?.kind === 'error' && ind.cells.realisasi) {
    out.push(temuan('nilai-tidak-terbaca', tempat(ind, 'realisasi'), { kolom: 'realisasi', teks: ind.realisasi.raw }, ctx.lang));
  }
  return out;
});
