/** One recognised table: kind, year, range, the columns read, and the recogniser's remarks. */
import * as React from 'react';
import { makeStyles, tokens, Text, Badge } from '@fluentui/react-components';
import type { TableSummary } from '../../app/host';
import type { PaneContext } from '../context';
import { useSectionStyles } from '../styles';

const useStyles = makeStyles({
  dl: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, rowGap: '2px', margin: 0, fontSize: tokens.fontSizeBase200 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  remarks: { margin: 0, paddingLeft: '16px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export function KartuTabel({ tb, ctx }: { tb: TableSummary; ctx: PaneContext }) {
  const s = useSectionStyles();
  const st = useStyles();
  const { t } = ctx;
  // "Added" only once a Hitung on this sheet has written the column; before, it "will be added".
  const written = ctx.lastRun?.mode === 'hitung' && ctx.lastRun.sheet === tb.sheet;
  const col = (c: string | undefined, added?: string) => (c ? t.column(c) : added ? (written ? t.colAdded(added) : t.colWillAdd(added)) : t.colNone);
  const label = `${t.kind[tb.kind]}${tb.year ? ` ${tb.year}` : ''}`;
  const measured = tb.kind === 'pengukuran';
  return (
    <article className={s.card} aria-label={`${label}, ${tb.range}`} data-testid="table-card">
      <div className={s.row}>
        <h3 className={s.h3}>{label}</h3>
        {tb.mapped && <Badge appearance="tint" color="informative">{t.tableMapped}</Badge>}
      </div>
      <Text size={200} data-testid="table-counts">{measured ? t.indicatorsOf(tb.indicators, tb.capaian, tb.na) : t.indicatorsOnly(tb.indicators)}</Text>
      <dl className={st.dl}>
        <dt className={st.dt}>{t.tableRange}</dt>
        <dd className={st.dd}>{tb.range}</dd>
        <dt className={st.dt}>{t.colTarget}</dt>
        <dd className={st.dd}>{col(tb.columns.target)}</dd>
        {measured && (
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
