/**
 * The data that flows through the core: RecognizedTable (recognize.ts) -> Analysis (analyse.ts)
 * -> WritePlan (plan.ts). Pure data, no host types. See docs/aturan.md.
 *
 * All percent quantities in the core (target, realisasi, capaian of % indicators) are in PERCENT
 * POINTS (80 for 80%), whatever form the cell held. Rows/cols are 1-based sheet coordinates.
 */
import type { Area, Cell } from './grid';
import type { Settings } from './settings';
import type { Remark } from '../i18n/remarks';
import { ROLE_NAMES } from './settings';

// ---------------------------------------------------------------- recognition

export type TableKind = 'pk' | 'pengukuran' | 'renstra' | 'rencana-aksi';

/** The columns a table may have (`no` is the row number column); the list lives with the settings' zod schema. */
export type Role = (typeof ROLE_NAMES)[number];

export const ROLES: readonly Role[] = ROLE_NAMES;

/** Role -> 1-based sheet column. */
export type TableColumns = Partial<Record<Role, number>>;

/** Columns of a year block other than the table's main year (two-row headers `2022: Target Realisasi Capaian`). */
export interface YearColumns {
  target?: number;
  realisasi?: number;
  capaian?: number;
}

/** A quarter sub-row of a Rencana Aksi indicator. */
export interface TwRow {
  label: 'TW I' | 'TW II' | 'TW III' | 'TW IV';
  row: number;
  /** Texts of that row (planned activity, capaian text, notes), for zero-case evidence. */
  texts: string[];
  /** Numeric target of the quarter where the table has one. */
  target?: Cell;
  realisasi?: Cell;
}

/** One indicator row as the recogniser found it, before any value is parsed. */
export interface RawIndicator {
  /** Sheet row of the indicator's first cell. */
  row: number;
  /** Every sheet row that belongs to it (name split over two rows, TW sub-rows). */
  rows: number[];
  no: string | null;
  /** Sasaran text (from the merged cell above, or a section title row), '' when none. */
  sasaran: string;
  /** Indicator name, joined when split over rows, leading `1.` numbering kept as typed. */
  indikator: string;
  /** The cell of each role for this indicator (target, realisasi, capaian, klasifikasi, satuan, polaritas, keterangan). */
  cells: Partial<Record<Role, Cell>>;
  /**
   * Per-year cells: Renstra matrix targets (`{"2021": {target}}`) and other-year blocks of
   * two-year tables (`{"2022": {target, realisasi, capaian}}`).
   */
  yearCells: Record<string, { target?: Cell; realisasi?: Cell; capaian?: Cell }>;
  /** Rencana Aksi quarter rows. */
  tw: TwRow[];
  /** Free texts that belong to the indicator: keterangan, notes, TW texts. */
  notes: string[];
  /**
   * The counts behind a percentage realisasi: the cells its formula divides (`=F12/E12*100`),
   * or a pair of count columns (`Pembilang`/`Penyebut`, `Jumlah WBP`/`Perawatan yang diberikan`).
   */
  hitungan?: { pembilang: Cell; penyebut: Cell; sumber: 'rumus' | 'kolom' };
}

/** A stated average row (`Rata-rata capaian`) with the cell holding the stated value. */
export interface AverageRow {
  row: number;
  cell: Cell;
}

export interface RecognizedTable {
  /** `${sheet}!${A1 range}`: unique in a workbook. */
  id: string;
  sheet: string;
  kind: TableKind;
  /** Whole table: header rows through the last data row. */
  area: Area;
  /** First header row (sheet row). */
  headerRow: number;
  /** Number of header rows (1 or 2), not counting a `(1) (2) (3)` column-number row. */
  headerRows: number;
  /** First data row. */
  dataTop: number;
  /** Year of the table's main figures (from a header `TARGET 2023`, a title or the sheet name), else null. */
  year: number | null;
  /** Title text found above the table, if any. */
  title: string | null;
  columns: TableColumns;
  /** Header text of each recognised column, as typed. */
  headers: Partial<Record<Role, string>>;
  /** Roles whose header says `(%)` (values are percent points when plain numbers). */
  percentPoints: Role[];
  /** Other-year blocks (two-row headers), keyed by year. */
  otherYears: Record<string, YearColumns>;
  /** Renstra matrix: year -> target column. */
  renstraYears: Record<string, number>;
  /** Budget columns (PAGU, REALISASI in Rupiah, SERAPAN) that must never be taken as performance. */
  budgetColumns: number[];
  indicators: RawIndicator[];
  averageRows: AverageRow[];
  /** Recogniser remarks (uncertain columns, corrections applied), Indonesian. */
  remarks: string[];
  /** The same remarks as codes with parameters (src/i18n/remarks.ts renders them in either language). */
  remarkCodes?: Remark[];
  /** True when a user column mapping from the settings was applied. */
  mapped: boolean;
}

export interface SkippedSheet {
  sheet: string;
  /** Indonesian reason (`Tidak ditemukan tabel PK: tidak ada kolom Indikator dan Target.`). */
  reason: string;
}

export interface Recognition {
  tables: RecognizedTable[];
  /** Set when the sheet holds no PK table. */
  skipped: SkippedSheet | null;
}

// ---------------------------------------------------------------- values

export type ValueKind =
  | 'percent' // 80%, 0.8 with % format, 80 under a (%) header; value in percent points
  | 'count' // 1 Layanan, 64 Unit, 1.067 Orang
  | 'index' // 77,5 (no unit)
  | 'number' // a plain number with no unit and no % context
  | 'range' // 80-90%, 80 s.d. 90
  | 'money' // Rp 2.362.664.000,-
  | 'empty' // empty cell
  | 'na' // -, N/A, nihil, tidak ada
  | 'error'; // #DIV/0!, or text that parses as nothing

export interface ParsedValue {
  kind: ValueKind;
  /** The number (percent points for percent); for a range, null. */
  value: number | null;
  /** Range bounds (same unit as value). */
  low?: number;
  high?: number;
  /** '%', a count unit as typed ('Layanan', 'Unit'), 'Rp', or null (index/plain number). */
  unit: string | null;
  /** The displayed text the value came from. */
  raw: string;
  /** True when the cell is a plain numeric cell (a formula may reference it). */
  numericCell: boolean;
  /** True when the numeric cell holds a fraction shown with a % format (0.8 shown 80%). */
  fraction: boolean;
  /**
   * A target written with a comparison: `min` (`≥ 80%`, `minimal 80%`), `maks` (`≤ 5%`,
   * `maksimal 5%`: lower is better), `kira` (`± 70`). The value is the number written.
   */
  batas?: Batas;
}

export type Batas = 'min' | 'maks' | 'kira';

// ---------------------------------------------------------------- analysis

export type Polaritas = 'positif' | 'negatif' | 'rentang';
export type IndicatorStatus = 'ok' | 'na' | 'galat';
export type Severity = 'galat' | 'peringatan' | 'info';

export type RuleId =
  | 'nihil-disamakan-target'
  | 'nihil-dinilai-nol'
  | 'capaian-tidak-sesuai'
  | 'realisasi-melebihi-100'
  | 'satuan-tidak-cocok'
  | 'nilai-tidak-terbaca'
  | 'target-nol'
  | 'target-berbeda'
  | 'target-renstra-berbeda'
  | 'realisasi-kosong'
  | 'rata-rata-tidak-sesuai'
  | 'capaian-seragam'
  | 'capaian-ekstrem'
  | 'polaritas-perlu-dicek';

export const RULE_SEVERITY: Record<RuleId, Severity> = {
  'nihil-disamakan-target': 'galat',
  'nihil-dinilai-nol': 'peringatan',
  'capaian-tidak-sesuai': 'peringatan',
  'realisasi-melebihi-100': 'peringatan',
  'satuan-tidak-cocok': 'galat',
  'nilai-tidak-terbaca': 'galat',
  'target-nol': 'galat',
  'target-berbeda': 'peringatan',
  'target-renstra-berbeda': 'peringatan',
  'realisasi-kosong': 'info',
  'rata-rata-tidak-sesuai': 'peringatan',
  'capaian-seragam': 'peringatan',
  'capaian-ekstrem': 'info',
  'polaritas-perlu-dicek': 'info',
};

export interface OtherYear {
  year: number;
  target: ParsedValue | null;
  realisasi: ParsedValue | null;
  capaianTertulis: ParsedValue | null;
  capaian: number | null;
  /** A1 addresses of the block's cells on the indicator's row. */
  cells?: Partial<Record<'target' | 'realisasi' | 'capaian', string>>;
}

export interface Indicator {
  /** `${tableId}#${row}` */
  id: string;
  tableId: string;
  sheet: string;
  row: number;
  rows: number[];
  no: string | null;
  sasaran: string;
  indikator: string;
  /** Normalised name used for matching across tables (names.ts). */
  key: string;
  satuan: string | null;
  polaritas: Polaritas;
  polaritasSumber: 'kolom' | 'pengaturan' | 'bawaan' | 'rentang';
  target: ParsedValue | null;
  realisasi: ParsedValue | null;
  /** The capaian the table states (its capaian cell), if any. */
  capaianTertulis: ParsedValue | null;
  klasifikasiTertulis: string | null;
  /** Computed capaian in percent points, full precision; null for N/A or when it cannot be computed. */
  capaian: number | null;
  /** True when the cap setting lowered the value. */
  dibatasi: boolean;
  /** Label of the scale; `Tidak dapat diukur` when capaian is null. */
  klasifikasi: string;
  status: IndicatorStatus;
  /** Evidence texts of zero cases (empty when none). */
  nihil: string[];
  /** Why capaian is null (Indonesian), when it is. */
  alasanNA: string | null;
  /** A1 addresses of the indicator's cells by role (on its sheet). */
  cells: Partial<Record<Role, string>>;
  /** Renstra matrix targets by year (kind renstra). */
  targets: Record<string, ParsedValue>;
  otherYears: OtherYear[];
  notes: string[];
  /** Rencana Aksi quarters, as recognised. */
  tw: TwRow[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address on `sheet` of the cell the finding is about. */
  cell: string;
  row: number;
  /** Indonesian message: what is wrong, the numbers, what to do. */
  message: string;
  tableId?: string;
  indicatorId?: string;
}

/** A cross-table match of two indicators (by normalised name). */
export interface IndicatorMatch {
  a: string; // indicator id
  b: string; // indicator id
  /** 1 for an exact normalised match, else the token-overlap score (>= 0.85). */
  score: number;
  exact: boolean;
}

export interface AnalysedTable extends RecognizedTable {
  items: Indicator[];
  /** Mean capaian over indicators with a capaian (null when none). */
  rataRata: number | null;
}

export interface Analysis {
  file: string | null;
  /** The year N of the analysis (settings, sheet names, titles), or null. */
  year: number | null;
  tables: AnalysedTable[];
  skipped: SkippedSheet[];
  findings: Finding[];
  matches: IndicatorMatch[];
  settings: Settings;
}

// ---------------------------------------------------------------- write plan

/** What a write is for: lets adapters and reports count and explain. */
export type WritePurpose =
  | 'capaian'
  | 'klasifikasi'
  | 'header'
  | 'legend'
  | 'sheet'; // cells of a new sheet

export interface CellWrite {
  sheet: string;
  cell: string; // A1
  purpose: WritePurpose;
  /** A formula ('=E5/D5') or null; when set, `value` is the cached result. */
  formula: string | null;
  /** The value (or a formula's computed result, for hosts that cache it). Text never starts with = + - @ unless escaped. */
  value: string | number | boolean | null;
  /** Number format to set BEFORE the value ('0.00%', '0.00', '@', 'General'). */
  numberFormat?: string;
  /** Copy the cell style (font, fill, border, alignment) from this A1 cell on the same sheet. */
  styleFrom?: string;
  bold?: boolean;
  /** Solid fill, RGB hex without '#' ('FFC7CE'), e.g. the Tingkat cell by severity. */
  fill?: string;
  /** Wrap long text (aligned to the top); rows without a custom height grow to show it. */
  wrap?: boolean;
}

export interface CommentWrite {
  sheet: string;
  cell: string;
  /** The whole comment text (all findings of that cell, one per paragraph). */
  text: string;
  rules: RuleId[];
}

export interface ChartSpec {
  type: 'clustered-column' | 'line';
  title: string;
  /** Range on the new sheet (A1) holding categories in the first column and series after, with a header row. */
  dataRange: string;
  /** Series names in order (the header row's texts). */
  series: string[];
  /** Top-left cell where the chart is placed. */
  anchor: string;
}

export interface SheetSpec {
  name: string;
  purpose: 'temuan' | 'perbandingan-renstra' | 'pengukuran';
  /** Cells of the new sheet (sheet field equals name). */
  cells: CellWrite[];
  columnWidths?: Record<string, number>; // column letter -> width in characters
  /** An Excel table over this range with a header row. */
  table?: { range: string; name: string; style?: string };
  charts: ChartSpec[];
  /** Cells the sheet keeps frozen (header rows). */
  freezeRows?: number;
  /** How the sheet prints (staff paste it into the LKjIP). */
  print?: PrintSetup;
}

/** Landscape A4, one page wide and as many tall as needed, header rows on every page. */
export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  /** Pages wide (1); pages tall is free. */
  fitWidth: 1;
  /** Rows repeated at the top of every printed page (print titles), 1-based inclusive. */
  titleRows: { from: number; to: number };
}

export interface WritePlan {
  mode: 'hitung' | 'periksa';
  /** Writes to existing sheets (number formats first, then values/formulas). */
  cells: CellWrite[];
  /** The complete set of the add-in's comments: adapters replace their own previous ones with these. */
  comments: CommentWrite[];
  /** Sheets to create or replace. */
  sheets: SheetSpec[];
  summary: PlanSummary;
}

export interface PlanSummary {
  tables: number;
  indicators: number;
  capaian: number;
  na: number;
  formulas: number;
  values: number;
  findings: Record<Severity, number>;
  byRule: Partial<Record<RuleId, number>>;
}
