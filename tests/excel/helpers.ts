import type { WorkbookDump } from '../../src/testing/excel';
import { createFakeExcel } from '../../src/testing/excel';
import type { FakeExcelOptions } from '../../src/testing/excel';
import type { WorkbookSnapshot } from '../../src/core/grid';
import { createExcelHost } from '../../src/excel/host';
import type { ExcelHostOptions } from '../../src/excel/host';
import { BACKUP_SHEET } from '../../src/excel/read';
import { parseBackup } from '../../src/excel/backup';
import type { BackupData } from '../../src/excel/backup';

export const FIXED_NOW = () => new Date('2026-11-23T01:00:00.000Z');

export function setup(snapshot: WorkbookSnapshot, opts: FakeExcelOptions = {}, hostOpts: Partial<ExcelHostOptions> = {}) {
  const fake = createFakeExcel(snapshot, opts);
  const host = createExcelHost(fake.run, { lang: 'id', now: FIXED_NOW, isSetSupported: fake.isSetSupported, ...hostOpts });
  return { fake, host };
}

/** The dump without the add-in's hidden sheets (settings, backup). */
export function visible(d: WorkbookDump): WorkbookDump {
  return { ...d, sheets: d.sheets.filter((s) => !s.name.startsWith('_capaianpk')) };
}

export function sheetOf(d: WorkbookDump, name: string) {
  const s = d.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${d.sheets.map((x) => x.name).join(', ')}`);
  return s;
}

/** The backup the add-in keeps in its very hidden sheet, parsed. */
export function backupOf(fake: ReturnType<typeof setup>['fake']): BackupData {
  const s = sheetOf(fake.dump(), BACKUP_SHEET);
  const rows = Object.entries(s.cells)
    .filter(([k]) => /^A\d+$/.test(k))
    .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
    .map(([, c]) => String(c.v ?? ''));
  const b = parseBackup(rows.join(''));
  if (!b || b === 'damaged') throw new Error('no backup');
  return b;
}
