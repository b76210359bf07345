/**
 * Notes (legacy comments) of a sheet: the comments part (ECMA-376 Part 1 §18.7) and the VML
 * drawing that shows them (Part 4, §19.4 / Excel's `x:ClientData ObjectType="Note"`).
 * The project's notes start with MARK (src/core/comment-mark.ts), as the Excel add-in's do. A
 * person's note is kept byte for byte, and a finding on its cell is left to the Temuan sheet.
 */
import { markText, noteOwner } from '../core/comment-mark';
import { colLetter, parseA1 } from '../core/grid';
import { attr, escapeXml, unescapeXml } from './package';

export const AUTHOR = 'Capaian PK';

export interface NoteItem {
  ref: string;
  /** The `<comment>` element as stored (a person's) or as built (ours). */
  xml: string;
  person: boolean;
}

export interface CommentsPart {
  open: string;
  authors: string[];
  items: NoteItem[];
  /** Notes of ours (or of an earlier command line) were found: the part changes even with nothing planned. */
  changed: boolean;
  /** Cells whose note of ours was taken out (their threaded comments, if any, go too). */
  removed: string[];
}

function textOf(commentXml: string): string {
  let s = '';
  for (const m of commentXml.matchAll(/<(?:\w+:)?t\b[^>]*>([^<]*)<\/(?:\w+:)?t>/g)) s += m[1];
  return unescapeXml(s);
}

/** Reads a comments part; an earlier command line's note keeps only the person's text above its marker. */
export function readComments(xml: string | null): CommentsPart {
  if (!xml) return { open: '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', authors: [], items: [], changed: false, removed: [] };
  const open = /<(?:\w+:)?comments\b[^>]*>/.exec(xml)?.[0] ?? '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  const authors = [...xml.matchAll(/<(?:\w+:)?author\b[^>]*>([^<]*)<\/(?:\w+:)?author>|<(?:\w+:)?author\s*\/>/g)].map((m) => unescapeXml(m[1] ?? ''));
  const items: NoteItem[] = [];
  let changed = false;
  const removed: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?comment\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?comment>)/g)) {
    const ref = (attr(m[0].slice(0, m[0].indexOf('>') + 1), 'ref') ?? '').toUpperCase();
    const who = noteOwner(threadBody(textOf(m[0])));
    if (who.owner !== 'person') {
      changed = true;
      removed.push(ref);
    }
    if (who.owner === 'ours') continue;
    if (who.owner === 'legacy') {
      if (who.person) items.push({ ref, xml: commentXml(ref, 0, who.person), person: true });
      continue;
    }
    items.push({ ref, xml: m[0], person: true });
  }
  return { open, authors, items, changed, removed };
}

/**
 * The text of the first comment of a thread, from the note Excel keeps beside a threaded comment
 * for older versions ("[Threaded comment] ... Comment:\n    <text>"); other notes as they are.
 * So the add-in's threads ([Capaian PK] first) are recognised as ours in the file too.
 */
function threadBody(text: string): string {
  if (!text.startsWith('[Threaded comment]')) return text;
  const i = text.indexOf('Comment:');
  return i < 0 ? text : text.slice(i + 'Comment:'.length).replace(/^\s+/, '');
}

/** The threaded comments part without the threads on `refs` (replies included), or null when none is left. */
export function withoutThreads(xml: string, refs: Set<string>): string | null {
  let left = 0;
  const out = xml.replace(/<(?:\w+:)?threadedComment\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?threadedComment>)/g, (t) => {
    const ref = (attr(t.slice(0, t.indexOf('>') + 1), 'ref') ?? '').toUpperCase();
    if (refs.has(ref)) return '';
    left++;
    return t;
  });
  return left ? out : null;
}

function commentXml(ref: string, authorId: number, text: string): string {
  // One run with Excel's own note font (a bare <t> is valid, but some readers only take runs).
  const run = `<r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">${escapeXml(text)}</t></r>`;
  return `<comment ref="${ref}" authorId="${authorId}"><text>${run}</text></comment>`;
}

/** The notes of a sheet after this run: the person's as they were, ours as planned (none on a person's cell). */
export function reconcileNotes(part: CommentsPart, wanted: Map<string, string>): { part: CommentsPart; skippedPerson: number; written: number } {
  const personal = new Set(part.items.map((i) => i.ref));
  const authors = part.authors.slice();
  let ours = authors.indexOf(AUTHOR);
  if (ours < 0 && [...wanted.keys()].some((r) => !personal.has(r))) {
    authors.push(AUTHOR);
    ours = authors.length - 1;
  }
  const items = part.items.slice();
  let skippedPerson = 0;
  for (const [ref, text] of wanted) {
    if (personal.has(ref)) skippedPerson++;
    else items.push({ ref, xml: commentXml(ref, ours, markText(text)), person: false });
  }
  const pos = (r: string) => {
    const p = parseA1(r);
    return p.row * 20000 + p.col;
  };
  items.sort((a, b) => pos(a.ref) - pos(b.ref));
  return { part: { ...part, authors, items }, skippedPerson, written: items.length - part.items.length };
}

export function commentsXml(part: CommentsPart): string {
  const authors = part.authors.map((a) => `<author>${escapeXml(a)}</author>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${part.open}<authors>${authors}</authors><commentList>${part.items.map((i) => i.xml).join('')}</commentList></comments>`;
}

// ------------------------------------------------------------------ VML

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function noteShape(id: number, ref: string, z: number): string {
  const { row, col } = parseA1(ref);
  const r = row - 1;
  const c = col - 1;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:90pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${Math.max(0, r - 1)}, 2, ${c + 4}, 15, ${r + 5}, 2</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

/** The shape types of the old drawing (the note type added when missing). */
function shapeTypes(old: string | null): string {
  const types = [...(old ?? '').matchAll(/<v:shapetype\b[\s\S]*?<\/v:shapetype>/g)].map((m) => m[0]);
  if (!types.some((t) => /id="_x0000_t202"/.test(t))) types.push(SHAPETYPE);
  return types.join('');
}

/** Blocks of 1,024 shape ids a VML part claims (`o:idmap data="1,2"`). */
export function idBlocks(vml: string | null): number[] {
  const d = vml ? /<o:idmap\b[^>]*data="([^"]*)"/.exec(vml)?.[1] : undefined;
  return d ? d.split(',').map((x) => Number(x.trim())).filter((n) => Number.isFinite(n)) : [];
}

/** The shapes of a drawing that stay: every shape that is not a note, and the notes on `keep` cells. */
export function keptShapes(vml: string | null, keep: Set<string>): Array<{ xml: string; id: number }> {
  const out: Array<{ xml: string; id: number }> = [];
  for (const m of (vml ?? '').matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)) {
    const row = /<x:Row>(\d+)<\/x:Row>/.exec(m[0]);
    const col = /<x:Column>(\d+)<\/x:Column>/.exec(m[0]);
    const note = /ObjectType="Note"/.test(m[0]);
    if (note && !(row && col && keep.has(`${colLetter(Number(col[1]) + 1)}${Number(row[1]) + 1}`))) continue;
    out.push({ xml: m[0], id: Number(/\bid="_x0000_s(\d+)"/.exec(m[0])?.[1] ?? 0) });
  }
  return out;
}

/**
 * The VML drawing after this run: shapes other than notes, and the notes of `keep` cells, as they
 * were; a new shape for each of `add`, numbered from block `firstBlock` on.
 */
export function notesVml(old: string | null, keep: Set<string>, add: string[], firstBlock: number): string {
  const kept = keptShapes(old, keep).map((k) => k.xml);
  // The blocks of the shapes kept, and those of the new notes.
  const blocks = new Set(keptShapes(old, keep).map((k) => Math.floor(k.id / 1024)).filter((b) => b > 0));
  const need = add.length ? Math.ceil((add.length + 1) / 1024) : 0;
  for (let b = 0; b < need; b++) blocks.add(firstBlock + b);
  const shapes = add.map((ref, k) => noteShape(firstBlock * 1024 + 1 + k, ref, kept.length + k + 1));
  const head = old ? /^[\s\S]*?<xml\b[^>]*>/.exec(old)?.[0] : undefined;
  return (
    (head ?? '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">') +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${[...blocks].sort((a, b) => a - b).join(',')}"/></o:shapelayout>` +
    shapeTypes(old) +
    kept.join('') +
    shapes.join('') +
    '</xml>'
  );
}
