/**
 * Hand-built indicators and tables for rule tests: every value is written out here, every
 * capaian worked out by hand in the test that uses it.
 */
import type { AnalysedTable, Indicator, ParsedValue, TableKind } from '../../src/core/types';
import { buatKonteks } from '../../src/core/rules';
import type { RuleContext } from '../../src/core/rules';

const base = { numericCell: false, fraction: false };
export const pct = (value: number, raw = `${String(value).replace('.', ',')}%`): ParsedValue => ({ kind: 'percent', value, unit: '%', raw, ...base });
export const cnt = (value: number, unit: string): ParsedValue => ({ kind: 'count', value, unit, raw: `${value} ${unit}`, ...base });
export const idx = (value: number, raw = String(value)): ParsedValue => ({ kind: 'index', value, unit: null, raw, ...base });
export const num = (value: number): ParsedValue => ({ kind: 'number', value, unit: null, raw: String(value), ...base, numericCell: true });
export const na = (raw = 'N/A'): ParsedValue => ({ kind: 'na', value: null, unit: null, raw, ...base });
export const err = (raw: string): ParsedValue => ({ kind: 'error', value: null, unit: null, raw, ...base });
export const empty = (): ParsedValue => ({ kind: 'empty', value: null, unit: null, raw: '', ...base });
export const range = (low: number, high: number): ParsedValue => ({ kind: 'range', value: null, low, high, unit: '%', raw: `${low}-${high}%`, ...base });

export interface IndOpts extends Partial<Indicator> {
  tableId?: string;
}

/** An indicator on row `row` of a table with No|Sasaran|Indikator|Target|Realisasi|Capaian|Keterangan in A..G. */
export function ind(row: number, o: IndOpts = {}): Indicator {
  const tableId = o.tableId ?? 'Pengukuran 2023!A3:G20';
  const sheet = o.sheet ?? tableId.split('!')[0];
  return {
    id: `${tableId}#${row}`,
    tableId,
    sheet,
    row,
    rows: [row],
    no: null,
    sasaran: 'Meningkatnya pelayanan',
    indikator: 'Persentase pemenuhan layanan makanan',
    key: 'persentase pemenuhan layanan makanan',
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
    status: 'na',
    nihil: [],
    alasanNA: null,
    cells: { indikator: `C${row}`, target: `D${row}`, realisasi: `E${row}`, capaian: `F${row}`, keterangan: `G${row}` },
    targets: {},
    otherYears: [],
    notes: [],
    tw: [],
    ...o,
  };
}

export function tabel(kind: TableKind, items: Indicator[], o: Partial<AnalysedTable> = {}): AnalysedTable {
  const id = o.id ?? items[0]?.tableId ?? 'Pengukuran 2023!A3:G20';
  const sheet = o.sheet ?? id.split('!')[0];
  const withC = items.filter((i) => i.capaian !== null);
  return {
    id,
    sheet,
    kind,
    area: { top: 3, left: 1, bottom: 20, right: 7 },
    headerRow: 3,
    headerRows: 1,
    dataTop: 4,
    year: 2023,
    title: null,
    columns: kind === 'pk' ? { no: 1, sasaran: 2, indikator: 3, target: 4 } : { no: 1, sasaran: 2, indikator: 3, target: 4, realisasi: 5, capaian: 6, keterangan: 7 },
    headers: {},
    percentPoints: [],
    otherYears: {},
    renstraYears: {},
    budgetColumns: [],
    indicators: [],
    averageRows: [],
    remarks: [],
    mapped: false,
    items,
    rataRata: withC.length ? withC.reduce((s, i) => s + (i.capaian as number), 0) / withC.length : null,
    ...o,
  };
}

export function ctxOf(tables: AnalysedTable[], o: Parameters<typeof buatKonteks>[1] = {}): RuleContext {
  return buatKonteks(tables, { year: 2023, ...o });
}
