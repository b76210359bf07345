/**
 * How the sheets the add-in creates print (staff paste them into the LKjIP): A4 landscape, one
 * page wide and as many pages tall as the rows need, the table's header row repeated at the top of
 * every page. Both writers apply it: the file writer as `<pageSetup>` and `_xlnm.Print_Titles`,
 * Excel through `worksheet.pageLayout` (ExcelApi 1.9).
 */
import type { PrintSetup } from './types';

export function printSetup(headerRow: number): PrintSetup {
  return { orientation: 'landscape', paper: 'A4', fitWidth: 1, titleRows: { from: headerRow, to: headerRow } };
}

/** Points per line of wrapped 11-pt text (Excel's default row height). */
export const LINE_PT = 15;

/** Lines a wrapped text takes in a column `width` characters wide (each paragraph at least one; words wrap whole). */
export function linesOf(text: string, width: number): number {
  const per = Math.max(1, Math.floor(width * 1.1) - 1);
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    let n = 1;
    let used = 0;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const len = word.length;
      if (used > 0 && used + 1 + len > per) {
        n++;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + len;
      while (used > per) {
        n++;
        used -= per;
      }
    }
    lines += n;
  }
  return lines;
}
