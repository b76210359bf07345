/**
 * A zip container read and written at the entry level, browser-safe (Uint8Array in and out).
 * Entries the writer does not change are copied as they were: the same compressed bytes, CRC and
 * sizes, never inflated and deflated again. Layout: PKWARE APPNOTE.TXT 6.3.x, sections 4.3.7
 * (local header), 4.3.12 (central directory), 4.3.16 (end of central directory). Zip64 archives
 * (over 4 GB or 65,535 entries) are not workbooks this project meets and are refused as damaged.
 */
import { deflateSync, inflateSync } from 'fflate';
import { XlsxError } from './errors';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The compressed bytes as stored. */
  raw: Uint8Array;
  time: number;
  date: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}

function findEnd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 65535);
  for (let o = b.length - 22; o >= stop; o--) if (u32(b, o) === SIG_END) return o;
  return -1;
}

const utf8 = new TextDecoder('utf-8');
const latin = new TextDecoder('latin1');

/** The entries of a zip, in their stored order. Throws XlsxError 'terpotong' when the directory is missing or points past the end. */
export function readZip(b: Uint8Array): ZipEntry[] {
  const end = findEnd(b);
  if (end < 0) throw new XlsxError('terpotong', 'no end of central directory');
  const count = u16(b, end + 10);
  let p = u32(b, end + 16);
  if (p === 0xffffffff || count === 0xffff) throw new XlsxError('rusak', 'zip64');
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== SIG_CENTRAL) throw new XlsxError('terpotong', 'central directory');
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const csize = u32(b, p + 20);
    const nameLen = u16(b, p + 28);
    const local = u32(b, p + 42);
    const nameBytes = b.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : latin).decode(nameBytes);
    if (flags & 1) throw new XlsxError('terenkripsi', name);
    if (local + 30 > b.length || u32(b, local) !== SIG_LOCAL) throw new XlsxError('terpotong', name);
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (start + csize > b.length) throw new XlsxError('terpotong', name);
    out.push({ name, method, crc: u32(b, p + 16), size: u32(b, p + 24), raw: b.subarray(start, start + csize), time: u16(b, p + 12), date: u16(b, p + 14) });
    p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  }
  return out;
}

/** The uncompressed bytes of an entry. */
export function entryData(e: ZipEntry, codec: Codec = fflateCodec): Uint8Array {
  if (e.method === 0) return e.raw;
  if (e.method !== 8) throw new XlsxError('rusak', `${e.name}: method ${e.method}`);
  try {
    return codec.inflate(e.raw, e.size);
  } catch {
    throw new XlsxError('rusak', e.name);
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32Js(d: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < d.length; i++) c = CRC_TABLE[(c ^ d[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Raw deflate (RFC 1951). */
export type Deflate = (data: Uint8Array) => Uint8Array;

/**
 * What the zip layer computes: raw deflate and inflate (RFC 1951) and the CRC-32 of APPNOTE 4.4.7.
 * The browser-safe default is fflate and a table CRC; the command line passes Node's zlib, which
 * does the same work natively (src/cli/codec.ts).
 */
export interface Codec {
  deflate: Deflate;
  /** Inflates `raw` whose uncompressed size is `size` (as the zip directory states it). */
  inflate: (raw: Uint8Array, size: number) => Uint8Array;
  crc32: (data: Uint8Array) => number;
}

export const fflateCodec: Codec = {
  deflate: (data) => deflateSync(data, { level: 6 }),
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  crc32: crc32Js,
};

/** A new entry from uncompressed bytes (deflated; the time of `like` when given, else 1980-01-01). */
export function makeEntry(name: string, data: Uint8Array, like?: ZipEntry, codec: Codec = fflateCodec): ZipEntry {
  return { name, method: 8, crc: codec.crc32(data), size: data.length, raw: codec.deflate(data), time: like?.time ?? 0, date: like?.date ?? 0x21 };
}

const enc = new TextEncoder();

/** A zip of the entries in order (no data descriptors, UTF-8 names flagged). */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const names = entries.map((e) => enc.encode(e.name));
  let total = 22;
  entries.forEach((e, i) => (total += 30 + 46 + 2 * names[i].length + e.raw.length));
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  const header = (e: ZipEntry, name: Uint8Array, central: boolean, offset: number): void => {
    dv.setUint32(p, central ? SIG_CENTRAL : SIG_LOCAL, true);
    const q = central ? p + 2 : p; // the central header has "version made by" first
    if (central) dv.setUint16(p + 4, 20, true);
    dv.setUint16(q + 4, 20, true);
    dv.setUint16(q + 6, 0x800, true);
    dv.setUint16(q + 8, e.method, true);
    dv.setUint16(q + 10, e.time, true);
    dv.setUint16(q + 12, e.date, true);
    dv.setUint32(q + 14, e.crc, true);
    dv.setUint32(q + 18, e.raw.length, true);
    dv.setUint32(q + 22, e.size, true);
    dv.setUint16(q + 26, name.length, true);
    if (central) dv.setUint32(p + 42, offset, true);
    const at = p + (central ? 46 : 30);
    out.set(name, at);
    p = at + name.length;
  };
  entries.forEach((e, i) => {
    offsets.push(p);
    header(e, names[i], false, 0);
    out.set(e.raw, p);
    p += e.raw.length;
  });
  const cd = p;
  entries.forEach((e, i) => header(e, names[i], true, offsets[i]));
  dv.setUint32(p, SIG_END, true);
  dv.setUint16(p + 8, entries.length, true);
  dv.setUint16(p + 10, entries.length, true);
  dv.setUint32(p + 12, p - cd, true);
  dv.setUint32(p + 16, cd, true);
  return out.subarray(0, p + 22);
}
