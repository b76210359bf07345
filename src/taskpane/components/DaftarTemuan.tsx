/** The visible page of findings, grouped by severity; each finding is a button that selects its cell. */
import * as React from 'react';
import { makeStyles, tokens, Badge } from '@fluentui/react-components';
import type { RunReport } from '../../app/host';
import type { Finding, Severity } from '../../core/types';
import type { PaneContext } from '../context';
import { SEVERITIES } from '../lists';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  head: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  rule: { display: 'block', color: tokens.colorNeutralForeground3 },
  note: { display: 'block', marginTop: '2px', fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  group: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
});

const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { galat: 'danger', peringatan: 'warning', info: 'informative' };

/** Capaian cells a Hitung on this sheet has rewritten: a finding there names the value typed before. */
function rewrittenCells(ranHere: RunReport | null): (f: Finding) => boolean {
  if (!ranHere || ranHere.mode !== 'hitung') return () => false;
  const cols = new Set(ranHere.tables.filter((tb) => tb.sheet === ranHere.sheet).map((tb) => tb.columns.capaian).filter(Boolean));
  return (f) => f.sheet === ranHere.sheet && f.rule === 'capaian-tidak-sesuai' && cols.has(f.cell.replace(/\d+$/, ''));
}

export interface DaftarTemuanProps {
  ctx: PaneContext;
  findings: Finding[];
  nameOf: (f: Finding) => string | null;
  onPick: (f: Finding) => void;
  ranHere: RunReport | null;
}

export function DaftarTemuan({ ctx, findings, nameOf, onPick, ranHere }: DaftarTemuanProps) {
  const st = useStyles();
  const { t, report } = ctx;
  const [picked, setPicked] = React.useState<string | null>(null);
  const rewritten = React.useMemo(() => rewrittenCells(ranHere), [ranHere]);
  const key = (f: Finding) => `${f.sheet}!${f.cell}#${f.rule}`;
  return (
    <>
      {SEVERITIES.map((sv) => {
        const ofSev = findings.filter((f) => f.severity === sv);
        if (ofSev.length === 0) return null;
        return (
          <section key={sv} aria-labelledby={`h-sev-${sv}`} data-severity={sv}>
            <h3 id={`h-sev-${sv}`} className={st.group}>
              {t.severity[sv]}
              <Badge appearance="filled" color={COLOR[sv]}>{ofSev.length}</Badge>
            </h3>
            <ul className={st.list}>
              {ofSev.map((f, i) => {
                const name = nameOf(f);
                const where = `${f.sheet !== report?.sheet ? `${f.sheet}!` : ''}${f.cell}`;
                return (
                  <li key={`${key(f)}#${i}`}>
                    <button
                      type="button"
                      className={`${st.item} ${picked === key(f) ? st.selected : ''}`}
                      aria-label={t.findingAria(t.severity[f.severity], f.cell, `${name ? `${name}. ` : ''}${f.message}`)}
                      aria-current={picked === key(f) ? 'true' : undefined}
                      title={t.goToCell(f.cell)}
                      data-testid="finding"
                      data-cell={f.cell}
                      data-sheet={f.sheet}
                      data-rule={f.rule}
                      onClick={() => {
                        setPicked(key(f));
                        onPick(f);
                      }}
                    >
                      <span className={st.head} data-testid="finding-indikator">
                        {where}
                        {name ? ` · ${name}` : ` · ${t.rowOf(f.row)}`}
                      </span>
                      <span className={st.rule}>{t.rule[f.rule]}</span>
                      {f.message}
                      {rewritten(f) && <span className={st.note} data-testid="finding-rewritten">{t.rewritten}</span>}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
