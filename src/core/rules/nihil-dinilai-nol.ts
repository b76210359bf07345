/**
 * nihil-dinilai-nol (peringatan): evidence of zero cases, and realisasi or capaian reported as 0.
 * With no cases there is nothing to measure: N/A, left out of the average, not 0.
 */
import { buktiTeks } from '../../i18n/temuan';
import { angkaDari, aturanIndikator, capaianTertulisPersen, nilai, persenTeks, tempat, temuan } from './types';

export const nihilDinilaiNol = aturanIndikator('nihil-dinilai-nol', (ind, table, ctx) => {
  if (ind.nihil.length === 0 || table.kind !== 'pengukuran') return null;
  const bukti = buktiTeks(ind.nihil[0], ctx.lang);
  if (angkaDari(ind.realisasi) === 0) {
    return temuan('nihil-dinilai-nol', tempat(ind, 'realisasi', 'capaian'), { bukti, apa: 'realisasi', nilai: nilai(ind.realisasi, ctx.lang) }, ctx.lang);
  }
  if (capaianTertulisPersen(ind.capaianTertulis) === 0) {
    return temuan('nihil-dinilai-nol', tempat(ind, 'capaian', 'realisasi'), { bukti, apa: 'capaian', nilai: persenTeks(0, ctx.lang) }, ctx.lang);
  }
  return null;
});
