import * as React from 'react';
import {
  makeStyles,
  tokens,
  Button,
  ProgressBar,
  Field,
  Text,
  Badge,
  Dialog,
  DialogSurface,
  DialogBody,
  DialogTitle,
  DialogContent,
  DialogActions,
} from '@fluentui/react-components';
import type { BackupInfo, TableSummary } from '../../app/host';
import type { PaneContext } from '../context';
import { useSectionStyles } from '../styles';

const useStyles = makeStyles({
  // The progress area keeps its height whether or not a run is going on: no layout shift.
  // Fixed height whatever it shows (status line or progress bar): nothing below it moves.
  progress: { height: '60px', overflow: 'hidden', display: 'flex', flexDirection: 'column', justifyContent: 'center' },
  idle: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hidden: { visibility: 'hidden' },
  oneLine: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  count: {
    display: 'flex',
    flexDirection: 'column-reverse',
    justifyContent: 'flex-end',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  countLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0, overflowWrap: 'anywhere' },
  countValue: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  galat: { color: tokens.colorPaletteRedForeground1 },
  peringatan: { color: tokens.colorPaletteDarkOrangeForeground1 },
  dl: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, rowGap: '2px', margin: 0, fontSize: tokens.fontSizeBase200 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  remarks: { margin: 0, paddingLeft: '16px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export function Ringkasan({ ctx }: { ctx: PaneContext }) {
  const s = useSectionStyles();
  const st = useStyles();
  const { t, report, busy, host } = ctx;
  const [restoreInfo, setRestoreInfo] = React.useState<BackupInfo | null>(null);
  const { renstraConfirm, setRenstraConfirm } = ctx;
  const sum = report?.summary;
  const hasPk = !!report?.tables.some((x) => x.kind === 'pk');
  const disabled = !!busy;

  const openRestore = async () => {
    const info = await host.backupInfo().catch(() => null);
    if (!info) {
      ctx.notify({ intent: 'info', text: t.pulihkanNone });
      return;
    }
    setRestoreInfo(info);
  };

  const doRestore = () => {
    setRestoreInfo(null);
    void ctx.act(t.pulihkan, async () => {
      const r = await host.pulihkan();
      return r;
    }, (r) => ctx.notify({ intent: 'success', text: r.message }));
  };

  const doRenstra = (confirmReplace: boolean) => {
    setRenstraConfirm(false);
    void ctx.act(t.renstra, () => host.bangunRenstra({ confirmReplace }), (r) => {
      if (r.needsConfirm) setRenstraConfirm(true);
      else ctx.notify({ intent: r.sheet ? 'success' : 'warning', text: r.message });
    });
  };

  return (
    <>
      <section className={s.section} aria-labelledby="h-aksi">
        <h2 id="h-aksi" className={s.h2}>
          {report ? t.activeSheet(report.sheet) : t.loading}
        </h2>
        <div className={s.row}>
          <Button
            appearance="primary"
            disabled={disabled}
            aria-describedby="hint-hitung"
            onClick={() => void ctx.act(t.hitung, (p) => host.hitung(p))}
          >
            {t.hitung}
          </Button>
          <Button disabled={disabled} aria-describedby="hint-periksa" onClick={() => void ctx.act(t.periksa, (p) => host.periksa(p))}>
            {t.periksa}
          </Button>
        </div>
        <Text id="hint-hitung" className={s.hint}>
          {t.hitungHint} <span id="hint-periksa">{t.periksa}: {t.periksaHint}</span>
        </Text>
        <div className={st.progress} aria-live="polite">
          {busy ? (
            <Field
              label={busy.label}
              validationMessage={{ children: busy.step || t.working, className: st.oneLine }}
              validationState="none"
            >
              <ProgressBar value={busy.fraction ?? undefined} thickness="large" aria-label={t.progressLabel} />
            </Field>
          ) : (
            <Text className={st.idle} data-testid="status">
              {ctx.lastRun ? t.lastRun(ctx.lastRun.mode === 'hitung' ? t.hitung : t.periksa, formatWhen(ctx.lastRunAt ?? '', host.lang())) : t.idle}
            </Text>
          )}
        </div>
      </section>

      <section className={s.section} aria-labelledby="h-angka">
        <h2 id="h-angka" className={s.h2}>{t.countsTitle}</h2>
        <dl className={st.counts} data-testid="counts">
          <Count label={t.countIndicators} value={sum?.indicators} testId="count-indikator" />
          <Count label={t.countCapaian} value={sum?.capaian} testId="count-capaian" />
          <Count label={t.countNA} value={sum?.na} testId="count-na" />
          <Count label={t.countGalat} value={sum?.findings.galat} testId="count-galat" tone={st.galat} />
          <Count label={t.countPeringatan} value={sum?.findings.peringatan} testId="count-peringatan" tone={st.peringatan} />
          <Count label={t.countInfo} value={sum?.findings.info} testId="count-info" />
        </dl>
      </section>

      <section className={s.section} aria-labelledby="h-tabel">
        <h2 id="h-tabel" className={s.h2}>{t.tablesTitle}</h2>
        {report && report.tables.length === 0 && <Text>{t.noTables}</Text>}
        {report?.tables.map((tb) => <TableCard key={tb.id} tb={tb} ctx={ctx} />)}
      </section>

      <section className={s.section} aria-labelledby="h-lain">
        <h2 id="h-lain" className={s.h2}>{t.otherActions}</h2>
        {hasPk && (
          <>
            <Button
              disabled={disabled}
              aria-describedby="hint-siapkan"
              onClick={() =>
                void ctx.act(t.siapkan, () => host.siapkanPengukuran(), (r) => ctx.notify({ intent: 'success', text: r.message }))
              }
            >
              {t.siapkan}
            </Button>
            <Text id="hint-siapkan" className={s.hint}>{t.siapkanHint}</Text>
          </>
        )}
        <Button disabled={disabled} aria-describedby="hint-renstra" onClick={() => doRenstra(false)}>
          {t.renstra}
        </Button>
        <Text id="hint-renstra" className={s.hint}>{t.renstraHint}</Text>
        <Button disabled={disabled} aria-describedby="hint-pulihkan" onClick={() => void openRestore()}>
          {t.pulihkan}
        </Button>
        <Text id="hint-pulihkan" className={s.hint}>{t.pulihkanHint}</Text>
      </section>

      <Dialog open={!!restoreInfo} onOpenChange={(_, d) => !d.open && setRestoreInfo(null)}>
        <DialogSurface aria-describedby="pulihkan-body">
          <DialogBody>
            <DialogTitle>{t.pulihkanTitle}</DialogTitle>
            <DialogContent id="pulihkan-body">
              {restoreInfo && (
                <>
                  <p>{t.pulihkanBody(restoreInfo.cells, restoreInfo.comments, restoreInfo.sheet, formatWhen(restoreInfo.when, host.lang()))}</p>
                  {restoreInfo.sheets.length > 0 && <p>{t.pulihkanSheets(restoreInfo.sheets.join(', '))}</p>}
                </>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={doRestore}>{t.pulihkan}</Button>
              <Button onClick={() => setRestoreInfo(null)}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      <Dialog open={renstraConfirm} onOpenChange={(_, d) => !d.open && setRenstraConfirm(false)}>
        <DialogSurface aria-describedby="renstra-body">
          <DialogBody>
            <DialogTitle>{t.renstraConfirmTitle}</DialogTitle>
            <DialogContent id="renstra-body">{t.renstraConfirmBody}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => doRenstra(true)}>{t.replace}</Button>
              <Button onClick={() => setRenstraConfirm(false)}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}

function Count({ label, value, testId, tone }: { label: string; value: number | undefined; testId: string; tone?: string }) {
  const st = useStyles();
  return (
    <div className={st.count}>
      <dt className={st.countLabel}>{label}</dt>
      <dd className={`${st.countValue} ${value ? tone ?? '' : ''}`} data-testid={testId}>
        {value ?? '–'}
      </dd>
    </div>
  );
}

function TableCard({ tb, ctx }: { tb: TableSummary; ctx: PaneContext }) {
  const s = useSectionStyles();
  const st = useStyles();
  const { t } = ctx;
  const col = (c: string | undefined, added?: string) => (c ? t.column(c) : added ? t.colAdded(added) : t.colNone);
  const label = `${t.kind[tb.kind]}${tb.year ? ` ${tb.year}` : ''}`;
  return (
    <article className={s.card} aria-label={`${label}, ${tb.range}`} data-testid="table-card">
      <div className={s.row}>
        <h3 className={s.h3}>{label}</h3>
        {tb.mapped && <Badge appearance="tint" color="informative">{t.tableMapped}</Badge>}
      </div>
      <Text size={200}>{t.indicatorsOf(tb.indicators, tb.capaian, tb.na)}</Text>
      <dl className={st.dl}>
        <dt className={st.dt}>{t.tableRange}</dt>
        <dd className={st.dd}>{tb.range}</dd>
        <dt className={st.dt}>{t.colTarget}</dt>
        <dd className={st.dd}>{col(tb.columns.target)}</dd>
        {tb.kind !== 'pk' && tb.kind !== 'renstra' && (
          <>
            <dt className={st.dt}>{t.colRealisasi}</dt>
            <dd className={st.dd}>{col(tb.columns.realisasi)}</dd>
            <dt className={st.dt}>{t.colCapaian}</dt>
            <dd className={st.dd}>{col(tb.columns.capaian, tb.appended?.capaian)}</dd>
            <dt className={st.dt}>{t.colKlasifikasi}</dt>
            <dd className={st.dd}>{col(tb.columns.klasifikasi, tb.appended?.klasifikasi)}</dd>
          </>
        )}
      </dl>
      {tb.remarks.length > 0 && (
        <ul className={st.remarks}>
          {tb.remarks.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

export function formatWhen(iso: string, lang: 'id' | 'en'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return d.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return iso;
  }
}
