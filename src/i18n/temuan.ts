/**
 * Messages of the review findings (temuan): one typed dictionary, Indonesian first, English for
 * `lang === 'en'`. Each message says what is wrong, the numbers involved and what to do.
 * Numbers are formatted in the language's style ('106,38%' in Indonesian, '106.38%' in English).
 */
import type { RuleId } from '../core/types';
import { formatAngka } from '../core/values';

import type { Lang } from './lang';
export type { Lang };

/** The parameters each rule's message needs. Values are already formatted texts ('97%', '1 Layanan'). */
export interface TemuanParams {
  'nihil-disamakan-target':
    | { varian: 'sama-target'; bukti: string; realisasi: string; target: string }
    | { varian: 'capaian-dilaporkan'; bukti: string; capaian: string };
  'nihil-dinilai-nol': { bukti: string; apa: 'realisasi' | 'capaian'; nilai: string };
  'capaian-tidak-sesuai':
    | { varian: 'beda'; tertulis: string; terhitung: string; target: string; realisasi: string; selisih: number; polaritas: string }
    | { varian: 'bukan-persen'; tertulis: string; terhitung: string | null };
  'realisasi-melebihi-100': { realisasi: string };
  'satuan-tidak-cocok': { target: string; realisasi: string };
  'nilai-tidak-terbaca': { kolom: 'target' | 'realisasi'; teks: string };
  'target-nol': { target: string };
  'target-berbeda': { tahun: number | null; target: string; targetLain: string; tempatLain: string; skor: number | null };
  'target-renstra-berbeda': { tahun: number; target: string; targetRenstra: string; tempatRenstra: string; skor: number | null };
  'realisasi-kosong': { varian: 'kosong'; target: string } | { varian: 'kandidat-nihil'; bukti: string };
  'rata-rata-tidak-sesuai': { tertulis: string; terhitung: string; n: number; nNA: number };
  'capaian-seragam': { n: number; total: number; capaian: string };
  'capaian-ekstrem': { capaian: string; tinggi: boolean; target: string; realisasi: string };
  'polaritas-perlu-dicek': { indikator: string };
}

export type TemuanMessages = { [R in RuleId]: (p: TemuanParams[R]) => string };
type Messages = TemuanMessages;

const skorTeks = (s: number): string => s.toFixed(2);

const id: Messages = {
  'nihil-disamakan-target': (p) =>
    p.varian === 'sama-target'
      ? `Tidak ada kasus (${p.bukti}), tetapi realisasi ${p.realisasi} disamakan dengan target ${p.target}. ` +
        `Tulis realisasi N/A dan biarkan capaian 'Tidak dapat diukur'; indikator ini dikeluarkan dari rata-rata.`
      : `Tidak ada kasus (${p.bukti}), tetapi capaian ${p.capaian} tetap dilaporkan. ` +
        `Tulis realisasi N/A dan biarkan capaian 'Tidak dapat diukur'; indikator ini dikeluarkan dari rata-rata.`,
  'nihil-dinilai-nol': (p) =>
    `Tidak ada kasus (${p.bukti}), tetapi ${p.apa} ditulis ${p.nilai} sehingga indikator dinilai nol. ` +
    `Tanpa kasus tidak ada yang diukur: tulis realisasi N/A dan biarkan capaian 'Tidak dapat diukur'; indikator ini dikeluarkan dari rata-rata.`,
  'capaian-tidak-sesuai': (p) =>
    p.varian === 'beda'
      ? `Capaian tertulis ${p.tertulis} berbeda dengan capaian terhitung ${p.terhitung} ` +
        `(target ${p.target}, realisasi ${p.realisasi}${p.polaritas === 'positif' ? '' : `, polaritas ${p.polaritas}`}), selisih ${formatAngka(p.selisih, 2, 'id')} poin. ` +
        `Perbaiki capaian atau periksa target dan realisasinya (Hitung Capaian menulis rumusnya).`
      : `Capaian tertulis '${p.tertulis}' bukan persentase${p.terhitung ? `; capaian terhitung ${p.terhitung}` : ''}. ` +
        `Tulis capaian sebagai persentase realisasi terhadap target.`,
  'realisasi-melebihi-100': (p) =>
    `Realisasi ${p.realisasi} melebihi 100% pada indikator persentase: bagian dari suatu populasi tidak dapat lebih dari seluruhnya. ` +
    `Periksa pembilang dan penyebut perhitungan realisasi.`,
  'satuan-tidak-cocok': (p) =>
    `Target ${p.target} dan realisasi ${p.realisasi} memakai satuan yang berbeda, sehingga capaian tidak dapat dihitung. ` +
    `Tulis realisasi dalam satuan yang sama dengan target.`,
  'nilai-tidak-terbaca': (p) =>
    `${p.kolom === 'target' ? 'Target' : 'Realisasi'} '${p.teks}' tidak dapat dibaca sebagai nilai, sehingga capaian tidak dihitung. ` +
    `Tulis angka dengan satuannya (misalnya 80% atau 1 Layanan), atau N/A bila tidak ada kasus.`,
  'target-nol': (p) =>
    `Target ${p.target} dengan polaritas positif: capaian (realisasi dibagi target) tidak dapat dihitung. ` +
    `Periksa target pada Perjanjian Kinerja, atau pilih polaritas negatif bila semakin rendah semakin baik.`,
  'target-berbeda': (p) =>
    `Target${p.tahun ? ` ${p.tahun}` : ''} indikator ini ${p.target} berbeda dengan target ${p.targetLain} untuk indikator yang sama di ${p.tempatLain}` +
    `${p.skor !== null ? ` (dicocokkan lewat nama mirip (skor ${skorTeks(p.skor)}))` : ''}. ` +
    `Samakan target dengan Perjanjian Kinerja tahun itu.`,
  'target-renstra-berbeda': (p) =>
    `Target ${p.tahun} ${p.target} berbeda dengan target Renstra ${p.tahun} ${p.targetRenstra} (${p.tempatRenstra})` +
    `${p.skor !== null ? ` (dicocokkan lewat nama mirip (skor ${skorTeks(p.skor)}))` : ''}. ` +
    `Pastikan target mengikuti Renstra, atau jelaskan perubahannya (reviu Renstra).`,
  'realisasi-kosong': (p) =>
    p.varian === 'kosong'
      ? `Indikator dengan target ${p.target} belum memiliki realisasi; capaian belum dapat dihitung. ` +
        `Isi realisasi, atau tulis N/A bila tidak ada kasus.`
      : `Catatan rencana aksi menyebut tidak ada kasus (${p.bukti}): indikator ini calon kasus nihil. ` +
        `Bila sampai akhir tahun tetap tidak ada kasus, tulis realisasi N/A (capaian 'Tidak dapat diukur'), jangan menyamakannya dengan target.`,
  'rata-rata-tidak-sesuai': (p) =>
    `Rata-rata tertulis ${p.tertulis} berbeda dengan rata-rata capaian terhitung ${p.terhitung} ` +
    `(${p.n} indikator dengan capaian${p.nNA > 0 ? `; ${p.nNA} indikator N/A tidak ikut dirata-rata` : ''}). ` +
    `Perbaiki rata-rata: hitung dari indikator yang memiliki capaian saja.`,
  'capaian-seragam': (p) =>
    `${p.n} dari ${p.total} indikator dengan capaian di tabel ini memiliki capaian yang sama, ${p.capaian}. ` +
    `Capaian seragam seperti ini biasanya berarti realisasi diisi sebagai bagian tetap dari target (misalnya separuhnya), bukan hasil pengukuran. ` +
    `Periksa data dukung realisasi setiap indikator.`,
  'capaian-ekstrem': (p) =>
    `Capaian ${p.capaian} ${p.tinggi ? 'melebihi 150%' : 'di bawah 0%'} (target ${p.target}, realisasi ${p.realisasi}): ` +
    `target mungkin tidak realistis atau realisasi salah tulis. Periksa target dan realisasinya.`,
  'polaritas-perlu-dicek': (p) =>
    `Nama indikator '${p.indikator}' terbaca sebagai semakin rendah semakin baik, tetapi capaiannya dihitung dengan polaritas positif (realisasi dibagi target). ` +
    `Bila memang semakin rendah semakin baik, pilih polaritas negatif untuk indikator ini; rumusnya (2T - R) / T.`,
};

const en: Messages = {
  'nihil-disamakan-target': (p) =>
    p.varian === 'sama-target'
      ? `There were no cases (${p.bukti}), yet the realisasi ${p.realisasi} was set equal to the target ${p.target}. ` +
        `Write N/A as the realisasi and leave the capaian 'Tidak dapat diukur'; this indicator is left out of the average.`
      : `There were no cases (${p.bukti}), yet a capaian of ${p.capaian} is reported. ` +
        `Write N/A as the realisasi and leave the capaian 'Tidak dapat diukur'; this indicator is left out of the average.`,
  'nihil-dinilai-nol': (p) =>
    `There were no cases (${p.bukti}), yet the ${p.apa} is written as ${p.nilai}, so the indicator is scored zero. ` +
    `With no cases there is nothing to measure: write N/A as the realisasi and leave the capaian 'Tidak dapat diukur'; this indicator is left out of the average.`,
  'capaian-tidak-sesuai': (p) =>
    p.varian === 'beda'
      ? `The stated capaian ${p.tertulis} differs from the computed capaian ${p.terhitung} ` +
        `(target ${p.target}, realisasi ${p.realisasi}${p.polaritas === 'positif' ? '' : `, polarity ${p.polaritas}`}) by ${formatAngka(p.selisih, 2, 'en')} points. ` +
        `Correct the capaian or check the target and realisasi (Compute Capaian writes the formula).`
      : `The stated capaian '${p.tertulis}' is not a percentage${p.terhitung ? `; the computed capaian is ${p.terhitung}` : ''}. ` +
        `Write the capaian as the percentage of realisasi to target.`,
  'realisasi-melebihi-100': (p) =>
    `The realisasi ${p.realisasi} is above 100% on a percentage indicator: a share of a population cannot exceed the whole. ` +
    `Check the numerator and denominator of the realisasi.`,
  'satuan-tidak-cocok': (p) =>
    `The target ${p.target} and the realisasi ${p.realisasi} are in different units, so no capaian can be computed. ` +
    `Write the realisasi in the unit of the target.`,
  'nilai-tidak-terbaca': (p) =>
    `The ${p.kolom} '${p.teks}' cannot be read as a value, so no capaian is computed. ` +
    `Write a number with its unit (for example 80% or 1 Layanan), or N/A when there were no cases.`,
  'target-nol': (p) =>
    `A target of ${p.target} with positive polarity: the capaian (realisasi divided by target) cannot be computed. ` +
    `Check the target in the Perjanjian Kinerja, or choose negative polarity if lower is better.`,
  'target-berbeda': (p) =>
    `The${p.tahun ? ` ${p.tahun}` : ''} target of this indicator, ${p.target}, differs from the target ${p.targetLain} of the same indicator in ${p.tempatLain}` +
    `${p.skor !== null ? ` (matched by a similar name, score ${skorTeks(p.skor)})` : ''}. ` +
    `Use the target of that year's Perjanjian Kinerja in both.`,
  'target-renstra-berbeda': (p) =>
    `The ${p.tahun} target ${p.target} differs from the Renstra target for ${p.tahun}, ${p.targetRenstra} (${p.tempatRenstra})` +
    `${p.skor !== null ? ` (matched by a similar name, score ${skorTeks(p.skor)})` : ''}. ` +
    `Make the target follow the Renstra, or explain the change (Renstra review).`,
  'realisasi-kosong': (p) =>
    p.varian === 'kosong'
      ? `The indicator has a target of ${p.target} but no realisasi yet; no capaian can be computed. ` +
        `Fill in the realisasi, or write N/A when there were no cases.`
      : `A note of the action plan says there are no cases (${p.bukti}): this indicator is a zero-case candidate. ` +
        `If there are still no cases at the end of the year, write N/A as the realisasi (capaian 'Tidak dapat diukur'); do not set it equal to the target.`,
  'rata-rata-tidak-sesuai': (p) =>
    `The stated average ${p.tertulis} differs from the computed mean capaian ${p.terhitung} ` +
    `(${p.n} indicators with a capaian${p.nNA > 0 ? `; ${p.nNA} N/A indicators left out` : ''}). ` +
    `Correct the average: take it over the indicators that have a capaian only.`,
  'capaian-seragam': (p) =>
    `${p.n} of the ${p.total} indicators with a capaian in this table share the same capaian, ${p.capaian}. ` +
    `A uniform capaian like this usually means the realisasi was typed as a fixed share of the target (for example half of it), not measured. ` +
    `Check the supporting data of each realisasi.`,
  'capaian-ekstrem': (p) =>
    `The capaian ${p.capaian} is ${p.tinggi ? 'above 150%' : 'below 0%'} (target ${p.target}, realisasi ${p.realisasi}): ` +
    `the target may be unrealistic or the realisasi mistyped. Check the target and the realisasi.`,
  'polaritas-perlu-dicek': (p) =>
    `The indicator name '${p.indikator}' reads as lower-is-better, but its capaian is computed with positive polarity (realisasi divided by target). ` +
    `If lower is indeed better, choose negative polarity for this indicator; the formula is (2T - R) / T.`,
};

export const TEMUAN: Record<Lang, Messages> = { id, en };

/** The message of a finding in the chosen language. */
export function pesanTemuan<R extends RuleId>(rule: R, params: TemuanParams[R], lang: Lang = 'id'): string {
  const fn = TEMUAN[lang][rule] as (p: TemuanParams[R]) => string;
  return fn(params);
}

/** A percentage shown to a user: 106.3829 -> '106,38%' (id) or '106.38%' (en). */
export function persen(n: number, lang: Lang = 'id'): string {
  return `${formatAngka(n, 2, lang)}%`;
}

const BUKTI_LABEL_EN: Record<string, string> = {
  keterangan: 'remark',
  catatan: 'note',
  tw: 'quarter note',
  realisasi: 'realisasi written as',
};

/** Translates a zero-case evidence text ("keterangan: 'tidak ada ibu hamil'") to the language. */
export function buktiTeks(bukti: string, lang: Lang = 'id'): string {
  if (lang === 'id') return bukti;
  const where = / pada ('?[^']*'?![A-Z]+\d+)$/.exec(bukti);
  const core = where ? bukti.slice(0, where.index) : bukti;
  const suffix = where ? ` at ${where[1]}` : '';
  const r = /^realisasi ditulis (.*)$/.exec(core);
  if (r) return `${BUKTI_LABEL_EN.realisasi} ${r[1]}${suffix}`;
  const h = /^pembilang dan penyebut 0 \((.*) dan (.*)\)$/.exec(core);
  if (h) return `numerator and denominator 0 (${h[1]} and ${h[2]})${suffix}`;
  const m = /^(keterangan|catatan|tw): (.*)$/.exec(core);
  if (!m) return bukti;
  return `${BUKTI_LABEL_EN[m[1]]}: ${m[2]}${suffix}`;
}
