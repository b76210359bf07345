/**
 * The Office.js host: CapaianHost on top of an Excel.run-like function. In Excel it is given
 * `Excel.run`; in tests and the playground, the in-memory Excel's `run`.
 */
import type { CapaianHost, Lang } from '../app/host';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  lang: Lang;
  now?: () => Date;
}

export function createExcelHost(run: ExcelRun, opts: ExcelHostOptions): CapaianHost {
  void run; void opts;
  throw new Error('createExcelHost: belum diimplementasikan');
}
