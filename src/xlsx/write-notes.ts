/**
 * Step 2 of the part-level writer: the project's notes on the existing sheets. The plan holds the
 * complete set of ours: notes of an earlier run that are no longer planned go; a person's note is
 * kept as it was, and a finding on its cell goes to the Temuan sheet only.
 */
import type { CommentWrite } from '../core/types';
import { commentsXml, idBlocks, keptShapes, notesVml, readComments, reconcileNotes, withoutThreads } from './notes';
import type { SheetEntry } from './workbook-part';
import { addRel, ensureDefault, setContentType } from './workbook-part';
import { CT, type WriteContext } from './write-context';

interface SheetNotes {
  entry: SheetEntry;
  commentsPart: string | null;
  vmlPart: string | null;
  /** Excel's threaded comments part (the add-in's threads, when it ran in Excel). */
  threadsPart: string | null;
  wanted: Map<string, string>;
}

function wantedBySheet(comments: CommentWrite[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const c of comments) {
    let m = out.get(c.sheet);
    if (!m) out.set(c.sheet, (m = new Map()));
    const ref = c.cell.replace(/\$/g, '').toUpperCase();
    const prev = m.get(ref);
    m.set(ref, prev ? `${prev}\n${c.text}` : c.text);
  }
  return out;
}

/** Shape-id blocks no new note may take: those of drawings this run does not rewrite, and of the shapes it keeps. */
function reservedBlocks(ctx: WriteContext, touched: SheetNotes[]): number {
  const rewritten = new Map(touched.filter((t) => t.vmlPart).map((t) => [t.vmlPart!.toLowerCase(), t]));
  let max = 0;
  for (const p of ctx.pkg.parts()) {
    if (!/\.vml$/i.test(p)) continue;
    const vml = ctx.pkg.text(p);
    const t = rewritten.get(p.toLowerCase());
    if (!t) {
      for (const b of idBlocks(vml)) max = Math.max(max, b);
      continue;
    }
    const person = new Set(readComments(t.commentsPart ? ctx.pkg.text(t.commentsPart) : null).items.map((i) => i.ref));
    for (const shape of keptShapes(vml, person)) max = Math.max(max, Math.floor(shape.id / 1024));
  }
  return max;
}

function insertLegacyDrawing(ctx: WriteContext, part: string, rId: string): void {
  const prefix = ctx.relPrefix(part, 'worksheet');
  const xml = ctx.pkg.text(part)!;
  const el = `<legacyDrawing ${prefix}:id="${rId}"/>`;
  // These follow sheetData in CT_Worksheet (ECMA-376 Part 1 §18.3.1.99): look after it only.
  const from = Math.max(0, xml.lastIndexOf('sheetData>'));
  const re = /<(?:\w+:)?(legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/(?:\w+:)?worksheet>/g;
  re.lastIndex = from;
  const at = re.exec(xml);
  ctx.pkg.setText(part, at ? xml.slice(0, at.index) + el + xml.slice(at.index) : xml);
}

function removeLegacyDrawing(ctx: WriteContext, part: string): void {
  const xml = ctx.pkg.text(part)!;
  ctx.pkg.setText(part, xml.replace(/<(?:\w+:)?legacyDrawing\b[^>]*\/>/, ''));
}

function writeSheetNotes(ctx: WriteContext, s: SheetNotes, firstBlock: number): number {
  const { pkg } = ctx;
  const old = readComments(s.commentsPart ? pkg.text(s.commentsPart) : null);
  const before = s.commentsPart ? (pkg.text(s.commentsPart)!.match(/<(?:\w+:)?comment\b/g) ?? []).length - old.items.length : 0;
  const { part, skippedPerson, written } = reconcileNotes(old, s.wanted);
  ctx.result.skippedPerson += skippedPerson;
  if (!old.changed && written === 0) return 0;
  ctx.result.comments += written;
  ctx.result.commentsRemoved += Math.max(0, before - written);
  if (s.threadsPart && old.removed.length) {
    const left = withoutThreads(pkg.text(s.threadsPart)!, new Set(old.removed));
    if (left === null) ctx.dropPart(s.entry.part, s.threadsPart);
    else pkg.setText(s.threadsPart, left);
  }
  const ours = part.items.filter((i) => !i.person).map((i) => i.ref);
  const keep = new Set(part.items.filter((i) => i.person).map((i) => i.ref));
  const vmlOld = s.vmlPart ? pkg.text(s.vmlPart) : null;
  const vml = notesVml(vmlOld, keep, ours, firstBlock);
  const sheet = s.entry.part;
  if (!part.items.length) {
    if (s.commentsPart) ctx.dropPart(sheet, s.commentsPart);
    if (s.vmlPart && !/<v:shape\b/.test(vml)) {
      ctx.dropPart(sheet, s.vmlPart);
      removeLegacyDrawing(ctx, sheet);
    } else if (s.vmlPart) pkg.setText(s.vmlPart, vml);
    return 0;
  }
  const commentsPart = s.commentsPart ?? ctx.freePart('xl', 'comments', 'xml');
  pkg.setText(commentsPart, commentsXml(part));
  if (!s.commentsPart) {
    addRel(pkg, sheet, 'comments', commentsPart);
    setContentType(pkg, commentsPart, CT.comments);
  }
  const vmlPart = s.vmlPart ?? ctx.freePart('xl/drawings', 'vmlDrawing', 'vml');
  pkg.setText(vmlPart, vml);
  if (!s.vmlPart) {
    ensureDefault(pkg, 'vml', CT.vml);
    insertLegacyDrawing(ctx, sheet, addRel(pkg, sheet, 'vmlDrawing', vmlPart));
  }
  return ours.length ? Math.ceil((ours.length + 1) / 1024) : 0;
}

export function writeNotes(ctx: WriteContext, comments: CommentWrite[], newSheets: Set<string>): void {
  const wanted = wantedBySheet(comments);
  const touched: SheetNotes[] = [];
  for (const entry of ctx.sheets) {
    if (!entry.part || newSheets.has(entry.name)) continue;
    const rels = ctx.pkg.rels(entry.part);
    const c = rels.find((r) => /\/comments$/.test(r.type) && ctx.pkg.has(r.target));
    const v = rels.find((r) => /\/vmlDrawing$/.test(r.type) && ctx.pkg.has(r.target));
    const th = rels.find((r) => /\/threadedComment$/.test(r.type) && ctx.pkg.has(r.target));
    const w = wanted.get(entry.name);
    if (!c && !w) continue;
    touched.push({ entry, commentsPart: c?.target ?? null, vmlPart: v?.target ?? null, threadsPart: th?.target ?? null, wanted: w ?? new Map() });
  }
  let block = reservedBlocks(ctx, touched) + 1;
  for (const s of touched) block += writeSheetNotes(ctx, s, block);
}
