/**
 * A write job of the Excel host: cells on existing sheets, the add-in's threads, sheets to create
 * or replace. The backup is written first, in the same request chain as the writes; when a write
 * fails, the workbook is rolled back from that backup.
 */
import type { Progress } from '../app/host';
import { a1, areaA1, colLetter, colNumber, emptyGrid } from '../core/grid';
import type { CellWrite, SheetSpec } from '../core/types';
import type { Obstacles, Op } from './apply';
import { execute, sheetOps, writeOps } from './apply';
import type { BackupCell, BackupData, BackupSheet } from './backup';
import { backupOps, deleteBackupOps, mergeBackup, originalCell, previousBackupOps, restoreOps, sheetBackup, threadBackup } from './backup';
import type { CommentMode, Reconciled, ThreadChange } from './comments';
import { threadOps } from './comments';
import { errorCode, refusalText } from './errors';
import { addThreads, writeAndAdd } from './thread-adds';
import { threadsLeft, withoutRefused } from './thread-places';
import { lookOfCells } from './format-ops';
import { encodeBackup, sameBackup, writtenKey } from '../core/ledger';
import { changedWrites, sheetUnchanged } from './unchanged';
import { gridOf, metaOf } from './prepare';
import type { Capabilities, SheetMeta, WorkbookRead } from './read';
import { BACKUP_SHEET, parseAreasAddress, readWorkbook } from './read';
import type { Session } from './session';
import { UserMessage } from './session';

export interface WriteJob {
  run: string;
  active: string;
  read: WorkbookRead;
  caps: Capabilities;
  cells: CellWrite[];
  /** `notes`: threaded runs, the add-in's fallback notes kept, updated or deleted (fallbackNotes). */
  threads: { mode: CommentMode; rec: Reconciled; notes?: Reconciled | null } | null;
  specs: SheetSpec[];
  activate?: string;
  /** The backup of earlier runs as prepare parsed it (Prepared.backup; null when none or damaged). */
  prev: BackupData | null;
}

/** Merged areas and the filter of a sheet as read: what write rectangles must not cross. */
export function obstaclesOf(read: WorkbookRead): (sheet: string) => Obstacles {
  return (sheet) => ({ merges: gridOf(read, sheet)?.merges ?? [], filter: metaOf(read, sheet)?.filter ?? null });
}

/**
 * A job that must add a sheet (a new result sheet, or the backup sheet on a first run) cannot run
 * while the workbook structure is protected: the flows refuse it before writing.
 */
export function needsStructure(job: WriteJob): boolean {
  return job.read.structureProtected && (job.specs.some((x) => !metaOf(job.read, x.name)) || !metaOf(job.read, BACKUP_SHEET));
}

/** The protected sheets a job would write to (the flows refuse such a job before writing). */
export function protectedTargets(job: WriteJob): string[] {
  const targets = new Set<string>(job.cells.map((c) => c.sheet));
  if (job.threads && job.threads.mode !== 'sheet-only') for (const ch of job.threads.rec.changes) targets.add(ch.sheet);
  for (const ch of job.threads?.notes?.changes ?? []) targets.add(ch.sheet);
  for (const s of job.specs) if (metaOf(job.read, s.name)) targets.add(s.name);
  return job.read.sheets.filter((s) => s.protected && targets.has(s.name)).map((s) => s.name);
}

/** Copies of the sheets a job replaces: content, tables, frozen rows, bold cells, column widths. */
async function replacedCopies(context: Excel.RequestContext, job: WriteJob, replaced: SheetSpec[]): Promise<BackupSheet[]> {
  if (!replaced.length) return [];
  const loaded = replaced.map((s) => {
    const meta = metaOf(job.read, s.name)!;
    const sh = context.workbook.worksheets.getItem(meta.name);
    const tables = meta.tables.map((t) => {
      const tb = sh.tables.getItem(t);
      tb.load('name,style');
      const r = tb.getRange();
      r.load('address');
      return { tb, r };
    });
    const frozen = sh.freezePanes.getLocationOrNullObject();
    frozen.load('address');
    const g = gridOf(job.read, meta.name);
    const props =
      job.caps.copyStyle && g && g.values.length
        ? sh.getRangeByIndexes(g.top - 1, g.left - 1, g.values.length, Math.max(1, ...g.values.map((r) => r.length))).getCellProperties({ format: { font: { bold: true }, wrapText: true, fill: { color: true, pattern: true } } })
        : null;
    const widthCols = Object.keys(s.columnWidths ?? {}).map(colNumber);
    const widths =
      job.caps.copyStyle && widthCols.length
        ? sh.getRangeByIndexes(0, 0, 1, Math.max(...widthCols)).getColumnProperties({ format: { columnWidth: true } })
        : null;
    return { meta, tables, frozen, props, widths, widthCols };
  });
  await context.sync();
  return loaded.map((l) => {
    const g = gridOf(job.read, l.meta.name) ?? emptyGrid(l.meta.name);
    const tables = l.tables.map(({ tb, r }) => ({ name: tb.name, style: tb.style, range: areaA1(parseAreasAddress(r.address)[0]) }));
    const freezeRows = l.frozen.isNullObject ? 0 : parseAreasAddress(l.frozen.address)[0]?.bottom ?? 0;
    const bold: string[] = [];
    l.props?.value.forEach((row, i) => row.forEach((p, j) => { if (p.format?.font?.bold) bold.push(a1(g.top + i, g.left + j)); }));
    const widths: Record<string, number> = {};
    if (l.widths) for (const c of l.widthCols) widths[colLetter(c)] = l.widths.value[c - 1]?.format?.columnWidth ?? 48;
    const look = l.props ? lookOfCells(l.props.value, g.top, g.left) : null;
    return { ...sheetBackup(g, tables, freezeRows, bold, widths), ...(look?.wrap.length ? { wrap: look.wrap } : {}), ...(look?.fills.length ? { fills: look.fills } : {}) };
  });
}

/** One entry per cell: its original, and what the run writes there (the last write wins). */
function backupCells(job: WriteJob): BackupCell[] {
  const byCell = new Map<string, BackupCell>();
  for (const c of job.cells) {
    const k = `${c.sheet}!${c.cell}`;
    const w = writtenKey({ value: c.value, formula: c.formula }, c.cell);
    const had = byCell.get(k);
    if (had) {
      had.w = w;
      if ((c.styleFrom || c.bold) && !had.styled && originalCell(gridOf(job.read, c.sheet), c.sheet, c.cell, true).styled) had.styled = true;
      continue;
    }
    byCell.set(k, { ...originalCell(gridOf(job.read, c.sheet), c.sheet, c.cell, !!(c.styleFrom || c.bold)), w });
  }
  return [...byCell.values()];
}

function threadKind(job: WriteJob): BackupData['threadKind'] {
  const mode = job.threads?.mode;
  return mode === 'threaded' || mode === 'notes' ? mode : null;
}

/**
 * Everything the job queues after its backup: threads updated or deleted, sheets, cells, the sheet
 * to activate. What the workbook already holds is not sent again (src/excel/unchanged.ts). New
 * threads come after, one by one in effect (thread-adds.ts).
 */
function jobOps(job: WriteJob, specs: SheetSpec[], prev: BackupData | null, budget: number): Op[] {
  const ops: Op[] = [
    ...(job.threads ? threadOps(job.threads.mode, job.threads.rec.changes.filter((c) => c.kind !== 'add')) : []),
    ...threadOps('notes', job.threads?.notes?.changes ?? []),
    ...specs.flatMap((s) => {
      const meta: SheetMeta | undefined = metaOf(job.read, s.name);
      return sheetOps(s, meta ? { tables: meta.tables, charts: meta.charts } : null, budget, job.caps.copyStyle);
    }),
    ...writeOps(changedWrites(job.cells, (sheet) => gridOf(job.read, sheet), prev, job.caps.copyStyle), budget, job.caps.copyStyle, obstaclesOf(job.read)),
  ];
  if (job.activate) {
    const name = job.activate;
    ops.push({ bytes: 200, label: 'activate', run: (ctx) => ctx.workbook.worksheets.getItem(name).activate() });
  }
  return ops;
}

/** Puts the workbook back from this run's backup after a failed write. */
async function rollback(s: Session, job: WriteJob, backup: BackupData): Promise<void> {
  await s.run(async (context) => {
    const now = await readWorkbook(context, job.caps, { grids: false });
    const mode: CommentMode = backup.threadKind ?? 'sheet-only';
    const restore = restoreOps(backup, {
      sheets: new Map(now.sheets.map((m) => [m.name, { tables: m.tables, charts: m.charts }])),
      threads: mode === 'threaded' ? now.comments : mode === 'notes' ? now.notes : null,
      notes: now.notes,
      mode,
      obstacles: obstaclesOf(job.read),
    }, s.budget);
    const hasBackupSheet = now.sheets.some((m) => m.name === BACKUP_SHEET);
    const tail = job.read.backupRaw !== null ? previousBackupOps(job.read.backupRaw, s.budget) : hasBackupSheet ? deleteBackupOps() : [];
    await execute(context, [...restore.ops, ...tail], s.budget);
  });
}

export interface WriteOutcome {
  /** New threads Excel refused. */
  refused: ThreadChange[];
  /** How many of `refused` were written as the add-in's notes instead; the rest are on the Temuan sheet only. */
  noted: number;
}

/**
 * Threaded runs with notes (ExcelApi 1.18): the backup lists every cell the run tries to thread as a
 * possible fallback note (Pulihkan deletes the add-in's note there, if any), and the fallback notes
 * the run changes.
 */
function noteBackup(job: WriteJob): BackupData['notes'] {
  if (job.threads?.mode !== 'threaded' || !job.caps.notes) return [];
  const adds = job.threads.rec.changes.filter((c) => c.kind === 'add');
  return [...threadBackup(job.threads.notes?.changes ?? []), ...threadBackup(adds)];
}

/**
 * Where the add-in's threads are after the job (thread-places.ts): recorded by threaded runs that
 * know where each one was; a job without threads keeps the earlier record.
 */
function leftOf(job: WriteJob, prev: BackupData | null): Pick<BackupData, 'left'> {
  if (!job.threads) return prev?.left ? { left: prev.left } : {};
  if (job.threads.mode !== 'threaded' || job.read.unplaced.length) return {};
  const left = threadsLeft(job.read.comments, job.threads.rec.changes);
  return left.length ? { left } : {};
}

/** The writes and the new threads (thread-adds.ts), then a note for each thread Excel refused (threaded runs with notes). */
async function writeAll(context: Excel.RequestContext, job: WriteJob, ops: Op[], budget: number, onSync: (done: number, total: number) => void): Promise<WriteOutcome> {
  const mode = job.threads?.mode ?? 'sheet-only';
  const refused = await writeAndAdd(context, ops, mode, job.threads?.rec.changes.filter((c) => c.kind === 'add') ?? [], budget, onSync);
  if (!job.threads || !refused.length || job.threads.mode !== 'threaded' || !job.caps.notes) return { refused, noted: 0 };
  const notRefused = await addThreads(context, 'notes', refused);
  return { refused, noted: refused.length - notRefused.length };
}

/**
 * Runs a write job: backup first, then the writes, then the new threads (and the fallback notes);
 * on a failure of the writes, rolls back. The backup lists every new thread, as a thread and as a
 * possible note (Pulihkan deletes the add-in's thread or note on those cells), so a thread Excel
 * refused needs no change to it.
 */
export async function write(s: Session, job: WriteJob, onProgress?: Progress): Promise<WriteOutcome> {
  let outcome: WriteOutcome = { refused: [], noted: 0 };
  const prev = job.prev;
  // Replaced sheets are copied for the rollback of this run; the stored (merged) backup keeps an
  // earlier run's copy, and no copy of a sheet an earlier run created (mergeBackup).
  // A sheet that already holds what its spec writes is left alone (not read, not written).
  const specs = job.specs.filter((x) => !sheetUnchanged(x, gridOf(job.read, x.name), metaOf(job.read, x.name), prev));
  const replaced = specs.filter((x) => metaOf(job.read, x.name));
  const created = job.specs.filter((x) => !metaOf(job.read, x.name)).map((x) => x.name);
  let data: BackupData | null = null;
  try {
    await s.run(async (context) => {
      const copies = await replacedCopies(context, job, replaced);
      const kind = threadKind(job);
      const backup: BackupData = {
        app: 'capaian-pk',
        version: 3,
        when: s.now().toISOString(),
        sheet: job.active,
        run: job.run,
        threadKind: kind,
        cells: backupCells(job),
        threads: kind && job.threads ? threadBackup(job.threads.rec.changes) : [],
        ...(noteBackup(job)?.length ? { notes: noteBackup(job) } : {}),
        ...leftOf(job, prev),
        created,
        replaced: copies,
      };
      data = backup;
      const storedKind = kind ?? prev?.threadKind ?? null;
      const stored = mergeBackup(prev, backup, {
        grid: (sheet) => gridOf(job.read, sheet),
        sheetExists: (sheet) => !!metaOf(job.read, sheet),
        threads: storedKind === 'threaded' ? job.read.comments : storedKind === 'notes' ? job.read.notes : null,
        notes: job.read.notes,
      });
      // the backup is written only when it changed (a rerun with nothing changed keeps the stored one)
      const backupWrite = prev && sameBackup(prev, stored) ? [] : backupOps(stored, !!metaOf(job.read, BACKUP_SHEET), s.budget);
      const ops = [...backupWrite, ...jobOps(job, specs, prev, s.budget)];
      onProgress?.(0.5, s.m.progressBackup);
      outcome = await writeAll(context, job, ops, s.budget, (done, total) => onProgress?.(0.5 + 0.45 * (done / total), s.m.progressWrite));
      // threads Excel refused are not where the record says: the record is written again without
      // them (a rerun then finds it as it would write it)
      const left = stored.left && withoutRefused(stored.left, outcome.refused);
      if (left && left !== stored.left) {
        const { left: _old, ...rest } = stored;
        void _old;
        await execute(context, previousBackupOps(encodeBackup(left.length ? { ...rest, left } : rest), s.budget), s.budget);
      }
    });
  } catch (err) {
    // Excel's code and, for a refusal a person can act on, what to do; never Excel's raw text.
    const why = `${s.lang === 'en' ? 'code' : 'kode'} ${errorCode(err) ?? '?'}`;
    const advice = refusalText(s.t, err);
    const say = (text: string) => new UserMessage(advice ? `${text} ${advice}` : text);
    if (!data) throw say(s.m.writeFailed(why));
    try {
      await rollback(s, job, data);
    } catch {
      throw say(s.m.writeFailedNoRollback(why));
    }
    throw say(s.m.writeFailed(why));
  }
  return outcome;
}
