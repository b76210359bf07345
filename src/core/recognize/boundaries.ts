/**
 * Boundaries: where a table ends. ONE place decides "page break: continue or end": a row that
 * looks like the end of the table continues it when the table's own header is repeated within
 * the next rows (a page break in a PDF-extracted sheet), and the remark says so once.
 */
import { remark, type Remark } from '../../i18n/remarks';
import { lookAbove } from './above';
import { tryHeader } from './header';
import { isDecoration, yearFromText } from './text';
import type { Ctx, Layout } from './layout';

/** What to do after a row: go on, go on after row `to`, or end the table at row `end`. */
export type Step = { go: 'next' } | { go: 'skip'; to: number } | { go: 'end'; end: number };

export const NEXT: Step = { go: 'next' };

/** The table's header again at `at`: read on after it, with a remark. */
function repeated(remarks: Remark[], at: number, span: number): Step {
  remarks.push(remark('judul-diulang', { baris: at }));
  return { go: 'skip', to: at + span - 1 };
}

/** A header identical to the table's own within the next rows (page break with a page title between). */
export function findRepeat(ctx: Ctx, lay: Layout, from: number): number | null {
  const { sh } = ctx;
  const last = Math.min(sh.bottom, from + 8);
  const expected = lay.year ?? lookAbove(sh, lay.headerRow, sh.top).year ?? yearFromText(sh.g.sheet);
  for (let r = from; r <= last; r++) {
    const cs = sh.cells(r);
    const first = cs[0];
    if (first && /^(\*\*)?\s*tabel\s*[ivx\d]/i.test(first[1])) return null; // a new numbered table
    // A page title repeats the table's year; a title naming another year starts another table.
    for (const [, t] of cs) {
      const y = t.length <= 300 ? yearFromText(t) : null;
      if (y !== null && y !== expected) return null;
    }
    if (!ctx.hints[r - sh.top]) continue;
    const other = tryHeader(ctx, r);
    if (other && other.signature === lay.signature) return r;
    if (other) return null;
  }
  return null;
}

/** The table seems to end at `row`: continue after a repeated header (page break), else end before `row`. */
export function continueOrEnd(ctx: Ctx, lay: Layout, row: number, remarks: Remark[]): Step {
  const jump = findRepeat(ctx, lay, row);
  return jump === null ? { go: 'end', end: row - 1 } : repeated(remarks, jump, lay.headerSpan);
}

/** A header at `row`: the table's own (continue after it) or another table's (continue or end); null when none. */
function atHeader(ctx: Ctx, lay: Layout, row: number, remarks: Remark[]): Step | null {
  if (!ctx.hints[row - ctx.sh.top]) return null;
  const other = tryHeader(ctx, row);
  if (!other) return null;
  if (other.signature === lay.signature) return repeated(remarks, row, other.headerSpan);
  return continueOrEnd(ctx, lay, row, remarks);
}

/**
 * Walks the table's rows from its first data row: two empty rows end it, decoration rows are
 * passed over, a header row continues or ends it; every other row goes to `onRow` (with whether
 * an empty row came just before). Returns the last row of the walk.
 */
export function walkRows(ctx: Ctx, lay: Layout, remarks: Remark[], onRow: (row: number, afterBlank: boolean) => Step): number {
  const { sh } = ctx;
  let blank = 0;
  for (let row = lay.dataTop; row <= sh.bottom; row++) {
    const cells = sh.cells(row);
    if (cells.length === 0) {
      if (++blank >= 2) return row;
      continue;
    }
    if (isDecoration(cells)) continue;
    const afterBlank = blank > 0;
    blank = 0;
    const step = atHeader(ctx, lay, row, remarks) ?? onRow(row, afterBlank);
    if (step.go === 'skip') row = step.to;
    else if (step.go === 'end') return step.end;
  }
  return sh.bottom;
}
