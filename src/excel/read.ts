/**
 * Read side of the Office.js adapter: every sheet the engine needs as a Grid, plus what the write
 * side must know (protection, filters, existing comments/notes, tables, the add-in's hidden
 * sheets), within Excel's limits:
 *   sync 1: sheet list, active sheet, workbook protection, comment and note items, the setting;
 *   sync 2: every sheet's used range by values (valuesOnly: formatted empty cells do not count)
 *           and its full extent (for merged areas), protection, tables, charts, AutoFilter; every
 *           comment's and note's cell;
 *   sync 3+: the contents in row bands packed under the response budget (read-bands.ts): one sync
 *           while the whole workbook fits (about 62,000 cells at the default 4 MB budget);
 *   last:    merged areas in bands of 256 rows (read-merges.ts), one sync unless one fails.
 * So the number of syncs does not grow with the row count until the contents pass the budget.
 */
import type { Area, CellValue, Grid, WorkbookSnapshot } from '../core/grid';
import { MARK } from '../core/comment-mark';
import { DEFAULT_BUDGET } from './apply';
import { cellOf, parseAreasAddress, splitAddress } from './read-address';
import type { Band } from './read-bands';
import { planBands, readInBands, READ_CELL_LIMIT } from './read-bands';
import type { MergeRead } from './read-merges';
import { readMerges } from './read-merges';
import { stopsRun } from './errors';

export { parseAreasAddress } from './read-address';

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
  /** ExcelApi 1.9: Range.copyFrom (style of appended columns), Worksheet.autoFilter. */
  copyStyle: boolean;
}

export interface ReadOptions {
  /** Load the user's sheets as Grids (default true); false reads only what Pulihkan needs. */
  grids?: boolean;
  /** Response budget per request in bytes (default 4,000,000, under Excel on the web's 5 MB). */
  budget?: number;
}

export interface SheetMeta {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  tables: string[];
  charts: string[];
  /** The AutoFilter range when it hides rows (writes must not span its rows). */
  filter: Area | null;
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

/** Something the read could not do in full, for the run's remarks (the flows word them). */
export interface ReadRemark {
  kind: 'merges-unreadable' | 'sheet-too-large';
  sheet: string;
}

export interface WorkbookRead {
  /** The user's sheets as Grids (the add-in's hidden sheets left out), in tab order. */
  snapshot: WorkbookSnapshot;
  active: string;
  sheets: SheetMeta[];
  /** Review > Protect Workbook: sheets cannot be added, deleted, renamed or hidden. */
  structureProtected: boolean;
  /** null when the API is not available. */
  comments: ExistingThread[] | null;
  notes: ExistingThread[] | null;
  /** Raw settings: the hidden sheet's column A joined, and the Office setting's value. */
  settingsSheet: string | null;
  settingsOffice: unknown;
  /** Raw backup JSON (column A of BACKUP_SHEET joined), or null. */
  backupRaw: string | null;
  remarks: ReadRemark[];
}

/** A sheet too large to read at all (a stray value at XFD1048576): left out with a remark. */
const MAX_SHEET_CELLS = READ_CELL_LIMIT;

interface Contents {
  values: unknown[][];
  text?: unknown[][];
  numberFormat?: unknown[][];
  formulas?: unknown[][];
}

function toGrid(name: string, visibility: SheetMeta['visibility'], at: Area | null, c: Contents | null, merges: Area[]): Grid {
  const vis = visibility === 'VeryHidden' ? 'veryHidden' : visibility === 'Hidden' ? 'hidden' : 'visible';
  if (!at || !c) return { sheet: name, top: 1, left: 1, values: [], text: [], formats: [], formulas: [], merges: [], visibility: vis };
  const values: CellValue[][] = c.values.map((row) => row.map((v) => (v === '' || v === undefined ? null : (v as CellValue))));
  // Text Excel keeps as text (written with a leading apostrophe) reads back from `formulas` as the
  // text itself: a formula is a formula text that differs from the cell's value.
  const formulas = (c.formulas ?? []).map((row, i) =>
    row.map((f, j) => (typeof f === 'string' && f.startsWith('=') && f.length > 1 && f !== values[i][j] ? f : null)),
  );
  return {
    sheet: name,
    top: at.top,
    left: at.left,
    values,
    text: (c.text ?? []).map((row) => row.map((t) => String(t ?? ''))),
    formats: (c.numberFormat ?? []).map((row) => row.map((f) => (typeof f === 'string' && f ? f : 'General'))),
    formulas,
    merges,
    visibility: vis,
  };
}

interface Head {
  sheets: Excel.WorksheetCollection;
  active: Excel.Worksheet;
  structure: { protected: boolean } | null;
  comments: Excel.CommentCollection | null;
  notes: Excel.NoteCollection | null;
  setting: Excel.Setting;
}

/** Sync 1: the sheet list, the active sheet, workbook protection, comments, notes, the setting. */
async function readHead(context: Excel.RequestContext, caps: Capabilities): Promise<Head> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load('items/name,items/visibility');
  const active = wb.worksheets.getActiveWorksheet();
  active.load('name');
  const protection = (wb as unknown as { protection?: Excel.WorkbookProtection }).protection ?? null;
  protection?.load('protected');
  const comments = caps.comments ? wb.comments : null;
  comments?.load('items/id,items/content,items/authorName');
  const notes = caps.notes ? wb.notes : null;
  notes?.load('items/content,items/authorName');
  const setting = wb.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load('value');
  await context.sync();
  return { sheets, active, structure: protection, comments, notes, setting };
}

interface SheetInfo {
  ws: Excel.Worksheet;
  name: string;
  own: boolean;
  visibility: SheetMeta['visibility'];
  used: Excel.Range | null;
  full: Excel.Range | null;
  tables: Excel.TableCollection;
  charts: Excel.ChartCollection;
  filter: { af: Excel.AutoFilter; range: Excel.Range } | null;
  /** The whole sheet's merged areas, asked for in the same sync when `withMerges`. */
  merged: Excel.RangeAreas | null;
}

function areaOf(r: Excel.Range | null): Area | null {
  if (!r || r.isNullObject) return null;
  return { top: r.rowIndex + 1, left: r.columnIndex + 1, bottom: r.rowIndex + r.rowCount, right: r.columnIndex + r.columnCount };
}

/**
 * Sync 2: used ranges (dimensions only), protection, tables, charts, filters, thread cells; with
 * `withMerges`, each sheet's merged areas too (fails when a sheet has more than 512: the caller
 * then reads them in bands, read-merges.ts).
 */
async function readSheetInfo(context: Excel.RequestContext, caps: Capabilities, head: Head, withGrids: boolean, withMerges: boolean) {
  const infos: SheetInfo[] = head.sheets.items.map((ws) => {
    const own = isOwnSheet(ws.name);
    const used = own || withGrids ? ws.getUsedRangeOrNullObject(true) : null;
    used?.load('rowIndex,columnIndex,rowCount,columnCount');
    const full = !own && withGrids && caps.merges ? ws.getUsedRangeOrNullObject(false) : null;
    full?.load('rowIndex,columnIndex,rowCount,columnCount');
    ws.protection.load('protected');
    const tables = ws.tables;
    tables.load('items/name');
    const charts = ws.charts;
    charts.load('items/name');
    const af = !own && caps.copyStyle ? (ws as unknown as { autoFilter?: Excel.AutoFilter }).autoFilter : undefined;
    let filter: SheetInfo['filter'] = null;
    if (af) {
      af.load('enabled,isDataFiltered');
      const range = af.getRangeOrNullObject();
      range.load('address');
      filter = { af, range };
    }
    const merged = withMerges && full ? full.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    return { ws, name: ws.name, own, visibility: ws.visibility as SheetMeta['visibility'], used, full, tables, charts, filter, merged };
  });
  const locate = (items: Array<{ getLocation(): Excel.Range }>) => items.map((c) => { const r = c.getLocation(); r.load('address'); return r; });
  const commentLocs = head.comments ? locate(head.comments.items) : [];
  const noteLocs = head.notes ? locate(head.notes.items) : [];
  await context.sync();
  return { infos, commentLocs, noteLocs };
}

/** Sync 3+: the contents of every sheet in bands (own sheets: values only). */
async function readContents(context: Excel.RequestContext, areas: Band[], own: Set<string>, budget: number): Promise<Map<string, Contents>> {
  const plan = planBands(areas, budget);
  const got = await readInBands(plan.requests, async (req) => {
    const ranges = req.map((b) => {
      const r = context.workbook.worksheets
        .getItem(b.sheet)
        .getRangeByIndexes(b.area.top - 1, b.area.left - 1, b.area.bottom - b.area.top + 1, b.area.right - b.area.left + 1);
      if (own.has(b.sheet)) r.load('values');
      else r.load('values,text,numberFormat,formulas');
      return r;
    });
    await context.sync();
    return ranges.map((r, i): Contents => (own.has(req[i].sheet) ? { values: r.values } : { values: r.values, text: r.text, numberFormat: r.numberFormat, formulas: r.formulas }));
  });
  const out = new Map<string, Contents>();
  for (const { band, result } of got) {
    const cur = out.get(band.sheet);
    if (!cur) {
      out.set(band.sheet, own.has(band.sheet) ? { values: [...result.values] } : { values: [...result.values], text: [...result.text!], numberFormat: [...result.numberFormat!], formulas: [...result.formulas!] });
      continue;
    }
    cur.values.push(...result.values);
    if (!own.has(band.sheet)) {
      cur.text!.push(...result.text!);
      cur.numberFormat!.push(...result.numberFormat!);
      cur.formulas!.push(...result.formulas!);
    }
  }
  return out;
}

function threadsOf(items: Array<{ id?: string; content: string; authorName: string }>, locs: Excel.Range[]): ExistingThread[] {
  return items.map((c, i) => ({
    id: c.id ?? '',
    sheet: splitAddress(locs[i].address).sheet,
    cell: cellOf(locs[i].address),
    content: c.content,
    author: c.authorName,
    ours: c.content.startsWith(MARK),
  }));
}

function metaOf(s: SheetInfo): SheetMeta {
  const f = s.filter;
  const filtered = !!f && f.af.enabled && f.af.isDataFiltered && !f.range.isNullObject;
  return {
    name: s.name,
    visibility: s.visibility,
    protected: s.ws.protection.protected,
    tables: s.tables.items.map((t) => t.name),
    charts: s.charts.items.map((c) => c.name),
    filter: filtered ? parseAreasAddress(f!.range.address)[0] ?? null : null,
  };
}

const cellCount = (a: Area) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

function mergesOf(infos: SheetInfo[]): MergeRead {
  const merges = new Map<string, Area[]>();
  for (const s of infos) if (s.merged) merges.set(s.name, s.merged.isNullObject ? [] : parseAreasAddress(s.merged.address));
  return { merges, unreadable: [] };
}

function mergeBandsOf(infos: SheetInfo[], wanted: boolean): Band[] {
  if (!wanted) return [];
  return infos.flatMap((s) => {
    const a = s.own ? null : areaOf(s.full);
    return a && cellCount(a) <= MAX_SHEET_CELLS ? [{ sheet: s.name, area: a }] : [];
  });
}

export async function readWorkbook(context: Excel.RequestContext, caps: Capabilities, opts: ReadOptions = {}): Promise<WorkbookRead> {
  const withGrids = opts.grids !== false;
  const head = await readHead(context, caps);
  const wantMerges = withGrids && caps.merges;
  let info: Awaited<ReturnType<typeof readSheetInfo>>;
  let mergesRead = wantMerges;
  try {
    info = await readSheetInfo(context, caps, head, withGrids, wantMerges);
  } catch (err) {
    if (!wantMerges || stopsRun(err)) throw err;
    info = await readSheetInfo(context, caps, head, withGrids, false);
    mergesRead = false;
  }
  const { infos, commentLocs, noteLocs } = info;
  const remarks: ReadRemark[] = [];
  const areas: Band[] = [];
  for (const s of infos) {
    const at = areaOf(s.used);
    if (!at) continue;
    if (cellCount(at) > MAX_SHEET_CELLS) remarks.push({ kind: 'sheet-too-large', sheet: s.name });
    else areas.push({ sheet: s.name, area: at });
  }
  const own = new Set(infos.filter((s) => s.own).map((s) => s.name));
  const contents = await readContents(context, areas, own, opts.budget ?? DEFAULT_BUDGET);
  const merged = mergesRead ? mergesOf(infos) : await readMerges(context, mergeBandsOf(infos, wantMerges));
  for (const sheet of merged.unreadable) remarks.push({ kind: 'merges-unreadable', sheet });
  const ownText = (name: string) => (contents.get(name)?.values ?? []).map((r) => String(r[0] ?? '')).join('') || null;
  const grids: Grid[] = [];
  for (const s of infos) {
    if (s.own || !withGrids) continue;
    const at = areas.find((a) => a.sheet === s.name)?.area ?? null;
    grids.push(toGrid(s.name, s.visibility, at, contents.get(s.name) ?? null, merged.merges.get(s.name) ?? []));
  }
  return {
    snapshot: { sheets: grids, activeSheet: head.active.name },
    active: head.active.name,
    sheets: infos.map(metaOf),
    structureProtected: !!head.structure?.protected,
    comments: head.comments ? threadsOf(head.comments.items, commentLocs) : null,
    notes: head.notes ? threadsOf(head.notes.items.map((n) => ({ content: n.content, authorName: n.authorName })), noteLocs) : null,
    settingsSheet: ownText(SETTINGS_SHEET),
    settingsOffice: head.setting.isNullObject ? null : head.setting.value,
    backupRaw: ownText(BACKUP_SHEET),
    remarks,
  };
}
