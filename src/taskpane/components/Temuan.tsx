/**
 * Temuan: the findings of the sheet, with the indicator they are about, a search over indicator
 * names and messages, filters by severity and rule, and a list shown 50 at a time (a workbook of
 * 2,000 indicators renders 50 buttons, not 2,000).
 */
import * as React from 'react';
import { makeStyles, tokens, Button, Dropdown, Option, Field, Input, Text } from '@fluentui/react-components';
import type { Finding, RuleId, Severity } from '../../core/types';
import type { PaneContext } from '../context';
import { useSectionStyles } from '../styles';
import { filterFindings, indicatorNames, isFiltered, NO_FILTER, PAGE, SEVERITIES, type FindingFilter } from '../lists';
import { DaftarTemuan } from './DaftarTemuan';

const useStyles = makeStyles({
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(110px, 1fr))', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  full: { minWidth: 0, width: '100%' },
});

export function Temuan({ ctx }: { ctx: PaneContext }) {
  const s = useSectionStyles();
  const st = useStyles();
  const { t, report, lastRun, host, busy } = ctx;
  const [filter, setFilter] = React.useState<FindingFilter>(NO_FILTER);
  const [limit, setLimit] = React.useState(PAGE);
  const all = React.useMemo(() => report?.findings ?? [], [report]);
  const nameOf = React.useMemo(() => indicatorNames(report?.tables ?? []), [report]);
  const shown = React.useMemo(() => filterFindings(all, filter, nameOf), [all, filter, nameOf]);
  const rules = React.useMemo(() => Array.from(new Set(all.map((f) => f.rule))).sort(), [all]);
  React.useEffect(() => setLimit(PAGE), [filter, report]);
  const set = (patch: Partial<FindingFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const ranHere = lastRun && lastRun.sheet === report?.sheet ? lastRun : null;

  const pick = (f: Finding) => {
    host.selectCell(f.sheet, f.cell).catch(() => ctx.notify({ intent: 'error', text: t.goToCell(f.cell) }));
  };

  return (
    <>
      <section className={s.section} aria-labelledby="h-temuan">
        <h2 id="h-temuan" className={s.h2}>{t.findingsTitle}</h2>
        <Text data-testid="findings-count">{t.findingsCount(shown.length, all.length)}</Text>
        <Text className={s.hint} data-testid="comments-count">{ranHere ? t.commentsCount(ranHere.commentsWritten) : t.commentsUnknown}</Text>
        {ranHere && <Text className={s.hint} data-testid="comments-explain">{t.commentsExplain}</Text>}
        <div className={s.row}>
          <Button disabledFocusable={!!busy} onClick={() => void ctx.act(t.rewriteComments, (p) => host.periksa(p))}>
            {t.rewriteComments}
          </Button>
        </div>
        <Field label={t.search}>
          <Input type="search" className={st.full} value={filter.query} onChange={(_, d) => set({ query: d.value })} data-testid="findings-search" />
        </Field>
        <div className={st.filters}>
          <Field label={t.filterSeverity}>
            <Dropdown
              className={st.full}
              value={filter.severity === 'semua' ? t.all : t.severity[filter.severity]}
              selectedOptions={[filter.severity]}
              onOptionSelect={(_, d) => set({ severity: (d.optionValue as Severity | 'semua') ?? 'semua' })}
            >
              <Option value="semua">{t.all}</Option>
              {SEVERITIES.map((x) => (
                <Option key={x} value={x}>{t.severity[x]}</Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t.filterRule}>
            <Dropdown
              className={st.full}
              value={filter.rule === 'semua' ? t.all : t.rule[filter.rule]}
              selectedOptions={[filter.rule]}
              onOptionSelect={(_, d) => set({ rule: (d.optionValue as RuleId | 'semua') ?? 'semua' })}
            >
              <Option value="semua">{t.all}</Option>
              {rules.map((r) => (
                <Option key={r} value={r}>{t.rule[r]}</Option>
              ))}
            </Dropdown>
          </Field>
        </div>
        {isFiltered(filter) && (
          <div>
            <Button size="small" onClick={() => setFilter(NO_FILTER)}>{t.clearFilter}</Button>
          </div>
        )}
      </section>

      {all.length === 0 && <Text>{t.noFindings}</Text>}
      {all.length > 0 && shown.length === 0 && <Text>{t.noFindingsFilter}</Text>}
      {shown.length > 0 && (
        <DaftarTemuan ctx={ctx} findings={shown.slice(0, limit)} nameOf={nameOf} onPick={pick} ranHere={ranHere} />
      )}
      {shown.length > limit && (
        <div>
          <Button onClick={() => setLimit(limit + PAGE)}>{t.showMore(Math.min(PAGE, shown.length - limit))}</Button>
        </div>
      )}
    </>
  );
}
