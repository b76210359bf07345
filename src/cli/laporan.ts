/** The human-readable lines the command line prints for one workbook. */
import { areaA1 } from '../core/grid';
import type { Analysis, Finding, PlanSummary, RuleId, Severity } from '../core/types';
import { kamus } from '../i18n';

/** The command line speaks Indonesian (docs/aturan.md): its section of the one dictionary. */
const K = kamus('id').cli;

export function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

export function sevCounts(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { galat: 0, peringatan: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function byRule(findings: Finding[]): Array<[RuleId, number]> {
  const m = new Map<RuleId, number>();
  for (const f of findings) m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function tableLines(analysis: Analysis): string[] {
  const kinds = new Map<string, number>();
  for (const t of analysis.tables) kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1);
  const lines = [K.tabelDikenali(analysis.tables.length, [...kinds.entries()].map(([k, n]) => `${k} ${n}`).join(', '))];
  for (const t of analysis.tables) {
    lines.push(K.tabel(`${t.sheet}!${areaA1(t.area)}`, t.kind, t.year, t.items.length));
  }
  return lines;
}

export function counts(analysis: Analysis): { indicators: number; capaian: number; na: number } {
  let indicators = 0;
  let capaian = 0;
  let na = 0;
  for (const t of analysis.tables) {
    indicators += t.items.length;
    if (t.kind !== 'pengukuran') continue;
    for (const it of t.items) {
      if (it.capaian !== null) capaian++;
      else if (it.status === 'na') na++;
    }
  }
  return { indicators, capaian, na };
}

function findingLines(findings: Finding[], each: boolean): string[] {
  const c = sevCounts(findings);
  const lines = [K.temuan(findings.length, c.galat, c.peringatan, c.info)];
  for (const [rule, n] of byRule(findings)) lines.push(`  ${rule}: ${n}`);
  if (each) for (const f of findings) lines.push(`${f.sheet}!${f.cell} [${f.severity}] ${f.rule}: ${oneLine(f.message)}`);
  return lines;
}

export function periksaLines(analysis: Analysis, name: string): string[] {
  const c = counts(analysis);
  return [
    K.judul('periksa', name),
    ...tableLines(analysis),
    K.angkaPeriksa(c.indicators, c.capaian, c.na),
    ...findingLines(analysis.findings, true),
  ];
}

export function hitungLines(analysis: Analysis, s: PlanSummary): string[] {
  const c = counts(analysis);
  const total = s.findings.galat + s.findings.peringatan + s.findings.info;
  const rules = (Object.entries(s.byRule) as Array<[RuleId, number]>).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [
    ...tableLines(analysis),
    K.angkaHitung(c.indicators, s.capaian, s.formulas, s.na),
    K.temuan(total, s.findings.galat, s.findings.peringatan, s.findings.info),
    ...rules.map(([r, n]) => `  ${r}: ${n}`),
  ];
}
