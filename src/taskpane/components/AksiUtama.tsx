/**
 * The top of Ringkasan: what the add-in will do on this kind of sheet (until a run has happened),
 * the action that fits it as the primary button, and a progress area of fixed height.
 */
import * as React from 'react';
import { makeStyles, tokens, Button, ProgressBar, Field, Text } from '@fluentui/react-components';
import type { PaneContext } from '../context';
import { useSectionStyles } from '../styles';
import { formatWhen, jenisLembar, type JenisLembar } from '../format';

const useStyles = makeStyles({
  // The progress area keeps its height whether or not a run is going on: nothing below it moves.
  progress: { height: '60px', overflow: 'hidden', display: 'flex', flexDirection: 'column', justifyContent: 'center' },
  idle: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  oneLine: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  intro: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

function introOf(t: PaneContext['t'], j: JenisLembar): string {
  return { pk: t.introPk, pengukuran: t.introPengukuran, renstra: t.introRenstra, 'rencana-aksi': t.introRencanaAksi, kosong: t.introKosong }[j];
}

export function AksiUtama({ ctx, onRenstra }: { ctx: PaneContext; onRenstra: () => void }) {
  const s = useSectionStyles();
  const st = useStyles();
  const { t, report, busy, host } = ctx;
  const jenis = report ? jenisLembar(report) : null;
  // Hidden once a run happened here, but only when the progress bar goes: nothing moves while computing.
  const ranHere = !busy && !!ctx.lastRun && ctx.lastRun.sheet === report?.sheet;
  const hitung = () => void ctx.act(t.hitung, (p) => host.hitung(p));
  const periksa = () => void ctx.act(t.periksa, (p) => host.periksa(p));
  const siapkan = () => void ctx.act(t.siapkan, () => host.siapkanPengukuran(), (r) => ctx.notify({ intent: 'success', text: r.message }));
  const canCompute = jenis === null || jenis === 'pengukuran' || jenis === 'kosong';

  return (
    <section className={s.section} aria-labelledby="h-aksi" data-jenis={jenis ?? ''}>
      <h2 id="h-aksi" className={s.h2}>{report ? t.activeSheet(report.sheet) : t.loading}</h2>
      {jenis && !ranHere && (
        <p className={st.intro} data-testid="intro">{introOf(t, jenis)}</p>
      )}
      <div className={s.row}>
        {jenis === 'pk' && <Action primary label={t.siapkan} hint="hint-siapkan" busy={!!busy} onClick={siapkan} />}
        {jenis === 'renstra' && <Action primary label={t.renstra} hint="hint-renstra" busy={!!busy} onClick={onRenstra} />}
        {canCompute && <Action primary label={t.hitung} hint="hint-hitung" busy={!!busy} onClick={hitung} />}
        {canCompute && <Action label={t.periksa} hint="hint-periksa" busy={!!busy} onClick={periksa} />}
      </div>
      {canCompute && (
        <Text id="hint-hitung" className={s.hint}>
          {t.hitungHint} <span id="hint-periksa">{t.periksa}: {t.periksaHint}</span>
        </Text>
      )}
      {jenis === 'pk' && <Text id="hint-siapkan" className={s.hint}>{t.siapkanHint}</Text>}
      {jenis === 'renstra' && <Text id="hint-renstra" className={s.hint}>{t.renstraHint}</Text>}
      <div className={st.progress}>
        {busy ? (
          <Field label={busy.label} validationMessage={{ children: busy.step || t.working, className: st.oneLine }} validationState="none">
            <ProgressBar value={busy.fraction ?? undefined} thickness="large" aria-label={t.progressLabel} />
          </Field>
        ) : (
          <Text className={st.idle} data-testid="status">
            {ctx.lastRun ? t.lastRun(ctx.lastRun.mode === 'hitung' ? t.hitung : t.periksa, formatWhen(ctx.lastRunAt ?? '', host.lang())) : t.idle}
          </Text>
        )}
      </div>
    </section>
  );
}

/**
 * A button that stays focusable while the pane is busy (`disabledFocusable`): a keyboard user
 * who pressed it keeps the focus there instead of losing it to the page.
 */
export function Action(props: { label: string; hint: string; busy: boolean; onClick: () => void; primary?: boolean; buttonRef?: React.Ref<HTMLButtonElement> }) {
  return (
    <Button
      ref={props.buttonRef}
      appearance={props.primary ? 'primary' : 'secondary'}
      data-appearance={props.primary ? 'primary' : 'secondary'}
      disabledFocusable={props.busy}
      aria-describedby={props.hint}
      onClick={props.onClick}
    >
      {props.label}
    </Button>
  );
}
