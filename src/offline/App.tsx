/**
 * The offline page: choose or drop one or more .xlsx; each is computed in this browser with the
 * engine and the file adapter; one result shows the summary, findings and chart and offers the
 * `hitung` workbook for download.
 */
import * as React from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import type { Lang } from '../app/host';
import { ui } from '../i18n/ui';
import { useSectionStyles } from '../taskpane/styles';
import { HasilView } from './HasilView';
import { ditolak, prosesBerkas, rekapBytes, type BerkasPilihan, type HasilBerkas } from './proses';
import { TEKS } from '../i18n/luring';
import { unduh } from './unduh';

const useStyles = makeStyles({
  root: { maxWidth: '920px', margin: '0 auto', padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hiddenInput: { display: 'none' },
});

/** Several workbooks: the rekap for download (as `capaian-pk rekap` writes it). */
function Rekap({ hasil, jumlahTerbaca, label, keterangan }: { hasil: HasilBerkas[]; jumlahTerbaca: number; label: string; keterangan: string }) {
  const c = useSectionStyles();
  return (
    <div className={c.row} data-rekap="">
      <Button appearance="primary" disabled={jumlahTerbaca === 0} onClick={() => void rekapBytes(hasil).then((b) => unduh(b, 'rekap.xlsx'))}>
        {label}
      </Button>
      <Text className={c.hint}>{keterangan}</Text>
    </div>
  );
}

export function App({ lang }: { lang: Lang }) {
  const c = useSectionStyles();
  const s = useStyles();
  const t = TEKS[lang];
  const u = ui(lang);
  const input = React.useRef<HTMLInputElement>(null);
  const [busy, setBusy] = React.useState<number>(0);
  const [over, setOver] = React.useState(false);
  const [hasil, setHasil] = React.useState<HasilBerkas[]>([]);

  const run = async (files: BerkasPilihan[]) => {
    if (files.length === 0) return;
    setBusy(files.length);
    try {
      setHasil(await prosesBerkas(files, lang));
    } finally {
      setBusy(0);
    }
  };
  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setOver(false);
    void run([...e.dataTransfer.files]);
  };
  const ok = hasil.filter((h) => !ditolak(h));
  return (
    <main className={s.root}>
      <header className={c.section}>
        <h1 className={c.h2}>{t.title}</h1>
        <Text className={c.hint}>{t.intro}</Text>
      </header>
      <div
        className={over ? `${s.drop} ${s.dropActive}` : s.drop}
        aria-label={t.dropZone}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <input
          ref={input}
          className={s.hiddenInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          data-testid="berkas"
          onChange={(e) => void run([...(e.target.files ?? [])]).then(() => { if (input.current) input.current.value = ''; })}
        />
        <Button appearance="primary" disabled={busy > 0} onClick={() => input.current?.click()}>
          {t.choose}
        </Button>
        <Text>{t.drop}</Text>
      </div>
      <div aria-live="polite">{busy > 0 && <Spinner size="small" label={t.reading(busy)} />}</div>
      {hasil.filter(ditolak).map((h) => (
        <MessageBar key={h.file} intent="error" data-ditolak={h.file}>
          <MessageBarBody>{`${t.refused}: ${h.galat}`}</MessageBarBody>
        </MessageBar>
      ))}
      {hasil.length > 1 && <Rekap hasil={hasil} jumlahTerbaca={ok.length} label={t.rekap} keterangan={t.several(hasil.length, ok.length)} />}
      {ok.map((h) => !ditolak(h) && <HasilView key={h.file} h={h} u={u} t={t} />)}
    </main>
  );
}
