/**
 * Value parsing: every form of docs/aturan.md "Values".
 * Percent values come out in percent points (80 for 80%, for 0.8 with a % format, for "80,5%",
 * for 80 under a "(%)" header). Counts keep their unit ("1 Layanan" -> 1, unit "Layanan").
 */
import type { Cell } from './grid';
import type { Batas, ParsedValue } from './types';

export interface ParseContext {
  /** The column header says "(%)": plain numbers are percent points. */
  percentPoints?: boolean;
}

type CellLike = Pick<Cell, 'value' | 'text' | 'format'> & Partial<Pick<Cell, 'formula'>>;

const NO_VALUE = new Set(['', '-', '--', '—', '–', 'n/a', 'na', 'n.a', 'n.a.', 'nihil', 'tidak ada', 'tdk ada', 'nil']);

const EXCEL_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** Words that mean "no value": '', '-', 'N/A', 'NA', 'nihil', 'tidak ada'. */
export function isNoValueText(text: string): boolean {
  return NO_VALUE.has(normSpace(text).toLowerCase());
}

export function isExcelError(text: string): boolean {
  return EXCEL_ERROR.test(text.trim());
}

/** Anything normSpace would change: odd spaces, runs of spaces, leading or trailing space. */
const ODD_SPACE = /[^\S ]| {2}|^ | $/;

function normSpace(s: string): string {
  if (!ODD_SPACE.test(s)) return s;
  return s.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Digits with at most one '.' or ',' between digits ('85', '77,5', '1.067', '94.4'), the usual
 * cell, read without regular expressions as parseNumberText reads it; undefined for any other text.
 */
function plainNumber(s: string): number | null | undefined {
  const n = s.length;
  if (n === 0) return undefined;
  let sep = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c === 44 || c === 46) && sep < 0 && i > 0 && i < n - 1) {
      sep = i;
      continue;
    }
    return undefined;
  }
  let v: number;
  if (sep < 0) v = Number(s);
  else if (s.charCodeAt(sep) === 44) v = Number(`${s.slice(0, sep)}.${s.slice(sep + 1)}`);
  // '1.067' is Indonesian thousands (1 to 3 digits, the first not 0, then 3): as below
  else if (n - sep === 4 && sep <= 3 && s.charCodeAt(0) !== 48) v = Number(s.slice(0, sep) + s.slice(sep + 1));
  else v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/**
 * Parses an Indonesian or English number text: '1.067' -> 1067, '77,5' -> 77.5, '94.4' -> 94.4,
 * '2.362.664.000,-' -> 2362664000, '1.234,5' -> 1234.5, '1,234.5' -> 1234.5. Null when not a number.
 */
export function parseNumberText(text: string): number | null {
  const plain = plainNumber(text);
  return plain !== undefined ? plain : parseAnyNumberText(text);
}

/** parseNumberText without the shortcut for the usual cell (every spelling; tests hold the two equal). */
export function parseAnyNumberText(text: string): number | null {
  let s = normSpace(text).replace(/\s/g, '');
  s = s.replace(/,-$/, '').replace(/\.-$/, '');
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (!/^\d[\d.,]*$/.test(s) && !/^[.,]\d+$/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normalised: string;
  if (dots > 0 && commas > 0) {
    // The last separator is the decimal one.
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    if (lastComma > lastDot) normalised = s.replace(/\./g, '').replace(',', '.');
    else normalised = s.replace(/,/g, '');
    if ((normalised.match(/\./g) ?? []).length > 1) return null;
  } else if (dots > 1) {
    if (!/^\d{1,3}(\.\d{3})+$/.test(s)) return null;
    normalised = s.replace(/\./g, '');
  } else if (commas > 1) {
    if (!/^\d{1,3}(,\d{3})+$/.test(s)) return null;
    normalised = s.replace(/,/g, '');
  } else if (dots === 1) {
    // '1.067' is Indonesian thousands; '94.4', '0.125', '133.33' are decimals.
    normalised = /^[1-9]\d{0,2}\.\d{3}$/.test(s) ? s.replace('.', '') : s;
  } else if (commas === 1) {
    normalised = s.replace(',', '.');
  } else normalised = s;
  if (normalised.startsWith('.')) normalised = '0' + normalised;
  if (normalised.endsWith('.')) normalised = normalised.slice(0, -1);
  const n = Number(normalised);
  return Number.isFinite(n) ? sign * n : null;
}

const PERCENT_WORDS = /^(%|persen|percent)$/i;

function make(kind: ParsedValue['kind'], value: number | null, unit: string | null, raw: string, extra: Partial<ParsedValue> = {}): ParsedValue {
  return { kind, value, unit, raw, numericCell: false, fraction: false, ...extra };
}

/** Canonical spelling of a count unit: first letter upper case ('layanan' -> 'Layanan'). */
function unitName(u: string): string {
  const t = normSpace(u).replace(/[.,;:]+$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function isPercentFormat(format: string): boolean {
  if (!format.includes('%')) return false; // most formats: General, 0.00, #,##0
  if (!format.includes('"') && !format.includes('[') && !format.includes('\\')) return true;
  // A % outside quotes/brackets in the number format.
  const stripped = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return stripped.includes('%');
}

export function parseValue(cell: CellLike, ctx: ParseContext = {}): ParsedValue {
  const v = cell.value;
  const text = normSpace(cell.text ?? (v === null || v === undefined ? '' : String(v)));
  if (typeof v === 'number' && Number.isFinite(v)) {
    if (Math.abs(v) > 1e15) return make('error', null, null, text || String(v));
    if (isPercentFormat(cell.format ?? '')) {
      return make('percent', v * 100, '%', text || `${v * 100}%`, { numericCell: true, fraction: true });
    }
    if (ctx.percentPoints) return make('percent', v, '%', text || String(v), { numericCell: true });
    return make('number', v, null, text || String(v), { numericCell: true });
  }
  if (typeof v === 'boolean' || typeof v === 'number') return make('error', null, null, text || String(v));
  const s = typeof v === 'string' ? normSpace(v) : text;
  return parseText(s, ctx);
}

const RANGE = /^([+-]?[\d.,]+)\s*(%?)\s*(?:-|–|—|s\.?\s?d\.?|s\/d|sampai(?: dengan)?|hingga)\s*([+-]?[\d.,]+)\s*(%?)$/i;
const PERCENT = /^([+-]?[\d.,]+)\s*(?:%|persen)$/i;
const COUNT = /^([+-]?[\d.,]+)\s*([A-Za-z][A-Za-z ./()-]*?)\.?$/;
const MONEY = /^Rp\.?\s*([\d.,]+(?:,-|\.-)?)$/i;

/**
 * A comparison before a number (docs/aturan.md "Values"): `≥ 80%`, `>= 80%`, `minimal 80%`,
 * `min. 80%`, `paling sedikit 80%`; `≤ 5%`, `<= 5%`, `maksimal 5%`, `maks. 5%`, `paling banyak 5%`;
 * `± 70`, `kurang lebih 70`. Only before a number: `minimal` in a name is not a comparison.
 */
const COMPARISONS: [RegExp, Batas][] = [
  [/^(?:≥|>=|=>|minimal|min\.|min|paling\s+sedikit)\s*(?=[+]?\d)/i, 'min'],
  [/^(?:≤|<=|=<|maksimal|maks\.|maks|paling\s+banyak)\s*(?=[+]?\d)/i, 'maks'],
  [/^(?:±|\+\/-|kurang\s+lebih)\s*(?=[+]?\d)/i, 'kira'],
];

/** A number typed with an apostrophe before it (`'75`): the number. */
const APOSTROPHE = /^['\u2019`]\s*(?=[+-]?\d)/;

/** `≥ 80%` -> 80% with `batas: 'min'`; null when the text has no comparison before a number. */
function parseComparison(s: string, ctx: ParseContext): ParsedValue | null {
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 46 || c === 44) return null; // a digit or separator first: no comparison (most values)
  for (const [re, batas] of COMPARISONS) {
    const m = re.exec(s);
    if (!m) continue;
    const rest = parseText(s.slice(m[0].length), ctx);
    if (rest.kind === 'range' || !hasNumber(rest)) return make('error', null, null, s);
    return { ...rest, raw: s, batas };
  }
  return null;
}

/** Parses a text as typed in a cell. */
export function parseText(input: string, ctx: ParseContext = {}): ParsedValue {
  const n = normSpace(input);
  const c0 = n.charCodeAt(0);
  const s = c0 === 39 || c0 === 0x2019 || c0 === 96 ? n.replace(APOSTROPHE, '') : n;
  if (s === '') return make('empty', null, null, s);
  const compared = parseComparison(s, ctx);
  if (compared) return compared;
  if (isNoValueText(s)) return make('na', null, null, s);
  if (isExcelError(s)) return make('error', null, null, s);
  let m = MONEY.exec(s);
  if (m) {
    const n = parseNumberText(m[1]);
    return n === null ? make('error', null, null, s) : make('money', n, 'Rp', s);
  }
  m = PERCENT.exec(s);
  if (m) {
    const n = parseNumberText(m[1]);
    return n === null ? make('error', null, null, s) : make('percent', n, '%', s);
  }
  m = RANGE.exec(s);
  if (m) {
    const lo = parseNumberText(m[1]);
    const hi = parseNumberText(m[3]);
    if (lo !== null && hi !== null && lo >= 0 && hi >= 0) {
      const pct = m[2] === '%' || m[4] === '%' || !!ctx.percentPoints;
      return make('range', null, pct ? '%' : null, s, { low: Math.min(lo, hi), high: Math.max(lo, hi) });
    }
  }
  const plain = parseNumberText(s);
  if (plain !== null) {
    if (ctx.percentPoints) return make('percent', plain, '%', s);
    return make('index', plain, null, s);
  }
  m = COUNT.exec(s);
  if (m) {
    const n = parseNumberText(m[1]);
    const unit = m[2].trim();
    if (n !== null && unit.length > 0) {
      if (PERCENT_WORDS.test(unit)) return make('percent', n, '%', s);
      if (/^rp$/i.test(unit)) return make('money', n, 'Rp', s);
      return make('count', n, unitName(unit), s);
    }
  }
  return make('error', null, null, s);
}

/** A parsed value that holds a usable number (or range). */
export function hasNumber(p: ParsedValue | null | undefined): boolean {
  if (!p) return false;
  if (p.kind === 'range') return p.low !== undefined && p.high !== undefined;
  return p.value !== null && (p.kind === 'percent' || p.kind === 'count' || p.kind === 'index' || p.kind === 'number' || p.kind === 'money');
}

type UnitClass = { cls: 'percent' } | { cls: 'plain' } | { cls: 'count'; unit: string } | { cls: 'money' } | { cls: 'none' };

function unitClass(p: ParsedValue): UnitClass {
  switch (p.kind) {
    case 'percent':
      return { cls: 'percent' };
    case 'range':
      return p.unit === '%' ? { cls: 'percent' } : { cls: 'plain' };
    case 'index':
    case 'number':
      return { cls: 'plain' };
    case 'count':
      return { cls: 'count', unit: (p.unit ?? '').toLowerCase() };
    case 'money':
      return { cls: 'money' };
    default:
      return { cls: 'none' };
  }
}

/**
 * True when two parsed values are in compatible units (% with %, Layanan with Layanan, index with
 * index). A count and a plain number of the same quantity are compatible ('1 Layanan' vs 1).
 */
export function sameUnit(a: ParsedValue, b: ParsedValue): boolean {
  const x = unitClass(a);
  const y = unitClass(b);
  if (x.cls === 'none' || y.cls === 'none') return false;
  if (x.cls === 'count' && y.cls === 'count') return x.unit === y.unit;
  if (x.cls === 'count' && y.cls === 'plain') return true;
  if (x.cls === 'plain' && y.cls === 'count') return true;
  return x.cls === y.cls;
}

/** Formats a number Indonesian style: 106.3829 -> '106,38'; integers without decimals. */
export function formatAngka(n: number, decimals = 2, lang: 'id' | 'en' = 'id'): string {
  const rounded = Number(n.toFixed(decimals));
  const isInt = Number.isInteger(rounded);
  const s = isInt ? String(rounded) : rounded.toFixed(decimals).replace(/0+$/, '').replace(/\.$/, '');
  const [int, frac] = s.split('.');
  const sep = lang === 'id' ? { th: '.', dec: ',' } : { th: ',', dec: '.' };
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep.th);
  return (neg ? '-' : '') + grouped + (frac ? sep.dec + frac : '');
}

const BATAS_TEKS: Record<Batas, string> = { min: '≥ ', maks: '≤ ', kira: '± ' };

/** A parsed value shown to a user: '97%', '1 Layanan', '80-90%', '≥ 80%', 'N/A'. */
export function describeValue(p: ParsedValue | null, lang: 'id' | 'en' = 'id'): string {
  if (!p) return lang === 'id' ? '(kosong)' : '(empty)';
  if (p.batas) return BATAS_TEKS[p.batas] + describeValue({ ...p, batas: undefined }, lang);
  switch (p.kind) {
    case 'percent':
      return `${formatAngka(p.value as number, 2, lang)}%`;
    case 'count':
      return `${formatAngka(p.value as number, 2, lang)} ${p.unit}`;
    case 'money':
      return `Rp ${formatAngka(p.value as number, 0, lang)}`;
    case 'range':
      return `${formatAngka(p.low as number, 2, lang)}-${formatAngka(p.high as number, 2, lang)}${p.unit === '%' ? '%' : ''}`;
    case 'index':
    case 'number':
      return formatAngka(p.value as number, 2, lang);
    case 'empty':
      return lang === 'id' ? '(kosong)' : '(empty)';
    case 'na':
    case 'error':
      return `'${p.raw}'`;
  }
}
