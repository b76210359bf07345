/**
 * Messages of validation (zod) in the one dictionary, and the zod error map that renders them. The
 * schemas (src/core/settings.ts) carry no text: their custom issues carry a code in `params.kode`,
 * and built-in issues are named by their zod code. Parse with `{ errorMap: zodErrorMap(lang) }`.
 */
import type { z } from 'zod';
import type { Lang } from './lang';

const id = {
  labelKosong: 'Label tidak boleh kosong',
  namaKosong: 'Nama skala tidak boleh kosong',
  namaPanjang: (max: number) => `Nama skala paling panjang ${max} huruf`,
  skalaKosong: 'Skala membutuhkan setidaknya satu tingkat',
  batasMenurun: (min: number, sebelumnya: number) => `Batas bawah harus menurun: ${min} tidak lebih kecil dari ${sebelumnya}`,
  bukanAngka: 'Isi dengan angka (misalnya 90 atau 75,5).',
  batasAtas: 'Isi dengan angka di atas 0 (misalnya 120).',
  terlaluBesar: (max: number) => `Paling besar ${max}`,
  terlaluKecil: (min: number) => `Paling kecil ${min}`,
  lebihDari: (min: number) => `Harus lebih dari ${min}`,
  hurufKolom: 'Kolom harus berupa huruf (A, B, ..., AA)',
  pilihan: (opsi: string) => `Pilih salah satu: ${opsi}`,
  tidakSah: 'nilai tidak sah',
  pengaturanBukanJson: 'Pengaturan Capaian PK di buku kerja rusak (bukan JSON yang sah) dan diabaikan; pengaturan bawaan dipakai.',
  pengaturanBukanObjek: 'Pengaturan Capaian PK di buku kerja bukan objek dan diabaikan; pengaturan bawaan dipakai.',
  pengaturanRusak: (kunci: string, why: string) => `Pengaturan "${kunci}" rusak dan diabaikan: ${why.replace(/\.$/, '')}.`,
  pengaturanTakTerbaca: 'Pengaturan Capaian PK tidak dapat dibaca; pengaturan bawaan dipakai.',
};

export type ZodMessages = typeof id;

const en: ZodMessages = {
  labelKosong: 'The label must not be empty',
  namaKosong: 'The scale name must not be empty',
  namaPanjang: (max) => `The scale name is at most ${max} characters`,
  skalaKosong: 'A scale needs at least one level',
  batasMenurun: (min, sebelumnya) => `Lower bounds must decrease: ${min} is not below ${sebelumnya}`,
  bukanAngka: 'Type a number (for example 90 or 75.5).',
  batasAtas: 'Type a number above 0 (for example 120).',
  terlaluBesar: (max) => `At most ${max}`,
  terlaluKecil: (min) => `At least ${min}`,
  lebihDari: (min) => `Must be above ${min}`,
  hurufKolom: 'A column is letters (A, B, ..., AA)',
  pilihan: (opsi) => `Choose one of: ${opsi}`,
  tidakSah: 'invalid value',
  pengaturanBukanJson: 'The Capaian PK settings in the workbook are damaged (not valid JSON) and were ignored; the default settings are used.',
  pengaturanBukanObjek: 'The Capaian PK settings in the workbook are not an object and were ignored; the default settings are used.',
  pengaturanRusak: (kunci, why) => `The setting "${kunci}" is damaged and was ignored: ${why.replace(/\.$/, '')}.`,
  pengaturanTakTerbaca: 'The Capaian PK settings cannot be read; the default settings are used.',
};

export const ZOD: Record<Lang, ZodMessages> = { id, en };

/** Codes of the custom issues the schemas raise (`ctx.addIssue({ code: 'custom', params: { kode } })`). */
export type KodeZod = 'batas-menurun';

function last(path: (string | number)[]): string | number | undefined {
  return path[path.length - 1];
}

function tooSmall(k: ZodMessages, issue: z.ZodTooSmallIssue): string {
  const field = last(issue.path);
  if (issue.type === 'string') return field === 'nama' ? k.namaKosong : k.labelKosong;
  if (issue.type === 'array') return k.skalaKosong;
  if (field === 'batasAtas') return k.batasAtas;
  return issue.inclusive ? k.terlaluKecil(Number(issue.minimum)) : k.lebihDari(Number(issue.minimum));
}

function tooBig(k: ZodMessages, issue: z.ZodTooBigIssue): string {
  if (issue.type === 'string' && last(issue.path) === 'nama') return k.namaPanjang(Number(issue.maximum));
  if (last(issue.path) === 'batasAtas') return k.batasAtas;
  return k.terlaluBesar(Number(issue.maximum));
}

/** The message of one zod issue in the language. */
export function pesanZod(issue: z.ZodIssueOptionalMessage, lang: Lang): string {
  const k = ZOD[lang] ?? id;
  switch (issue.code) {
    case 'custom': {
      const p = (issue.params ?? {}) as { kode?: KodeZod; min?: number; sebelumnya?: number };
      if (p.kode === 'batas-menurun') return k.batasMenurun(Number(p.min), Number(p.sebelumnya));
      return k.tidakSah;
    }
    case 'invalid_type':
      return issue.expected === 'number' ? k.bukanAngka : k.tidakSah;
    case 'too_small':
      return tooSmall(k, issue);
    case 'too_big':
      return tooBig(k, issue);
    case 'invalid_string':
      return issue.validation === 'regex' ? k.hurufKolom : k.tidakSah;
    case 'invalid_enum_value':
      return k.pilihan(issue.options.join(', '));
    default:
      return k.tidakSah;
  }
}

/** The zod error map of a language: every issue gets the dictionary's message, never zod's English. */
export function zodErrorMap(lang: Lang): z.ZodErrorMap {
  return (issue) => ({ message: pesanZod(issue, lang) });
}
