/**
 * A formula moved by (rows, cols), as Excel translates a shared formula for each cell of its range
 * (ECMA-376 Part 1 §18.3.1.40, `t="shared"`): relative references move, `$` parts stay.
 * Text in double quotes and quoted sheet names are left alone; a name followed by `(` is a function.
 */
import { colLetter, colNumber } from '../core/grid';

const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])/y;
const WORD = /[A-Za-z_\\][\w.]*/y;

export function shiftFormula(f: string, dRow: number, dCol: number): string {
  let out = '';
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      const end = f.indexOf(ch, i + 1);
      const stop = end < 0 ? f.length : end + 1;
      out += f.slice(i, stop);
      i = stop;
      continue;
    }
    const prev = i > 0 ? f[i - 1] : '';
    if (/[A-Za-z$]/.test(ch) && !/[\w.]/.test(prev)) {
      REF.lastIndex = i;
      const m = REF.exec(f);
      if (m) {
        const col = m[1] ? m[2] : colLetter(Math.max(1, colNumber(m[2].toUpperCase()) + dCol));
        const row = m[3] ? m[4] : String(Math.max(1, Number(m[4]) + dRow));
        out += `${m[1]}${col}${m[3]}${row}`;
        i = REF.lastIndex;
        continue;
      }
      WORD.lastIndex = i;
      const w = WORD.exec(f);
      if (w) {
        out += w[0];
        i = WORD.lastIndex;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
