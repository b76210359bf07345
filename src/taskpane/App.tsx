/**
 * The task pane: Ringkasan, Temuan, Kolom (column mapping) and Pengaturan, on top of a CapaianHost.
 * The pane never touches Office.js: every read and write goes through the host.
 * Landmarks: a banner with the title, one main holding the tab list and the tab panel; outcomes
 * are announced through live regions that are always in the page.
 */
import * as React from 'react';
import { makeStyles, tokens, Tab, TabList } from '@fluentui/react-components';
import type { BackupInfo, CapaianHost, RunReport } from '../app/host';
import type { Settings } from '../core/settings';
import { ui } from '../i18n/ui';
import type { Busy, CommandFeed, CommandOutcomeLike, Notice, PaneContext, TabId } from './context';
import { errorNotice, runNotice } from './notice';
import { NoticeBar, LiveRegions } from './components/NoticeBar';
import { Ringkasan } from './components/Ringkasan';
import { Temuan } from './components/Temuan';
import { Pengaturan } from './components/Pengaturan';
import { PemetaanKolom } from './components/PemetaanKolom';
import { useTabScroll } from './useTabScroll';

export type { TabId, Notice, Busy, PaneContext, CommandOutcomeLike, CommandFeed } from './context';
export { intentOf } from './notice';

/** Room kept under the last control for the sticky Save bar of Pengaturan (its height and a margin). */
export const STICKY_ROOM = '72px';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    boxSizing: 'border-box',
    height: '100%',
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { flexShrink: 0, paddingTop: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalM, paddingRight: tokens.spacingHorizontalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  main: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  tabs: { paddingLeft: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexShrink: 0, flexWrap: 'wrap' },
  tab: { paddingLeft: '6px', paddingRight: '6px', minWidth: 0 },
  body: {
    padding: tokens.spacingHorizontalM,
    overflowY: 'auto',
    overflowX: 'hidden',
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    // A focused control is scrolled clear of the sticky Save bar (scroll-padding applies to focus scrolling).
    scrollPaddingBottom: STICKY_ROOM,
  },
});

export interface AppProps {
  host: CapaianHost;
  /** Outcomes of the ribbon commands, shown in the pane (Excel only). */
  commands?: CommandFeed;
}

const TABS: TabId[] = ['ringkasan', 'temuan', 'kolom', 'pengaturan'];

export function App({ host, commands }: AppProps) {
  const styles = useStyles();
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
  const bodyRef = useTabScroll(tab);

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
  const shown = notice && notice.tab === tab ? notice : null;

  return (
    <div className={styles.root} lang={lang} data-testid="pane" data-busy={busy ? 'true' : 'false'} data-done={done}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t.appTitle}</h1>
      </header>
      <main className={styles.main}>
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t.tabsLabel} size="small">
          {TABS.map((id) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls="tabpanel" className={styles.tab}>
              {tabLabel(t, id)}
            </Tab>
          ))}
        </TabList>
        <LiveRegions notice={notice} />
        <div ref={bodyRef} id="tabpanel" className={styles.body} role="tabpanel" aria-labelledby={`tab-${tab}`} tabIndex={-1} data-testid="tabpanel">
          {shown && <NoticeBar notice={shown} t={t} onClose={() => notify(null)} />}
          {warnings.length > 0 && tab === 'pengaturan' && <NoticeBar notice={{ intent: 'warning', title: t.settingsWarnings, text: warnings.join(' ') }} t={t} />}
          {tab === 'ringkasan' && <Ringkasan ctx={ctx} />}
          {tab === 'temuan' && <Temuan ctx={ctx} />}
          {tab === 'kolom' && <PemetaanKolom ctx={ctx} />}
          {tab === 'pengaturan' && <Pengaturan ctx={ctx} />}
        </div>
      </main>
    </div>
  );
}

function tabLabel(t: PaneContext['t'], id: TabId): string {
  return { ringkasan: t.tabRingkasan, temuan: t.tabTemuan, kolom: t.tabKolom, pengaturan: t.tabPengaturan }[id];
}

function isRunReport(r: unknown): r is RunReport {
  return !!r && typeof r === 'object' && 'findings' in r && 'summary' in r;
}
