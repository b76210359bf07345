/**
 * Review comments: one thread per flagged cell, marked as the add-in's own (content starts with
 * MARK). A rerun updates or deletes only the add-in's own threads; a person's thread is never
 * touched: a finding on such a cell is listed only on the Temuan sheet (and counted in the report).
 * Threaded comments need ExcelApi 1.10; without them notes (ExcelApi 1.18); without either the
 * Temuan sheet only. A single thread Excel refuses falls back to a note where notes exist
 * (fallbackNotes, write-job.ts), else to the Temuan sheet only.
 */
import { sheetRef } from '../core/grid';
import type { CommentWrite } from '../core/types';
import type { Op } from './apply';
import type { Capabilities, ExistingThread } from './read';
import { MARK } from './read';

export type CommentMode = 'threaded' | 'notes' | 'sheet-only';

export function commentMode(caps: Capabilities): CommentMode {
  return caps.comments ? 'threaded' : caps.notes ? 'notes' : 'sheet-only';
}

/** Longest text the add-in puts in one comment (Excel keeps far more; longer is unreadable). */
const MAX_TEXT = 8000;

export function markText(text: string): string {
  const t = `${MARK}\n${text}`;
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t;
}

/**
 * A comment's text as compared: line breaks as \n and no trailing white space, so that a text Excel
 * gives back with \r\n line breaks (as Windows keeps them) counts as the text written.
 */
export function sameText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trimEnd();
}

export interface ThreadChange {
  kind: 'add' | 'update' | 'delete';
  sheet: string;
  cell: string;
  /** Comment id (threaded update/delete). */
  id?: string;
  text?: string;
  /** Content before the change (update/delete), null for an add. */
  old: string | null;
}

export interface Reconciled {
  changes: ThreadChange[];
  /** Findings on cells that hold a person's comment or note: listed only on the Temuan sheet. */
  skippedPerson: number;
  /** Threads of the add-in present after the change (added, updated or unchanged). */
  written: number;
}

/** A cell as threads are compared: without `$`, upper case. */
export const plainCell = (cell: string): string => cell.replace(/\$/g, '').toUpperCase();

/** Where a thread is: `sheet!CELL` (plainCell). */
export const threadKey = (sheet: string, cell: string): string => `${sheet}!${plainCell(cell)}`;

/**
 * What to change so the add-in's threads on `scope` sheets are exactly `desired`.
 * `existing`: threads of the kind written (comments or notes); `blocking`: the other kind (a cell
 * cannot hold a comment and a note at once), a person's items of either kind block the cell.
 */
export function reconcile(
  desired: CommentWrite[],
  existing: ExistingThread[],
  blocking: ExistingThread[],
  scope: string[],
): Reconciled {
  const inScope = new Set(scope);
  const ours = new Map<string, ExistingThread>();
  const taken = new Set<string>();
  for (const t of existing) {
    if (t.ours) ours.set(threadKey(t.sheet, t.cell), t);
    else taken.add(threadKey(t.sheet, t.cell));
  }
  for (const t of blocking) taken.add(threadKey(t.sheet, t.cell));
  const changes: ThreadChange[] = [];
  let skippedPerson = 0;
  let written = 0;
  const wanted = new Set<string>();
  for (const d of desired) {
    if (!inScope.has(d.sheet)) continue;
    const k = threadKey(d.sheet, d.cell);
    wanted.add(k);
    const text = markText(d.text);
    const mine = ours.get(k);
    if (mine) {
      written++;
      if (sameText(mine.content) !== sameText(text)) changes.push({ kind: 'update', sheet: d.sheet, cell: d.cell, id: mine.id, text, old: mine.content });
      continue;
    }
    if (taken.has(k)) {
      skippedPerson++;
      continue;
    }
    written++;
    changes.push({ kind: 'add', sheet: d.sheet, cell: d.cell, text, old: null });
  }
  for (const [k, t] of ours) {
    if (!inScope.has(t.sheet) || wanted.has(k)) continue;
    changes.push({ kind: 'delete', sheet: t.sheet, cell: t.cell, id: t.id, old: t.content });
  }
  return { changes, skippedPerson, written };
}

/**
 * Threaded runs: a finding whose cell already holds one of the add-in's notes (the fallback of an
 * earlier run where Excel refused the thread) keeps that note (updated when its text changed); the
 * add-in's notes no finding wants any more are deleted. `threads`: the findings left to thread.
 */
export function fallbackNotes(
  desired: CommentWrite[],
  notes: ExistingThread[] | null,
  scope: string[],
): { threads: CommentWrite[]; notes: Reconciled | null } {
  if (!notes) return { threads: desired, notes: null };
  const ours = new Set(notes.filter((n) => n.ours).map((n) => threadKey(n.sheet, n.cell)));
  const onNote = (d: CommentWrite) => ours.has(threadKey(d.sheet, d.cell));
  return {
    threads: desired.filter((d) => !onNote(d)),
    notes: reconcile(desired.filter(onNote), notes, [], scope),
  };
}

const ENVELOPE = 200;

/** The operations that apply thread (or note) changes; Pulihkan uses the same with its own label. */
export function threadOps(mode: CommentMode, changes: ThreadChange[], labelPrefix = ''): Op[] {
  if (mode === 'sheet-only') return [];
  return changes.map((ch) => ({
    bytes: ENVELOPE + (ch.text?.length ?? 0) + ch.sheet.length,
    label: `${labelPrefix}${mode} ${ch.kind} ${ch.sheet}!${ch.cell}`,
    run: (ctx: Excel.RequestContext) => {
      const address = `${sheetRef(ch.sheet)}!${ch.cell}`;
      if (mode === 'threaded') {
        if (ch.kind === 'add') ctx.workbook.comments.add(address, ch.text!);
        else if (ch.kind === 'update') ctx.workbook.comments.getItem(ch.id!).content = ch.text!;
        else ctx.workbook.comments.getItem(ch.id!).delete();
      } else {
        const notes = ctx.workbook.worksheets.getItem(ch.sheet).notes;
        if (ch.kind === 'add') ctx.workbook.notes.add(address, ch.text!);
        else if (ch.kind === 'update') notes.getItem(ch.cell).content = ch.text!;
        else notes.getItem(ch.cell).delete();
      }
    },
  }));
}
