/**
 * nihil-disamakan-target (galat): evidence of zero cases, yet realisasi equals the target (or a
 * capaian is reported). Setting realisasi equal to the target is never a substitute for N/A.
 */
import { buktiTeks } from '../../i18n/temuan';
import { sameUnit } from '../values';
import { angkaDari, aturanIndikator, capaianTertulisPersen, nilai, persenTeks, sama, tempat, temuan } from './types';

export const nihilDisamakanTarget = aturanIndikator('nihil-disamakan-target', (ind, table, ctx) => {
  if (ind.nihil.length === 0 || table.kind !== 'pengukuran') return null;
  const bukti = buktiTeks(ind.nihil[0], ctx.lang);
  const r = angkaDari(ind.realisasi);
  const t = angkaDari(ind.target);
  const c = capaianTertulisPersen(ind.capaianTertulis);
  // Scored 0: that is nihil-dinilai-nol.
  if (r === 0 || c === 0) return null;
  if (r !== null && t !== null && ind.realisasi && ind.target && sama(r, t) && sameUnit(ind.realisasi, ind.target)) {
    return temuan(
      'nihil-disamakan-target',
      tempat(ind, 'realisasi', 'capaian'),
      { varian: 'sama-target', bukti, realisasi: nilai(ind.realisasi, ctx.lang), target: nilai(ind.target, ctx.lang) },
      ctx.lang,
    );
  }
  if (c !== null && c > 0) {
    return temuan(
      'nihil-disamakan-target',
      tempat(ind, 'capaian', 'realisasi'),
      { varian: 'capaian-dilaporkan', bukti, capaian: persenTeks(c, ctx.lang) },
      ctx.lang,
    );
  }
  return null;
});
