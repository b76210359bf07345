/**
 * The playground's workbook and host: the real Excel adapter (src/excel/host.ts) on the in-memory
 * Excel of the tests (src/testing/excel), the same adapter code that runs in Excel.
 * `?mock=1` (or an adapter that cannot start yet) falls back to the crude stand-ins of ./mock.
 */
import type { CapaianHost, Lang } from '../app/host';
import type { WorkbookSnapshot } from '../core/grid';
import { createExcelHost } from '../excel/host';
import { createFakeExcel, type FakeExcel } from '../testing/excel';
import type { ViewableWorkbook } from './SheetView';
import { createMockHost, createMockWorkbook } from './mock';

export interface PlaygroundParts {
  fake: ViewableWorkbook | FakeExcel;
  host: CapaianHost;
  /** False when the stand-ins are in use. */
  real: boolean;
  /** Why the stand-ins are in use. */
  reason?: string;
}

export function createPlayground(snapshot: WorkbookSnapshot, lang: Lang, mock: boolean): PlaygroundParts {
  if (!mock) {
    try {
      const fake = createFakeExcel(snapshot);
      const opts = { lang, isSetSupported: (set: string, version?: string) => fake.isSetSupported(set, version) };
      const host = createExcelHost(fake.run, opts);
      return { fake, host, real: true };
    } catch (e) {
      const wb = createMockWorkbook(snapshot);
      return { fake: wb, host: createMockHost(wb, lang), real: false, reason: e instanceof Error ? e.message : String(e) };
    }
  }
  const wb = createMockWorkbook(snapshot);
  return { fake: wb, host: createMockHost(wb, lang), real: false, reason: 'mock=1' };
}
