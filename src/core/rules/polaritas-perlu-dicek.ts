/**
 * polaritas-perlu-dicek (info): the name reads as lower-is-better (jumlah pelarian, angka
 * residivis) but the indicator is computed as positive by default. `Persentase menurunnya ...` is
 * positive (it measures the decrease). A polarity chosen by a POLARITAS column or by the user is
 * not questioned.
 */
import { namaTampakNegatif } from '../capaian';
import { aturanIndikator, tempat, temuan } from './types';

export const polaritasPerluDicek = aturanIndikator('polaritas-perlu-dicek', (ind, table, ctx) => {
  if (table.kind === 'renstra') return null;
  if (ind.polaritas !== 'positif' || ind.polaritasSumber !== 'bawaan') return null;
  if (!namaTampakNegatif(ind.indikator)) return null;
  return temuan('polaritas-perlu-dicek', tempat(ind, 'indikator'), { indikator: ind.indikator.trim() }, ctx.lang);
});
