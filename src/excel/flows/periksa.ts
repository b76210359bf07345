/** Periksa (findings only, no value changed) and the pane's read-only analysis of the active sheet. */
import type { Progress, RunReport } from '../../app/host';
import { plan } from '../../core/plan';
import { prepare } from '../prepare';
import type { Session } from '../session';
import { baseReport, noTableMessage } from '../summary';
import { review } from './review';

export function periksa(s: Session, onProgress?: Progress): Promise<RunReport> {
  return review(s, 'periksa', onProgress);
}

/** What the pane shows before any run: tables, indicators and findings of the active sheet. */
export async function analyseActive(s: Session): Promise<RunReport> {
  const p = await prepare(s, true);
  const r = baseReport(s, 'analisis', p);
  if (r.noTable) return { ...r, message: noTableMessage(s, p) };
  const pl = plan(p.analysis, { mode: 'periksa', sheets: [p.read.active], lang: s.lang, workbook: p.original });
  return { ...r, summary: pl.summary, message: s.m.analysed(p.read.active, pl.summary.indicators, pl.summary.capaian, r.findings.length) };
}
