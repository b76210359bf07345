/**
 * The ledger of what the add-in overwrote (kept by both hosts in the veryHidden sheet
 * `_capaianpk_backup`, see src/excel/backup.ts and src/xlsx/write.ts).
 *
 * Why the core needs it: Hitung replaces a stated capaian with the computed one. On the next run
 * the stated value (the user's) is still the thing to review, and the run must write exactly
 * what the first one wrote. So before analysing, every cell that still holds what the add-in
 * wrote is read as it was before the add-in touched it. A cell the user has typed over since is
 * the user's again and is read as it is.
 */
import type { CellValue, Grid, LedgerCell, WorkbookSnapshot } from './grid';
import { colNumber, parseA1 } from './grid';
import { isGeneratedSheet } from './plan';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

export type { LedgerCell } from './grid';

export const LEDGER_SHEET = '_capaianpk_backup';

/** What the add-in wrote into a cell: a formula, else a value. */
export interface Written {
  value: CellValue;
  formula: string | null;
}

/**
 * What the add-in wrote, as the backup keeps it since version 3 (no copy of formula text): a number
 * as itself; '' for empty; 'b1'/'b0' for TRUE/FALSE; 't' + a short text; 'h' + a hash of a longer
 * text; 'f' + a hash of the formula (compared loosely: without '=', spaces and case).
 */
export type WrittenKey = number | string;

function sameValue(a: CellValue, b: CellValue): boolean {
  const ea = a === null || a === '';
  const eb = b === null || b === '';
  if (ea || eb) return ea && eb;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return String(a) === String(b);
}

function normFormula(f: string | null): string {
  return (f ?? '').replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
}

/** 53-bit string hash (cyrb53), base 36: about 11 characters. */
export function hash53(str: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const SHORT_TEXT = 12;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** [A-Za-z0-9_] */
const isWord = (c: number): boolean => isDigit(c) || isUpper(c) || (c >= 97 && c <= 122) || c === 95;

/**
 * A cell reference starting at q: $?[A-Z]{1,3}$?\d+ not followed by [A-Za-z0-9_(] (then it is
 * part of a name or a function call). Greedy runs, as the pattern's backtracking ends the same.
 */
function refAt(s: string, q: number): { end: number; dc: boolean; col: string; dr: boolean; row: string } | null {
  const n = s.length;
  let i = q;
  const dc = s.charCodeAt(i) === 36;
  if (dc) i++;
  const ls = i;
  while (i < n && isUpper(s.charCodeAt(i))) i++;
  if (i - ls < 1 || i - ls > 3) return null;
  const col = s.slice(ls, i);
  const dr = s.charCodeAt(i) === 36;
  if (dr) i++;
  const ds = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  if (i === ds) return null;
  if (i < n && (isWord(s.charCodeAt(i)) || s.charCodeAt(i) === 40)) return null;
  return { end: i, dc, col, dr, row: s.slice(ds, i) };
}

/**
 * The references of a formula part (outside quotes) made relative to `at`: what
 * part.replace(/(^|[^A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, ...) gives, by a
 * scan (it runs for every formula the add-in writes; tests/core/ledger-relative.test.ts compares).
 */
function relativeRefs(part: string, at: { row: number; col: number }): string {
  let out = '';
  let copied = 0;
  let p = 0;
  while (p < part.length) {
    // the pattern's (^|[^A-Za-z0-9_.]): a reference at the start, or after one such character
    let start = -1;
    let r = p === 0 ? refAt(part, 0) : null;
    if (r) start = 0;
    else {
      const c = part.charCodeAt(p);
      if (!isWord(c) && c !== 46) {
        r = refAt(part, p + 1);
        if (r) start = p + 1;
      }
    }
    if (!r) {
      p++;
      continue;
    }
    const n = colNumber(r.col);
    out += part.slice(copied, start) + (r.dr ? `R${r.row}` : `R[${Number(r.row) - at.row}]`) + (r.dc ? `C${n}` : `C[${n - at.col}]`);
    copied = r.end;
    p = r.end;
  }
  return copied === 0 ? part : out + part.slice(copied);
}

/**
 * A formula's references made relative to the cell holding it (E5/D5 in F5 -> R[0]C[-1]/R[0]C[-2]),
 * absolute parts ($) kept: the same formula down a column gives the same text, so its key repeats
 * and the deflated backup stays small. Text in quotes is left alone.
 */
export function relativeFormula(formula: string, cell: string): string {
  const at = parseA1(cell);
  if (!formula.includes('"')) return relativeRefs(formula, at);
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : relativeRefs(part, at)))
    .join('"');
}

/** The key of what was written (see WrittenKey); with the cell, a formula is keyed in its relative form. */
export function writtenKey(w: Written, cell?: string): WrittenKey {
  if (w.formula) {
    const f = normFormula(w.formula);
    return 'f' + hash53(cell ? relativeFormula(f, cell) : f);
  }
  const v = w.value;
  if (v === null || v === '') return '';
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 'b1' : 'b0';
  return v.length <= SHORT_TEXT ? 't' + v : 'h' + hash53(v);
}

/**
 * True when the cell still holds what the add-in wrote (a formula compared loosely, a value
 * exactly). `cell`: where it is (a key made with the cell must be compared with it).
 */
export function stillWritten(current: Written, written: Written | WrittenKey, cell?: string): boolean {
  const key = typeof written === 'object' && written !== null ? writtenKey(written, cell) : written;
  if (typeof key === 'number') return !current.formula && sameValue(current.value, key);
  if (key.startsWith('f')) return !!current.formula && writtenKey(current, cell) === key;
  if (current.formula) return false;
  if (key === '') return sameValue(current.value, null);
  const v = current.value;
  // a number read where a text was written: equal when it reads the same (as String(v) did before)
  if (typeof v === 'number') return key === 't' + String(v) || key === 'h' + hash53(String(v));
  return writtenKey(current) === key;
}

function cloneGrid(g: Grid): Grid {
  return {
    ...g,
    values: g.values.map((r) => r.slice()),
    text: g.text.map((r) => r.slice()),
    formats: g.formats.map((r) => r.slice()),
    formulas: g.formulas.map((r) => r.slice()),
  };
}

function setCell(g: Grid, row: number, col: number, o: LedgerCell['original']): void {
  const i = row - g.top;
  const j = col - g.left;
  if (i < 0 || j < 0) return; // outside the snapshot: nothing to put back into the reading
  while (g.values.length <= i) {
    g.values.push([]);
    g.text.push([]);
    g.formats.push([]);
    g.formulas.push([]);
  }
  for (const rows of [g.values, g.text, g.formats, g.formulas] as unknown[][][]) {
    const r = rows[i];
    while (r.length <= j) r.push(rows === g.formats ? 'General' : rows === g.text ? '' : null);
  }
  g.values[i][j] = o.value;
  g.formulas[i][j] = o.formula;
  g.formats[i][j] = o.format || 'General';
  g.text[i][j] = o.text ?? (o.value === null ? '' : String(o.value));
}

/**
 * A sheet the add-in made as its report (Temuan, Perbandingan Renstra, also when renamed
 * `Temuan (2)` beside a person's sheet): output, never input. The pengukuran sheet Siapkan makes
 * is not a report: it is the user's working sheet, read like any other.
 */
export function isReportSheet(name: string): boolean {
  return isGeneratedSheet(name.replace(/ \(\d+\)$/, ''));
}

/**
 * The workbook as the user had it before the add-in's runs: every cell that still holds what the
 * add-in wrote is read as its original, and the report sheets the add-in created (Temuan,
 * Perbandingan Renstra, ...) are left out. Sheets without ledger entries are returned as they are (not copied).
 */
export function withOriginals(wb: WorkbookSnapshot): WorkbookSnapshot {
  const created = new Set((wb.ledger?.createdSheets ?? []).filter(isReportSheet));
  const ledger = wb.ledger?.cells ?? [];
  if (ledger.length === 0 && created.size === 0) return wb;
  const bySheet = new Map<string, LedgerCell[]>();
  for (const e of ledger) {
    const l = bySheet.get(e.sheet);
    if (l) l.push(e);
    else bySheet.set(e.sheet, [e]);
  }
  const sheets = wb.sheets.filter((g) => !created.has(g.sheet)).map((g) => {
    const entries = bySheet.get(g.sheet);
    if (!entries) return g;
    const copy = cloneGrid(g);
    for (const e of entries) {
      let pos: { row: number; col: number };
      try {
        pos = parseA1(e.cell);
      } catch {
        continue;
      }
      const i = pos.row - g.top;
      const j = pos.col - g.left;
      const current = {
        value: g.values[i]?.[j] ?? null,
        formula: g.formulas[i]?.[j] ?? null,
      };
      if (stillWritten(current, e.written, e.cell)) setCell(copy, pos.row, pos.col, e.original);
    }
    return copy;
  });
  return { ...wb, sheets };
}

/**
 * The ledger after a new run: a cell already in the ledger that still holds what the add-in wrote
 * keeps its first original (the user's value survives any number of runs); any other cell the run
 * overwrites gets its current content as original.
 */
export function mergeLedger(previous: LedgerCell[], next: LedgerCell[], current: (sheet: string, cell: string) => { value: CellValue; formula: string | null }): LedgerCell[] {
  const prev = new Map(previous.map((e) => [`${e.sheet}!${e.cell}`, e]));
  return next.map((e) => {
    const p = prev.get(`${e.sheet}!${e.cell}`);
    if (p && stillWritten(current(e.sheet, e.cell), p.written, e.cell)) return { ...e, original: p.original };
    return e;
  });
}

// ---------------------------------------------------------------- the stored format

/**
 * The backup both hosts keep in LEDGER_SHEET (text in column A, chunked): the Excel adapter
 * (src/excel/backup.ts) and the file adapter (src/xlsx/ledger.ts) write and read the same text
 * (encodeBackup / parseBackup), so a workbook computed by the command line can be restored
 * (Pulihkan) in Excel. In memory it is BackupData; stored:
 * - version 3 (written since): 'CPK3:' + base64 of the deflated JSON
 *     { app: 'capaian-pk', version: 3, when, sheet, run, threadKind,
 *       cells: { <sheet>: [[cell, written key, original?], ...] },
 *       threads: { <sheet>: [[cell, old], ...] }, notes (same shape, only when not empty),
 *       left: { <sheet>: { <content hash>: [cell, ...] } } (only when not empty), created, replaced }
 *   where the written key is writtenKey() (no copy of formula text) and the original is absent for
 *   an empty General cell, 1 for an empty cell whose style the run changed, else
 *   { v, f, fmt, t, st: 1 } without the empty parts. Sheet names are stored once.
 * - versions 2 and 1 (plain JSON, read only): { app, version, when, sheet, run, threadKind, cells:
 *   [{ s, c, v, f, fmt, styled, t, w: { v, f } }], threads: [{ s, c, old }], created, replaced };
 *   version 1 has no cells[].w / cells[].t.
 */
export interface BackupCell {
  s: string;
  c: string;
  v: CellValue;
  f: string | null;
  fmt: string;
  /** The run changed the cell's style (copied or bold): Pulihkan clears formats first. */
  styled?: boolean;
  /** The original displayed text, when it differs from String(v). */
  t?: string;
  /** What the add-in wrote (version 2 on): its key. */
  w?: WrittenKey;
}

export interface BackupSheet {
  name: string;
  top: number;
  left: number;
  /** formula or value per cell ('' empty). */
  inputs: CellValue[][];
  formats: string[][];
  merges: string[];
  tables: Array<{ name: string; range: string; style: string }>;
  freezeRows: number;
  /** Bold cells (A1), where the host could read them (ExcelApi 1.9 getCellProperties). */
  bold?: string[];
  /** Column widths in points of the columns the run sets (ExcelApi 1.9 getColumnProperties). */
  widths?: Record<string, number>;
  /** Areas (A1) whose cells wrap text, and filled areas with their '#RRGGBB' (getCellProperties). */
  wrap?: string[];
  fills?: Array<[string, string]>;
}

export interface BackupData {
  app: 'capaian-pk';
  /** 3 as written (encodeBackup); 1 and 2 are still read. */
  version: 1 | 2 | 3;
  when: string;
  /** The sheet the run was started on. */
  sheet: string;
  run: string;
  threadKind: 'threaded' | 'notes' | null;
  cells: BackupCell[];
  /** The add-in's threads the run changed: old content, null when the run added it. */
  threads: Array<{ s: string; c: string; old: string | null }>;
  /**
   * Threaded runs only: the add-in's notes written as a fallback where Excel refused a thread
   * (every cell the run tried to thread, old null, and the fallback notes it changed). Stored only
   * when not empty.
   */
  notes?: Array<{ s: string; c: string; old: string | null }>;
  /**
   * Threaded runs: where the add-in's threads are once the run is done (sheet, cell, hash53 of the
   * content), so that the next run need not ask Excel for each (src/excel/thread-places.ts).
   */
  left?: Array<{ s: string; c: string; h: string }>;
  /** Sheets the run created (Pulihkan deletes them). */
  created: string[];
  /** Sheets the run replaced (Pulihkan restores their content). */
  replaced: BackupSheet[];
}

const PREFIX = 'CPK3:';

type StoredOriginal = 1 | { v?: CellValue; f?: string; fmt?: string; t?: string; st?: 1 };
type StoredCell = [string, WrittenKey | null] | [string, WrittenKey | null, StoredOriginal];

function storedCell(c: BackupCell): StoredCell {
  const fmt = c.fmt || 'General';
  const empty = (c.v === null || c.v === '') && !c.f && fmt === 'General' && c.t === undefined;
  const w = c.w ?? null;
  if (empty) return c.styled ? [c.c, w, 1] : [c.c, w];
  const o: Exclude<StoredOriginal, 1> = {};
  if (c.v !== null && c.v !== '') o.v = c.v;
  if (c.f) o.f = c.f;
  if (fmt !== 'General') o.fmt = fmt;
  if (c.t !== undefined) o.t = c.t;
  if (c.styled) o.st = 1;
  return [c.c, w, o];
}

function cellFromStored(sheet: string, e: StoredCell): BackupCell {
  const o = e[2];
  const base: BackupCell = { s: sheet, c: e[0], v: null, f: null, fmt: 'General', ...(e[1] !== null && e[1] !== undefined ? { w: e[1] } : {}) };
  if (o === undefined) return base;
  if (o === 1) return { ...base, styled: true };
  return {
    ...base,
    v: o.v ?? null,
    f: o.f ?? null,
    fmt: o.fmt ?? 'General',
    ...(o.t !== undefined ? { t: o.t } : {}),
    ...(o.st ? { styled: true } : {}),
  };
}

function bySheet<T, U>(list: T[], sheet: (x: T) => string, entry: (x: T) => U): Record<string, U[]> {
  const out: Record<string, U[]> = {};
  for (const x of list) (out[sheet(x)] ??= []).push(entry(x));
  return out;
}

/** BackupData.left as stored: per sheet, per content hash, the cells (sorted: the same threads give the same text). */
function storedLeft(left: NonNullable<BackupData['left']>): Record<string, Record<string, string[]>> {
  const sorted = [...left].sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : a.h < b.h ? -1 : a.h > b.h ? 1 : a.c < b.c ? -1 : a.c > b.c ? 1 : 0));
  const out: Record<string, Record<string, string[]>> = {};
  for (const l of sorted) ((out[l.s] ??= {})[l.h] ??= []).push(l.c);
  return out;
}

function leftFromStored(stored: unknown): NonNullable<BackupData['left']> {
  const out: NonNullable<BackupData['left']> = [];
  if (!stored || typeof stored !== 'object') return out;
  for (const [s, byHash] of Object.entries(stored as Record<string, unknown>)) {
    if (!byHash || typeof byHash !== 'object') continue;
    for (const [h, cells] of Object.entries(byHash as Record<string, unknown>)) {
      if (Array.isArray(cells)) for (const c of cells) if (typeof c === 'string') out.push({ s, c, h });
    }
  }
  return out;
}

/** The JSON of version 3 (before compression). */
function storedJson(b: BackupData): string {
  return JSON.stringify({
    app: 'capaian-pk',
    version: 3,
    when: b.when,
    sheet: b.sheet,
    run: b.run,
    threadKind: b.threadKind,
    cells: bySheet(b.cells, (c) => c.s, storedCell),
    threads: bySheet(b.threads, (t) => t.s, (t): [string, string | null] => [t.c, t.old]),
    ...(b.notes?.length ? { notes: bySheet(b.notes, (t) => t.s, (t): [string, string | null] => [t.c, t.old]) } : {}),
    ...(b.left?.length ? { left: storedLeft(b.left) } : {}),
    created: b.created,
    replaced: b.replaced,
  });
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The text stored in LEDGER_SHEET: version 3, deflated, base64 (no quote to escape in a request).
 * `deflate`: raw deflate (RFC 1951) at level 9, fflate's unless the host has a native one.
 */
export function encodeBackup(b: BackupData, deflate: (d: Uint8Array) => Uint8Array = (d) => deflateSync(d, { level: 9 })): string {
  return PREFIX + toBase64(deflate(strToU8(storedJson(b))));
}

/** Same backup, in the same version, but for its time: nothing to write again (an older version is rewritten as version 3). */
export function sameBackup(a: BackupData, b: BackupData): boolean {
  return a.version === b.version && storedJson({ ...a, when: '' }) === storedJson({ ...b, when: '' });
}

type AnyStored = Omit<BackupData, 'cells' | 'threads' | 'notes' | 'left'> & { cells: unknown; threads?: unknown; notes?: unknown; left?: unknown };

/** A stored { <sheet>: [[cell, old], ...] } list of threads (or notes) back in memory. */
function threadsFromStored(stored: unknown): BackupData['threads'] {
  const out: BackupData['threads'] = [];
  const th = stored && typeof stored === 'object' ? (stored as Record<string, Array<[string, string | null]>>) : {};
  for (const [sheet, list] of Object.entries(th)) if (Array.isArray(list)) for (const [c, old] of list) out.push({ s: sheet, c, old });
  return out;
}

function fromVersion3(j: AnyStored): BackupData | 'damaged' {
  if (!j.cells || typeof j.cells !== 'object' || Array.isArray(j.cells)) return 'damaged';
  const cells: BackupCell[] = [];
  for (const [sheet, list] of Object.entries(j.cells as Record<string, StoredCell[]>)) {
    if (!Array.isArray(list)) return 'damaged';
    for (const e of list) if (Array.isArray(e) && typeof e[0] === 'string') cells.push(cellFromStored(sheet, e));
  }
  const { notes: storedNotes, left: storedLeftList, ...rest } = j;
  const notes = threadsFromStored(storedNotes);
  const left = leftFromStored(storedLeftList);
  return { ...(rest as BackupData), version: 3, cells, threads: threadsFromStored(j.threads), ...(notes.length ? { notes } : {}), ...(left.length ? { left } : {}) };
}

/** Versions 1 and 2: cells[].w was { v, f }, now its key. */
function fromVersion2(j: AnyStored): BackupData | 'damaged' {
  if (!Array.isArray(j.cells)) return 'damaged';
  const cells = (j.cells as Array<Omit<BackupCell, 'w'> & { w?: { v: CellValue; f: string | null } }>).map(({ w, ...c }) =>
    w && typeof w === 'object' ? { ...c, w: writtenKey({ value: w.v, formula: w.f }, c.c) } : c,
  );
  return { ...(j as BackupData), cells, threads: Array.isArray(j.threads) ? (j.threads as BackupData['threads']) : [] };
}

export function parseBackup(raw: string | null): BackupData | null | 'damaged' {
  if (!raw) return null;
  try {
    const text = raw.startsWith(PREFIX) ? strFromU8(inflateSync(fromBase64(raw.slice(PREFIX.length)))) : raw;
    const j = JSON.parse(text) as AnyStored;
    if (j?.app !== 'capaian-pk') return 'damaged';
    const b = j.version === 3 ? fromVersion3(j) : j.version === 1 || j.version === 2 ? fromVersion2(j) : 'damaged';
    if (b === 'damaged') return b;
    return { ...b, created: Array.isArray(b.created) ? b.created : [], replaced: Array.isArray(b.replaced) ? b.replaced : [] };
  } catch {
    return 'damaged';
  }
}

export function ledgerOf(b: BackupData | null | 'damaged'): { cells: LedgerCell[]; createdSheets: string[] } | undefined {
  if (!b || b === 'damaged') return undefined;
  const cells: LedgerCell[] = [];
  for (const c of b.cells) {
    if (c.w === undefined) continue;
    cells.push({
      sheet: c.s,
      cell: c.c,
      original: { value: c.v, formula: c.f, format: c.fmt || 'General', ...(c.t !== undefined ? { text: c.t } : {}) },
      written: c.w,
    });
  }
  return { cells, createdSheets: [...b.created] };
}
