/**
 * The Renstra comparison's texts (a section of the one dictionary, src/i18n/index.ts): its notes,
 * kept by the core as codes with parameters (src/core/renstra/catatan.ts) and rendered here in the
 * wanted language, and the labels of the `Perbandingan Renstra` sheet. Both languages have the
 * type CatatanTexts (one text per code) and Labels, so a missing English text fails `tsc`.
 */
import type { ArgsCatatan, CatatanRenstra } from '../core/renstra/catatan';
import { angka, angkaEn, skor, tampil } from '../core/renstra/values';
import type { Lang } from './lang';

/** The text of each note code. */
export type CatatanTexts = { [K in keyof ArgsCatatan]: (...args: ArgsCatatan[K]) => string };

const catatanId: CatatanTexts = {
  tabelTanpaTahun: (sheet, N) => `Tabel pengukuran di ${sheet} tidak menyebut tahun; dipakai sebagai tahun ${N} (tahun yang dipilih).`,
  diLuarPeriode: (N, first, last) => `Tahun ${N} di luar periode Renstra (${first}-${last}); target Renstra ${N} dikosongkan.`,
  bukuTanpaDataN1: (N1) =>
    `Buku kerja tidak memuat data tahun ${N1} (tabel pengukuran ${N1} atau kolom ${N1}); Realisasi dan Capaian ${N1} dikosongkan.`,
  tidakDiRenstra: () => 'Indikator tidak ditemukan di Renstra; target Renstra dan capaian terhadap target akhir dikosongkan.',
  namaMiripRenstra: (indikator, score) => `nama mirip di Renstra: "${indikator}" (skor ${skor(score)})`,
  renstraTanpaTargetN: (N) => `Renstra tidak memuat target ${N} untuk indikator ini; sel dikosongkan.`,
  renstraTanpaTargetAkhir: (last) =>
    `Renstra tidak memuat target akhir (${last}) untuk indikator ini; capaian terhadap target akhir dikosongkan.`,
  targetBeda: (N, tN, tR) => `Target ${N} (${tampil(tN)}) berbeda dengan target Renstra ${N} (${tampil(tR)}).`,
  satuanAkhirBeda: (N, rN, tA) =>
    `Satuan realisasi ${N} (${tampil(rN)}) tidak sama dengan satuan target akhir Renstra (${tampil(tA)}); capaian terhadap target akhir tidak dihitung.`,
  targetAkhirNol: () => 'Target akhir Renstra 0: capaian terhadap target akhir tidak dapat dihitung.',
  akhirTidakDihitung: () => 'Capaian terhadap target akhir Renstra tidak dapat dihitung.',
  akhirDibatasi: (batas) => `Capaian terhadap target akhir dibatasi ${angka(batas)}%.`,
  targetDariPk: (N, sheet) => `Target ${N} diambil dari tabel PK (${sheet}).`,
  tanpaTargetN: (N) => `Target ${N} tidak ada di tabel pengukuran; sel dikosongkan.`,
  capaianDenganPk: (N) => `Capaian ${N} dihitung dengan target PK.`,
  capaianTidakDihitung: (N, why) => `Capaian ${N} tidak dihitung: ${why ?? 'capaian tidak dapat dihitung'}`,
  realisasiBelumDiisi: (N) => `Realisasi ${N} belum diisi; sel dikosongkan.`,
  tidakAdaKasus: (bukti) =>
    `Tidak ada kasus${bukti ? ` (${bukti})` : ''}: capaian N/A (tidak dapat diukur), tidak dihitung terhadap target akhir Renstra.`,
  tidakDiDataN1: (N1) => `Indikator tidak ditemukan pada data tahun ${N1}; Realisasi dan Capaian ${N1} dikosongkan.`,
  tanpaDataN1: (N1) => `Tidak ada data tahun ${N1}; Realisasi dan Capaian ${N1} dikosongkan.`,
  namaMiripN1: (N1, sheet, indikator, score) => `nama mirip di data ${N1} (${sheet}): "${indikator}" (skor ${skor(score)})`,
  realisasiN1Kosong: (N1, sheet) => `Realisasi ${N1} kosong di ${sheet}.`,
  n1TidakAdaKasus: (N1) => `Tahun ${N1}: tidak ada kasus, capaian N/A.`,
};

const catatanEn: CatatanTexts = {
  tabelTanpaTahun: (sheet, N) => `The measurement table on ${sheet} states no year; it is taken as ${N} (the chosen year).`,
  diLuarPeriode: (N, first, last) => `${N} is outside the Strategic Plan period (${first}-${last}); the Strategic Plan target for ${N} is left empty.`,
  bukuTanpaDataN1: (N1) => `The workbook holds no ${N1} data (a ${N1} measurement table or ${N1} columns); Actual and Achievement ${N1} are left empty.`,
  tidakDiRenstra: () => 'Indicator not found in the Strategic Plan; its targets and the achievement against the end target are left empty.',
  namaMiripRenstra: (indikator, score) => `similar name in the Strategic Plan: "${indikator}" (score ${score.toFixed(2)})`,
  renstraTanpaTargetN: (N) => `The Strategic Plan has no ${N} target for this indicator; the cell is left empty.`,
  renstraTanpaTargetAkhir: (last) => `The Strategic Plan has no end target (${last}) for this indicator; achievement against it is left empty.`,
  targetBeda: (N, tN, tR) => `The ${N} target (${tampil(tN, true)}) differs from the Strategic Plan ${N} target (${tampil(tR, true)}).`,
  satuanAkhirBeda: (N, rN, tA) =>
    `The unit of the ${N} actual (${tampil(rN, true)}) differs from the Strategic Plan end target (${tampil(tA, true)}); achievement against it is not computed.`,
  targetAkhirNol: () => 'The Strategic Plan end target is 0: achievement against it cannot be computed.',
  akhirTidakDihitung: () => 'Achievement against the Strategic Plan end target cannot be computed.',
  akhirDibatasi: (batas) => `Achievement against the end target capped at ${angkaEn(batas)}%.`,
  targetDariPk: (N, sheet) => `Target ${N} taken from the PK table (${sheet}).`,
  tanpaTargetN: (N) => `No ${N} target in the measurement table; the cell is left empty.`,
  capaianDenganPk: (N) => `Achievement ${N} computed with the PK target.`,
  capaianTidakDihitung: (N, why) => `Achievement ${N} not computed: ${why ?? 'capaian tidak dapat dihitung'}`,
  realisasiBelumDiisi: (N) => `Actual ${N} not filled in; the cell is left empty.`,
  tidakAdaKasus: (bukti) => `No cases${bukti ? ` (${bukti})` : ''}: achievement N/A (cannot be measured), not computed against the Strategic Plan end target.`,
  tidakDiDataN1: (N1) => `Indicator not found in the ${N1} data; Actual and Achievement ${N1} are left empty.`,
  tanpaDataN1: (N1) => `No ${N1} data; Actual and Achievement ${N1} are left empty.`,
  namaMiripN1: (N1, sheet, indikator, score) => `similar name in the ${N1} data (${sheet}): "${indikator}" (score ${score.toFixed(2)})`,
  realisasiN1Kosong: (N1, sheet) => `Actual ${N1} is empty on ${sheet}.`,
  n1TidakAdaKasus: (N1) => `${N1}: no cases, achievement N/A.`,
};

/** The texts of the `Perbandingan Renstra` sheet. */
export interface Labels {
  title: string;
  sources: string;
  headers: string[];
  chartBlock: [string, string, string];
  chartTitle: string;
  trendTitle: string;
  trendHeaders: [string, string, string];
  target: string;
  realisasi: string;
  lineHeaders: [string, string, string];
  lineTitle: string;
  na: string;
  /** The note beside an average of the line-chart block that has no data (the cell stays empty). */
  noData: (year: number, what: 'target' | 'realisasi') => string;
}

/** The sheet's labels for year N, the Renstra period first-last and the sheets read. */
function labelsId(sources: string[], N: number, first: number, last: number): Labels {
  const N1 = N - 1;
  return {
    title: `Perbandingan Capaian Kinerja Tahun ${N} dengan Tahun ${N1} dan Target Renstra ${first}-${last}`,
    sources: `Sumber: ${sources.join(', ')}`,
    headers: [
      'No',
      'Sasaran',
      'Indikator Kinerja',
      `Target ${N}`,
      `Realisasi ${N}`,
      `Capaian ${N}`,
      `Realisasi ${N1}`,
      `Capaian ${N1}`,
      `Target Renstra ${N}`,
      `Target Akhir Renstra (${last})`,
      'Capaian terhadap Target Akhir Renstra',
      'Keterangan',
    ],
    chartBlock: ['Indikator', `Target ${N}`, `Realisasi ${N}`],
    chartTitle: `Target dan Realisasi ${N}`,
    trendTitle: `Target Renstra dan Realisasi ${first}-${last}`,
    trendHeaders: ['No', 'Indikator Kinerja', 'Uraian'],
    target: 'Target',
    realisasi: 'Realisasi',
    lineHeaders: ['Tahun', 'Rata-rata Target Renstra', 'Rata-rata Realisasi'],
    lineTitle: `Tren ${first}-${last}: rata-rata target dan realisasi`,
    na: 'N/A',
    noData: (y, what) => `${y}: belum ada ${what === 'target' ? 'target Renstra' : 'realisasi'}; rata-rata dikosongkan.`,
  };
}

function labelsEn(sources: string[], N: number, first: number, last: number): Labels {
  const N1 = N - 1;
  return {
    title: `Comparison of ${N} performance with ${N1} and the Strategic Plan (Renstra) ${first}-${last} targets`,
    sources: `Sources: ${sources.join(', ')}`,
    headers: [
      'No',
      'Goal',
      'Performance Indicator',
      `Target ${N}`,
      `Actual ${N}`,
      `Achievement ${N}`,
      `Actual ${N1}`,
      `Achievement ${N1}`,
      `Strategic Plan Target ${N}`,
      `Strategic Plan End Target (${last})`,
      'Achievement against Strategic Plan End Target',
      'Notes',
    ],
    chartBlock: ['Indicator', `Target ${N}`, `Actual ${N}`],
    chartTitle: `Target and Actual ${N}`,
    trendTitle: `Strategic Plan targets and actuals ${first}-${last}`,
    trendHeaders: ['No', 'Performance Indicator', 'Item'],
    target: 'Target',
    realisasi: 'Actual',
    lineHeaders: ['Year', 'Average Strategic Plan target', 'Average actual'],
    lineTitle: `Trend ${first}-${last}: average target and actual`,
    na: 'N/A',
    noData: (y, what) => `${y}: no ${what === 'target' ? 'Strategic Plan target' : 'actual'} yet; the average is left empty.`,
  };
}

export interface RenstraTexts {
  catatan: CatatanTexts;
  labels: typeof labelsId;
}

export const RENSTRA: Record<Lang, RenstraTexts> = {
  id: { catatan: catatanId, labels: labelsId },
  en: { catatan: catatanEn, labels: labelsEn },
};

/** A note rendered in a language. */
export function renderCatatan(c: CatatanRenstra, lang: Lang): string {
  const text = RENSTRA[lang].catatan[c.kode] as (...args: unknown[]) => string;
  return text(...c.args);
}
