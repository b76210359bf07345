/**
 * realisasi-kosong (info): an indicator with a target and no realisasi in a measurement table (a
 * PK table holds targets only: no finding there). In a Rencana Aksi table, a `Tidak ada ...` note
 * marks the indicator as a zero-case candidate: reported here as info.
 */
import { buktiTeks } from '../../i18n/temuan';
import { aturanIndikator, nilai, tempat, temuan } from './types';
import { targetTerbaca } from './target-berbeda';

export const realisasiKosong = aturanIndikator('realisasi-kosong', (ind, table, ctx) => {
  if (table.kind === 'rencana-aksi') {
    if (ind.nihil.length === 0 || (ind.realisasi && ind.realisasi.kind !== 'empty')) return null;
    return temuan('realisasi-kosong', tempat(ind, 'target'), { varian: 'kandidat-nihil', bukti: buktiTeks(ind.nihil[0], ctx.lang) }, ctx.lang);
  }
  if (table.kind !== 'pengukuran' || table.columns.realisasi === undefined) return null;
  if (ind.nihil.length > 0 || !targetTerbaca(ind.target)) return null;
  if (ind.realisasi && ind.realisasi.kind !== 'empty') return null;
  return temuan('realisasi-kosong', tempat(ind, 'realisasi', 'target'), { varian: 'kosong', target: nilai(ind.target, ctx.lang) }, ctx.lang);
});
