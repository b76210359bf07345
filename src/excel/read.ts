/**
 * Read side of the Office.js adapter: every sheet the engine needs as a Grid, plus what the write
 * side must know (protection, existing comments/notes, tables, the add-in's hidden sheets), in
 * TWO syncs whatever the row count:
 *   sync 1: sheet list, active sheet, comment and note items, the Office setting;
 *   sync 2: every sheet's used range (values, text, number formats, formulas), its merged areas,
 *           protection, tables and charts; every comment's and note's cell.
 */
import type { Area, CellValue, Grid, WorkbookSnapshot } from '../core/grid';
import { parseArea } from '../core/grid';
import { MARK } from '../core/comment-mark';

export const SETTINGS_SHEET = '_capaianpk';
export const BACKUP_SHEET = '_capaianpk_backup';
/** Office document setting holding the same JSON as SETTINGS_SHEET!A1. */
export const SETTINGS_KEY = 'capaianpk.settings';
/** Every comment or note the add-in writes starts with MARK (one format for every host: src/core/comment-mark.ts). */
export { MARK };

export function isOwnSheet(name: string): boolean {
  return name === SETTINGS_SHEET || name === BACKUP_SHEET;
}

export interface Capabilities {
  /** ExcelApi 1.10: threaded comments. */
  comments: boolean;
  /** ExcelApi 1.18: notes. */
  notes: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject (else merged areas are not read). */
  merges: boolean;
  /** ExcelApi 1.9: Range.copyFrom (style of appended columns). */
  copyStyle: boolean;
}

export interface ReadOptions {
  /** Load the user's sheets as Grids (default true); false reads only what Pulihkan needs. */
  grids?: boolean;
}

export interface SheetMeta {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  tables: string[];
  charts: string[];
}

export interface ExistingThread {
  id: string;
  sheet: string;
  cell: string;
  content: string;
  author: string;
  /** True when the add-in wrote it (content starts with MARK). */
  ours: boolean;
}

export interface WorkbookRead {
  /** The user's sheets as Grids (the add-in's hidden sheets left out), in tab order. */
  snapshot: WorkbookSnapshot;
  active: string;
  sheets: SheetMeta[];
  /** null when the API is not available. */
  comments: ExistingThread[] | null;
  notes: ExistingThread[] | null;
  /** Raw settings: the hidden sheet's column A joined, and the Office setting's value. */
  settingsSheet: string | null;
  settingsOffice: unknown;
  /** Raw backup JSON (column A of BACKUP_SHEET joined), or null. */
  backupRaw: string | null;
}

type AnyRange = Excel.Range;

function splitAddress(address: string): { sheet: string; ref: string } {
  const i = address.lastIndexOf('!');
  let sheet = address.slice(0, i);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(i + 1).replace(/\$/g, '') };
}

/** 'Sheet 1'!A1:B2, 'Sheet 1'!C3:C4 -> areas */
export function parseAreasAddress(address: string): Area[] {
  const out: Area[] = [];
  const re = /!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address))) {
    out.push(parseArea(m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`));
  }
  return out;
}

function cellOf(address: string): string {
  const { ref } = splitAddress(address);
  return ref.split(':')[0];
}

function toGrid(name: string, visibility: SheetMeta['visibility'], used: AnyRange | null, merged: Excel.RangeAreas | null): Grid {
  const vis = visibility === 'VeryHidden' ? 'veryHidden' : visibility === 'Hidden' ? 'hidden' : 'visible';
  if (!used || used.isNullObject) {
    return { sheet: name, top: 1, left: 1, values: [], text: [], formats: [], formulas: [], merges: [], visibility: vis };
  }
  const values: CellValue[][] = used.values.map((row) => row.map((v) => (v === '' || v === undefined ? null : (v as CellValue))));
  const formulas = (used.formulas as unknown[][]).map((row) =>
    row.map((f) => (typeof f === 'string' && f.startsWith('=') && f.length > 1 ? f : null)),
  );
  return {
    sheet: name,
    top: used.rowIndex + 1,
    left: used.columnIndex + 1,
    values,
    text: used.text.map((row) => row.map((t) => String(t ?? ''))),
    formats: (used.numberFormat as unknown[][]).map((row) => row.map((f) => (typeof f === 'string' && f ? f : 'General'))),
    formulas,
    merges: merged && !merged.isNullObject ? parseAreasAddress(merged.address) : [],
    visibility: vis,
  };
}

export async function readWorkbook(context: Excel.RequestContext, caps: Capabilities, opts: ReadOptions = {}): Promise<WorkbookRead> {
  const withGrids = opts.grids !== false;
  const wb = context.workbook;
  // ---- sync 1
  const sheets = wb.worksheets;
  sheets.load('items/name,items/visibility');
  const active = wb.worksheets.getActiveWorksheet();
  active.load('name');
  const comments = caps.comments ? wb.comments : null;
  comments?.load('items/id,items/content,items/authorName');
  const notes = caps.notes ? wb.notes : null;
  notes?.load('items/content,items/authorName');
  const setting = wb.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load('value');
  await context.sync();

  // ---- sync 2
  const perSheet = sheets.items.map((ws) => {
    const name = ws.name;
    const own = isOwnSheet(name);
    const used = own || withGrids ? ws.getUsedRangeOrNullObject() : null;
    used?.load(own ? 'values' : 'values,text,numberFormat,formulas,rowIndex,columnIndex');
    const merged = own || !used || !caps.merges ? null : used.getMergedAreasOrNullObject();
    merged?.load('address');
    ws.protection.load('protected');
    const tables = ws.tables;
    tables.load('items/name');
    const charts = ws.charts;
    charts.load('items/name');
    return { ws, name, own, used, merged, tables, charts, visibility: ws.visibility as SheetMeta['visibility'] };
  });
  const commentLocs = comments ? comments.items.map((c) => { const r = c.getLocation(); r.load('address'); return r; }) : [];
  const noteLocs = notes ? notes.items.map((n) => { const r = n.getLocation(); r.load('address'); return r; }) : [];
  await context.sync();

  const grids: Grid[] = [];
  const meta: SheetMeta[] = [];
  let settingsSheet: string | null = null;
  let backupRaw: string | null = null;
  for (const s of perSheet) {
    meta.push({
      name: s.name,
      visibility: s.visibility,
      protected: s.ws.protection.protected,
      tables: s.tables.items.map((t) => t.name),
      charts: s.charts.items.map((c) => c.name),
    });
    if (s.own) {
      const text = !s.used || s.used.isNullObject ? '' : s.used.values.map((r) => String(r[0] ?? '')).join('');
      if (s.name === SETTINGS_SHEET) settingsSheet = text || null;
      else backupRaw = text || null;
      continue;
    }
    if (s.used) grids.push(toGrid(s.name, s.visibility, s.used, s.merged));
  }
  const threads = (items: Array<{ id?: string; content: string; authorName: string }>, locs: AnyRange[]): ExistingThread[] =>
    items.map((c, i) => {
      const { sheet } = splitAddress(locs[i].address);
      return {
        id: c.id ?? '',
        sheet,
        cell: cellOf(locs[i].address),
        content: c.content,
        author: c.authorName,
        ours: c.content.startsWith(MARK),
      };
    });
  return {
    snapshot: { sheets: grids, activeSheet: active.name },
    active: active.name,
    sheets: meta,
    comments: comments ? threads(comments.items, commentLocs) : null,
    notes: notes ? threads(notes.items.map((n) => ({ content: n.content, authorName: n.authorName })), noteLocs) : null,
    settingsSheet,
    settingsOffice: setting.isNullObject ? null : setting.value,
    backupRaw,
  };
}
