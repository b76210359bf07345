/**
 * The refusals of real Excel that the in-memory Excel enforces, each as Microsoft documents it
 * (paths in OfficeDev/office-js-docs-pr, or the office-js issue that records it). The add-in must
 * cope with every one; tests/excel/real-excel.test.ts shows it does.
 */
import type { Area } from '../../core/grid';

/**
 * docs/concepts/resource-limits-and-performance-optimization.md, "Excel add-ins": "Excel on the web
 * has a payload size limit for requests and responses of 5MB" (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded in docs/testing/application-specific-api-error-handling.md).
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * Same page: "A range is limited to 5,000,000 cells for read operations. When a read exceeds this
 * limit, the API will either return null or throw an error" (RangeExceedsLimit: "The cell count in
 * the range has exceeded the maximum supported number").
 */
export const READ_CELL_LIMIT = 5_000_000;

/**
 * Range.getMergedAreasOrNullObject fails when the range holds more than 512 merged areas, and the
 * failure takes the whole sync with it (OfficeDev/office-js#1590; the same API returns only the
 * merged areas whose top-left cell lies in the range, OfficeDev/office-js#3611).
 */
export const MERGED_AREAS_LIMIT = 512;

/** What a person can do to Excel while the pane is open (each refuses every request). */
export interface Conditions {
  /** A cell is being edited: InvalidOperationInCellEditMode ("The operation isn't available while Excel is in Edit cell mode"). */
  editMode: boolean;
  /** Another workbook has the focus: InactiveWorkbook ("multiple workbooks are open and the workbook being called by this API has lost focus"). */
  inactive: boolean;
  /** Review > Protect Workbook (structure): adding, deleting, renaming, hiding or moving sheets is refused (AccessDenied, as for a protected sheet). */
  structureProtected: boolean;
  /**
   * Cells where comments.add answers NotImplemented ("The requested feature isn't implemented",
   * some Windows builds: OfficeDev/office-js#1847), as `Sheet!A1`; '*' for every cell.
   */
  commentsNotImplemented: Set<string>;
}

export function noConditions(): Conditions {
  return { editMode: false, inactive: false, structureProtected: false, commentsNotImplemented: new Set() };
}

export interface RefusalError {
  code: string;
  message: string;
}

/** docs/testing/application-specific-api-error-handling.md: the refusal of a whole request, or null. */
export function requestRefusal(c: Conditions): RefusalError | null {
  if (c.editMode) return { code: 'InvalidOperationInCellEditMode', message: "The operation isn't available while Excel is in Edit cell mode." };
  if (c.inactive) return { code: 'InactiveWorkbook', message: 'The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.' };
  return null;
}

const overlaps = (a: Area, b: Area) => !(a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right);
const contains = (outer: Area, inner: Area) => outer.top <= inner.top && outer.bottom >= inner.bottom && outer.left <= inner.left && outer.right >= inner.right;

/**
 * A write rectangle (values, formulas, number formats) of more than one cell that covers part of a
 * merged area, or spans rows of a filtered range: MergedRangeConflict / FilteredRangeConflict
 * (docs/testing/application-specific-api-error-handling.md). A single cell is always writable.
 */
export function writeConflict(area: Area, merges: Area[], filter: { range: Area; filtered: boolean } | null): RefusalError | null {
  if (area.top === area.bottom && area.left === area.right) return null;
  const m = merges.find((x) => overlaps(x, area) && !contains(area, x));
  if (m) return { code: 'MergedRangeConflict', message: 'Cannot complete the operation. A table can\'t overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.' };
  if (filter?.filtered && area.bottom > area.top && overlaps(filter.range, area)) {
    return { code: 'FilteredRangeConflict', message: 'The attempted operation causes a conflict with a filtered range.' };
  }
  return null;
}

/**
 * Text written through `values`/`formulas` is read as typed: `=...` is a formula, and text starting
 * with `+`, `-` or `@` that is not a number is taken as a formula too (`+62 812` -> `=+62 812`,
 * `@ketua` -> an implicit intersection), unless the cell is formatted as text (`@`) or the text
 * starts with an apostrophe, which Excel keeps as a prefix and does not store
 * (OfficeDev/office-js#6687: "To ensure excel treats these as plain text, they start the entry
 * with a single quote"). Returns the formula to store, the text, or null for "not text".
 */
export function typedText(input: string, textFormat: boolean): { formula: string } | { text: string } {
  if (input.startsWith("'")) return { text: input.slice(1) };
  if (textFormat) return { text: input };
  if (input.startsWith('=') && input.length > 1) return { formula: input };
  if (/^[+\-@]/.test(input) && input.length > 1) return { formula: input.startsWith('@') ? `=${input.slice(1)}` : `=${input}` };
  return { text: input };
}
