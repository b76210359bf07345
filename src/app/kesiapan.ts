/**
 * Periksa Kesiapan (self-check): what the Excel add-in needs of this Excel, and the plain-text
 * report staff copy ("Salin laporan") and send back. The Excel host runs the checks
 * (src/excel/flows/kesiapan.ts); the task pane shows them (src/taskpane/components/Kesiapan.tsx).
 */
import type { Lang } from './host';

/** Every capability the add-in uses, in the order the check runs them. */
export const KEMAMPUAN = ['baca', 'rumus', 'formatAngka', 'komentar', 'catatan', 'lembarTersembunyi', 'tabel', 'grafik', 'gabungSel'] as const;
export type KemampuanId = (typeof KEMAMPUAN)[number];

export interface HasilKemampuan {
  id: KemampuanId;
  ok: boolean;
  /** Short reason when it failed: an Office error code ('ApiNotFound') or what was read instead. */
  alasan: string | null;
}

export interface LaporanKesiapan {
  /** ISO time of the check. */
  waktu: string;
  /** Office.context.diagnostics, when Office provides it. */
  excel: { host: string | null; versi: string | null; platform: string | null };
  /** isSetSupported per requirement set and version (null: not known, Office not loaded). */
  requirementSets: Array<{ set: string; versi: string; ok: boolean | null }>;
  kemampuan: HasilKemampuan[];
  /** The temporary sheet the check used, and whether it was removed again. */
  lembarUji: string;
  lembarUjiDihapus: boolean;
}

const TEKS = {
  id: {
    judul: 'Laporan Kesiapan Capaian PK',
    waktu: 'Waktu',
    excel: 'Excel',
    versi: 'versi',
    platform: 'platform',
    tidakDiketahui: 'tidak diketahui',
    sets: 'Requirement set',
    ya: 'ya',
    tidak: 'tidak',
    kemampuan: 'Kemampuan',
    berhasil: 'berhasil',
    gagal: 'gagal',
    lembar: (nama: string, dihapus: boolean) => `Lembar uji ${nama}: ${dihapus ? 'sudah dihapus' : 'TIDAK terhapus, hapus secara manual'}`,
    nama: {
      baca: 'Membaca isi lembar',
      rumus: 'Menulis rumus',
      formatAngka: 'Format angka',
      komentar: 'Komentar berutas (ExcelApi 1.10)',
      catatan: 'Catatan (ExcelApi 1.18)',
      lembarTersembunyi: 'Lembar sangat tersembunyi (veryHidden)',
      tabel: 'Tabel Excel',
      grafik: 'Grafik',
      gabungSel: 'Sel gabungan (ExcelApi 1.13)',
    } as Record<KemampuanId, string>,
  },
  en: {
    judul: 'Capaian PK readiness report',
    waktu: 'Time',
    excel: 'Excel',
    versi: 'version',
    platform: 'platform',
    tidakDiketahui: 'unknown',
    sets: 'Requirement sets',
    ya: 'yes',
    tidak: 'no',
    kemampuan: 'Capabilities',
    berhasil: 'works',
    gagal: 'failed',
    lembar: (nama: string, dihapus: boolean) => `Test sheet ${nama}: ${dihapus ? 'removed' : 'NOT removed, please delete it by hand'}`,
    nama: {
      baca: 'Reading sheet contents',
      rumus: 'Writing formulas',
      formatAngka: 'Number formats',
      komentar: 'Threaded comments (ExcelApi 1.10)',
      catatan: 'Notes (ExcelApi 1.18)',
      lembarTersembunyi: 'Very hidden sheet',
      tabel: 'Excel tables',
      grafik: 'Charts',
      gabungSel: 'Merged cells (ExcelApi 1.13)',
    } as Record<KemampuanId, string>,
  },
};

export function namaKemampuan(id: KemampuanId, lang: Lang): string {
  return TEKS[lang].nama[id];
}

/** The plain-text report ("Salin laporan"). */
export function teksLaporan(l: LaporanKesiapan, lang: Lang): string {
  const t = TEKS[lang];
  const u = (x: string | null) => x ?? t.tidakDiketahui;
  const sets = new Map<string, string[]>();
  for (const r of l.requirementSets) {
    const v = `${r.versi} ${r.ok === null ? '?' : r.ok ? t.ya : t.tidak}`;
    sets.set(r.set, [...(sets.get(r.set) ?? []), v]);
  }
  return [
    t.judul,
    `${t.waktu}: ${l.waktu}`,
    `${t.excel}: ${u(l.excel.host)}, ${t.versi} ${u(l.excel.versi)}, ${t.platform} ${u(l.excel.platform)}`,
    `${t.sets}:`,
    ...[...sets].map(([set, vs]) => `  ${set}: ${vs.join(', ')}`),
    `${t.kemampuan}:`,
    ...l.kemampuan.map((k) => `  [${k.ok ? 'OK' : 'X'}] ${t.nama[k.id]}: ${k.ok ? t.berhasil : `${t.gagal}${k.alasan ? ` (${k.alasan})` : ''}`}`),
    t.lembar(l.lembarUji, l.lembarUjiDihapus),
  ].join('\n');
}
