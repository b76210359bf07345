/** Other actions of Ringkasan: Siapkan (on a sheet with a PK table), Bangun Tabel Renstra, Pulihkan. */
import * as React from 'react';
import { Text } from '@fluentui/react-components';
import type { BackupInfo } from '../../app/host';
import type { PaneContext } from '../context';
import { useSectionStyles } from '../styles';
import { formatWhen, jenisLembar } from '../format';
import { Action } from './AksiUtama';
import { DialogKonfirmasi } from './DialogKonfirmasi';

export function TindakanLain({ ctx, doRenstra, renstraRef }: { ctx: PaneContext; doRenstra: (confirm: boolean) => void; renstraRef: React.RefObject<HTMLButtonElement> }) {
  const s = useSectionStyles();
  const { t, report, busy, host } = ctx;
  const [restoreInfo, setRestoreInfo] = React.useState<BackupInfo | null>(null);
  const pulihkanRef = React.useRef<HTMLButtonElement>(null);
  const jenis = report ? jenisLembar(report) : null;
  const hasPk = !!report?.tables.some((x) => x.kind === 'pk');

  const openRestore = async () => {
    const info = await host.backupInfo().catch(() => null);
    if (!info) {
      ctx.notify({ intent: 'info', text: t.pulihkanNone });
      return;
    }
    setRestoreInfo(info);
  };
  const doRestore = () => {
    setRestoreInfo(null);
    void ctx.act(t.pulihkan, () => host.pulihkan(), (r) => ctx.notify({ intent: 'success', text: r.message }));
  };
  const siapkan = () => void ctx.act(t.siapkan, () => host.siapkanPengukuran(), (r) => ctx.notify({ intent: 'success', text: r.message }));

  return (
    <section className={s.section} aria-labelledby="h-lain">
      <h2 id="h-lain" className={s.h2}>{t.otherActions}</h2>
      {hasPk && jenis !== 'pk' && (
        <>
          <div><Action label={t.siapkan} hint="hint-siapkan" busy={!!busy} onClick={siapkan} /></div>
          <Text id="hint-siapkan" className={s.hint}>{t.siapkanHint}</Text>
        </>
      )}
      {jenis !== 'renstra' && (
        <>
          <div><Action label={t.renstra} hint="hint-renstra" busy={!!busy} onClick={() => doRenstra(false)} buttonRef={renstraRef} /></div>
          <Text id="hint-renstra" className={s.hint}>{t.renstraHint}</Text>
        </>
      )}
      <div><Action label={t.pulihkan} hint="hint-pulihkan" busy={!!busy} onClick={() => void openRestore()} buttonRef={pulihkanRef} /></div>
      <Text id="hint-pulihkan" className={s.hint}>{t.pulihkanHint}</Text>
      <DialogKonfirmasi
        open={!!restoreInfo}
        title={t.pulihkanTitle}
        body={
          restoreInfo && (
            <>
              <p>{t.pulihkanBody(restoreInfo.cells, restoreInfo.comments, restoreInfo.sheet, formatWhen(restoreInfo.when, host.lang()))}</p>
              {restoreInfo.sheets.length > 0 && <p>{t.pulihkanSheets(restoreInfo.sheets.length, restoreInfo.sheets.join(', '))}</p>}
            </>
          )
        }
        action={t.pulihkan}
        cancel={t.cancel}
        onAction={doRestore}
        onClose={() => setRestoreInfo(null)}
        returnTo={pulihkanRef}
        testId="dialog-pulihkan"
      />
    </section>
  );
}
