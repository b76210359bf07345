/**
 * Periksa Kesiapan in the task pane: runs the host's self-check, shows what works on this Excel
 * (version, platform, requirement sets, one line per capability) and copies a plain-text report
 * ("Salin laporan") staff can send back.
 */
import * as React from 'react';
import { makeStyles, tokens, Button, Badge, Spinner, Text, Textarea } from '@fluentui/react-components';
import type { LaporanKesiapan } from '../../app/kesiapan';
import { namaKemampuan, teksLaporan } from '../../app/kesiapan';
import type { PaneContext } from '../context';
import { useSectionStyles } from '../styles';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline', fontSize: tokens.fontSizeBase200 },
  report: { width: '100%', fontFamily: tokens.fontFamilyMonospace },
});

/** Copies text: the Clipboard API where the pane may use it, else a selected textarea and execCommand. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // not allowed in this webview: fall back below
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  } catch {
    return false;
  }
}

/** The highest ExcelApi version found ('1.18'), or null when none is known. */
function highestExcelApi(l: LaporanKesiapan): string | null {
  const ok = l.requirementSets.filter((r) => r.set === 'ExcelApi' && r.ok);
  return ok.length ? ok[ok.length - 1].versi : null;
}

export function Kesiapan({ ctx }: { ctx: PaneContext }) {
  const s = useSectionStyles();
  const st = useStyles();
  const { t, host, busy } = ctx;
  const lang = host.lang();
  const [running, setRunning] = React.useState(false);
  const [laporan, setLaporan] = React.useState<LaporanKesiapan | null>(null);
  const [note, setNote] = React.useState<string | null>(null);
  if (!host.periksaKesiapan) return null;
  const check = host.periksaKesiapan;

  const run = async () => {
    setRunning(true);
    setNote(null);
    try {
      setLaporan(await check());
    } catch {
      setNote(t.kesiapanFailed);
    } finally {
      setRunning(false);
    }
  };
  const copy = async () => {
    if (!laporan) return;
    setNote((await copyText(teksLaporan(laporan, lang))) ? t.kesiapanCopied : t.kesiapanCopyFailed);
  };
  const unknown = (x: string | null) => x ?? t.kesiapanUnknown;
  const shared = laporan?.requirementSets.find((r) => r.set === 'SharedRuntime')?.ok;

  return (
    <section className={s.section} aria-labelledby="kesiapan-title" data-testid="kesiapan">
      <h2 id="kesiapan-title" className={s.h2}>{t.kesiapanTitle}</h2>
      <Text className={s.hint}>{t.kesiapanHint}</Text>
      <div className={s.row}>
        <Button appearance="secondary" onClick={() => void run()} disabled={running || !!busy} data-testid="kesiapan-run">
          {t.kesiapanRun}
        </Button>
        {laporan && (
          <Button appearance="secondary" onClick={() => void copy()} data-testid="kesiapan-copy">
            {t.kesiapanCopy}
          </Button>
        )}
      </div>
      {running && <Spinner size="tiny" label={t.kesiapanRunning} />}
      {note && <Text role="status">{note}</Text>}
      {laporan && (
        <>
          <Text>{t.kesiapanExcel(unknown(laporan.excel.host), unknown(laporan.excel.versi), unknown(laporan.excel.platform))}</Text>
          <Text className={s.hint}>
            {t.kesiapanSets(unknown(highestExcelApi(laporan)), shared === undefined || shared === null ? t.kesiapanUnknown : shared ? t.kesiapanYes : t.kesiapanNo)}
          </Text>
          <ul className={st.list} data-testid="kesiapan-list">
            {laporan.kemampuan.map((k) => (
              <li key={k.id} className={st.item} data-ok={k.ok ? 'true' : 'false'}>
                <Badge appearance="tint" color={k.ok ? 'success' : 'danger'}>{k.ok ? 'OK' : 'X'}</Badge>
                <span>{namaKemampuan(k.id, lang)}: {k.ok ? t.kesiapanWorks : t.kesiapanFails(k.alasan ?? '?')}</span>
              </li>
            ))}
          </ul>
          {!laporan.lembarUjiDihapus && <Text role="alert">{t.kesiapanSheetLeft(laporan.lembarUji)}</Text>}
          <Textarea className={st.report} readOnly aria-label={t.kesiapanReport} value={teksLaporan(laporan, lang)} rows={6} resize="vertical" />
        </>
      )}
    </section>
  );
}
