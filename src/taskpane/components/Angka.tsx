/**
 * The counts: what the engine reads on the sheet now (before any run: what Hitung would compute),
 * and apart from it, what the last run on this sheet wrote.
 */
import * as React from 'react';
import { makeStyles, tokens, Text } from '@fluentui/react-components';
import type { PaneContext } from '../context';
import { useSectionStyles } from '../styles';

const useStyles = makeStyles({
  counts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(72px, 1fr))', gap: tokens.spacingHorizontalS, margin: 0 },
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
});

export function Angka({ ctx }: { ctx: PaneContext }) {
  const s = useSectionStyles();
  const st = useStyles();
  const { t, report, lastRun } = ctx;
  const sum = report?.summary;
  const ran = lastRun && lastRun.sheet === report?.sheet ? lastRun : null;
  const found = ran ? ran.summary.findings.galat + ran.summary.findings.peringatan + ran.summary.findings.info : 0;
  return (
    <>
      <section className={s.section} aria-labelledby="h-angka">
        <h2 id="h-angka" className={s.h2}>{t.nowTitle}</h2>
        <dl className={st.counts} data-testid="counts">
          <Count label={t.countIndicators} value={sum?.indicators} testId="count-indikator" />
          <Count label={t.countCapaian} value={sum?.capaian} testId="count-capaian" />
          <Count label={t.countNA} value={sum?.na} testId="count-na" />
          <Count label={t.countGalat} value={sum?.findings.galat} testId="count-galat" tone={st.galat} />
          <Count label={t.countPeringatan} value={sum?.findings.peringatan} testId="count-peringatan" tone={st.peringatan} />
          <Count label={t.countInfo} value={sum?.findings.info} testId="count-info" />
        </dl>
      </section>
      <section className={s.section} aria-labelledby="h-hasil" data-testid="last-run">
        <h2 id="h-hasil" className={s.h2}>{t.lastRunTitle}</h2>
        {!ran && <Text className={s.hint}>{t.noRunYet}</Text>}
        {ran && (
          <dl className={st.counts}>
            {ran.mode === 'hitung' && <Count label={t.ranCapaian} value={ran.summary.capaian} testId="ran-capaian" />}
            {ran.mode === 'hitung' && <Count label={t.ranNA} value={ran.summary.na} testId="ran-na" />}
            <Count label={t.ranFindings} value={found} testId="ran-temuan" />
            <Count label={t.ranComments} value={ran.commentsWritten} testId="ran-komentar" />
          </dl>
        )}
      </section>
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
