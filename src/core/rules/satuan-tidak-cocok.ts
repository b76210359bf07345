/**
 * satuan-tidak-cocok (galat): target and realisasi in incompatible units (`1 Layanan` vs `100%`);
 * no capaian is computed.
 */
import { hasNumber, sameUnit } from '../values';
import { aturanIndikator, nilai, tempat, temuan } from './types';

export const satuanTidakCocok = aturanIndikator('satuan-tidak-cocok', (ind, table, ctx) => {
  if (table.kind === 'renstra') return null;
  const t = ind.target;
  const r = ind.realisasi;
  if (!t || !r || !hasNumber(t) || !hasNumber(r)) return null;
  if (sameUnit(t, r)) return null;
  return temuan('satuan-tidak-cocok', tempat(ind, 'realisasi'), { target: nilai(t, ctx.lang), realisasi: nilai(r, ctx.lang) }, ctx.lang);
});
