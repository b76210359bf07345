/** The shapes of the Renstra comparison (docs/aturan.md "Renstra comparison"). */
import type { Settings } from '../settings';
import type { Finding, Polaritas, ValueKind } from '../types';
import type { CatatanRenstra } from './catatan';

export const PERBANDINGAN_RENSTRA = 'Perbandingan Renstra';

/** A cell the value came from (for live formulas). */
export interface SourceCell {
  sheet: string;
  /** A1 address on `sheet`. */
  cell: string;
  /** The cell is a fraction shown with a % format (0.8 shown 80%). */
  fraction: boolean;
  /** Kind of the parsed value ('percent' with fraction false = percent points, 'count', 'index', ...). */
  kind: ValueKind;
  /** True when the cell is a plain numeric cell a formula may reference. */
  numeric: boolean;
}

/** How a row's values are shown: percent (fraction, 0.00%), count (General), index (0.00). */
export type RenstraUnit = 'percent' | 'count' | 'index';

export type RenstraValueKey =
  | 'targetN'
  | 'realisasiN'
  | 'capaianN'
  | 'targetN1'
  | 'realisasiN1'
  | 'capaianN1'
  | 'targetRenstraN'
  | 'targetAkhir';

/** A value as typed, for the sheet: its number in core units and its kind. */
export interface RenstraValue {
  /** Percent points for percent, the count, the index; null for ranges/N/A/empty. */
  value: number | null;
  kind: ValueKind;
  /** Range bounds (percent points for %). */
  low?: number;
  high?: number;
  unit: string | null;
  /** The displayed text of the cell. */
  raw: string;
}

export interface RenstraRow {
  no: number;
  /** Id of the year-N indicator (`${tableId}#${row}`). */
  indicatorId: string;
  sheet: string;
  sasaran: string;
  indikator: string;
  satuan: string | null;
  unit: RenstraUnit;
  polaritas: Polaritas;
  /** Zero cases (N/A): capaian N and capaian vs the end target stay N/A. */
  na: boolean;
  targetN: number | null;
  realisasiN: number | null;
  /** Capaian N in percent points (the analysis' computed value). */
  capaianN: number | null;
  targetN1: number | null;
  realisasiN1: number | null;
  capaianN1: number | null;
  /** Polarity of the N-1 indicator (for the N-1 capaian formula). */
  polaritasN1: Polaritas;
  /** Zero cases in year N-1: capaian N-1 is N/A. */
  naN1: boolean;
  targetRenstraN: number | null;
  targetAkhir: number | null;
  capaianTerhadapAkhir: number | null;
  /** The values as typed (kind, range bounds, text), for the sheet. */
  values: Partial<Record<Exclude<RenstraValueKey, 'capaianN' | 'capaianN1'>, RenstraValue>>;
  /** Source cells (sheet + A1) for live formulas, where the value came from a cell. */
  sources: Partial<Record<RenstraValueKey, SourceCell>>;
  /** The Renstra indicator matched (its name and match score; 1 for an exact match). */
  renstra: { indikator: string; sheet: string; row: number; score: number; exact: boolean } | null;
  /** Notes for missing inputs and near matches, as codes with parameters (src/i18n/renstra.ts renders them). */
  catatan: CatatanRenstra[];
  /** The same notes rendered in the comparison's language (Indonesian unless `lang: 'en'`). */
  notes: string[];
}

export interface RenstraTrendYear {
  target: number | null;
  realisasi: number | null;
  targetValue?: RenstraValue;
  realisasiValue?: RenstraValue;
  targetSource?: SourceCell;
  realisasiSource?: SourceCell;
}

export interface RenstraTrendRow {
  no: number;
  indikator: string;
  unit: RenstraUnit;
  years: Record<string, RenstraTrendYear>;
}

export interface RenstraComparison {
  year: number;
  renstraYears: number[];
  lastYear: number;
  /** Id of the year-N table the rows come from. */
  tableId: string;
  /** Sheets the comparison read (year N, N-1, Renstra), in that order, without repeats. */
  sources: string[];
  rows: RenstraRow[];
  /** Trend: per indicator, per Renstra year: target and realisasi where known. */
  trend: RenstraTrendRow[];
  findings: Finding[];
  /** Notes of the whole comparison, as codes with parameters (src/i18n/renstra.ts renders them). */
  catatan: CatatanRenstra[];
  /** The same notes rendered in the comparison's language (Indonesian unless `lang: 'en'`). */
  notes: string[];
  /** The capaian settings the comparison used (for the sheet's formulas). */
  rumusNegatif: Settings['rumusNegatif'];
  batasAtas: number | null;
}
