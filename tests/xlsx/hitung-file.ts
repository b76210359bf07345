/**
 * `hitung` on a file's bytes, as the command line runs it (read, ledger, analyse, plan, backup,
 * part-level write), returning the plan and the writer's result for the tests to check.
 */
import { analyse } from '../../src/core/analyse';
import { withOriginals } from '../../src/core/ledger';
import { isGeneratedSheet, plan as makePlan } from '../../src/core/plan';
import type { WritePlan } from '../../src/core/types';
import { SETTINGS_SHEET, workbookSettings } from '../../src/cli/main';
import { attachLedger, backupChunks, buildBackup, readBackup } from '../../src/xlsx/ledger';
import { loadWorkbookBytes, snapshotFromWorkbook } from '../../src/xlsx/snapshot';
import { applyPlanToBytes, type WriteResult } from '../../src/xlsx/writer';

export async function hitungBytes(input: Uint8Array, when = new Date(Date.UTC(2024, 0, 1))): Promise<{ output: Uint8Array; plan: WritePlan; result: WriteResult }> {
  const { wb } = await loadWorkbookBytes(input);
  const { settings } = workbookSettings(wb);
  const full = snapshotFromWorkbook(wb, 'input.xlsx');
  const backup = readBackup(wb);
  const snapshot = attachLedger({ ...full, sheets: full.sheets.filter((g) => g.sheet !== SETTINGS_SHEET && !isGeneratedSheet(g.sheet)) }, backup);
  const analysis = analyse(snapshot, settings);
  const plan = makePlan(analysis, { mode: 'hitung', renstra: true, workbook: withOriginals(snapshot) });
  const kept = buildBackup(full, plan, backup, when);
  const { bytes, result } = applyPlanToBytes(input, plan, { backup: backupChunks(kept, backup) });
  return { output: bytes, plan, result };
}
