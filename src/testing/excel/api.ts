/**
 * Public API of the in-memory Excel (the "fake"). Used by tests/excel, the bench and the browser
 * playground (src/playground). No Node imports anywhere under src/testing/excel.
 *
 *   const fake = createFakeExcel(snapshot, { supported: { ExcelApi: '1.18' } });
 *   const host = createExcelHost(fake.run, { lang: 'id', isSetSupported: fake.isSetSupported });
 *   await host.hitung();
 *   fake.dump();               // plain, deep-comparable picture of the workbook
 *   fake.stats.syncs;          // round trips so far
 */
import type { CellValue, WorkbookSnapshot } from '../../core/grid';

export type ExcelRunFn = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface FakeExcelOptions {
  /** Largest request payload (JSON of the queued operations of one sync), bytes. Default 5 MB. */
  maxRequestBytes?: number;
  /** Largest response (JSON of what the sync's loads return), bytes. Default: maxRequestBytes. */
  maxResponseBytes?: number;
  /** Highest supported version per requirement set. Default { ExcelApi: '1.18' }. */
  supported?: Record<string, string>;
  /** Author name of comments/notes the add-in (the current user) writes. Default 'Pengguna'. */
  userName?: string;
  /** Sheets to protect from the start. */
  protectedSheets?: string[];
}

/**
 * Capabilities the add-in uses, as setBroken switches them: reading a used range, writing formulas,
 * number formats, threaded comments, notes, a very hidden sheet, Excel tables, charts, merging.
 */
export type FakeCapability = 'read' | 'formula' | 'numberFormat' | 'comment' | 'note' | 'veryHidden' | 'table' | 'chart' | 'merge';

export interface FakeRequest {
  /** 1-based sync number. */
  sync: number;
  /** Number of queued operations (writes and loads). */
  ops: number;
  /** JSON byte size of the queued operations. */
  bytes: number;
  /** Loads by what they load (the last part of the object's path: `location`, `usedRangeOrNull`, `worksheets`, ...). */
  loads: Record<string, number>;
  /** JSON byte size of what the sync's loads returned (set once the sync ran). */
  response?: number;
}

export interface FakeStats {
  /** Excel.run calls. */
  runs: number;
  /** Round trips (context.sync(), including the implicit one at the end of run with pending work). */
  syncs: number;
  requests: FakeRequest[];
  totalBytes: number;
  maxBytes: number;
}

export interface DumpCell {
  /** Value (formula result for formula cells). Errors as '#DIV/0!'. */
  v: CellValue;
  /** Formula text, only for formula cells. */
  f?: string;
  /** Number format, only when not 'General'. */
  fmt?: string;
  bold?: boolean;
  /** Text wraps (format.wrapText). */
  wrap?: boolean;
  /** format.fill.color, '#RRGGBB'. */
  fill?: string;
}

/** What the sheet's pageLayout holds once set (ExcelApi 1.9). */
export interface DumpPrint {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Whole rows, '$1:$1'; null when none. */
  printTitleRows: string | null;
}

export interface DumpComment {
  sheet: string;
  cell: string;
  content: string;
  author: string;
  replies: Array<{ content: string; author: string }>;
}

export interface DumpChart {
  type: string;
  title: string;
  source: string;
  seriesBy: string;
  series: string[];
  anchor: string | null;
}

export interface DumpSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** Non-empty cells by A1 address. */
  cells: Record<string, DumpCell>;
  merges: string[];
  notes: Record<string, { content: string; author: string }>;
  tables: Array<{ name: string; range: string; style: string }>;
  charts: DumpChart[];
  freezeRows: number;
  columnWidths: Record<string, number>;
  print?: DumpPrint;
}

export interface WorkbookDump {
  /** Sheets in tab order. */
  sheets: DumpSheet[];
  comments: DumpComment[];
  settings: Record<string, unknown>;
}

export interface FakeExcel {
  /** Excel.run look-alike. */
  run: ExcelRunFn;
  /** Live statistics (mutated in place). */
  readonly stats: FakeStats;
  resetStats(): void;
  /** A plain deep-comparable picture of the whole workbook. */
  dump(): WorkbookDump;
  /** The workbook as Grids (what src/xlsx would read from the saved file). */
  snapshot(): WorkbookSnapshot;
  /** A person typing into a cell: a value, or a formula when the text starts with '='. Recalculates. */
  setCellValue(sheet: string, a1: string, v: CellValue): void;
  setCellFormat(sheet: string, a1: string, numberFormat: string): void;
  /** Read a cell as a person sees it. */
  cell(sheet: string, a1: string): { value: CellValue; text: string; formula: string | null; format: string };
  activate(sheet: string): void;
  activeSheet(): string;
  /** The selected cell/range (address without sheet) and its sheet. */
  selection(): { sheet: string; address: string };
  /**
   * Switch one requirement set version on or off. Off is exact: setSupported('ExcelApi', '1.10',
   * false) makes isSetSupported('ExcelApi', '1.10') false and the comments API missing, while
   * '1.18' (notes) stays available, so each fallback can be tested on its own.
   */
  setSupported(set: string, version: string, supported: boolean): void;
  /**
   * Switch one capability off (or back on): every sync that queues an operation using it fails with
   * ApiNotFound and applies nothing, as when this Excel lacks the API (Periksa Kesiapan's tests).
   */
  setBroken(capability: FakeCapability, broken?: boolean): void;
  /** Office.context.requirements.isSetSupported look-alike. */
  isSetSupported(set: string, version?: string): boolean;
  protect(sheet: string, on?: boolean): void;
  /** A comment thread written by a person (not the add-in). */
  addPersonComment(sheet: string, a1: string, content: string, author?: string): void;
  addPersonNote(sheet: string, a1: string, content: string, author?: string): void;
  /** A person editing a cell: every request fails with InvalidOperationInCellEditMode (limits.ts). */
  setEditMode(on: boolean): void;
  /** Another workbook has the focus: every request fails with InactiveWorkbook (limits.ts). */
  setInactive(on: boolean): void;
  /** Review > Protect Workbook (structure): adding, deleting, renaming or hiding sheets fails. */
  protectStructure(on?: boolean): void;
  /** Cells (`Sheet!A1`, or '*') where comments.add answers NotImplemented (OfficeDev/office-js#1847). */
  commentsNotImplemented(cells: string[]): void;
  /** An AutoFilter on a range; `filtered` when it hides rows (writes may not span its rows). */
  setFilter(sheet: string, range: string, filtered?: boolean): void;
  /** A person renaming a sheet while the pane is open. */
  renameSheet(from: string, to: string): void;
  /** Make the n-th sync from now (1 = the next one) fail with an error, applying nothing. */
  failSync(n: number, message?: string): void;
  /** Sheet names in tab order. */
  sheetNames(): string[];
  /** Called after every change (a sync that wrote, a typed value, activation). Returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
}
