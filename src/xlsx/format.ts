/**
 * A small number formatter for the formats that matter in PK workbooks (exceljs has none):
 * General, 0, 0.00, 0%, 0.00%, #,##0, #,##0.00, '@', literal suffixes (`0 "Layanan"`) and dates.
 * English separators by default ('.' decimal, ',' thousands); Indonesian on request.
 */

export type NumberLocale = 'en' | 'id';

type Formatter = (v: number) => string;

const cache: Record<NumberLocale, Map<string, Formatter>> = { en: new Map(), id: new Map() };

/** Displayed text of a number under an Excel number format. */
export function formatNumber(value: number, format: string | undefined, locale: NumberLocale = 'en'): string {
  const code = format || 'General';
  const m = cache[locale];
  let f = m.get(code);
  if (!f) {
    f = compile(code, locale);
    m.set(code, f);
  }
  return f(value);
}

function general(v: number, locale: NumberLocale): string {
  if (Number.isInteger(v) && v > -1e11 && v < 1e11) return String(v);
  if (!Number.isFinite(v)) return String(v);
  let s: string;
  if (Number.isInteger(v) && Math.abs(v) < 1e11) s = String(v);
  else {
    const abs = Math.abs(v);
    if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) s = v.toExponential(5).replace(/\.?0+e/, 'E').replace('E+', 'E+');
    else s = String(Number(v.toPrecision(10)));
  }
  return locale === 'id' ? s.replace('.', ',') : s;
}

function groupThousands(intPart: string, sep: string): string {
  if (intPart.length <= 3) return intPart;
  let out = '';
  let i = intPart.length;
  while (i > 3) {
    out = sep + intPart.slice(i - 3, i) + out;
    i -= 3;
  }
  return intPart.slice(0, i) + out;
}

/** Removes quoting/escapes of a literal part of a format: `"Layanan"`, `\ `, `_)`, `*-`. */
function literal(part: string): string {
  let out = '';
  for (let i = 0; i < part.length; i++) {
    const ch = part[i];
    if (ch === '"') {
      const j = part.indexOf('"', i + 1);
      const end = j < 0 ? part.length : j;
      out += part.slice(i + 1, end);
      i = end;
    } else if (ch === '\\') {
      out += part[i + 1] ?? '';
      i++;
    } else if (ch === '_') {
      out += ' ';
      i++;
    } else if (ch === '*') {
      i++;
    } else if (ch === '[') {
      const j = part.indexOf(']', i + 1);
      i = j < 0 ? part.length : j;
    } else {
      out += ch;
    }
  }
  return out;
}

function isDateFormat(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[dmyhs]/i.test(bare) && !/[0#?]/.test(bare);
}

function excelDate(v: number): string {
  const ms = Math.round((v - 25569) * 86400000);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(v);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

function splitSections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') q = !q;
    if (ch === '\\' && !q) {
      cur += ch + (code[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !q) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function compileSection(section: string, locale: NumberLocale): Formatter {
  const dec = locale === 'id' ? ',' : '.';
  const thou = locale === 'id' ? '.' : ',';
  if (/^\s*general\s*$/i.test(literal(section)) || /^general$/i.test(section.trim())) return (v) => general(v, locale);
  if (isDateFormat(section)) return excelDate;
  // Find the numeric placeholder run outside quotes.
  let start = -1;
  let end = -1;
  let q = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') q = !q;
    if (q) continue;
    if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
      continue;
    }
    if (ch === '[') {
      const j = section.indexOf(']', i);
      i = j < 0 ? section.length : j;
      continue;
    }
    if ('0#?.,'.includes(ch)) {
      if (start < 0) start = i;
      end = i + 1;
    } else if (start >= 0 && ch !== ',' && !'0#?.'.includes(ch)) {
      // the run ends at the first other character after it started
      if (end === i) break;
    }
  }
  if (start < 0) {
    const lit = literal(section);
    if (section.includes('@')) return (v) => lit.replace('@', general(v, locale));
    return () => lit;
  }
  const run = section.slice(start, end);
  const prefix = literal(section.slice(0, start));
  const suffix = literal(section.slice(end));
  const percent = (prefix + suffix).includes('%');
  const dot = run.indexOf('.');
  const decimals = dot < 0 ? 0 : (run.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  const minDecimals = dot < 0 ? 0 : (run.slice(dot + 1).match(/0/g) ?? []).length;
  const intRun = dot < 0 ? run : run.slice(0, dot);
  const trailingCommas = (/,+$/.exec(intRun)?.[0].length ?? 0);
  const grouping = intRun.replace(/,+$/, '').includes(',');
  const minInt = (intRun.match(/0/g) ?? []).length;
  return (v: number) => {
    let x = Math.abs(v);
    if (percent) x *= 100;
    if (trailingCommas) x /= Math.pow(1000, trailingCommas);
    let s = x.toFixed(decimals);
    let [ip, fp = ''] = s.split('.');
    if (minDecimals < decimals) {
      let k = fp.length;
      while (k > minDecimals && fp[k - 1] === '0') k--;
      fp = fp.slice(0, k);
    }
    if (minInt === 0 && ip === '0') ip = '';
    else if (ip.length < minInt) ip = ip.padStart(minInt, '0');
    if (grouping) ip = groupThousands(ip, thou);
    s = fp ? `${ip}${dec}${fp}` : dot >= 0 && decimals > 0 && minDecimals === 0 && fp === '' ? ip : ip;
    return prefix + s + suffix;
  };
}

function compile(code: string, locale: NumberLocale): Formatter {
  if (code === 'General' || code === '') return (v) => general(v, locale);
  // Fast paths for the most common codes.
  const dec = locale === 'id' ? ',' : '.';
  if (code === '0%') return (v) => (v < 0 ? '-' : '') + Math.abs(v * 100).toFixed(0) + '%';
  if (code === '0.00%') return (v) => (v < 0 ? '-' : '') + Math.abs(v * 100).toFixed(2).replace('.', dec) + '%';
  if (code === '0') return (v) => (v < 0 ? '-' : '') + Math.abs(v).toFixed(0);
  if (code === '0.00') return (v) => (v < 0 ? '-' : '') + Math.abs(v).toFixed(2).replace('.', dec);
  if (code === '@') return (v) => general(v, locale);
  const sections = splitSections(code);
  const pos = compileSection(sections[0], locale);
  const neg = sections.length > 1 ? compileSection(sections[1], locale) : null;
  const zero = sections.length > 2 ? compileSection(sections[2], locale) : null;
  return (v: number) => {
    if (v < 0) return neg ? neg(v) : '-' + pos(v);
    if (v === 0 && zero) return zero(v);
    return pos(v);
  };
}
