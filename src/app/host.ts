/**
 * What the task pane and the ribbon commands ask of a host. The Excel adapter implements it on
 * Office.js (src/excel/operations.ts); the playground implements it on the in-memory Excel of the
 * tests with the very same adapter code. The task pane imports only this interface.
 */
import type { Finding, PlanSummary, Polaritas, Role, Severity, TableKind } from '../core/types';
import type { Settings } from '../core/settings';
import type { LaporanKesiapan } from './kesiapan';

import type { Lang } from '../i18n/lang';
export type { Lang };

export interface TableSummary {
  id: string;
  sheet: string;
  kind: TableKind;
  year: number | null;
  /** A1 range of the table. */
  range: string;
  headerRow: number;
  /** Role -> column letter. */
  columns: Partial<Record<Role, string>>;
  indicators: number;
  capaian: number;
  na: number;
  /** True when the user's column mapping was applied. */
  mapped: boolean;
  /** Columns Hitung appends (or appended) right of the table because the table had none: role -> letter. */
  appended?: Partial<Record<Role, string>>;
  remarks: string[];
  /**
   * OPTIONAL (added for the task pane): header text of every column of the table, column letter ->
   * text as typed (two-row headers joined with ' / '). Feeds the Pemetaan Kolom dropdowns.
   */
  headerTexts?: Record<string, string>;
  /** OPTIONAL (added for the task pane): the table's indicators, for the per-indicator polarity list. */
  items?: TableItem[];
}

/** One indicator of a table as the task pane lists it (OPTIONAL part of TableSummary). */
export interface TableItem {
  row: number;
  indikator: string;
  /** Normalised name (names.ts normaliseName): the key of settings.polaritas. */
  key: string;
  polaritas: Polaritas;
  polaritasSumber: 'kolom' | 'pengaturan' | 'bawaan' | 'rentang';
  /** Computed capaian in percent points, null for N/A. */
  capaian: number | null;
  klasifikasi: string;
}

export interface RunReport {
  mode: 'analisis' | 'hitung' | 'periksa';
  sheet: string;
  tables: TableSummary[];
  /** Indonesian (or English) one-line outcome for the user. */
  message: string;
  /** True when the sheet had no PK table and nothing changed. */
  noTable: boolean;
  summary: PlanSummary;
  findings: Finding[];
  /** How comments were written: threaded comments, notes, or only the Temuan sheet. */
  commentMode: 'threaded' | 'notes' | 'sheet-only' | 'none';
  commentsWritten: number;
  warnings: string[];
}

export interface BackupInfo {
  when: string; // ISO time of the run that made it
  sheet: string;
  cells: number;
  comments: number;
  sheets: string[]; // sheets that run created or replaced
}

export type Progress = (fraction: number, label: string) => void;

export interface CapaianHost {
  lang(): Lang;
  /** Reads and analyses the active sheet without changing anything (for Ringkasan). */
  analyse(): Promise<RunReport>;
  hitung(onProgress?: Progress): Promise<RunReport>;
  periksa(onProgress?: Progress): Promise<RunReport>;
  /** What Pulihkan would restore, or null when there is no backup. */
  backupInfo(): Promise<BackupInfo | null>;
  pulihkan(): Promise<{ restored: number; message: string }>;
  selectCell(sheet: string, cell: string): Promise<void>;
  getSettings(): Promise<{ settings: Settings; warnings: string[] }>;
  saveSettings(settings: Settings): Promise<void>;
  /** On a PK sheet: create (or refresh) the year's pengukuran sheet. */
  siapkanPengukuran(): Promise<{ sheet: string; message: string }>;
  /** Build (or rebuild) `Perbandingan Renstra`; `confirmReplace` for a sheet of that name a person wrote. */
  bangunRenstra(opts?: { confirmReplace?: boolean }): Promise<{ sheet: string | null; message: string; needsConfirm?: boolean }>;
  /** Subscribe to active-sheet changes; returns an unsubscribe function. */
  onSheetChange?(cb: () => void): () => void;
  /** Periksa Kesiapan: every capability the add-in uses, tried on a temporary sheet (src/app/kesiapan.ts). */
  periksaKesiapan?(): Promise<LaporanKesiapan>;
}

export type SeverityCounts = Record<Severity, number>;
