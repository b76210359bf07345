/**
 * polaritas-perlu-dicek (info): the name reads as lower-is-better (jumlah pelarian, angka
 * residivis) but the indicator is computed as positive by default. `Persentase menurunnya ...` is
 * positive (it measures the decrease). A polarity chosen by a POLARITAS column or by the user is
 * not questioned.
 */
import { namaTampakNegatif } from '../capaian';
import { aturanIndikator, tempat, temuan } from './types';

/**
 * Cheap pre-check (speed only): an ASCII name can read as lower-is-better only if it holds one of
 * capaian.ts's measure words and the first word of one of its bad things (folding an ASCII name only
 * lowercases it and turns runs of other characters into one space, so what the folded name holds
 * the lowercased name holds, with any such run in place of a space).
 */
const KATA_UKUR = /jumlah|angka|tingkat|rasio|persentase|presentase|prosentase|banyaknya|frekuensi/i;
const KATA_BURUK =
  /pelarian|kabur|residivis|kematian|meninggal|kecelakaan|pelanggaran|gangguan|kerusuhan|overstay|overcrowd|tunggakan|keluhan|temuan|penyalahgunaan|peredaran|kasus|insiden|tahanan[^a-z0-9]+yang[^a-z0-9]+melarikan[^a-z0-9]+diri/i;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
function mungkinNegatif(nama: string): boolean {
  return NON_ASCII.test(nama) || (KATA_UKUR.test(nama) && KATA_BURUK.test(nama));
}

export const polaritasPerluDicek = aturanIndikator('polaritas-perlu-dicek', (ind, table, ctx) => {
  if (table.kind === 'renstra') return null;
  if (ind.polaritas !== 'positif' || ind.polaritasSumber !== 'bawaan') return null;
  if (!mungkinNegatif(ind.indikator) || !namaTampakNegatif(ind.indikator)) return null;
  return temuan('polaritas-perlu-dicek', tempat(ind, 'indikator'), { indikator: ind.indikator.trim() }, ctx.lang);
});
