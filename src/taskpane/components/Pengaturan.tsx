import * as React from 'react';
import {
  makeStyles,
  tokens,
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Switch,
  Text,
} from '@fluentui/react-components';
import { PRESET_IDS, settingsSchema, skalaKustomSchema, validate, type Settings, type SkalaKustom } from '../../core/settings';
import { ZOD } from '../../i18n/zod';
import { PolaritasIndikator } from './PolaritasIndikator';
import type { PaneContext } from '../context';
import { useSectionStyles } from '../styles';

const useStyles = makeStyles({
  band: { display: 'grid', gridTemplateColumns: '72px minmax(0, 1fr) 32px', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
  remove: { minWidth: '32px', maxWidth: '32px', paddingLeft: 0, paddingRight: 0 },
  error: { display: 'block', color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, marginTop: '2px' },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  legend: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  presetLabel: { display: 'flex', flexDirection: 'column' },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  full: { minWidth: 0, width: '100%' },
  sticky: { position: 'sticky', bottom: 0, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1, paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

const DEFAULT_CUSTOM: SkalaKustom = {
  nama: 'Skala kustom',
  bands: [
    { min: 100, label: 'Sangat Baik' },
    { min: 80, label: 'Baik' },
    { min: 60, label: 'Cukup' },
  ],
  lainnya: 'Kurang',
};

interface BandDraft {
  min: string;
  label: string;
}

export function Pengaturan({ ctx }: { ctx: PaneContext }) {
  const s = useSectionStyles();
  const st = useStyles();
  const { t, settings, host, busy } = ctx;
  const [draft, setDraft] = React.useState<Settings | null>(settings);
  const [bands, setBands] = React.useState<BandDraft[]>([]);
  const [custom, setCustom] = React.useState({ nama: '', lainnya: '' });
  const [capText, setCapText] = React.useState('120');
  const [tried, setTried] = React.useState(false);

  React.useEffect(() => {
    if (!settings) return;
    setDraft(settings);
    const k = settings.skalaKustom ?? DEFAULT_CUSTOM;
    setBands(k.bands.map((b) => ({ min: String(b.min), label: b.label })));
    setCustom({ nama: k.nama, lainnya: k.lainnya });
    if (settings.batasAtas != null) setCapText(String(settings.batasAtas));
  }, [settings]);

  // Stable across keystrokes elsewhere in the form, so the polarity list (memoised) is not re-rendered.
  const onPolaritas = React.useCallback((polaritas: Settings['polaritas']) => setDraft((d) => (d ? { ...d, polaritas } : d)), []);

  if (!draft) return <Text>{t.loading}</Text>;

  const isCustom = draft.skala === 'kustom';
  const lang = host.lang();
  const parsedCustom = validate(skalaKustomSchema, {
    nama: custom.nama,
    lainnya: custom.lainnya,
    bands: bands.map((b) => ({ min: parseNum(b.min), label: b.label })),
  }, lang);
  const customErr = (path: (string | number)[]): string | undefined => {
    if (parsedCustom.success) return undefined;
    const issue = parsedCustom.error.issues.find((i) => i.path.join('.') === path.join('.'));
    return issue?.message;
  };
  const cap = parseNum(capText);
  const capErr = draft.batasAtas !== null && !(Number.isFinite(cap) && cap > 0 && cap <= 10000) ? ZOD[lang].batasAtas : undefined;


  const save = () => {
    setTried(true);
    if ((isCustom && !parsedCustom.success) || capErr) {
      ctx.notify({ intent: 'error', text: t.invalid });
      return;
    }
    const next = validate(settingsSchema, {
      ...draft,
      skalaKustom: isCustom ? parsedCustom.data : draft.skalaKustom,
      batasAtas: draft.batasAtas === null ? null : cap,
    }, lang);
    if (!next.success) {
      ctx.notify({ intent: 'error', text: `${t.invalid} ${next.error.issues[0]?.message ?? ''}` });
      return;
    }
    void ctx.act(t.save, () => host.saveSettings(next.data), () => {
      ctx.setSettings(next.data);
      ctx.notify({ intent: 'success', text: t.saved });
    });
  };

  const showErr = (m: string | undefined) => (tried || m ? m : undefined);

  return (
    <>
      <fieldset className={st.fieldset}>
        <legend className={st.legend}>{t.scale}</legend>
        <RadioGroup
          value={draft.skala}
          aria-label={t.scale}
          onChange={(_, d) => setDraft({ ...draft, skala: d.value as Settings['skala'] })}
        >
          {PRESET_IDS.map((p) => (
            <Radio
              key={p}
              value={p}
              label={
                <span className={st.presetLabel}>
                  <span>{t.preset[p].nama}</span>
                  <span className={st.small}>{t.preset[p].bands}</span>
                </span>
              }
            />
          ))}
          <Radio value="kustom" label={t.scaleCustom} />
        </RadioGroup>
        {isCustom && (
          <div className={s.card} data-testid="custom-scale">
            <Field label={t.customName} validationMessage={showErr(customErr(['nama']))}>
              <Input value={custom.nama} onChange={(_, d) => setCustom({ ...custom, nama: d.value })} />
            </Field>
            <div className={st.band} aria-hidden="true">
              <span className={st.small}>{t.bandHeadMin}</span>
              <span className={st.small}>{t.bandHeadLabel}</span>
              <span />
            </div>
            {bands.map((b, i) => {
              const errMin = showErr(customErr(['bands', i, 'min']));
              const errLabel = showErr(customErr(['bands', i, 'label']));
              return (
                <div key={i}>
                  <div className={st.band}>
                    <Input
                      className={st.full}
                      inputMode="decimal"
                      aria-label={t.bandMin(i + 1)}
                      aria-invalid={errMin ? true : undefined}
                      value={b.min}
                      onChange={(_, d) => setBands(bands.map((x, j) => (j === i ? { ...x, min: d.value } : x)))}
                    />
                    <Input
                      className={st.full}
                      aria-label={t.bandLabel(i + 1)}
                      aria-invalid={errLabel ? true : undefined}
                      value={b.label}
                      onChange={(_, d) => setBands(bands.map((x, j) => (j === i ? { ...x, label: d.value } : x)))}
                    />
                    <Button
                      appearance="subtle"
                      className={st.remove}
                      aria-label={t.removeBand(i + 1)}
                      title={t.removeBand(i + 1)}
                      disabled={bands.length <= 1}
                      onClick={() => setBands(bands.filter((_, j) => j !== i))}
                    >
                      ✕
                    </Button>
                  </div>
                  {(errMin || errLabel) && (
                    <Text role="alert" className={st.error}>
                      {[errMin, errLabel].filter(Boolean).join(' ')}
                    </Text>
                  )}
                </div>
              );
            })}
            {!parsedCustom.success && customErr(['bands']) && <Text className={s.hint}>{customErr(['bands'])}</Text>}
            <div>
              <Button size="small" onClick={() => setBands([...bands, { min: '', label: '' }])}>{t.addBand}</Button>
            </div>
            <Field label={t.lainnya} validationMessage={showErr(customErr(['lainnya']))}>
              <Input value={custom.lainnya} onChange={(_, d) => setCustom({ ...custom, lainnya: d.value })} />
            </Field>
          </div>
        )}
      </fieldset>

      <fieldset className={st.fieldset}>
        <legend className={st.legend}>{t.negFormula}</legend>
        <RadioGroup
          value={draft.rumusNegatif}
          aria-label={t.negFormula}
          onChange={(_, d) => setDraft({ ...draft, rumusNegatif: d.value as Settings['rumusNegatif'] })}
        >
          <Radio value="2t-r" label={t.negDefault} />
          <Radio value="t/r" label={t.negInverse} />
        </RadioGroup>
      </fieldset>

      <fieldset className={st.fieldset}>
        <legend className={st.legend}>{t.cap}</legend>
        <Switch
          checked={draft.batasAtas !== null}
          label={draft.batasAtas !== null ? t.capOn : t.capOff}
          onChange={(_, d) => setDraft({ ...draft, batasAtas: d.checked ? parseNum(capText) || 120 : null })}
        />
        {draft.batasAtas !== null && (
          <Field label={t.capValue} validationMessage={capErr}>
            <Input
              inputMode="decimal"
              value={capText}
              onChange={(_, d) => {
                setCapText(d.value);
                const n = parseNum(d.value);
                setDraft({ ...draft, batasAtas: Number.isFinite(n) ? n : draft.batasAtas });
              }}
            />
          </Field>
        )}
      </fieldset>

      <fieldset className={st.fieldset}>
        <legend className={st.legend}>{t.polarity}</legend>
        <PolaritasIndikator ctx={ctx} polaritas={draft.polaritas} onChange={onPolaritas} />
      </fieldset>

      <div className={st.sticky}>
        <Button appearance="primary" disabledFocusable={!!busy} onClick={save}>
          {t.save}
        </Button>
      </div>
    </>
  );
}

/** '80', '80,5', '80.5' -> number; '' or text -> NaN. */
export function parseNum(s: string): number {
  const v = s.trim().replace(',', '.');
  if (v === '' || !/^-?\d+(\.\d+)?$/.test(v)) return NaN;
  return Number(v);
}
