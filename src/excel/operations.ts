/**
 * The flows of the Excel host: read -> core (analyse, plan, planPengukuran, compareRenstra) ->
 * backup + write, and Pulihkan. No domain rule lives here: every decision about capaian,
 * klasifikasi and findings is the core's.
 */
import type { BackupInfo, Lang, Progress, RunReport, TableSummary } from '../app/host';
import { analyse } from '../core/analyse';
import { a1, areaA1, cellAt, colLetter, colNumber, parseA1, textAt } from '../core/grid';
import type { Grid, WorkbookSnapshot } from '../core/grid';
import { withOriginals } from '../core/ledger';
import { planPengukuran } from '../core/pengukuran';
import { emptySummary, HEADER_CAPAIAN, HEADER_KLASIFIKASI, plan } from '../core/plan';
import { compareRenstra, planRenstraSheet } from '../core/renstra';
import type { Settings } from '../core/settings';
import type { Analysis, AnalysedTable, CellWrite, PlanSummary, SheetSpec } from '../core/types';
import type { Op } from './apply';
import { DEFAULT_BUDGET, execute, sheetOps, writeOps } from './apply';
import type { BackupCell, BackupData, BackupSheet } from './backup';
import { backupInfo, backupOps, deleteBackupOps, ledgerOf, mergeBackup, originalCell, parseBackup, previousBackupOps, restoreOps, sheetBackup, threadBackup } from './backup';
import type { CommentMode, Reconciled } from './comments';
import { commentMode, reconcile, threadOps } from './comments';
import type { Messages } from './messages';
import { messages } from './messages';
import { pesanKesalahan } from '../i18n/kesalahan';
import type { Capabilities, SheetMeta, WorkbookRead } from './read';
import { BACKUP_SHEET, SETTINGS_SHEET, parseAreasAddress, readWorkbook } from './read';
import { loadSettings, settingsFrom, settingsOps } from './settings-store';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OperationsOptions {
  lang: Lang;
  now: () => Date;
  /** Request budget in bytes (default 4,000,000: under Excel on the web's 5 MB). */
  budget: number;
  isSetSupported?: (set: string, version: string) => boolean;
}

function defaultIsSetSupported(): ((set: string, version: string) => boolean) | undefined {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  return req ? (set, version) => req.isSetSupported(set, version) : undefined;
}

export function detectCaps(context: Excel.RequestContext, isSet?: (set: string, version: string) => boolean): Capabilities {
  const has = (v: string) => (isSet ? isSet('ExcelApi', v) : true);
  const wb = context.workbook as unknown as { comments?: unknown; notes?: unknown };
  return {
    comments: has('1.10') && wb.comments !== undefined,
    notes: has('1.18') && wb.notes !== undefined,
    merges: has('1.13'),
    copyStyle: has('1.9'),
  };
}

const EMPTY_SUMMARY: PlanSummary = emptySummary();

export function tableSummary(t: AnalysedTable, grid: Grid | undefined): TableSummary {
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
    remarks: t.remarks,
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

/** A message written for the user (from the dictionary): the pane shows it as it is (src/i18n/kesalahan.ts). */
class UserMessage extends Error {
  readonly forUser = true;
}

/** Excel tables of the sheets the add-in writes as results (core plan.ts / renstra.ts names). */
const OUTPUT_TABLES = /^(TemuanCapaianPK|PerbandinganRenstra)(_\d+)?$/i;

interface Prepared {
  read: WorkbookRead;
  settings: Settings;
  warnings: string[];
  analysis: Analysis;
  caps: Capabilities;
  /** The workbook as the user had it before the add-in's runs (withOriginals of the read). */
  original: WorkbookSnapshot;
}

/** A write: cells on existing sheets, the add-in's threads, sheets to create or replace. */
interface WriteJob {
  run: string;
  active: string;
  read: WorkbookRead;
  caps: Capabilities;
  cells: CellWrite[];
  threads: { mode: CommentMode; rec: Reconciled } | null;
  specs: SheetSpec[];
  activate?: string;
}

export function createOperations(run: ExcelRun, options: Partial<OperationsOptions> & { lang: Lang }) {
  const lang = options.lang;
  const m: Messages = messages(lang);
  const now = options.now ?? (() => new Date());
  const budget = options.budget ?? DEFAULT_BUDGET;
  const isSet = options.isSetSupported ?? defaultIsSetSupported();

  async function prepare(focus: boolean): Promise<Prepared> {
    return run(async (context) => {
      const caps = detectCaps(context, isSet);
      const read = await readWorkbook(context, caps);
      const st = settingsFrom(read.settingsSheet, read.settingsOffice);
      // The add-in's own output sheets (Temuan, Perbandingan Renstra: recognised by their Excel
      // table) are results, not inputs: the analysis never reads them.
      const outputs = new Set(read.sheets.filter((m) => m.tables.some((t) => OUTPUT_TABLES.test(t))).map((m) => m.name));
      // The ledger of earlier runs (the backup): cells still holding what the add-in wrote are read
      // as their originals, the sheets it created are left out (core/ledger.ts withOriginals).
      const ledger = ledgerOf(parseBackup(read.backupRaw));
      if (ledger) read.snapshot = { ...read.snapshot, ledger };
      const input = { ...read.snapshot, sheets: read.snapshot.sheets.filter((g) => !outputs.has(g.sheet)) };
      const analysis = analyse(input, st.settings, { ...(focus ? { focusSheets: [read.active] } : {}), lang });
      // What the plan and the summaries see is the workbook as the analysis read it.
      const original = withOriginals(input);
      return { read, settings: st.settings, warnings: [...st.warnings], analysis, caps, original };
    });
  }

  function gridOf(read: WorkbookRead, sheet: string): Grid | undefined {
    return read.snapshot.sheets.find((g) => g.sheet === sheet);
  }

  function metaOf(read: WorkbookRead, sheet: string): SheetMeta | undefined {
    return read.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
  }

  /** True when an existing sheet of the spec's name was written by the add-in (its Excel table is ours). */
  function isOurSheet(read: WorkbookRead, spec: SheetSpec): boolean {
    const meta = metaOf(read, spec.name);
    if (!meta) return true;
    if (spec.table && meta.tables.some((t) => t.toLowerCase() === spec.table!.name.toLowerCase())) return true;
    const g = gridOf(read, meta.name);
    if (!g || g.values.length === 0) return true; // an empty sheet holds nothing of anyone's
    const first = spec.cells.find((c) => c.cell === 'A1');
    return !!first && textAt(g, 1, 1) === String(first.value ?? '') && !spec.table;
  }

  /** Renames a spec (and its cells) to a free name when a person's sheet has its name. */
  function freeName(read: WorkbookRead, spec: SheetSpec, warnings: string[]): SheetSpec {
    if (isOurSheet(read, spec)) return spec;
    let name = `${spec.name} (Capaian PK)`;
    for (let i = 2; metaOf(read, name) && !isOurSheet(read, { ...spec, name }); i++) name = `${spec.name} (Capaian PK ${i})`;
    warnings.push(m.sheetRenamed(spec.name, name));
    const table = spec.table ? { ...spec.table, name: `${spec.table.name}_${Math.abs(hash(name)) % 1000}` } : undefined;
    return { ...spec, name, cells: spec.cells.map((c) => ({ ...c, sheet: name })), ...(table ? { table } : {}) };
  }

  function hash(s: string): number {
    let h = 0;
    for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
    return h;
  }

  function protectedTargets(job: WriteJob): string[] {
    const targets = new Set<string>(job.cells.map((c) => c.sheet));
    if (job.threads && job.threads.mode !== 'sheet-only') for (const ch of job.threads.rec.changes) targets.add(ch.sheet);
    for (const s of job.specs) if (metaOf(job.read, s.name)) targets.add(s.name);
    return job.read.sheets.filter((s) => s.protected && targets.has(s.name)).map((s) => s.name);
  }

  /** Runs a write job: backup first, then the writes; on failure, rolls back. */
  async function write(job: WriteJob, onProgress?: Progress): Promise<void> {
    const prevParsed = parseBackup(job.read.backupRaw);
    const prev = prevParsed && prevParsed !== 'damaged' ? prevParsed : null;
    // Replaced sheets are copied for the rollback of this run; the stored (merged) backup keeps an
    // earlier run's copy, and no copy of a sheet an earlier run created (mergeBackup).
    const replaced = job.specs.filter((s) => metaOf(job.read, s.name));
    const created = job.specs.filter((s) => !metaOf(job.read, s.name)).map((s) => s.name);
    let data: BackupData | null = null;
    try {
      await run(async (context) => {
        // Replaced sheets: their tables' ranges and frozen rows (one extra read sync, only when replacing).
        const extra: BackupSheet[] = [];
        if (replaced.length) {
          const loaded = replaced.map((s) => {
            const meta = metaOf(job.read, s.name)!;
            const sh = context.workbook.worksheets.getItem(meta.name);
            const tables = meta.tables.map((t) => {
              const tb = sh.tables.getItem(t);
              tb.load('name,style');
              const r = tb.getRange();
              r.load('address');
              return { tb, r };
            });
            const frozen = sh.freezePanes.getLocationOrNullObject();
            frozen.load('address');
            const g = gridOf(job.read, meta.name);
            const props =
              job.caps.copyStyle && g && g.values.length
                ? sh
                    .getRangeByIndexes(g.top - 1, g.left - 1, g.values.length, Math.max(1, ...g.values.map((r) => r.length)))
                    .getCellProperties({ format: { font: { bold: true } } })
                : null;
            const widthCols = Object.keys(s.columnWidths ?? {}).map(colNumber);
            const widths =
              job.caps.copyStyle && widthCols.length
                ? sh.getRangeByIndexes(0, 0, 1, Math.max(...widthCols)).getColumnProperties({ format: { columnWidth: true } })
                : null;
            return { meta, tables, frozen, props, g, widths, widthCols };
          });
          await context.sync();
          for (const l of loaded) {
            const g = gridOf(job.read, l.meta.name) ?? { sheet: l.meta.name, top: 1, left: 1, values: [], text: [], formats: [], formulas: [], merges: [] };
            const tables = l.tables.map(({ tb, r }) => ({ name: tb.name, style: tb.style, range: areaA1(parseAreasAddress(r.address)[0]) }));
            const freezeRows = l.frozen.isNullObject ? 0 : parseAreasAddress(l.frozen.address)[0]?.bottom ?? 0;
            const bold: string[] = [];
            l.props?.value.forEach((row, i) => row.forEach((p, j) => { if (p.format?.font?.bold) bold.push(a1(g.top + i, g.left + j)); }));
            const widths: Record<string, number> = {};
            if (l.widths) for (const c of l.widthCols) widths[colLetter(c)] = l.widths.value[c - 1]?.format?.columnWidth ?? 48;
            extra.push(sheetBackup(g, tables, freezeRows, bold, widths));
          }
        }
        // One entry per cell: its original, and what the run writes there (the last write wins).
        const byCell = new Map<string, BackupCell>();
        for (const c of job.cells) {
          const k = `${c.sheet}!${c.cell}`;
          const w = { v: c.value, f: c.formula };
          const had = byCell.get(k);
          if (had) {
            had.w = w;
            if ((c.styleFrom || c.bold) && !had.styled) {
              const o = originalCell(gridOf(job.read, c.sheet), c.sheet, c.cell, true);
              if (o.styled) had.styled = true;
            }
            continue;
          }
          byCell.set(k, { ...originalCell(gridOf(job.read, c.sheet), c.sheet, c.cell, !!(c.styleFrom || c.bold)), w });
        }
        const cells = [...byCell.values()];
        data = {
          app: 'capaian-pk',
          version: 2,
          when: now().toISOString(),
          sheet: job.active,
          run: job.run,
          threadKind: job.threads && job.threads.mode !== 'sheet-only' ? job.threads.mode : null,
          cells,
          threads: job.threads && job.threads.mode !== 'sheet-only' ? threadBackup(job.threads.rec.changes) : [],
          created,
          replaced: extra,
        };
        const kind = job.threads && job.threads.mode !== 'sheet-only' ? job.threads.mode : prev?.threadKind ?? null;
        const stored = mergeBackup(prev, data, {
          grid: (sheet) => gridOf(job.read, sheet),
          sheetExists: (sheet) => !!metaOf(job.read, sheet),
          threads: kind === 'threaded' ? job.read.comments : kind === 'notes' ? job.read.notes : null,
        });
        const ops: Op[] = [
          ...backupOps(stored, !!metaOf(job.read, BACKUP_SHEET), budget),
          ...(job.threads ? threadOps(job.threads.mode, job.threads.rec.changes) : []),
          ...job.specs.flatMap((s) => {
            const meta = metaOf(job.read, s.name);
            return sheetOps(s, meta ? { tables: meta.tables, charts: meta.charts } : null, budget);
          }),
          ...writeOps(job.cells, budget, job.caps.copyStyle),
        ];
        if (job.activate) {
          const name = job.activate;
          ops.push({ bytes: 200, label: 'activate', run: (ctx) => ctx.workbook.worksheets.getItem(name).activate() });
        }
        onProgress?.(0.5, m.progressBackup);
        await execute(context, ops, budget, (done, total) => onProgress?.(0.5 + 0.45 * (done / total), m.progressWrite));
      });
    } catch (err) {
      // Office's own text is not for users: its code picks the dictionary's words (src/i18n/kesalahan.ts).
      const why = pesanKesalahan(err, lang);
      if (!data) throw new UserMessage(m.writeFailed(why));
      try {
        const backup: BackupData = data;
        await run(async (context) => {
          const now_ = await readWorkbook(context, job.caps, { grids: false });
          const mode: CommentMode = backup.threadKind ?? 'sheet-only';
          const restore = restoreOps(backup, {
            sheets: new Map(now_.sheets.map((s) => [s.name, { tables: s.tables, charts: s.charts }])),
            threads: mode === 'threaded' ? now_.comments : mode === 'notes' ? now_.notes : null,
            mode,
          }, budget);
          const hasBackupSheet = now_.sheets.some((s) => s.name === BACKUP_SHEET);
          const tail = job.read.backupRaw !== null ? previousBackupOps(job.read.backupRaw, budget) : hasBackupSheet ? deleteBackupOps() : [];
          await execute(context, [...restore.ops, ...tail], budget);
        });
      } catch (err2) {
        void err2;
        throw new UserMessage(m.writeFailedNoRollback(why));
      }
      throw new UserMessage(m.writeFailed(why));
    }
  }

  /**
   * A style copy (copyFrom 'Formats') also copies the source's number format, and the source may
   * be a cell an earlier run wrote (the capaian column): the target gets the number format its
   * source had before the add-in's runs (as the analysis read it), so every run writes the same.
   */
  function withSourceFormats(cells: CellWrite[], p: Prepared): CellWrite[] {
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
  function appendedColumns(p: Prepared, t: AnalysedTable): TableSummary['appended'] {
    if (t.kind !== 'pengukuran' || (t.columns.capaian !== undefined && t.columns.klasifikasi !== undefined)) return undefined;
    const pl = plan(p.analysis, { mode: 'hitung', sheets: [t.sheet], renstra: false, lang, workbook: p.original });
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

  function baseReport(mode: RunReport['mode'], p: Prepared): RunReport {
    const active = p.read.active;
    const tables = p.analysis.tables.filter((t) => t.sheet === active);
    return {
      mode,
      sheet: active,
      tables: tables.map((t) => ({ ...tableSummary(t, p.original.sheets.find((g) => g.sheet === t.sheet)), appended: appendedColumns(p, t) })),
      message: '',
      noTable: tables.length === 0,
      summary: EMPTY_SUMMARY,
      findings: p.analysis.findings.filter((f) => f.sheet === active),
      commentMode: 'none',
      commentsWritten: 0,
      warnings: [...p.warnings],
    };
  }

  function noTableMessage(p: Prepared): string {
    const skipped = p.analysis.skipped.find((s) => s.sheet === p.read.active);
    return m.noTable(p.read.active, skipped?.reason ?? null);
  }

  async function analyseActive(): Promise<RunReport> {
    const p = await prepare(true);
    const r = baseReport('analisis', p);
    if (r.noTable) return { ...r, message: noTableMessage(p) };
    const pl = plan(p.analysis, { mode: 'periksa', sheets: [p.read.active], lang, workbook: p.original });
    return {
      ...r,
      summary: pl.summary,
      message: m.analysed(p.read.active, pl.summary.indicators, pl.summary.capaian, r.findings.length),
    };
  }

  async function review(mode: 'hitung' | 'periksa', onProgress?: Progress): Promise<RunReport> {
    onProgress?.(0.05, m.progressRead);
    const p = await prepare(true);
    onProgress?.(0.3, m.progressAnalyse);
    const active = p.read.active;
    const r = baseReport(mode, p);
    if (r.noTable) return { ...r, message: noTableMessage(p) };
    if (mode === 'hitung' && !r.tables.some((t) => t.kind === 'pengukuran')) {
      return { ...r, noTable: true, message: m.noPengukuran(active) };
    }
    const pl = plan(p.analysis, { mode, sheets: [active], renstra: false, lang, workbook: p.original });
    const warnings = [...r.warnings];
    const specs = pl.sheets.map((s) => freeName(p.read, s, warnings));
    const cmode = commentMode(p.caps);
    const existing = (cmode === 'threaded' ? p.read.comments : cmode === 'notes' ? p.read.notes : null) ?? [];
    const blocking = (cmode === 'threaded' ? p.read.notes : cmode === 'notes' ? p.read.comments : null) ?? [];
    const rec = reconcile(cmode === 'sheet-only' ? [] : pl.comments, existing, blocking, [active]);
    const job: WriteJob = { run: mode, active, read: p.read, caps: p.caps, cells: mode === 'hitung' ? withSourceFormats(pl.cells, p) : [], threads: { mode: cmode, rec }, specs };
    const prot = protectedTargets(job);
    if (prot.length) return { ...r, summary: pl.summary, message: m.protectedSheet(prot) };
    if (cmode === 'notes') warnings.push(m.commentsNotes);
    if (cmode === 'sheet-only') warnings.push(m.commentsSheetOnly);
    if (rec.skippedPerson) warnings.push(m.personThread(rec.skippedPerson));
    await write(job, onProgress);
    onProgress?.(1, m.progressDone);
    const findings = r.findings.length;
    return {
      ...r,
      summary: pl.summary,
      commentMode: cmode,
      commentsWritten: cmode === 'sheet-only' ? 0 : rec.written,
      warnings,
      message:
        mode === 'hitung'
          ? m.hitungDone(active, pl.summary.capaian, pl.summary.na, findings, cmode === 'sheet-only' ? 0 : rec.written)
          : m.periksaDone(active, findings, cmode === 'sheet-only' ? 0 : rec.written),
    };
  }

  async function readBackup(): Promise<string | null> {
    return run(async (context) => {
      const sh = context.workbook.worksheets.getItemOrNullObject(BACKUP_SHEET);
      const used = sh.getUsedRangeOrNullObject(true);
      used.load('values');
      await context.sync();
      if (sh.isNullObject || used.isNullObject) return null;
      return used.values.map((r) => String(r[0] ?? '')).join('') || null;
    });
  }

  async function getBackupInfo(): Promise<BackupInfo | null> {
    const b = parseBackup(await readBackup());
    return b && b !== 'damaged' ? backupInfo(b) : null;
  }

  async function pulihkan(): Promise<{ restored: number; message: string }> {
    return run(async (context) => {
      const caps = detectCaps(context, isSet);
      // The grids too: a cell the user typed over since the last run keeps what they typed.
      const now_ = await readWorkbook(context, caps);
      const b = parseBackup(now_.backupRaw);
      if (b === null) return { restored: 0, message: m.noBackup };
      if (b === 'damaged') return { restored: 0, message: m.backupDamaged };
      const mode: CommentMode = b.threadKind ?? 'sheet-only';
      const targets = new Set([...b.cells.map((c) => c.s), ...b.threads.map((t) => t.s), ...b.replaced.map((s) => s.name)]);
      const prot = now_.sheets.filter((s) => s.protected && targets.has(s.name)).map((s) => s.name);
      if (prot.length) return { restored: 0, message: m.protectedSheet(prot) };
      const restore = restoreOps(b, {
        sheets: new Map(now_.sheets.map((s) => [s.name, { tables: s.tables, charts: s.charts }])),
        threads: mode === 'threaded' ? now_.comments : mode === 'notes' ? now_.notes : null,
        mode,
        current: (sheet, cell) => {
          const { row, col } = parseA1(cell);
          const c = cellAt(gridOf(now_, sheet) ?? { sheet, top: 1, left: 1, values: [], text: [], formats: [], formulas: [], merges: [] }, row, col);
          return { value: c.value === '' ? null : c.value, formula: c.formula };
        },
      }, budget);
      await execute(context, [...restore.ops, ...deleteBackupOps()], budget);
      return { restored: restore.cells, message: m.restored(restore.cells, restore.sheets) };
    });
  }

  async function selectCell(sheet: string, cell: string): Promise<void> {
    await run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(cell).select();
      await context.sync();
    });
  }

  async function getSettings() {
    return run((context) => loadSettings(context));
  }

  async function saveSettings(settings: Settings): Promise<void> {
    await run(async (context) => {
      const sh = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
      sh.load('name');
      await context.sync();
      await execute(context, settingsOps(settings, !sh.isNullObject, budget), budget);
    });
  }

  async function siapkanPengukuran(): Promise<{ sheet: string; message: string }> {
    const p = await prepare(false);
    const pk = p.analysis.tables.find((t) => t.sheet === p.read.active && t.kind === 'pk');
    if (!pk) return { sheet: '', message: m.noPk(p.read.active) };
    const spec = planPengukuran(p.analysis, pk.id, { lang });
    const warnings: string[] = [];
    const s = freeName(p.read, spec, warnings);
    const job: WriteJob = { run: 'pengukuran', active: p.read.active, read: p.read, caps: p.caps, cells: [], threads: null, specs: [s], activate: s.name };
    const prot = protectedTargets(job);
    if (prot.length) return { sheet: '', message: m.protectedSheet(prot) };
    await write(job);
    return { sheet: s.name, message: [m.pengukuranDone(s.name, pk.items.length), ...warnings].join(' ') };
  }

  async function bangunRenstra(opts?: { confirmReplace?: boolean }): Promise<{ sheet: string | null; message: string; needsConfirm?: boolean }> {
    const p = await prepare(false);
    const cmp = compareRenstra(p.analysis, p.settings.tahun ?? p.analysis.year ?? undefined);
    if (!cmp) return { sheet: null, message: m.noRenstra };
    const spec = planRenstraSheet(cmp, { lang });
    if (!isOurSheet(p.read, spec) && !opts?.confirmReplace) {
      return { sheet: null, message: m.renstraConfirm(spec.name), needsConfirm: true };
    }
    const job: WriteJob = { run: 'renstra', active: p.read.active, read: p.read, caps: p.caps, cells: [], threads: null, specs: [spec], activate: spec.name };
    const prot = protectedTargets(job);
    if (prot.length) return { sheet: null, message: m.protectedSheet(prot) };
    await write(job);
    return { sheet: spec.name, message: m.renstraDone(spec.name, cmp.rows.length) };
  }

  function onSheetChange(cb: () => void): () => void {
    let handler: { remove(): void; context: Excel.RequestContext } | null = null;
    let cancelled = false;
    void run(async (context) => {
      const h = context.workbook.worksheets.onActivated.add(async () => {
        cb();
      });
      await context.sync();
      handler = h as unknown as { remove(): void; context: Excel.RequestContext };
      if (cancelled) handler.remove();
    }).catch(() => undefined);
    return () => {
      cancelled = true;
      if (handler) {
        const h = handler;
        void run(async (context) => {
          void context;
          h.remove();
          await h.context.sync();
        }).catch(() => undefined);
      }
    };
  }

  return {
    analyse: analyseActive,
    hitung: (onProgress?: Progress) => review('hitung', onProgress),
    periksa: (onProgress?: Progress) => review('periksa', onProgress),
    backupInfo: getBackupInfo,
    pulihkan,
    selectCell,
    getSettings,
    saveSettings,
    siapkanPengukuran,
    bangunRenstra,
    onSheetChange,
  };
}

export { UserMessage, a1 };
