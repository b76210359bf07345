/**
 * Per-indicator polarity, only where a decision is needed: the indicators flagged
 * `polaritas-perlu-dicek` and those the user already set; any other through the search box.
 * Shown 50 at a time, so 2,000 indicators never become 2,000 dropdowns.
 */
import * as React from 'react';
import { makeStyles, Button, Dropdown, Option, Field, Input, Text } from '@fluentui/react-components';
import type { Polaritas } from '../../core/types';
import type { Settings } from '../../core/settings';
import type { PaneContext } from '../context';
import { useSectionStyles } from '../styles';
import { PAGE, polarityCandidates, uniqueItems } from '../lists';

const useStyles = makeStyles({ full: { minWidth: 0, width: '100%' } });

export interface PolaritasIndikatorProps {
  ctx: PaneContext;
  polaritas: Settings['polaritas'];
  onChange: (next: Settings['polaritas']) => void;
}

/** Memoised: a keystroke in the scale editor does not re-render the list. */
export const PolaritasIndikator = React.memo(function PolaritasIndikator({ ctx, polaritas, onChange }: PolaritasIndikatorProps) {
  const s = useSectionStyles();
  const st = useStyles();
  const { t, report } = ctx;
  const [query, setQuery] = React.useState('');
  const [limit, setLimit] = React.useState(PAGE);
  const total = React.useMemo(() => uniqueItems(report?.tables ?? []).length, [report]);
  // The list is fixed while the user chooses (an indicator set back to positive stays on screen).
  const [chosenAtOpen] = React.useState(polaritas);
  const items = React.useMemo(() => polarityCandidates(report, chosenAtOpen, query), [report, chosenAtOpen, query]);
  React.useEffect(() => setLimit(PAGE), [query]);
  const polLabel = (p: Polaritas) => (p === 'negatif' ? t.polNegatif : p === 'rentang' ? t.polRentang : t.polPositif);

  return (
    <>
      <Text className={s.hint}>{t.polarityIntro}</Text>
      {total === 0 && <Text className={s.hint}>{t.polarityNone}</Text>}
      {total > 0 && (
        <Field label={t.polaritySearch}>
          <Input type="search" className={st.full} value={query} onChange={(_, d) => setQuery(d.value)} data-testid="polarity-search" />
        </Field>
      )}
      {total > 0 && items.length === 0 && <Text className={s.hint}>{query.trim() ? t.polarityNoMatch : t.polarityNoneNeeded}</Text>}
      {items.slice(0, limit).map((it) => {
        const fromColumn = it.polaritasSumber === 'kolom';
        const value: Polaritas = polaritas[it.key] ?? it.polaritas;
        return (
          <Field key={it.key} label={it.indikator} hint={fromColumn ? t.polarityFromColumn : undefined} data-testid="polarity-item">
            <Dropdown
              className={st.full}
              disabled={fromColumn}
              value={polLabel(value)}
              selectedOptions={[value]}
              onOptionSelect={(_, d) => {
                const v = d.optionValue as Polaritas;
                const next = { ...polaritas };
                if (v === 'positif') delete next[it.key];
                else next[it.key] = v;
                onChange(next);
              }}
            >
              <Option value="positif">{t.polPositif}</Option>
              <Option value="negatif">{t.polNegatif}</Option>
              <Option value="rentang">{t.polRentang}</Option>
            </Dropdown>
          </Field>
        );
      })}
      {items.length > limit && (
        <div>
          <Button onClick={() => setLimit(limit + PAGE)}>{t.showMore(Math.min(PAGE, items.length - limit))}</Button>
        </div>
      )}
    </>
  );
});
