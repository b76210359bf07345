/**
 * Hitung Capaian and Periksa on the active sheet: the same pipeline, Periksa writing findings only.
 * prepare -> plan -> sheet names placed (core prepareRun) -> comments reconciled -> one write job.
 */
import type { Progress, RunReport } from '../../app/host';
import { plan } from '../../core/plan';
import { parseA1 } from '../../core/grid';
import { commentMode, fallbackNotes, reconcile } from '../comments';
import type { Prepared } from '../prepare';
import { gridOf, prepare } from '../prepare';
import type { WorkbookRead } from '../read';
import type { CommentWrite } from '../../core/types';
import { locateThreads, placeFromRecord } from '../thread-places';
import type { Session } from '../session';
import { baseReport, noTableMessage, withSourceFormats } from '../summary';
import type { WriteJob } from '../write-job';
import { needsStructure, protectedTargets, write } from '../write-job';

/**
 * The read with every one of the add-in's threads in place: those the backup's record places, the
 * others asked of Excel (one more request, only when something moved).
 */
async function withOwnThreads(s: Session, p: Prepared, desired: CommentWrite[], scope: string[]): Promise<WorkbookRead> {
  const { unplaced } = p.read;
  if (!unplaced.length) return p.read;
  const blocking = [...(p.read.comments ?? []).filter((t) => !t.ours), ...(p.read.notes ?? [])];
  const { placed, rest } = placeFromRecord(unplaced, p.backup?.left, desired, scope, blocking);
  const located = await locateThreads(s, rest);
  return { ...p.read, comments: [...(p.read.comments ?? []), ...placed, ...located], unplaced: [] };
}

export async function review(s: Session, mode: 'hitung' | 'periksa', onProgress?: Progress): Promise<RunReport> {
  const m = s.m;
  onProgress?.(0.05, m.progressRead);
  // the add-in's threads are placed from the backup's record where it still fits (thread-places.ts)
  const p = await prepare(s, true, { locateOwn: false });
  onProgress?.(0.3, m.progressAnalyse);
  const active = p.read.active;
  const r = baseReport(s, mode, p);
  if (r.noTable) return { ...r, message: noTableMessage(s, p) };
  if (mode === 'hitung' && !r.tables.some((t) => t.kind === 'pengukuran')) {
    return { ...r, noTable: true, message: m.noPengukuran(active) };
  }
  const pl = plan(p.analysis, { mode, sheets: [active], renstra: false, lang: s.lang, workbook: p.original });
  const warnings = [...r.warnings];
  const specs = pl.sheets.map((spec) => {
    const placed = p.run.place(spec);
    if (placed.renamedFrom) warnings.push(m.sheetRenamed(placed.renamedFrom, placed.spec.name));
    return placed.spec;
  });
  const cmode = commentMode(p.caps);
  // A merged cell takes a thread or note on its top-left cell only: a finding on another cell of a
  // merged area is listed on the Temuan sheet only.
  const merges = gridOf(p.read, active)?.merges ?? [];
  const onMergedTail = (cell: string) => {
    const { row, col } = parseA1(cell);
    return merges.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right && (row !== a.top || col !== a.left));
  };
  const desired = cmode === 'sheet-only' ? [] : pl.comments.filter((c) => !onMergedTail(c.cell));
  const mergedTail = cmode === 'sheet-only' ? 0 : pl.comments.length - desired.length;
  // A finding on one of the add-in's fallback notes (an earlier thread Excel refused) keeps its note.
  const fb = cmode === 'threaded' ? fallbackNotes(desired, p.read.notes, [active]) : { threads: desired, notes: null };
  const read = await withOwnThreads(s, p, fb.threads, [active]);
  const existing = (cmode === 'threaded' ? read.comments : cmode === 'notes' ? read.notes : null) ?? [];
  const blocking = (cmode === 'threaded' ? read.notes : cmode === 'notes' ? read.comments : null) ?? [];
  const rec = reconcile(fb.threads, existing, blocking, [active]);
  const cells = mode === 'hitung' ? withSourceFormats(pl.cells, p) : [];
  const job: WriteJob = { run: mode, active, read, caps: p.caps, cells, threads: { mode: cmode, rec, notes: fb.notes }, specs, prev: p.backup };
  const prot = protectedTargets(job);
  if (prot.length) return { ...r, summary: pl.summary, message: m.protectedSheet(prot) };
  if (needsStructure(job)) return { ...r, summary: pl.summary, message: s.t.structureProtected };
  if (cmode === 'notes') warnings.push(m.commentsNotes);
  if (cmode === 'sheet-only') warnings.push(m.commentsSheetOnly);
  if (rec.skippedPerson) warnings.push(m.personThread(rec.skippedPerson));
  const { refused, noted } = await write(s, job, onProgress);
  onProgress?.(1, m.progressDone);
  // Findings with the add-in's thread (threaded runs) or note (notes runs, and threaded runs' fallback notes).
  const own = cmode === 'sheet-only' ? 0 : rec.written - refused.length;
  const asNotes = cmode === 'notes' ? own : noted + (fb.notes?.written ?? 0);
  const written = (cmode === 'threaded' ? own : 0) + asNotes;
  if (refused.length) warnings.push(s.t.commentFailed(refused.length));
  // How many findings went where (a cell with several findings has one thread).
  const sheetOnly = cmode === 'sheet-only' ? pl.comments.length : rec.skippedPerson + refused.length - noted + mergedTail;
  warnings.push(s.t.commentsWhere(cmode === 'threaded' ? own : 0, asNotes, sheetOnly));
  return {
    ...r,
    summary: pl.summary,
    commentMode: cmode,
    commentsWritten: written,
    warnings,
    message:
      mode === 'hitung'
        ? m.hitungDone(active, pl.summary.capaian, pl.summary.na, r.findings.length, written)
        : m.periksaDone(active, r.findings.length, written),
  };
}
