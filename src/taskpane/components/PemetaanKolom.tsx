import * as React from 'react';
import { makeStyles, tokens, Button, Dropdown, Option, Field, Text } from '@fluentui/react-components';
import { colLetter, parseArea } from '../../core/grid';
import { settingsSchema, validate, type ColumnMapping, type Settings } from '../../core/settings';
import type { Role } from '../../core/types';
import type { TableSummary } from '../../app/host';
import type { PaneContext } from '../context';
import { useSectionStyles } from '../styles';

export const MAPPED_ROLES: Role[] = ['sasaran', 'indikator', 'target', 'realisasi', 'capaian', 'klasifikasi', 'keterangan'];
const NONE = '-';

const useStyles = makeStyles({
  full: { minWidth: 0, width: '100%' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function PemetaanKolom({ ctx }: { ctx: PaneContext }) {
  const s = useSectionStyles();
  const st = useStyles();
  const { t, report, settings, host, busy } = ctx;
  const tables = (report?.tables ?? []).filter((x) => x.kind !== 'renstra');
  const [tableId, setTableId] = React.useState<string | null>(null);
  const tb: TableSummary | undefined = tables.find((x) => x.id === tableId) ?? tables[0];
  const sheet = report?.sheet ?? '';
  const existing: ColumnMapping[] = (settings?.pemetaanKolom[sheet] ?? []) as ColumnMapping[];
  const [cols, setCols] = React.useState<Partial<Record<Role, string>>>({});

  React.useEffect(() => {
    if (!tb) return;
    const m = existing.find((x) => x.headerRow === tb.headerRow) ?? (existing.length === 1 && existing[0].headerRow === undefined ? existing[0] : undefined);
    const init: Partial<Record<Role, string>> = {};
    for (const r of MAPPED_ROLES) {
      const c = (m?.columns as Partial<Record<Role, string>> | undefined)?.[r] ?? tb.columns[r];
      if (c) init[r] = c.toUpperCase();
    }
    setCols(init);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tb?.id, settings]);

  if (!report) return <Text>{t.loading}</Text>;
  if (!tb) {
    return (
      <section className={s.section}>
        <h2 className={s.h2}>{t.mappingTitle}</h2>
        <Text>{t.mappingNoTable}</Text>
      </section>
    );
  }

  const area = parseArea(tb.range);
  const letters: string[] = [];
  for (let c = area.left; c <= area.right + 2; c++) letters.push(colLetter(c));
  const optionText = (c: string) => {
    const h = tb.headerTexts?.[c];
    return h ? `${c}: ${h.replace(/\s+/g, ' ').trim()}` : t.column(c);
  };

  const used = new Map<string, Role[]>();
  for (const r of MAPPED_ROLES) {
    const c = cols[r];
    if (c) used.set(c, [...(used.get(c) ?? []), r]);
  }
  const dupOf = (r: Role) => {
    const c = cols[r];
    return c && (used.get(c)?.length ?? 0) > 1 ? t.mappingDuplicate(c) : undefined;
  };
  const invalid = MAPPED_ROLES.some((r) => dupOf(r));

  const saveWith = (nextList: ColumnMapping[]) => {
    if (!settings) return;
    const pem = { ...settings.pemetaanKolom };
    if (nextList.length) pem[sheet] = nextList;
    else delete pem[sheet];
    const parsed = validate(settingsSchema, { ...settings, pemetaanKolom: pem }, host.lang());
    if (!parsed.success) {
      ctx.notify({ intent: 'error', text: `${t.invalid} ${parsed.error.issues[0]?.message ?? ''}` });
      return;
    }
    const next: Settings = parsed.data;
    void ctx.act(
      t.mappingSave,
      async () => {
        await host.saveSettings(next);
        return host.analyse();
      },
      () => {
        ctx.setSettings(next);
        ctx.notify({ intent: 'success', text: t.mappingSaved });
      }
    );
  };

  const save = () => {
    const columns: Record<string, string> = {};
    for (const r of MAPPED_ROLES) if (cols[r]) columns[r] = cols[r] as string;
    const others = existing.filter((x) => x.headerRow !== undefined && x.headerRow !== tb.headerRow);
    saveWith([...others, { headerRow: tb.headerRow, columns } as ColumnMapping]);
  };

  return (
    <section className={s.section} aria-labelledby="h-kolom">
      <h2 id="h-kolom" className={s.h2}>{t.mappingTitle}</h2>
      <Text className={s.hint}>{t.mappingIntro}</Text>
      {tables.length > 1 && (
        <Field label={t.mappingTable}>
          <Dropdown
            className={st.full}
            value={tableLabel(tb, t)}
            selectedOptions={[tb.id]}
            onOptionSelect={(_, d) => setTableId(d.optionValue ?? null)}
          >
            {tables.map((x) => (
              <Option key={x.id} value={x.id} text={tableLabel(x, t)}>
                {tableLabel(x, t)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {tables.length === 1 && <Text weight="semibold">{tableLabel(tb, t)}</Text>}
      {MAPPED_ROLES.map((r) => {
        const v = cols[r] ?? NONE;
        return (
          <Field key={r} label={t.role[r]} validationMessage={dupOf(r)}>
            <Dropdown
              className={st.full}
              data-role={r}
              value={v === NONE ? t.mappingNone : optionText(v)}
              selectedOptions={[v]}
              onOptionSelect={(_, d) => {
                const next = { ...cols };
                if (!d.optionValue || d.optionValue === NONE) delete next[r];
                else next[r] = d.optionValue;
                setCols(next);
              }}
            >
              <Option value={NONE} text={t.mappingNone}>{t.mappingNone}</Option>
              {letters.map((c) => (
                <Option key={c} value={c} text={optionText(c)}>
                  {optionText(c)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      <div className={s.row}>
        <Button appearance="primary" disabled={!!busy || invalid || !settings} onClick={save}>
          {t.mappingSave}
        </Button>
        {existing.length > 0 && (
          <Button disabled={!!busy || !settings} onClick={() => saveWith([])}>
            {t.mappingReset}
          </Button>
        )}
      </div>
    </section>
  );
}

function tableLabel(tb: TableSummary, t: PaneContext['t']): string {
  return `${t.kind[tb.kind]}${tb.year ? ` ${tb.year}` : ''} (${tb.range})`;
}
