/**
 * Where the add-in's threaded comments are, without asking Excel for each one when nothing moved.
 *
 * Excel tells a comment's cell only through Comment.getLocation(), one call per comment
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.comment#excel-excel-comment-getlocation-member(1)):
 * on a rerun that is most of what a run sends. So each run's backup records where it left the
 * add-in's threads (BackupData.left: sheet, cell and a hash of the content), and the next run
 * places a thread from that record when the record still fits: for each content, the cells the
 * record gives are exactly the cells where this run wants that content (on the sheets it reviews;
 * elsewhere the record stands), and Excel has as many of the add-in's threads with that content as
 * the record has cells. Threads with the same content are interchangeable (updates and deletes go
 * by id, comments.ts threadOps), so which of them is on which of those cells does not matter.
 * Anything else (rows inserted, a thread deleted or copied by hand, no record) is located as
 * before, in one request after the read.
 */
import type { CommentWrite } from '../core/types';
import type { BackupData } from '../core/ledger';
import { hash53 } from '../core/ledger';
import type { ThreadChange } from './comments';
import { markText, plainCell, sameText, threadKey } from './comments';
import type { ExistingThread, UnplacedThread } from './read';
import { cellOf, splitAddress } from './read-address';
import type { Session } from './session';

type Left = NonNullable<BackupData['left']>;

/** The record's hash of a comment's text (as compared: comments.ts sameText). */
const hashOf = (text: string) => hash53(sameText(text));

function add<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/**
 * The unplaced threads the record places, and the rest (to locate). `desired`: the threads this
 * run wants on the `scope` sheets; `blocking`: a person's comments and every note (no thread of the
 * add-in goes on their cells).
 */
export function placeFromRecord(
  unplaced: UnplacedThread[],
  left: Left | undefined,
  desired: CommentWrite[],
  scope: string[],
  blocking: ExistingThread[],
): { placed: ExistingThread[]; rest: UnplacedThread[] } {
  if (!unplaced.length || !left?.length) return { placed: [], rest: unplaced };
  const inScope = new Set(scope);
  const taken = new Set(blocking.map((t) => threadKey(t.sheet, t.cell)));
  const recorded = new Map<string, Array<{ s: string; c: string }>>();
  const expected = new Map<string, Set<string>>();
  const expect = (h: string, k: string) => {
    const set = expected.get(h);
    if (set) set.add(k);
    else expected.set(h, new Set([k]));
  };
  for (const l of left) {
    add(recorded, l.h, { s: l.s, c: l.c });
    if (!inScope.has(l.s)) expect(l.h, threadKey(l.s, l.c));
  }
  for (const d of desired) {
    const k = threadKey(d.sheet, d.cell);
    if (inScope.has(d.sheet) && !taken.has(k)) expect(hashOf(markText(d.text)), k);
  }
  const byContent = new Map<string, UnplacedThread[]>();
  for (const u of unplaced) add(byContent, hashOf(u.content), u);
  const placed: ExistingThread[] = [];
  const rest: UnplacedThread[] = [];
  for (const [h, threads] of byContent) {
    const cells = recorded.get(h) ?? [];
    const want = expected.get(h);
    const fits =
      want !== undefined &&
      cells.length === threads.length &&
      want.size === cells.length &&
      cells.every((c) => want.has(threadKey(c.s, c.c)));
    if (!fits) {
      rest.push(...threads);
      continue;
    }
    threads.forEach((t, i) => placed.push({ id: t.id, sheet: cells[i].s, cell: cells[i].c, content: t.content, author: t.author, ours: true }));
  }
  return { placed, rest };
}

/** Asks Excel where each of `threads` is, in one request. */
export async function locateThreads(s: Session, threads: UnplacedThread[]): Promise<ExistingThread[]> {
  if (!threads.length) return [];
  return s.run(async (context) => {
    const locs = threads.map((t) => {
      const r = context.workbook.comments.getItem(t.id).getLocation();
      r.load('address');
      return r;
    });
    await context.sync();
    return threads.map((t, i) => ({ id: t.id, sheet: splitAddress(locs[i].address).sheet, cell: cellOf(locs[i].address), content: t.content, author: t.author, ours: true }));
  });
}

/** The add-in's threads as a run leaves them: those it found (`comments`), with its changes applied. */
export function threadsLeft(comments: ExistingThread[] | null, changes: ThreadChange[]): Left {
  const m = new Map<string, Left[number]>();
  for (const t of comments ?? []) if (t.ours) m.set(threadKey(t.sheet, t.cell), { s: t.sheet, c: t.cell, h: hashOf(t.content) });
  for (const ch of changes) {
    const k = threadKey(ch.sheet, ch.cell);
    if (ch.kind === 'delete') m.delete(k);
    else m.set(k, { s: ch.sheet, c: plainCell(ch.cell), h: hashOf(ch.text ?? '') });
  }
  return [...m.values()];
}

/** The record without the threads Excel refused (the same list when none of them is in it). */
export function withoutRefused(left: Left, refused: ThreadChange[]): Left {
  if (!refused.length) return left;
  const gone = new Set(refused.map((r) => threadKey(r.sheet, r.cell)));
  const kept = left.filter((l) => !gone.has(threadKey(l.s, l.c)));
  return kept.length === left.length ? left : kept;
}
