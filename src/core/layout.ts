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
