/**
 * `hitung` on a file's bytes, as the command line runs it (the exceljs-free reader, ledger, analyse,
 * plan, backup, part-level write), returning the plan and the writer's result for the tests to check.
 */
import { analyse } from '../../src/core/analyse';
import { plan as makePlan } from '../../src/core/plan';
import { prepareRun } from '../../src/core/prepare-run';
import type { WritePlan } from '../../src/core/types';
import { readSettings } from '../../src/core/settings';
import { snapshotFromPackage, tablesBySheet } from '../../src/xlsx/fast-read';
import { openPackage } from '../../src/xlsx/open';
import { backupChunks, backupInSnapshot, buildBackup } from '../../src/xlsx/ledger';
import { applyPlanToBytes, type WriteResult } from '../../src/xlsx/writer';

export async function hitungBytes(input: Uint8Array, when = new Date(Date.UTC(2024, 0, 1))): Promise<{ output: Uint8Array; plan: WritePlan; result: WriteResult }> {
  const pkg = openPackage(input);
  const full = snapshotFromPackage(pkg, 'input.xlsx');
  const stored = full.sheets.find((g) => g.sheet === '_capaianpk')?.values[0]?.[0];
  const { settings } = readSettings(typeof stored === 'string' ? stored : null);
  const backup = backupInSnapshot(full);
  const tables = tablesBySheet(pkg);
  const sheets = full.sheets.map((g) => ({ name: g.sheet, tables: tables.get(g.sheet) ?? [] }));
  const prepared = prepareRun({ snapshot: full, sheets, backup });
  const analysis = analyse(prepared.input, settings);
  const planned = makePlan(analysis, { mode: 'hitung', renstra: true, workbook: prepared.original });
  const plan = { ...planned, sheets: planned.sheets.map((spec) => prepared.place(spec).spec) };
  const kept = buildBackup(full, plan, backup, when);
  const { bytes, result } = applyPlanToBytes(input, plan, { backup: backupChunks(kept, backup) });
  return { output: bytes, plan, result };
}
