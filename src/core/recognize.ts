/**
 * The recogniser: finds PK tables on a sheet (docs/aturan.md "Layouts") and says what each column is.
 *
 * It only classifies text; it never parses values. One pass over the rows: a row that names an
 * Indikator column and a target-ish column starts a table; the table's rows are read until a new
 * header, two empty rows, or a row that clearly belongs to something else (a `Tabel III.x` title,
 * a paragraph). A header repeated identically (a page break in a PDF-extracted sheet) continues
 * the same table.
 */
import type { Area, Cell, Grid } from './grid';
import { areaA1, cellAt, colLetter, colNumber } from './grid';
import type { ColumnMapping, Settings } from './settings';
import type {
  AverageRow,
  RawIndicator,
  Recognition,
  RecognizedTable,
  Role,
  TableColumns,
  TableKind,
  TwRow,
  YearColumns,
} from './types';
import { classifyHeader, columnNumber, normHeader, twLabel, type HeaderClass } from './headers';

// ------------------------------------------------------------------ small helpers

const VALUE_ROLES: Role[] = ['target', 'realisasi', 'capaian'];
const NUMBERED = /^\d{1,3}[.)]\s*\S/;
const NUMBER_ONLY = /^\(?\d{1,3}[.)]?$/;
const ZERO_CASE = /\b(tidak ada|tidak memiliki|tidak terdapat|belum ada|nihil)\b/i;
const DECORATION = /^[-=_*~.\u2013\u2014]+$/;
const AVERAGE = /^rata[\s\-\u2013]*rata\b/i;
const TOTAL = /^(jumlah|total|sub\s*total|jumlah total|grand total)\s*:?$/i;
const SASARAN_LABEL = /^sasaran(\s+(strategis|program|kegiatan))?(\s+([ivx]+|\d+))?\s*:\s*(.*)$/i;
const SASARAN_LABEL_BARE = /^sasaran(\s+(strategis|program|kegiatan))?(\s+([ivx]+|\d+))?\s*:?$/i;
const HEADING = /^(\*\*|#|<|tabel\s*[ivx\d]|table\s+\d|gambar\s|grafik\s|sumber\s*:|bab\s+[ivx\d]|lampiran\b)/i;
const SECTION_HEADING = /^([A-Z]|[IVX]{1,4}|\d{1,2}(\.\d{1,2})+)\.?\s+[A-Z]/;

function someOf(cells: [number, string][], n: number, f: (t: string) => boolean): boolean {
  for (let i = 0; i < cells.length && i < n; i++) if (f(cells[i][1])) return true;
  return false;
}

function firstOf(cells: [number, string][], n: number, f: (t: string) => boolean): [number, string] | undefined {
  for (let i = 0; i < cells.length && i < n; i++) if (f(cells[i][1])) return cells[i];
  return undefined;
}

function startsLower(s: string): boolean {
  return /^[a-z]/.test(s);
}

function needsClean(s: string): boolean {
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(s.length - 1);
  if (a <= 32 || z <= 32 || a === 160 || z === 160) return true;
  return s.indexOf('\n') >= 0 || s.indexOf('  ') >= 0 || s.indexOf('\t') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\u00a0') >= 0;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const YEAR_RE = /(?<!\d)(20\d\d|2100)(?!\d)/g;
const YEAR_RANGE_RE = /(?<!\d)(20\d\d|2100)\s*(?:-|\u2013|\u2014|s\.?\s*d\.?|s\/d|sampai(?: dengan)?|hingga)\s*(20\d\d|2100)(?!\d)/gi;

/** Year from a sheet name or a title text ('Pengukuran 2023', 'Tahun 2022', 'PK2024'), or null. */
export function yearFromText(text: string): number | null {
  if (typeof text !== 'string' || !text) return null;
  const s = text.length > 2000 ? text.slice(0, 2000) : text;
  // A period such as `2020-2024` names no single year: leave it out.
  const rest = s.replace(YEAR_RANGE_RE, ' ');
  YEAR_RE.lastIndex = 0;
  const m = YEAR_RE.exec(rest);
  YEAR_RE.lastIndex = 0;
  if (!m) return null;
  const y = Number(m[1]);
  return y >= 2000 && y <= 2100 ? y : null;
}

// ------------------------------------------------------------------ sheet access

class Sheet {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly rows: string[][];
  private readonly merges = new Map<string, Area>();

  constructor(readonly g: Grid) {
    this.top = Number.isFinite(g.top) && g.top >= 1 ? Math.floor(g.top) : 1;
    this.left = Number.isFinite(g.left) && g.left >= 1 ? Math.floor(g.left) : 1;
    const values = Array.isArray(g.values) ? g.values : [];
    const text = Array.isArray(g.text) ? g.text : [];
    let w = 0;
    this.rows = new Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const vr = Array.isArray(values[i]) ? values[i] : [];
      const tr = Array.isArray(text[i]) ? text[i] : [];
      const n = Math.max(vr.length, tr.length);
      if (n > w) w = n;
      const out = new Array<string>(n);
      for (let j = 0; j < n; j++) {
        const t = tr[j];
        let s = typeof t === 'string' && t !== '' ? t : '';
        if (s === '') {
          const v = vr[j];
          if (v !== null && v !== undefined && v !== '') s = String(v);
        }
        out[j] = s === '' ? '' : needsClean(s) ? clean(s) : s;
      }
      this.rows[i] = out;
    }
    this.bottom = this.top + values.length - 1;
    this.right = this.left + w - 1;
    for (const m of Array.isArray(g.merges) ? g.merges : []) {
      if (m && Number.isFinite(m.top) && Number.isFinite(m.left)) this.merges.set(`${m.top}:${m.left}`, m);
    }
  }

  t(row: number, col: number | undefined): string {
    if (col === undefined) return '';
    const r = this.rows[row - this.top];
    if (!r) return '';
    return r[col - this.left] ?? '';
  }

  private readonly cellCache: ([number, string][] | undefined)[] = [];

  /** Non-empty cells of a row: [col, text] (shared array: do not modify). */
  cells(row: number): [number, string][] {
    const i = row - this.top;
    const hit = this.cellCache[i];
    if (hit) return hit;
    const r = this.rows[i];
    const out: [number, string][] = [];
    if (!r) return out;
    for (let j = 0; j < r.length; j++) if (r[j] !== '') out.push([this.left + j, r[j]]);
    this.cellCache[i] = out;
    return out;
  }

  rowWidth(row: number): number {
    const r = this.rows[row - this.top];
    return r ? r.length : 0;
  }

  mergeAt(row: number, col: number): Area | undefined {
    return this.merges.get(`${row}:${col}`);
  }

  cell(row: number, col: number): Cell {
    return cellAt(this.g, row, col);
  }
}

// ------------------------------------------------------------------ layouts

interface Layout {
  headerRow: number;
  headerRows: number;
  /** Rows taken by the header, including a column-number row. */
  headerSpan: number;
  dataTop: number;
  left: number;
  right: number;
  columns: TableColumns;
  headers: Partial<Record<Role, string>>;
  percentPoints: Role[];
  otherYears: Record<string, YearColumns>;
  renstraYears: Record<string, number>;
  budgetColumns: number[];
  year: number | null;
  remarks: string[];
  /** Rencana Aksi header words (RUMUS PERHITUNGAN, RENCANA KEGIATAN, ...). */
  raMarkers: number;
  raColumns: number[];
  /** The indikator header also names the sasaran (`Sasaran Program / Indikator Kinerja Program`). */
  combined: boolean;
  signature: string;
  mapped: boolean;
}

function newLayout(headerRow: number): Layout {
  return {
    headerRow,
    headerRows: 1,
    headerSpan: 1,
    dataTop: headerRow + 1,
    left: Infinity,
    right: -Infinity,
    columns: {},
    headers: {},
    percentPoints: [],
    otherYears: {},
    renstraYears: {},
    budgetColumns: [],
    year: null,
    remarks: [],
    raMarkers: 0,
    raColumns: [],
    combined: false,
    signature: '',
    mapped: false,
  };
}

const IND_HINT = /indikator|^\s*ik[ukps]\s*$/i;

/** Cheap test: could this row be a header row (it names an indikator column)? */
function headerHint(sh: Sheet, row: number): boolean {
  for (const [, t] of sh.cells(row)) if (t.length <= 80 && IND_HINT.test(t)) return true;
  return false;
}

function classifyCached(cache: Map<string, HeaderClass | null>, t: string): HeaderClass | null {
  if (t.length > 80) return null;
  let c = cache.get(t);
  if (c === undefined) {
    c = classifyHeader(t);
    cache.set(t, c);
  }
  return c;
}

interface Builder {
  lay: Layout;
  sh: Sheet;
  lastBudgetRealisasi: number;
  seenPagu: boolean;
  prevHeaderCol: number;
}

function assignRole(b: Builder, role: Role, col: number, text: string, k: HeaderClass & { kind: 'role' }): void {
  const { lay } = b;
  if (role === 'realisasi' && (b.seenPagu || k.budgetHint)) {
    markBudget(b, col, `Kolom ${colLetter(col)} (${clean(text)}) sesudah PAGU dianggap realisasi anggaran, bukan realisasi kinerja.`);
    b.lastBudgetRealisasi = col;
    return;
  }
  if (role === 'capaian' && b.lastBudgetRealisasi > 0 && b.prevHeaderCol === b.lastBudgetRealisasi) {
    markBudget(b, col, `Kolom ${colLetter(col)} (${clean(text)}) sesudah realisasi anggaran dianggap serapan anggaran, bukan capaian kinerja.`);
    return;
  }
  if (lay.columns[role] !== undefined) return; // first occurrence wins
  lay.columns[role] = col;
  lay.headers[role] = clean(text);
  if (k.percent && !lay.percentPoints.includes(role)) lay.percentPoints.push(role);
  if (role === 'target' && k.year !== null && lay.year === null) lay.year = k.year;
  if (role === 'indikator' && /sasaran/i.test(text)) lay.combined = true;
}

function markBudget(b: Builder, col: number, remark?: string): void {
  if (!b.lay.budgetColumns.includes(col)) b.lay.budgetColumns.push(col);
  if (remark) b.lay.remarks.push(remark);
}

function applyHeaderCell(b: Builder, col: number, text: string, k: HeaderClass | null): void {
  if (!k) return;
  if (k.kind === 'budget') {
    if (k.what === 'pagu') b.seenPagu = true;
    if (k.what === 'realisasi') b.lastBudgetRealisasi = col;
    markBudget(b, col);
  } else if (k.kind === 'role') {
    assignRole(b, k.role, col, text, k);
  } else if (k.kind === 'ra') {
    b.lay.raMarkers++;
    b.lay.raColumns.push(col);
    if (k.what === 'rencana penarikan dana') markBudget(b, col);
  } else if (k.kind === 'tw') {
    b.lay.raMarkers++;
  }
}

/** Columns that hold text (names) rather than values: pick the one inside a header's span with the most text. */
function refineTextColumn(sh: Sheet, lay: Layout, role: Role, spanEnd: number): void {
  const col = lay.columns[role];
  if (col === undefined || spanEnd <= col) return;
  const taken = new Set<number>();
  for (const r of Object.keys(lay.columns) as Role[]) if (r !== role) taken.add(lay.columns[r]!);
  let best = col;
  let bestLen = -1;
  const lens = new Map<number, number>();
  const last = Math.min(sh.bottom, lay.dataTop + 30);
  for (let c = col; c <= spanEnd; c++) {
    if (c !== col && taken.has(c)) break;
    let len = 0;
    for (let r = lay.dataTop; r <= last; r++) {
      if (sh.cells(r).length < 2) continue; // paragraphs are not table rows
      const t = sh.t(r, c);
      if (t && !NUMBER_ONLY.test(t)) len += Math.min(t.length, 300);
    }
    lens.set(c, len);
    if (len > bestLen) {
      bestLen = len;
      best = c;
    }
  }
  if (best !== col) {
    // The header's own column holds numbering or codes: a `no` column when there is none.
    if (lay.columns.no === undefined && role === 'indikator') {
      let numbered = 0;
      let filled = 0;
      for (let r = lay.dataTop; r <= last; r++) {
        const t = sh.t(r, col);
        if (t) {
          filled++;
          if (NUMBER_ONLY.test(t)) numbered++;
        }
      }
      if (filled > 0 && numbered * 2 >= filled) {
        lay.columns.no = col;
        lay.headers.no = lay.headers[role];
      }
    }
    lay.columns[role] = best;
    lay.remarks.push(
      `Judul kolom ${lay.headers[role]} mencakup beberapa kolom; isinya dibaca dari kolom ${colLetter(best)}.`,
    );
  }
}

function headerSignature(sh: Sheet, row: number, rows: number): string {
  const parts: string[] = [];
  for (let r = row; r < row + rows; r++) parts.push(sh.cells(r).map(([c, t]) => `${c}=${normHeader(t).replace(/\s/g, '')}`).join('|'));
  return parts.join('/');
}

/** Tries to read a header at `row`; null when the row is not a usable PK header. */
function tryHeader(sh: Sheet, row: number, cache: Map<string, HeaderClass | null>): Layout | null {
  const top = sh.cells(row);
  if (top.length < 2) return null;
  const topCls = new Map<number, HeaderClass | null>();
  let indCol = -1;
  let classified = 0;
  for (const [c, t] of top) {
    const k = classifyCached(cache, t);
    topCls.set(c, k);
    if (k) classified++;
    if (k && k.kind === 'role' && k.role === 'indikator' && indCol < 0) indCol = c;
  }
  if (indCol < 0 || classified < 2) return null;

  const lay = newLayout(row);
  const b: Builder = { lay, sh, lastBudgetRealisasi: -1, seenPagu: false, prevHeaderCol: -1 };

  // Two-row header: the row under has sub-headers (years, Target/Realisasi/Capaian, PAGU ...) and
  // nothing under the Indikator cell.
  const sub = row + 1 <= sh.bottom ? sh.cells(row + 1) : [];
  let twoRow = false;
  if (sub.length >= 2 && sh.t(row + 1, indCol) === '') {
    let known = 0;
    for (const [, t] of sub) {
      const k = classifyCached(cache, t);
      if (k !== null && k.kind !== 'colnum' && k.kind !== 'tw') known++;
    }
    twoRow = known >= 2 && known * 2 >= sub.length;
  }
  // Rencana Aksi: `RENCANA KEGIATAN` and `CAPAIAN` each over `TW | Uraian` (seed 004). The top
  // row says what the columns are; the row under is a second header row, not data.
  let twSub = false;
  if (!twoRow && sub.length >= 2 && sh.t(row + 1, indCol) === '') {
    const words = sub.map(([, t]) => t.trim().toLowerCase());
    twSub = words.every((w) => /^(tw|triwulan|uraian|keterangan|kegiatan|target|realisasi|bulan)$/.test(w)) && words.some((w) => /^(tw|triwulan)$/.test(w));
  }

  // Spans of the top cells: a listed merge, else up to the next non-empty top cell.
  const topCols = top.map(([c]) => c);
  const subRight = sub.length ? sub[sub.length - 1][0] : -Infinity;
  const spanEnd = (i: number): number => {
    const c = topCols[i];
    const m = sh.mergeAt(row, c);
    if (m && m.right > c) return m.right;
    const next = i + 1 < topCols.length ? topCols[i + 1] - 1 : Math.max(c, twoRow ? subRight : Math.min(c + 2, sh.right));
    return next;
  };

  if (!twoRow) {
    for (let i = 0; i < top.length; i++) {
      const [c, t] = top[i];
      applyHeaderCell(b, c, t, topCls.get(c) ?? null);
      if (topCls.get(c)) b.prevHeaderCol = c;
    }
    lay.left = topCols[0];
    lay.right = topCols[topCols.length - 1];
    if (twSub) {
      lay.headerRows = 2;
      lay.right = Math.max(lay.right, subRight);
    }
  } else {
    lay.headerRows = 2;
    const blocks = new Map<number, YearColumns>();
    const yearsUnderTarget: [number, number][] = [];
    const yearRole: [number, 'realisasi' | 'capaian', number][] = [];
    for (let i = 0; i < top.length; i++) {
      const [c, t] = top[i];
      const k = topCls.get(c) ?? null;
      const end = spanEnd(i);
      const subs: [number, string, HeaderClass | null][] = [];
      for (let cc = c; cc <= end; cc++) {
        const st = sh.t(row + 1, cc);
        if (st) subs.push([cc, st, classifyCached(cache, st)]);
      }
      if (subs.length === 0) {
        applyHeaderCell(b, c, t, k);
        if (k) b.prevHeaderCol = c;
        continue;
      }
      for (const [cc, st, sk] of subs) {
        if (k && k.kind === 'role' && k.role === 'target' && sk && sk.kind === 'year') {
          yearsUnderTarget.push([sk.year, cc]);
          if (k.percent && !lay.percentPoints.includes('target')) lay.percentPoints.push('target');
          if (lay.headers.target === undefined) lay.headers.target = clean(t);
        } else if (k && k.kind === 'role' && (k.role === 'realisasi' || k.role === 'capaian') && sk && sk.kind === 'year') {
          yearRole.push([sk.year, k.role, cc]);
          if (k.percent && !lay.percentPoints.includes(k.role)) lay.percentPoints.push(k.role);
          if (lay.headers[k.role] === undefined) lay.headers[k.role] = clean(t);
        } else if (k && k.kind === 'year' && sk && sk.kind === 'role' && VALUE_ROLES.includes(sk.role)) {
          const blk = blocks.get(k.year) ?? {};
          const r = sk.role as keyof YearColumns;
          if (blk[r] === undefined) blk[r] = cc;
          blocks.set(k.year, blk);
          if (sk.percent && !lay.percentPoints.includes(sk.role)) lay.percentPoints.push(sk.role);
          if (lay.headers[sk.role] === undefined) lay.headers[sk.role] = clean(st);
        } else if (k && k.kind === 'budget') {
          markBudget(b, cc);
          if (sk && sk.kind === 'budget' && sk.what === 'pagu') b.seenPagu = true;
        } else if (sk) {
          applyHeaderCell(b, cc, st, sk);
        } else if (cc === c) {
          applyHeaderCell(b, c, t, k);
        }
        if (sk) b.prevHeaderCol = cc;
      }
    }
    if (yearsUnderTarget.length >= 1 && yearRole.length >= 1) {
      // Target and Realisasi/Capaian each over years: year blocks, not a Renstra matrix.
      for (const [y, cc] of yearsUnderTarget) {
        const blk = blocks.get(y) ?? {};
        if (blk.target === undefined) blk.target = cc;
        blocks.set(y, blk);
      }
      for (const [y, r, cc] of yearRole.splice(0)) {
        const blk = blocks.get(y) ?? {};
        if (blk[r] === undefined) blk[r] = cc;
        blocks.set(y, blk);
      }
      yearsUnderTarget.length = 0;
    }
    if (yearsUnderTarget.length >= 2) {
      for (const [y, cc] of yearsUnderTarget) lay.renstraYears[String(y)] = cc;
    } else if (yearsUnderTarget.length === 1 && lay.columns.target === undefined) {
      lay.columns.target = yearsUnderTarget[0][1];
      lay.year = yearsUnderTarget[0][0];
    }
    if (blocks.size > 0) {
      const years = [...blocks.keys()].sort((a, z) => z - a);
      const main = years[0];
      const mb = blocks.get(main)!;
      for (const r of VALUE_ROLES) {
        const cc = mb[r as keyof YearColumns];
        if (cc !== undefined && lay.columns[r] === undefined) lay.columns[r] = cc;
      }
      if (lay.year === null) lay.year = main;
      for (const y of years.slice(1)) lay.otherYears[String(y)] = { ...blocks.get(y)! };
    }
    for (const [y, r, cc] of yearRole) {
      if (lay.year !== null && y === lay.year) {
        if (lay.columns[r] === undefined) lay.columns[r] = cc;
      } else {
        const oy = lay.otherYears[String(y)] ?? {};
        if (oy[r] === undefined) oy[r] = cc;
        lay.otherYears[String(y)] = oy;
      }
    }
    lay.left = Math.min(topCols[0], sub[0][0]);
    lay.right = Math.max(topCols[topCols.length - 1], subRight);
  }

  const hasTarget = lay.columns.target !== undefined || Object.keys(lay.renstraYears).length > 0;
  if (lay.columns.indikator === undefined || !hasTarget) return null;

  // Column-number row `(1) (2) (3)` or `1 2 3` right under the header.
  let span = lay.headerRows;
  const cn = row + span <= sh.bottom ? sh.cells(row + span) : [];
  if (cn.length >= 2) {
    const nums = cn.map(([, t]) => columnNumber(t));
    const paren = cn.every(([, t]) => /^\(\s*\d{1,2}\s*\)$/.test(t.trim()));
    let seq = nums.every((n) => n !== null);
    for (let i = 1; seq && i < nums.length; i++) if (!(nums[i]! > nums[i - 1]!)) seq = false;
    if (seq && (paren || (cn.length >= 3 && nums[0]! <= 2))) span++;
  }
  lay.headerSpan = span;
  lay.dataTop = row + span;
  lay.signature = headerSignature(sh, row, lay.headerRows);

  // Horizontal spans of text columns (a header over two columns: code + text).
  if (!twoRow) {
    for (const role of ['sasaran', 'indikator'] as Role[]) {
      const col = lay.columns[role];
      if (col === undefined) continue;
      const i = topCols.indexOf(col);
      if (i >= 0 && i + 1 < topCols.length) refineTextColumn(sh, lay, role, topCols[i + 1] - 1);
      else if (i >= 0) {
        const m = sh.mergeAt(row, col);
        if (m && m.right > col) refineTextColumn(sh, lay, role, m.right);
      }
    }
  }
  for (const c of Object.values(lay.columns)) {
    if (c! < lay.left) lay.left = c!;
    if (c! > lay.right) lay.right = c!;
  }
  return lay;
}

// ------------------------------------------------------------------ extraction

interface Group {
  no: string | null;
  text: string;
  count: number;
}

interface Draft {
  row: number;
  rows: number[];
  no: string | null;
  group: Group | null;
  ownSasaran: string | null;
  name: string;
  valueRow: number;
  shift: number;
  hadValues: boolean;
  tw: TwRow[];
  notes: string[];
  targetOverride?: Cell;
}

interface Extracted {
  drafts: Draft[];
  averages: AverageRow[];
  bottom: number;
  /** Last row examined as part of the table (the main loop continues after it). */
  end: number;
  remarks: string[];
}

function isNumberLike(s: string): boolean {
  return /^\(?\d{1,6}[.)]?$/.test(s) || /^[ivx]{1,4}\.?$/i.test(s) || /^[a-z]{1,3}\d{0,2}\.?$/i.test(s) || /^[a-z]\.$/i.test(s);
}

/** A heading rather than a name: `A. Capaian ...`, `BAB III`, an ALL-CAPS line of several words. */
function headingLike(t: string): boolean {
  if (HEADING.test(t) || SECTION_HEADING.test(t)) return true;
  const words = t.split(' ').filter((w) => /[A-Za-z]/.test(w));
  return words.length >= 3 && !/[a-z]/.test(t);
}

function isParagraph(t: string): boolean {
  if (t.length > 300) return true;
  if (HEADING.test(t)) return true;
  if (t.length > 140 && /[.!?]\s+[A-Z]/.test(t)) return true;
  return false;
}

function valueColumns(lay: Layout): number[] {
  const out: number[] = [];
  for (const r of VALUE_ROLES) if (lay.columns[r] !== undefined) out.push(lay.columns[r]!);
  for (const c of Object.values(lay.renstraYears)) out.push(c);
  for (const y of Object.values(lay.otherYears)) for (const c of Object.values(y)) if (c !== undefined) out.push(c);
  return out;
}

function isRencanaAksi(sh: Sheet, lay: Layout): boolean {
  if (lay.raMarkers >= 2) return true;
  let twRows = 0;
  const last = Math.min(sh.bottom, lay.dataTop + 15);
  for (let r = lay.dataTop; r <= last; r++) {
    for (const [, t] of sh.cells(r)) {
      if (t.length <= 16 && twLabel(t)) {
        twRows++;
        break;
      }
    }
  }
  return twRows >= 2;
}

interface Ctx {
  sh: Sheet;
  hints: Uint8Array;
  cache: Map<string, HeaderClass | null>;
}

/** Whether `row` ends the table (returns true) or is a repeated header (returns the rows to skip). */
function headerAt(ctx: Ctx, lay: Layout, row: number): { repeat: number } | { end: true } | null {
  const { sh } = ctx;
  if (!ctx.hints[row - sh.top]) return null;
  const other = tryHeader(sh, row, ctx.cache);
  if (!other) return null;
  if (other.signature === lay.signature) return { repeat: other.headerSpan };
  return { end: true };
}

/** A header identical to the table's own within the next rows (page break with a page title between). */
function findRepeat(ctx: Ctx, lay: Layout, from: number): number | null {
  const { sh } = ctx;
  const last = Math.min(sh.bottom, from + 8);
  const expected = lay.year ?? lookAbove(sh, lay.headerRow, sh.top).year ?? yearFromText(sh.g.sheet);
  for (let r = from; r <= last; r++) {
    const cs = sh.cells(r);
    const first = cs[0];
    if (first && /^(\*\*)?\s*tabel\s*[ivx\d]/i.test(first[1])) return null; // a new numbered table
    // A page title repeats the table's year; a title naming another year starts another table.
    for (const [, t] of cs) {
      const y = t.length <= 300 ? yearFromText(t) : null;
      if (y !== null && y !== expected) return null;
    }
    if (!ctx.hints[r - sh.top]) continue;
    const other = tryHeader(sh, r, ctx.cache);
    if (other && other.signature === lay.signature) return r;
    if (other) return null;
  }
  return null;
}

/** A row of header words (another kind of table starts): at least two cells name columns. */
function wordyRow(ctx: Ctx, cells: [number, string][]): boolean {
  if (cells.length < 2) return false;
  let n = 0;
  for (const [, t] of cells) {
    const k = classifyCached(ctx.cache, t);
    if (k && k.kind !== 'year' && k.kind !== 'colnum' && k.kind !== 'tw') n++;
    else return false;
  }
  return n >= 2;
}

function extractPlain(ctx: Ctx, lay: Layout): Extracted {
  const { sh } = ctx;
  const C = lay.columns;
  const vcols = valueColumns(lay);
  const sectionMode = C.sasaran === undefined;
  const drafts: Draft[] = [];
  const averages: AverageRow[] = [];
  const remarks: string[] = [];
  let group: Group | null = null;
  let last: Draft | null = null;
  let pendingNo: string | null = null;
  let pendingLabel = false;
  let pendingTitle: { row: number; text: string; no: string | null } | null = null;
  let frag: { row: number; text: string; no: string | null } | null = null;
  let blank = 0;
  let bottom = lay.headerRow + lay.headerSpan - 1;
  let end = sh.bottom;

  const newGroup = (no: string | null, text: string): void => {
    group = { no, text, count: 0 };
  };
  const hasValues = (row: number): boolean => {
    for (const c of vcols) if (sh.t(row, c) !== '') return true;
    return false;
  };
  const add = (d: Omit<Draft, 'tw' | 'notes' | 'group' | 'shift'>): Draft => {
    const g = group as Group | null;
    const dr: Draft = {
      row: d.row,
      rows: d.rows,
      no: d.no,
      group: g,
      ownSasaran: d.ownSasaran,
      name: d.name,
      valueRow: d.valueRow,
      shift: 0,
      hadValues: d.hadValues,
      tw: [],
      notes: [],
    };
    if (!dr.no && g) dr.no = g.no;
    if (g) g.count++;
    drafts.push(dr);
    last = dr;
    for (const r of dr.rows) if (r > bottom) bottom = r;
    const ket = sh.t(d.valueRow, C.keterangan);
    if (ket) dr.notes.push(ket);
    return dr;
  };
  const flushTitle = (): void => {
    if (!pendingTitle) return;
    const l = last as Draft | null;
    if (l && !NUMBERED.test(pendingTitle.text) && pendingTitle.row - l.rows[l.rows.length - 1] <= 3 && l.hadValues) {
      l.name = clean(`${l.name} ${pendingTitle.text}`);
      l.rows.push(pendingTitle.row);
      if (pendingTitle.row > bottom) bottom = pendingTitle.row;
      remarks.push(`Baris ${pendingTitle.row} dibaca sebagai lanjutan nama indikator baris ${l.row}.`);
    }
    pendingTitle = null;
  };
  const flushFrag = (): void => {
    if (!frag) return;
    add({ row: frag.row, rows: [frag.row], no: frag.no, ownSasaran: null, name: frag.text, valueRow: frag.row, hadValues: false });
    frag = null;
  };

  /** The next row with content (skipping one empty row and decoration rows). */
  const nextContent = (row: number): number | null => {
    let empties = 0;
    for (let r = row + 1; r <= sh.bottom && r <= row + 4; r++) {
      const cs = sh.cells(r);
      if (cs.length === 0) {
        if (++empties > 1) return null;
        continue;
      }
      if (cs.every(([, t]) => DECORATION.test(t))) continue;
      return r;
    }
    return null;
  };

  /** The next content row is an indicator row with values (a title above it is confirmed). */
  const nextIsIndicator = (row: number): boolean => {
    const nx = nextContent(row);
    if (nx === null) return false;
    const n2 = sh.t(nx, C.indikator);
    return n2 !== '' && !NUMBER_ONLY.test(n2) && hasValues(nx);
  };

  for (let row = lay.dataTop; row <= sh.bottom; row++) {
    const cells = sh.cells(row);
    if (cells.length === 0) {
      blank++;
      if (blank >= 2) {
        end = row;
        break;
      }
      continue;
    }
    if (cells.every(([, t]) => DECORATION.test(t))) continue;
    const afterBlank = blank > 0;
    blank = 0;

    const h = headerAt(ctx, lay, row);
    if (h) {
      if ('repeat' in h) {
        remarks.push(`Judul tabel diulang di baris ${row} (pindah halaman); dibaca sebagai lanjutan tabel.`);
        row += h.repeat - 1;
        continue;
      }
      const jump = findRepeat(ctx, lay, row);
      if (jump !== null) {
        remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
        row = jump + lay.headerSpan - 1;
        blank = 0;
        continue;
      }
      end = row - 1;
      break;
    }
    const inside = cells[0][0] >= lay.left && cells[cells.length - 1][0] <= lay.right ? cells : cells.filter(([c]) => c >= lay.left && c <= lay.right);
    if (inside.length === 0 || HEADING.test(inside[0][1])) {
      const jump = findRepeat(ctx, lay, row);
      if (jump !== null) {
        remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
        row = jump + lay.headerSpan - 1;
        blank = 0;
        continue;
      }
      end = row - 1;
      break;
    }

    const noT = sh.t(row, C.no);
    const sasT = sh.t(row, C.sasaran);
    const nameT = sh.t(row, C.indikator);
    const first = inside[0][1];

    // Stated averages and totals.
    if (someOf(inside, 3, (t) => t.length <= 60 && AVERAGE.test(t))) {
      let cell: Cell | null = null;
      if (C.capaian !== undefined && sh.t(row, C.capaian) !== '') cell = sh.cell(row, C.capaian);
      else {
        const labelCol = inside.find(([, t]) => t.length <= 60 && AVERAGE.test(t))![0];
        const v = inside.find(([c]) => c > labelCol);
        cell = sh.cell(row, v ? v[0] : C.capaian ?? labelCol);
      }
      averages.push({ row, cell });
      if (row > bottom) bottom = row;
      continue;
    }
    if (someOf(inside, 2, (t) => t.length <= 20 && TOTAL.test(t))) {
      if (row > bottom) bottom = row;
      continue;
    }

    // Section titles: `Sasaran Strategis :` with the text in the same cell, the next cell or the next row.
    const labelCell = firstOf(inside, 2, (t) => t.length < 400 && /^sasaran/i.test(t) && (SASARAN_LABEL.test(t) || SASARAN_LABEL_BARE.test(t)));
    if (labelCell && !hasValues(row)) {
      flushFrag();
      flushTitle();
      const m = SASARAN_LABEL.exec(labelCell[1]);
      const rest = m ? clean(m[5] ?? '') : '';
      const nextCell = inside.find(([c]) => c > labelCell[0]);
      const text = rest || (nextCell ? nextCell[1] : '');
      if (text) {
        newGroup(pendingNo, text);
        pendingLabel = false;
      } else pendingLabel = true;
      pendingNo = null;
      if (row > bottom) bottom = row;
      continue;
    }
    if (pendingLabel && inside.length === 1 && !hasValues(row)) {
      newGroup(pendingNo, inside[0][1]);
      pendingLabel = false;
      pendingNo = null;
      if (row > bottom) bottom = row;
      continue;
    }
    pendingLabel = false;

    // Something else starts: a row of header words, or words in the No column.
    if (!hasValues(row) && wordyRow(ctx, inside)) {
      const jump = findRepeat(ctx, lay, row);
      if (jump !== null) {
        remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
        row = jump + lay.headerSpan - 1;
        blank = 0;
        continue;
      }
      end = row - 1;
      break;
    }
    if (noT && !isNumberLike(noT) && /[A-Za-z]{4,}/.test(noT) && C.no !== C.sasaran && C.no !== C.indikator) {
      const jump = findRepeat(ctx, lay, row);
      if (jump !== null) {
        remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
        row = jump + lay.headerSpan - 1;
        blank = 0;
        continue;
      }
      end = row - 1;
      break;
    }

    // A row shifted by the PDF: the sasaran number in the indikator column, its text to the right.
    if (NUMBER_ONLY.test(nameT) && !sasT) {
      const right = inside.find(([c, t]) => c > C.indikator! && /[A-Za-z]{3}/.test(t) && t.length >= 15);
      if (right) {
        flushFrag();
        flushTitle();
        newGroup(nameT.replace(/[.)]$/, ''), right[1]);
        remarks.push(`Baris ${row} tergeser; dibaca sebagai sasaran nomor ${nameT}.`);
        if (row > bottom) bottom = row;
        continue;
      }
    }

    const values = hasValues(row);
    const realName = nameT !== '' && !NUMBER_ONLY.test(nameT) && !twLabel(nameT);

    if (!realName) {
      if (sasT && !values) {
        // A sasaran-only row: a new sasaran (with a number) or the rest of the one above.
        flushFrag();
        flushTitle();
        const g = group as Group | null;
        if (noT || pendingNo) {
          newGroup(noT || pendingNo, sasT);
          pendingNo = null;
        } else if (g && (g.count === 0 || !afterBlank || startsLower(sasT))) {
          if (isParagraph(sasT)) {
            const jump = findRepeat(ctx, lay, row);
            if (jump !== null) {
              remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
              row = jump + lay.headerSpan - 1;
              blank = 0;
              continue;
            }
            end = row - 1;
            break;
          }
          g.text = clean(`${g.text} ${sasT}`);
        } else if (!g) {
          if (isParagraph(sasT)) {
            const jump = findRepeat(ctx, lay, row);
            if (jump !== null) {
              remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
              row = jump + lay.headerSpan - 1;
              blank = 0;
              continue;
            }
            end = row - 1;
            break;
          }
          newGroup(null, sasT);
        } else {
          const jump = findRepeat(ctx, lay, row);
          if (jump !== null) {
            remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
            row = jump + lay.headerSpan - 1;
            blank = 0;
            continue;
          }
          end = row - 1;
          break;
        }
        if (row > bottom) bottom = row;
        continue;
      }
      if (noT && !sasT && !values && inside.length === 1) {
        pendingNo = noT;
        continue;
      }
      if (inside.length === 1 && inside[0][0] === C.keterangan && last) {
        (last as Draft).notes.push(inside[0][1]);
        continue;
      }
      if (values) {
        remarks.push(`Baris ${row} berisi nilai tanpa nama indikator; dilewati.`);
        continue;
      }
      // Text in a column that has no role, alone: a paragraph or a note outside the table.
      if (inside.length === 1 && isParagraph(first)) {
        const jump = findRepeat(ctx, lay, row);
        if (jump !== null) {
          remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
          row = jump + lay.headerSpan - 1;
          blank = 0;
          continue;
        }
        end = row - 1;
        break;
      }
      if (inside.length === 1 && inside[0][0] === lay.left && !isNumberLike(first) && C.indikator !== lay.left && C.sasaran !== lay.left) {
        const jump = findRepeat(ctx, lay, row);
        if (jump !== null) {
          remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
          row = jump + lay.headerSpan - 1;
          blank = 0;
          continue;
        }
        end = row - 1;
        break;
      }
      continue;
    }

    // ---- the row has an indicator name
    if (isParagraph(nameT) && !values && inside.length === 1) {
      const jump = findRepeat(ctx, lay, row);
      if (jump !== null) {
        remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
        row = jump + lay.headerSpan - 1;
        blank = 0;
        continue;
      }
      end = row - 1;
      break;
    }
    if (sasT) {
      flushFrag();
      flushTitle();
      const g = group as Group | null;
      if (noT || pendingNo || !g || (g.count > 0 && !startsLower(sasT))) {
        newGroup(noT || pendingNo, sasT);
      } else {
        g.text = clean(`${g.text} ${sasT}`);
      }
      pendingNo = null;
    }

    if (!values) {
      const l0 = last as Draft | null;
      const lone = inside.length === 1 || (inside.length === 2 && !!noT);
      if (
        l0 &&
        lone &&
        !noT &&
        !sasT &&
        !NUMBERED.test(nameT) &&
        !headingLike(nameT) &&
        nameT.length <= 120 &&
        row - l0.rows[l0.rows.length - 1] <= 3 &&
        (startsLower(nameT) || l0.hadValues) &&
        !frag &&
        !pendingTitle &&
        !nextIsIndicator(row)
      ) {
        l0.name = clean(`${l0.name} ${nameT}`);
        l0.rows.push(row);
        if (row > bottom) bottom = row;
        remarks.push(`Baris ${row} dibaca sebagai lanjutan nama indikator baris ${l0.row}.`);
        continue;
      }
      if (sectionMode && !startsLower(nameT) && !frag) {
        // A title row naming the sasaran (tables without a Sasaran column), confirmed by what follows.
        if (nextIsIndicator(row)) {
          pendingTitle = { row, text: nameT, no: noT || pendingNo };
          pendingNo = null;
          continue;
        }
        if (afterBlank || headingLike(nameT) || isParagraph(nameT)) {
          const jump = findRepeat(ctx, lay, row);
          if (jump !== null) {
            remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
            row = jump + lay.headerSpan - 1;
            blank = 0;
            continue;
          }
          end = row - 1;
          break;
        }
      }
      const nx = nextContent(row);
      if (nx !== null && !frag) {
        const n2 = sh.t(nx, C.indikator);
        if (
          n2 &&
          !NUMBER_ONLY.test(n2) &&
          hasValues(nx) &&
          !sh.t(nx, C.no) &&
          !sh.t(nx, C.sasaran) &&
          !NUMBERED.test(n2) &&
          (NUMBERED.test(nameT) || startsLower(n2) || nx > row + 1)
        ) {
          frag = { row, text: nameT, no: noT || pendingNo };
          pendingNo = null;
          continue;
        }
      }
      if (afterBlank && inside.length === 1 && (headingLike(nameT) || isParagraph(nameT))) {
        const jump = findRepeat(ctx, lay, row);
        if (jump !== null) {
          remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
          row = jump + lay.headerSpan - 1;
          blank = 0;
          continue;
        }
        end = row - 1;
        break;
      }
      flushFrag();
      add({ row, rows: [row], no: noT || pendingNo, ownSasaran: null, name: nameT, valueRow: row, hadValues: false });
      pendingNo = null;
      continue;
    }

    // ---- an indicator row with values
    if (pendingTitle) {
      const pt = pendingTitle as { row: number; text: string; no: string | null };
      const m = SASARAN_LABEL.exec(pt.text);
      newGroup(pt.no, m ? m[5] || pt.text : pt.text);
      if (pt.row > bottom) bottom = pt.row;
      pendingTitle = null;
    }
    if (frag) {
      const f = frag as { row: number; text: string; no: string | null };
      frag = null;
      remarks.push(`Nama indikator baris ${f.row} dan ${row} digabung (terpotong di dua baris).`);
      add({ row: f.row, rows: [f.row, row], no: f.no || noT || null, ownSasaran: null, name: clean(`${f.text} ${nameT}`), valueRow: row, hadValues: true });
    } else {
      add({ row, rows: [row], no: noT || pendingNo, ownSasaran: null, name: nameT, valueRow: row, hadValues: true });
    }
    pendingNo = null;
  }
  flushFrag();
  flushTitle();
  return { drafts, averages, bottom, end: Math.max(end, bottom), remarks };
}

function extractRencanaAksi(ctx: Ctx, lay: Layout): Extracted {
  const { sh } = ctx;
  const C = lay.columns;
  const ind = C.indikator!;
  const drafts: Draft[] = [];
  const averages: AverageRow[] = [];
  const remarks: string[] = [];
  let group: Group | null = null;
  let last: Draft | null = null;
  let blank = 0;
  let bottom = lay.headerRow + lay.headerSpan - 1;
  let end = sh.bottom;
  const excluded = new Set<number>();
  for (const r of ['no', 'sasaran', 'indikator', 'target', 'satuan', 'polaritas'] as Role[]) if (C[r] !== undefined) excluded.add(C[r]!);
  for (const c of lay.budgetColumns) excluded.add(c);
  for (const c of lay.raColumns) if (/rumus|kegiatan$/i.test(normHeader(sh.t(lay.headerRow, c))) && !/rencana/.test(normHeader(sh.t(lay.headerRow, c)))) excluded.add(c);

  const rowTexts = (row: number, shift: number, skip: Set<string>): string[] => {
    const out: string[] = [];
    for (const [c, t] of sh.cells(row)) {
      if (excluded.has(c - shift)) continue;
      if (t === '-' || twLabel(t) || skip.has(t) || /^[\d.,\s]+$/.test(t) || /^rp\.?\s*[\d.,]+/i.test(t)) continue;
      if (!out.includes(t)) out.push(t);
    }
    return out;
  };
  const noteTexts = (d: Draft, row: number): void => {
    for (const [c, t] of sh.cells(row)) {
      if (t === d.name || c < lay.left || c > lay.right + Math.max(0, d.shift)) continue;
      if (ZERO_CASE.test(t) && !twLabel(t) && !d.notes.includes(t)) d.notes.push(t);
    }
  };

  for (let row = lay.dataTop; row <= sh.bottom; row++) {
    const cells = sh.cells(row);
    if (cells.length === 0) {
      blank++;
      if (blank >= 2) {
        end = row;
        break;
      }
      continue;
    }
    if (cells.every(([, t]) => DECORATION.test(t))) continue;
    const afterBlank = blank > 0;
    blank = 0;
    const h = headerAt(ctx, lay, row);
    if (h) {
      if ('repeat' in h) {
        remarks.push(`Judul tabel diulang di baris ${row} (pindah halaman); dibaca sebagai lanjutan tabel.`);
        row += h.repeat - 1;
        continue;
      }
      const jump = findRepeat(ctx, lay, row);
      if (jump !== null) {
        remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
        row = jump + lay.headerSpan - 1;
        blank = 0;
        continue;
      }
      end = row - 1;
      break;
    }
    if (HEADING.test(cells[0][1])) {
      const jump = findRepeat(ctx, lay, row);
      if (jump !== null) {
        remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
        row = jump + lay.headerSpan - 1;
        blank = 0;
        continue;
      }
      end = row - 1;
      break;
    }

    // The indicator name: a numbered text near the indikator column, or the indikator column.
    let nameCol = -1;
    for (const [c, t] of cells) {
      if (c > ind + 1) break;
      if (c < ind - 1) continue; // a PDF shifts a row by one column, never more
      if (NUMBERED.test(t) && t.length >= 12 && !twLabel(t)) {
        nameCol = c;
        break;
      }
    }
    if (nameCol < 0) {
      const t = sh.t(row, ind);
      if (t && t.length >= 12 && /[A-Za-z]{3}/.test(t) && !twLabel(t) && !startsLower(t)) nameCol = ind;
    }
    const tw = cells.find(([, t]) => t.length <= 16 && twLabel(t) !== null);
    const label = tw ? twLabel(tw[1]) : null;

    if (nameCol >= 0) {
      const shift = nameCol - ind;
      const name = sh.t(row, nameCol);
      if (shift === 0 && C.sasaran !== undefined) {
        const s = sh.t(row, C.sasaran);
        if (s) {
          if (startsLower(s) && last) {
            const l = last as Draft;
            l.name = clean(`${l.name} ${s}`);
            remarks.push(`Teks "${s}" di baris ${row} dibaca sebagai lanjutan nama indikator baris ${l.row}.`);
          } else group = { no: null, text: clean(s), count: 0 };
        }
      }
      const g = group as Group | null;
      const d: Draft = {
        row,
        rows: [row],
        no: C.no !== undefined ? sh.t(row, C.no + shift) || null : null,
        group: g,
        ownSasaran: null,
        name,
        valueRow: row,
        shift,
        hadValues: C.target !== undefined && sh.t(row, C.target + shift) !== '',
        tw: [],
        notes: [],
      };
      if (g) g.count++;
      if (!d.no && g) d.no = g.no;
      if (shift !== 0) remarks.push(`Baris ${row} tergeser ${shift > 0 ? '+' : ''}${shift} kolom; nilai dibaca mengikuti letak nama indikator.`);
      if (label) d.tw.push({ label, row, texts: rowTexts(row, shift, new Set([name])) });
      noteTexts(d, row);
      drafts.push(d);
      last = d;
      if (row > bottom) bottom = row;
      continue;
    }

    const l = last as Draft | null;
    const lone = cells.length === 1 && cells[0][1] !== '-';
    if (l && !label && lone && (afterBlank || cells[0][0] <= (C.sasaran ?? ind))) {
      const jump = findRepeat(ctx, lay, row);
      if (jump !== null) {
        remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
        row = jump + lay.headerSpan - 1;
        blank = 0;
        continue;
      }
      if (!afterBlank && cells[0][0] === C.sasaran && !startsLower(cells[0][1]) && !isParagraph(cells[0][1])) {
        group = { no: null, text: clean(cells[0][1]), count: 0 };
        continue;
      }
      end = row - 1;
      break;
    }
    if (l) {
      if (label) {
        if (l.tw.some((x) => x.label === label)) continue; // a stray repeat of the quarter labels
        l.tw.push({ label, row, texts: rowTexts(row, l.shift, new Set([l.name])) });
      }
      // A target that slid to the next page under a repeated header.
      if (C.target !== undefined && !l.hadValues && !l.targetOverride) {
        const t = sh.t(row, C.target);
        if (t && t !== '-' && t.length <= 20 && /\d/.test(t)) {
          l.targetOverride = sh.cell(row, C.target);
          l.hadValues = true;
          remarks.push(`Target indikator baris ${l.row} dibaca dari baris ${row} (terpotong pindah halaman).`);
        }
      }
      l.rows.push(row);
      noteTexts(l, row);
      if (row > bottom) bottom = row;
      continue;
    }
    // Before the first indicator: a sasaran-only row.
    const s = sh.t(row, C.sasaran);
    if (s && !isParagraph(s)) {
      group = { no: null, text: clean(s), count: 0 };
      continue;
    }
    const jump = findRepeat(ctx, lay, row);
    if (jump !== null) {
      remarks.push(`Judul tabel diulang di baris ${jump} (pindah halaman); dibaca sebagai lanjutan tabel.`);
      row = jump + lay.headerSpan - 1;
      blank = 0;
      continue;
    }
    end = row - 1;
    break;
  }
  return { drafts, averages, bottom, end: Math.max(end, bottom), remarks };
}

// ------------------------------------------------------------------ assembling

function kindOf(lay: Layout, ra: boolean): TableKind {
  if (ra) return 'rencana-aksi';
  if (Object.keys(lay.renstraYears).length >= 2) return 'renstra';
  if (lay.columns.realisasi !== undefined || lay.columns.capaian !== undefined) return 'pengukuran';
  return 'pk';
}

interface Plan {
  roles: [Role, number][];
  renstra: [string, number][];
  other: [string, YearColumns][];
}

function toIndicator(sh: Sheet, plan: Plan, d: Draft): RawIndicator {
  const cells: Partial<Record<Role, Cell>> = {};
  // A shifted row never reads outside the sheet's used range.
  for (const [role, c] of plan.roles) if (c + d.shift >= sh.left && c + d.shift <= sh.right) cells[role] = sh.cell(d.valueRow, c + d.shift);
  if (d.targetOverride) cells.target = d.targetOverride;
  const yearCells: RawIndicator['yearCells'] = {};
  for (const [y, c] of plan.renstra) yearCells[y] = { target: sh.cell(d.valueRow, c) };
  for (const [y, yc] of plan.other) {
    const e = yearCells[y] ?? {};
    if (yc.target !== undefined) e.target = sh.cell(d.valueRow, yc.target);
    if (yc.realisasi !== undefined) e.realisasi = sh.cell(d.valueRow, yc.realisasi);
    if (yc.capaian !== undefined) e.capaian = sh.cell(d.valueRow, yc.capaian);
    yearCells[y] = e;
  }
  const rows = d.tw.length ? [...new Set([...d.rows, ...d.tw.map((t) => t.row)])].sort((a, z) => a - z) : d.rows;
  const notes = d.notes;
  for (const t of d.tw) for (const x of t.texts) if (ZERO_CASE.test(x) && !notes.includes(x)) notes.push(x);
  return {
    row: d.row,
    rows,
    no: d.no || null,
    sasaran: d.ownSasaran ?? (d.group ? d.group.text : ''),
    indikator: d.name,
    cells,
    yearCells,
    tw: d.tw,
    notes,
  };
}

/** Title text and year from up to 6 rows above the header; also a `Sasaran ... :` label there. */
function lookAbove(sh: Sheet, headerRow: number, minRow: number): { title: string | null; year: number | null; sasaran: string | null } {
  let title: string | null = null;
  let year: number | null = null;
  let sasaran: string | null = null;
  const texts: { row: number; text: string }[] = [];
  for (let r = headerRow - 1; r >= Math.max(minRow, headerRow - 6, sh.top); r--) {
    const cs = sh.cells(r);
    if (cs.length === 0) continue;
    if (cs.every(([, t]) => DECORATION.test(t))) continue;
    texts.push({ row: r, text: clean(cs.map(([, t]) => t).join(' ')) });
  }
  // texts: nearest first
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i].text;
    const m = SASARAN_LABEL.exec(t);
    if (m || SASARAN_LABEL_BARE.test(t)) {
      if (sasaran === null) {
        const rest = m ? clean(m[5] ?? '') : '';
        sasaran = rest || (i > 0 ? texts[i - 1].text : null);
      }
      continue;
    }
  }
  for (const { text } of texts) {
    if (SASARAN_LABEL.test(text) || SASARAN_LABEL_BARE.test(text) || (sasaran !== null && text === sasaran)) continue;
    if (text.length > 200) continue; // a paragraph, not a title
    if (title === null) title = text;
    if (year === null) year = yearFromText(text);
    if (title !== null && year !== null) break;
  }
  return { title, year, sasaran };
}

function buildTable(sh: Sheet, lay: Layout, ex: Extracted, minRow: number): RecognizedTable {
  const ra = lay.raMarkers >= 2 || ex.drafts.some((d) => d.tw.length > 0);
  const remarks = [...lay.remarks, ...ex.remarks];
  const columns: TableColumns = { ...lay.columns };
  const headers = { ...lay.headers };
  let percentPoints = [...lay.percentPoints];
  if (ra) {
    for (const r of ['realisasi', 'capaian'] as Role[]) {
      if (columns[r] !== undefined) {
        remarks.push(`Kolom ${headers[r]} (${colLetter(columns[r]!)}) pada Rencana Aksi berisi uraian per triwulan; tidak dibaca sebagai ${r}.`);
        delete columns[r];
        delete headers[r];
        percentPoints = percentPoints.filter((p) => p !== r);
      }
    }
  }
  const kind = kindOf({ ...lay, columns }, ra);
  const above = lookAbove(sh, lay.headerRow, minRow);
  let year = lay.year;
  if (year === null && kind !== 'renstra') year = above.year;
  if (year === null && kind !== 'renstra') year = yearFromText(sh.g.sheet);
  if (kind === 'renstra') year = lay.year ?? above.year ?? yearFromText(sh.g.sheet);
  const plan: Plan = {
    roles: (Object.keys(columns) as Role[]).map((r) => [r, columns[r]!] as [Role, number]),
    renstra: Object.entries(lay.renstraYears),
    other: Object.entries(lay.otherYears),
  };
  const indicators = ex.drafts.map((d) => toIndicator(sh, plan, d));
  if (above.sasaran) {
    for (const i of indicators) if (!i.sasaran) i.sasaran = above.sasaran;
  }
  const area: Area = {
    top: lay.headerRow,
    left: Number.isFinite(lay.left) ? lay.left : sh.left,
    bottom: Math.max(ex.bottom, lay.headerRow + lay.headerSpan - 1),
    right: Number.isFinite(lay.right) ? lay.right : sh.right,
  };
  return {
    id: `${sh.g.sheet}!${areaA1(area)}`,
    sheet: sh.g.sheet,
    kind,
    area,
    headerRow: lay.headerRow,
    headerRows: lay.headerRows,
    dataTop: lay.dataTop,
    year,
    title: above.title,
    columns,
    headers,
    percentPoints,
    otherYears: lay.otherYears,
    renstraYears: lay.renstraYears,
    budgetColumns: [...lay.budgetColumns].sort((a, z) => a - z),
    indicators,
    averageRows: ex.averages,
    remarks,
    mapped: lay.mapped,
  };
}

function extract(ctx: Ctx, lay: Layout): Extracted {
  return isRencanaAksi(ctx.sh, lay) ? extractRencanaAksi(ctx, lay) : extractPlain(ctx, lay);
}

// ------------------------------------------------------------------ user column mapping

function mappingLayout(ctx: Ctx, base: Layout | null, m: ColumnMapping): Layout | { error: string } {
  const { sh } = ctx;
  const headerRow = base ? base.headerRow : m.headerRow!;
  const lay: Layout = base
    ? { ...base, columns: { ...base.columns }, headers: { ...base.headers }, percentPoints: [...base.percentPoints], budgetColumns: [...base.budgetColumns], remarks: [...base.remarks] }
    : newLayout(headerRow);
  const given: string[] = [];
  for (const [role, letters] of Object.entries(m.columns) as [Role, string][]) {
    if (typeof letters !== 'string' || !/^[A-Za-z]{1,3}$/.test(letters)) continue;
    const col = colNumber(letters);
    for (const other of Object.keys(lay.columns) as Role[]) {
      if (other !== role && lay.columns[other] === col && m.columns[other] === undefined) {
        delete lay.columns[other];
        delete lay.headers[other];
        lay.percentPoints = lay.percentPoints.filter((p) => p !== other);
      }
    }
    lay.columns[role] = col;
    const ht = sh.t(headerRow, col) || (lay.headerRows > 1 ? sh.t(headerRow + 1, col) : '');
    if (ht) lay.headers[role] = ht;
    else delete lay.headers[role];
    lay.percentPoints = lay.percentPoints.filter((p) => p !== role);
    if (/\(\s*%\s*\)/.test(ht) || /^%$/.test(ht.trim())) lay.percentPoints.push(role);
    lay.budgetColumns = lay.budgetColumns.filter((c) => c !== col);
    for (const [y, c] of Object.entries(lay.renstraYears)) if (c === col) delete lay.renstraYears[y];
    given.push(`${role}=${letters.toUpperCase()}`);
  }
  if (lay.columns.indikator === undefined) {
    return { error: `Pemetaan kolom untuk lembar ini tidak menyebut kolom Indikator; tabel tidak dapat dibaca.` };
  }
  if (!base) {
    lay.headerRows = 1;
    let span = 1;
    const cn = sh.cells(headerRow + 1);
    if (cn.length >= 2 && cn.every(([, t]) => columnNumber(t) !== null)) span = 2;
    lay.headerSpan = span;
    lay.dataTop = headerRow + span;
    lay.signature = headerSignature(sh, headerRow, 1);
    const cols = Object.values(lay.columns) as number[];
    lay.left = Math.min(...cols);
    lay.right = Math.max(...cols);
    for (const [c] of sh.cells(headerRow)) {
      if (c < lay.left) lay.left = c;
      if (c > lay.right) lay.right = c;
    }
    const ty = yearFromText(sh.t(headerRow, lay.columns.target));
    if (ty !== null) lay.year = ty;
  } else {
    for (const c of Object.values(lay.columns) as number[]) {
      if (c < lay.left) lay.left = c;
      if (c > lay.right) lay.right = c;
    }
  }
  lay.mapped = true;
  lay.remarks.push(`Pemetaan kolom dari pengaturan diterapkan (${given.join(', ')}).`);
  return lay;
}

// ------------------------------------------------------------------ entry point

export function recognizeSheet(grid: Grid, settings?: Pick<Settings, 'pemetaanKolom'>): Recognition {
  const name = grid && typeof grid.sheet === 'string' ? grid.sheet : '';
  try {
    return recognizeInner(grid, settings);
  } catch (e) {
    return {
      tables: [],
      skipped: { sheet: name, reason: `Lembar tidak dapat dibaca: ${(e as Error)?.message ?? String(e)}.` },
    };
  }
}

function recognizeInner(grid: Grid, settings?: Pick<Settings, 'pemetaanKolom'>): Recognition {
  const sheet = grid.sheet;
  if (grid.visibility === 'veryHidden') {
    return { tables: [], skipped: { sheet, reason: 'Lembar tersembunyi (veryHidden) milik add-in; tidak dibaca.' } };
  }
  const sh = new Sheet(grid);
  const own = settings?.pemetaanKolom && Object.prototype.hasOwnProperty.call(settings.pemetaanKolom, sheet) ? settings.pemetaanKolom[sheet] : [];
  const mappings = (Array.isArray(own) ? own : []).filter((m) => m && m.columns);
  if (sh.bottom < sh.top || sh.right < sh.left) {
    return { tables: [], skipped: { sheet, reason: 'Lembar kosong; tidak ada tabel PK.' } };
  }
  const n = sh.bottom - sh.top + 1;
  const hints = new Uint8Array(n + 1);
  for (let r = sh.top; r <= sh.bottom; r++) if (headerHint(sh, r)) hints[r - sh.top] = 1;
  const ctx: Ctx = { sh, hints, cache: new Map() };

  const found: { lay: Layout; ex: Extracted; minRow: number }[] = [];
  let indikatorOnly: number | null = null;
  let emptyTable: number | null = null;
  let minRow = sh.top;
  for (let r = sh.top; r <= sh.bottom; r++) {
    if (!hints[r - sh.top]) continue;
    const lay = tryHeader(sh, r, ctx.cache);
    if (!lay) {
      if (indikatorOnly === null) indikatorOnly = r;
      continue;
    }
    const ex = extract(ctx, lay);
    if (ex.drafts.length > 0) found.push({ lay, ex, minRow });
    else if (emptyTable === null) emptyTable = r;
    const next = Math.max(ex.end, lay.headerRow + lay.headerSpan - 1);
    minRow = ex.bottom + 1;
    r = next;
  }

  // User column mappings.
  const mapRemarks: string[] = [];
  for (const m of mappings) {
    const idx = m.headerRow !== undefined ? found.findIndex((f) => f.lay.headerRow === m.headerRow) : found.length > 0 ? 0 : -1;
    if (idx < 0 && m.headerRow === undefined) {
      mapRemarks.push('Pemetaan kolom tanpa baris judul tidak dapat diterapkan karena tidak ada tabel yang dikenali.');
      continue;
    }
    if (idx < 0 && (m.headerRow! < sh.top || m.headerRow! > sh.bottom)) {
      mapRemarks.push(`Pemetaan kolom menyebut baris judul ${m.headerRow} di luar isi lembar.`);
      continue;
    }
    const base = idx >= 0 ? found[idx].lay : null;
    const lay = mappingLayout(ctx, base, m);
    if ('error' in lay) {
      mapRemarks.push(lay.error);
      continue;
    }
    const ex = extract(ctx, lay);
    if (ex.drafts.length === 0) {
      mapRemarks.push(`Pemetaan kolom diterapkan pada baris ${lay.headerRow}, tetapi tidak ada baris indikator di bawahnya.`);
      continue;
    }
    if (idx >= 0) found[idx] = { lay, ex, minRow: found[idx].minRow };
    else {
      const prev = found.filter((f) => f.lay.headerRow < lay.headerRow).pop();
      found.push({ lay, ex, minRow: prev ? prev.ex.bottom + 1 : sh.top });
      found.sort((a, z) => a.lay.headerRow - z.lay.headerRow);
    }
  }

  const tables = found.map((f) => buildTable(sh, f.lay, f.ex, f.minRow));
  // Tables of one kind stacked under one title (IKU, IKP, IKK under `PERJANJIAN KINERJA TAHUN
  // 2023`): a table with no year of its own takes the year of the table of its kind above it.
  for (let i = 1; i < tables.length; i++) {
    const t = tables[i];
    if (t.year !== null || t.kind === 'renstra') continue;
    const prev = tables[i - 1];
    if (prev.kind === t.kind && prev.year !== null) {
      t.year = prev.year;
      t.remarks.push(`Tahun ${prev.year} diambil dari tabel di atasnya (baris ${prev.headerRow}).`);
    }
  }
  if (tables.length === 0) {
    let reason: string;
    if (emptyTable !== null) reason = `Judul tabel PK di baris ${emptyTable} ditemukan, tetapi tidak ada baris indikator di bawahnya.`;
    else if (indikatorOnly !== null)
      reason = `Tidak ditemukan tabel PK: ada kolom Indikator (baris ${indikatorOnly}) tetapi tidak ada kolom Target.`;
    else if (hasTargetWord(sh, ctx))
      reason = 'Tidak ditemukan tabel PK: ada kolom Target tetapi tidak ada kolom Indikator.';
    else reason = 'Tidak ditemukan tabel PK: tidak ada kolom Indikator dan Target.';
    if (mapRemarks.length) reason += ' ' + mapRemarks.join(' ');
    return { tables: [], skipped: { sheet, reason } };
  }
  if (mapRemarks.length) tables[0].remarks.push(...mapRemarks);
  return { tables, skipped: null };
}

function hasTargetWord(sh: Sheet, ctx: Ctx): boolean {
  const last = Math.min(sh.bottom, sh.top + 5000);
  for (let r = sh.top; r <= last; r++) {
    for (const [, t] of sh.cells(r)) {
      if (t.length > 40 || !/target/i.test(t)) continue;
      const k = classifyCached(ctx.cache, t);
      if (k && k.kind === 'role' && k.role === 'target') return true;
    }
  }
  return false;
}
