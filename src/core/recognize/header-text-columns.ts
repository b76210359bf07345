/**
 * Header reading, text columns: a `Sasaran` or `Indikator` header over two columns (a code and the
 * text) reads its content from the column with the most text; the code column becomes `No`.
 */
import { colLetter } from '../grid';
import type { Role } from '../types';
import { remark } from '../../i18n/remarks';
import type { Layout } from './layout';
import type { Sheet } from './sheet';
import { NUMBER_ONLY } from './text';

/** Text length in column `c` over the first data rows (paragraphs left out). */
function textIn(sh: Sheet, lay: Layout, c: number, last: number): number {
  let len = 0;
  for (let r = lay.dataTop; r <= last; r++) {
    if (sh.cells(r).length < 2) continue; // paragraphs are not table rows
    const t = sh.t(r, c);
    if (t && !NUMBER_ONLY.test(t)) len += Math.min(t.length, 300);
  }
  return len;
}

/** The header's own column holds numbering or codes: a `no` column when there is none. */
function takeNumbering(sh: Sheet, lay: Layout, role: Role, col: number, last: number): void {
  if (lay.columns.no !== undefined || role !== 'indikator') return;
  let numbered = 0;
  let filled = 0;
  for (let r = lay.dataTop; r <= last; r++) {
    const t = sh.t(r, col);
    if (!t) continue;
    filled++;
    if (NUMBER_ONLY.test(t)) numbered++;
  }
  if (filled > 0 && numbered * 2 >= filled) {
    lay.columns.no = col;
    lay.headers.no = lay.headers[role];
  }
}

/** Columns that hold text (names) rather than values: pick the one inside a header's span with the most text. */
export function refineTextColumn(sh: Sheet, lay: Layout, role: Role, spanEnd: number): void {
  const col = lay.columns[role];
  if (col === undefined || spanEnd <= col) return;
  const taken = new Set<number>();
  for (const r of Object.keys(lay.columns) as Role[]) if (r !== role) taken.add(lay.columns[r]!);
  const last = Math.min(sh.bottom, lay.dataTop + 30);
  let best = col;
  let bestLen = -1;
  for (let c = col; c <= spanEnd; c++) {
    if (c !== col && taken.has(c)) break;
    const len = textIn(sh, lay, c, last);
    if (len > bestLen) {
      bestLen = len;
      best = c;
    }
  }
  if (best === col) return;
  takeNumbering(sh, lay, role, col, last);
  lay.columns[role] = best;
  lay.remarks.push(remark('kolom-teks-melebar', { judul: lay.headers[role] ?? '', kolom: colLetter(best) }));
}
