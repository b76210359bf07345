/**
 * Row predicates: what a cell's text looks like (a numbered name, a heading, a paragraph, a
 * sasaran label, a year), independent of any table.
 */
export const NUMBERED = /^\d{1,3}[.)]\s*\S/;
export const NUMBER_ONLY = /^\(?\d{1,3}[.)]?$/;
export const ZERO_CASE = /\b(tidak ada|tidak memiliki|tidak terdapat|belum ada|nihil)\b/i;
export const DECORATION = /^[-=_*~.\u2013\u2014]+$/;
export const AVERAGE = /^rata[\s\-\u2013]*rata\b/i;
export const TOTAL = /^(jumlah|total|sub\s*total|jumlah total|grand total)\s*:?$/i;
export const SASARAN_LABEL = /^sasaran(\s+(strategis|program|kegiatan))?(\s+([ivx]+|\d+))?\s*:\s*(.*)$/i;
export const SASARAN_LABEL_BARE = /^sasaran(\s+(strategis|program|kegiatan))?(\s+([ivx]+|\d+))?\s*:?$/i;
export const HEADING = /^(\*\*|#|<|tabel\s*[ivx\d]|table\s+\d|gambar\s|grafik\s|sumber\s*:|bab\s+[ivx\d]|lampiran\b)/i;
const SECTION_HEADING = /^([A-Z]|[IVX]{1,4}|\d{1,2}(\.\d{1,2})+)\.?\s+[A-Z]/;

export type RowCells = [number, string][];

/** Whether one of the first `n` cells satisfies `f`. */
export function someOf(cells: RowCells, n: number, f: (t: string) => boolean): boolean {
  return firstOf(cells, n, f) !== undefined;
}

/** The first of the first `n` cells that satisfies `f`. */
export function firstOf(cells: RowCells, n: number, f: (t: string) => boolean): [number, string] | undefined {
  for (let i = 0; i < cells.length && i < n; i++) if (f(cells[i][1])) return cells[i];
  return undefined;
}

export function startsLower(s: string): boolean {
  return /^[a-z]/.test(s);
}

/** Every cell is a line of dashes, dots or the like. */
export function isDecoration(cells: RowCells): boolean {
  return cells.every(([, t]) => DECORATION.test(t));
}

/** `Sasaran Strategis :` (with or without its text after the colon). */
export function isSasaranLabel(t: string): boolean {
  return SASARAN_LABEL.test(t) || SASARAN_LABEL_BARE.test(t);
}

/** A numbering or code: `1`, `1.`, `(2)`, `IV`, `a.`, `SS1`. */
export function isNumberLike(s: string): boolean {
  return /^\(?\d{1,6}[.)]?$/.test(s) || /^[ivx]{1,4}\.?$/i.test(s) || /^[a-z]{1,3}\d{0,2}\.?$/i.test(s) || /^[a-z]\.$/i.test(s);
}

/** A heading rather than a name: `A. Capaian ...`, `BAB III`, an ALL-CAPS line of several words. */
export function headingLike(t: string): boolean {
  if (HEADING.test(t) || SECTION_HEADING.test(t)) return true;
  const words = t.split(' ').filter((w) => /[A-Za-z]/.test(w));
  return words.length >= 3 && !/[a-z]/.test(t);
}

export function isParagraph(t: string): boolean {
  if (t.length > 300) return true;
  if (HEADING.test(t)) return true;
  return t.length > 140 && /[.!?]\s+[A-Z]/.test(t);
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
