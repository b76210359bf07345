/**
 * Backup and Pulihkan. Before any overwrite, the original content of every cell a run touches
 * (value, formula, number format), the add-in's threads it changes, the sheets it creates and the
 * full content of the sheets it replaces are stored as JSON in column A of the veryHidden sheet
 * BACKUP_SHEET, in the first sync of the write. Pulihkan puts all of it back, deletes the sheets
 * the run created and deletes the backup. The same routine rolls back a write that failed half-way.
 *
 * The backup is also the LEDGER of what the add-in overwrote (src/core/ledger.ts): each cell
 * records what the run wrote (`w`), so a later run reads every cell that still holds what the
 * add-in wrote as its original (analyse is the same on every run), and a new run's backup is
 * MERGED with the previous one (mergeBackup): Pulihkan after any number of runs restores what the
 * user had before the first run, and keeps what the user typed since.
 *
 * Format: src/core/ledger.ts (encodeBackup: version 3, compact and deflated, in column A of
 * BACKUP_SHEET, chunked; the CLI writes the same). Versions 1 and 2 (plain JSON) still parse;
 * version 1's cells are restored by Pulihkan and not read as the add-in's by analyse.
 */
import type { Area, CellValue, Grid } from '../core/grid';
import { a1, areaA1, cellAt, parseA1, parseArea } from '../core/grid';
import type { BackupInfo } from '../app/host';
import type { CellOp, Op } from './apply';
import type { Obstacles } from './apply';
import { cellOps, textChunkOps, textInput, ws } from './apply';
import type { CommentMode, ThreadChange } from './comments';
import { markText, threadOps } from './comments';
import type { ExistingThread } from './read';
import { BACKUP_SHEET, MARK } from './read';
import { restoreLook } from './format-ops';
import { encodeBackup, stillWritten } from '../core/ledger';

export type { BackupCell, BackupSheet, BackupData } from '../core/ledger';
export { parseBackup, ledgerOf } from '../core/ledger';
import type { BackupCell, BackupSheet, BackupData } from '../core/ledger';

export function backupInfo(b: BackupData): BackupInfo {
  return {
    when: b.when,
    sheet: b.sheet,
    cells: b.cells.length,
    comments: b.threads.length,
    sheets: [...b.created, ...b.replaced.map((r) => r.name)],
  };
}

/** The original content of a cell from the Grid read before the run. */
export function originalCell(g: Grid | undefined, sheet: string, cell: string, styled: boolean): BackupCell {
  const { row, col } = parseA1(cell);
  if (!g) return { s: sheet, c: cell, v: null, f: null, fmt: 'General', ...(styled ? { styled } : {}) };
  const c = cellAt(g, row, col);
  const v = c.value === '' ? null : c.value;
  // Styles are cleared on restore only where the cell was empty before (an appended column, the
  // legend): a filled cell keeps its style, which the run did not change.
  const wasEmpty = v === null && !c.formula && (c.format || 'General') === 'General';
  const text = c.text ?? '';
  return {
    s: sheet,
    c: cell,
    v,
    f: c.formula,
    fmt: c.format || 'General',
    ...(styled && wasEmpty ? { styled } : {}),
    ...(text !== (v === null ? '' : String(v)) ? { t: text } : {}),
  };
}

/** The ledger the core reads (WorkbookSnapshot.ledger) from a stored backup. */
function cellNow(g: Grid | undefined, cell: string): { value: CellValue; formula: string | null } {
  if (!g) return { value: null, formula: null };
  const { row, col } = parseA1(cell);
  const c = cellAt(g, row, col);
  return { value: c.value === '' ? null : c.value, formula: c.formula };
}

/** What the workbook holds now, as mergeBackup needs it (from the read before the run). */
export interface MergeContext {
  grid: (sheet: string) => Grid | undefined;
  /** Sheets in the workbook now. */
  sheetExists: (sheet: string) => boolean;
  /** Threads of the new backup's kind in the workbook now (null: not readable). */
  threads: ExistingThread[] | null;
  /** Notes in the workbook now (ExcelApi 1.18; null: not readable). */
  notes?: ExistingThread[] | null;
}

/**
 * The backup after a new run, merged with the previous one (src/core/ledger.ts mergeLedger's rule):
 * - a cell the run writes that still holds what an earlier run wrote keeps the FIRST original;
 *   any other cell the run writes gets its current content (what the user has there now);
 * - a cell of the previous backup the run does not write stays in the backup while it still holds
 *   what the add-in wrote (a cell the user typed over since is the user's and leaves the ledger);
 * - created = sheets this run creates + previously created sheets that still exist (also when the
 *   run replaces them: they are not stored as replaced, Pulihkan deletes them);
 * - replaced: the previous backup's content of a sheet wins (the first);
 * - threads, and notes (the fallback notes of threaded runs): an entry the run changes keeps its
 *   first old content while the add-in still has a comment or note on the cell; a previous entry
 *   the run does not change stays while it does (mergeThreads).
 */
export function mergeBackup(prev: BackupData | null, next: BackupData, now: MergeContext): BackupData {
  if (!prev) return next;
  const key = (s: string, c: string) => `${s}!${c}`;
  const created = [...next.created];
  for (const name of prev.created) if (now.sheetExists(name) && !created.includes(name)) created.push(name);
  const isCreated = new Set(created);
  const prevCells = new Map(prev.cells.map((c) => [key(c.s, c.c), c]));
  const stillOurs = (p: BackupCell) => p.w !== undefined && stillWritten(cellNow(now.grid(p.s), p.c), p.w, p.c);
  const seen = new Set<string>();
  const cells: BackupCell[] = [];
  for (const c of next.cells) {
    const k = key(c.s, c.c);
    seen.add(k);
    const p = prevCells.get(k);
    if (p && stillOurs(p)) {
      const { w: _w, ...first } = p;
      void _w;
      cells.push({ ...first, ...(c.w !== undefined ? { w: c.w } : {}) });
    } else cells.push(c);
  }
  for (const p of prev.cells) {
    const k = key(p.s, p.c);
    if (seen.has(k) || isCreated.has(p.s) || !now.sheetExists(p.s) || !stillOurs(p)) continue;
    seen.add(k);
    cells.push(p);
  }
  const replaced = next.replaced.filter((r) => !isCreated.has(r.name) && !prev.replaced.some((p) => p.name === r.name));
  replaced.unshift(...prev.replaced.filter((r) => !isCreated.has(r.name)));
  // threads (and the fallback notes of a threaded run)
  const threadKind = next.threadKind ?? prev.threadKind;
  const ours = new Set([...(now.threads ?? []), ...(now.notes ?? [])].filter((t) => t.ours).map((t) => key(t.sheet, t.cell)));
  const threads = prev.threadKind && prev.threadKind === threadKind ? mergeThreads(prev.threads, next.threads, ours, isCreated) : next.threads;
  const notes = mergeThreads(prev.notes ?? [], next.notes ?? [], ours, isCreated);
  if (notes.length) return { ...next, threadKind, cells, threads, notes, created, replaced };
  return { ...next, threadKind, cells, threads, created, replaced };
}

type ThreadEntries = BackupData['threads'];

/**
 * A list of the add-in's threads (or notes) merged with the previous run's: an entry the run
 * changes keeps its first old content while the add-in still has a comment or note on the cell; a
 * previous entry the run does not change stays while it does.
 */
function mergeThreads(prev: ThreadEntries, next: ThreadEntries, ours: Set<string>, isCreated: Set<string>): ThreadEntries {
  const key = (s: string, c: string) => `${s}!${c}`;
  const prevThreads = new Map(prev.map((t) => [key(t.s, t.c), t]));
  const done = new Set<string>();
  const threads = next.map((t) => {
    const k = key(t.s, t.c);
    done.add(k);
    const p = prevThreads.get(k);
    return p && ours.has(k) ? { ...t, old: p.old } : t;
  });
  for (const p of prev) {
    const k = key(p.s, p.c);
    if (done.has(k) || isCreated.has(p.s) || !ours.has(k)) continue;
    done.add(k);
    threads.push(p);
  }
  return threads;
}

export function sheetBackup(g: Grid, tables: BackupSheet['tables'], freezeRows: number, bold: string[] = [], widths: Record<string, number> = {}): BackupSheet {
  return {
    bold,
    widths,
    name: g.sheet,
    top: g.top,
    left: g.left,
    inputs: g.values.map((row, i) => row.map((v, j) => g.formulas[i]?.[j] ?? (v === null ? '' : v))),
    formats: g.formats.map((r) => [...r]),
    merges: g.merges.map(areaA1),
    tables,
    freezeRows,
  };
}

/** Ops writing the backup (first in the write): the sheet is created or cleared, then hidden. */
export function backupOps(data: BackupData, sheetExists: boolean, budget: number): Op[] {
  const ops: Op[] = [
    {
      bytes: 300,
      label: 'backup sheet',
      run: (ctx) => {
        if (sheetExists) ws(ctx, BACKUP_SHEET).getRange().clear('All' as Excel.ClearApplyTo);
        else ctx.workbook.worksheets.add(BACKUP_SHEET);
      },
    },
    ...textChunkOps(BACKUP_SHEET, encodeBackup(data), budget),
    {
      bytes: 200,
      label: 'backup hidden',
      run: (ctx) => {
        ws(ctx, BACKUP_SHEET).visibility = 'VeryHidden' as Excel.SheetVisibility;
      },
    },
  ];
  return ops;
}

/** Ops restoring a previous backup text (rollback of a failed run), or deleting the backup sheet. */
export function previousBackupOps(prevRaw: string | null, budget: number): Op[] {
  if (prevRaw === null) return deleteBackupOps();
  return [
    { bytes: 300, label: 'backup clear', run: (ctx) => ws(ctx, BACKUP_SHEET).getRange().clear('All' as Excel.ClearApplyTo) },
    ...textChunkOps(BACKUP_SHEET, prevRaw, budget),
  ];
}

export function deleteBackupOps(): Op[] {
  return [
    {
      bytes: 300,
      label: 'backup delete',
      run: (ctx) => {
        const sh = ctx.workbook.worksheets.getItem(BACKUP_SHEET);
        // A veryHidden sheet cannot be deleted: make it hidden first.
        sh.visibility = 'Hidden' as Excel.SheetVisibility;
        sh.delete();
      },
    },
  ];
}

function clearFormatOps(sheet: string, cells: string[]): Op[] {
  // runs of consecutive rows in one column
  const pts = cells.map(parseA1).sort((x, y) => x.col - y.col || x.row - y.row);
  const runs: string[] = [];
  let i = 0;
  while (i < pts.length) {
    let j = i;
    while (j + 1 < pts.length && pts[j + 1].col === pts[i].col && pts[j + 1].row === pts[j].row + 1) j++;
    runs.push(`${a1(pts[i].row, pts[i].col)}:${a1(pts[j].row, pts[j].col)}`);
    i = j + 1;
  }
  return runs.map((r) => ({
    bytes: 200 + sheet.length,
    label: `clear formats ${sheet}!${r}`,
    run: (ctx) => ws(ctx, sheet).getRange(r).clear('Formats' as Excel.ClearApplyTo),
  }));
}

export interface RestoreContext {
  /** Sheet names now in the workbook, with tables and charts (from a fresh read). */
  sheets: Map<string, { tables: string[]; charts: string[] }>;
  /** Threads of the backup's kind now in the workbook. */
  threads: ExistingThread[] | null;
  /** Notes now in the workbook (ExcelApi 1.18), for the fallback notes of a threaded run. */
  notes?: ExistingThread[] | null;
  mode: CommentMode;
  /**
   * The cells' content now (Pulihkan): a cell of the ledger (with `w`) that no longer holds what the
   * add-in wrote was typed over by the user since, and is left as it is. Without it every cell is
   * restored (the rollback of a failed write).
   */
  current?: (sheet: string, cell: string) => { value: CellValue; formula: string | null };
  /** Merged areas and filters the restore's write rectangles must not cross (apply.ts Obstacles). */
  obstacles?: (sheet: string) => Obstacles;
}

/** Ops that put the workbook back as the backup describes. */
export function restoreOps(b: BackupData, now: RestoreContext, budget: number): { ops: Op[]; cells: number; sheets: number } {
  const ops: Op[] = [];
  // 1. sheets the run created: deleted
  let sheets = 0;
  for (const name of b.created) {
    if (!now.sheets.has(name)) continue;
    sheets++;
    ops.push({ bytes: 200, label: `delete ${name}`, run: (ctx) => ws(ctx, name).delete() });
  }
  // 2. sheets the run replaced: content put back
  for (const r of b.replaced) {
    const cur = now.sheets.get(r.name);
    sheets++;
    ops.push({
      bytes: 300,
      label: `reset ${r.name}`,
      run: (ctx) => {
        if (!cur) {
          ctx.workbook.worksheets.add(r.name);
          return;
        }
        const sh = ws(ctx, r.name);
        for (const t of cur.tables) sh.tables.getItem(t).delete();
        for (const c of cur.charts) sh.charts.getItem(c).delete();
        sh.getRange().clear('All' as Excel.ClearApplyTo);
        sh.freezePanes.unfreeze();
      },
    });
    const cells: CellOp[] = [];
    r.inputs.forEach((row, i) =>
      row.forEach((input, j) => {
        const fmt = r.formats[i]?.[j] ?? 'General';
        if ((input === '' || input === null) && fmt === 'General') return;
        cells.push({ row: r.top + i, col: r.left + j, input: input === null ? '' : input, ...(fmt !== 'General' ? { fmt } : {}) });
      }),
    );
    ops.push(...cellOps(r.name, cells, budget));
    ops.push({
      bytes: 300 + ((r.wrap?.length ?? 0) + (r.fills?.length ?? 0)) * 120 + r.merges.length * 40 + r.tables.length * 120 + (r.bold?.length ?? 0) * 120 + Object.keys(r.widths ?? {}).length * 120,
      label: `layout ${r.name}`,
      run: (ctx) => {
        const sh = ws(ctx, r.name);
        for (const m of r.merges) sh.getRange(m).merge(false);
        for (const t of r.tables) {
          const tb = sh.tables.add(t.range, true);
          tb.name = t.name;
          if (t.style) tb.style = t.style;
        }
        if (r.freezeRows) sh.freezePanes.freezeRows(r.freezeRows);
        for (const b of r.bold ?? []) sh.getRange(b).format.font.bold = true;
        for (const [col, w] of Object.entries(r.widths ?? {})) sh.getRange(`${col}1`).format.columnWidth = w;
        restoreLook(sh, r.wrap, r.fills);
      },
    });
  }
  // 3. cells of existing sheets
  const bySheet = new Map<string, BackupCell[]>();
  for (const c of b.cells) {
    if (!now.sheets.has(c.s) || b.created.includes(c.s)) continue;
    if (now.current && c.w !== undefined && !stillWritten(now.current(c.s, c.c), c.w, c.c)) continue;
    const l = bySheet.get(c.s) ?? [];
    l.push(c);
    bySheet.set(c.s, l);
  }
  let cellsRestored = 0;
  for (const [sheet, list] of bySheet) {
    ops.push(...clearFormatOps(sheet, list.filter((c) => c.styled).map((c) => c.c)));
    const cells: CellOp[] = list.map((c) => {
      const { row, col } = parseA1(c.c);
      return { row, col, input: c.f ?? (c.v === null ? '' : textInput(c.v)), fmt: c.fmt || 'General' };
    });
    cellsRestored += cells.length;
    ops.push(...cellOps(sheet, cells, budget, now.obstacles?.(sheet)));
  }
  // 4. the add-in's threads, and the notes it wrote where Excel refused a thread
  if (b.threadKind && now.threads) ops.push(...threadOps(b.threadKind, threadRestore(b, b.threads, now.threads, now.sheets), 'restore '));
  if (b.notes?.length && now.notes) ops.push(...threadOps('notes', threadRestore(b, b.notes, now.notes, now.sheets), 'restore '));
  return { ops, cells: cellsRestored, sheets };
}


/** What puts the add-in's threads (or notes) of `list` back as the backup found them. */
function threadRestore(b: BackupData, list: ThreadEntries, nowThreads: ExistingThread[], sheets: Map<string, unknown>): ThreadChange[] {
  const ours = new Map<string, ExistingThread>();
  const person = new Set<string>();
  for (const t of nowThreads) (t.ours ? ours.set(`${t.sheet}!${t.cell}`, t) : person.add(`${t.sheet}!${t.cell}`));
  const changes: ThreadChange[] = [];
  for (const t of list) {
    if (!sheets.has(t.s) || b.created.includes(t.s)) continue;
    const k = `${t.s}!${t.c}`;
    const mine = ours.get(k);
    if (t.old === null) {
      if (mine) changes.push({ kind: 'delete', sheet: t.s, cell: t.c, id: mine.id, old: mine.content });
    } else if (mine) {
      if (mine.content !== t.old) changes.push({ kind: 'update', sheet: t.s, cell: t.c, id: mine.id, text: t.old, old: mine.content });
    } else if (!person.has(k)) {
      changes.push({ kind: 'add', sheet: t.s, cell: t.c, text: t.old, old: null });
    }
  }
  return changes;
}

export function threadBackup(changes: ThreadChange[]): BackupData['threads'] {
  return changes.map((c) => ({ s: c.sheet, c: c.cell, old: c.old }));
}

export { MARK, markText, parseArea };
export type { Area };
