/**
 * Hand-built Analysis objects for the Renstra comparison tests (no recogniser involved), shaped
 * like seed 001 (LKjIP 2023, Rutan Kelas IIB Kupang): Tabel III.1 (2023), the 2022 block of the
 * year-on-year tables, and the Renstra medium-term targets 2021-2024.
 */
import { a1 } from '../../src/core/grid';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type {
  AnalysedTable,
  Analysis,
  Indicator,
  IndicatorStatus,
  OtherYear,
  ParsedValue,
  Polaritas,
  RawIndicator,
  TableKind,
  TableColumns,
} from '../../src/core/types';

/** A percent cell: 0.8 shown 80% (fraction) by default, or 80 under a (%) header. */
export function pct(points: number, opts: { fraction?: boolean; raw?: string } = {}): ParsedValue {
  const fraction = opts.fraction ?? true;
  return { kind: 'percent', value: points, unit: '%', raw: opts.raw ?? `${points}%`, numericCell: true, fraction };
}

/** A percent typed as text ('80%'): no formula may reference it. */
export function pctText(points: number): ParsedValue {
  return { kind: 'percent', value: points, unit: '%', raw: `${points}%`, numericCell: false, fraction: false };
}

export function count(n: number, unit: string): ParsedValue {
  return { kind: 'count', value: n, unit, raw: `${n} ${unit}`, numericCell: false, fraction: false };
}

export function na(raw = 'N/A'): ParsedValue {
  return { kind: 'na', value: null, unit: null, raw, numericCell: false, fraction: false };
}

export interface IndSpec {
  row: number;
  sasaran?: string;
  indikator: string;
  target?: ParsedValue | null;
  realisasi?: ParsedValue | null;
  capaianTertulis?: ParsedValue | null;
  /** Computed capaian (percent points), as analyse would give. */
  capaian?: number | null;
  polaritas?: Polaritas;
  nihil?: string[];
  status?: IndicatorStatus;
  targets?: Record<string, ParsedValue>;
  otherYears?: OtherYear[];
}

export interface TableSpec {
  sheet: string;
  kind: TableKind;
  year: number | null;
  headerRow: number;
  headerRows?: number;
  columns: TableColumns;
  renstraYears?: Record<string, number>;
  otherYears?: Record<string, { target?: number; realisasi?: number; capaian?: number }>;
  items: IndSpec[];
}

export function table(spec: TableSpec): AnalysedTable {
  const headerRows = spec.headerRows ?? 1;
  const bottom = spec.items.length ? Math.max(...spec.items.map((i) => i.row)) : spec.headerRow + headerRows;
  const right = Math.max(
    ...Object.values(spec.columns).filter((c): c is number => c !== undefined),
    ...Object.values(spec.renstraYears ?? {}),
    ...Object.values(spec.otherYears ?? {}).flatMap((b) => Object.values(b)),
  );
  const area = { top: spec.headerRow, left: 1, bottom, right };
  const id = `${spec.sheet}!${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;
  const col = spec.columns;
  const items: Indicator[] = spec.items.map((s) => {
    const cells: Indicator['cells'] = {};
    for (const role of ['no', 'sasaran', 'indikator', 'target', 'realisasi', 'capaian', 'keterangan'] as const) {
      const c = col[role];
      if (c !== undefined) cells[role] = a1(s.row, c);
    }
    const capaian = s.capaian ?? null;
    const ind: Indicator = {
      id: `${id}#${s.row}`,
      tableId: id,
      sheet: spec.sheet,
      row: s.row,
      rows: [s.row],
      no: null,
      sasaran: s.sasaran ?? '',
      indikator: s.indikator,
      key: s.indikator.toLowerCase(),
      satuan: s.target?.unit ?? null,
      polaritas: s.polaritas ?? 'positif',
      polaritasSumber: 'bawaan',
      target: s.target ?? null,
      realisasi: s.realisasi ?? null,
      capaianTertulis: s.capaianTertulis ?? null,
      klasifikasiTertulis: null,
      capaian,
      dibatasi: false,
      klasifikasi: capaian === null ? 'Tidak dapat diukur' : 'Sangat Tinggi',
      status: s.status ?? (capaian === null ? 'na' : 'ok'),
      nihil: s.nihil ?? [],
      alasanNA: capaian === null ? 'tidak ada kasus' : null,
      cells,
      targets: s.targets ?? {},
      otherYears: s.otherYears ?? [],
      notes: [],
      tw: [],
    };
    return ind;
  });
  const raws: RawIndicator[] = spec.items.map((s) => ({
    row: s.row,
    rows: [s.row],
    no: null,
    sasaran: s.sasaran ?? '',
    indikator: s.indikator,
    cells: {},
    yearCells: {},
    tw: [],
    notes: [],
  }));
  return {
    id,
    sheet: spec.sheet,
    kind: spec.kind,
    area,
    headerRow: spec.headerRow,
    headerRows,
    dataTop: spec.headerRow + headerRows,
    year: spec.year,
    title: null,
    columns: spec.columns,
    headers: {},
    percentPoints: [],
    otherYears: spec.otherYears ?? {},
    renstraYears: spec.renstraYears ?? {},
    budgetColumns: [],
    indicators: raws,
    averageRows: [],
    remarks: [],
    mapped: false,
    items,
    rataRata: null,
  };
}

export function analysis(tables: AnalysedTable[], year: number | null, settings: Partial<Settings> = {}): Analysis {
  return {
    file: null,
    year,
    tables,
    skipped: [],
    findings: [],
    matches: [],
    settings: { ...DEFAULT_SETTINGS, ...settings },
  };
}

// ---------------------------------------------------------------- seed 001 names

export const SK1 =
  'Meningkatnya Pelayanan Perawatan Narapidana/Tahanan/Anak, Pengendalian Penyakit Menular dan Peningkatan Kualitas Hidup Narapidana Peserta Rehabilitasi Narkotika di Wilayah';
export const SK2 = 'Meningkatnya Pelayanan Tahanan di Wilayah Sesuai Standar';
export const SK4 = 'Meningkatnya Dukungan Layanan Manajemen Satker';

export const MAKANAN = 'Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai dengan standar';
export const PREVENTIF = 'Persentase Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif) secara berkualitas';
export const MATERNAL = 'Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal';
/** The Renstra's wording (seed 001 lines 816-818): ' sesuai dengan standar' added. */
export const MATERNAL_RENSTRA =
  'Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal sesuai dengan standar';
export const OVERSTAY = 'Persentase Menurunnya Tahanan yang overstaying';
export const KENDARAAN = 'Jumlah Kendaraan Bermotor';
