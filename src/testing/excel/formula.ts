/**
 * A tiny Excel formula evaluator and number-format renderer for the in-memory Excel.
 * Supports: numbers, strings, TRUE/FALSE, cell refs (A1, $A$1, Sheet!A1, 'Sheet Name'!A1), ranges
 * inside functions, + - * / ^ & unary -, = <> < > <= >=, and the functions
 * MAX MIN SUM AVERAGE COUNT IF ISNUMBER ISBLANK ISERROR AND OR NOT IFERROR ROUND ABS LOOKUP.
 * An unknown function makes the evaluation "unsupported" (the cell keeps its cached value).
 */
import type { CellValue } from '../../core/grid';
import { colNumber } from '../../core/grid';

export type XlError = { err: string };
export type XVal = number | string | boolean | null | XlError;

export const ERRORS = ['#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#N/A', '#NUM!', '#NULL!'];
export function isErrorText(v: unknown): boolean {
  return typeof v === 'string' && ERRORS.includes(v);
}
const isErr = (v: XVal): v is XlError => typeof v === 'object' && v !== null && !Array.isArray(v) && 'err' in v;

export class Unsupported extends Error {}

type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'ref'; sheet: string | null; row: number; col: number }
  | { t: 'range'; sheet: string | null; r1: number; c1: number; r2: number; c2: number }
  | { t: 'fn'; name: string; args: Node[] }
  | { t: 'un'; op: string; a: Node }
  | { t: 'bin'; op: string; a: Node; b: Node };

interface Tok {
  k: 'num' | 'str' | 'ref' | 'fn' | 'op' | 'lp' | 'rp' | 'comma' | 'bool';
  v: string;
  sheet?: string | null;
}

function tokenize(src: string): Tok[] {
  const s = src.startsWith('=') ? src.slice(1) : src;
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === ' ') { i++; continue; }
    if (ch === '"') {
      let j = i + 1;
      let str = '';
      while (j < s.length) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') { str += '"'; j += 2; continue; }
          break;
        }
        str += s[j++];
      }
      out.push({ k: 'str', v: str });
      i = j + 1;
      continue;
    }
    // sheet-qualified reference
    let sheet: string | null = null;
    let rest = s.slice(i);
    let m: RegExpExecArray | null;
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      while (j < s.length) {
        if (s[j] === "'") {
          if (s[j + 1] === "'") { name += "'"; j += 2; continue; }
          break;
        }
        name += s[j++];
      }
      if (s[j + 1] !== '!') throw new Unsupported('bad sheet ref');
      sheet = name;
      i = j + 2;
      rest = s.slice(i);
    } else if ((m = /^([A-Za-z_][A-Za-z0-9_.]*)!/.exec(rest))) {
      sheet = m[1];
      i += m[0].length;
      rest = s.slice(i);
    }
    if ((m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?(?![A-Za-z0-9_(])/.exec(rest))) {
      out.push({ k: 'ref', v: m[0].replace(/\$/g, ''), sheet });
      i += m[0].length;
      continue;
    }
    if (sheet !== null) throw new Unsupported('bad ref');
    if ((m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest))) {
      out.push({ k: 'num', v: m[0] });
      i += m[0].length;
      continue;
    }
    if ((m = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\(/.exec(rest))) {
      out.push({ k: 'fn', v: m[1].toUpperCase() });
      i += m[0].length;
      continue;
    }
    if ((m = /^(TRUE|FALSE)(?![A-Za-z0-9_])/i.exec(rest))) {
      out.push({ k: 'bool', v: m[1].toUpperCase() });
      i += m[0].length;
      continue;
    }
    if ((m = /^(<>|<=|>=|[-+*/^&=<>%])/.exec(rest))) {
      out.push({ k: 'op', v: m[1] });
      i += m[0].length;
      continue;
    }
    if (ch === '(') { out.push({ k: 'lp', v: ch }); i++; continue; }
    if (ch === ')') { out.push({ k: 'rp', v: ch }); i++; continue; }
    if (ch === ',' || ch === ';') { out.push({ k: 'comma', v: ch }); i++; continue; }
    throw new Unsupported(`unexpected ${ch}`);
  }
  return out;
}

function parseRefText(v: string, sheet: string | null): Node {
  const [p, q] = v.split(':');
  const mp = /^([A-Za-z]+)(\d+)$/.exec(p)!;
  if (!q) return { t: 'ref', sheet, row: Number(mp[2]), col: colNumber(mp[1]) };
  const mq = /^([A-Za-z]+)(\d+)$/.exec(q)!;
  return {
    t: 'range',
    sheet,
    r1: Math.min(Number(mp[2]), Number(mq[2])),
    c1: Math.min(colNumber(mp[1]), colNumber(mq[1])),
    r2: Math.max(Number(mp[2]), Number(mq[2])),
    c2: Math.max(colNumber(mp[1]), colNumber(mq[1])),
  };
}

export function parseFormula(src: string): Node {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const LEVELS: string[][] = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']];
  function level(n: number): Node {
    if (n === LEVELS.length) return unary();
    let a = level(n + 1);
    while (peek() && peek().k === 'op' && LEVELS[n].includes(peek().v)) {
      const op = toks[p++].v;
      const b = level(n + 1);
      a = { t: 'bin', op, a, b };
    }
    return a;
  }
  function unary(): Node {
    const t = peek();
    if (t && t.k === 'op' && (t.v === '-' || t.v === '+')) {
      p++;
      return { t: 'un', op: t.v, a: unary() };
    }
    let node = primary();
    while (peek() && peek().k === 'op' && peek().v === '%') {
      p++;
      node = { t: 'bin', op: '/', a: node, b: { t: 'num', v: 100 } };
    }
    return node;
  }
  function primary(): Node {
    const t = toks[p++];
    if (!t) throw new Unsupported('unexpected end');
    switch (t.k) {
      case 'num': return { t: 'num', v: Number(t.v) };
      case 'str': return { t: 'str', v: t.v };
      case 'bool': return { t: 'bool', v: t.v === 'TRUE' };
      case 'ref': return parseRefText(t.v, t.sheet ?? null);
      case 'lp': {
        const e = level(0);
        if (toks[p++]?.k !== 'rp') throw new Unsupported('missing )');
        return e;
      }
      case 'fn': {
        const args: Node[] = [];
        if (peek()?.k === 'rp') { p++; return { t: 'fn', name: t.v, args }; }
        for (;;) {
          args.push(level(0));
          const n = toks[p++];
          if (n?.k === 'rp') break;
          if (n?.k !== 'comma') throw new Unsupported('bad args');
        }
        return { t: 'fn', name: t.v, args };
      }
      default:
        throw new Unsupported(`unexpected token ${t.v}`);
    }
  }
  const e = level(0);
  if (p !== toks.length) throw new Unsupported('trailing tokens');
  return e;
}

export interface EvalEnv {
  /** Value of a cell (formula cells evaluated on demand). sheet null = the formula's own sheet. */
  cell(sheet: string | null, row: number, col: number): XVal;
}

const DIV0: XlError = { err: '#DIV/0!' };
const VALUE: XlError = { err: '#VALUE!' };

function toNum(v: XVal): number | XlError {
  if (isErr(v)) return v;
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v.trim());
  if (v.trim() !== '' && Number.isFinite(n)) return n;
  return VALUE;
}
function toStr(v: XVal): string | XlError {
  if (isErr(v)) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
function toBool(v: XVal): boolean | XlError {
  if (isErr(v)) return v;
  if (typeof v === 'boolean') return v;
  if (v === null) return false;
  if (typeof v === 'number') return v !== 0;
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  return VALUE;
}
function compare(a: XVal, b: XVal): number {
  const rank = (x: XVal) => (typeof x === 'number' || x === null ? 0 : typeof x === 'string' ? 1 : 2);
  const aa = a === null ? (typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0) : a;
  const bb = b === null ? (typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0) : b;
  const ra = rank(aa as XVal);
  const rb = rank(bb as XVal);
  if (ra !== rb) return ra - rb;
  if (typeof aa === 'string' && typeof bb === 'string') {
    const x = aa.toLowerCase();
    const y = bb.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(aa);
  const y = Number(bb);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function evaluate(node: Node, env: EvalEnv): XVal {
  const ev = (n: Node): XVal => evaluate(n, env);
  switch (node.t) {
    case 'num': return node.v;
    case 'str': return node.v;
    case 'bool': return node.v;
    case 'ref': return env.cell(node.sheet, node.row, node.col);
    case 'range': return VALUE;
    case 'un': {
      const a = toNum(ev(node.a));
      if (isErr(a as XVal)) return a as XlError;
      return node.op === '-' ? -(a as number) : (a as number);
    }
    case 'bin': {
      const av = ev(node.a);
      const bv = ev(node.b);
      if (isErr(av)) return av;
      if (isErr(bv)) return bv;
      if (node.op === '&') return (toStr(av) as string) + (toStr(bv) as string);
      if (['=', '<>', '<', '>', '<=', '>='].includes(node.op)) {
        const c = compare(av, bv);
        switch (node.op) {
          case '=': return c === 0;
          case '<>': return c !== 0;
          case '<': return c < 0;
          case '>': return c > 0;
          case '<=': return c <= 0;
          default: return c >= 0;
        }
      }
      const a = toNum(av);
      const b = toNum(bv);
      if (isErr(a as XVal)) return a as XlError;
      if (isErr(b as XVal)) return b as XlError;
      const x = a as number;
      const y = b as number;
      switch (node.op) {
        case '+': return x + y;
        case '-': return x - y;
        case '*': return x * y;
        case '/': return y === 0 ? DIV0 : x / y;
        case '^': return Math.pow(x, y);
      }
      throw new Unsupported(node.op);
    }
    case 'fn': return callFn(node.name, node.args, env);
  }
}

/** Values of an argument, flattening ranges; `fromRange` tells whether text/blank should be skipped. */
function argValues(n: Node, env: EvalEnv): Array<{ v: XVal; fromRange: boolean }> {
  if (n.t === 'range') {
    const out: Array<{ v: XVal; fromRange: boolean }> = [];
    for (let r = n.r1; r <= n.r2; r++) for (let c = n.c1; c <= n.c2; c++) out.push({ v: env.cell(n.sheet, r, c), fromRange: true });
    return out;
  }
  return [{ v: evaluate(n, env), fromRange: n.t === 'ref' }];
}

function numbersOf(args: Node[], env: EvalEnv): number[] | XlError {
  const out: number[] = [];
  for (const a of args) {
    for (const { v, fromRange } of argValues(a, env)) {
      if (isErr(v)) return v;
      if (typeof v === 'number') out.push(v);
      else if (!fromRange) {
        const n = toNum(v);
        if (isErr(n as XVal)) return n as XlError;
        out.push(n as number);
      }
    }
  }
  return out;
}

function callFn(name: string, args: Node[], env: EvalEnv): XVal {
  const ev = (n: Node): XVal => evaluate(n, env);
  switch (name) {
    case 'MAX':
    case 'MIN':
    case 'SUM':
    case 'AVERAGE':
    case 'COUNT': {
      if (name === 'COUNT') {
        let c = 0;
        for (const a of args) for (const { v } of argValues(a, env)) if (typeof v === 'number') c++;
        return c;
      }
      const nums = numbersOf(args, env);
      if (isErr(nums as XVal)) return nums as XlError;
      const xs = nums as number[];
      if (name === 'SUM') return xs.reduce((s, x) => s + x, 0);
      if (name === 'AVERAGE') return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : DIV0;
      if (!xs.length) return 0;
      return name === 'MAX' ? Math.max(...xs) : Math.min(...xs);
    }
    case 'IF': {
      const c = toBool(ev(args[0]));
      if (isErr(c as XVal)) return c as XlError;
      if (c) return args.length > 1 ? ev(args[1]) : true;
      return args.length > 2 ? ev(args[2]) : false;
    }
    case 'ISNUMBER': return typeof ev(args[0]) === 'number';
    case 'ISBLANK': {
      const v = ev(args[0]);
      return v === null;
    }
    case 'ISERROR': return isErr(ev(args[0]));
    case 'ISTEXT': return typeof ev(args[0]) === 'string';
    case 'AND':
    case 'OR': {
      const bs: boolean[] = [];
      for (const a of args) {
        for (const { v, fromRange } of argValues(a, env)) {
          if (isErr(v)) return v;
          if (fromRange && (v === null || typeof v === 'string')) continue;
          const b = toBool(v);
          if (isErr(b as XVal)) return b as XlError;
          bs.push(b as boolean);
        }
      }
      if (!bs.length) return VALUE;
      return name === 'AND' ? bs.every(Boolean) : bs.some(Boolean);
    }
    case 'NOT': {
      const b = toBool(ev(args[0]));
      return isErr(b as XVal) ? (b as XlError) : !b;
    }
    case 'IFERROR': {
      const v = ev(args[0]);
      return isErr(v) ? ev(args[1]) : v;
    }
    case 'ROUND': {
      const x = toNum(ev(args[0]));
      const d = toNum(args[1] ? ev(args[1]) : 0);
      if (isErr(x as XVal)) return x as XlError;
      if (isErr(d as XVal)) return d as XlError;
      const f = Math.pow(10, d as number);
      return Math.round((x as number) * f) / f;
    }
    case 'ABS': {
      const x = toNum(ev(args[0]));
      return isErr(x as XVal) ? (x as XlError) : Math.abs(x as number);
    }
    case 'LOOKUP': return lookup(args, env);
    default:
      throw new Unsupported(`function ${name}`);
  }
}

const NA: XlError = { err: '#N/A' };

/** The cells of a range (or a single reference) as one vector, in reading order. */
function vectorOf(n: Node, env: EvalEnv): XVal[] {
  if (n.t === 'range') {
    const out: XVal[] = [];
    for (let r = n.r1; r <= n.r2; r++) for (let c = n.c1; c <= n.c2; c++) out.push(env.cell(n.sheet, r, c));
    return out;
  }
  return [evaluate(n, env)];
}

/**
 * LOOKUP, vector form (https://support.microsoft.com/en-us/office/lookup-function-446d94af-663b-451d-8251-369d5e3864cb):
 * the values of lookup_vector must be in ascending order; when lookup_value is not found, LOOKUP
 * matches the largest value that is less than or equal to it; a lookup_value smaller than the
 * smallest value gives #N/A. The result is the value in the same position of result_vector
 * (without it, of lookup_vector). Only values of the lookup value's kind (number or text) are
 * compared. The array form (one 2-D range) searches the first row or column (the longer side) and
 * returns from the last.
 */
function lookup(args: Node[], env: EvalEnv): XVal {
  const x = evaluate(args[0], env);
  if (isErr(x)) return x;
  let keys: XVal[];
  let results: XVal[];
  const a = args[1];
  if (args.length < 3 && a?.t === 'range' && a.r2 > a.r1 && a.c2 > a.c1) {
    const wide = a.c2 - a.c1 > a.r2 - a.r1;
    const line = (fixed: number, byRow: boolean): Node =>
      byRow ? { t: 'range', sheet: a.sheet, r1: fixed, c1: a.c1, r2: fixed, c2: a.c2 } : { t: 'range', sheet: a.sheet, r1: a.r1, c1: fixed, r2: a.r2, c2: fixed };
    keys = vectorOf(line(wide ? a.r1 : a.c1, wide), env);
    results = vectorOf(line(wide ? a.r2 : a.c2, wide), env);
  } else {
    keys = vectorOf(a, env);
    results = args[2] ? vectorOf(args[2], env) : keys;
  }
  const kind = typeof x === 'number' ? 'number' : typeof x === 'string' ? 'string' : 'boolean';
  let found = -1;
  keys.forEach((k, i) => {
    if (k === null || isErr(k) || typeof k !== kind) return;
    if (compare(k, x) <= 0) found = i;
  });
  if (found < 0 || found >= results.length) return NA;
  return results[found];
}

/** Converts an evaluation result to a stored cell value (errors as their text). */
export function toCellValue(v: XVal): CellValue {
  if (isErr(v)) return v.err;
  if (typeof v === 'number' && !Number.isFinite(v)) return '#NUM!';
  return v;
}

/** A stored cell value as a formula operand (error texts become errors). */
export function fromCellValue(v: CellValue): XVal {
  if (typeof v === 'string' && isErrorText(v)) return { err: v };
  if (v === '') return null;
  return v;
}

// ------------------------------------------------------------------ number formats

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function renderGeneral(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return n.toExponential(5).replace(/\.?0+e/, 'E').replace('e', 'E');
  // Excel General shows at most 11 characters; 10 significant digits is close enough.
  const s = Number(n.toPrecision(10)).toString();
  return s;
}

/** Displayed text of a value under a number format (General, 0, 0.00, 0%, 0.00%, #,##0, @, quoted literals). */
export function renderText(v: CellValue, fmt: string): string {
  if (v === null || v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const f = (fmt || 'General').split(';')[0];
  if (f === 'General' || f === '@') return renderGeneral(v);
  // literal text in quotes, and a number pattern
  let prefix = '';
  let suffix = '';
  let pattern = f;
  const m = /^((?:"[^"]*"|\\.|[^0#?.,%])*)([0#?.,]+%?)(.*)$/.exec(f);
  if (m) {
    prefix = m[1];
    pattern = m[2];
    suffix = m[3];
  } else {
    return renderGeneral(v);
  }
  const lit = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const percent = pattern.endsWith('%') || suffix.includes('%');
  const core = pattern.replace('%', '');
  const dot = core.indexOf('.');
  const decimals = dot >= 0 ? core.length - dot - 1 : 0;
  const thousands = core.includes(',');
  let x = percent ? v * 100 : v;
  const neg = x < 0;
  x = Math.abs(x);
  // Excel rounds half away from zero
  const factor = Math.pow(10, decimals);
  const rounded = Math.round(x * factor + 1e-9) / factor;
  let s = rounded.toFixed(decimals);
  if (thousands) {
    const [ip, dp] = s.split('.');
    s = groupThousands(ip) + (dp !== undefined ? '.' + dp : '');
  }
  if (/^#/.test(core) && s.startsWith('0') && !s.startsWith('0.')) s = s.slice(1) || '0';
  return (neg && rounded !== 0 ? '-' : '') + lit(prefix) + s + (pattern.endsWith('%') ? '%' : '') + lit(suffix);
}
