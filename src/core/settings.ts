/**
 * Settings stored in the workbook, validated with zod whenever they cross a boundary
 * (read from a workbook, typed in the task pane, given on the command line).
 */
import { z } from 'zod';
import { ZOD, zodErrorMap } from '../i18n/zod';
import type { Lang } from '../i18n/lang';

export const PRESET_IDS = ['permendagri-86', 'baik-kurang', 'keberhasilan'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const ROLE_NAMES = [
  'no',
  'sasaran',
  'indikator',
  'satuan',
  'target',
  'realisasi',
  'capaian',
  'klasifikasi',
  'polaritas',
  'keterangan',
] as const;

export const skalaBandSchema = z.object({
  /** Lower bound, inclusive, in percent points. */
  min: z.number().finite(),
  label: z.string().trim().min(1),
});

/** A custom scale: bands ordered from the highest bound down, bounds strictly decreasing. */
export const skalaKustomSchema = z
  .object({
    nama: z.string().trim().min(1).max(60).default('Skala kustom'),
    bands: z.array(skalaBandSchema).min(1),
    /** Label for capaian below the last bound. */
    lainnya: z.string().trim().min(1),
  })
  .superRefine((s, ctx) => {
    for (let i = 1; i < s.bands.length; i++) {
      if (!(s.bands[i].min < s.bands[i - 1].min)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['bands', i, 'min'],
          params: { kode: 'batas-menurun', min: s.bands[i].min, sebelumnya: s.bands[i - 1].min },
        });
      }
    }
  });

export type SkalaKustom = z.infer<typeof skalaKustomSchema>;

/**
 * Validates with the dictionary's messages (src/i18n/zod.ts): the schemas carry codes, not text.
 * Indonesian unless a language is given.
 */
export function validate<T extends z.ZodTypeAny>(schema: T, input: unknown, lang: Lang = 'id'): z.SafeParseReturnType<z.input<T>, z.output<T>> {
  return schema.safeParse(input, { errorMap: zodErrorMap(lang) });
}

const columnLetter = z.string().regex(/^[A-Za-z]{1,3}$/);

/** A user's correction of how one sheet's table is read. */
export const columnMappingSchema = z.object({
  /** Header row (sheet row, 1-based) of the table the correction applies to; absent = the first table. */
  headerRow: z.number().int().positive().optional(),
  columns: z.record(z.enum(ROLE_NAMES), columnLetter),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const settingsSchema = z.object({
  version: z.literal(1).default(1),
  skala: z.union([z.enum(PRESET_IDS), z.literal('kustom')]).default('permendagri-86'),
  skalaKustom: skalaKustomSchema.nullable().default(null),
  /** Negative polarity: `(2T - R) / T` (default) or `T / R`. */
  rumusNegatif: z.enum(['2t-r', 't/r']).default('2t-r'),
  /** Optional cap in percent points (e.g. 120); null = no cap. */
  batasAtas: z.number().positive().max(10000).nullable().default(null),
  /** Per-indicator polarity, by normalised indicator name (names.ts normaliseName). */
  polaritas: z.record(z.string(), z.enum(['positif', 'negatif', 'rentang'])).default({}),
  /** Column-mapping corrections by sheet name. */
  pemetaanKolom: z.record(z.string(), z.array(columnMappingSchema)).default({}),
  /** Year N chosen by the user (else taken from sheet names and titles). */
  tahun: z.number().int().min(2000).max(2100).nullable().default(null),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export interface SettingsRead {
  settings: Settings;
  /** Warnings (in the language asked, Indonesian by default) for a damaged setting that was ignored. */
  warnings: string[];
}

/**
 * Reads settings from an untrusted value (JSON text or object). A damaged setting is reported and
 * ignored field by field, never trusted: the rest is kept.
 */
export function readSettings(input: unknown, lang: Lang = 'id'): SettingsRead {
  const k = ZOD[lang] ?? ZOD.id;
  const warnings: string[] = [];
  let obj: unknown = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return { settings: DEFAULT_SETTINGS, warnings };
    try {
      obj = JSON.parse(input);
    } catch {
      return {
        settings: DEFAULT_SETTINGS,
        warnings: [k.pengaturanBukanJson],
      };
    }
  }
  if (obj === null || obj === undefined) return { settings: DEFAULT_SETTINGS, warnings };
  if (typeof obj !== 'object' || Array.isArray(obj)) {
    return {
      settings: DEFAULT_SETTINGS,
      warnings: [k.pengaturanBukanObjek],
    };
  }
  const whole = settingsSchema.safeParse(obj);
  if (whole.success) return { settings: whole.data, warnings };
  // Field by field: keep what is valid, drop and report what is not.
  const kept: Record<string, unknown> = {};
  const shape = settingsSchema.shape as Record<string, z.ZodTypeAny>;
  for (const [key, value] of Object.entries(obj as Record<string, unknown>)) {
    const field = shape[key];
    if (!field) continue;
    const r = validate(field, value, lang);
    if (r.success) kept[key] = r.data;
    else warnings.push(k.pengaturanRusak(key, r.error.issues[0]?.message ?? k.tidakSah));
  }
  const again = settingsSchema.safeParse(kept);
  if (again.success) return { settings: again.data, warnings };
  warnings.push(k.pengaturanTakTerbaca);
  return { settings: DEFAULT_SETTINGS, warnings };
}
