/** Ringkasan: the fitting action for this sheet, the counts now and after the last run, the tables, other actions. */
import * as React from 'react';
import { Text } from '@fluentui/react-components';
import type { PaneContext } from '../context';
import { useSectionStyles } from '../styles';
import { AksiUtama } from './AksiUtama';
import { Angka } from './Angka';
import { KartuTabel } from './KartuTabel';
import { TindakanLain } from './TindakanLain';
import { DialogKonfirmasi } from './DialogKonfirmasi';

export { formatWhen } from '../format';

export function Ringkasan({ ctx }: { ctx: PaneContext }) {
  const s = useSectionStyles();
  const { t, report, host, renstraConfirm, setRenstraConfirm } = ctx;
  const renstraRef = React.useRef<HTMLButtonElement>(null);

  const doRenstra = (confirmReplace: boolean) => {
    setRenstraConfirm(false);
    void ctx.act(t.renstra, () => host.bangunRenstra({ confirmReplace }), (r) => {
      if (r.needsConfirm) setRenstraConfirm(true);
      else ctx.notify({ intent: r.sheet ? 'success' : 'warning', text: r.message });
    });
  };

  return (
    <>
      <AksiUtama ctx={ctx} onRenstra={() => doRenstra(false)} />
      <Angka ctx={ctx} />
      <section className={s.section} aria-labelledby="h-tabel">
        <h2 id="h-tabel" className={s.h2}>{t.tablesTitle}</h2>
        {report && report.tables.length === 0 && <Text>{t.noTables}</Text>}
        {report?.tables.map((tb) => <KartuTabel key={tb.id} tb={tb} ctx={ctx} />)}
      </section>
      <TindakanLain ctx={ctx} doRenstra={doRenstra} renstraRef={renstraRef} />
      <DialogKonfirmasi
        open={renstraConfirm}
        title={t.renstraConfirmTitle}
        body={t.renstraConfirmBody}
        action={t.replace}
        cancel={t.cancel}
        onAction={() => doRenstra(true)}
        onClose={() => setRenstraConfirm(false)}
        returnTo={renstraRef}
        testId="dialog-renstra"
      />
    </>
  );
}
