/**
 * The reader without exceljs (browser-safe): one pass over each sheet's XML straight into a Grid,
 * giving the same snapshot as the exceljs reader (tests/xlsx/fast-read.test.ts compares them on
 * every fixture): values (shared and inline strings, numbers, booleans, errors), shared formulas
 * made each cell's own (ECMA-376 Part 1 §18.3.1.40), number formats (built-in ids §18.8.30),
 * merged areas, hidden rows, notes, sheet state, the active sheet, 1904 dates.
 */
import type { Area, CellValue, Grid, WorkbookSnapshot } from '../core/grid';
import { parseA1, parseArea } from '../core/grid';
import { formatNumber, type NumberLocale } from './format';
import { shiftFormula } from './formula-shift';
import { attr, cellTagAttr, type Package, unescapeXml, workbookPart } from './package';
import { StyleBook } from './styles';
import { isDate1904, listSheets } from './workbook-part';

const ROW_RE = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL_RE = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const T_RE = /<(?:\w+:)?t\b[^>]*>([^<]*)<\/(?:\w+:)?t>/g;

/** The text of a string item (`<si>` or `<is>`): its runs, without phonetic runs. */
function itemText(xml: string): string {
  let s = '';
  for (const m of xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '').matchAll(T_RE)) s += m[1];
  return unescapeXml(s);
}

function sharedStrings(pkg: Package, wb: string): string[] {
  const rel = pkg.rels(wb).find((r) => /\/sharedStrings$/.test(r.type));
  const xml = rel ? pkg.text(rel.target) : null;
  return xml ? [...xml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\s*\/>/g)].map((m) => itemText(m[1] ?? '')) : [];
}

function notesOf(pkg: Package, part: string): Record<string, string> {
  const out: Record<string, string> = {};
  const rel = pkg.rels(part).find((r) => /\/comments$/.test(r.type));
  const xml = rel ? pkg.text(rel.target) : null;
  for (const m of (xml ?? '').matchAll(/<(?:\w+:)?comment\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?comment>/g)) {
    const ref = attr(` ${m[1]}`, 'ref');
    const text = itemText(m[2]);
    if (ref && text) out[ref.toUpperCase()] = text;
  }
  return out;
}

interface Ctx {
  sst: string[];
  styles: StyleBook;
  locale: NumberLocale;
  date1904: boolean;
}

interface Cell {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  format: string;
}

/** The text of the cell's `<v>` (the common `<v>..</v>` without a regex), or undefined. */
function vText(body: string): string | undefined {
  if (body.startsWith('<v>')) {
    const end = body.indexOf('</v>', 3);
    if (end >= 0 && body.indexOf('<', 3) === end) return body.slice(3, end);
  }
  return /<(?:\w+:)?v\b[^>]*>([^<]*)<\/(?:\w+:)?v>/.exec(body)?.[1];
}

function cellValue(t: string | null, body: string, ctx: Ctx): CellValue {
  if (t === 'inlineStr') {
    const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body);
    return is ? itemText(is[1]) : null;
  }
  const v = vText(body);
  if (v === undefined) return null;
  if (t === 's') return ctx.sst[Number(v)] ?? null;
  if (t === 'str' || t === 'e') return unescapeXml(v);
  if (t === 'b') return v === '1' || v === 'true';
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * Calls `each(head, inner)` for every cell of a row: `head` the start tag's attributes (from the
 * space after `c`), `inner` what the element holds. Cells without a namespace prefix are found with
 * indexOf (no regex, no match arrays: this runs for every cell of every sheet); a prefixed sheet
 * goes through CELL_RE.
 */
function eachCell(body: string, prefixed: boolean, each: (head: string, inner: string) => void): void {
  if (prefixed) {
    for (const m of body.matchAll(CELL_RE)) each(` ${m[1]}`, m[2] ?? '');
    return;
  }
  for (let at = body.indexOf('<c'); at >= 0; ) {
    const ch = body.charCodeAt(at + 2);
    // `<c ` `<c>` `<c/>` and whitespace: a cell; anything else (`<col`...) is not
    if (ch !== 32 && ch !== 62 && ch !== 47 && ch !== 9 && ch !== 10 && ch !== 13) {
      at = body.indexOf('<c', at + 2);
      continue;
    }
    const tagEnd = body.indexOf('>', at);
    if (tagEnd < 0) return;
    if (body.charCodeAt(tagEnd - 1) === 47) {
      each(body.slice(at + 2, tagEnd - 1), '');
      at = body.indexOf('<c', tagEnd + 1);
      continue;
    }
    const close = body.indexOf('</c>', tagEnd);
    if (close < 0) return;
    each(body.slice(at + 2, tagEnd), body.slice(tagEnd + 1, close));
    at = body.indexOf('<c', close + 4);
  }
}

/** Reads one row's cells; shared-formula masters are recorded in `shared` for the cells after them. */
function readRow(rowNo: number, body: string, ctx: Ctx, shared: Map<string, { f: string; row: number; col: number }>, prefixed: boolean): Cell[] {
  const out: Cell[] = [];
  let col = 0;
  eachCell(body, prefixed, (attrs, inner) => {
    const head = attrs.charCodeAt(0) === 32 ? attrs : ` ${attrs}`;
    const r = cellTagAttr(head, 'r');
    col = r ? parseA1(r).col : col + 1;
    // most cells hold only <v>: no formula to look for
    const fm = inner.startsWith('<v>') ? null : /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([^<]*)<\/(?:\w+:)?f>)/.exec(inner);
    let formula: string | null = null;
    if (fm) {
      const fh = ` ${fm[1]}`;
      const text = fm[2] !== undefined ? unescapeXml(fm[2]) : '';
      if (attr(fh, 't') === 'shared') {
        const si = attr(fh, 'si') ?? '';
        if (text) shared.set(si, { f: text, row: rowNo, col });
        const master = shared.get(si);
        formula = master ? '=' + (text || shiftFormula(master.f, rowNo - master.row, col - master.col)) : null;
      } else if (text) formula = '=' + text;
    }
    const s = Number(cellTagAttr(head, 's') ?? 0);
    out.push({ row: rowNo, col, value: cellValue(cellTagAttr(head, 't'), inner, ctx), formula, format: s ? ctx.styles.formatOf(s) : 'General' });
  });
  return out;
}

function sheetGrid(xml: string, name: string, visibility: Grid['visibility'], ctx: Ctx): Grid {
  const cells: Cell[] = [];
  const hiddenRows: number[] = [];
  const shared = new Map<string, { f: string; row: number; col: number }>();
  let maxRow = 0;
  let maxCol = 0;
  let prev = 0;
  const prefixed = /<\w+:sheetData\b/.test(xml);
  for (const m of xml.matchAll(ROW_RE)) {
    const head = ` ${m[1]}`;
    const r = attr(head, 'r');
    const rowNo = r ? Number(r) : prev + 1;
    prev = rowNo;
    const hidden = attr(head, 'hidden');
    if (hidden === '1' || hidden === 'true') hiddenRows.push(rowNo);
    const row = m[2] ? readRow(rowNo, m[2], ctx, shared, prefixed) : [];
    // exceljs's used range: rows holding a value or formula, as wide as their last cell (styled or not)
    if (row.some((c) => c.value !== null || c.formula !== null)) {
      maxRow = Math.max(maxRow, rowNo);
      maxCol = Math.max(maxCol, row[row.length - 1].col);
    }
    if (hidden === '1' || hidden === 'true') maxRow = Math.max(maxRow, rowNo);
    for (const c of row) cells.push(c);
  }
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (let i = 0; i < maxRow; i++) {
    values.push(new Array(maxCol).fill(null));
    text.push(new Array(maxCol).fill(''));
    formats.push(new Array(maxCol).fill('General'));
    formulas.push(new Array(maxCol).fill(null));
  }
  for (const c of cells) {
    if (c.row > maxRow || c.col > maxCol) continue;
    const i = c.row - 1;
    const j = c.col - 1;
    formats[i][j] = c.format;
    formulas[i][j] = c.formula;
    values[i][j] = c.value;
    if (typeof c.value === 'number') text[i][j] = formatNumber(c.value, c.format, ctx.locale);
    else if (typeof c.value === 'boolean') text[i][j] = c.value ? 'TRUE' : 'FALSE';
    else if (c.value !== null) text[i][j] = c.value;
  }
  const merges: Area[] = [...xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g)].map((m) => parseArea(m[1]));
  const grid: Grid = { sheet: name, top: 1, left: 1, values, text, formats, formulas, merges, visibility };
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  return grid;
}

export interface FastReadOptions {
  locale?: NumberLocale;
}

/** Every worksheet of the package as a Grid (the project's own sheets included, as the exceljs reader gives them). */
export function snapshotFromPackage(pkg: Package, file?: string, opts: FastReadOptions = {}): WorkbookSnapshot {
  const wb = workbookPart(pkg);
  const stylesRel = pkg.rels(wb).find((r) => /\/styles$/.test(r.type));
  const ctx: Ctx = {
    sst: sharedStrings(pkg, wb),
    styles: new StyleBook((stylesRel && pkg.text(stylesRel.target)) || ''),
    locale: opts.locale ?? 'en',
    date1904: isDate1904(pkg, wb),
  };
  const sheets: Grid[] = [];
  for (const s of listSheets(pkg, wb)) {
    if (!s.part || !pkg.has(s.part)) continue;
    const g = sheetGrid(pkg.text(s.part)!, s.name, s.state, ctx);
    const notes = notesOf(pkg, s.part);
    if (Object.keys(notes).length) g.notes = notes;
    sheets.push(g);
  }
  const snap: WorkbookSnapshot = { sheets };
  if (file) snap.file = file;
  const view = /<(?:\w+:)?workbookView\b[^>]*>/.exec(pkg.text(wb) ?? '')?.[0];
  const tab = attr(view ?? '', 'activeTab');
  if (tab !== null && sheets[Number(tab)]) snap.activeSheet = sheets[Number(tab)].sheet;
  return snap;
}

/** The Excel tables of each worksheet, by sheet name (their names). */
export function tablesBySheet(pkg: Package): Map<string, string[]> {
  const wb = workbookPart(pkg);
  const out = new Map<string, string[]>();
  for (const s of listSheets(pkg, wb)) {
    if (!s.part) continue;
    const names = pkg
      .rels(s.part)
      .filter((r) => /\/table$/.test(r.type) && pkg.has(r.target))
      .map((r) => attr(/<(?:\w+:)?table\b[^>]*>/.exec(pkg.text(r.target) ?? '')?.[0] ?? '', 'name') ?? '')
      .filter((n) => n !== '');
    out.set(s.name, names);
  }
  return out;
}
