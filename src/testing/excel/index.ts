/**
 * In-memory Excel: the subset of the Excel JavaScript API the Capaian PK adapter uses, with real
 * semantics (load + sync before read, queued writes applied at sync, payload limit, protected
 * sheets, comments/notes requirement sets, recalculation). See api.ts for the public surface.
 * Browser-safe: no Node imports.
 */
import type { Area, CellValue, Grid, WorkbookSnapshot } from '../../core/grid';
import { a1, areaA1, colLetter, colNumber } from '../../core/grid';
import type {
  DumpChart,
  DumpPrint,
  DumpSheet,
  FakeCapability,
  FakeExcel,
  FakeExcelOptions,
  FakeStats,
  WorkbookDump,
} from './api';
import { Unsupported, evaluate, fromCellValue, parseFormula, renderText, toCellValue } from './formula';
import type { Conditions } from './limits';
import { MERGED_AREAS_LIMIT, PAYLOAD_LIMIT, READ_CELL_LIMIT, noConditions, requestRefusal, typedText, writeConflict } from './limits';

export * from './api';

// ------------------------------------------------------------------ state

interface CellState {
  v: CellValue; // null = empty
  f: string | null;
  fmt: string;
  bold?: boolean;
  /** format.wrapText (RangeFormat, ExcelApi 1.1). */
  wrap?: boolean;
  /** format.fill.color as '#RRGGBB' (RangeFill, ExcelApi 1.1). */
  fill?: string;
}
type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
interface ChartState extends DumpChart {
  id: string;
  name: string;
}
interface SheetState {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  cells: Map<number, CellState>;
  merges: Area[];
  notes: Map<number, { content: string; author: string }>;
  tables: Array<{ name: string; range: string; style: string }>;
  charts: ChartState[];
  freezeRows: number;
  columnWidths: Record<string, number>;
  /** worksheet.pageLayout (ExcelApi 1.9), once anything of it is set. */
  print?: DumpPrint;
  /** An AutoFilter (range, and whether it hides rows): writes may not span its rows (limits.ts). */
  filter?: { range: Area; filtered: boolean };
}
interface CommentState {
  id: string;
  sheetId: string;
  key: number;
  content: string;
  author: string;
  replies: Array<{ id: string; content: string; author: string }>;
}
interface BookState {
  sheets: SheetState[];
  comments: CommentState[];
  settings: Map<string, unknown>;
  activeId: string;
  selection: { sheetId: string; area: Area };
  nextId: number;
}

const KEY = 20000;
const key = (r: number, c: number) => r * KEY + c;
const rowOf = (k: number) => Math.floor(k / KEY);
const colOf = (k: number) => k % KEY;

function cloneBook(b: BookState): BookState {
  return {
    sheets: b.sheets.map((s) => ({
      ...s,
      cells: new Map(Array.from(s.cells, ([k, c]) => [k, { ...c }])),
      merges: s.merges.map((m) => ({ ...m })),
      notes: new Map(Array.from(s.notes, ([k, n]) => [k, { ...n }])),
      tables: s.tables.map((t) => ({ ...t })),
      charts: s.charts.map((c) => ({ ...c, series: [...c.series] })),
      columnWidths: { ...s.columnWidths },
      ...(s.print ? { print: { ...s.print, zoom: { ...s.print.zoom } } } : {}),
    })),
    comments: b.comments.map((c) => ({ ...c, replies: c.replies.map((r) => ({ ...r })) })),
    settings: new Map(Array.from(b.settings, ([k, v]) => [k, JSON.parse(JSON.stringify(v))])),
    activeId: b.activeId,
    selection: { sheetId: b.selection.sheetId, area: { ...b.selection.area } },
    nextId: b.nextId,
  };
}

export class FakeExcelError extends Error {
  code: string;
  debugInfo: { code: string; message: string; errorLocation?: string };
  /** The context.trace() messages run before the error (OfficeExtension.Error.traceMessages). */
  traceMessages: string[] = [];
  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** 'Sheet 1'!A1:B2 / A1 / A:A not supported -> { sheet, area } */
function parseAddress(addr: string): { sheet: string | null; area: Area } {
  let s = addr.trim();
  let sheet: string | null = null;
  const bang = s.lastIndexOf('!');
  if (bang >= 0) {
    let name = s.slice(0, bang);
    if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
    sheet = name;
    s = s.slice(bang + 1);
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(s);
  if (!m) throw new FakeExcelError('InvalidArgument', `Alamat tidak sah: ${addr}`);
  const r1 = Number(m[2]);
  const c1 = colNumber(m[1]);
  const r2 = m[3] ? Number(m[4]) : r1;
  const c2 = m[3] ? colNumber(m[3]) : c1;
  return { sheet, area: { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) } };
}

function areaAddress(a: Area): string {
  return a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : areaA1(a);
}

function versionGE(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** Excel's standard column width (8.43 characters) in points. */
export const STANDARD_WIDTH = 48;

const NUMERIC_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

// ------------------------------------------------------------------ the workbook engine

class Engine {
  book: BookState;
  opts: Required<Omit<FakeExcelOptions, 'protectedSheets'>>;
  supported: Record<string, string>;
  stats: FakeStats = { runs: 0, syncs: 0, requests: [], totalBytes: 0, maxBytes: 0 };
  failAt: Array<{ sync: number; message: string }> = [];
  /** What a person is doing to Excel (edit mode, another workbook active, structure protected): limits.ts. */
  conditions: Conditions = noConditions();
  /** Bytes the reads of the current sync return (the response), limits.ts PAYLOAD_LIMIT. */
  responseBytes = 0;
  activatedHandlers: Array<(e: { worksheetId: string; type: string }) => unknown> = [];
  listeners = new Set<() => void>();
  changed() {
    for (const l of this.listeners) {
      try {
        l();
      } catch {
        // a listener's error is not the workbook's
      }
    }
  }
  private parseCache = new Map<string, ReturnType<typeof parseFormula> | null>();

  constructor(snapshot: WorkbookSnapshot, opts: FakeExcelOptions = {}) {
    this.opts = {
      maxRequestBytes: opts.maxRequestBytes ?? PAYLOAD_LIMIT,
      maxResponseBytes: opts.maxResponseBytes ?? opts.maxRequestBytes ?? PAYLOAD_LIMIT,
      supported: opts.supported ?? { ExcelApi: '1.18' },
      userName: opts.userName ?? 'Pengguna',
    };
    this.supported = { ...this.opts.supported };
    const book: BookState = {
      sheets: [],
      comments: [],
      settings: new Map(),
      activeId: '',
      selection: { sheetId: '', area: { top: 1, left: 1, bottom: 1, right: 1 } },
      nextId: 1,
    };
    this.book = book;
    for (const g of snapshot.sheets) {
      const s = this.newSheet(g.sheet);
      s.visibility = g.visibility === 'veryHidden' ? 'VeryHidden' : g.visibility === 'hidden' ? 'Hidden' : 'Visible';
      g.values.forEach((row, i) => {
        row.forEach((v, j) => {
          const r = g.top + i;
          const c = g.left + j;
          const f = g.formulas[i]?.[j] ?? null;
          const fmt = g.formats[i]?.[j] || 'General';
          const val = v === '' ? null : v;
          if (val === null && !f && fmt === 'General') return;
          s.cells.set(key(r, c), { v: val, f: f ? (f.startsWith('=') ? f : '=' + f) : null, fmt });
        });
      });
      s.merges = g.merges.map((m) => ({ ...m }));
      for (const [addr, text] of Object.entries(g.notes ?? {})) {
        const { area } = parseAddress(addr);
        s.notes.set(key(area.top, area.left), { content: text, author: 'Penulis' });
      }
      book.sheets.push(s);
    }
    if (!book.sheets.length) book.sheets.push(this.newSheet('Sheet1'));
    const active = book.sheets.find((s) => s.name === snapshot.activeSheet && s.visibility === 'Visible')
      ?? book.sheets.find((s) => s.visibility === 'Visible')
      ?? book.sheets[0];
    book.activeId = active.id;
    book.selection = { sheetId: active.id, area: { top: 1, left: 1, bottom: 1, right: 1 } };
    for (const name of opts.protectedSheets ?? []) this.sheetByName(name)!.protected = true;
    this.recalc();
  }

  newSheet(name: string): SheetState {
    return {
      id: `{S${this.book.nextId++}}`,
      name,
      visibility: 'Visible',
      protected: false,
      cells: new Map(),
      merges: [],
      notes: new Map(),
      tables: [],
      charts: [],
      freezeRows: 0,
      columnWidths: {},
    };
  }

  sheetByName(name: string): SheetState | undefined {
    const n = name.toLowerCase();
    return this.book.sheets.find((s) => s.name.toLowerCase() === n);
  }
  sheetById(id: string): SheetState | undefined {
    return this.book.sheets.find((s) => s.id === id);
  }
  mustSheet(id: string): SheetState {
    const s = this.sheetById(id);
    if (!s) throw new FakeExcelError('ItemNotFound', 'The worksheet was deleted.');
    return s;
  }
  /** Exact `set@version` switched off by setSupported(set, version, false): that API is missing. */
  disabled = new Set<string>();
  /** Capabilities switched off (setBroken): a sync queuing such an operation fails as a whole. */
  broken = new Set<FakeCapability>();
  isSupported(set: string, version = '1.1'): boolean {
    if (this.disabled.has(`${set}@${version}`)) return false;
    const v = this.supported[set];
    return v !== undefined && versionGE(v, version);
  }

  // ---------------------------------------------------------- cell writes

  writable(s: SheetState) {
    if (s.protected) {
      throw new FakeExcelError('AccessDenied', `Lembar "${s.name}" diproteksi; perubahan ditolak.`);
    }
  }
  /** A multi-cell write over part of a merged area or across a filtered range is refused (limits.ts). */
  writableArea(s: SheetState, a: Area) {
    const refusal = writeConflict(a, s.merges, s.filter ?? null);
    if (refusal) throw new FakeExcelError(refusal.code, refusal.message);
  }
  /** Review > Protect Workbook: the structure (sheets added, deleted, renamed, hidden) is locked. */
  structureWritable() {
    if (this.conditions.structureProtected) throw new FakeExcelError('AccessDenied', 'The workbook structure is protected.');
  }

  cellOf(s: SheetState, r: number, c: number): CellState | undefined {
    return s.cells.get(key(r, c));
  }

  private put(s: SheetState, r: number, c: number, patch: Partial<CellState>) {
    const k = key(r, c);
    const cur = s.cells.get(k) ?? { v: null, f: null, fmt: 'General' };
    const next: CellState = { ...cur, ...patch };
    if (next.v === null && !next.f && next.fmt === 'General' && !next.bold && !next.wrap && !next.fill) s.cells.delete(k);
    else s.cells.set(k, next);
  }

  /** Set a value as Office.js `range.values` / `range.formulas` does for one cell. */
  setInput(s: SheetState, r: number, c: number, input: unknown) {
    if (input === null || input === undefined) return; // null leaves the cell unchanged
    const cur = this.cellOf(s, r, c);
    const fmt = cur?.fmt ?? 'General';
    if (typeof input === 'string') {
      if (input === '') return this.put(s, r, c, { v: null, f: null });
      if (!input.startsWith("'") && fmt !== '@') {
        if (NUMERIC_TEXT.test(input.trim())) return this.put(s, r, c, { v: Number(input.trim()), f: null });
        if (/^(true|false)$/i.test(input)) return this.put(s, r, c, { v: /^true$/i.test(input), f: null });
      }
      const typed = typedText(input, fmt === '@');
      if ('formula' in typed) return this.put(s, r, c, { f: typed.formula, v: 0 });
      return this.put(s, r, c, { v: typed.text === '' ? null : typed.text, f: null });
    }
    if (typeof input === 'number') {
      if (!Number.isFinite(input)) throw new FakeExcelError('InvalidArgument', 'Nilai angka tidak sah.');
      return this.put(s, r, c, { v: input, f: null });
    }
    if (typeof input === 'boolean') return this.put(s, r, c, { v: input, f: null });
    throw new FakeExcelError('InvalidArgument', `Nilai tidak didukung: ${JSON.stringify(input)}`);
  }
  setFormat(s: SheetState, r: number, c: number, fmt: unknown) {
    if (fmt === null || fmt === undefined) return;
    if (typeof fmt !== 'string') throw new FakeExcelError('InvalidArgument', 'numberFormat harus teks.');
    this.put(s, r, c, { fmt: fmt === '' ? 'General' : fmt });
  }
  setBold(s: SheetState, r: number, c: number, bold: boolean) {
    this.put(s, r, c, { bold: bold || undefined });
  }
  setLook(s: SheetState, r: number, c: number, look: { wrap?: boolean; fill?: string }) {
    this.put(s, r, c, look);
  }
  clear(s: SheetState, area: Area, what: 'All' | 'Contents' | 'Formats') {
    for (const [k, cell] of Array.from(s.cells)) {
      const r = rowOf(k);
      const c = colOf(k);
      if (r < area.top || r > area.bottom || c < area.left || c > area.right) continue;
      if (what === 'All') s.cells.delete(k);
      else if (what === 'Contents') this.put(s, r, c, { v: null, f: null });
      else this.put(s, r, c, { fmt: 'General', bold: undefined, wrap: undefined, fill: undefined });
      void cell;
    }
    if (what !== 'Contents') {
      s.merges = s.merges.filter((m) => m.bottom < area.top || m.top > area.bottom || m.right < area.left || m.left > area.right);
    }
  }

  // ---------------------------------------------------------- recalculation

  recalc() {
    const memo = new Map<string, CellValue>();
    const busy = new Set<string>();
    const evalCell = (s: SheetState, r: number, c: number): CellValue => {
      const cell = s.cells.get(key(r, c));
      if (!cell) return null;
      if (!cell.f) return cell.v;
      const id = `${s.id}:${r}:${c}`;
      if (memo.has(id)) return memo.get(id)!;
      if (busy.has(id)) return 0; // circular reference: Excel shows 0
      busy.add(id);
      let out: CellValue = cell.v;
      let node = this.parseCache.get(cell.f);
      if (node === undefined) {
        try {
          node = parseFormula(cell.f);
        } catch (e) {
          if (!(e instanceof Unsupported)) throw e;
          node = null;
        }
        this.parseCache.set(cell.f, node);
      }
      if (node) {
        try {
          out = toCellValue(
            evaluate(node, {
              cell: (sheet, rr, cc) => {
                const target = sheet === null ? s : this.sheetByName(sheet);
                if (!target) return { err: '#REF!' };
                return fromCellValue(evalCell(target, rr, cc));
              },
            }),
          );
        } catch (e) {
          if (!(e instanceof Unsupported)) throw e;
          out = cell.v; // keep the cached value
        }
      }
      busy.delete(id);
      memo.set(id, out);
      cell.v = out;
      return out;
    };
    for (const s of this.book.sheets) {
      for (const [k, cell] of s.cells) if (cell.f) evalCell(s, rowOf(k), colOf(k));
    }
  }

  // ---------------------------------------------------------- reads

  usedArea(s: SheetState, valuesOnly = false): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const [k, c] of s.cells) {
      if (valuesOnly && c.v === null && !c.f) continue;
      const r = rowOf(k);
      const cc = colOf(k);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (cc < left) left = cc;
      if (cc > right) right = cc;
    }
    if (top === Infinity) return null;
    return { top, left, bottom, right };
  }

  matrix<T>(s: SheetState, a: Area, f: (c: CellState | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: T[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(f(s.cells.get(key(r, c))));
      out.push(row);
    }
    return out;
  }

  commentAt(sheetId: string, r: number, c: number): CommentState | undefined {
    return this.book.comments.find((x) => x.sheetId === sheetId && x.key === key(r, c));
  }

  // ---------------------------------------------------------- dump

  dump(): WorkbookDump {
    const sheets: DumpSheet[] = this.book.sheets.map((s) => {
      const cells: DumpSheet['cells'] = {};
      const keys = Array.from(s.cells.keys()).sort((x, y) => x - y);
      for (const k of keys) {
        const c = s.cells.get(k)!;
        const d: DumpSheet['cells'][string] = { v: c.v };
        if (c.f) d.f = c.f;
        if (c.fmt !== 'General') d.fmt = c.fmt;
        if (c.bold) d.bold = true;
        if (c.wrap) d.wrap = true;
        if (c.fill) d.fill = c.fill;
        cells[a1(rowOf(k), colOf(k))] = d;
      }
      const notes: DumpSheet['notes'] = {};
      for (const [k, n] of s.notes) notes[a1(rowOf(k), colOf(k))] = { ...n };
      return {
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        cells,
        merges: s.merges.map(areaA1).sort(),
        notes,
        tables: s.tables.map((t) => ({ ...t })),
        charts: s.charts.map(({ type, title, source, seriesBy, series, anchor }) => ({ type, title, source, seriesBy, series: [...series], anchor })),
        freezeRows: s.freezeRows,
        columnWidths: { ...s.columnWidths },
        ...(s.print ? { print: { ...s.print, zoom: { ...s.print.zoom } } } : {}),
      };
    });
    const comments = this.book.comments
      .map((c) => {
        const s = this.mustSheet(c.sheetId);
        return {
          sheet: s.name,
          cell: a1(rowOf(c.key), colOf(c.key)),
          content: c.content,
          author: c.author,
          replies: c.replies.map((r) => ({ content: r.content, author: r.author })),
        };
      })
      .sort((x, y) => (x.sheet + '!' + x.cell).localeCompare(y.sheet + '!' + y.cell));
    const settings: Record<string, unknown> = {};
    for (const k of Array.from(this.book.settings.keys()).sort()) settings[k] = JSON.parse(JSON.stringify(this.book.settings.get(k)));
    return { sheets, comments, settings };
  }

  snapshot(): WorkbookSnapshot {
    const sheets: Grid[] = this.book.sheets.map((s) => {
      const a = this.usedArea(s) ?? { top: 1, left: 1, bottom: 0, right: 0 };
      const notes: Record<string, string> = {};
      for (const [k, n] of s.notes) notes[a1(rowOf(k), colOf(k))] = n.content;
      for (const c of this.book.comments) if (c.sheetId === s.id) notes[a1(rowOf(c.key), colOf(c.key))] = c.content;
      return {
        sheet: s.name,
        top: a.top,
        left: a.left,
        values: this.matrix(s, a, (c) => c?.v ?? null),
        text: this.matrix(s, a, (c) => (c ? renderText(c.v, c.fmt) : '')),
        formats: this.matrix(s, a, (c) => c?.fmt ?? 'General'),
        formulas: this.matrix(s, a, (c) => c?.f ?? null),
        merges: s.merges.map((m) => ({ ...m })),
        visibility: s.visibility === 'VeryHidden' ? 'veryHidden' : s.visibility === 'Hidden' ? 'hidden' : 'visible',
        notes,
      };
    });
    return { sheets, activeSheet: this.sheetById(this.book.activeId)?.name };
  }
}

// ------------------------------------------------------------------ proxies

type Exec = () => unknown;
interface QueuedOp {
  json: unknown;
  exec: Exec;
  write: boolean;
}

class Ctx {
  queue: QueuedOp[] = [];
  workbook: FakeWorkbook;
  application = { calculationMode: 'Automatic', suspendApiCalculationUntilNextSync() {} };
  trackedObjects = { add() {}, remove() {} };
  constructor(public engine: Engine) {
    this.workbook = new FakeWorkbook(this);
  }
  enqueue(json: unknown, exec: Exec, write = true) {
    this.queue.push({ json, exec, write });
  }
  /** OfficeExtension.ClientRequestContext.trace: a message that error.traceMessages lists once run. */
  trace(message: string) {
    this.enqueue({ trace: message }, () => undefined, false);
  }
  async sync<T>(passThrough?: T): Promise<T> {
    const e = this.engine;
    const ops = this.queue;
    this.queue = [];
    const n = e.stats.syncs + 1;
    e.stats.syncs = n;
    const bytes = JSON.stringify(ops.map((o) => o.json)).length;
    const loads: Record<string, number> = {};
    for (const o of ops) {
      const path = (o.json as { load?: unknown }).load;
      if (typeof path !== 'string') continue;
      const what = path.slice(path.lastIndexOf('.') + 1);
      loads[what] = (loads[what] ?? 0) + 1;
    }
    e.stats.requests.push({ sync: n, ops: ops.length, bytes, loads });
    e.stats.totalBytes += bytes;
    if (bytes > e.stats.maxBytes) e.stats.maxBytes = bytes;
    await Promise.resolve();
    const refusal = requestRefusal(e.conditions);
    if (refusal) throw new FakeExcelError(refusal.code, refusal.message);
    if (bytes > e.opts.maxRequestBytes) {
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${bytes} > ${e.opts.maxRequestBytes} bytes).`);
    }
    const off = ops.map((o) => capabilityOf(o.json)).find((c) => c && e.broken.has(c));
    if (off) {
      // Office.js rejects the whole batch when one queued call is not available on this Excel, with
      // the code ApiNotFound ("part of the ... requirement set, which is not available in your
      // version"; https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling,
      // OfficeExtension.ErrorCodes.apiNotFound).
      throw new FakeExcelError('ApiNotFound', `The API you are trying to use could not be found (${off}).`);
    }
    const failIdx = e.failAt.findIndex((f) => f.sync === n);
    if (failIdx >= 0) {
      const f = e.failAt.splice(failIdx, 1)[0];
      throw new FakeExcelError('GeneralException', f.message);
    }
    const hasWrites = ops.some((o) => o.write);
    const before = hasWrites ? cloneBook(e.book) : null;
    e.responseBytes = 0;
    // A batch is not a transaction: the operations before the one that fails stay applied, the
    // ones after it are not run, and error.traceMessages lists the context.trace() messages run
    // before the error (https://learn.microsoft.com/en-us/javascript/api/office/officeextension.error,
    // traceMessages and its example: a failed batch keeps what it did before the failing command).
    const traces: string[] = [];
    let failed: unknown = null;
    for (const op of ops) {
      const t = (op.json as { trace?: unknown }).trace;
      if (typeof t === 'string') traces.push(t);
      try {
        op.exec();
      } catch (err) {
        failed = err;
        break;
      }
    }
    if (hasWrites) e.recalc();
    if (failed) {
      if (failed instanceof FakeExcelError) failed.traceMessages = traces;
      // a protected sheet refuses the whole batch (tests/excel/fake-excel.test.ts keeps this rule)
      if (before && failed instanceof FakeExcelError && failed.code === 'AccessDenied') {
        e.book = before;
        throw failed;
      }
      if (hasWrites) e.changed();
      throw failed;
    }
    if (e.responseBytes > e.opts.maxResponseBytes) {
      // the response is refused as a whole: nothing of the request is kept
      if (before) e.book = before;
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${e.responseBytes} > ${e.opts.maxResponseBytes} bytes).`);
    }
    e.stats.requests[e.stats.requests.length - 1].response = e.responseBytes;
    if (hasWrites || ops.some((o) => (o.json as { op?: string }).op === 'select')) e.changed();
    return passThrough as T;
  }
}

/** The capability an operation uses, for the switches of setBroken (null: none of them). */
function capabilityOf(json: unknown): FakeCapability | null {
  const j = json as Record<string, unknown>;
  if (typeof j.load === 'string') return /usedRange/.test(j.load) ? 'read' : null;
  const ops: Record<string, FakeCapability> = { addComment: 'comment', addNote: 'note', addTable: 'table', addChart: 'chart', merge: 'merge' };
  if (typeof j.op === 'string') return ops[j.op] ?? null;
  if (typeof j.set === 'string') {
    if ('formulas' in j) return 'formula';
    if ('numberFormat' in j) return 'numberFormat';
    if (j.visibility === 'VeryHidden') return 'veryHidden';
  }
  return null;
}

class PropertyNotLoaded extends FakeExcelError {
  constructor(obj: string, prop: string) {
    super('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object (${obj}) and call "context.sync()" on the associated request context.`);
  }
}

/** JSON bytes a loaded proxy returns (collections: their items). */
function responseSize(p: Proxy): number {
  if (p instanceof Coll) return p.items.reduce((n: number, x: Proxy) => n + responseSize(x), 2);
  return JSON.stringify(p._loaded).length;
}

/** Base of every proxy: load() queues a read; properties throw until loaded and synced. */
abstract class Proxy {
  _loaded: Record<string, unknown> = {};
  _isNull: boolean | undefined;
  constructor(public context: Ctx, public _path: string) {}
  protected abstract _read(prop: string): unknown;
  protected _props(): string[] {
    return [];
  }
  protected _nullable = false;
  /** Resolve the target; null for a null object; throws ItemNotFound for a missing non-null item. */
  protected _exists(): boolean {
    return true;
  }
  /** *OrNullObject proxies: isNullObject is known after the next sync, with or without load(). */
  _trackNull<T extends Proxy>(this: T): T {
    this.context.enqueue({ nullCheck: this._path }, () => {
      this._isNull = !this._exists();
    }, false);
    return this;
  }
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw new PropertyNotLoaded(this._path, 'isNullObject');
    return this._isNull;
  }
  protected _get<T>(prop: string): T {
    if (!(prop in this._loaded)) throw new PropertyNotLoaded(this._path, prop);
    return this._loaded[prop] as T;
  }
  load(spec?: string | string[] | { select?: string; expand?: string }): this {
    let props: string[];
    if (spec === undefined) props = this._props();
    else if (typeof spec === 'string') props = spec.split(',').map((x) => x.trim()).filter(Boolean);
    else if (Array.isArray(spec)) props = spec.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
    else props = [...(spec.select ?? '').split(','), ...(spec.expand ?? '').split(',')].map((x) => x.trim()).filter(Boolean);
    this.context.enqueue({ load: this._path, props }, () => {
      this._doLoad(props);
      this.context.engine.responseBytes += responseSize(this);
    }, false);
    return this;
  }
  _doLoad(props: string[]) {
    const exists = this._exists();
    this._isNull = !exists;
    if (!exists) {
      for (const p of props) this._loaded[p.split('/')[0]] = null;
      return;
    }
    const nested: Record<string, string[]> = {};
    for (const p of props) {
      const i = p.indexOf('/');
      if (i >= 0) (nested[p.slice(0, i)] ??= []).push(p.slice(i + 1));
      else this._loaded[p] = this._read(p);
    }
    for (const [nav, sub] of Object.entries(nested)) {
      const child = (this as unknown as Record<string, unknown>)[nav];
      if (child instanceof Proxy) child._doLoad(sub);
      else if (nav === 'items' && this instanceof Coll) this._doLoad(sub);
      else throw new FakeExcelError('InvalidArgument', `Cannot load ${nav}/${sub.join(',')}`);
    }
  }
  toJSON() {
    return { ...this._loaded };
  }
}

/** A collection proxy: load() fills `items` with child proxies whose props are loaded. */
abstract class Coll<T extends Proxy> extends Proxy {
  private _items: T[] | undefined;
  protected abstract _children(): T[];
  get items(): T[] {
    if (!this._items) throw new PropertyNotLoaded(this._path, 'items');
    return this._items;
  }
  protected _read(): unknown {
    return undefined;
  }
  override _doLoad(props: string[]) {
    const sub = props.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    const kids = this._children();
    for (const k of kids) k._doLoad(sub.length ? sub : (k as unknown as { _defaultProps(): string[] })._defaultProps?.() ?? []);
    this._items = kids;
    this._isNull = false;
  }
  getCount() {
    const r = new ClientResult<number>();
    this.context.enqueue({ count: this._path }, () => (r._value = this._children().length, r._set = true), false);
    return r;
  }
}

class ClientResult<T> {
  _value!: T;
  _set = false;
  get value(): T {
    if (!this._set) throw new FakeExcelError('PropertyNotLoaded', 'ClientResult value is not available before context.sync().');
    return this._value;
  }
}

// ------------------------------------------------------------------ workbook

class FakeWorkbook extends Proxy {
  worksheets: FakeWorksheets;
  settings: FakeSettings;
  tables: FakeTables;
  constructor(ctx: Ctx) {
    super(ctx, 'workbook');
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettings(ctx);
    this.tables = new FakeTables(ctx, null);
  }
  private _comments?: FakeComments;
  private _notes?: FakeNotes;
  private _protection?: FakeWorkbookProtection;
  get protection(): FakeWorkbookProtection {
    return (this._protection ??= new FakeWorkbookProtection(this.context));
  }
  get comments(): FakeComments {
    if (!this.context.engine.isSupported('ExcelApi', '1.10')) return undefined as unknown as FakeComments;
    return (this._comments ??= new FakeComments(this.context, null));
  }
  get notes(): FakeNotes {
    if (!this.context.engine.isSupported('ExcelApi', '1.18')) return undefined as unknown as FakeNotes;
    return (this._notes ??= new FakeNotes(this.context, null));
  }
  protected _read(prop: string): unknown {
    if (prop === 'name') return 'Buku1.xlsx';
    throw new FakeExcelError('InvalidArgument', `workbook.${prop}`);
  }
  getSelectedRange(): FakeRange {
    const e = this.context.engine;
    return new FakeRange(this.context, new FakeWorksheet(this.context, () => e.book.selection.sheetId, 'selection'), () => e.book.selection.area, 'selectedRange');
  }
  getActiveCell(): FakeRange {
    const e = this.context.engine;
    return new FakeRange(this.context, new FakeWorksheet(this.context, () => e.book.selection.sheetId, 'selection'), () => {
      const a = e.book.selection.area;
      return { top: a.top, left: a.left, bottom: a.top, right: a.left };
    }, 'activeCell');
  }
}

// ------------------------------------------------------------------ worksheets

class FakeWorksheets extends Coll<FakeWorksheet> {
  constructor(ctx: Ctx) {
    super(ctx, 'worksheets');
  }
  protected _children(): FakeWorksheet[] {
    return this.context.engine.book.sheets.map((s) => new FakeWorksheet(this.context, () => s.id, `ws(${s.id})`));
  }
  getItem(name: string): FakeWorksheet {
    const e = this.context.engine;
    return new FakeWorksheet(this.context, () => {
      const s = e.sheetByName(name) ?? e.sheetById(name);
      if (!s) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist: worksheet '${name}'.`);
      return s.id;
    }, `ws(${JSON.stringify(name)})`);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const e = this.context.engine;
    const ws = new FakeWorksheet(this.context, () => (e.sheetByName(name) ?? e.sheetById(name))?.id ?? null, `wsOrNull(${JSON.stringify(name)})`);
    return ws._trackNull();
  }
  getActiveWorksheet(): FakeWorksheet {
    const e = this.context.engine;
    return new FakeWorksheet(this.context, () => e.book.activeId, 'activeWorksheet');
  }
  add(name?: string): FakeWorksheet {
    const e = this.context.engine;
    let id: string | null = null;
    const ws = new FakeWorksheet(this.context, () => {
      if (!id) throw new FakeExcelError('InvalidOperation', 'Worksheet not yet created.');
      return id;
    }, `wsAdd(${JSON.stringify(name ?? '')})`);
    this.context.enqueue({ op: 'addSheet', name }, () => {
      e.structureWritable();
      let n = name;
      if (!n) {
        let i = e.book.sheets.length + 1;
        while (e.sheetByName(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      if (e.sheetByName(n)) throw new FakeExcelError('ItemAlreadyExists', `A worksheet named '${n}' already exists.`);
      if (n.length > 31 || /[\\/?*[\]:]/.test(n)) throw new FakeExcelError('InvalidArgument', `Invalid sheet name '${n}'.`);
      const s = e.newSheet(n);
      e.book.sheets.push(s);
      id = s.id;
    });
    return ws;
  }
  get onActivated() {
    const e = this.context.engine;
    return {
      add: (h: (ev: { worksheetId: string; type: string }) => unknown) => {
        e.activatedHandlers.push(h);
        return { remove: () => { e.activatedHandlers = e.activatedHandlers.filter((x) => x !== h); }, context: this.context };
      },
    };
  }
}

class FakeAutoFilter extends Proxy {
  constructor(ctx: Ctx, private ws: FakeWorksheet) {
    super(ctx, ws._path + '.autoFilter');
  }
  protected override _exists() {
    return this.ws._sheetOrNull() !== null;
  }
  protected _read(prop: string): unknown {
    const f = this.ws._sheet().filter;
    if (prop === 'enabled') return !!f;
    if (prop === 'isDataFiltered') return !!f?.filtered;
    throw new FakeExcelError('InvalidArgument', `autoFilter.${prop}`);
  }
  get enabled(): boolean {
    return this._get('enabled');
  }
  get isDataFiltered(): boolean {
    return this._get('isDataFiltered');
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, this.ws, () => this.ws._sheetOrNull()?.filter?.range ?? null, `${this._path}.range`)._trackNull();
  }
}

/** Workbook protection (ExcelApi 1.7): `protected` is true while the structure is locked. */
class FakeWorkbookProtection extends Proxy {
  constructor(ctx: Ctx) {
    super(ctx, 'workbook.protection');
  }
  protected _read(prop: string): unknown {
    if (prop === 'protected') return this.context.engine.conditions.structureProtected;
    throw new FakeExcelError('InvalidArgument', `workbook.protection.${prop}`);
  }
  get protected(): boolean {
    return this._get('protected');
  }
}

class FakeProtection extends Proxy {
  constructor(ctx: Ctx, private ws: FakeWorksheet) {
    super(ctx, ws._path + '.protection');
  }
  protected override _exists() {
    return this.ws._sheetOrNull() !== null;
  }
  protected _read(prop: string): unknown {
    const s = this.ws._sheet();
    if (prop === 'protected') return s.protected;
    if (prop === 'options') return {};
    throw new FakeExcelError('InvalidArgument', `protection.${prop}`);
  }
  get protected(): boolean {
    return this._get('protected');
  }
  protect() {
    this.context.enqueue({ op: 'protect', ws: this.ws._path }, () => (this.ws._sheet().protected = true));
  }
  unprotect() {
    this.context.enqueue({ op: 'unprotect', ws: this.ws._path }, () => (this.ws._sheet().protected = false));
  }
}

class FakeWorksheet extends Proxy {
  constructor(ctx: Ctx, private _resolveId: () => string | null, path: string) {
    super(ctx, path);
  }
  _defaultProps() {
    return ['name', 'id', 'position', 'visibility'];
  }
  protected override _props() {
    return this._defaultProps();
  }
  _sheetOrNull(): SheetState | null {
    const id = this._resolveId();
    return id ? this.context.engine.sheetById(id) ?? null : null;
  }
  _sheet(): SheetState {
    const s = this._sheetOrNull();
    if (!s) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist (${this._path}).`);
    return s;
  }
  protected override _exists() {
    return this._sheetOrNull() !== null;
  }
  protected _read(prop: string): unknown {
    const s = this._sheet();
    switch (prop) {
      case 'name': return s.name;
      case 'id': return s.id;
      case 'position': return this.context.engine.book.sheets.indexOf(s);
      case 'visibility': return s.visibility;
    }
    throw new FakeExcelError('InvalidArgument', `worksheet.${prop}`);
  }
  get name(): string { return this._get('name'); }
  set name(v: string) {
    this.context.enqueue({ set: this._path, name: v }, () => {
      this.context.engine.structureWritable();
      this._sheet().name = v;
    });
  }
  get id(): string { return this._get('id'); }
  get position(): number { return this._get('position'); }
  get visibility(): Visibility { return this._get('visibility'); }
  set visibility(v: Visibility) {
    this.context.enqueue({ set: this._path, visibility: v }, () => {
      const e = this.context.engine;
      const s = this._sheet();
      if (v !== s.visibility) e.structureWritable();
      if (v !== 'Visible' && e.book.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) {
        throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = v;
      if (v !== 'Visible' && e.book.activeId === s.id) {
        const next = e.book.sheets.find((x) => x.visibility === 'Visible')!;
        e.book.activeId = next.id;
        e.book.selection = { sheetId: next.id, area: { top: 1, left: 1, bottom: 1, right: 1 } };
      }
    });
  }
  private _nav: Record<string, unknown> = {};
  private _cached<T>(k: string, f: () => T): T {
    return (this._nav[k] ??= f()) as T;
  }
  /** AutoFilter (ExcelApi 1.9): enabled, isDataFiltered, getRangeOrNullObject. */
  get autoFilter(): FakeAutoFilter {
    return this._cached('autoFilter', () => new FakeAutoFilter(this.context, this));
  }
  get protection(): FakeProtection {
    return this._cached('protection', () => new FakeProtection(this.context, this));
  }
  get tables(): FakeTables {
    return this._cached('tables', () => new FakeTables(this.context, this));
  }
  get charts(): FakeCharts {
    return this._cached('charts', () => new FakeCharts(this.context, this));
  }
  get notes(): FakeNotes {
    if (!this.context.engine.isSupported('ExcelApi', '1.18')) return undefined as unknown as FakeNotes;
    return this._cached('notes', () => new FakeNotes(this.context, this));
  }
  get comments(): FakeComments {
    if (!this.context.engine.isSupported('ExcelApi', '1.10')) return undefined as unknown as FakeComments;
    return this._cached('comments', () => new FakeComments(this.context, this));
  }
  /**
   * pageLayout (ExcelApi 1.9; absent on older Excel, as comments and notes are): orientation,
   * paperSize, zoom and setPrintTitleRows, https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout.
   * Title rows are whole rows ('$1:$1'); zoom is either a scale (10-400) or pages wide/tall
   * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions).
   */
  get pageLayout(): FakePageLayout {
    if (!this.context.engine.isSupported('ExcelApi', '1.9')) return undefined as unknown as FakePageLayout;
    return this._cached('pageLayout', () => new FakePageLayout(this.context, this));
  }
  get freezePanes() {
    return this._cached('freezePanes', () => ({
      freezeRows: (n: number) =>
        this.context.enqueue({ op: 'freezeRows', ws: this._path, n }, () => {
          const s = this._sheet();
          this.context.engine.writable(s);
          s.freezeRows = n;
        }),
      unfreeze: () => this.context.enqueue({ op: 'unfreeze', ws: this._path }, () => (this._sheet().freezeRows = 0)),
      getLocationOrNullObject: () =>
        new FakeRange(this.context, this, () => {
          const n = this._sheet().freezeRows;
          return n ? { top: 1, left: 1, bottom: n, right: 16384 } : null;
        }, `${this._path}.frozen`)._trackNull(),
    }));
  }
  getRange(address?: string): FakeRange {
    if (!address) {
      return new FakeRange(this.context, this, () => ({ top: 1, left: 1, bottom: 1048576, right: 16384 }), `${this._path}.range()`);
    }
    const { area } = parseAddress(address);
    return new FakeRange(this.context, this, () => area, `${this._path}.range(${address})`);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const area = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
    return new FakeRange(this.context, this, () => area, `${this._path}.range(${areaA1(area)})`);
  }
  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, this, () => this.context.engine.usedArea(this._sheet(), valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 }, `${this._path}.usedRange`);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, this, () => {
      const s = this._sheetOrNull();
      return s ? this.context.engine.usedArea(s, valuesOnly) : null;
    }, `${this._path}.usedRangeOrNull`)._trackNull();
  }
  activate() {
    this.context.enqueue({ op: 'activate', ws: this._path }, () => {
      const e = this.context.engine;
      const s = this._sheet();
      if (s.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', 'Cannot activate a hidden worksheet.');
      const changed = e.book.activeId !== s.id;
      e.book.activeId = s.id;
      if (e.book.selection.sheetId !== s.id) e.book.selection = { sheetId: s.id, area: { top: 1, left: 1, bottom: 1, right: 1 } };
      if (changed) for (const h of e.activatedHandlers) h({ worksheetId: s.id, type: 'WorksheetActivated' });
    });
  }
  delete() {
    this.context.enqueue({ op: 'deleteSheet', ws: this._path }, () => {
      const e = this.context.engine;
      e.structureWritable();
      const s = this._sheet();
      if (s.visibility === 'VeryHidden') throw new FakeExcelError('InvalidOperation', 'Cannot delete a very hidden worksheet; change its visibility first.');
      if (s.visibility === 'Visible' && e.book.sheets.filter((x) => x.visibility === 'Visible').length === 1) {
        throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      e.book.sheets = e.book.sheets.filter((x) => x !== s);
      e.book.comments = e.book.comments.filter((c) => c.sheetId !== s.id);
      if (e.book.activeId === s.id) {
        const next = e.book.sheets.find((x) => x.visibility === 'Visible')!;
        e.book.activeId = next.id;
        e.book.selection = { sheetId: next.id, area: { top: 1, left: 1, bottom: 1, right: 1 } };
      }
    });
  }
}

interface FakeCellFormat {
  font: { bold: boolean };
  wrapText: boolean;
  fill: { color: string; pattern: string };
}

class FakePageLayout {
  constructor(private ctx: Ctx, private ws: FakeWorksheet) {}
  private set_(patch: Partial<DumpPrint>, json: Record<string, unknown>) {
    this.ctx.enqueue({ set: `${this.ws._path}.pageLayout`, ...json }, () => {
      const s = this.ws._sheet();
      this.ctx.engine.writable(s);
      const cur: DumpPrint = s.print ?? { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, printTitleRows: null };
      s.print = { ...cur, ...patch };
    });
  }
  set orientation(v: string) {
    if (v !== 'Portrait' && v !== 'Landscape') throw new FakeExcelError('InvalidArgument', `orientation: ${v}`);
    this.set_({ orientation: v }, { orientation: v });
  }
  set paperSize(v: string) {
    this.set_({ paperSize: v }, { paperSize: v });
  }
  set zoom(z: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    if (z.scale !== undefined && (z.scale < 10 || z.scale > 400)) throw new FakeExcelError('InvalidArgument', 'zoom.scale: 10-400');
    this.set_({ zoom: { ...z } }, { zoom: z });
  }
  setPrintTitleRows(rows: string) {
    const m = /^\$?(\d+):\$?(\d+)$/.exec(rows);
    if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1])) throw new FakeExcelError('InvalidArgument', `setPrintTitleRows: ${rows}`);
    this.set_({ printTitleRows: `$${m[1]}:$${m[2]}` }, { printTitleRows: rows });
  }
}

// ------------------------------------------------------------------ ranges

class FakeRangeFont {
  constructor(private r: FakeRange) {}
  set bold(v: boolean) {
    this.r._write({ bold: v }, (e, s, a) => {
      for (let row = a.top; row <= a.bottom; row++) for (let c = a.left; c <= a.right; c++) e.setBold(s, row, c, v);
    });
  }
  set color(_v: string) { /* not recorded */ }
  set italic(_v: boolean) { /* not recorded */ }
}

class FakeRangeFormat {
  font: FakeRangeFont;
  fill: { color: string };
  constructor(private r: FakeRange) {
    this.font = new FakeRangeFont(r);
    const range = r;
    this.fill = {
      // RangeFill.color: '#RRGGBB' or a color name (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangefill)
      set color(v: string) {
        if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new FakeExcelError('InvalidArgument', `fill.color: ${v}`);
        range._write({ fillColor: v }, (e, s, a) => {
          for (let row = a.top; row <= a.bottom; row++) for (let c = a.left; c <= a.right; c++) e.setLook(s, row, c, { fill: v.toUpperCase() });
        });
      },
      get color(): string {
        throw new FakeExcelError('PropertyNotLoaded', 'fill.color is not read by the fake');
      },
    };
  }
  set columnWidth(v: number) {
    this.r._write({ columnWidth: v }, (_e, s, a) => {
      for (let c = a.left; c <= a.right; c++) {
        if (v === STANDARD_WIDTH) delete s.columnWidths[colLetter(c)];
        else s.columnWidths[colLetter(c)] = v;
      }
    });
  }
  /** RangeFormat.wrapText (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat): recorded per cell. */
  set wrapText(v: boolean) {
    this.r._write({ wrapText: v }, (e, s, a) => {
      for (let row = a.top; row <= a.bottom; row++) for (let c = a.left; c <= a.right; c++) e.setLook(s, row, c, { wrap: v || undefined });
    });
  }
  set verticalAlignment(_v: string) { /* not recorded */ }
  set horizontalAlignment(_v: string) { /* not recorded */ }
  autofitColumns() { /* no-op */ }
  autofitRows() { /* no-op */ }
}

class FakeRangeAreas extends Proxy {
  constructor(ctx: Ctx, private owner: FakeRange) {
    super(ctx, owner._path + '.mergedAreas');
  }
  private _areas(): Area[] {
    const s = this.owner._ws._sheet();
    const a = this.owner._areaOrNull();
    if (!a) return [];
    // Only merged areas whose top-left cell lies in the range (OfficeDev/office-js#3611); more than
    // MERGED_AREAS_LIMIT fails the request (limits.ts).
    const found = s.merges.filter((m) => m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right);
    if (found.length > MERGED_AREAS_LIMIT) throw new FakeExcelError('GeneralException', 'There was an internal error while processing the request.');
    return found;
  }
  protected override _exists() {
    return this._areas().length > 0;
  }
  protected override _props() {
    return ['address', 'areaCount'];
  }
  protected _read(prop: string): unknown {
    const s = this.owner._ws._sheet();
    const areas = this._areas();
    if (prop === 'address') return areas.map((m) => `${quoteSheet(s.name)}!${areaAddress(m)}`).join(', ');
    if (prop === 'areaCount') return areas.length;
    if (prop === 'cellCount') return areas.reduce((n, m) => n + (m.bottom - m.top + 1) * (m.right - m.left + 1), 0);
    throw new FakeExcelError('InvalidArgument', `rangeAreas.${prop}`);
  }
  get address(): string { return this._get('address'); }
  get areaCount(): number { return this._get('areaCount'); }
  private _areasColl?: Coll<FakeRange>;
  get areas() {
    if (this._areasColl) return this._areasColl;
    const self = this;
    const ctx = this.context;
    const coll = new (class extends Coll<FakeRange> {
      protected _children(): FakeRange[] {
        return self._areas().map((m) => new FakeRange(ctx, self.owner._ws, () => m, `${self._path}.area(${areaA1(m)})`));
      }
    })(ctx, this._path + '.areas');
    this._areasColl = coll;
    return coll;
  }
}

type WriteFn = (e: Engine, s: SheetState, a: Area) => void;

class FakeRange extends Proxy {
  format: FakeRangeFormat;
  constructor(ctx: Ctx, public _ws: FakeWorksheet, private _resolveArea: () => Area | null, path: string) {
    super(ctx, path);
    this.format = new FakeRangeFormat(this);
  }
  _defaultProps() {
    return ['address', 'values', 'text', 'numberFormat', 'formulas', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];
  }
  protected override _props() {
    return this._defaultProps();
  }
  _areaOrNull(): Area | null {
    return this._resolveArea();
  }
  _area(): Area {
    const a = this._resolveArea();
    if (!a) throw new FakeExcelError('ItemNotFound', `Null range (${this._path}).`);
    return a;
  }
  protected override _exists() {
    return this._ws._sheetOrNull() !== null && this._resolveArea() !== null;
  }
  protected _read(prop: string): unknown {
    const e = this.context.engine;
    const s = this._ws._sheet();
    const a = this._area();
    if (['values', 'text', 'numberFormat', 'formulas', 'valueTypes'].includes(prop) && (a.bottom - a.top + 1) * (a.right - a.left + 1) > READ_CELL_LIMIT) {
      throw new FakeExcelError('RangeExceedsLimit', 'The cell count in the range has exceeded the maximum supported number.');
    }
    switch (prop) {
      case 'address': return `${quoteSheet(s.name)}!${areaAddress(a)}`;
      case 'addressLocal': return `${quoteSheet(s.name)}!${areaAddress(a)}`;
      case 'values': return e.matrix(s, a, (c) => (c?.v ?? ''));
      case 'text': return e.matrix(s, a, (c) => (c ? renderText(c.v, c.fmt) : ''));
      case 'numberFormat': return e.matrix(s, a, (c) => c?.fmt ?? 'General');
      case 'formulas': return e.matrix(s, a, (c) => (c?.f ?? c?.v ?? ''));
      case 'valueTypes': return e.matrix(s, a, (c) => (c?.v === null || c === undefined ? 'Empty' : typeof c.v === 'number' ? 'Double' : typeof c.v === 'boolean' ? 'Boolean' : /^#/.test(String(c.v)) && c.f ? 'Error' : 'String'));
      case 'rowIndex': return a.top - 1;
      case 'columnIndex': return a.left - 1;
      case 'rowCount': return a.bottom - a.top + 1;
      case 'columnCount': return a.right - a.left + 1;
      case 'cellCount': return (a.bottom - a.top + 1) * (a.right - a.left + 1);
    }
    throw new FakeExcelError('InvalidArgument', `range.${prop}`);
  }
  _write(json: Record<string, unknown>, fn: WriteFn) {
    this.context.enqueue({ set: this._path, ...json }, () => {
      const e = this.context.engine;
      const s = this._ws._sheet();
      e.writable(s);
      fn(e, s, this._area());
    });
  }
  private _setMatrix(prop: string, v: unknown, cell: (e: Engine, s: SheetState, r: number, c: number, x: unknown) => void) {
    this._write({ [prop]: v }, (e, s, a) => {
      e.writableArea(s, a);
      const rows = a.bottom - a.top + 1;
      const cols = a.right - a.left + 1;
      if (!Array.isArray(v)) {
        for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) cell(e, s, r, c, v);
        return;
      }
      if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw new FakeExcelError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`);
      }
      v.forEach((row: unknown[], i) => row.forEach((x, j) => cell(e, s, a.top + i, a.left + j, x)));
    });
  }
  get address(): string { return this._get('address'); }
  get values(): CellValue[][] { return this._get('values'); }
  set values(v: unknown[][]) { this._setMatrix('values', v, (e, s, r, c, x) => e.setInput(s, r, c, x)); }
  get formulas(): unknown[][] { return this._get('formulas'); }
  set formulas(v: unknown[][]) { this._setMatrix('formulas', v, (e, s, r, c, x) => e.setInput(s, r, c, x)); }
  get numberFormat(): string[][] { return this._get('numberFormat'); }
  set numberFormat(v: unknown[][]) { this._setMatrix('numberFormat', v, (e, s, r, c, x) => e.setFormat(s, r, c, x)); }
  get text(): string[][] { return this._get('text'); }
  get valueTypes(): string[][] { return this._get('valueTypes'); }
  get rowIndex(): number { return this._get('rowIndex'); }
  get columnIndex(): number { return this._get('columnIndex'); }
  get rowCount(): number { return this._get('rowCount'); }
  get columnCount(): number { return this._get('columnCount'); }
  get worksheet() { return this._ws; }

  /**
   * getCellProperties (ExcelApi 1.9): the fake records format.font.bold, format.wrapText and
   * format.fill; a cell without fill reads as color '#FFFFFF' with pattern 'None'
   * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.cellpropertiesfill).
   */
  getCellProperties(_spec: unknown): ClientResult<Array<Array<{ format: FakeCellFormat }>>> {
    const r = new ClientResult<Array<Array<{ format: FakeCellFormat }>>>();
    this.context.enqueue({ cellProperties: this._path }, () => {
      const e = this.context.engine;
      r._value = e.matrix(this._ws._sheet(), this._area(), (c) => ({
        format: { font: { bold: !!c?.bold }, wrapText: !!c?.wrap, fill: { color: c?.fill ?? '#FFFFFF', pattern: c?.fill ? 'Solid' : 'None' } },
      }));
      r._set = true;
    }, false);
    return r;
  }
  /** getColumnProperties (ExcelApi 1.9): format.columnWidth in points (48 = the standard width). */
  getColumnProperties(_spec: unknown): ClientResult<Array<{ format: { columnWidth: number } }>> {
    const r = new ClientResult<Array<{ format: { columnWidth: number } }>>();
    this.context.enqueue({ columnProperties: this._path }, () => {
      const s = this._ws._sheet();
      const a = this._area();
      const out: Array<{ format: { columnWidth: number } }> = [];
      for (let c = a.left; c <= a.right; c++) out.push({ format: { columnWidth: s.columnWidths[colLetter(c)] ?? STANDARD_WIDTH } });
      r._value = out;
      r._set = true;
    }, false);
    return r;
  }
  getMergedAreasOrNullObject() {
    return new FakeRangeAreas(this.context, this)._trackNull();
  }
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this._ws, () => {
      const a = this._area();
      return { top: a.top + row, left: a.left + column, bottom: a.top + row, right: a.left + column };
    }, `${this._path}.cell(${row},${column})`);
  }
  /**
   * Range.getIntersectionOrNullObject (ExcelApi 1.4): "the rectangular intersection of the given
   * ranges. If no intersection is found, then this method returns an object with its isNullObject
   * property set to true" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getintersectionornullobject-member(1)).
   */
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    const o = typeof other === 'string' ? this._ws.getRange(other) : other;
    return new FakeRange(this.context, this._ws, () => {
      const a = this._areaOrNull();
      const b = o._areaOrNull();
      if (!a || !b) return null;
      const top = Math.max(a.top, b.top);
      const left = Math.max(a.left, b.left);
      const bottom = Math.min(a.bottom, b.bottom);
      const right = Math.min(a.right, b.right);
      return top <= bottom && left <= right ? { top, left, bottom, right } : null;
    }, `${this._path}.intersect(${o._path})`)._trackNull();
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.context, this._ws, () => {
      const a = this._area();
      return { top: a.top, left: a.left, bottom: a.bottom + deltaRows, right: a.right + deltaColumns };
    }, `${this._path}.resized(${deltaRows},${deltaColumns})`);
  }
  select() {
    this.context.enqueue({ op: 'select', range: this._path }, () => {
      const e = this.context.engine;
      const s = this._ws._sheet();
      if (s.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', 'Cannot select a range on a hidden worksheet.');
      const changed = e.book.activeId !== s.id;
      e.book.activeId = s.id;
      e.book.selection = { sheetId: s.id, area: { ...this._area() } };
      if (changed) for (const h of e.activatedHandlers) h({ worksheetId: s.id, type: 'WorksheetActivated' });
    }, false);
  }
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All') {
    this._write({ op: 'clear', applyTo }, (e, s, a) => e.clear(s, a, applyTo));
  }
  merge(_across = false) {
    this._write({ op: 'merge' }, (_e, s, a) => {
      s.merges = s.merges.filter((m) => m.bottom < a.top || m.top > a.bottom || m.right < a.left || m.left > a.right);
      s.merges.push({ ...a });
    });
  }
  unmerge() {
    this._write({ op: 'unmerge' }, (_e, s, a) => {
      s.merges = s.merges.filter((m) => m.bottom < a.top || m.top > a.bottom || m.right < a.left || m.left > a.right);
    });
  }
  /** copyFrom(source, 'Formats') copies number format and bold of the (single-cell) source. */
  copyFrom(source: FakeRange | string, copyType: string = 'All') {
    const src = typeof source === 'string' ? this._ws.getRange(source) : source;
    this._write({ op: 'copyFrom', from: src._path, copyType }, (e, s, a) => {
      const ss = src._ws._sheet();
      const sa = src._area();
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          const from = e.cellOf(ss, sa.top + ((r - a.top) % (sa.bottom - sa.top + 1)), sa.left + ((c - a.left) % (sa.right - sa.left + 1)));
          if (copyType === 'Formats' || copyType === 'All') {
            e.setFormat(s, r, c, from?.fmt ?? 'General');
            e.setBold(s, r, c, !!from?.bold);
            e.setLook(s, r, c, { wrap: from?.wrap, fill: from?.fill });
          }
          if (copyType === 'Values' || copyType === 'All') e.setInput(s, r, c, from?.f ?? (from?.v === null || from === undefined ? '' : from.v));
        }
      }
    });
  }
}

// ------------------------------------------------------------------ comments (ExcelApi 1.10)

function resolveCell(ctx: Ctx, cellAddress: string | FakeRange, ws: FakeWorksheet | null): { s: SheetState; r: number; c: number } {
  const e = ctx.engine;
  if (typeof cellAddress !== 'string') {
    const a = cellAddress._area();
    if (a.top !== a.bottom || a.left !== a.right) throw new FakeExcelError('InvalidArgument', 'The range must be a single cell.');
    return { s: cellAddress._ws._sheet(), r: a.top, c: a.left };
  }
  const { sheet, area } = parseAddress(cellAddress);
  if (area.top !== area.bottom || area.left !== area.right) throw new FakeExcelError('InvalidArgument', 'The range must be a single cell.');
  const s = sheet ? e.sheetByName(sheet) : ws ? ws._sheet() : e.sheetById(e.book.activeId);
  if (!s) throw new FakeExcelError('ItemNotFound', `Worksheet '${sheet}' not found.`);
  return { s, r: area.top, c: area.left };
}

class FakeComments extends Coll<FakeComment> {
  constructor(ctx: Ctx, private ws: FakeWorksheet | null) {
    super(ctx, ws ? ws._path + '.comments' : 'comments');
  }
  protected _children(): FakeComment[] {
    const e = this.context.engine;
    const sid = this.ws ? this.ws._sheet().id : null;
    return e.book.comments.filter((c) => !sid || c.sheetId === sid).map((c) => new FakeComment(this.context, () => c.id, `comment(${c.id})`));
  }
  add(cellAddress: string | FakeRange, content: string, _contentType?: string): FakeComment {
    const e = this.context.engine;
    let id: string | null = null;
    const addr = typeof cellAddress === 'string' ? cellAddress : cellAddress._path;
    this.context.enqueue({ op: 'addComment', cell: addr, content }, () => {
      const { s, r, c } = resolveCell(this.context, cellAddress, this.ws);
      e.writable(s);
      const ni = e.conditions.commentsNotImplemented;
      if (ni.has('*') || ni.has(`${s.name}!${a1(r, c)}`)) throw new FakeExcelError('NotImplemented', "The requested feature isn't implemented.");
      // A thread on a merged cell other than its top-left one is refused (limits.ts).
      if (s.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left))) {
        throw new FakeExcelError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      if (e.commentAt(s.id, r, c)) throw new FakeExcelError('InvalidArgument', `The cell ${a1(r, c)} already has a comment thread.`);
      if (s.notes.has(key(r, c))) throw new FakeExcelError('InvalidArgument', `The cell ${a1(r, c)} already has a note.`);
      id = `{C${e.book.nextId++}}`;
      e.book.comments.push({ id, sheetId: s.id, key: key(r, c), content, author: e.opts.userName, replies: [] });
    });
    return new FakeComment(this.context, () => id, `commentAdd(${addr})`);
  }
  getItem(commentId: string): FakeComment {
    return new FakeComment(this.context, () => {
      if (!this.context.engine.book.comments.some((c) => c.id === commentId)) throw new FakeExcelError('ItemNotFound', `Comment ${commentId} not found.`);
      return commentId;
    }, `comment(${commentId})`);
  }
  getItemOrNullObject(commentId: string): FakeComment {
    return new FakeComment(this.context, () => (this.context.engine.book.comments.some((c) => c.id === commentId) ? commentId : null), `commentOrNull(${commentId})`)._trackNull();
  }
  getItemByCell(cellAddress: string | FakeRange): FakeComment {
    return new FakeComment(this.context, () => {
      const { s, r, c } = resolveCell(this.context, cellAddress, this.ws);
      const found = this.context.engine.commentAt(s.id, r, c);
      if (!found) throw new FakeExcelError('ItemNotFound', `No comment at ${a1(r, c)}.`);
      return found.id;
    }, `commentByCell(${typeof cellAddress === 'string' ? cellAddress : cellAddress._path})`);
  }
  /** Not in the real API (there only getItemOrNullObject(id)); kept for tests. */
  getItemByCellOrNullObject(cellAddress: string | FakeRange): FakeComment {
    return new FakeComment(this.context, () => {
      const { s, r, c } = resolveCell(this.context, cellAddress, this.ws);
      return this.context.engine.commentAt(s.id, r, c)?.id ?? null;
    }, `commentByCellOrNull(${typeof cellAddress === 'string' ? cellAddress : cellAddress._path})`)._trackNull();
  }
}

class FakeReplies extends Coll<FakeReply> {
  constructor(ctx: Ctx, private comment: FakeComment) {
    super(ctx, comment._path + '.replies');
  }
  protected _children(): FakeReply[] {
    const c = this.comment._state();
    return c.replies.map((r) => new FakeReply(this.context, this.comment, r.id));
  }
  add(content: string): FakeReply {
    const e = this.context.engine;
    const id = `{R${e.book.nextId++}}`;
    this.context.enqueue({ op: 'addReply', comment: this.comment._path, content }, () => {
      const c = this.comment._state();
      e.writable(e.mustSheet(c.sheetId));
      c.replies.push({ id, content, author: e.opts.userName });
    });
    return new FakeReply(this.context, this.comment, id);
  }
}

class FakeReply extends Proxy {
  constructor(ctx: Ctx, private comment: FakeComment, private rid: string) {
    super(ctx, `${comment._path}.reply(${rid})`);
  }
  _defaultProps() { return ['id', 'content', 'authorName']; }
  protected override _props() { return this._defaultProps(); }
  private _r() {
    const r = this.comment._state().replies.find((x) => x.id === this.rid);
    if (!r) throw new FakeExcelError('ItemNotFound', 'Reply not found.');
    return r;
  }
  protected _read(prop: string): unknown {
    const r = this._r();
    if (prop === 'id') return r.id;
    if (prop === 'content') return r.content;
    if (prop === 'authorName') return r.author;
    throw new FakeExcelError('InvalidArgument', `reply.${prop}`);
  }
  get id(): string { return this._get('id'); }
  get content(): string { return this._get('content'); }
  set content(v: string) { this.context.enqueue({ set: this._path, content: v }, () => (this._r().content = v)); }
  get authorName(): string { return this._get('authorName'); }
  delete() {
    this.context.enqueue({ op: 'deleteReply', reply: this._path }, () => {
      const c = this.comment._state();
      c.replies = c.replies.filter((x) => x.id !== this.rid);
    });
  }
}

class FakeComment extends Proxy {
  constructor(ctx: Ctx, private _resolveId: () => string | null, path: string) {
    super(ctx, path);
  }
  _defaultProps() { return ['id', 'content', 'authorName', 'authorEmail']; }
  protected override _props() { return this._defaultProps(); }
  _stateOrNull(): CommentState | null {
    const id = this._resolveId();
    return id ? this.context.engine.book.comments.find((c) => c.id === id) ?? null : null;
  }
  _state(): CommentState {
    const c = this._stateOrNull();
    if (!c) throw new FakeExcelError('ItemNotFound', `Comment not found (${this._path}).`);
    return c;
  }
  protected override _exists() { return this._stateOrNull() !== null; }
  protected _read(prop: string): unknown {
    const c = this._state();
    switch (prop) {
      case 'id': return c.id;
      case 'content': return c.content;
      case 'authorName': return c.author;
      case 'authorEmail': return `${c.author.toLowerCase().replace(/\s+/g, '.')}@contoh.go.id`;
      case 'resolved': return false;
    }
    throw new FakeExcelError('InvalidArgument', `comment.${prop}`);
  }
  get id(): string { return this._get('id'); }
  get content(): string { return this._get('content'); }
  set content(v: string) {
    this.context.enqueue({ set: this._path, content: v }, () => {
      const c = this._state();
      this.context.engine.writable(this.context.engine.mustSheet(c.sheetId));
      c.content = v;
    });
  }
  get authorName(): string { return this._get('authorName'); }
  get authorEmail(): string { return this._get('authorEmail'); }
  private _replies?: FakeReplies;
  get replies(): FakeReplies { return (this._replies ??= new FakeReplies(this.context, this)); }
  delete() {
    this.context.enqueue({ op: 'deleteComment', comment: this._path }, () => {
      const e = this.context.engine;
      const c = this._state();
      e.writable(e.mustSheet(c.sheetId));
      e.book.comments = e.book.comments.filter((x) => x !== c);
    });
  }
  getLocation(): FakeRange {
    const e = this.context.engine;
    const ws = new FakeWorksheet(this.context, () => this._state().sheetId, `${this._path}.ws`);
    return new FakeRange(this.context, ws, () => {
      const c = this._state();
      return { top: rowOf(c.key), left: colOf(c.key), bottom: rowOf(c.key), right: colOf(c.key) };
    }, `${this._path}.location`);
    void e;
  }
}

// ------------------------------------------------------------------ notes (ExcelApi 1.18)

class FakeNotes extends Coll<FakeNote> {
  constructor(ctx: Ctx, private ws: FakeWorksheet | null) {
    super(ctx, ws ? ws._path + '.notes' : 'notes');
  }
  protected _children(): FakeNote[] {
    const e = this.context.engine;
    const sheets = this.ws ? [this.ws._sheet()] : e.book.sheets;
    const out: FakeNote[] = [];
    for (const s of sheets) for (const k of s.notes.keys()) out.push(new FakeNote(this.context, () => ({ s, k }), `note(${s.id},${k})`));
    return out;
  }
  add(cellAddress: string | FakeRange, content: string): FakeNote {
    const e = this.context.engine;
    let loc: { s: SheetState; k: number } | null = null;
    this.context.enqueue({ op: 'addNote', cell: typeof cellAddress === 'string' ? cellAddress : cellAddress._path, content }, () => {
      const { s, r, c } = resolveCell(this.context, cellAddress, this.ws);
      e.writable(s);
      if (s.notes.has(key(r, c))) throw new FakeExcelError('InvalidArgument', `The cell ${a1(r, c)} already has a note.`);
      if (e.commentAt(s.id, r, c)) throw new FakeExcelError('InvalidArgument', `The cell ${a1(r, c)} already has a comment thread.`);
      s.notes.set(key(r, c), { content, author: e.opts.userName });
      loc = { s, k: key(r, c) };
    });
    return new FakeNote(this.context, () => loc, 'noteAdd');
  }
  private _find(keyAddr: string) {
    return () => {
      const { s, r, c } = resolveCell(this.context, keyAddr, this.ws);
      return s.notes.has(key(r, c)) ? { s, k: key(r, c) } : null;
    };
  }
  getItem(cellKey: string): FakeNote {
    const f = this._find(cellKey);
    return new FakeNote(this.context, () => {
      const x = f();
      if (!x) throw new FakeExcelError('ItemNotFound', `No note at ${cellKey}.`);
      return x;
    }, `note(${cellKey})`);
  }
  getItemOrNullObject(cellKey: string): FakeNote {
    return new FakeNote(this.context, this._find(cellKey), `noteOrNull(${cellKey})`)._trackNull();
  }
}

class FakeNote extends Proxy {
  constructor(ctx: Ctx, private _loc: () => { s: SheetState; k: number } | null, path: string) {
    super(ctx, path);
  }
  _defaultProps() { return ['content', 'authorName']; }
  protected override _props() { return this._defaultProps(); }
  private _n() {
    const l = this._loc();
    const s = l ? this.context.engine.sheetById(l.s.id) : undefined;
    const n = l && s ? s.notes.get(l.k) : undefined;
    if (!l || !s || !n) throw new FakeExcelError('ItemNotFound', 'Note not found.');
    return { s, k: l.k, n };
  }
  protected override _exists() {
    try {
      this._n();
      return true;
    } catch {
      return false;
    }
  }
  protected _read(prop: string): unknown {
    const { n } = this._n();
    if (prop === 'content') return n.content;
    if (prop === 'authorName') return n.author;
    if (prop === 'visible') return false;
    throw new FakeExcelError('InvalidArgument', `note.${prop}`);
  }
  get content(): string { return this._get('content'); }
  set content(v: string) {
    this.context.enqueue({ set: this._path, content: v }, () => {
      const { s, n } = this._n();
      this.context.engine.writable(s);
      n.content = v;
    });
  }
  get authorName(): string { return this._get('authorName'); }
  delete() {
    this.context.enqueue({ op: 'deleteNote', note: this._path }, () => {
      const { s, k } = this._n();
      this.context.engine.writable(s);
      s.notes.delete(k);
    });
  }
  getLocation(): FakeRange {
    const ws = new FakeWorksheet(this.context, () => this._n().s.id, `${this._path}.ws`);
    return new FakeRange(this.context, ws, () => {
      const { k } = this._n();
      return { top: rowOf(k), left: colOf(k), bottom: rowOf(k), right: colOf(k) };
    }, `${this._path}.location`);
  }
}

// ------------------------------------------------------------------ settings

class FakeSettings extends Coll<FakeSetting> {
  constructor(ctx: Ctx) {
    super(ctx, 'settings');
  }
  protected _children(): FakeSetting[] {
    return Array.from(this.context.engine.book.settings.keys()).map((k) => new FakeSetting(this.context, k));
  }
  add(k: string, value: unknown): FakeSetting {
    this.context.enqueue({ op: 'addSetting', key: k, value }, () => {
      this.context.engine.book.settings.set(k, JSON.parse(JSON.stringify(value)));
    });
    return new FakeSetting(this.context, k);
  }
  getItem(k: string): FakeSetting {
    return new FakeSetting(this.context, k, true);
  }
  getItemOrNullObject(k: string): FakeSetting {
    return new FakeSetting(this.context, k)._trackNull();
  }
}

class FakeSetting extends Proxy {
  constructor(ctx: Ctx, private k: string, private strict = false) {
    super(ctx, `setting(${JSON.stringify(k)})`);
  }
  _defaultProps() { return ['key', 'value']; }
  protected override _props() { return this._defaultProps(); }
  protected override _exists() {
    const has = this.context.engine.book.settings.has(this.k);
    if (!has && this.strict) throw new FakeExcelError('ItemNotFound', `Setting '${this.k}' not found.`);
    return has;
  }
  protected _read(prop: string): unknown {
    if (prop === 'key') return this.k;
    if (prop === 'value') return JSON.parse(JSON.stringify(this.context.engine.book.settings.get(this.k)));
    throw new FakeExcelError('InvalidArgument', `setting.${prop}`);
  }
  get key(): string { return this._get('key'); }
  get value(): unknown { return this._get('value'); }
  set value(v: unknown) {
    this.context.enqueue({ set: this._path, value: v }, () => this.context.engine.book.settings.set(this.k, JSON.parse(JSON.stringify(v))));
  }
  delete() {
    this.context.enqueue({ op: 'deleteSetting', key: this.k }, () => this.context.engine.book.settings.delete(this.k));
  }
}

// ------------------------------------------------------------------ tables and charts

class FakeTables extends Coll<FakeTable> {
  constructor(ctx: Ctx, private ws: FakeWorksheet | null) {
    super(ctx, ws ? ws._path + '.tables' : 'tables');
  }
  protected _children(): FakeTable[] {
    const e = this.context.engine;
    const sheets = this.ws ? [this.ws._sheet()] : e.book.sheets;
    return sheets.flatMap((s) => s.tables.map((t) => new FakeTable(this.context, () => ({ s, t }), `table(${t.name})`)));
  }
  getItem(name: string): FakeTable {
    const e = this.context.engine;
    return new FakeTable(this.context, () => {
      for (const s of this.ws ? [this.ws._sheet()] : e.book.sheets) {
        const t = s.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (t) return { s, t };
      }
      throw new FakeExcelError('ItemNotFound', `Table '${name}' not found.`);
    }, `table(${JSON.stringify(name)})`);
  }
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const e = this.context.engine;
    let ref: { s: SheetState; t: SheetState['tables'][number] } | null = null;
    this.context.enqueue({ op: 'addTable', address: typeof address === 'string' ? address : address._path, hasHeaders }, () => {
      let s: SheetState;
      let area: Area;
      if (typeof address === 'string') {
        const p = parseAddress(address);
        const named = p.sheet ? e.sheetByName(p.sheet) : this.ws?._sheet();
        if (!named) throw new FakeExcelError('ItemNotFound', `Worksheet for table ${address} not found.`);
        s = named;
        area = p.area;
      } else {
        s = address._ws._sheet();
        area = address._area();
      }
      e.writable(s);
      for (const other of s.tables) {
        const o = parseAddress(other.range).area;
        if (!(o.bottom < area.top || o.top > area.bottom || o.right < area.left || o.left > area.right)) {
          throw new FakeExcelError('InvalidOperation', 'A table cannot overlap another table.');
        }
      }
      let i = 1;
      const all = new Set(e.book.sheets.flatMap((x) => x.tables.map((t) => t.name.toLowerCase())));
      while (all.has(`table${i}`)) i++;
      const t = { name: `Table${i}`, range: areaA1(area), style: 'TableStyleMedium2' };
      s.tables.push(t);
      ref = { s, t };
    });
    return new FakeTable(this.context, () => ref, 'tableAdd');
  }
}

class FakeTable extends Proxy {
  constructor(ctx: Ctx, private _ref: () => { s: SheetState; t: SheetState['tables'][number] } | null, path: string) {
    super(ctx, path);
  }
  _defaultProps() { return ['name', 'style']; }
  protected override _props() { return this._defaultProps(); }
  private _t() {
    const r = this._ref();
    if (!r) throw new FakeExcelError('ItemNotFound', 'Table not found.');
    return r;
  }
  protected override _exists() { return this._ref() !== null; }
  protected _read(prop: string): unknown {
    const { t } = this._t();
    if (prop === 'name') return t.name;
    if (prop === 'style') return t.style;
    throw new FakeExcelError('InvalidArgument', `table.${prop}`);
  }
  get name(): string { return this._get('name'); }
  set name(v: string) {
    this.context.enqueue({ set: this._path, name: v }, () => {
      const e = this.context.engine;
      const { t } = this._t();
      if (e.book.sheets.some((s) => s.tables.some((x) => x !== t && x.name.toLowerCase() === v.toLowerCase()))) {
        throw new FakeExcelError('InvalidArgument', `A table named '${v}' already exists.`);
      }
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v)) throw new FakeExcelError('InvalidArgument', `Invalid table name '${v}'.`);
      t.name = v;
    });
  }
  get style(): string { return this._get('style'); }
  set style(v: string) { this.context.enqueue({ set: this._path, style: v }, () => (this._t().t.style = v)); }
  set showBandedRows(_v: boolean) { /* not recorded */ }
  private _ws?: FakeWorksheet;
  /** Table.worksheet (ExcelApi 1.2, https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-worksheet-member): the sheet holding the table; loads with the table ('items/worksheet/name'). */
  get worksheet(): FakeWorksheet {
    return (this._ws ??= new FakeWorksheet(this.context, () => this._t().s.id, `${this._path}.ws`));
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => parseAddress(this._t().t.range).area, `${this._path}.range`);
  }
  delete() {
    this.context.enqueue({ op: 'deleteTable', table: this._path }, () => {
      const { s, t } = this._t();
      s.tables = s.tables.filter((x) => x !== t);
    });
  }
}

class FakeCharts extends Coll<FakeChart> {
  constructor(ctx: Ctx, private ws: FakeWorksheet) {
    super(ctx, ws._path + '.charts');
  }
  protected _children(): FakeChart[] {
    const s = this.ws._sheet();
    return s.charts.map((c) => new FakeChart(this.context, () => ({ s, c }), `chart(${c.id})`));
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.context, () => {
      const s = this.ws._sheet();
      const c = s.charts.find((x) => x.name === name);
      if (!c) throw new FakeExcelError('ItemNotFound', `Chart '${name}' not found.`);
      return { s, c };
    }, `chart(${JSON.stringify(name)})`);
  }
  add(type: string, sourceData: FakeRange, seriesBy: string = 'Auto'): FakeChart {
    const e = this.context.engine;
    let ref: { s: SheetState; c: ChartState } | null = null;
    this.context.enqueue({ op: 'addChart', type, source: sourceData._path, seriesBy }, () => {
      const s = this.ws._sheet();
      e.writable(s);
      const ss = sourceData._ws._sheet();
      const a = sourceData._area();
      const rows = a.bottom - a.top + 1;
      const cols = a.right - a.left + 1;
      const by = seriesBy === 'Auto' ? (rows >= cols ? 'Columns' : 'Rows') : seriesBy;
      const names: string[] = [];
      const txt = (r: number, c: number) => {
        const cell = e.cellOf(ss, r, c);
        return cell ? renderText(cell.v, cell.fmt) : '';
      };
      if (by === 'Columns') for (let c = a.left + 1; c <= a.right; c++) names.push(txt(a.top, c));
      else for (let r = a.top + 1; r <= a.bottom; r++) names.push(txt(r, a.left));
      const c: ChartState = {
        id: `{K${e.book.nextId++}}`,
        name: `Chart ${s.charts.length + 1}`,
        type,
        title: '',
        source: `${quoteSheet(ss.name)}!${areaA1(a)}`,
        seriesBy: by,
        series: names,
        anchor: null,
      };
      s.charts.push(c);
      ref = { s, c };
    });
    return new FakeChart(this.context, () => ref, 'chartAdd');
  }
}

class FakeChart extends Proxy {
  constructor(ctx: Ctx, private _ref: () => { s: SheetState; c: ChartState } | null, path: string) {
    super(ctx, path);
  }
  _defaultProps() { return ['name']; }
  protected override _props() { return this._defaultProps(); }
  private _c() {
    const r = this._ref();
    if (!r) throw new FakeExcelError('ItemNotFound', 'Chart not found.');
    return r;
  }
  protected override _exists() { return this._ref() !== null; }
  protected _read(prop: string): unknown {
    const { c } = this._c();
    if (prop === 'name') return c.name;
    throw new FakeExcelError('InvalidArgument', `chart.${prop}`);
  }
  get name(): string { return this._get('name'); }
  set name(v: string) { this.context.enqueue({ set: this._path, name: v }, () => (this._c().c.name = v)); }
  private _title?: { text: string };
  get title() {
    const self = this;
    return (this._title ??= {
      set text(v: string) { self.context.enqueue({ set: self._path + '.title', text: v }, () => (self._c().c.title = v)); },
    } as { text: string });
  }
  private _series?: Coll<FakeSeries>;
  get series() {
    if (this._series) return this._series;
    const self = this;
    const ctx = this.context;
    return (this._series = new (class extends Coll<FakeSeries> {
      protected _children(): FakeSeries[] {
        return self._c().c.series.map((_n, i) => new FakeSeries(ctx, () => self._c().c, i));
      }
    })(ctx, this._path + '.series'));
  }
  set height(_v: number) { /* not recorded */ }
  set width(_v: number) { /* not recorded */ }
  setPosition(startCell: string | FakeRange, _endCell?: string | FakeRange) {
    this.context.enqueue({ op: 'setPosition', chart: this._path, start: typeof startCell === 'string' ? startCell : startCell._path }, () => {
      const a = typeof startCell === 'string' ? parseAddress(startCell).area : startCell._area();
      this._c().c.anchor = a1(a.top, a.left);
    });
  }
  delete() {
    this.context.enqueue({ op: 'deleteChart', chart: this._path }, () => {
      const { s, c } = this._c();
      s.charts = s.charts.filter((x) => x !== c);
    });
  }
}

class FakeSeries extends Proxy {
  constructor(ctx: Ctx, private chart: () => ChartState, private i: number) {
    super(ctx, `series(${i})`);
  }
  _defaultProps() { return ['name']; }
  protected _read(prop: string): unknown {
    if (prop === 'name') return this.chart().series[this.i];
    throw new FakeExcelError('InvalidArgument', `series.${prop}`);
  }
  get name(): string { return this._get('name'); }
}

// ------------------------------------------------------------------ factory

/** Looks up a sheet of the engine by name for the test controls (an unknown name is the test's mistake). */
function sheetOf(engine: Engine, name: string): SheetState {
  const s = engine.sheetByName(name);
  if (!s) throw new Error(`Lembar "${name}" tidak ada`);
  return s;
}

type CellControls = Pick<FakeExcel, 'setCellValue' | 'setCellFormat' | 'cell' | 'activate' | 'activeSheet' | 'selection'>;

/** The test controls that read or change cells, the active sheet and the selection. */
function cellControls(engine: Engine): CellControls {
  const sheet = (name: string) => sheetOf(engine, name);
  return {
    setCellValue(name, addr, v) {
      const s = sheet(name);
      const { area } = parseAddress(addr);
      if (v === null) engine.setInput(s, area.top, area.left, '');
      else engine.setInput(s, area.top, area.left, v);
      engine.recalc();
      engine.changed();
    },
    setCellFormat(name, addr, fmt) {
      const s = sheet(name);
      const { area } = parseAddress(addr);
      engine.setFormat(s, area.top, area.left, fmt);
      engine.changed();
    },
    cell(name, addr) {
      const s = sheet(name);
      const { area } = parseAddress(addr);
      const c = engine.cellOf(s, area.top, area.left);
      return { value: c?.v ?? null, text: c ? renderText(c.v, c.fmt) : '', formula: c?.f ?? null, format: c?.fmt ?? 'General' };
    },
    activate(name) {
      const s = sheet(name);
      const changed = engine.book.activeId !== s.id;
      engine.book.activeId = s.id;
      engine.book.selection = { sheetId: s.id, area: { top: 1, left: 1, bottom: 1, right: 1 } };
      if (changed) for (const h of engine.activatedHandlers) h({ worksheetId: s.id, type: 'WorksheetActivated' });
      engine.changed();
    },
    activeSheet: () => engine.sheetById(engine.book.activeId)!.name,
    selection() {
      const sel = engine.book.selection;
      return { sheet: engine.sheetById(sel.sheetId)?.name ?? '', address: areaAddress(sel.area) };
    },
  };
}

type ConditionControls = Pick<
  FakeExcel,
  | 'setSupported' | 'isSetSupported' | 'setBroken' | 'protect' | 'addPersonComment' | 'addPersonNote' | 'setEditMode'
  | 'setInactive' | 'protectStructure' | 'commentsNotImplemented' | 'setFilter' | 'renameSheet' | 'failSync'
>;

/** The test controls that set what Excel supports, refuses or holds from a person. */
function conditionControls(engine: Engine): ConditionControls {
  const sheet = (name: string) => sheetOf(engine, name);
  return {
    setSupported(set, version, supported) {
      const k = `${set}@${version}`;
      if (supported) {
        engine.disabled.delete(k);
        const cur = engine.supported[set];
        if (!cur || !versionGE(cur, version)) engine.supported[set] = version;
      } else {
        engine.disabled.add(k);
      }
    },
    isSetSupported: (set, version) => engine.isSupported(set, version),
    setBroken(capability, broken = true) {
      if (broken) engine.broken.add(capability);
      else engine.broken.delete(capability);
    },
    protect(name, on = true) {
      sheet(name).protected = on;
    },
    addPersonComment(name, addr, content, author = 'Budi Santoso') {
      const s = sheet(name);
      const { area } = parseAddress(addr);
      if (engine.commentAt(s.id, area.top, area.left)) throw new Error('Sel sudah berkomentar');
      engine.book.comments.push({ id: `{C${engine.book.nextId++}}`, sheetId: s.id, key: key(area.top, area.left), content, author, replies: [] });
    },
    addPersonNote(name, addr, content, author = 'Budi Santoso') {
      const s = sheet(name);
      const { area } = parseAddress(addr);
      s.notes.set(key(area.top, area.left), { content, author });
    },
    setEditMode(on) {
      engine.conditions.editMode = on;
    },
    setInactive(on) {
      engine.conditions.inactive = on;
    },
    protectStructure(on = true) {
      engine.conditions.structureProtected = on;
    },
    commentsNotImplemented(cells) {
      engine.conditions.commentsNotImplemented = new Set(cells);
    },
    setFilter(name, range, filtered = true) {
      sheet(name).filter = { range: parseAddress(range).area, filtered };
    },
    renameSheet(from, to) {
      sheet(from).name = to;
      engine.changed();
    },
    failSync(n, message = 'Koneksi ke Excel terputus (simulasi).') {
      engine.failAt.push({ sync: engine.stats.syncs + n, message });
    },
  };
}

export function createFakeExcel(snapshot: WorkbookSnapshot, opts: FakeExcelOptions = {}): FakeExcel {
  const engine = new Engine(snapshot, opts);
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    engine.stats.runs++;
    const ctx = new Ctx(engine);
    const out = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.queue.length) await ctx.sync();
    return out;
  };
  return {
    run: run as FakeExcel['run'],
    get stats() {
      return engine.stats;
    },
    resetStats() {
      engine.stats.runs = 0;
      engine.stats.syncs = 0;
      engine.stats.requests = [];
      engine.stats.totalBytes = 0;
      engine.stats.maxBytes = 0;
    },
    dump: () => engine.dump(),
    snapshot: () => engine.snapshot(),
    ...cellControls(engine),
    ...conditionControls(engine),
    sheetNames: () => engine.book.sheets.map((s) => s.name),
    subscribe(listener) {
      engine.listeners.add(listener);
      return () => engine.listeners.delete(listener);
    },
  };
}

/** Builds a Grid from rows of values (strings starting with '=' become formulas), for tests and the playground. */
export function gridFromRows(
  sheet: string,
  rows: CellValue[][],
  opts: { top?: number; left?: number; formats?: Record<string, string>; merges?: string[] } = {},
): Grid {
  const top = opts.top ?? 1;
  const left = opts.left ?? 1;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const formats: string[][] = [];
  const text: string[][] = [];
  rows.forEach((r, i) => {
    const vr: CellValue[] = [];
    const fr: (string | null)[] = [];
    const fm: string[] = [];
    const tr: string[] = [];
    for (let j = 0; j < width; j++) {
      const v = r[j] ?? null;
      const isF = typeof v === 'string' && v.startsWith('=');
      const fmt = opts.formats?.[a1(top + i, left + j)] ?? 'General';
      vr.push(isF ? null : v);
      fr.push(isF ? (v as string) : null);
      fm.push(fmt);
      tr.push(isF || v === null ? '' : renderText(v, fmt));
    }
    values.push(vr);
    formulas.push(fr);
    formats.push(fm);
    text.push(tr);
  });
  const merges = (opts.merges ?? []).map((m) => parseAddress(m).area);
  return { sheet, top, left, values, text, formats, formulas, merges };
}
