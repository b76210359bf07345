/**
 * The pane's state and actions: the report of the active sheet, the last run, settings, the busy
 * state, the message of each tab, and `act`, which runs an action with progress, error words and
 * a refresh afterwards.
 */
import * as React from 'react';
import type { BackupInfo, CapaianHost, Lang, RunReport } from '../app/host';
import type { Settings } from '../core/settings';
import { ui } from '../i18n/ui';
import type { Busy, CommandFeed, CommandOutcomeLike, Notice, PaneContext, TabId } from './context';
import { errorNotice, runNotice } from './notice';

export interface PaneState {
  ctx: PaneContext;
  /** The message and the tab it was given on. */
  notice: (Notice & { tab: TabId }) | null;
  warnings: string[];
  /** Actions finished so far. */
  done: number;
}

export function usePane(host: CapaianHost, commands?: CommandFeed): PaneState {
  const lang = host.lang();
  const t = ui(lang);
  const [tab, setTab] = React.useState<TabId>('ringkasan');
  const [report, setReport] = React.useState<RunReport | null>(null);
  const [lastRun, setLastRun] = React.useState<RunReport | null>(null);
  const [lastRunAt, setLastRunAt] = React.useState<string | null>(null);
  const [settings, setSettings] = React.useState<Settings | null>(null);
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const [backup, setBackup] = React.useState<BackupInfo | null>(null);
  const [notice, setNoticeState] = React.useState<(Notice & { tab: TabId }) | null>(null);
  const [warnings, setWarnings] = React.useState<string[]>([]);
  /** Actions finished so far (data-done on the root: lets tests and scripts wait for an outcome). */
  const [done, setDone] = React.useState(0);
  const [renstraConfirm, setRenstraConfirm] = React.useState(false);
  const tabRef = React.useRef(tab);
  tabRef.current = tab;

  // A message belongs to the tab it was given on: it does not follow the user to other tabs.
  const notify = React.useCallback((n: Notice | null) => setNoticeState(n ? { ...n, tab: tabRef.current } : null), []);

  const refresh = React.useCallback(async () => {
    try {
      const [r, b] = await Promise.all([host.analyse(), host.backupInfo().catch(() => null)]);
      setReport(r);
      setBackup(b);
    } catch (e) {
      notify(errorNotice(e, lang));
    }
  }, [host, lang, notify]);

  useHostEvents(host, commands, { refresh, notify, lang, setSettings, setWarnings, setLastRun, setTab, setRenstraConfirm });

  const onRunReport = React.useCallback(
    async (r: RunReport): Promise<Notice> => {
      let rr = r;
      const b = await host.backupInfo().catch(() => null);
      if (rr.mode === 'hitung') {
        // Columns the run appended (Capaian, Klasifikasi) are part of the tables now.
        const fresh = await host.analyse().catch(() => null);
        if (fresh && fresh.sheet === rr.sheet) rr = { ...rr, tables: fresh.tables };
      }
      setReport(rr);
      if (rr.mode !== 'analisis') {
        setLastRun(rr);
        setLastRunAt(new Date().toISOString());
      }
      setBackup(b);
      return runNotice(rr, t);
    },
    [host, t]
  );

  const act = React.useCallback<PaneContext['act']>(
    async (label, fn, after) => {
      // The previous message stays until the outcome replaces it, and the outcome is shown in the
      // same render that hides the progress bar: nothing moves while computing.
      setBusy({ label, fraction: null, step: '' });
      let outcome: Notice | null = null;
      let finish: (() => void) | null = null;
      try {
        const r = await fn((f, step) => setBusy({ label, fraction: Math.max(0, Math.min(1, f)), step }));
        if (isRunReport(r)) outcome = await onRunReport(r);
        else await refresh();
        finish = () => after?.(r);
      } catch (e) {
        outcome = errorNotice(e, lang);
      } finally {
        setBusy(null);
        setDone((n) => n + 1);
        if (outcome) notify(outcome);
        finish?.();
      }
    },
    [refresh, onRunReport, notify, lang]
  );

  const ctx: PaneContext = {
    host, t, report, lastRun, lastRunAt, settings, busy, backup, act, notify, refresh, setSettings, setTab, setReport,
    renstraConfirm, setRenstraConfirm, tab,
  };

  return { ctx, notice, warnings, done };
}

function isRunReport(r: unknown): r is RunReport {
  return !!r && typeof r === 'object' && 'findings' in r && 'summary' in r;
}

interface HostEventHandlers {
  refresh: () => Promise<void>;
  notify: (n: Notice | null) => void;
  lang: Lang;
  setSettings: (s: Settings) => void;
  setWarnings: (w: string[]) => void;
  setLastRun: (r: RunReport | null) => void;
  setTab: (t: TabId) => void;
  setRenstraConfirm: (open: boolean) => void;
}

/** The first read, settings, active-sheet changes, and the ribbon commands' outcomes (shared runtime). */
function useHostEvents(host: CapaianHost, commands: CommandFeed | undefined, h: HostEventHandlers): void {
  const { refresh, notify, lang, setSettings, setWarnings, setLastRun, setTab, setRenstraConfirm } = h;
  React.useEffect(() => {
    void refresh();
    host
      .getSettings()
      .then((s) => {
        setSettings(s.settings);
        setWarnings(s.warnings);
      })
      .catch((e) => notify(errorNotice(e, lang)));
    const off = host.onSheetChange?.(() => {
      setLastRun(null);
      void refresh();
    });
    return () => off?.();
  }, [host, refresh, notify, lang]);

  // A ribbon command ran (shared runtime): show its outcome and read the sheet again.
  React.useEffect(() => {
    if (!commands) return;
    const show = (o: CommandOutcomeLike) => {
      if (o.needsConfirm && o.command === 'bangunRenstra') {
        setTab('ringkasan');
        setRenstraConfirm(true);
      }
      notify({ intent: o.ok ? 'success' : 'error', text: o.message });
      void refresh();
    };
    const last = commands.last();
    if (last) show(last);
    return commands.subscribe(show);
  }, [commands, refresh, notify]);
}
