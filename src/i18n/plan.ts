/**
 * Texts the write plan puts into the workbook (comments, headers, the legend, the Temuan sheet),
 * a section of the one dictionary (src/i18n/index.ts): `en` has the type of `id`, so a missing
 * English text fails `tsc`.
 */
import type { Severity } from '../core/types';
import type { Lang } from './lang';

function fmt(n: number): string {
  return String(Number(n.toFixed(2)));
}

const id = {
  nilaiKarena: (why: string) => `Capaian ditulis sebagai nilai karena ${why}.`,
  targetTeks: (raw: string) => `target berupa teks '${raw}'`,
  realisasiTeks: (raw: string) => `realisasi berupa teks '${raw}'`,
  rentang: (raw: string) => `target berupa rentang '${raw}'`,
  bentukBeda: (t: string, r: string) => `target dan realisasi ditulis dalam bentuk berbeda ('${t}' dan '${r}')`,
  tidakRumus: 'perhitungannya tidak dapat dinyatakan sebagai rumus sederhana',
  jenis: { targetTeks: 'target berupa teks', realisasiTeks: 'realisasi berupa teks', rentang: 'target berupa rentang', bentukBeda: 'target dan realisasi ditulis dalam bentuk berbeda' },
  catatanKolom: 'Catatan Capaian PK untuk kolom ini:',
  sel: (n: number) => `${n} sel`,
  lainnya: (n: number) => `dan ${n} sel lainnya`,
  capaianMinimal: 'Mulai (%)',
  dibatasi: (b: number) => `Capaian dibatasi pada ${fmt(b)}% sesuai pengaturan batas atas.`,
  na: (why: string | null) => `Capaian N/A (tidak dapat diukur)${why ? `: ${why.replace(/[.\s]+$/, '')}` : ''}.`,
  legendTitle: (nama: string) => `Skala klasifikasi: ${nama}`,
  capaian: 'Capaian',
  klasifikasi: 'Klasifikasi',
  tidakAda: 'Tidak ada temuan.',
  cols: ['No', 'Tingkat', 'Aturan', 'Lembar', 'Sel', 'Pesan', 'Kode aturan'],
  sev: { galat: 'Galat', peringatan: 'Peringatan', info: 'Info' } as Record<Severity, string>,
};

export type PlanMessages = typeof id;

const en: PlanMessages = {
  nilaiKarena: (why: string) => `Capaian written as a value because ${why}.`,
  targetTeks: (raw: string) => `the target is text '${raw}'`,
  realisasiTeks: (raw: string) => `the realisasi is text '${raw}'`,
  rentang: (raw: string) => `the target is a range '${raw}'`,
  bentukBeda: (t: string, r: string) => `target and realisasi are written in different forms ('${t}' and '${r}')`,
  tidakRumus: 'the computation cannot be written as a simple formula',
  jenis: { targetTeks: 'the target is text', realisasiTeks: 'the realisasi is text', rentang: 'the target is a range', bentukBeda: 'target and realisasi are written in different forms' },
  catatanKolom: 'Capaian PK note for this column:',
  sel: (n: number) => `${n} ${n === 1 ? 'cell' : 'cells'}`,
  lainnya: (n: number) => `and ${n} more`,
  capaianMinimal: 'From (%)',
  dibatasi: (b: number) => `Capaian capped at ${fmt(b)}% by the upper-limit setting.`,
  na: (why: string | null) => `Capaian N/A (cannot be measured)${why ? `: ${why.replace(/[.\s]+$/, '')}` : ''}.`,
  legendTitle: (nama: string) => `Klasifikasi scale: ${nama}`,
  capaian: 'Capaian',
  klasifikasi: 'Klasifikasi',
  tidakAda: 'No findings.',
  cols: ['No', 'Severity', 'Rule', 'Sheet', 'Cell', 'Message', 'Rule id'],
  sev: { galat: 'Error', peringatan: 'Warning', info: 'Info' } as Record<Severity, string>,
};

export const PLAN: Record<Lang, PlanMessages> = { id, en };
