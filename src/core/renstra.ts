/**
 * Renstra comparison (DOMAIN.md "Renstra comparison"): year N vs target, vs N-1, vs the Renstra
 * targets, and the trend over the Renstra years.
 */
import type { Analysis, Finding, SheetSpec } from './types';

export const PERBANDINGAN_RENSTRA = 'Perbandingan Renstra';

export interface RenstraRow {
  no: number;
  sasaran: string;
  indikator: string;
  satuan: string | null;
  polaritas: 'positif' | 'negatif' | 'rentang';
  targetN: number | null;
  realisasiN: number | null;
  capaianN: number | null;
  realisasiN1: number | null;
  capaianN1: number | null;
  targetRenstraN: number | null;
  targetAkhir: number | null;
  capaianTerhadapAkhir: number | null;
  /** Source cells (sheet + A1) for live formulas, where the value came from a cell. */
  sources: Partial<Record<'targetN' | 'realisasiN' | 'capaianN' | 'realisasiN1' | 'capaianN1' | 'targetRenstraN' | 'targetAkhir', { sheet: string; cell: string; fraction: boolean }>>;
  /** Notes for missing inputs and near matches (Indonesian). */
  notes: string[];
}

export interface RenstraComparison {
  year: number;
  renstraYears: number[];
  lastYear: number;
  rows: RenstraRow[];
  /** Trend: per indicator, per Renstra year: target and realisasi where known. */
  trend: Array<{ indikator: string; years: Record<string, { target: number | null; realisasi: number | null }> }>;
  findings: Finding[];
  notes: string[];
}

export function compareRenstra(analysis: Analysis, year?: number): RenstraComparison | null {
  void analysis; void year;
  throw new Error('compareRenstra: belum diimplementasikan');
}

export function planRenstraSheet(cmp: RenstraComparison, opts?: { lang?: 'id' | 'en' }): SheetSpec {
  void cmp; void opts;
  throw new Error('planRenstraSheet: belum diimplementasikan');
}
