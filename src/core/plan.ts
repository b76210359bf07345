/**
 * plan(analysis) -> WritePlan: what Hitung Capaian (or Periksa) changes in the workbook.
 */
import type { Analysis, WritePlan } from './types';

export interface PlanOptions {
  mode: 'hitung' | 'periksa';
  /** Only plan writes for these sheets (default: every sheet with a table). */
  sheets?: string[];
  /** Also build `Perbandingan Renstra` when a Renstra matrix is present (CLI: yes). */
  renstra?: boolean;
  lang?: 'id' | 'en';
}

export function plan(analysis: Analysis, opts: PlanOptions): WritePlan {
  void analysis; void opts;
  throw new Error('plan: belum diimplementasikan');
}
