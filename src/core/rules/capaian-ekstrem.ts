/**
 * capaian-ekstrem (info): a computed capaian above 150% or below 0: the target may be unrealistic.
 */
import { aturanIndikator, nilai, persenTeks, tempat, temuan } from './types';

export const EKSTREM_ATAS = 150;

export const capaianEkstrem = aturanIndikator('capaian-ekstrem', (ind, table, ctx) => {
  if (table.kind !== 'pengukuran' || ind.capaian === null) return null;
  const tinggi = ind.capaian > EKSTREM_ATAS + 1e-9;
  if (!tinggi && !(ind.capaian < 0)) return null;
  return temuan(
    'capaian-ekstrem',
    tempat(ind, 'capaian', 'realisasi'),
    { capaian: persenTeks(ind.capaian, ctx.lang), tinggi, target: nilai(ind.target, ctx.lang), realisasi: nilai(ind.realisasi, ctx.lang) },
    ctx.lang,
  );
});
