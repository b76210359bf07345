/** What every row of the comparison needs: year N, the matches made once for all rows, the collected findings. */
import type { Settings } from '../settings';
import type { AnalysedTable, Analysis, Finding, Indicator } from '../types';
import type { RenstraRow } from './types';
import type { YearData } from './year-data';

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

/** A row under construction: its notes in both languages, values as typed and source cells. */
export class RowNotes {
  readonly notes: string[] = [];
  readonly notesEn: string[] = [];
  readonly values: RenstraRow['values'] = {};
  readonly sources: RenstraRow['sources'] = {};

  note(id: string, en: string): void {
    this.notes.push(id);
    this.notesEn.push(en);
  }
}
