/**
 * plan(analysis) -> WritePlan: what Hitung Capaian (or Periksa) changes in the workbook
 * (docs/aturan.md "Capaian", last paragraphs; "Temuan").
 *
 * - hitung: capaian (formula where target and realisasi are plain numeric cells, else the value
 *   with the reason in the cell's comment), klasifikasi (formula over a formula capaian, else the
 *   label), missing Capaian/Klasifikasi columns appended right of the table, the scale legend,
 *   comments, the Temuan sheet and (opts.renstra) Perbandingan Renstra.
 * - periksa: only comments and the Temuan sheet.
 */
import { a1, cellAt, colLetter, type Grid, type WorkbookSnapshot } from './grid';
import { legendaNaik, rumusKlasifikasiLegenda, skalaDari, TIDAK_DAPAT_DIUKUR, type LegendaPos, type Skala } from './klasifikasi';
import { compareRenstra, PERBANDINGAN_RENSTRA, planRenstraSheet } from './renstra';
import type {
  AnalysedTable,
  Analysis,
  CellWrite,
  CommentWrite,
  Finding,
  Indicator,
  PlanSummary,
  RuleId,
  Severity,
  SheetSpec,
  WritePlan,
} from './types';
import { appendAll } from './arrays';
import { printSetup } from './layout';
import type { Lang } from '../i18n/lang';
import { PLAN, type PlanMessages } from '../i18n/plan';
import { UI } from '../i18n/ui';

export interface PlanOptions {
  mode: 'hitung' | 'periksa';
  /** Only plan writes for these sheets (default: every sheet with a table). */
  sheets?: string[];
  /** Also build `Perbandingan Renstra` when a Renstra matrix is present (CLI: yes). */
  renstra?: boolean;
  lang?: 'id' | 'en';
  /**
   * The workbook the analysis was made from (optional). With it the plan appends missing columns
   * at the first EMPTY columns right of a table and continues a `(1) (2) (3)` column-number row;
   * without it the columns go right after the table's last column.
   */
  workbook?: WorkbookSnapshot;
}

export const TEMUAN_SHEET = 'Temuan';
/**
 * Sheets the add-in writes itself and rebuilds on every run: never analysed as input (a rerun
 * would otherwise review its own report and compare the Renstra sheet with itself).
 */
export function isGeneratedSheet(name: string): boolean {
  return name === TEMUAN_SHEET || name === PERBANDINGAN_RENSTRA || name === '_capaianpk';
}

/** A summary with nothing counted. */
export function emptySummary(): PlanSummary {
  return { tables: 0, indicators: 0, capaian: 0, na: 0, formulas: 0, values: 0, findings: { galat: 0, peringatan: 0, info: 0 }, byRule: {} };
}

export const HEADER_CAPAIAN = 'Capaian';
export const HEADER_KLASIFIKASI = 'Klasifikasi';

/** True when a string would be read as a formula by Excel. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@]/.test(s);
}

/** A non-formula write of a value; text starting with = + - @ is marked as text ('@'). */
export function valueWrite(w: Omit<CellWrite, 'formula'>): CellWrite {
  const out: CellWrite = { ...w, formula: null };
  if (typeof w.value === 'string' && looksLikeFormula(w.value)) out.numberFormat = '@';
  return out;
}

// ------------------------------------------------------------------ convention

export type Convention = 'fraction' | 'points';

/**
 * The table's convention for capaian: a fraction with a `0.00%` format where its values are
 * percent-formatted cells or text percentages; percent points (`*100`, `0.00`) where the header
 * says (%) or the values are plain numbers.
 */
export function tableConvention(t: AnalysedTable): Convention {
  // 1. Existing capaian cells decide when they are numeric.
  let capFrac = 0;
  let capPts = 0;
  for (const it of t.items) {
    const c = it.capaianTertulis;
    if (!c || !c.numericCell || c.value === null) continue;
    if (c.fraction) capFrac++;
    else capPts++;
  }
  if (capFrac !== capPts) return capFrac > capPts ? 'fraction' : 'points';
  // 2. A (%) header.
  if (t.percentPoints.some((r) => r === 'capaian' || r === 'target' || r === 'realisasi')) return 'points';
  // 3. The target/realisasi values.
  let frac = 0;
  let pts = 0;
  for (const it of t.items) {
    for (const v of [it.target, it.realisasi, it.capaianTertulis]) {
      if (!v || v.value === null) continue;
      if (v.fraction) frac++;
      else if (!v.numericCell && v.kind === 'percent' && v.raw.includes('%')) frac++;
      else if (v.numericCell && (v.kind === 'percent' || v.kind === 'number' || v.kind === 'index')) pts++;
    }
  }
  return pts > frac ? 'points' : 'fraction';
}

// ------------------------------------------------------------------ capaian of one indicator

export interface CapaianCell {
  /** Formula ('=E5/D5') or null. */
  formula: string | null;
  /** Value to write (or the formula's result): a fraction or percent points per the convention, 'N/A', or null (write nothing). */
  value: number | string | null;
  /** Why the value is not a formula (Indonesian/English paragraph), or null. */
  reason: string | null;
  /**
   * The reason without the cell's own text, for the one note on the column header that lists the
   * cells of each kind ('Capaian ditulis sebagai nilai karena target berupa teks.'), or null.
   */
  jenis: string | null;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Capaian formula (or value) for an indicator in the given convention. `capaian` of the indicator
 * is the truth; a formula is used only when it evaluates to that same number.
 */
export function capaianCell(it: Indicator, conv: Convention, settings: Analysis['settings'], lang: Lang = 'id'): CapaianCell {
  const m = PLAN[lang];
  if (it.capaian === null) {
    if (it.status === 'na') return { formula: null, value: 'N/A', reason: m.na(it.alasanNA), jenis: m.na(null) };
    return { formula: null, value: null, reason: null, jenis: null };
  }
  const cached = conv === 'fraction' ? it.capaian / 100 : it.capaian;
  const t = it.target;
  const r = it.realisasi;
  const tA = it.cells.target;
  const rA = it.cells.realisasi;
  const asValue = (why: string, kind: string = why): CapaianCell => ({ formula: null, value: cached, reason: m.nilaiKarena(why), jenis: m.nilaiKarena(kind) });
  if (!t || !r || !tA || !rA) return asValue(m.tidakRumus);
  if (it.polaritas === 'rentang' || t.kind === 'range') return asValue(m.rentang(t.raw), m.jenis.rentang);
  if (!t.numericCell || t.value === null) return asValue(m.targetTeks(t.raw), m.jenis.targetTeks);
  if (!r.numericCell || r.value === null) return asValue(m.realisasiTeks(r.raw), m.jenis.realisasiTeks);
  if (t.fraction !== r.fraction) return asValue(m.bentukBeda(t.raw, r.raw), m.jenis.bentukBeda);
  const T = t.value;
  const R = r.value;
  const k = conv === 'points' ? '*100' : '';
  const one = conv === 'points' ? 100 : 1;
  let expr: string;
  let ratio: number;
  if (it.polaritas === 'negatif') {
    if (settings.rumusNegatif === 't/r') {
      if (R === 0) return asValue(m.tidakRumus);
      expr = `${tA}/${rA}${k}`;
      ratio = T / R;
    } else if (T === 0) {
      expr = `IF(${tA}=0,IF(${rA}=0,${one},0),MAX(0,(2*${tA}-${rA})/${tA}${k}))`;
      ratio = R === 0 ? 1 : 0;
    } else {
      expr = `MAX(0,(2*${tA}-${rA})/${tA}${k})`;
      ratio = Math.max(0, (2 * T - R) / T);
    }
  } else {
    if (T === 0) return asValue(m.tidakRumus);
    expr = `${rA}/${tA}${k}`;
    ratio = R / T;
  }
  let points = ratio * 100;
  if (settings.batasAtas !== null) {
    const cap = conv === 'points' ? settings.batasAtas : settings.batasAtas / 100;
    expr = `MIN(${expr},${fmtNum(cap)})`;
    points = Math.min(points, settings.batasAtas);
  }
  if (!close(points, it.capaian)) return asValue(m.tidakRumus);
  const reason = it.dibatasi && settings.batasAtas !== null ? m.dibatasi(settings.batasAtas) : null;
  return { formula: `=${expr}`, value: cached, reason, jenis: reason };
}

function fmtNum(n: number): string {
  return String(Number(n.toPrecision(12)));
}

// ------------------------------------------------------------------ layout helpers

function gridOf(ws: WorkbookSnapshot | undefined, sheet: string): Grid | undefined {
  return ws?.sheets.find((g) => g.sheet === sheet);
}

function columnEmpty(g: Grid, col: number, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) {
    const c = cellAt(g, r, col);
    if (c.formula) return false;
    if (c.value !== null && c.value !== '') return false;
  }
  return true;
}

/** First `count` consecutive empty columns right of the table (never inside it). */
export function firstEmptyColumns(t: AnalysedTable, count: number, g?: Grid): number {
  let c = t.area.right + 1;
  if (!g || count === 0) return c;
  for (let guard = 0; guard < 200; guard++, c++) {
    let ok = true;
    for (let k = 0; k < count && ok; k++) ok = columnEmpty(g, c + k, t.area.top, t.area.bottom);
    if (ok) return c;
  }
  return t.area.right + 1;
}

const LEGEND_TITLES = [PLAN.id.legendTitle(''), PLAN.en.legendTitle('')];

/**
 * Column of the legend: the wanted one unless the user has something there; then the next free
 * block to the right. A legend of an earlier run (its title cell) is reused in place.
 */
export function legendColumn(g: Grid | undefined, row: number, col: number, height: number): number {
  if (!g) return col;
  for (let c = col; c < col + 50; c++) {
    const title = cellAt(g, row, c).text.trim();
    if (LEGEND_TITLES.some((t) => title.startsWith(t.trim()))) return c;
    if (columnEmpty(g, c, row, row + height - 1) && columnEmpty(g, c + 1, row, row + height - 1)) return c;
  }
  return col;
}

/** Sheet row of the indicator's values: its capaian, realisasi or target cell, else its first row. */
export function valueRow(it: Indicator): number {
  for (const ref of [it.cells.capaian, it.cells.realisasi, it.cells.target]) {
    if (!ref) continue;
    const m = /(\d+)$/.exec(ref);
    if (m) return Number(m[1]);
  }
  return it.row;
}

/**
 * The table's last column for placing the legend: the right-most column the table is known to
 * use (roles, budget and other-year columns), so a legend written on an earlier run (which a
 * recogniser may take into the table's area) does not move it.
 */
export function lastTableColumn(t: AnalysedTable): number {
  let c = 0;
  for (const v of Object.values(t.columns)) if (typeof v === 'number' && v > c) c = v;
  for (const v of t.budgetColumns) if (v > c) c = v;
  for (const y of Object.values(t.otherYears)) for (const v of Object.values(y)) if (typeof v === 'number' && v > c) c = v;
  for (const v of Object.values(t.renstraYears)) if (v > c) c = v;
  return c > 0 ? Math.min(c, t.area.right) : t.area.right;
}

/** The `(1) (2) (3)` row under the header: its sheet row and the highest number, or null. */
export function columnNumberRow(t: AnalysedTable, g?: Grid): { row: number; max: number } | null {
  if (!g) return null;
  const row = t.headerRow + t.headerRows;
  if (row >= t.dataTop) return null;
  let n = 0;
  let max = 0;
  for (let c = t.area.left; c <= t.area.right; c++) {
    const m = /^\(?\s*(\d{1,2})\s*\)?$/.exec(cellAt(g, row, c).text.trim());
    if (m) {
      n++;
      max = Math.max(max, Number(m[1]));
    }
  }
  return n >= 2 ? { row, max } : null;
}

// ------------------------------------------------------------------ the plan

/** Where Hitung writes on one pengukuran table: its capaian and klasifikasi columns, and its convention. */
interface TableLayout {
  t: AnalysedTable;
  fraction: boolean;
  conv: Convention;
  needCap: boolean;
  needKlas: boolean;
  capCol: number;
  klasCol: number;
  /** Right-most column the table (with appended columns) uses. */
  lastCol: number;
}

function tableLayout(t: AnalysedTable, g: Grid | undefined): TableLayout {
  const conv = tableConvention(t);
  const needCap = t.columns.capaian === undefined;
  const needKlas = t.columns.klasifikasi === undefined;
  const need = (needCap ? 1 : 0) + (needKlas ? 1 : 0);
  const first = firstEmptyColumns(t, need, g);
  return {
    t,
    conv,
    fraction: conv === 'fraction',
    needCap,
    needKlas,
    capCol: needCap ? first : t.columns.capaian!,
    klasCol: needKlas ? first + (needCap ? 1 : 0) : t.columns.klasifikasi!,
    lastCol: need > 0 ? first + need - 1 : lastTableColumn(t),
  };
}

interface LegendPlace {
  /** Title row and column. */
  row: number;
  col: number;
  /** The bounds the klasifikasi formulas look up. */
  pos: LegendaPos;
}

/** Legend: one per sheet, two columns right of the right-most pengukuran table, from its header row. */
function legendPlaces(layouts: TableLayout[], skala: Skala, workbook: WorkbookSnapshot | undefined): Map<string, LegendPlace> {
  const at = new Map<string, { col: number; row: number }>();
  for (const L of layouts) {
    const prev = at.get(L.t.sheet);
    const col = L.lastCol + 2;
    if (!prev) at.set(L.t.sheet, { col, row: L.t.headerRow });
    else at.set(L.t.sheet, { col: Math.max(prev.col, col), row: Math.min(prev.row, L.t.headerRow) });
  }
  const out = new Map<string, LegendPlace>();
  const height = legendaNaik(skala).length + 2;
  for (const [sheet, p] of at) {
    const col = legendColumn(gridOf(workbook, sheet), p.row, p.col, height);
    out.set(sheet, { row: p.row, col, pos: { row: p.row + 2, col, bands: skala.bands.length } });
  }
  return out;
}

/** Header cells of the appended Capaian/Klasifikasi columns (and the next `(n)` column numbers). */
function appendedHeaderCells(L: TableLayout, g: Grid | undefined, m: PlanMessages): CellWrite[] {
  const { t } = L;
  const cells: CellWrite[] = [];
  const styleHeader = a1(t.headerRow, t.area.right);
  const appended: Array<[number, string]> = [];
  if (L.needCap) appended.push([L.capCol, m.capaian]);
  if (L.needKlas) appended.push([L.klasCol, m.klasifikasi]);
  const numRow = appended.length ? columnNumberRow(t, g) : null;
  let n = numRow?.max ?? 0;
  for (const [col, title] of appended) {
    cells.push(valueWrite({ sheet: t.sheet, cell: a1(t.headerRow, col), purpose: 'header', value: title, styleFrom: styleHeader }));
    for (let r = t.headerRow + 1; r < t.headerRow + t.headerRows; r++) {
      cells.push(valueWrite({ sheet: t.sheet, cell: a1(r, col), purpose: 'header', value: null, styleFrom: a1(r, t.area.right) }));
    }
    if (numRow) {
      n++;
      cells.push(valueWrite({ sheet: t.sheet, cell: a1(numRow.row, col), purpose: 'header', value: `(${n})`, styleFrom: a1(numRow.row, t.area.right) }));
    }
  }
  return cells;
}

/** The capaian and klasifikasi cells of one table; value reasons are grouped by kind into `reasons`. */
function indicatorCells(L: TableLayout, legend: LegendPlace, analysis: Analysis, lang: Lang, summary: PlanSummary, reasons: Map<string, string[]>): CellWrite[] {
  const { t, fraction } = L;
  const cells: CellWrite[] = [];
  for (const it of t.items) {
    // The row holding the indicator's values (a name split over two rows has them on the second).
    const vRow = valueRow(it);
    const capA1 = !L.needCap && it.cells.capaian ? it.cells.capaian : a1(vRow, L.capCol);
    const klasA1 = !L.needKlas && it.cells.klasifikasi ? it.cells.klasifikasi : a1(vRow, L.klasCol);
    const styleRow = a1(vRow, t.area.right);
    const c = capaianCell(it, L.conv, analysis.settings, lang);
    if (c.jenis) {
      const list = reasons.get(c.jenis);
      if (list) list.push(capA1);
      else reasons.set(c.jenis, [capA1]);
    }
    if (c.value === null && c.formula === null) continue;
    const capStyle = L.needCap ? { styleFrom: styleRow } : {};
    const klasStyle = L.needKlas ? { styleFrom: styleRow } : {};
    if (c.formula) {
      summary.formulas++;
      cells.push({ sheet: t.sheet, cell: capA1, purpose: 'capaian', formula: c.formula, value: c.value, numberFormat: fraction ? '0.00%' : '0.00', ...capStyle });
      const f = rumusKlasifikasiLegenda(capA1, legend.pos, fraction);
      cells.push({ sheet: t.sheet, cell: klasA1, purpose: 'klasifikasi', formula: f, value: it.klasifikasi, ...klasStyle });
    } else {
      summary.values++;
      const numberFormat = typeof c.value === 'number' ? (fraction ? '0.00%' : '0.00') : undefined;
      cells.push(valueWrite({ sheet: t.sheet, cell: capA1, purpose: 'capaian', value: c.value, ...(numberFormat ? { numberFormat } : {}), ...capStyle }));
      const label = it.capaian === null ? TIDAK_DAPAT_DIUKUR : it.klasifikasi;
      cells.push(valueWrite({ sheet: t.sheet, cell: klasA1, purpose: 'klasifikasi', value: label, ...klasStyle }));
    }
  }
  return cells;
}

/** At most this many cells are named per kind in the column's note; the rest are counted. */
const NOTE_CELLS = 10;

/**
 * The ONE note on a capaian column's header: per kind of reason (a value instead of a formula,
 * N/A, a capped capaian) how many cells and which. Null when there is nothing to say.
 */
export function columnNote(reasons: Map<string, string[]>, lang: Lang = 'id'): string | null {
  if (reasons.size === 0) return null;
  const m = PLAN[lang];
  const lines = [m.catatanKolom];
  for (const [kind, cells] of reasons) {
    const named = cells.slice(0, NOTE_CELLS).join(', ');
    const more = cells.length > NOTE_CELLS ? `, ${m.lainnya(cells.length - NOTE_CELLS)}` : '';
    lines.push(`- ${kind.replace(/[.\s]+$/, '')}: ${m.sel(cells.length)} (${named}${more}).`);
  }
  return lines.join('\n');
}

/** Hitung's cell writes: appended headers, capaian and klasifikasi, legends; the column notes go into `notes`. */
function hitungCells(tables: AnalysedTable[], analysis: Analysis, opts: PlanOptions, summary: PlanSummary, notes: Map<string, string[]>): CellWrite[] {
  const lang: Lang = opts.lang === 'en' ? 'en' : 'id';
  const skala = skalaDari(analysis.settings);
  const layouts = tables
    .filter((t) => t.kind === 'pengukuran' && t.items.length > 0)
    .map((t) => tableLayout(t, gridOf(opts.workbook, t.sheet)));
  const legends = legendPlaces(layouts, skala, opts.workbook);
  const cells: CellWrite[] = [];
  for (const L of layouts) {
    appendAll(cells, appendedHeaderCells(L, gridOf(opts.workbook, L.t.sheet), PLAN[lang]));
    const reasons = new Map<string, string[]>();
    appendAll(cells, indicatorCells(L, legends.get(L.t.sheet)!, analysis, lang, summary, reasons));
    const note = columnNote(reasons, lang);
    if (note) notes.set(`${L.t.sheet}!${a1(L.t.headerRow, L.capCol)}`, [note]);
  }
  for (const [sheet, at] of legends) appendAll(cells, legendCells(sheet, at.row, at.col, skala, lang));
  return cells;
}

export function plan(analysis: Analysis, opts: PlanOptions): WritePlan {
  const lang: Lang = opts.lang === 'en' ? 'en' : 'id';
  const inScope = (sheet: string) => !opts.sheets || opts.sheets.includes(sheet);
  const tables = analysis.tables.filter((t) => inScope(t.sheet));
  /** The one note per capaian column header (value reasons, N/A, caps), by sheet!cell. */
  const extra = new Map<string, string[]>();
  const summary: PlanSummary = { ...emptySummary(), tables: tables.length };
  for (const t of tables) {
    summary.indicators += t.items.length;
    if (t.kind !== 'pengukuran') continue;
    for (const it of t.items) {
      if (it.capaian !== null) summary.capaian++;
      if (it.status === 'na' && it.capaian === null) summary.na++;
    }
  }
  const cells = opts.mode === 'hitung' ? hitungCells(tables, analysis, opts, summary, extra) : [];

  // Findings: the analysis' own plus a Renstra comparison's that are new.
  const findings: Finding[] = analysis.findings.filter((f) => inScope(f.sheet));
  const sheets: SheetSpec[] = [];
  if (opts.renstra) {
    const cmp = compareRenstra(analysis, analysis.year ?? undefined);
    if (cmp) {
      const seen = new Set(findings.map((f) => `${f.rule}|${f.sheet}|${f.cell}`));
      for (const f of cmp.findings) {
        if (!inScope(f.sheet) || seen.has(`${f.rule}|${f.sheet}|${f.cell}`)) continue;
        seen.add(`${f.rule}|${f.sheet}|${f.cell}`);
        findings.push(f);
      }
      if (opts.mode === 'hitung') sheets.push(planRenstraSheet(cmp, { lang }));
    }
  }
  for (const f of findings) {
    summary.findings[f.severity]++;
    summary.byRule[f.rule] = (summary.byRule[f.rule] ?? 0) + 1;
  }

  const comments = planComments(findings, opts.mode === 'hitung' ? extra : new Map());
  sheets.unshift(planTemuanSheet(findings, lang));
  return { mode: opts.mode, cells, comments, sheets, summary };
}

/** One CommentWrite per cell: every finding of that cell as '[rule-id] message', then extra paragraphs. */
export function planComments(findings: Finding[], extra: Map<string, string[]> = new Map()): CommentWrite[] {
  const byCell = new Map<string, { sheet: string; cell: string; lines: string[]; rules: RuleId[] }>();
  const get = (sheet: string, cell: string) => {
    const key = `${sheet}!${cell}`;
    let e = byCell.get(key);
    if (!e) byCell.set(key, (e = { sheet, cell, lines: [], rules: [] }));
    return e;
  };
  for (const f of findings) {
    const e = get(f.sheet, f.cell);
    const line = `[${f.rule}] ${f.message}`;
    if (!e.lines.includes(line)) e.lines.push(line);
    if (!e.rules.includes(f.rule)) e.rules.push(f.rule);
  }
  for (const [key, lines] of extra) {
    const i = key.lastIndexOf('!');
    const e = get(key.slice(0, i), key.slice(i + 1));
    for (const l of lines) if (!e.lines.includes(l)) e.lines.push(l);
  }
  return [...byCell.values()].map((e) => ({ sheet: e.sheet, cell: e.cell, text: e.lines.join('\n'), rules: e.rules }));
}

/**
 * The scale legend: title, header, then the bands from the lowest up (numeric lower bounds in
 * percent points, which the klasifikasi formulas look up) and N/A.
 */
export function legendCells(sheet: string, row: number, col: number, skala: Skala, lang: Lang = 'id'): CellWrite[] {
  const m = PLAN[lang];
  const out: CellWrite[] = [];
  const put = (r: number, c: number, value: string | number, bold = false) =>
    out.push(valueWrite({ sheet, cell: a1(r, c), purpose: 'legend', value, ...(bold ? { bold } : {}) }));
  put(row, col, m.legendTitle(skala.nama), true);
  put(row + 1, col, m.capaianMinimal, true);
  put(row + 1, col + 1, m.klasifikasi, true);
  let r = row + 2;
  for (const [bound, label] of legendaNaik(skala)) {
    put(r, col, bound);
    put(r, col + 1, label);
    r++;
  }
  return out;
}

/**
 * Fill of the Tingkat cell by severity: Excel's own "Bad" / "Neutral" fills for galat and
 * peringatan, a light blue for info. Text stays black (contrast above 12:1 on each) and the
 * fills stay distinct as greys on a black-and-white printer.
 */
export const TINGKAT_FILL: Record<Severity, string> = { galat: 'FFC7CE', peringatan: 'FFEB9C', info: 'DDEBF7' };

/** Widths in characters; every cell wraps (top-aligned), the rule id is the narrow filter column. */
const TEMUAN_WIDTHS = { A: 5, B: 12, C: 30, D: 18, E: 7, F: 100, G: 23 };

/**
 * The Temuan sheet: No | Tingkat | Aturan (in words) | Lembar | Sel | Pesan | Kode aturan, one row
 * per finding; the Tingkat cell filled by severity, long texts wrapped, printed landscape.
 */
export function planTemuanSheet(findings: Finding[], lang: Lang = 'id'): SheetSpec {
  const m = PLAN[lang];
  const aturan = UI[lang].rule;
  const name = TEMUAN_SHEET;
  const cells: CellWrite[] = [];
  const put = (r: number, c: number, value: string | number | null, more: Partial<CellWrite> = {}) =>
    cells.push(valueWrite({ sheet: name, cell: a1(r, c), purpose: 'sheet', value, wrap: true, ...more }));
  m.cols.forEach((h, j) => put(1, j + 1, h, { bold: true }));
  if (findings.length === 0) {
    put(2, 1, null);
    put(2, 6, m.tidakAda);
  }
  findings.forEach((f, i) => {
    const r = i + 2;
    put(r, 1, i + 1);
    put(r, 2, m.sev[f.severity], { fill: TINGKAT_FILL[f.severity] });
    put(r, 3, aturan[f.rule]);
    put(r, 4, f.sheet);
    put(r, 5, f.cell);
    put(r, 6, f.message);
    put(r, 7, f.rule);
  });
  const lastRow = Math.max(2, findings.length + 1);
  return {
    name,
    purpose: 'temuan',
    cells,
    columnWidths: { ...TEMUAN_WIDTHS },
    table: { range: `A1:${colLetter(m.cols.length)}${lastRow}`, name: 'TemuanCapaianPK', style: 'TableStyleLight9' },
    charts: [],
    freezeRows: 1,
    print: printSetup(1),
  };
}
