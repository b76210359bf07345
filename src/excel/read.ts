/**
 * Read side of the Office.js adapter: every sheet the engine needs as a Grid, plus what the write
 * side must know (protection, filters, existing comments/notes, tables, the add-in's hidden
 * sheets), within Excel's limits:
 *   sync 1: sheet list with each sheet's protection and AutoFilter state (loaded with the
 *           collection), every table and its sheet, active sheet and its used range's size,
 *           workbook protection, comment and note items, the setting; and, when asked
 *           (opts.firstRows), the active sheet's first rows before its size is known
 *           (read-first.ts): a response too large for them is asked for again without them;
 *   sync 2: every other sheet's used range by values (valuesOnly: formatted empty cells do not
 *           count) and its full extent (for merged areas), charts, the range of a filter that
 *           hides rows, merged areas (the active sheet's in bands of 256 rows, read-merges.ts);
 *           every comment's and note's cell (the add-in's own threads left to the caller when it
 *           places them itself: ReadOptions.locateOwn); and the active sheet's contents (the rest
 *           after sync 1's rows), as many row bands as the response budget allows (read-bands.ts:
 *           about 73,000 cells at the default 4.7 MB budget);
 *   sync 3+: only when needed: the rest of the contents (other sheets, the add-in's own sheets, a
 *           large active sheet) in bands packed under the response budget (read-contents.ts);
 *           merged areas again in bands when sync 2 failed on them (more than 512 in one sheet).
 * So a workbook whose active sheet fits the budget is read in 2 syncs (3 with other sheets), and
 * one whose active sheet fits two responses (20,000 indicators) in 2 as well.
 */
import type { Area, CellValue, Grid, WorkbookSnapshot } from '../core/grid';
import { MARK } from '../core/comment-mark';
import { LEDGER_SHEET as BACKUP_SHEET } from '../core/ledger';
import { holdsOutputTable, SETTINGS_SHEET } from '../core/prepare-run';
import { cellOf, parseAreasAddress, splitAddress } from './read-address';
import type { Band } from './read-bands';
import { measuredBytesPerCell, planBands, READ_BUDGET, READ_CELL_LIMIT } from './read-bands';
import type { BandResult, Contents } from './read-contents';
import { contentsBySheet, queueContents, readContents } from './read-contents';
import type { MergeRead } from './read-merges';
import { mergeBands, queueMerges, readMerges } from './read-merges';
import { stopsRun } from './errors';
import type { FirstRead } from './read-first';
import { bytesPerRow, firstReadOf, queueFirstRows } from './read-first';

export { parseAreasAddress } from './read-address';

/** The add-in's own sheets, named once in the core (settings JSON; the backup of earlier runs). */
export { SETTINGS_SHEET, BACKUP_SHEET };
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
  /** Response budget per request in bytes (default READ_BUDGET, under Excel on the web's 5 MB). */
  budget?: number;
  /** Rows of the active sheet asked for in sync 1, before its size is known (read-first.ts firstRows); default none. */
  firstRows?: number;
  /**
   * Ask Excel where each of the add-in's threaded comments is (default true). False: they are
   * returned unplaced (WorkbookRead.unplaced), for the caller to place from the backup's record of
   * where the last run left them (thread-places.ts), asking Excel only for the rest.
   */
  locateOwn?: boolean;
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

/** One of the add-in's threaded comments whose cell was not asked for (ReadOptions.locateOwn false). */
export interface UnplacedThread {
  id: string;
  content: string;
  author: string;
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
  /** null when the API is not available; without the add-in's threads in `unplaced`. */
  comments: ExistingThread[] | null;
  /** The add-in's threaded comments not located (ReadOptions.locateOwn false; else empty). */
  unplaced: UnplacedThread[];
  notes: ExistingThread[] | null;
  /** Raw settings: the hidden sheet's column A joined, and the Office setting's value. */
  settingsSheet: string | null;
  settingsOffice: unknown;
  /** Raw backup JSON (column A of BACKUP_SHEET joined), or null. */
  backupRaw: string | null;
  remarks: ReadRemark[];
  /** Response bytes per row of the active sheet's contents as read (null: none read), for the next read's firstRows. */
  bytesPerRow: number | null;
}

/** A sheet too large to read at all (a stray value at XFD1048576): left out with a remark. */
const MAX_SHEET_CELLS = READ_CELL_LIMIT;


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
  /** Each sheet's name, visibility, protection and (ExcelApi 1.9) AutoFilter state, loaded with the collection. */
  sheets: Excel.WorksheetCollection;
  /** Every table of the workbook with its sheet's name. */
  tables: Excel.TableCollection;
  active: Excel.Worksheet;
  structure: { protected: boolean } | null;
  comments: Excel.CommentCollection | null;
  notes: Excel.NoteCollection | null;
  /** The add-in's document settings (the collection holds only this add-in's, in this file). */
  settings: Excel.SettingCollection;
  /** The active sheet's used range by values and its full extent (sizes only), when grids are read. */
  activeUsed: Excel.Range | null;
  activeFull: Excel.Range | null;
  /** The active sheet's first rows (when asked for). */
  first: FirstRead | null;
}

/** Sync 1: the sheet list, the active sheet and its size, workbook protection, comments, notes, the setting; `firstRows` of the active sheet. */
async function readHead(context: Excel.RequestContext, caps: Capabilities, withGrids: boolean, firstRows: number): Promise<Head> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  // Navigation properties of the items load with the collection: one call for every sheet
  // instead of one per sheet (OfficeExtension.LoadOption's 'text, font/size' form,
  // https://learn.microsoft.com/en-us/javascript/api/office/officeextension.loadoption; the
  // navigation properties Excel.Interfaces.WorksheetLoadOptions lists, `protection` (ExcelApi 1.2)
  // and `autoFilter` (ExcelApi 1.9),
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.interfaces.worksheetloadoptions,
  // and TableLoadOptions `worksheet`, ExcelApi 1.2).
  sheets.load(`items/name,items/visibility,items/protection/protected${caps.copyStyle ? ',items/autoFilter/enabled,items/autoFilter/isDataFiltered' : ''}`);
  const tables = wb.tables;
  tables.load('items/name,items/worksheet/name');
  const active = wb.worksheets.getActiveWorksheet();
  active.load('name');
  const activeUsed = withGrids ? active.getUsedRangeOrNullObject(true) : null;
  activeUsed?.load('rowIndex,columnIndex,rowCount,columnCount');
  const activeFull = withGrids && caps.merges ? active.getUsedRangeOrNullObject(false) : null;
  activeFull?.load('rowIndex,columnIndex,rowCount,columnCount');
  const protection = (wb as unknown as { protection?: Excel.WorkbookProtection }).protection ?? null;
  protection?.load('protected');
  const comments = caps.comments ? wb.comments : null;
  comments?.load('items/id,items/content,items/authorName');
  const notes = caps.notes ? wb.notes : null;
  notes?.load('items/content,items/authorName');
  // the collection rather than getItemOrNullObject: one call, no null check; Excel.SettingCollection's
  // scope is this add-in in this file (https://learn.microsoft.com/en-us/javascript/api/excel/excel.settingcollection)
  const settings = wb.settings;
  settings.load('items/key,items/value');
  const first = withGrids && firstRows > 0 ? queueFirstRows(active, firstRows) : null;
  await context.sync();
  return { sheets, tables, active, structure: protection, comments, notes, settings, activeUsed, activeFull, first: first ? firstReadOf(first, active.name) : null };
}

interface SheetInfo {
  ws: Excel.Worksheet;
  name: string;
  own: boolean;
  visibility: SheetMeta['visibility'];
  used: Excel.Range | null;
  full: Excel.Range | null;
  tables: string[];
  charts: Excel.ChartCollection | null;
  /** The AutoFilter's range, asked for only when the filter hides rows. */
  filter: Excel.Range | null;
  /** The whole sheet's merged areas, asked for in the same sync when `withMerges`. */
  merged: Excel.RangeAreas | null;
}

function areaOf(r: Excel.Range | null): Area | null {
  if (!r || r.isNullObject) return null;
  return { top: r.rowIndex + 1, left: r.columnIndex + 1, bottom: r.rowIndex + r.rowCount, right: r.columnIndex + r.columnCount };
}

/** What sync 2 reads besides the sheet information: the active sheet's first content bands and its merge bands. */
interface Early {
  contents: Band[];
  merges: Band[];
}
const NO_EARLY: Early = { contents: [], merges: [] };

/** The active sheet's rows read in sync 1, as a content band (none for the add-in's own sheets). */
function firstBandOf(head: Head): BandResult[] {
  const f = head.first;
  return f && !isOwnSheet(head.active.name) ? [{ band: f.band, result: f.contents }] : [];
}

function earlyOf(head: Head, wantMerges: boolean, budget: number): Early {
  const sheet = head.active.name;
  const used = areaOf(head.activeUsed);
  const full = areaOf(head.activeFull);
  if (isOwnSheet(sheet)) return NO_EARLY;
  const first = firstBandOf(head);
  const rest = used ? restOf([{ sheet, area: used }], first) : [];
  return {
    contents: used && cellCount(used) <= MAX_SHEET_CELLS ? planBands(rest, budget, measuredBytesPerCell(first)).requests[0] ?? [] : [],
    merges: wantMerges && full && cellCount(full) <= MAX_SHEET_CELLS ? mergeBands([{ sheet, area: full }]) : [],
  };
}

/**
 * Sync 2: used ranges (dimensions only), charts, filter ranges, thread cells, and `early`; with
 * `withMerges`, each other sheet's merged areas too (fails when a sheet has more than 512: the
 * caller then reads them in bands, read-merges.ts).
 */
async function readSheetInfo(context: Excel.RequestContext, caps: Capabilities, head: Head, opts: { withGrids: boolean; withMerges: boolean; locateOwn: boolean }, early: Early) {
  const { withGrids, withMerges } = opts;
  const banded = new Set(early.merges.map((b) => b.sheet));
  const tablesOf = new Map<string, string[]>();
  for (const t of head.tables.items) {
    const list = tablesOf.get(t.worksheet.name);
    if (list) list.push(t.name);
    else tablesOf.set(t.worksheet.name, [t.name]);
  }
  const activeName = head.active.name;
  const infos: SheetInfo[] = head.sheets.items.map((ws) => {
    const own = isOwnSheet(ws.name);
    // the active sheet's used ranges were read in sync 1
    const isActive = ws.name === activeName && !!head.activeUsed;
    const used = isActive ? head.activeUsed : own || withGrids ? ws.getUsedRangeOrNullObject(true) : null;
    if (!isActive) used?.load('rowIndex,columnIndex,rowCount,columnCount');
    const tables = own ? [] : tablesOf.get(ws.name) ?? [];
    // the add-in's result sheets (Temuan, ...) are left out of the analysis and replaced whole: their
    // merged areas matter to nothing (prepare-run.ts holdsOutputTable)
    const output = holdsOutputTable(tables);
    const full = isActive && head.activeFull ? head.activeFull : !own && !output && withGrids && caps.merges ? ws.getUsedRangeOrNullObject(false) : null;
    if (!(isActive && head.activeFull)) full?.load('rowIndex,columnIndex,rowCount,columnCount');
    // the add-in's own sheets hold no table or chart of anyone's
    const charts = own ? null : ws.charts;
    charts?.load('items/name');
    const af = !own && caps.copyStyle ? (ws as unknown as { autoFilter?: Excel.AutoFilter }).autoFilter : undefined;
    const filter = af && af.enabled && af.isDataFiltered ? af.getRangeOrNullObject() : null;
    filter?.load('address');
    const merged = withMerges && full && !banded.has(ws.name) ? full.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    return { ws, name: ws.name, own, visibility: ws.visibility as SheetMeta['visibility'], used, full, tables, charts, filter, merged };
  });
  const locate = (items: Array<{ getLocation(): Excel.Range }>) => items.map((c) => { const r = c.getLocation(); r.load('address'); return r; });
  // the add-in's threads are left unplaced when the caller places them (thread-places.ts)
  const comments = head.comments?.items ?? [];
  const located = opts.locateOwn ? comments : comments.filter((c) => !c.content.startsWith(MARK));
  const unplaced = opts.locateOwn ? [] : comments.filter((c) => c.content.startsWith(MARK)).map((c) => ({ id: c.id, content: c.content, author: c.authorName }));
  const commentLocs = locate(located);
  const noteLocs = head.notes ? locate(head.notes.items) : [];
  const own = new Set(infos.filter((s) => s.own).map((s) => s.name));
  const contents = queueContents(context, early.contents, own);
  const merges = queueMerges(context, early.merges);
  await context.sync();
  const earlyMerges = new Map<string, Area[]>();
  merges().forEach((areas, i) => earlyMerges.set(early.merges[i].sheet, [...(earlyMerges.get(early.merges[i].sheet) ?? []), ...areas]));
  return { infos, located, commentLocs, unplaced, noteLocs, early: contents(), earlyMerges };
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
  return {
    name: s.name,
    visibility: s.visibility,
    protected: s.ws.protection.protected,
    tables: s.tables,
    charts: s.charts ? s.charts.items.map((c) => c.name) : [],
    filter: f && !f.isNullObject ? parseAreasAddress(f.address)[0] ?? null : null,
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

/** The used areas still to read after sync 2's early bands (a sheet read to row r continues at r + 1). */
function restOf(areas: Band[], early: BandResult[]): Band[] {
  const readTo = new Map<string, number>();
  for (const { band } of early) readTo.set(band.sheet, Math.max(readTo.get(band.sheet) ?? 0, band.area.bottom));
  return areas.flatMap((a) => {
    const to = readTo.get(a.sheet);
    if (to === undefined) return [a];
    return to < a.area.bottom ? [{ sheet: a.sheet, area: { ...a.area, top: to + 1 } }] : [];
  });
}

/** Sync 1; when the active sheet's first rows make it fail (a response or a range too large), again without them. */
async function readHeadOrAgain(context: Excel.RequestContext, caps: Capabilities, withGrids: boolean, firstRows: number): Promise<Head> {
  try {
    return await readHead(context, caps, withGrids, firstRows);
  } catch (err) {
    if (firstRows <= 0 || !withGrids || stopsRun(err)) throw err;
    return readHead(context, caps, withGrids, 0);
  }
}

/** Response bytes per row of the active sheet's contents (its first band, the largest measure), or null. */
function activeBytesPerRow(sheet: string, got: BandResult[]): number | null {
  const first = got.find((g) => g.band.sheet === sheet);
  return first ? bytesPerRow(first.band, first.result) : null;
}

export async function readWorkbook(context: Excel.RequestContext, caps: Capabilities, opts: ReadOptions = {}): Promise<WorkbookRead> {
  const withGrids = opts.grids !== false;
  const locateOwn = opts.locateOwn !== false;
  const budget = opts.budget ?? READ_BUDGET;
  const head = await readHeadOrAgain(context, caps, withGrids, opts.firstRows ?? 0);
  const wantMerges = withGrids && caps.merges;
  const early = withGrids ? earlyOf(head, wantMerges, budget) : NO_EARLY;
  let info: Awaited<ReturnType<typeof readSheetInfo>>;
  let mergesRead = wantMerges;
  try {
    info = await readSheetInfo(context, caps, head, { withGrids, withMerges: wantMerges, locateOwn }, early);
  } catch (err) {
    // more than 512 merged areas in a sheet, or a response larger than estimated: the information
    // alone, then the contents and merged areas in bands
    if ((!wantMerges && !early.contents.length) || stopsRun(err)) throw err;
    info = await readSheetInfo(context, caps, head, { withGrids, withMerges: false, locateOwn }, NO_EARLY);
    mergesRead = false;
  }
  const { infos, located, commentLocs, noteLocs } = info;
  const remarks: ReadRemark[] = [];
  const areas: Band[] = [];
  for (const s of infos) {
    const at = areaOf(s.used);
    if (!at) continue;
    if (cellCount(at) > MAX_SHEET_CELLS) remarks.push({ kind: 'sheet-too-large', sheet: s.name });
    else areas.push({ sheet: s.name, area: at });
  }
  const own = new Set(infos.filter((s) => s.own).map((s) => s.name));
  const read = [...firstBandOf(head), ...info.early];
  const rest = await readContents(context, restOf(areas, read), own, budget, measuredBytesPerCell(read));
  const contents = contentsBySheet([...read, ...rest], own);
  let merged: MergeRead;
  if (mergesRead) {
    merged = mergesOf(infos);
    for (const [sheet, list] of info.earlyMerges) merged.merges.set(sheet, list);
  } else merged = await readMerges(context, mergeBandsOf(infos, wantMerges));
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
    comments: head.comments ? threadsOf(located, commentLocs) : null,
    unplaced: info.unplaced,
    notes: head.notes ? threadsOf(head.notes.items.map((n) => ({ content: n.content, authorName: n.authorName })), noteLocs) : null,
    settingsSheet: ownText(SETTINGS_SHEET),
    settingsOffice: head.settings.items.find((x) => x.key === SETTINGS_KEY)?.value ?? null,
    backupRaw: ownText(BACKUP_SHEET),
    remarks,
    bytesPerRow: activeBytesPerRow(head.active.name, [...read, ...rest]),
  };
}
