/**
 * The task pane: Ringkasan, Temuan, Kolom (column mapping) and Pengaturan, on top of a CapaianHost.
 * The pane never touches Office.js: every read and write goes through the host.
 * Landmarks: a banner with the title, one main holding the tab list and the tab panel; outcomes
 * are announced through live regions that are always in the page.
 */
import * as React from 'react';
import { makeStyles, tokens, Tab, TabList } from '@fluentui/react-components';
import type { CapaianHost } from '../app/host';
import type { CommandFeed, PaneContext, TabId } from './context';
import { usePane } from './usePane';
import { NoticeBar, LiveRegions } from './components/NoticeBar';
import { Ringkasan } from './components/Ringkasan';
import { Temuan } from './components/Temuan';
import { Pengaturan } from './components/Pengaturan';
import { Kesiapan } from './components/Kesiapan';
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
  const { ctx, notice, warnings, done } = usePane(host, commands);
  const { t, tab, setTab, busy, notify } = ctx;
  const lang = host.lang();
  const bodyRef = useTabScroll(tab);
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
          {tab === 'pengaturan' && <Kesiapan ctx={ctx} />}
        </div>
      </main>
    </div>
  );
}

function tabLabel(t: PaneContext['t'], id: TabId): string {
  return { ringkasan: t.tabRingkasan, temuan: t.tabTemuan, kolom: t.tabKolom, pengaturan: t.tabPengaturan }[id];
}
