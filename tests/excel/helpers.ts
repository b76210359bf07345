import type { WorkbookDump } from '../../src/testing/excel';
import { createFakeExcel } from '../../src/testing/excel';
import type { FakeExcelOptions } from '../../src/testing/excel';
import type { WorkbookSnapshot } from '../../src/core/grid';
import { createExcelHost } from '../../src/excel/host';
import type { ExcelHostOptions } from '../../src/excel/host';

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
