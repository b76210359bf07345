/**
 * The `periksa --json` object of DOMAIN.md "Command line contract".
 */
import type { Analysis } from './types';

export interface PeriksaJson {
  file: string;
  tables: unknown[];
  findings: unknown[];
}

export function toPeriksaJson(analysis: Analysis): PeriksaJson {
  void analysis;
  throw new Error('toPeriksaJson: belum diimplementasikan');
}
