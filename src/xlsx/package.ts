/**
 * An Open Packaging Conventions package (ECMA-376 Part 2) over a zip: parts by name, their
 * relationships, content types. Part names are compared case-insensitively and may be written
 * with or without a leading '/' in relationship targets (openpyxl writes absolute targets such as
 * `/xl/worksheets/sheet1.xml`; Excel writes them relative to the source part), ECMA-376 Part 2 §9.3.
 * Parts that are never set are written back as the same compressed bytes.
 */
import { XlsxError } from './errors';
import { type Codec, entryData, fflateCodec, makeEntry, readZip, writeZip, type ZipEntry } from './zip';

export interface Relationship {
  id: string;
  type: string;
  /** The target part, resolved to a package path without the leading '/' (external targets as written). */
  target: string;
  external: boolean;
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`; `_rels/.rels` for the package. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? `_rels/${part}.rels` : `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship target resolved against its source part. */
export function resolveTarget(source: string, target: string): string {
  const t = decodeURIComponent(target.replace(/\\/g, '/'));
  const base = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** A target path for `part` relative to the folder of `source`. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let k = 0;
  while (k < from.length && k < to.length - 1 && from[k] === to[k]) k++;
  return [...from.slice(k).map(() => '..'), ...to.slice(k)].join('/');
}

const ATTR = new Map<string, RegExp>();

export function attr(tag: string, name: string): string | null {
  let re = ATTR.get(name);
  if (!re) ATTR.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? unescapeXml(m[2] ?? m[3]) : null;
}

/** Spacing or quoting other than ` name="value"` in a start tag (XML allows both): read it with attr(). */
const ODD_TAG = /\s=|=\s|[\t\n\r']/;

/**
 * attr() for the attributes of a cell or row start tag (ECMA-376 Part 1 §18.3.1.4, §18.3.1.73),
 * whose values (references, indexes, types) hold no space or entity: the spelling every writer
 * uses, ` r="A1"`, found with indexOf; any other spelling through attr(). Runs for every cell.
 */
export function cellTagAttr(tag: string, name: 'r' | 's' | 't'): string | null {
  if (ODD_TAG.test(tag)) return attr(tag, name);
  const key = name === 'r' ? ' r="' : name === 's' ? ' s="' : ' t="';
  const at = tag.indexOf(key);
  return at < 0 ? null : tag.slice(at + 4, tag.indexOf('"', at + 4));
}

export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Any character escapeXml changes (most texts have none: returned as they are). */
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff&<>"]/;

export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  // Characters XML 1.0 does not allow are dropped (a control character in a cell would make the part unreadable).
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export class Package {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly order: string[] = [];
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();

  /** `codec`: how parts are inflated, deflated and checksummed (fflate unless the host has better). */
  constructor(
    bytes: Uint8Array,
    readonly codec: Codec = fflateCodec,
  ) {
    for (const e of readZip(bytes)) {
      const key = e.name.replace(/^\//, '').toLowerCase();
      if (this.entries.has(key)) continue;
      this.entries.set(key, e);
      this.order.push(key);
    }
  }

  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /** The stored name of a part (its case as in the zip). */
  nameOf(part: string): string {
    return this.entries.get(part.toLowerCase())?.name.replace(/^\//, '') ?? part;
  }

  text(part: string): string | null {
    const key = part.toLowerCase();
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const e = this.entries.get(key);
    if (!e) return null;
    const t = decoder.decode(entryData(e, this.codec)).replace(/^\uFEFF/, '');
    this.texts.set(key, t);
    return t;
  }

  setText(part: string, text: string): void {
    const key = part.toLowerCase();
    const like = this.entries.get(key);
    this.texts.set(key, text);
    this.changed.add(key);
    // A part removed and written again keeps its place (so a rerun writes the same package).
    if (!like && !this.order.includes(key)) this.order.push(key);
    this.entries.set(key, { name: like?.name ?? part, method: 8, crc: 0, size: 0, raw: new Uint8Array(0), time: like?.time ?? 0, date: like?.date ?? 0x21 });
  }

  remove(part: string): void {
    const key = part.toLowerCase();
    if (!this.entries.delete(key)) return;
    this.texts.delete(key);
    this.changed.delete(key);
  }

  /** Part names that were set (new or rewritten), for tests and reports. */
  changedParts(): string[] {
    return [...this.changed].filter((k) => this.entries.has(k)).map((k) => this.entries.get(k)!.name);
  }

  parts(): string[] {
    return this.order.filter((k) => this.entries.has(k)).map((k) => this.entries.get(k)!.name.replace(/^\//, ''));
  }

  rels(source: string): Relationship[] {
    const xml = this.text(relsPathOf(source));
    if (!xml) return [];
    const out: Relationship[] = [];
    for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      const external = attr(m[0], 'TargetMode') === 'External';
      const raw = attr(m[0], 'Target') ?? '';
      out.push({ id: attr(m[0], 'Id') ?? '', type: attr(m[0], 'Type') ?? '', target: external ? raw : resolveTarget(source, raw), external });
    }
    return out;
  }

  toBytes(): Uint8Array {
    const out: ZipEntry[] = [];
    for (const key of this.order) {
      const e = this.entries.get(key);
      if (!e) continue;
      out.push(this.changed.has(key) ? makeEntry(e.name.replace(/^\//, ''), encoder.encode(this.texts.get(key)!), e, this.codec) : e);
    }
    return writeZip(out);
  }
}

/** The workbook part named by the package relationships (`officeDocument`). */
export function workbookPart(pkg: Package): string {
  const rel = pkg.rels('').find((r) => /\/officeDocument$/.test(r.type));
  const part = rel?.target ?? 'xl/workbook.xml';
  if (!pkg.has('[Content_Types].xml') || !pkg.has(part)) throw new XlsxError('bukan-buku-kerja', part);
  return part;
}
