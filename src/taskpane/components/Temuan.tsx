import * as React from 'react';
import {
  makeStyles,
  tokens,
  Accordion,
  AccordionItem,
  AccordionHeader,
  AccordionPanel,
  Button,
  Dropdown,
  Option,
  Field,
  Text,
  Badge,
} from '@fluentui/react-components';
import type { Finding, RuleId, Severity } from '../../core/types';
import type { PaneContext } from '../context';
import { useSectionStyles } from '../styles';

const SEVERITIES: Severity[] = ['galat', 'peringatan', 'info'];

const useStyles = makeStyles({
  filters: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS },
  dropdown: { minWidth: 0, width: '100%' },
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
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  ruleHead: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  headerText: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function Temuan({ ctx }: { ctx: PaneContext }) {
  const s = useSectionStyles();
  const st = useStyles();
  const { t, report, lastRun, host, busy } = ctx;
  const [sev, setSev] = React.useState<Severity | 'semua'>('semua');
  const [rule, setRule] = React.useState<RuleId | 'semua'>('semua');
  const [picked, setPicked] = React.useState<string | null>(null);
  const all = report?.findings ?? [];
  const rules = Array.from(new Set(all.map((f) => f.rule))).sort();
  const shown = all.filter((f) => (sev === 'semua' || f.severity === sev) && (rule === 'semua' || f.rule === rule));
  const key = (f: Finding) => `${f.sheet}!${f.cell}#${f.rule}`;

  const pick = (f: Finding) => {
    setPicked(key(f));
    host.selectCell(f.sheet, f.cell).catch((e) => ctx.notify({ intent: 'error', text: t.errorPrefix + String(e?.message ?? e) }));
  };

  const openSev = SEVERITIES.filter((x) => shown.some((f) => f.severity === x));

  return (
    <>
      <section className={s.section} aria-labelledby="h-temuan">
        <h2 id="h-temuan" className={s.h2}>{t.findingsTitle}</h2>
        <Text data-testid="findings-count">{t.findingsCount(shown.length, all.length)}</Text>
        <Text className={s.hint} data-testid="comments-count">
          {lastRun ? t.commentsCount(lastRun.commentsWritten) : t.commentsUnknown}
        </Text>
        <div className={s.row}>
          <Button disabled={!!busy} onClick={() => void ctx.act(t.rewriteComments, (p) => host.periksa(p))}>
            {t.rewriteComments}
          </Button>
        </div>
        <div className={st.filters}>
          <Field label={t.filterSeverity}>
            <Dropdown
              className={st.dropdown}
              value={sev === 'semua' ? t.all : t.severity[sev]}
              selectedOptions={[sev]}
              onOptionSelect={(_, d) => setSev((d.optionValue as Severity | 'semua') ?? 'semua')}
            >
              <Option value="semua">{t.all}</Option>
              {SEVERITIES.map((x) => (
                <Option key={x} value={x}>{t.severity[x]}</Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t.filterRule}>
            <Dropdown
              className={st.dropdown}
              value={rule === 'semua' ? t.all : t.rule[rule]}
              selectedOptions={[rule]}
              onOptionSelect={(_, d) => setRule((d.optionValue as RuleId | 'semua') ?? 'semua')}
            >
              <Option value="semua">{t.all}</Option>
              {rules.map((r) => (
                <Option key={r} value={r}>{t.rule[r]}</Option>
              ))}
            </Dropdown>
          </Field>
        </div>
      </section>

      {all.length === 0 && <Text>{t.noFindings}</Text>}
      {all.length > 0 && shown.length === 0 && <Text>{t.noFindingsFilter}</Text>}
      {shown.length > 0 && (
        <Accordion multiple collapsible defaultOpenItems={openSev} key={openSev.join()}>
          {SEVERITIES.map((sv) => {
            const ofSev = shown.filter((f) => f.severity === sv);
            if (ofSev.length === 0) return null;
            const byRule = new Map<RuleId, Finding[]>();
            for (const f of ofSev) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
            return (
              <AccordionItem key={sv} value={sv}>
                <AccordionHeader>
                  <span className={st.headerText}>
                    {t.severity[sv]}
                    <Badge appearance="filled" color={sv === 'galat' ? 'danger' : sv === 'peringatan' ? 'warning' : 'informative'}>
                      {ofSev.length}
                    </Badge>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  {[...byRule.entries()].map(([r, fs]) => (
                    <div key={r} data-rule={r}>
                      <h3 className={st.ruleHead}>
                        {t.rule[r]} ({fs.length})
                      </h3>
                      <ul className={st.list}>
                        {fs.map((f) => (
                          <li key={key(f) + f.message}>
                            <button
                              type="button"
                              className={`${st.item} ${picked === key(f) ? st.selected : ''}`}
                              aria-label={t.findingAria(t.severity[f.severity], f.cell, f.message)}
                              aria-current={picked === key(f) ? 'true' : undefined}
                              title={t.goToCell(f.cell)}
                              data-testid="finding"
                              data-cell={f.cell}
                              data-sheet={f.sheet}
                              onClick={() => pick(f)}
                            >
                              <span className={st.cell}>
                                {f.sheet !== report?.sheet ? `${f.sheet}!` : ''}
                                {f.cell}
                              </span>
                              {f.message}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </>
  );
}
