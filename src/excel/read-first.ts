/**
 * The active sheet's first rows, asked for in sync 1 before its size is known: the used range (by
 * values) intersected with rows 1 to N (Range.getIntersectionOrNullObject, ExcelApi 1.4:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getintersectionornullobject-member(1);
 * Worksheet.getUsedRange(true) answers A1 on a blank sheet, so there is always a range to
 * intersect). Their merged areas are not asked for here: sync 2 (the sheet information) comes
 * in any case and reads them in bands once the sheet's size is known, so asking in sync 1 would
 * save no sync and add calls to its request (and a failure with more than 512).
 *
 * N is a guess: without a measure, the response budget at BYTES_PER_CELL for GUESS_COLUMNS
 * columns; with the bytes per row the session measured on its last read (the pane's analysis of
 * the sheet, or the last run), the budget at that figure, x GROWN_MARGIN when a Hitung has written
 * since. A sheet wider than guessed can make the response too large: read.ts then asks again
 * without these rows (one more sync, never a failure).
 */
import type { Band } from './read-bands';
import { BYTES_PER_CELL } from './read-bands';
import type { Contents } from './read-contents';

/** Columns of a PK table as guessed before anything is measured (No, Sasaran, Indikator, Target, Realisasi, Capaian, Keterangan). */
export const GUESS_COLUMNS = 7;
/**
 * Margin on a measured bytes-per-row when nothing was written since: none, the same rows answer
 * the same bytes (the budget's 10% under the limit covers what else sync 1 answers).
 */
const ROW_MARGIN = 1;
/**
 * Margin when a Hitung has written to the sheet since the measure: the capaian and klasifikasi
 * columns (formulas, values and text) make a row larger (the bench's 20,000-indicator sheets:
 * sederhana 330 bytes a row before, 542 after, x1.64; realistis 440 before, 608 after, x1.38),
 * and sync 1 then also answers the add-in's comments (about 0.3 MB at 20,000 indicators).
 */
const GROWN_MARGIN = 1.8;
/** Excel's last row. */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

/** What the session measured on its last read. */
export interface Measured {
  /** The active sheet's response bytes per row (null: nothing measured yet). */
  bytesPerRow: number | null;
  /** A Hitung wrote to the workbook after the measure. */
  grown: boolean;
}

/** Rows to ask for in sync 1 under `budget` response bytes, from the last read's measure if any. */
export function firstRows(budget: number, measured?: Measured): number {
  const b = measured?.bytesPerRow;
  const perRow = b && b > 0 ? b * (measured.grown ? GROWN_MARGIN : ROW_MARGIN) : BYTES_PER_CELL * GUESS_COLUMNS;
  return Math.max(1, Math.min(LAST_ROW, Math.floor(budget / perRow)));
}

/** The band read (null: the used range starts below row N) and its contents. */
export type FirstRead = { band: Band; contents: Contents } | null;

/** Queues the loads of the active sheet's first `rows` rows (read them after the sync with firstReadOf). */
export function queueFirstRows(active: Excel.Worksheet, rows: number): Excel.Range {
  const range = active.getUsedRange(true).getIntersectionOrNullObject(active.getRangeByIndexes(0, 0, rows, LAST_COLUMN));
  range.load('rowIndex,columnIndex,rowCount,columnCount,values,text,numberFormat,formulas');
  return range;
}

/** The rows queueFirstRows asked for, once synced, as a band of `sheet`. */
export function firstReadOf(range: Excel.Range, sheet: string): FirstRead {
  if (range.isNullObject) return null;
  const area = { top: range.rowIndex + 1, left: range.columnIndex + 1, bottom: range.rowIndex + range.rowCount, right: range.columnIndex + range.columnCount };
  return { band: { sheet, area }, contents: { values: range.values, text: range.text, numberFormat: range.numberFormat, formulas: range.formulas } };
}

/** Response bytes per row of a band read (JSON size of what Excel answered). */
export function bytesPerRow(band: Band, contents: Contents): number {
  return JSON.stringify(contents).length / (band.area.bottom - band.area.top + 1);
}
