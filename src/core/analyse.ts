/**
 * analyse(workbook) -> Analysis: recognise every sheet, parse values, compute capaian and
 * klasifikasi, match indicators across tables and run every review rule.
 */
import type { WorkbookSnapshot } from './grid';
import type { Settings } from './settings';
import type { Analysis } from './types';

export interface AnalyseOptions {
  /** Only these sheets get their own findings (the others are read for cross-checks); default all. */
  focusSheets?: string[];
  lang?: 'id' | 'en';
}

export function analyse(workbook: WorkbookSnapshot, settings?: Settings, opts?: AnalyseOptions): Analysis {
  void workbook; void settings; void opts;
  throw new Error('analyse: belum diimplementasikan');
}
