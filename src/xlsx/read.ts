/**
 * exceljs adapter, read side: an .xlsx file -> WorkbookSnapshot (Grids with values, displayed
 * text, number formats, formulas, merged areas, notes).
 */
import type { WorkbookSnapshot } from '../core/grid';

export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  void path;
  throw new Error('readWorkbookFile: belum diimplementasikan');
}

export async function readWorkbookBuffer(data: Buffer | ArrayBuffer, file?: string): Promise<WorkbookSnapshot> {
  void data; void file;
  throw new Error('readWorkbookBuffer: belum diimplementasikan');
}
