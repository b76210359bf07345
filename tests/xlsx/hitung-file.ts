/**
 * `hitung` on a file's bytes, as the command line runs it (read, ledger, analyse, plan, backup,
 * part-level write), returning the plan and the writer's result for the tests to check.
 */
import { analyse } from '../../src/core/analyse';
import { plan as makePlan } from '../../src/core/plan';
import { prepareRun } from '../../src/core/prepare-run';
import type { WritePlan } from '../../src/core/types';
import { workbookSettings } from '../../src/cli/main';
import { backupChunks, buildBackup, readBackup } from '../../src/xlsx/ledger';
import { loadWorkbookBytes, snapshotFromWorkbook } from '../../src/xlsx/snapshot';
import { applyPlanToBytes, type WriteResult } from '../../src/xlsx/writer';

export async function hitungBytes(input: Uint8Array, when = new Date(Date.UTC(2024, 0, 1))): Promise<{ output: Uint8Array; plan: WritePlan; result: WriteResult }> {
  const { wb } = await loadWorkbookBytes(input);
  const { settings } = workbookSettings(wb);
  const full = snapshotFromWorkbook(wb, 'input.xlsx');
  const backup = readBackup(wb);
  const sheets = wb.worksheets.map((ws) => ({ name: ws.name, tables: Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {}) }));
  const prepared = prepareRun({ snapshot: full, sheets, backup });
  const analysis = analyse(prepared.input, settings);
  const planned = makePlan(analysis, { mode: 'hitung', renstra: true, workbook: prepared.original });
  const plan = { ...planned, sheets: planned.sheets.map((spec) => prepared.place(spec).spec) };
  const kept = buildBackup(full, plan, backup, when);
  const { bytes, result } = applyPlanToBytes(input, plan, { backup: backupChunks(kept, backup) });
  return { output: bytes, plan, result };
}
