/** What extraction produces: an indicator as read (a draft), its sasaran group, the table's rows. */
import type { Cell } from '../grid';
import type { AverageRow, TwRow } from '../types';
import type { Remark } from '../../i18n/remarks';

export interface Group {
  no: string | null;
  text: string;
  count: number;
}

export interface Draft {
  row: number;
  rows: number[];
  no: string | null;
  group: Group | null;
  ownSasaran: string | null;
  name: string;
  valueRow: number;
  shift: number;
  hadValues: boolean;
  tw: TwRow[];
  notes: string[];
  targetOverride?: Cell;
}

export interface Extracted {
  drafts: Draft[];
  averages: AverageRow[];
  bottom: number;
  /** Last row examined as part of the table (the main loop continues after it). */
  end: number;
  remarks: Remark[];
}
