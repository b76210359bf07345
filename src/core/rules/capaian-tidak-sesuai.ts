/**
 * capaian-tidak-sesuai (peringatan): the stated capaian differs from the computed one by more
 * than 1 percentage point (reports round and truncate: 117% for 117.647 is fine), or the stated
 * capaian is not a percentage ('1 Layanan' in a capaian column).
 */
import { angkaDari, aturanIndikator, nilai, persenTeks, tempat, temuan } from './types';

/** Reports round and truncate: a stated capaian within this many points agrees. */
export const TOLERANSI_CAPAIAN = 1;

export const capaianTidakSesuai = aturanIndikator('capaian-tidak-sesuai', (ind, table, ctx) => {
  if (table.kind !== 'pengukuran') return null;
  const s = ind.capaianTertulis;
  if (!s || s.kind === 'empty' || s.kind === 'na') return null;
  // Zero cases are the nihil rules' business.
  if (ind.nihil.length > 0) return null;
  const where = tempat(ind, 'capaian');
  if (s.kind === 'count' || s.kind === 'money' || s.kind === 'range' || s.kind === 'error') {
    const terhitung = ind.capaian === null ? null : persenTeks(ind.capaian, ctx.lang);
    return temuan('capaian-tidak-sesuai', where, { varian: 'bukan-persen', tertulis: s.raw, terhitung }, ctx.lang);
  }
  const stated = angkaDari(s);
  if (stated === null || ind.capaian === null) return null;
  if (Math.abs(stated - ind.capaian) <= TOLERANSI_CAPAIAN + 1e-9) return null;
  // A plain number that is the capaian as a fraction without a % format (1.25 for 125%).
  if (s.kind !== 'percent' && s.numericCell && Math.abs(stated * 100 - ind.capaian) <= TOLERANSI_CAPAIAN + 1e-9) return null;
  return temuan(
    'capaian-tidak-sesuai',
    where,
    {
      varian: 'beda',
      tertulis: s.kind === 'percent' ? persenTeks(stated, ctx.lang) : nilai(s, ctx.lang),
      terhitung: persenTeks(ind.capaian, ctx.lang),
      target: nilai(ind.target, ctx.lang),
      realisasi: nilai(ind.realisasi, ctx.lang),
      selisih: Math.abs(stated - ind.capaian),
      polaritas: ind.polaritas,
    },
    ctx.lang,
  );
});
