/**
 * The dictionary's section for the offline page: texts that the task pane does not have (the pane's dictionary, src/i18n/ui,
 * gives the rest: counts, severities, table kinds, rule names). Indonesian first; English when the
 * browser's language is English. Every English entry must exist (typed like the Indonesian).
 */
import type { Lang } from './lang';

const id = {
  title: 'Capaian PK (luring)',
  intro: 'Untuk Excel yang tidak dapat memasang add-in. Buku kerja dibaca dan dihitung di peramban ini saja: tidak ada yang dikirim ke mana pun.',
  choose: 'Pilih buku kerja .xlsx',
  drop: 'atau seret berkas .xlsx ke sini',
  dropZone: 'Tempat menjatuhkan berkas .xlsx',
  reading: (n: number) => (n === 1 ? 'Membaca dan menghitung buku kerja...' : `Membaca dan menghitung ${n} buku kerja...`),
  notXlsx: (f: string) => `Berkas ${f} bukan .xlsx: pilih buku kerja Excel (.xlsx).`,
  unexpected: (f: string) => `Berkas ${f} tidak dapat diproses karena galat tak terduga. Laporkan berkasnya kepada pengelola Capaian PK.`,
  download: 'Unduh hasil hitung (.xlsx)',
  downloadHint: (f: string) => `Buku kerja baru ${f}: capaian dan klasifikasi terisi, catatan pada sel bertemuan, lembar Temuan. Berkas asli tidak diubah.`,
  chartTitle: 'Capaian terhadap target',
  chartDesc: 'Batang: capaian tiap indikator (%); garis: target 100%.',
  chartEmpty: 'Belum ada capaian yang dapat digambar.',
  chartTable: (sheet: string) => `Lembar ${sheet}`,
  several: (n: number, ok: number) => `${n} buku kerja dipilih, ${ok} terbaca. Rekapnya satu buku kerja: Rekap Satker, Rekap Indikator, Temuan, Tidak Terbaca.`,
  rekap: 'Unduh rekap (.xlsx)',
  refused: 'Tidak dapat dipakai',
  warnings: 'Peringatan',
};

export type TeksLuring = typeof id;

const en: TeksLuring = {
  title: 'Capaian PK (offline)',
  intro: 'For Excel versions that cannot install the add-in. Workbooks are read and computed in this browser only: nothing is sent anywhere.',
  choose: 'Choose an .xlsx workbook',
  drop: 'or drop .xlsx files here',
  dropZone: 'Drop zone for .xlsx files',
  reading: (n: number) => (n === 1 ? 'Reading and computing the workbook...' : `Reading and computing ${n} workbooks...`),
  notXlsx: (f: string) => `${f} is not an .xlsx file: choose an Excel workbook (.xlsx).`,
  unexpected: (f: string) => `${f} could not be processed because of an unexpected error. Please report the file to the Capaian PK maintainers.`,
  download: 'Download the hitung result (.xlsx)',
  downloadHint: (f: string) => `A new workbook ${f}: capaian and klasifikasi filled, notes on cells with findings, a Temuan sheet. The original file is not changed.`,
  chartTitle: 'Capaian against target',
  chartDesc: 'Bars: each indicator\'s capaian (%); line: the 100% target.',
  chartEmpty: 'No capaian to draw yet.',
  chartTable: (sheet: string) => `Sheet ${sheet}`,
  several: (n: number, ok: number) => `${n} workbooks chosen, ${ok} read. Their rekap is one workbook: Rekap Satker, Rekap Indikator, Temuan, Tidak Terbaca.`,
  rekap: 'Download the rekap (.xlsx)',
  refused: 'Cannot be used',
  warnings: 'Warnings',
};

export const TEKS: Record<Lang, TeksLuring> = { id, en };

/** The browser's language: English when it says English, else Indonesian. */
export function langBrowser(languages: readonly string[] | undefined): Lang {
  const first = (languages ?? [])[0] ?? '';
  return /^en\b/i.test(first) ? 'en' : 'id';
}
