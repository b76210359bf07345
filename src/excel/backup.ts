/**
 * Backup and Pulihkan. Before any overwrite, the original content of every cell a run touches
 * (value, formula, number format), the add-in's threads it changes, the sheets it creates and the
 * full content of the sheets it replaces are stored as JSON in column A of the veryHidden sheet
 * BACKUP_SHEET, in the first sync of the write. Pulihkan puts all of it back, deletes the sheets
 * the run created and deletes the backup. The same routine rolls back a write that failed half-way.
 */
import type { Area, CellValue, Grid } from '../core/grid';
import { a1, areaA1, cellAt, parseA1, parseArea } from '../core/grid';
import type { BackupInfo } from '../app/host';
import type { CellOp, Op } from './apply';
import { cellOps, textChunkOps, ws } from './apply';
import type { CommentMode, ThreadChange } from './comments';
import { markText } from './comments';
import type { ExistingThread } from './read';
import { BACKUP_SHEET, MARK } from './read';
import { sheetRef } from '../core/grid';

export interface BackupCell {
  s: string;
  c: string;
  v: CellValue;
  f: string | null;
  fmt: string;
  /** The run changed the cell's style (copied or bold): Pulihkan clears formats first. */
  styled?: boolean;
}

export interface BackupSheet {
  name: string;
  top: number;
  left: number;
  /** formula or value per cell ('' empty). */
  inputs: CellValue[][];
  formats: string[][];
  merges: string[];
  tables: Array<{ name: string; range: string; style: string }>;
  freezeRows: number;
  /** Bold cells (A1), where the host could read them (ExcelApi 1.9 getCellProperties). */
  bold?: string[];
  /** Column widths in points of the columns the run sets (ExcelApi 1.9 getColumnProperties). */
  widths?: Record<string, number>;
}

export interface BackupData {
  app: 'capaian-pk';
  version: 1;
  when: string;
  /** The sheet the run was started on. */
  sheet: string;
  run: string;
  threadKind: 'threaded' | 'notes' | null;
  cells: BackupCell[];
  /** The add-in's threads the run changed: old content, null when the run added it. */
  threads: Array<{ s: string; c: string; old: string | null }>;
  /** Sheets the run created (Pulihkan deletes them). */
  created: string[];
  /** Sheets the run replaced (Pulihkan restores their content). */
  replaced: BackupSheet[];
}

export function parseBackup(raw: string | null): BackupData | null | 'damaged' {
  if (!raw) return null;
  try {
    const b = JSON.parse(raw) as BackupData;
    if (b?.app !== 'capaian-pk' || b.version !== 1 || !Array.isArray(b.cells)) return 'damaged';
    return b;
  } catch {
    return 'damaged';
  }
}

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
  return {
    s: sheet,
    c: cell,
    v,
    f: c.formula,
    fmt: c.format || 'General',
    ...(styled && wasEmpty ? { styled } : {}),
  };
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
    ...textChunkOps(BACKUP_SHEET, JSON.stringify(data), budget),
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
  mode: CommentMode;
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
      bytes: 300 + r.merges.length * 40 + r.tables.length * 120 + (r.bold?.length ?? 0) * 120 + Object.keys(r.widths ?? {}).length * 120,
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
      },
    });
  }
  // 3. cells of existing sheets
  const bySheet = new Map<string, BackupCell[]>();
  for (const c of b.cells) {
    if (!now.sheets.has(c.s) || b.created.includes(c.s)) continue;
    const l = bySheet.get(c.s) ?? [];
    l.push(c);
    bySheet.set(c.s, l);
  }
  let cellsRestored = 0;
  for (const [sheet, list] of bySheet) {
    ops.push(...clearFormatOps(sheet, list.filter((c) => c.styled).map((c) => c.c)));
    const cells: CellOp[] = list.map((c) => {
      const { row, col } = parseA1(c.c);
      return { row, col, input: c.f ?? (c.v === null ? '' : c.v), fmt: c.fmt || 'General' };
    });
    cellsRestored += cells.length;
    ops.push(...cellOps(sheet, cells, budget));
  }
  // 4. the add-in's threads
  if (b.threadKind && now.threads) {
    const ours = new Map<string, ExistingThread>();
    const person = new Set<string>();
    for (const t of now.threads) (t.ours ? ours.set(`${t.sheet}!${t.cell}`, t) : person.add(`${t.sheet}!${t.cell}`));
    const changes: ThreadChange[] = [];
    for (const t of b.threads) {
      if (!now.sheets.has(t.s) || b.created.includes(t.s)) continue;
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
    ops.push(...restoreThreadOps(b.threadKind, changes));
  }
  return { ops, cells: cellsRestored, sheets };
}

function restoreThreadOps(kind: 'threaded' | 'notes', changes: ThreadChange[]): Op[] {
  return changes.map((ch) => ({
    bytes: 200 + (ch.text?.length ?? 0),
    label: `restore ${kind} ${ch.kind} ${ch.sheet}!${ch.cell}`,
    run: (ctx: Excel.RequestContext) => {
      const address = `${sheetRef(ch.sheet)}!${ch.cell}`;
      if (kind === 'threaded') {
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

export function threadBackup(changes: ThreadChange[]): BackupData['threads'] {
  return changes.map((c) => ({ s: c.sheet, c: c.cell, old: c.old }));
}

export { MARK, markText, parseArea };
export type { Area };
