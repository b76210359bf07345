/**
 * The Office.js host: CapaianHost on top of an Excel.run-like function. In Excel it is given
 * `Excel.run`; in tests and the playground, the in-memory Excel's `run`.
 *
 * Requirement sets: ExcelApi 1.7 at least (getItemOrNullObject, getUsedRangeOrNullObject,
 * settings, freezePanes, onActivated); 1.9 for copying the header style to appended columns;
 * 1.10 for threaded comments; 1.13 for merged areas; 1.18 for notes when threaded comments are
 * missing. Each optional part is detected at run time (Office.context.requirements).
 */
import type { CapaianHost, Lang } from '../app/host';
import { createOperations } from './operations';

import type { ExcelRun } from './session';
export type { ExcelRun } from './session';

export interface ExcelHostOptions {
  lang: Lang;
  now?: () => Date;
  /** Requirement-set check (default: Office.context.requirements.isSetSupported when Office is loaded). */
  isSetSupported?: (set: string, version: string) => boolean;
  /** Request budget in bytes (default 4,000,000, under Excel on the web's 5 MB payload limit). */
  maxRequestBytes?: number;
}

export function createExcelHost(run: ExcelRun, opts: ExcelHostOptions): CapaianHost {
  const ops = createOperations(run, {
    lang: opts.lang,
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.isSetSupported ? { isSetSupported: opts.isSetSupported } : {}),
    ...(opts.maxRequestBytes ? { budget: opts.maxRequestBytes } : {}),
  });
  return {
    lang: () => opts.lang,
    analyse: ops.analyse,
    hitung: ops.hitung,
    periksa: ops.periksa,
    backupInfo: ops.backupInfo,
    pulihkan: ops.pulihkan,
    selectCell: ops.selectCell,
    getSettings: ops.getSettings,
    saveSettings: ops.saveSettings,
    siapkanPengukuran: ops.siapkanPengukuran,
    bangunRenstra: ops.bangunRenstra,
    onSheetChange: ops.onSheetChange,
    periksaKesiapan: ops.periksaKesiapan,
  };
}
