/**
 * The workbook part: its sheets (name, state, part), the 1904 date system, and the edits the
 * writer makes to it (a new sheet entry, a full calculation on load). Element order of
 * CT_Workbook, ECMA-376 Part 1 §18.2.27.
 */
import { attr, escapeXml, Package, relsPathOf, relativeTarget } from './package';

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The worksheet part ('' when the relationship is missing or is not a worksheet, e.g. a chart sheet). */
  part: string;
}

export function listSheets(pkg: Package, wbPart: string): SheetEntry[] {
  const xml = pkg.text(wbPart) ?? '';
  const rels = new Map(pkg.rels(wbPart).map((r) => [r.id, r]));
  const out: SheetEntry[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const rId = attr(m[0], 'r:id') ?? attr(m[0], '\\w+:id') ?? '';
    const rel = rels.get(rId);
    const state = attr(m[0], 'state');
    out.push({
      name: attr(m[0], 'name') ?? '',
      sheetId: Number(attr(m[0], 'sheetId') ?? 0),
      rId,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      part: rel && /\/worksheet$/.test(rel.type) ? rel.target : '',
    });
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The content types with the Overrides in part-name order (a rerun writes the same part). */
function sortedOverrides(xml: string): string {
  const overrides = [...xml.matchAll(/<Override\b[^>]*\/>/g)].map((m) => m[0]);
  const name = (o: string) => (attr(o, 'PartName') ?? '').toLowerCase();
  overrides.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
  return xml.replace(/<Override\b[^>]*\/>/g, '').replace('</Types>', `${overrides.join('')}</Types>`);
}

/** Adds `<Override>` for a part (or replaces its content type). */
export function setContentType(pkg: Package, part: string, type: string): void {
  const xml = (pkg.text('[Content_Types].xml') ?? '').replace(new RegExp(`<Override\\b[^>]*PartName="/${escapeRe(part)}"[^>]*/>`, 'i'), '');
  pkg.setText('[Content_Types].xml', sortedOverrides(xml.replace('</Types>', `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/></Types>`)));
}

export function removeContentType(pkg: Package, part: string): void {
  const xml = pkg.text('[Content_Types].xml') ?? '';
  const re = new RegExp(`<Override\\b[^>]*PartName="/${escapeRe(part)}"[^>]*/>`, 'i');
  if (re.test(xml)) pkg.setText('[Content_Types].xml', sortedOverrides(xml.replace(re, '')));
}

export function ensureDefault(pkg: Package, ext: string, type: string): void {
  const xml = pkg.text('[Content_Types].xml') ?? '';
  if (new RegExp(`<Default\\b[^>]*Extension="${ext}"`, 'i').test(xml)) return;
  pkg.setText('[Content_Types].xml', xml.replace(/<Types\b[^>]*>/, (t) => `${t}<Default Extension="${ext}" ContentType="${type}"/>`));
}

/** Adds a relationship from `source` to `part`; returns its id. */
export function addRel(pkg: Package, source: string, type: string, part: string): string {
  const path = relsPathOf(source);
  const xml = pkg.text(path) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const used = new Set(pkg.rels(source).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${REL}/${type}" Target="${escapeXml(relativeTarget(source, part))}"/>`;
  const body = /<Relationships\b[^>]*\/>/.test(xml) ? xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`) : xml.replace('</Relationships>', `${rel}</Relationships>`);
  pkg.setText(path, body);
  return id;
}

/** Removes the relationships of `source` whose target is `part`. */
export function removeRelsTo(pkg: Package, source: string, part: string): void {
  const path = relsPathOf(source);
  const xml = pkg.text(path);
  if (!xml) return;
  const ids = new Set(pkg.rels(source).filter((r) => !r.external && r.target.toLowerCase() === part.toLowerCase()).map((r) => r.id));
  if (!ids.size) return;
  pkg.setText(
    path,
    xml.replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (t) => (ids.has(attr(t, 'Id') ?? '') ? '' : t)),
  );
}

const CALC_AFTER = /<(?:\w+:)?(oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b/;

/** The workbook asks for a full calculation when it is opened (`<calcPr fullCalcOnLoad="1"/>`, ECMA-376 Part 1 §18.2.2). */
export function fullCalcOnLoad(xml: string): string {
  const calc = /<((?:\w+:)?)calcPr\b([^>]*?)(\/?)>/.exec(xml);
  if (calc) {
    const attrs = calc[2].replace(/\s+fullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, '');
    return xml.slice(0, calc.index) + `<${calc[1]}calcPr${attrs} fullCalcOnLoad="1"${calc[3]}>` + xml.slice(calc.index + calc[0].length);
  }
  const prefix = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
  const el = `<${prefix}calcPr fullCalcOnLoad="1"/>`;
  const at = CALC_AFTER.exec(xml);
  if (at) return xml.slice(0, at.index) + el + xml.slice(at.index);
  return xml.replace(new RegExp(`</${prefix}workbook>`), `${el}</${prefix}workbook>`);
}

export function isDate1904(pkg: Package, wbPart: string): boolean {
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(pkg.text(wbPart) ?? '');
  const v = pr ? attr(pr[0], 'date1904') : null;
  return v === '1' || v === 'true';
}

const PRINT_TITLES = '_xlnm.Print_Titles';
/** Where `<definedNames>` goes when the workbook has none: after sheets, functionGroups, externalReferences (§18.2.27). */
const NAMES_BEFORE = /<(?:\w+:)?(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:\w+:)?workbook>/;

/**
 * The rows printed at the top of every page of the sheet at `index` (0-based, in `<sheets>` order):
 * the defined name `_xlnm.Print_Titles` with `localSheetId` (ECMA-376 Part 1 §18.2.5, §18.2.6),
 * e.g. `'Perbandingan Renstra'!$3:$3`. Any previous one of that sheet is replaced (a rerun writes
 * the same part), `rows` null removes it; every other defined name is kept as it was.
 */
export function setPrintTitles(xml: string, index: number, ref: string | null): string {
  const ours = (tag: string) => attr(tag, 'name') === PRINT_TITLES && attr(tag, 'localSheetId') === String(index);
  let out = xml.replace(/<((?:\w+:)?)definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/\1definedName>)/g, (el) => (ours(el) ? '' : el));
  out = out.replace(/<((?:\w+:)?)definedNames\b[^>]*>\s*<\/\1definedNames>|<(?:\w+:)?definedNames\b[^>]*\/>/, '');
  if (ref === null) return out;
  const prefix = /<(\w+:)?workbook\b/.exec(out)?.[1] ?? '';
  const el = `<${prefix}definedName name="${PRINT_TITLES}" localSheetId="${index}">${escapeXml(ref)}</${prefix}definedName>`;
  const names = /<\/((?:\w+:)?)definedNames>/.exec(out);
  if (names) return out.slice(0, names.index) + el + out.slice(names.index);
  const at = NAMES_BEFORE.exec(out);
  const block = `<${prefix}definedNames>${el}</${prefix}definedNames>`;
  return at ? out.slice(0, at.index) + block + out.slice(at.index) : out;
}
