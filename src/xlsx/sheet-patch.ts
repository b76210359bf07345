/**
 * Cell writes into an existing worksheet part, as text: only the rows that get a cell are
 * rebuilt; every other row, and everything outside `<sheetData>`, is kept as it was. Rows and
 * cells stay in ascending order (ECMA-376 Part 1 §18.3.1.73 row, §18.3.1.4 c). A shared-formula
 * master that is overwritten first gives each cell sharing it its own translated formula
 * (§18.3.1.40), so they keep working.
 */
import { a1, colLetter, parseA1 } from '../core/grid';
import { shiftFormula } from './formula-shift';
import { attr, cellTagAttr, unescapeXml } from './package';

/**
 * Builds the new `<c>` element of a cell from its current one (null when absent). `styleOf` gives
 * the xf index of another cell of the sheet as it was (0 when absent or unstyled).
 */
export type CellBuilder = (current: string | null, ref: string, styleOf: (ref: string) => number) => string;

const ROW_RE = /<(?:\w+:)?row\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?row>)/g;
const CELL_RE = /<(?:\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;

interface CellChunk {
  col: number;
  xml: string;
}

/** The `r` attribute of an element's start tag (the column and row it names), or null. */
function refOf(xml: string, tagEnd: number): string | null {
  return cellTagAttr(xml.slice(0, tagEnd + 1), 'r');
}

function cellsOf(rowXml: string, rowNo: number): CellChunk[] {
  const out: CellChunk[] = [];
  let col = 0;
  for (const m of rowXml.matchAll(CELL_RE)) {
    const x = m[0];
    const r = refOf(x, x.indexOf('>'));
    col = r ? parseA1(r).col : col + 1;
    out.push({ col, xml: r ? x : x.replace(/^<((?:\w+:)?c)\b/, `<$1 r="${a1(rowNo, col)}"`) });
  }
  return out;
}

/** The numbers in ascending order (a row's few written columns: an insertion sort, no comparator calls). */
function ascending(xs: Iterable<number>): number[] {
  const out: number[] = [];
  for (const x of xs) {
    let i = out.length;
    while (i > 0 && out[i - 1] > x) i--;
    out.splice(i, 0, x);
  }
  return out;
}

/** True when every cell start tag of the row (`<c ...>`, no prefix) carries an r attribute. */
function everyCellHasRef(rowXml: string): boolean {
  if (rowXml.includes('<c>') || rowXml.includes('<c/>') || /<\w+:c\b/.test(rowXml)) return false;
  for (let at = rowXml.indexOf('<c '); at >= 0; at = rowXml.indexOf('<c ', at + 3)) {
    const end = rowXml.indexOf('>', at);
    const r = rowXml.indexOf(' r="', at);
    if (end < 0 || r < 0 || r > end) return false;
  }
  return true;
}

/** Where a cell element starts and ends in a row, found by its `r` (the usual spelling), or null. */
function cellSpan(rowXml: string, ref: string): { start: number; end: number } | null {
  const at = rowXml.indexOf(` r="${ref}"`);
  if (at < 0) return null;
  const start = rowXml.lastIndexOf('<', at);
  if (!rowXml.startsWith('<c ', start)) return null;
  const tagEnd = rowXml.indexOf('>', at);
  if (tagEnd < 0) return null;
  if (rowXml[tagEnd - 1] === '/') return { start, end: tagEnd + 1 };
  const close = rowXml.indexOf('</c>', tagEnd);
  return close < 0 ? null : { start, end: close + 4 };
}

/**
 * The row with its cells written, without parsing its other cells: each written cell is found by
 * its `r` and replaced in place, or is right of the row's last cell and appended. Null when the row
 * is spelled otherwise (a prefix, a cell found nowhere): rebuildRow then parses it whole.
 */
function patchRowFast(rowXml: string, rowNo: number, writes: Map<number, CellBuilder>, styleOf: (ref: string) => number): string | null {
  const close = rowXml.lastIndexOf('</row>');
  if (close < 0 || !rowXml.startsWith('<row')) return null;
  const lastStart = rowXml.lastIndexOf('<c ', close);
  let lastCol = 0;
  if (lastStart >= 0) {
    const last = rowXml.slice(lastStart, close);
    const r = refOf(last, last.indexOf('>'));
    if (!r) return null;
    lastCol = parseA1(r).col;
  } else if (rowXml.includes('<c>') || rowXml.includes('<c/>')) return null;
  let out = '';
  let copied = 0;
  let tail = '';
  for (const col of ascending(writes.keys())) {
    const ref = a1(rowNo, col);
    const build = writes.get(col)!;
    if (col > lastCol) {
      tail += build(null, ref, styleOf);
      continue;
    }
    const span = cellSpan(rowXml, ref);
    if (!span || span.start < copied) return null;
    out += rowXml.slice(copied, span.start) + build(rowXml.slice(span.start, span.end), ref, styleOf);
    copied = span.end;
  }
  const body = out + rowXml.slice(copied, close) + tail + '</row>';
  const open = /^<row\b[^>]*?(?=\/?>)/.exec(body)![0];
  const noSpans = open.replace(/\s+spans\s*=\s*"[^"]*"/, '');
  return noSpans === open ? body : noSpans + body.slice(open.length);
}

/** The row rebuilt with its cells written; cells stay in column order (both lists are merged). */
function rebuildRow(rowXml: string | null, rowNo: number, writes: Map<number, CellBuilder>, prefix: string, styleOf: (ref: string) => number, fast = true): string {
  if (rowXml && !prefix && fast) {
    const fast = patchRowFast(rowXml, rowNo, writes, styleOf);
    if (fast !== null) return fast;
  }
  const cells = rowXml ? cellsOf(rowXml, rowNo) : [];
  if (cells.some((c, i) => i > 0 && c.col <= cells[i - 1].col)) cells.sort((a, b) => a.col - b.col);
  const wcols = ascending(writes.keys());
  let body = '';
  let i = 0;
  let j = 0;
  while (i < cells.length || j < wcols.length) {
    const c = i < cells.length ? cells[i] : null;
    const w = j < wcols.length ? wcols[j] : Infinity;
    if (c && c.col < w) {
      body += c.xml;
      i++;
      continue;
    }
    const same = c !== null && c.col === w;
    body += writes.get(w)!(same ? c.xml : null, a1(rowNo, w), styleOf);
    if (same) i++;
    j++;
  }
  const open = rowXml ? /^<(?:\w+:)?row\b[^>]*?(?=\/?>)/.exec(rowXml)![0].replace(/\s+spans\s*=\s*"[^"]*"/, '') : `<${prefix}row r="${rowNo}"`;
  return `${open}>${body}</${prefix}row>`;
}

/** Formulas of the cells sharing the masters about to be overwritten, made their own. */
function unshareMasters(rows: Array<{ no: number; xml: string }>, overwritten: Set<string>): Map<number, string> {
  const masters = new Map<string, { row: number; col: number; f: string }>();
  for (const r of rows) {
    if (!r.xml.includes('t="shared"')) continue;
    for (const c of cellsOf(r.xml, r.no)) {
      const fm = /<(?:\w+:)?f\b([^>]*)>([^<]*)<\/(?:\w+:)?f>/.exec(c.xml);
      if (!fm || attr(fm[0], 't') !== 'shared' || !overwritten.has(a1(r.no, c.col))) continue;
      masters.set(attr(fm[0], 'si') ?? '', { row: r.no, col: c.col, f: unescapeXml(fm[2]) });
    }
  }
  const changed = new Map<number, string>();
  if (!masters.size) return changed;
  for (const r of rows) {
    if (!r.xml.includes('t="shared"')) continue;
    let touched = false;
    const xml = r.xml.replace(CELL_RE, (c) => {
      const f = /<(?:\w+:)?f\b[^>]*?(\/>|>\s*<\/(?:\w+:)?f>)/.exec(c);
      const ref = attr(c.slice(0, c.indexOf('>') + 1), 'r');
      if (!f || !ref || attr(f[0], 't') !== 'shared' || overwritten.has(ref)) return c;
      const m = masters.get(attr(f[0], 'si') ?? '');
      if (!m) return c;
      const p = parseA1(ref);
      touched = true;
      const text = shiftFormula(m.f, p.row - m.row, p.col - m.col).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      return c.replace(f[0], `<f>${text}</f>`);
    });
    if (touched) changed.set(r.no, xml);
  }
  return changed;
}

/**
 * The sheet part with the cells written (rows created as needed) and its dimension widened to cover
 * them. `parseRows`: rebuild every written row from its parsed cells (tests compare it with the
 * in-place patch, which gives the same text).
 */
export function patchSheetCells(xml: string, writes: Map<string, CellBuilder>, opts: { parseRows?: boolean } = {}): string {
  const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  const sd = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!sd) return xml;
  const innerStart = sd.index + sd[0].length;
  const close = `</${sd[1]}sheetData>`;
  const innerEnd = sd[2] === '/' ? innerStart : xml.indexOf(close, innerStart);
  const inner = xml.slice(innerStart, innerEnd);
  const byRow = new Map<number, Map<number, CellBuilder>>();
  for (const [ref, b] of writes) {
    const { row, col } = parseA1(ref);
    let m = byRow.get(row);
    if (!m) byRow.set(row, (m = new Map()));
    m.set(col, b);
  }
  const rows: Array<{ no: number; xml: string }> = [];
  let prev = 0;
  for (const m of inner.matchAll(ROW_RE)) {
    const r = attr(m[0].slice(0, m[0].indexOf('>') + 1), 'r');
    prev = r ? Number(r) : prev + 1;
    rows.push({ no: prev, xml: m[0] });
  }
  const own = unshareMasters(rows, new Set(writes.keys()));
  const styleOf = styleLookup(rows);
  const parts: string[] = [];
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  let k = 0;
  for (const r of rows) {
    while (k < pending.length && pending[k] < r.no) parts.push(rebuildRow(null, pending[k], byRow.get(pending[k++])!, prefix, styleOf));
    const base = own.get(r.no) ?? r.xml;
    if (k < pending.length && pending[k] === r.no) parts.push(rebuildRow(base, r.no, byRow.get(pending[k++])!, prefix, styleOf, !opts.parseRows));
    else parts.push(base);
  }
  while (k < pending.length) parts.push(rebuildRow(null, pending[k], byRow.get(pending[k++])!, prefix, styleOf));
  const head = sd[2] === '/' ? `${xml.slice(0, sd.index)}<${sd[1]}sheetData>` : xml.slice(0, innerStart);
  const tail = sd[2] === '/' ? `${close}${xml.slice(innerStart)}` : xml.slice(innerEnd);
  return widenDimension(head, [...writes.keys()]) + parts.join('') + tail;
}

const styleIndexOf = (c: CellChunk): number => Number(attr(c.xml.slice(0, c.xml.indexOf('>') + 1), 's') ?? 0);

/**
 * The xf index of a cell as the sheet had it (0 when absent or unstyled): found by its r in its own
 * row, the row parsed (once) only when spelled otherwise.
 */
function styleLookup(rows: Array<{ no: number; xml: string }>): (ref: string) => number {
  let byNo: Map<number, string> | null = null;
  const parsed = new Map<number, CellChunk[]>();
  return (ref) => {
    const { row, col } = parseA1(ref);
    let cells = parsed.get(row);
    if (!cells) {
      byNo ??= new Map(rows.map((r) => [r.no, r.xml]));
      const xml = byNo.get(row);
      const span = xml ? cellSpan(xml, a1(row, col)) : null;
      if (span) return Number(attr(xml!.slice(span.start, xml!.indexOf('>', span.start) + 1), 's') ?? 0);
      if (!xml || everyCellHasRef(xml)) return 0; // not found by its r, and no cell without one: absent
      cells = cellsOf(xml, row);
      parsed.set(row, cells);
    }
    const c = cells.find((x) => x.col === col);
    return c ? styleIndexOf(c) : 0;
  };
}

function widenDimension(head: string, refs: string[]): string {
  const d = /<(?:\w+:)?dimension\b[^>]*ref="([^"]*)"[^>]*\/>/.exec(head);
  if (!d || !refs.length) return head;
  const [a, b] = d[1].split(':');
  const p = parseA1(a);
  const q = parseA1(b ?? a);
  let top = p.row, left = p.col, bottom = q.row, right = q.col;
  for (const ref of refs) {
    const c = parseA1(ref);
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  const ref = `${colLetter(left)}${top}:${colLetter(right)}${bottom}`;
  return head.slice(0, d.index) + d[0].replace(d[1], ref) + head.slice(d.index + d[0].length);
}
