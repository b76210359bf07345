/**
 * What every flow of the Excel host shares: the Excel.run-like function, the language and its
 * messages, the clock, the request budget and the requirement-set check.
 */
import type { Lang } from '../app/host';
import type { ExcelTexts } from '../i18n/excel-galat';
import { excelTexts } from '../i18n/excel-galat';
import { DEFAULT_BUDGET } from './apply';
import type { Messages } from './messages';
import { messages } from './messages';
import type { Capabilities } from './read';
import { READ_BUDGET } from './read-bands';
import type { Measured } from './read-first';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OperationsOptions {
  lang: Lang;
  now: () => Date;
  /** Request budget in bytes (default 4,000,000: under Excel on the web's 5 MB). */
  budget: number;
  /** Response budget of a read in bytes (default: `budget` when given, else READ_BUDGET, read-bands.ts). */
  readBudget?: number;
  isSetSupported?: (set: string, version: string) => boolean;
}

export interface Session {
  run: ExcelRun;
  lang: Lang;
  m: Messages;
  /** Excel's refusals and workarounds as the user reads them (src/i18n/excel.ts). */
  t: ExcelTexts;
  now: () => Date;
  budget: number;
  readBudget: number;
  isSet: ((set: string, version: string) => boolean) | undefined;
  /** What the last read measured, for the next read's first rows (read-first.ts firstRows). */
  measured: Measured;
}

/** A message for the user (already in their language): the flows throw it, the pane shows it as it is (src/i18n/kesalahan.ts). */
export class UserMessage extends Error {
  readonly forUser = true;
}

function defaultIsSetSupported(): ((set: string, version: string) => boolean) | undefined {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  return req ? (set, version) => req.isSetSupported(set, version) : undefined;
}

export function createSession(run: ExcelRun, options: Partial<OperationsOptions> & { lang: Lang }): Session {
  return {
    run,
    lang: options.lang,
    m: messages(options.lang),
    t: excelTexts(options.lang),
    now: options.now ?? (() => new Date()),
    budget: options.budget ?? DEFAULT_BUDGET,
    readBudget: options.readBudget ?? options.budget ?? READ_BUDGET,
    isSet: options.isSetSupported ?? defaultIsSetSupported(),
    measured: { bytesPerRow: null, grown: false },
  };
}

export function detectCaps(context: Excel.RequestContext, isSet?: (set: string, version: string) => boolean): Capabilities {
  const has = (v: string) => (isSet ? isSet('ExcelApi', v) : true);
  const wb = context.workbook as unknown as { comments?: unknown; notes?: unknown };
  return {
    comments: has('1.10') && wb.comments !== undefined,
    notes: has('1.18') && wb.notes !== undefined,
    merges: has('1.13'),
    copyStyle: has('1.9'),
  };
}
