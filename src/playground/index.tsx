/**
 * Browser playground: the task pane on the left, the in-memory workbook on the right. No Office.
 *   playground.html?fixture=kupang-2023&lang=en
 *   &pane=270 (the pane's width in px, as Excel's task pane widths), &theme=dark (Office's dark theme),
 *   &besar=2000 (a generated workbook of 2,000 indicators instead of a fixture)
 * Exposes window.__capaian = { fake, host } for the end-to-end tests.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, makeStyles, tokens, Select, Field } from '@fluentui/react-components';
import { App } from '../taskpane/App';
import type { CapaianHost, Lang } from '../app/host';
import type { WorkbookSnapshot } from '../core/grid';
import { ui } from '../i18n/ui';
import { SheetView, type ViewableWorkbook } from './SheetView';
import { createPlayground } from './hosts';
import { tinySnapshot } from './mock';
import { besarSnapshot } from './besar';
import { fluentTheme, type OfficeThemeLike } from '../taskpane/theme';

declare global {
  interface Window {
    __capaian?: { fake: ViewableWorkbook; host: CapaianHost; real: boolean; fixture: string; ready: boolean };
  }
}

const useStyles = makeStyles({
  page: { display: 'flex', height: '100vh', fontFamily: tokens.fontFamilyBase },
  pane: {
    flexShrink: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    display: 'flex',
    flexDirection: 'column',
    overflow: 'hidden',
  },
  paneInner: { flexGrow: 1, overflow: 'auto' },
  right: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  bar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: '#107c41',
    color: '#fff',
  },
  barTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  fixtureField: { display: 'flex', alignItems: 'center', columnGap: '6px', color: '#fff', '& label': { color: '#fff' } },
  view: { flexGrow: 1, minHeight: 0 },
});

interface PlaygroundProps {
  parts: ReturnType<typeof createPlayground>;
  lang: Lang;
  fixture: string;
  fixtures: string[];
  paneWidth: number;
}

function Playground({ parts, lang, fixture, fixtures, paneWidth }: PlaygroundProps) {
  const st = useStyles();
  const t = ui(lang);
  const [version, setVersion] = React.useState(0);
  const bump = React.useCallback(() => setVersion((v) => v + 1), []);
  const listeners = React.useRef(new Set<() => void>());

  // The host the pane sees: the real one, plus a repaint of the workbook after every call and a
  // sheet-change signal when a person clicks another sheet tab in the picture.
  const host = React.useMemo<CapaianHost>(() => {
    const h = parts.host;
    const wrap = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) => async (...a: A) => {
      try {
        return await fn(...a);
      } finally {
        bump();
      }
    };
    return {
      lang: () => h.lang(),
      analyse: wrap(() => h.analyse()),
      hitung: wrap((p) => h.hitung(p)),
      periksa: wrap((p) => h.periksa(p)),
      backupInfo: () => h.backupInfo(),
      pulihkan: wrap(() => h.pulihkan()),
      selectCell: wrap((s: string, c: string) => h.selectCell(s, c)),
      getSettings: () => h.getSettings(),
      saveSettings: wrap((s) => h.saveSettings(s)),
      siapkanPengukuran: wrap(() => h.siapkanPengukuran()),
      bangunRenstra: wrap((o) => h.bangunRenstra(o)),
      ...(h.periksaKesiapan ? { periksaKesiapan: wrap(() => h.periksaKesiapan!()) } : {}),
      onSheetChange: (cb) => {
        listeners.current.add(cb);
        const off = h.onSheetChange?.(cb);
        return () => {
          listeners.current.delete(cb);
          off?.();
        };
      },
    };
  }, [parts, bump]);

  const lastSheet = React.useRef(parts.fake.activeSheet());
  const onEdited = React.useCallback(() => {
    bump();
    const now = parts.fake.activeSheet();
    if (now !== lastSheet.current) {
      lastSheet.current = now;
      for (const cb of listeners.current) cb();
    }
  }, [parts, bump]);
  // A sheet the host itself activated (Siapkan Lembar Pengukuran) also counts as a sheet change.
  React.useEffect(() => {
    const now = parts.fake.activeSheet();
    if (now !== lastSheet.current) {
      lastSheet.current = now;
      for (const cb of listeners.current) cb();
    }
  }, [version, parts]);

  return (
    <div className={st.page}>
      {/* Not a landmark: the pane brings its own (banner and main), as it does in Excel. */}
      <div className={st.pane} style={{ width: `${paneWidth}px` }} data-testid="pane-frame">
        <div className={st.paneInner}>
          <App host={host} />
        </div>
      </div>
      <section className={st.right} aria-label={t.pgTitle}>
        <div className={st.bar}>
          <h1 className={st.barTitle}>{t.pgTitle}</h1>
          <Field className={st.fixtureField} label={t.pgFixture} orientation="horizontal" size="small">
            <Select
              size="small"
              value={fixture}
              onChange={(_, d) => {
                const u = new URL(window.location.href);
                u.searchParams.set('fixture', d.value);
                window.location.href = u.toString();
              }}
            >
              {fixtures.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className={st.view}>
          <SheetView wb={parts.fake} t={t} version={version} onEdited={onEdited} />
        </div>
      </section>
    </div>
  );
}

async function main() {
  const params = new URLSearchParams(window.location.search);
  const lang: Lang = params.get('lang') === 'en' ? 'en' : 'id';
  document.documentElement.lang = lang;
  let fixtures: string[] = [];
  try {
    fixtures = await (await fetch('fixtures/index.json')).json();
  } catch {
    fixtures = [];
  }
  const fixture = params.get('fixture') ?? (fixtures.includes('kupang-2023') ? 'kupang-2023' : fixtures[0] ?? '');
  let snapshot: WorkbookSnapshot = tinySnapshot();
  const besar = Number(params.get('besar'));
  if (Number.isInteger(besar) && besar > 0) {
    snapshot = besarSnapshot(Math.min(besar, 20000));
  } else if (fixture && fixtures.includes(fixture)) {
    snapshot = await (await fetch(`fixtures/${encodeURIComponent(fixture)}.json`)).json();
  }
  if (params.get('sheet')) snapshot.activeSheet = params.get('sheet') as string;
  const parts = createPlayground(snapshot, lang, params.get('mock') === '1');
  if (!parts.real) console.warn(`Capaian PK playground: stand-in host in use (${parts.reason ?? ''})`);
  window.__capaian = { fake: parts.fake, host: parts.host, real: parts.real, fixture, ready: true };
  const el = document.getElementById('root') as HTMLElement;
  const paneWidth = Math.max(200, Math.min(600, Number(params.get('pane')) || 320));
  // Office's theme colours as Excel reports them (Office.context.officeTheme): dark grey or white.
  const office: OfficeThemeLike =
    params.get('theme') === 'dark'
      ? { bodyBackgroundColor: '#292929', bodyForegroundColor: '#FFFFFF' }
      : { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000' };
  const theme = fluentTheme(office);
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  createRoot(el).render(
    <FluentProvider theme={theme} style={{ height: '100%' }}>
      <Playground parts={parts} lang={lang} fixture={fixture} fixtures={fixtures} paneWidth={paneWidth} />
    </FluentProvider>
  );
}

void main();
