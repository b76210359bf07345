/**
 * What the long lists of the pane show: pure functions over the report, so a workbook of 2,000
 * indicators costs a filter and a slice, never 2,000 rendered controls.
 */
import type { RunReport, TableItem, TableSummary } from '../app/host';
import type { Finding, Polaritas, RuleId, Severity } from '../core/types';

export const SEVERITIES: Severity[] = ['galat', 'peringatan', 'info'];

/** How many rows a list shows at first, and how many more each "show more" adds. */
export const PAGE = 50;

/** Lower-case text without accents and repeated spaces: what a search compares. */
export function searchable(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Every word of the query occurs in the text (in any order). */
export function matches(text: string, query: string): boolean {
  const q = searchable(query);
  if (!q) return true;
  const t = searchable(text);
  return q.split(' ').every((w) => t.includes(w));
}

/** The indicator's name for a finding: table and row of the finding, looked up in the report's items. */
export function indicatorNames(tables: TableSummary[]): (f: Finding) => string | null {
  const byRow = new Map<string, string>();
  for (const tb of tables) for (const it of tb.items ?? []) byRow.set(`${tb.sheet}!${it.row}`, it.indikator);
  return (f) => byRow.get(`${f.sheet}!${f.row}`) ?? null;
}

export interface FindingFilter {
  severity: Severity | 'semua';
  rule: RuleId | 'semua';
  query: string;
}

export const NO_FILTER: FindingFilter = { severity: 'semua', rule: 'semua', query: '' };

export function isFiltered(f: FindingFilter): boolean {
  return f.severity !== 'semua' || f.rule !== 'semua' || f.query.trim() !== '';
}

/** Findings that pass the filter, ordered by severity (galat first), then sheet order. */
export function filterFindings(all: Finding[], filter: FindingFilter, nameOf: (f: Finding) => string | null): Finding[] {
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  return all
    .filter(
      (f) =>
        (filter.severity === 'semua' || f.severity === filter.severity) &&
        (filter.rule === 'semua' || f.rule === filter.rule) &&
        matches(`${nameOf(f) ?? ''} ${f.message} ${f.cell}`, filter.query)
    )
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f.severity) - rank(b.f.severity) || a.i - b.i)
    .map((x) => x.f);
}

/** One indicator per normalised name (the key of settings.polaritas), first occurrence kept. */
export function uniqueItems(tables: TableSummary[]): TableItem[] {
  const seen = new Map<string, TableItem>();
  for (const tb of tables) for (const it of tb.items ?? []) if (!seen.has(it.key)) seen.set(it.key, it);
  return [...seen.values()];
}

/**
 * The indicators Pengaturan lists for a polarity decision: those flagged `polaritas-perlu-dicek`,
 * and those whose polarity the user already set; with a query, every indicator whose name matches.
 */
export function polarityCandidates(report: RunReport | null, chosen: Record<string, Polaritas>, query: string): TableItem[] {
  if (!report) return [];
  const items = uniqueItems(report.tables);
  if (query.trim()) return items.filter((it) => matches(it.indikator, query));
  const flaggedRows = new Set(report.findings.filter((f) => f.rule === 'polaritas-perlu-dicek').map((f) => `${f.sheet}!${f.row}`));
  const flaggedKeys = new Set<string>();
  for (const tb of report.tables) for (const it of tb.items ?? []) if (flaggedRows.has(`${tb.sheet}!${it.row}`)) flaggedKeys.add(it.key);
  return items.filter((it) => flaggedKeys.has(it.key) || it.key in chosen);
}
