/**
 * What "the same workbook" means for the offline page's download and the command line's output:
 * the same sheets (names, order, visibility) and, per cell, the same value, formula, number format
 * and note. The backup sheet is compared by what it holds (decoded: it is stored compressed), its
 * run time (`when`) being the only thing allowed to differ.
 */
import ExcelJS from 'exceljs';
import { LEDGER_SHEET } from '../../src/core/ledger';
import { readBackup } from '../../src/xlsx/ledger';

export interface CellContent {
  value: unknown;
  formula: string | null;
  numFmt: string | null;
  note: string | null;
}

export interface SheetContent {
  name: string;
  state: string;
  cells: Record<string, CellContent>;
}

const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;

function noteText(n: unknown): string | null {
  if (n == null) return null;
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: Array<{ text?: string }> }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : JSON.stringify(n);
}

function plain(v: ExcelJS.CellValue): { value: unknown; formula: string | null } {
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as unknown as Record<string, unknown>;
    if (typeof o.formula === 'string' || typeof o.sharedFormula === 'string') return { value: null, formula: String(o.formula ?? o.sharedFormula) };
    if (Array.isArray(o.richText)) return { value: (o.richText as Array<{ text: string }>).map((r) => r.text).join(''), formula: null };
  }
  if (typeof v === 'string') return { value: v.replace(ISO_TIME, '<waktu>'), formula: null };
  return { value: v instanceof Date ? v.toISOString() : v ?? null, formula: null };
}

export async function workbookContent(data: ArrayBuffer | Buffer): Promise<SheetContent[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const cells: Record<string, CellContent> = {};
    if (ws.name === LEDGER_SHEET) {
      const backup = readBackup(wb);
      const held = backup ? JSON.stringify({ ...backup, when: '<waktu>' }) : null;
      return { name: ws.name, state: ws.state, cells: { backup: { value: held, formula: null, numFmt: null, note: null } } };
    }
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const { value, formula } = plain(cell.value);
        const note = noteText(cell.note);
        const numFmt = cell.numFmt ?? null;
        if (value === null && formula === null && note === null && !numFmt) return;
        cells[cell.address] = { value, formula, numFmt, note };
      }),
    );
    return { name: ws.name, state: ws.state, cells };
  });
}
