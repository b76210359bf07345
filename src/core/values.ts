/**
 * Value parsing: every form of DOMAIN.md "Values".
 * Percent values come out in percent points (80 for 80%, for 0.8 with a % format, for "80,5%",
 * for 80 under a "(%)" header). Counts keep their unit ("1 Layanan" -> 1, unit "Layanan").
 */
import type { Cell } from './grid';
import type { ParsedValue } from './types';

export interface ParseContext {
  /** The column header says "(%)": plain numbers are percent points. */
  percentPoints?: boolean;
}

export function parseValue(cell: Pick<Cell, 'value' | 'text' | 'format'> & Partial<Pick<Cell, 'formula'>>, ctx: ParseContext = {}): ParsedValue {
  void cell; void ctx;
  throw new Error('parseValue: belum diimplementasikan');
}

/** Parses an Indonesian or English number text: '1.067' -> 1067, '77,5' -> 77.5, '94.4' -> 94.4. */
export function parseNumberText(text: string): number | null {
  void text;
  throw new Error('parseNumberText: belum diimplementasikan');
}

/** True when two parsed values are in compatible units (% with %, Layanan with Layanan, index with index). */
export function sameUnit(a: ParsedValue, b: ParsedValue): boolean {
  void a; void b;
  throw new Error('sameUnit: belum diimplementasikan');
}

/** Words that mean "no value": '', '-', 'N/A', 'NA', 'nihil', 'tidak ada'. */
export function isNoValueText(text: string): boolean {
  void text;
  throw new Error('isNoValueText: belum diimplementasikan');
}
