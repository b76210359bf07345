/** What every row of the comparison needs: year N, the matches made once for all rows, the collected findings. */
import type { Settings } from '../settings';
import type { AnalysedTable, Analysis, Finding, Indicator } from '../types';
import type { RenstraRow } from './types';
import type { YearData } from './year-data';
import type { CatatanRenstra } from './catatan';

export interface TableIndicator {
  t: AnalysedTable;
  ind: Indicator;
}

export interface CompareContext {
  analysis: Analysis;
  lang: 'id' | 'en';
  N: number;
  N1: number;
  renstraYears: number[];
  lastYear: number;
  tableN: AnalysedTable;
  /** Renstra indicator per year-N member index. */
  rMatch: Map<number, { r: TableIndicator; score: number; exact: boolean }>;
  /** PK indicator per member index (where the pengukuran table has no target). */
  pkMatch: Map<number, TableIndicator>;
  /** Data of year N-1 and of the other Renstra years. */
  yearData: Map<number, YearData>;
  capOpts: { rumusNegatif: Settings['rumusNegatif']; batasAtas: number | null };
  findings: Finding[];
}

/** A row under construction: its notes (codes the dictionary renders), values as typed and source cells. */
export class RowNotes {
  readonly catatan: CatatanRenstra[] = [];
  readonly values: RenstraRow['values'] = {};
  readonly sources: RenstraRow['sources'] = {};

  note(c: CatatanRenstra): void {
    this.catatan.push(c);
  }
}
