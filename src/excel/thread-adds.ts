/**
 * Adding the add-in's threads (or notes) one finding at a time in effect, in few syncs: all adds go
 * in one request; when Excel refuses it (comments.add answering NotImplemented on some Windows
 * builds, OfficeDev/office-js#1847; InvalidArgument on a cell it will not take), the threads now
 * present are read back (Excel applies the operations of a failed request that came before the
 * failing one, and none after it), so the first add still missing is the one refused: it is given
 * up (that finding becomes a note where notes exist, else is listed on the Temuan sheet only) and
 * the adds after it are tried again together; the run goes on.
 * Any other error (a lost connection, edit mode, an inactive workbook) is rethrown: the write fails
 * and is rolled back.
 *
 * writeAndAdd puts the adds in the same request as the run's last writes, after a trace message:
 * a batch is not a transaction (the operations before the failing one are applied, and
 * error.traceMessages lists the trace messages run before the error:
 * https://learn.microsoft.com/en-us/javascript/api/office/officeextension.error), so when the
 * request fails on a thread after the trace, the writes are in and only the threads are retried;
 * a refusal costs syncs only when something was actually refused.
 */

import type { Op } from './apply';
import { execute } from './apply';
import type { CommentMode, ThreadChange } from './comments';
import { threadKey, threadOps } from './comments';
import { errorCode, stopsRun } from './errors';
import { cellOf, splitAddress } from './read-address';
import { MARK } from './read';

/** docs/testing/application-specific-api-error-handling.md: what comments.add / notes.add answer for a cell they will not take. */
const THREAD_REFUSALS = new Set(['NotImplemented', 'InvalidArgument', 'InvalidOperation', 'UnsupportedOperation']);

/** The cells that hold one of the add-in's threads (or notes) now. */
async function oursNow(context: Excel.RequestContext, mode: CommentMode): Promise<Set<string>> {
  const items = mode === 'threaded' ? context.workbook.comments : context.workbook.notes;
  items.load('items/content');
  await context.sync();
  if (!items.items.length) return new Set();
  const locs = items.items.map((c) => {
    const r = c.getLocation();
    r.load('address');
    return { r, ours: c.content.startsWith(MARK) };
  });
  await context.sync();
  return new Set(locs.filter((l) => l.ours).map((l) => threadKey(splitAddress(l.r.address).sheet, cellOf(l.r.address))));
}

/** null when every add went in, else the refusal's code. */
async function tryAll(context: Excel.RequestContext, mode: CommentMode, adds: ThreadChange[]): Promise<string | null> {
  try {
    for (const op of threadOps(mode, adds)) op.run(context);
    await context.sync();
    return null;
  } catch (err) {
    // Only Excel refusing a thread is the finding's problem; anything else (a lost connection, edit
    // mode) fails the write, which is rolled back.
    const code = errorCode(err) ?? '';
    if (stopsRun(err) || !THREAD_REFUSALS.has(code)) throw err;
    return code;
  }
}

/**
 * Adds every thread it can; returns the adds Excel refused. `refusedWith`: the adds were already
 * sent once and refused with that code (writeAndAdd), so the first step is the read-back.
 */
export async function addThreads(context: Excel.RequestContext, mode: CommentMode, adds: ThreadChange[], refusedWith?: string): Promise<ThreadChange[]> {
  if (mode === 'sheet-only' || adds.length === 0) return [];
  const refused: ThreadChange[] = [];
  const queue: ThreadChange[][] = [adds];
  let notImplemented = 0;
  let tried = refusedWith ?? null;
  while (queue.length) {
    const part = queue.shift()!;
    // Two single adds answered NotImplemented: this Excel lacks the API, not a cell; the rest
    // would cost syncs for nothing.
    if (notImplemented >= 2) {
      refused.push(...part);
      continue;
    }
    const code = tried ?? (await tryAll(context, mode, part));
    tried = null;
    if (code === null) continue;
    const present = await oursNow(context, mode);
    const missing = part.filter((a) => !present.has(threadKey(a.sheet, a.cell)));
    if (missing.length === 0) continue;
    // A failed request keeps what ran before the failing operation and runs nothing after it (see
    // the header): the adds before the refused one are in, so the first one missing is the one
    // Excel refused; the ones after it are tried again together.
    const [first, ...rest] = missing;
    if (code === 'NotImplemented') notImplemented++;
    refused.push(first);
    if (rest.length) queue.unshift(rest);
  }
  return refused;
}

/** The trace message queued between the run's writes and its new threads. */
export const WRITES_DONE = 'capaianpk:writes-done';

function traceMessagesOf(err: unknown): string[] {
  const t = (err as { traceMessages?: unknown } | null)?.traceMessages;
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * Runs `ops` (the writes, in as few requests as the budget allows) with the new threads queued
 * after them, in the same request when they fit; returns the adds Excel refused. A failure before
 * the trace message (a write) is rethrown: the caller rolls back.
 */
export async function writeAndAdd(
  context: Excel.RequestContext,
  ops: Op[],
  mode: CommentMode,
  adds: ThreadChange[],
  budget: number,
  onSync?: (done: number, total: number) => void,
): Promise<ThreadChange[]> {
  const addOps = mode === 'sheet-only' ? [] : threadOps(mode, adds);
  if (!addOps.length) {
    await execute(context, ops, budget, onSync);
    return [];
  }
  if (!ops.length) return addThreads(context, mode, adds);
  const marker: Op = { bytes: 80, label: 'trace writes done', run: (ctx) => ctx.trace(WRITES_DONE) };
  let done = 0;
  try {
    await execute(context, [...ops, marker, ...addOps], budget, (d, total) => {
      done = d;
      onSync?.(d, total);
    });
    return [];
  } catch (err) {
    // the writes are in when the marker ran: in an earlier request, or in this one before the error
    const written = done > ops.length || traceMessagesOf(err).includes(WRITES_DONE);
    const code = errorCode(err) ?? '';
    if (!written || stopsRun(err) || !THREAD_REFUSALS.has(code)) throw err;
    return addThreads(context, mode, adds, code);
  }
}
