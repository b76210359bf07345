/** Pulihkan: put back everything the runs since the ledger began overwrote; and the backup's summary. */
import type { BackupInfo } from '../../app/host';
import { cellAt, emptyGrid, parseA1 } from '../../core/grid';
import { execute } from '../apply';
import { backupInfo as infoOf, deleteBackupOps, parseBackup, restoreOps } from '../backup';
import type { CommentMode } from '../comments';
import { gridOf } from '../prepare';
import { BACKUP_SHEET, readWorkbook } from '../read';
import type { Session } from '../session';
import { detectCaps } from '../session';
import { obstaclesOf } from '../write-job';

async function readBackup(s: Session): Promise<string | null> {
  return s.run(async (context) => {
    const sh = context.workbook.worksheets.getItemOrNullObject(BACKUP_SHEET);
    const used = sh.getUsedRangeOrNullObject(true);
    used.load('values');
    await context.sync();
    if (sh.isNullObject || used.isNullObject) return null;
    return used.values.map((r) => String(r[0] ?? '')).join('') || null;
  });
}

export async function backupInfo(s: Session): Promise<BackupInfo | null> {
  const b = parseBackup(await readBackup(s));
  return b && b !== 'damaged' ? infoOf(b) : null;
}

export async function pulihkan(s: Session): Promise<{ restored: number; message: string }> {
  const m = s.m;
  return s.run(async (context) => {
    const caps = detectCaps(context, s.isSet);
    // The grids too: a cell the user typed over since the last run keeps what they typed.
    const now = await readWorkbook(context, caps, { budget: s.budget });
    const b = parseBackup(now.backupRaw);
    if (b === null) return { restored: 0, message: m.noBackup };
    if (b === 'damaged') return { restored: 0, message: m.backupDamaged };
    const mode: CommentMode = b.threadKind ?? 'sheet-only';
    const targets = new Set([...b.cells.map((c) => c.s), ...b.threads.map((t) => t.s), ...(b.notes ?? []).map((t) => t.s), ...b.replaced.map((x) => x.name)]);
    const prot = now.sheets.filter((x) => x.protected && targets.has(x.name)).map((x) => x.name);
    if (prot.length) return { restored: 0, message: m.protectedSheet(prot) };
    // Pulihkan deletes the sheets the runs created and the backup sheet: a structure change.
    if (now.structureProtected) return { restored: 0, message: s.t.structureProtected };
    const restore = restoreOps(b, {
      sheets: new Map(now.sheets.map((x) => [x.name, { tables: x.tables, charts: x.charts }])),
      threads: mode === 'threaded' ? now.comments : mode === 'notes' ? now.notes : null,
      notes: now.notes,
      mode,
      current: (sheet, cell) => {
        const { row, col } = parseA1(cell);
        const c = cellAt(gridOf(now, sheet) ?? emptyGrid(sheet), row, col);
        return { value: c.value === '' ? null : c.value, formula: c.formula };
      },
      obstacles: obstaclesOf(now),
    }, s.budget);
    await execute(context, [...restore.ops, ...deleteBackupOps()], s.budget);
    return { restored: restore.cells, message: m.restored(restore.cells, restore.sheets) };
  });
}
