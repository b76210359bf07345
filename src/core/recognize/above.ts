/** What stands above a table's header: a title, the year it names, a `Sasaran ... :` label. */
import { clean, type Sheet } from './sheet';
import { DECORATION, SASARAN_LABEL, isSasaranLabel, yearFromText } from './text';

export interface Above {
  title: string | null;
  year: number | null;
  sasaran: string | null;
}

/** Texts of up to 6 rows above the header, nearest first (decoration rows left out). */
function textsAbove(sh: Sheet, headerRow: number, minRow: number): string[] {
  const texts: string[] = [];
  for (let r = headerRow - 1; r >= Math.max(minRow, headerRow - 6, sh.top); r--) {
    const cs = sh.cells(r);
    if (cs.length === 0 || cs.every(([, t]) => DECORATION.test(t))) continue;
    texts.push(clean(cs.map(([, t]) => t).join(' ')));
  }
  return texts;
}

/** The sasaran named by the nearest `Sasaran ... :` label (its own text, else the row under it). */
function sasaranLabel(texts: string[]): string | null {
  for (let i = 0; i < texts.length; i++) {
    if (!isSasaranLabel(texts[i])) continue;
    const m = SASARAN_LABEL.exec(texts[i]);
    const rest = m ? clean(m[5] ?? '') : '';
    const found = rest || (i > 0 ? texts[i - 1] : null);
    if (found !== null) return found;
  }
  return null;
}

/** Title text and year from up to 6 rows above the header; also a `Sasaran ... :` label there. */
export function lookAbove(sh: Sheet, headerRow: number, minRow: number): Above {
  const texts = textsAbove(sh, headerRow, minRow);
  const sasaran = sasaranLabel(texts);
  let title: string | null = null;
  let year: number | null = null;
  for (const text of texts) {
    if (isSasaranLabel(text) || (sasaran !== null && text === sasaran)) continue;
    if (text.length > 200) continue; // a paragraph, not a title
    if (title === null) title = text;
    if (year === null) year = yearFromText(text);
    if (title !== null && year !== null) break;
  }
  return { title, year, sasaran };
}
