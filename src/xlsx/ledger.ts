/**
 * The command line's side of the ledger (src/core/ledger.ts): `hitung` keeps what it overwrote
 * in the veryHidden sheet `_capaianpk_backup`, in the format the Excel add-in uses, so
 * - a second `hitung` on its own output reads the workbook as the user had it and writes the same
 *   workbook again (the stated capaian it replaced are still reviewed);
 * - the user's values are never lost: the add-in's Pulihkan restores them in Excel.
 * The CLI writes notes, not threaded comments, so the backup records no threads.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, Grid, WorkbookSnapshot } from '../core/grid';
import { a1, areaA1, cellAt, parseA1 } from '../core/grid';
import type { BackupCell, BackupData, BackupSheet } from '../core/ledger';
import { encodeBackup, LEDGER_SHEET, ledgerOf, parseBackup, sameBackup, stillWritten, writtenKey } from '../core/ledger';
import type { WritePlan } from '../core/types';

const CHUNK = 30000;

/** The stored backup of an earlier run, or null (a damaged one is ignored: it cannot be trusted). */
export function readBackup(wb: ExcelJS.Workbook): BackupData | null {
  const ws = wb.getWorksheet(LEDGER_SHEET);
  if (!ws) return null;
  let raw = '';
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v === 'string') raw += v;
    else if (v !== null && v !== undefined) raw += String(v);
  }
  const b = parseBackup(raw);
  return b && b !== 'damaged' ? b : null;
}

/** The stored backup in a snapshot (column A of the backup sheet), or null; a damaged one is ignored. */
export function backupInSnapshot(snapshot: WorkbookSnapshot): BackupData | null {
  const g = snapshot.sheets.find((s) => s.sheet === LEDGER_SHEET);
  if (!g) return null;
  let raw = '';
  for (let r = 1; r <= g.values.length; r++) {
    const v = cellAt(g, r, 1).value;
    if (v !== null && v !== undefined) raw += String(v);
  }
  const b = parseBackup(raw);
  return b && b !== 'damaged' ? b : null;
}

/** Attaches the ledger of an earlier run to a snapshot, and leaves the backup sheet out of it. */
export function attachLedger(snapshot: WorkbookSnapshot, backup: BackupData | null): WorkbookSnapshot {
  const sheets = snapshot.sheets.filter((g) => g.sheet !== LEDGER_SHEET);
  const ledger = ledgerOf(backup);
  return ledger ? { ...snapshot, sheets, ledger } : { ...snapshot, sheets };
}

function now(g: Grid | undefined, cell: string): { value: CellValue; formula: string | null; format: string; text: string } {
  if (!g) return { value: null, formula: null, format: 'General', text: '' };
  const { row, col } = parseA1(cell);
  const c = cellAt(g, row, col);
  return { value: c.value === '' ? null : c.value, formula: c.formula, format: c.format || 'General', text: c.text };
}

function sheetCopy(g: Grid): BackupSheet {
  return {
    name: g.sheet,
    top: g.top,
    left: g.left,
    inputs: g.values.map((row, i) => row.map((v, j) => g.formulas[i]?.[j] ?? (v === null ? '' : v))),
    formats: g.formats.map((r) => r.slice()),
    merges: g.merges.map(areaA1),
    tables: [],
    freezeRows: 0,
  };
}

/**
 * The backup of this run, merged with the previous one: a cell that still holds what an earlier
 * run wrote keeps its first original; sheets an earlier run created stay "created" (Pulihkan
 * deletes them); a person's sheet this run replaces is kept whole.
 */
export function buildBackup(before: WorkbookSnapshot, plan: WritePlan, prev: BackupData | null, when: Date): BackupData {
  const grid = new Map(before.sheets.map((g) => [g.sheet, g]));
  const prevCells = new Map((prev?.cells ?? []).map((c) => [`${c.s}!${c.c}`, c]));
  const cells: BackupCell[] = [];
  const seen = new Set<string>();
  for (const w of plan.cells) {
    const k = `${w.sheet}!${w.cell}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const cur = now(grid.get(w.sheet), w.cell);
    const written = writtenKey({ value: w.value, formula: w.formula }, w.cell);
    const p = prevCells.get(k);
    if (p && p.w !== undefined && stillWritten(cur, p.w, w.cell)) {
      const kept: BackupCell = { s: p.s, c: p.c, v: p.v, f: p.f, fmt: p.fmt };
      if (p.t !== undefined) kept.t = p.t;
      if (p.styled) kept.styled = true;
      kept.w = written;
      cells.push(kept);
      continue;
    }
    const text = cur.text;
    const cell: BackupCell = { s: w.sheet, c: w.cell, v: cur.value, f: cur.formula, fmt: cur.format };
    // the displayed text only when it is not the value's own (a number shown formatted)
    if (text !== (cur.value === null ? '' : typeof cur.value === 'string' ? cur.value : String(cur.value))) cell.t = text;
    if (w.styleFrom || w.bold) cell.styled = true;
    cell.w = written;
    cells.push(cell);
  }
  const prevCreated = new Set(prev?.created ?? []);
  const created: string[] = [];
  const replaced: BackupSheet[] = [...(prev?.replaced ?? [])];
  for (const s of plan.sheets) {
    const existing = grid.get(s.name);
    if (!existing || prevCreated.has(s.name)) created.push(s.name);
    else if (!replaced.some((r) => r.name === s.name)) replaced.push(sheetCopy(existing));
  }
  return {
    app: 'capaian-pk',
    version: 3,
    when: when.toISOString(),
    sheet: plan.cells[0]?.sheet ?? before.sheets[0]?.sheet ?? '',
    run: plan.mode,
    threadKind: null,
    cells,
    threads: [],
    created,
    replaced,
  };
}

/** The backup's text in chunks of column A (an unchanged backup keeps the time of the earlier one). */
export function backupChunks(data: BackupData, prev: BackupData | null, deflate?: (d: Uint8Array) => Uint8Array): string[] {
  const final = prev && sameBackup(prev, data) ? { ...data, when: prev.when } : data;
  const text = encodeBackup(final, deflate);
  const out: string[] = [];
  for (let i = 0; i < text.length || out.length === 0; i += CHUNK) out.push(text.slice(i, i + CHUNK));
  return out;
}

/** Writes the backup into the veryHidden sheet of an exceljs workbook (replacing an earlier one). */
export function writeBackup(wb: ExcelJS.Workbook, data: BackupData, prev: BackupData | null): void {
  const old = wb.getWorksheet(LEDGER_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(LEDGER_SHEET, { state: 'veryHidden' });
  backupChunks(data, prev).forEach((chunk, i) => {
    const cell = ws.getCell(a1(i + 1, 1));
    cell.numFmt = '@';
    cell.value = chunk;
  });
}
