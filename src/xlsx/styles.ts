/**
 * The styles part as the writer needs it: derive a cell format (xf) from a cell's own one with
 * another number format, bold, or the font, fill, border and alignment of another cell. Existing
 * formats are never changed (other cells share them); a derived format is appended once and reused.
 * Built-in number format ids: ECMA-376 Part 1 §18.8.30.
 */
import { attr, escapeXml } from './package';

const BUILTIN: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

const BUILTIN_CODE: Record<number, string> = Object.fromEntries(Object.entries(BUILTIN).map(([k, v]) => [v, k]));

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/^<([\w:]+)/, `<$1 ${name}="${value}"`);
}

interface Block {
  items: string[];
  /** Start and end of the whole block element in the part text. */
  start: number;
  end: number;
  open: string;
  close: string;
}

function block(xml: string, name: string, item: string): Block | null {
  const m = new RegExp(`<((?:\\w+:)?)${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!m) return null;
  const open = m[0].replace(/\/>$/, '>');
  const close = `</${m[1]}${name}>`;
  if (m[2] === '/') return { items: [], start: m.index, end: m.index + m[0].length, open, close };
  const end = xml.indexOf(close, m.index);
  const body = xml.slice(m.index + m[0].length, end);
  const items = [...body.matchAll(new RegExp(`<(?:\\w+:)?${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${item}>)`, 'g'))].map((x) => x[0]);
  return { items, start: m.index, end: end + close.length, open, close };
}

export interface DeriveOptions {
  numberFormat?: string;
  bold?: boolean;
  /** Take font, fill, border and alignment from this xf index. */
  from?: number;
  /** A solid fill, RGB hex ('FFC7CE'): ECMA-376 Part 1 §18.8.32 patternFill, §18.8.20 fill. */
  fill?: string;
  /** Wrap text, aligned to the top: §18.8.1 alignment (wrapText, vertical). */
  wrap?: boolean;
}

/** The xf with its alignment element given `wrapText="1" vertical="top"` (other alignment kept). */
function wrapped(xf: string): string {
  const m = /^<(\w+:)?xf\b[^>]*?(?=\/?>)/.exec(xf)!;
  const p = m[1] ?? '';
  const old = /<(?:\w+:)?alignment\b[^>]*\/>/.exec(xf);
  const align = setAttr(setAttr(old ? old[0] : `<${p}alignment/>`, 'wrapText', '1'), 'vertical', 'top');
  const prot = /<(?:\w+:)?protection\b[^>]*\/>/.exec(xf)?.[0] ?? '';
  return setAttr(`${m[0]}>${align}${prot}</${p}xf>`, 'applyAlignment', '1');
}

export class StyleBook {
  private xfs: string[];
  private fonts: string[];
  private fills: string[];
  private readonly fmts = new Map<string, number>();
  private readonly fmtCodes = new Map<number, string>();
  private readonly newFmts: string[] = [];
  private readonly cache = new Map<string, number>();
  private readonly fontBold = new Map<number, number>();
  changed = false;
  /** The namespace prefix the part writes its elements with ('x:' in parts some generators write; usually none): every element added uses it too. */
  private readonly p: string;

  constructor(private xml: string) {
    this.p = /<(\w+:)?styleSheet\b/.exec(xml)?.[1] ?? '';
    this.xfs = block(xml, 'cellXfs', 'xf')?.items ?? [];
    this.fonts = block(xml, 'fonts', 'font')?.items ?? [];
    this.fills = block(xml, 'fills', 'fill')?.items ?? [];
    for (const f of block(xml, 'numFmts', 'numFmt')?.items ?? []) {
      const id = Number(attr(f, 'numFmtId'));
      const code = attr(f, 'formatCode') ?? '';
      if (!this.fmts.has(code)) this.fmts.set(code, id);
      this.fmtCodes.set(id, code);
    }
  }

  /** The number format code of an xf (for a cell's displayed text). */
  formatOf(xf: number): string {
    const id = Number(attr(this.xfs[xf] ?? '', 'numFmtId') ?? 0);
    return this.fmtCodes.get(id) ?? BUILTIN_CODE[id] ?? 'General';
  }

  private fmtId(code: string): number {
    if (BUILTIN[code] !== undefined && !this.fmts.has(code)) return BUILTIN[code];
    let id = this.fmts.get(code);
    if (id === undefined) {
      id = Math.max(163, ...this.fmtCodes.keys()) + 1;
      this.fmts.set(code, id);
      this.fmtCodes.set(id, code);
      this.newFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  private boldFont(fontId: number): number {
    let id = this.fontBold.get(fontId);
    if (id !== undefined) return id;
    const p = this.p;
    const base = this.fonts[fontId] ?? `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`;
    if (/<(?:\w+:)?b\s*\/>|<(?:\w+:)?b\s+val="(1|true)"/.test(base)) id = fontId;
    else {
      const font = /\/>$/.test(base) && !/<\/(?:\w+:)?font>/.test(base) ? base.replace(/\/>$/, `><${p}b/></${p}font>`) : base.replace(/^(<(?:\w+:)?font\b[^>]*>)/, `$1<${p}b/>`);
      id = this.indexOrAdd(this.fonts, font);
    }
    this.fontBold.set(fontId, id);
    return id;
  }

  /** The index of `item` in `list`, appended (and the part marked changed) when it is not there. */
  private indexOrAdd(list: string[], item: string): number {
    const i = list.indexOf(item);
    if (i >= 0) return i;
    list.push(item);
    this.changed = true;
    return list.length - 1;
  }

  private solidFill(rgb: string): number {
    const p = this.p;
    const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb.toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
    // fills 0 and 1 are reserved (none, gray125): a part without them gets them first
    if (!this.fills.includes(fill) && this.fills.length < 2) this.fills = [`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`, `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`];
    return this.indexOrAdd(this.fills, fill);
  }

  /** The xf index for a cell now formatted with `base`, changed as asked (the same index when nothing changes). */
  derive(base: number, o: DeriveOptions): number {
    const key = `${base}|${o.numberFormat ?? ''}|${o.bold ? 1 : 0}|${o.from ?? ''}|${o.fill ?? ''}|${o.wrap ? 1 : 0}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const p = this.p;
    let xf = this.xfs[base] ?? this.xfs[0] ?? `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    if (o.from !== undefined && this.xfs[o.from]) {
      const src = this.xfs[o.from];
      for (const a of ['fontId', 'fillId', 'borderId', 'applyFont', 'applyFill', 'applyBorder', 'applyAlignment']) {
        const v = attr(src, a);
        if (v !== null) xf = setAttr(xf, a, v);
      }
      const align = /<(?:\w+:)?alignment\b[^>]*\/>/.exec(src)?.[0] ?? '';
      const head = /^<(?:\w+:)?xf\b[^>]*?(?=\/?>)/.exec(xf)![0];
      const prot = /<(?:\w+:)?protection\b[^>]*\/>/.exec(xf)?.[0] ?? '';
      xf = align || prot ? `${head}>${align}${prot}</${p}xf>` : `${head}/>`;
    }
    if (o.numberFormat !== undefined) xf = setAttr(setAttr(xf, 'numFmtId', String(this.fmtId(o.numberFormat))), 'applyNumberFormat', '1');
    if (o.bold) xf = setAttr(setAttr(xf, 'fontId', String(this.boldFont(Number(attr(xf, 'fontId') ?? 0)))), 'applyFont', '1');
    if (o.fill) xf = setAttr(setAttr(xf, 'fillId', String(this.solidFill(o.fill))), 'applyFill', '1');
    if (o.wrap) xf = wrapped(xf);
    const idx = xf === this.xfs[base] ? base : this.indexOrAdd(this.xfs, xf);
    this.cache.set(key, idx);
    return idx;
  }

  /** The styles part with the derived formats appended. */
  toXml(): string {
    let xml = this.xml;
    const p = this.p;
    const put = (name: string, item: string, items: string[], before: RegExp): void => {
      const b = block(xml, name, item);
      const body = `${b ? setAttr(b.open, 'count', String(items.length)) : `<${p}${name} count="${items.length}">`}${items.join('')}${b ? b.close : `</${p}${name}>`}`;
      if (b) xml = xml.slice(0, b.start) + body + xml.slice(b.end);
      else {
        const at = before.exec(xml);
        xml = at ? xml.slice(0, at.index) + body + xml.slice(at.index) : xml;
      }
    };
    if (this.newFmts.length) {
      const old = block(xml, 'numFmts', 'numFmt')?.items ?? [];
      put('numFmts', 'numFmt', [...old, ...this.newFmts], /<(?:\w+:)?(fonts|fills|borders|cellStyleXfs|cellXfs)\b/);
    }
    put('fonts', 'font', this.fonts, /<(?:\w+:)?(fills|borders|cellStyleXfs|cellXfs)\b/);
    if (this.fills.length) put('fills', 'fill', this.fills, /<(?:\w+:)?(borders|cellStyleXfs|cellXfs)\b/);
    put('cellXfs', 'xf', this.xfs, /<(?:\w+:)?(cellStyles|dxfs|tableStyles|colors|extLst)\b|<\/(?:\w+:)?styleSheet>/);
    return xml;
  }

  get dirty(): boolean {
    return this.changed || this.newFmts.length > 0;
  }
}
