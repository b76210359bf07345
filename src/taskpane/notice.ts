/** The one-line outcome of a run, and the words of an error: what the pane's message bar shows. */
import type { MessageBarIntent } from '@fluentui/react-components';
import type { Lang, RunReport } from '../app/host';
import { pesanKesalahan } from '../i18n/kesalahan';
import type { UiStrings } from '../i18n/ui';
import type { Notice } from './context';

/** A run that finished is never shown as a failure: findings to review make it a warning. */
export function intentOf(r: RunReport): MessageBarIntent {
  if (r.noTable) return 'warning';
  if (r.summary.findings.galat > 0 || r.summary.findings.peringatan > 0) return 'warning';
  return 'success';
}

/** A run report as one short line; the host's full message and warnings go to the details. */
export function runNotice(r: RunReport, t: UiStrings): Notice {
  const detail = [r.message, ...r.warnings].join(' ');
  if (r.noTable || r.mode === 'analisis') return { intent: intentOf(r), text: r.message, detail: r.warnings.join(' ') || undefined };
  const f = r.summary.findings;
  const text = t.noticeDone(r.mode, r.summary.capaian, r.summary.na, f.galat + f.peringatan + f.info, r.commentsWritten);
  return { intent: intentOf(r), text, detail };
}

/** An error as the user should read it: never Office's raw text (src/i18n/kesalahan.ts). */
export function errorNotice(e: unknown, lang: Lang): Notice {
  return { intent: 'error', text: pesanKesalahan(e, lang) };
}
