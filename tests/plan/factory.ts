/**
 * Hand-made Analysis objects for plan tests (no recogniser involved).
 */
import type { AnalysedTable, Analysis, Finding, Indicator, ParsedValue, RuleId } from '../../src/core/types';
import { RULE_SEVERITY } from '../../src/core/types';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { Area } from '../../src/core/grid';

export function pv(kind: ParsedValue['kind'], value: number | null, raw: string, opts: Partial<ParsedValue> = {}): ParsedValue {
  return { kind, value, raw, unit: kind === 'percent' ? '%' : null, numericCell: false, fraction: false, ...opts };
}

/** A fraction cell: 0.8 shown 80% (value in percent points). */
export const frac = (points: number) => pv('percent', points, `${points}%`, { numericCell: true, fraction: true });
/** A plain number under a (%) header. */
export const pts = (points: number) => pv('percent', points, String(points), { numericCell: true });
/** Text percentage '100%'. */
export const textPct = (points: number) => pv('percent', points, `${points}%`);

export function indicator(sheet: string, tableId: string, row: number, o: Partial<Indicator> & { cols: { target: string; realisasi: string } }): Indicator {
  const { cols, ...rest } = o;
  return {
    id: `${tableId}#${row}`,
    tableId,
    sheet,
    row,
    rows: [row],
    no: null,
    sasaran: 'Meningkatnya layanan',
    indikator: `Indikator baris ${row}`,
    key: `indikator baris ${row}`,
    satuan: '%',
    polaritas: 'positif',
    polaritasSumber: 'bawaan',
    target: null,
    realisasi: null,
    capaianTertulis: null,
    klasifikasiTertulis: null,
    capaian: null,
    dibatasi: false,
    klasifikasi: 'Tidak dapat diukur',
    status: 'ok',
    nihil: [],
    alasanNA: null,
    cells: { target: `${cols.target}${row}`, realisasi: `${cols.realisasi}${row}` },
    targets: {},
    otherYears: [],
    notes: [],
    tw: [],
    ...rest,
  };
}

export function table(sheet: string, area: Area, o: Partial<AnalysedTable>): AnalysedTable {
  const id = `${sheet}!${area.top}`;
  return {
    id,
    sheet,
    kind: 'pengukuran',
    area,
    headerRow: area.top,
    headerRows: 1,
    dataTop: area.top + 1,
    year: 2023,
    title: null,
    columns: {},
    headers: {},
    percentPoints: [],
    otherYears: {},
    renstraYears: {},
    budgetColumns: [],
    indicators: [],
    averageRows: [],
    remarks: [],
    mapped: false,
    items: [],
    rataRata: null,
    ...o,
  };
}

export function finding(rule: RuleId, sheet: string, cell: string, message: string): Finding {
  const row = Number(/\d+/.exec(cell)![0]);
  return { rule, severity: RULE_SEVERITY[rule], sheet, cell, row, message };
}

export function analysis(tables: AnalysedTable[], findings: Finding[] = [], settings: Partial<Settings> = {}): Analysis {
  return {
    file: 'uji.xlsx',
    year: 2023,
    tables,
    skipped: [],
    findings,
    matches: [],
    settings: { ...DEFAULT_SETTINGS, ...settings },
  };
}
