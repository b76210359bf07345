/**
 * The task pane: Ringkasan, Temuan, Kolom (column mapping) and Pengaturan, on top of a CapaianHost.
 * The pane never touches Office.js: every read and write goes through the host.
 */
import * as React from 'react';
import {
  makeStyles,
  tokens,
  Tab,
  TabList,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  MessageBarActions,
  Button,
  type MessageBarIntent,
} from '@fluentui/react-components';
import type { BackupInfo, CapaianHost, RunReport } from '../app/host';
import type { Settings } from '../core/settings';
import { ui, type UiStrings } from '../i18n/ui';
import { Ringkasan } from './components/Ringkasan';
import { Temuan } from './components/Temuan';
import { Pengaturan } from './components/Pengaturan';
import { Kesiapan } from './components/Kesiapan';
import { PemetaanKolom } from './components/PemetaanKolom';

export type TabId = 'ringkasan' | 'temuan' | 'kolom' | 'pengaturan';

export interface Notice {
  intent: MessageBarIntent;
  text: string;
  title?: string;
}

export interface Busy {
  /** What is running (button label). */
  label: string;
  /** 0..1, or null for an indeterminate bar. */
  fraction: number | null;
  step: string;
}

export interface PaneContext {
  host: CapaianHost;
  t: UiStrings;
  report: RunReport | null;
  /** The report of the last hitung/periksa (comment count), null before. */
  lastRun: RunReport | null;
  /** ISO time that run finished. */
  lastRunAt: string | null;
  settings: Settings | null;
  busy: Busy | null;
  backup: BackupInfo | null;
  /** Runs an action with the busy state, error handling and a refresh afterwards. */
  act: <T>(label: string, fn: (onProgress: (f: number, step: string) => void) => Promise<T>, after?: (r: T) => void) => Promise<void>;
  notify: (n: Notice | null) => void;
  refresh: () => Promise<void>;
  setSettings: (s: Settings) => void;
  setTab: (t: TabId) => void;
  setReport: (r: RunReport) => void;
  /** The Bangun Tabel Renstra confirmation is open (asked by the pane or by the ribbon command). */
  renstraConfirm: boolean;
  setRenstraConfirm: (open: boolean) => void;
}

/** What a ribbon command did (src/commands/commands.ts publishes it in the shared runtime). */
export interface CommandOutcomeLike {
  command: string;
  ok: boolean;
  message: string;
  needsConfirm?: boolean;
}

export interface CommandFeed {
  subscribe(cb: (o: CommandOutcomeLike) => void): () => void;
  last(): CommandOutcomeLike | null;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: '300px',
    boxSizing: 'border-box',
    height: '100%',
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    flexShrink: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  tabs: {
    paddingLeft: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  tab: { paddingLeft: '6px', paddingRight: '6px', minWidth: 0 },
  body: {
    padding: tokens.spacingHorizontalM,
    overflowY: 'auto',
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  notice: { flexShrink: 0, marginLeft: tokens.spacingHorizontalM, marginRight: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalS },
  noticeText: { whiteSpace: 'normal', wordBreak: 'break-word' },
});

export interface AppProps {
  host: CapaianHost;
  /** Outcomes of the ribbon commands, shown in the pane (Excel only). */
  commands?: CommandFeed;
}

export function App({ host, commands }: AppProps) {
  const styles = useStyles();
  const t = ui(host.lang());
  const [tab, setTab] = React.useState<TabId>('ringkasan');
  const [report, setReport] = React.useState<RunReport | null>(null);
  const [lastRun, setLastRun] = React.useState<RunReport | null>(null);
  const [lastRunAt, setLastRunAt] = React.useState<string | null>(null);
  const [settings, setSettings] = React.useState<Settings | null>(null);
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const [backup, setBackup] = React.useState<BackupInfo | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [warnings, setWarnings] = React.useState<string[]>([]);
  /** Actions finished so far (data-done on the root: lets tests and scripts wait for an outcome). */
  const [done, setDone] = React.useState(0);
  const [renstraConfirm, setRenstraConfirm] = React.useState(false);

  const errorNotice = React.useCallback(
    (e: unknown): Notice => ({ intent: 'error', text: t.errorPrefix + (e instanceof Error ? e.message : String(e)) }),
    [t]
  );

  const refresh = React.useCallback(async () => {
    try {
      const [r, b] = await Promise.all([host.analyse(), host.backupInfo().catch(() => null)]);
      setReport(r);
      setBackup(b);
    } catch (e) {
      setNotice(errorNotice(e));
    }
  }, [host, errorNotice]);

  React.useEffect(() => {
    void refresh();
    host
      .getSettings()
      .then((s) => {
        setSettings(s.settings);
        setWarnings(s.warnings);
      })
      .catch((e) => setNotice(errorNotice(e)));
    const off = host.onSheetChange?.(() => {
      setLastRun(null);
      void refresh();
    });
    return () => off?.();
  }, [host, refresh, errorNotice]);

  // A ribbon command ran (shared runtime): show its outcome and read the sheet again.
  React.useEffect(() => {
    if (!commands) return;
    const show = (o: CommandOutcomeLike) => {
      if (o.needsConfirm && o.command === 'bangunRenstra') {
        setTab('ringkasan');
        setRenstraConfirm(true);
      }
      setNotice({ intent: o.ok ? 'success' : 'error', text: o.message });
      void refresh();
    };
    const last = commands.last();
    if (last) show(last);
    return commands.subscribe(show);
  }, [commands, refresh]);

  const act = React.useCallback<PaneContext['act']>(
    async (label, fn, after) => {
      // The previous message stays until the outcome replaces it, and the outcome is shown in the
      // same render that hides the progress bar: nothing moves while computing.
      setBusy({ label, fraction: null, step: '' });
      let outcome: Notice | null = null;
      let finish: (() => void) | null = null;
      try {
        const r = await fn((f, step) => setBusy({ label, fraction: Math.max(0, Math.min(1, f)), step }));
        // A run report carries the sheet's state and the outcome message.
        if (r && typeof r === 'object' && 'findings' in (r as object) && 'summary' in (r as object)) {
          let rr = r as unknown as RunReport;
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
          outcome = { intent: intentOf(rr), text: rr.message };
        } else {
          await refresh();
        }
        finish = () => after?.(r);
      } catch (e) {
        outcome = errorNotice(e);
      } finally {
        setBusy(null);
        setDone((n) => n + 1);
        if (outcome) setNotice(outcome);
        finish?.();
      }
    },
    [host, refresh, errorNotice]
  );

  const ctx: PaneContext = {
    host,
    t,
    report,
    lastRun,
    lastRunAt,
    settings,
    busy,
    backup,
    act,
    notify: setNotice,
    refresh,
    setSettings,
    setTab,
    setReport,
    renstraConfirm,
    setRenstraConfirm,
  };

  return (
    <div className={styles.root} lang={host.lang()} data-testid="pane" data-busy={busy ? 'true' : 'false'} data-done={done}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t.appTitle}</h1>
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        aria-label={t.tabsLabel}
        size="small"
      >
        <Tab value="ringkasan" id="tab-ringkasan" className={styles.tab}>{t.tabRingkasan}</Tab>
        <Tab value="temuan" id="tab-temuan" className={styles.tab}>
          {t.tabTemuan}
        </Tab>
        <Tab value="kolom" id="tab-kolom" className={styles.tab}>{t.tabKolom}</Tab>
        <Tab value="pengaturan" id="tab-pengaturan" className={styles.tab}>{t.tabPengaturan}</Tab>
      </TabList>
      {notice && (
        <MessageBar intent={notice.intent} className={styles.notice} layout="multiline" data-testid="notice">
          <MessageBarBody className={styles.noticeText}>
            {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            {notice.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={t.close} title={t.close} onClick={() => setNotice(null)}>
                ✕
              </Button>
            }
          />
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar intent="warning" className={styles.notice} layout="multiline">
          <MessageBarBody className={styles.noticeText}>
            <MessageBarTitle>{t.settingsWarnings}</MessageBarTitle>
            {warnings.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      <main className={styles.body} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'ringkasan' && <Ringkasan ctx={ctx} />}
        {tab === 'temuan' && <Temuan ctx={ctx} />}
        {tab === 'kolom' && <PemetaanKolom ctx={ctx} />}
        {tab === 'pengaturan' && <Pengaturan ctx={ctx} />}
        {tab === 'pengaturan' && <Kesiapan ctx={ctx} />}
      </main>
    </div>
  );
}

/** A run that finished is never shown as a failure: findings to review make it a warning. */
export function intentOf(r: RunReport): MessageBarIntent {
  if (r.noTable) return 'warning';
  if (r.summary.findings.galat > 0 || r.summary.findings.peringatan > 0) return 'warning';
  return 'success';
}
