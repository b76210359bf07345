/**
 * The `periksa --json` object of docs/aturan.md "Command line contract".
 * Percent values in percent points (80 for 80%), counts as numbers (1 for `1 Layanan`, satuan
 * `Layanan`), a range target as {min, max}; capaian null for N/A. Renstra tables carry
 * `targets: {"2021": 70, ...}` per indicator instead of `target`.
 */
import { z } from 'zod';
import { areaA1, colLetter } from './grid';
import type { Analysis, AnalysedTable, Indicator, ParsedValue, Role } from './types';
import { tahunSebelumnya } from './sebelumnya';

const nilaiSchema = z.union([z.number(), z.object({ min: z.number(), max: z.number() }).strict(), z.null()]);

const indikatorBase = {
  row: z.number().int().positive(),
  sasaran: z.string(),
  indikator: z.string(),
  satuan: z.string().nullable(),
  polaritas: z.enum(['positif', 'negatif', 'rentang']),
  realisasi: nilaiSchema,
  capaian: z.number().nullable(),
  capaianTertulis: z.number().nullable(),
  klasifikasi: z.string(),
  status: z.enum(['ok', 'na', 'galat']),
};

/** The N-1 block of a two-year table, beside the indicator's year-N values. */
const sebelumnyaSchema = z
  .object({ tahun: z.number().int(), target: nilaiSchema, realisasi: nilaiSchema, capaian: z.number().nullable(), capaianTertulis: z.number().nullable() })
  .strict();

export const periksaIndikatorSchema = z.union([
  z.object({ ...indikatorBase, target: nilaiSchema, sebelumnya: sebelumnyaSchema.optional() }).strict(),
  z.object({ ...indikatorBase, targets: z.record(z.string().regex(/^\d{4}$/), nilaiSchema) }).strict(),
]);

const roleEnum = z.enum(['no', 'sasaran', 'indikator', 'satuan', 'target', 'realisasi', 'capaian', 'klasifikasi', 'polaritas', 'keterangan']);

export const periksaTabelSchema = z
  .object({
    sheet: z.string(),
    kind: z.enum(['pk', 'pengukuran', 'renstra', 'rencana-aksi']),
    range: z.string().regex(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/),
    headerRow: z.number().int().positive(),
    year: z.number().int().nullable(),
    columns: z.record(roleEnum, z.string().regex(/^[A-Z]{1,3}$/)),
    indicators: z.array(periksaIndikatorSchema),
  })
  .strict();

export const periksaTemuanSchema = z
  .object({
    rule: z.enum([
      'nihil-disamakan-target',
      'nihil-dinilai-nol',
      'capaian-tidak-sesuai',
      'realisasi-melebihi-100',
      'satuan-tidak-cocok',
      'nilai-tidak-terbaca',
      'target-nol',
      'target-berbeda',
      'target-renstra-berbeda',
      'realisasi-kosong',
      'rata-rata-tidak-sesuai',
      'capaian-seragam',
      'capaian-ekstrem',
      'polaritas-perlu-dicek',
    ]),
    severity: z.enum(['galat', 'peringatan', 'info']),
    sheet: z.string(),
    cell: z.string().regex(/^[A-Z]{1,3}\d+$/),
    row: z.number().int().positive(),
    message: z.string().min(1),
  })
  .strict();

export const periksaJsonSchema = z
  .object({
    file: z.string(),
    tables: z.array(periksaTabelSchema),
    findings: z.array(periksaTemuanSchema),
  })
  .strict();

export type PeriksaJson = z.infer<typeof periksaJsonSchema>;
export type PeriksaTabel = z.infer<typeof periksaTabelSchema>;
export type PeriksaIndikator = z.infer<typeof periksaIndikatorSchema>;
type Nilai = z.infer<typeof nilaiSchema>;

/** A parsed value as a JSON number: percent points, counts as numbers, a range as {min, max}; null for no value. */
export function nilaiJson(p: ParsedValue | null): Nilai {
  if (!p) return null;
  if (p.kind === 'range') return p.low !== undefined && p.high !== undefined ? { min: p.low, max: p.high } : null;
  if (p.value === null || !Number.isFinite(p.value)) return null;
  return p.kind === 'percent' || p.kind === 'count' || p.kind === 'index' || p.kind === 'number' || p.kind === 'money' ? p.value : null;
}

function capaianTertulisJson(p: ParsedValue | null): number | null {
  const v = nilaiJson(p);
  return typeof v === 'number' ? v : null;
}

function indikatorJson(i: Indicator, t: AnalysedTable): PeriksaIndikator {
  const base = {
    row: i.row,
    sasaran: i.sasaran,
    // The row's numbering (`1.`, `2)`) is a label, not part of the name (docs/aturan.md's JSON example).
    indikator: i.indikator.replace(/^\s*(?:\d+[.)]\s*)+/, '').trim() || i.indikator,
    satuan: i.satuan,
    polaritas: i.polaritas,
  };
  const rest = {
    realisasi: nilaiJson(i.realisasi),
    capaian: i.capaian,
    capaianTertulis: capaianTertulisJson(i.capaianTertulis),
    klasifikasi: i.klasifikasi,
    status: i.status,
  };
  if (t.kind === 'renstra') {
    const targets: Record<string, Nilai> = {};
    for (const y of Object.keys(i.targets).sort()) targets[y] = nilaiJson(i.targets[y]);
    return { ...base, targets, ...rest };
  }
  const out: PeriksaIndikator = { ...base, target: nilaiJson(i.target), ...rest };
  const tahun = tahunSebelumnya(t);
  const oy = tahun === null ? undefined : i.otherYears.find((o) => o.year === tahun);
  if (oy) {
    out.sebelumnya = {
      tahun: oy.year,
      target: nilaiJson(oy.target),
      realisasi: nilaiJson(oy.realisasi),
      capaian: oy.capaian,
      capaianTertulis: capaianTertulisJson(oy.capaianTertulis),
    };
  }
  return out;
}

function tabelJson(t: AnalysedTable): PeriksaTabel {
  const columns: Partial<Record<Role, string>> = {};
  for (const [role, col] of Object.entries(t.columns) as Array<[Role, number | undefined]>) if (col) columns[role] = colLetter(col);
  return {
    sheet: t.sheet,
    kind: t.kind,
    range: areaA1(t.area),
    headerRow: t.headerRow,
    year: t.year,
    columns,
    indicators: t.items.map((i) => indikatorJson(i, t)),
  };
}

export function toPeriksaJson(analysis: Analysis): PeriksaJson {
  return {
    file: analysis.file ?? '',
    tables: analysis.tables.map(tabelJson),
    findings: analysis.findings.map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, row: f.row, message: f.message })),
  };
}
