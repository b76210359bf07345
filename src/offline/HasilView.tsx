/**
 * One workbook's result on the offline page: the counts and tables the task pane's Ringkasan
 * shows, the findings as its Temuan tab lists them, a chart per pengukuran table, the download.
 */
import * as React from 'react';
import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { areaA1 } from '../core/grid';
import type { Severity } from '../core/types';
import type { UiStrings } from '../i18n/ui';
import { useSectionStyles } from '../taskpane/styles';
import { Grafik } from './Grafik';
import { namaKeluaran, type HasilHitung } from './hitung';
import type { TeksLuring } from '../i18n/luring';
import { unduh } from './unduh';

const useStyles = makeStyles({
  counts: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: tokens.spacingHorizontalS, margin: 0 },
  count: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, margin: 0 },
  countValue: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  finding: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  chart: { overflowX: 'auto' },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { galat: 'danger', peringatan: 'warning', info: 'informative' };

function Angka({ h, u }: { h: HasilHitung; u: UiStrings }) {
  const s = useStyles();
  const f = h.summary.findings;
  const indikator = h.analysis.tables.reduce((n, t) => n + t.items.length, 0);
  const rows: Array<[string, number, string]> = [
    [u.countIndicators, indikator, 'indikator'],
    [u.countCapaian, h.summary.capaian, 'capaian'],
    [u.countNA, h.summary.na, 'na'],
    [u.countGalat, f.galat, 'galat'],
    [u.countPeringatan, f.peringatan, 'peringatan'],
    [u.countInfo, f.info, 'info'],
  ];
  return (
    <dl className={s.counts}>
      {rows.map(([label, n, key]) => (
        <div key={key} className={s.count} data-angka={key}>
          <dd className={s.countValue}>{n}</dd>
          <dt>{label}</dt>
        </div>
      ))}
    </dl>
  );
}

function Tabel({ h, u }: { h: HasilHitung; u: UiStrings }) {
  const c = useSectionStyles();
  const s = useStyles();
  return (
    <section className={c.section}>
      <h3 className={c.h3}>{u.tablesTitle}</h3>
      <ul className={s.list}>
        {h.analysis.tables.map((t) => (
          <li key={t.id}>
            <Text>{`${t.sheet}!${areaA1(t.area)} · ${u.kind[t.kind]}${t.year ? ` ${t.year}` : ''} · ${t.items.length} ${u.countIndicators.toLowerCase()}`}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DaftarTemuan({ h, u }: { h: HasilHitung; u: UiStrings }) {
  const c = useSectionStyles();
  const s = useStyles();
  const all = h.analysis.findings;
  return (
    <section className={c.section} aria-label={u.findingsTitle}>
      <h3 className={c.h3}>{`${u.findingsTitle} (${u.findingsCount(all.length, all.length)})`}</h3>
      <ul className={s.list} data-temuan-list="">
        {all.map((f, i) => (
          <li key={`${f.sheet}!${f.cell}#${f.rule}#${i}`} className={s.finding} data-rule={f.rule}>
            <Badge appearance="tint" color={BADGE[f.severity]}>{u.severity[f.severity]}</Badge>
            <Text weight="semibold">{`${f.sheet}!${f.cell}`}</Text>
            <Text>{f.message}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HasilView({ h, u, t }: { h: HasilHitung; u: UiStrings; t: TeksLuring }) {
  const c = useSectionStyles();
  const s = useStyles();
  const out = namaKeluaran(h.file);
  const charts = h.analysis.tables.filter((x) => x.kind === 'pengukuran' && x.items.some((it) => it.capaian !== null));
  return (
    <article className={c.section} data-hasil={h.file}>
      <h2 className={c.h2}>{h.file}</h2>
      <Angka h={h} u={u} />
      <div className={c.row}>
        <Button appearance="primary" onClick={() => unduh(h.output, out)}>
          {t.download}
        </Button>
        <Text className={c.hint}>{t.downloadHint(out)}</Text>
      </div>
      {h.warnings.length > 0 && <Text className={c.hint}>{`${t.warnings}: ${h.warnings.join(' ')}`}</Text>}
      <Tabel h={h} u={u} />
      <section className={c.section}>
        <h3 className={c.h3}>{t.chartTitle}</h3>
        {charts.length === 0 && <Text className={c.hint}>{t.chartEmpty}</Text>}
        {charts.map((tb) => (
          <figure key={tb.id} className={s.chart}>
            <figcaption>{t.chartTable(tb.sheet)}</figcaption>
            <Grafik table={tb} title={t.chartTitle} desc={t.chartDesc} />
          </figure>
        ))}
      </section>
      <DaftarTemuan h={h} u={u} />
    </article>
  );
}
