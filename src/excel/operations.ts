/**
 * The flows of the Excel host, wired to one session: read -> core (prepareRun, analyse, plan) ->
 * backup + write, and Pulihkan. One module per flow under flows/; no domain rule lives here.
 */
import type { Lang, Progress } from '../app/host';
import type { Settings } from '../core/settings';
import { execute } from './apply';
import { bangunRenstra } from './flows/renstra';
import { hitung } from './flows/hitung';
import { analyseActive, periksa } from './flows/periksa';
import { backupInfo, pulihkan } from './flows/pulihkan';
import { periksaKesiapan } from './flows/kesiapan';
import { siapkanPengukuran } from './flows/siapkan';
import { SETTINGS_SHEET } from './read';
import type { ExcelRun, OperationsOptions, Session } from './session';
import { createSession } from './session';
import { guarded } from './errors';
import { loadSettings, settingsOps } from './settings-store';

export type { ExcelRun, OperationsOptions } from './session';
export { detectCaps, UserMessage } from './session';
export { tableSummary } from './summary';

function onSheetChange(s: Session, cb: () => void): () => void {
  let handler: { remove(): void; context: Excel.RequestContext } | null = null;
  let cancelled = false;
  void s.run(async (context) => {
    const h = context.workbook.worksheets.onActivated.add(async () => {
      cb();
    });
    await context.sync();
    handler = h as unknown as { remove(): void; context: Excel.RequestContext };
    if (cancelled) handler.remove();
  }).catch(() => undefined);
  return () => {
    cancelled = true;
    if (handler) {
      const h = handler;
      void s.run(async () => {
        h.remove();
        await h.context.sync();
      }).catch(() => undefined);
    }
  };
}

export function createOperations(run: ExcelRun, options: Partial<OperationsOptions> & { lang: Lang }) {
  const s = createSession(run, options);
  /** Every flow's error reaches the user as a UserMessage in their language (errors.ts). */
  const g = <T>(flow: () => Promise<T>) => guarded(s.t, flow);
  return {
    analyse: () => g(() => analyseActive(s)),
    hitung: (onProgress?: Progress) => g(() => hitung(s, onProgress)),
    periksa: (onProgress?: Progress) => g(() => periksa(s, onProgress)),
    backupInfo: () => g(() => backupInfo(s)),
    pulihkan: () => g(() => pulihkan(s)),
    selectCell: (sheet: string, cell: string): Promise<void> => g(() => s.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(cell).select();
        await context.sync();
      })),
    getSettings: () => g(() => s.run((context) => loadSettings(context))),
    saveSettings: (settings: Settings): Promise<void> => g(() => s.run(async (context) => {
        const sh = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
        sh.load('name');
        await context.sync();
        await execute(context, settingsOps(settings, !sh.isNullObject, s.budget), s.budget);
      })),
    siapkanPengukuran: () => g(() => siapkanPengukuran(s)),
    bangunRenstra: (opts?: { confirmReplace?: boolean }) => g(() => bangunRenstra(s, opts)),
    onSheetChange: (cb: () => void) => onSheetChange(s, cb),
    periksaKesiapan: () => periksaKesiapan(s),
  };
}
