/** What the pane shows of a run: table summaries and the report every flow starts from. */
import type { Lang, RunReport, TableSummary } from '../app/host';
import { remarkText } from '../i18n/remarks';
import { areaA1, cellAt, colLetter, parseA1, textAt } from '../core/grid';
import type { Grid } from '../core/grid';
import { emptySummary, HEADER_CAPAIAN, HEADER_KLASIFIKASI, plan } from '../core/plan';
import type { AnalysedTable, CellWrite } from '../core/types';
import type { Prepared } from './prepare';
import type { Session } from './session';

export function tableSummary(t: AnalysedTable, grid: Grid | undefined, lang: Lang = 'id'): TableSummary {
  const columns: TableSummary['columns'] = {};
  for (const [role, col] of Object.entries(t.columns)) if (col) columns[role as keyof typeof columns] = colLetter(col);
  const headerTexts: Record<string, string> = {};
  if (grid) {
    for (let c = t.area.left; c <= t.area.right; c++) {
      const parts: string[] = [];
      for (let r = t.headerRow; r < t.headerRow + Math.max(1, t.headerRows); r++) {
        const x = textAt(grid, r, c);
        if (x && !parts.includes(x)) parts.push(x);
      }
      if (parts.length) headerTexts[colLetter(c)] = parts.join(' / ');
    }
  }
  return {
    id: t.id,
    sheet: t.sheet,
    kind: t.kind,
    year: t.year,
    range: areaA1(t.area),
    headerRow: t.headerRow,
    columns,
    indicators: t.items.length,
    capaian: t.items.filter((i) => i.capaian !== null).length,
    na: t.items.filter((i) => i.status === 'na').length,
    mapped: t.mapped,
    // The recogniser's remarks in the pane's language (codes rendered by the dictionary, src/i18n/remarks.ts).
    remarks: t.remarkCodes ? t.remarkCodes.map((r) => remarkText(r, lang)) : t.remarks,
    headerTexts,
    items: t.items.map((i) => ({
      row: i.row,
      indikator: i.indikator,
      key: i.key,
      polaritas: i.polaritas,
      polaritasSumber: i.polaritasSumber,
      capaian: i.capaian,
      klasifikasi: i.klasifikasi,
    })),
  };
}

/**
 * A style copy (copyFrom 'Formats') also copies the source's number format, and the source may
 * be a cell an earlier run wrote (the capaian column): the target gets the number format its
 * source had before the add-in's runs (as the analysis read it), so every run writes the same.
 */
export function withSourceFormats(cells: CellWrite[], p: Prepared): CellWrite[] {
  if (!p.caps.copyStyle) return cells;
  return cells.map((w) => {
    if (!w.styleFrom || w.numberFormat !== undefined) return w;
    const g = p.original.sheets.find((x) => x.sheet === w.sheet);
    if (!g) return w;
    const { row, col } = parseA1(w.styleFrom);
    return { ...w, numberFormat: cellAt(g, row, col).format || 'General' };
  });
}

/** The capaian/klasifikasi columns Hitung appends right of a table that has none (the plan decides). */
function appendedColumns(s: Session, p: Prepared, t: AnalysedTable): TableSummary['appended'] {
  if (t.kind !== 'pengukuran' || (t.columns.capaian !== undefined && t.columns.klasifikasi !== undefined)) return undefined;
  const pl = plan(p.analysis, { mode: 'hitung', sheets: [t.sheet], renstra: false, lang: s.lang, workbook: p.original });
  const out: NonNullable<TableSummary['appended']> = {};
  for (const w of pl.cells) {
    if (w.purpose !== 'header' || w.sheet !== t.sheet || parseA1(w.cell).row !== t.headerRow) continue;
    const col = parseA1(w.cell).col;
    if (col <= t.area.right) continue;
    if (w.value === HEADER_CAPAIAN && t.columns.capaian === undefined) out.capaian = colLetter(col);
    if (w.value === HEADER_KLASIFIKASI && t.columns.klasifikasi === undefined) out.klasifikasi = colLetter(col);
  }
  return Object.keys(out).length ? out : undefined;
}

/** The report of a run on the active sheet before anything is written. */
export function baseReport(s: Session, mode: RunReport['mode'], p: Prepared): RunReport {
  const active = p.read.active;
  const tables = p.analysis.tables.filter((t) => t.sheet === active);
  return {
    mode,
    sheet: active,
    tables: tables.map((t) => ({ ...tableSummary(t, p.original.sheets.find((g) => g.sheet === t.sheet), s.lang), appended: appendedColumns(s, p, t) })),
    message: '',
    noTable: tables.length === 0,
    summary: emptySummary(),
    findings: p.analysis.findings.filter((f) => f.sheet === active),
    commentMode: 'none',
    commentsWritten: 0,
    warnings: [...p.warnings],
  };
}

export function noTableMessage(s: Session, p: Prepared): string {
  const skipped = p.analysis.skipped.find((x) => x.sheet === p.read.active);
  return s.m.noTable(p.read.active, skipped?.reason ?? null);
}
