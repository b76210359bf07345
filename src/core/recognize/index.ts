/**
 * The recogniser: finds PK tables on a sheet (docs/aturan.md "Layouts") and says what each column is.
 *
 * It only classifies text; it never parses values. One pass over the rows: a row that names an
 * Indikator column and a target-ish column starts a table (header.ts); the table's rows are read
 * (plain.ts, rencana-aksi.ts) until a new header, two empty rows, or a row that clearly belongs
 * to something else; a header repeated identically (a page break) continues the same table
 * (boundaries.ts). A bug here throws: `analyse` reports it for the sheet and reads the others.
 */
import type { Grid } from '../grid';
import type { ColumnMapping, Settings } from '../settings';
import type { Recognition, RecognizedTable } from '../types';
import { remark, remarkText, type Remark } from '../../i18n/remarks';
import { buildTable } from './build';
import type { Extracted } from './draft';
import { tryHeader } from './header';
import { classifyCached, newCtx, type Ctx, type Layout } from './layout';
import { mappingLayout } from './mapping';
import { extractPlain } from './plain';
import { extractRencanaAksi } from './rencana-aksi';
import { Sheet } from './sheet';
import { isRencanaAksi } from './rencana-aksi-detect';

export { yearFromText } from './text';

interface Found {
  lay: Layout;
  ex: Extracted;
  minRow: number;
}

/** What the header scan saw when it found no table. */
interface Misses {
  indikatorOnly: number | null;
  emptyTable: number | null;
}

export function extract(ctx: Ctx, lay: Layout): Extracted {
  return isRencanaAksi(ctx.sh, lay) ? extractRencanaAksi(ctx, lay) : extractPlain(ctx, lay);
}

/** Every table on the sheet, top to bottom. */
function scanTables(ctx: Ctx, misses: Misses): Found[] {
  const { sh } = ctx;
  const found: Found[] = [];
  let minRow = sh.top;
  for (let r = sh.top; r <= sh.bottom; r++) {
    if (!ctx.hints[r - sh.top]) continue;
    const lay = tryHeader(ctx, r);
    if (!lay) {
      if (misses.indikatorOnly === null) misses.indikatorOnly = r;
      continue;
    }
    const ex = extract(ctx, lay);
    if (ex.drafts.length > 0) found.push({ lay, ex, minRow });
    else if (misses.emptyTable === null) misses.emptyTable = r;
    minRow = ex.bottom + 1;
    r = Math.max(ex.end, lay.headerRow + lay.headerSpan - 1);
  }
  return found;
}

/** Applies one user column mapping to the tables found; a remark when it cannot be applied. */
function applyMapping(ctx: Ctx, found: Found[], m: ColumnMapping): Remark | null {
  const { sh } = ctx;
  const idx = m.headerRow !== undefined ? found.findIndex((f) => f.lay.headerRow === m.headerRow) : found.length > 0 ? 0 : -1;
  if (idx < 0 && m.headerRow === undefined) return remark('pemetaan-tanpa-tabel', {});
  if (idx < 0 && (m.headerRow! < sh.top || m.headerRow! > sh.bottom)) return remark('pemetaan-di-luar-lembar', { baris: m.headerRow! });
  const lay = mappingLayout(sh, idx >= 0 ? found[idx].lay : null, m);
  if ('error' in lay) return lay.error;
  const ex = extract(ctx, lay);
  if (ex.drafts.length === 0) return remark('pemetaan-tanpa-baris', { baris: lay.headerRow });
  if (idx >= 0) found[idx] = { lay, ex, minRow: found[idx].minRow };
  else {
    const prev = found.filter((f) => f.lay.headerRow < lay.headerRow).pop();
    found.push({ lay, ex, minRow: prev ? prev.ex.bottom + 1 : sh.top });
    found.sort((a, z) => a.lay.headerRow - z.lay.headerRow);
  }
  return null;
}

/**
 * Tables of one kind stacked under one title (IKU, IKP, IKK under `PERJANJIAN KINERJA TAHUN
 * 2023`): a table with no year of its own takes the year of the table of its kind above it.
 */
function inheritYears(tables: RecognizedTable[]): void {
  for (let i = 1; i < tables.length; i++) {
    const t = tables[i];
    const prev = tables[i - 1];
    if (t.year !== null || t.kind === 'renstra' || prev.kind !== t.kind || prev.year === null) continue;
    t.year = prev.year;
    addRemark(t, remark('tahun-dari-tabel-atas', { tahun: prev.year, baris: prev.headerRow }));
  }
}

function addRemark(t: RecognizedTable, r: Remark): void {
  t.remarks.push(remarkText(r));
  (t.remarkCodes ??= []).push(r);
}

function hasTargetWord(ctx: Ctx): boolean {
  const { sh } = ctx;
  const last = Math.min(sh.bottom, sh.top + 5000);
  for (let r = sh.top; r <= last; r++) {
    for (const [, t] of sh.cells(r)) {
      if (t.length > 40 || !/target/i.test(t)) continue;
      const k = classifyCached(ctx.cache, t);
      if (k && k.kind === 'role' && k.role === 'target') return true;
    }
  }
  return false;
}

/** Why the sheet holds no table. */
function missReason(ctx: Ctx, misses: Misses): Remark {
  if (misses.emptyTable !== null) return remark('judul-tanpa-baris', { baris: misses.emptyTable });
  if (misses.indikatorOnly !== null) return remark('indikator-tanpa-target', { baris: misses.indikatorOnly });
  if (hasTargetWord(ctx)) return remark('target-tanpa-indikator', {});
  return remark('tanpa-tabel', {});
}

function skip(sheet: string, code: Remark, more: Remark[] = []): Recognition {
  const reason = [code, ...more].map((r) => remarkText(r)).join(' ');
  return { tables: [], skipped: { sheet, reason } };
}

function mappingsOf(sheet: string, settings?: Pick<Settings, 'pemetaanKolom'>): ColumnMapping[] {
  const all = settings?.pemetaanKolom;
  const own = all && Object.prototype.hasOwnProperty.call(all, sheet) ? all[sheet] : [];
  return (Array.isArray(own) ? own : []).filter((m) => m && m.columns);
}

/** Recognises the PK tables of one sheet. Throws only on a bug of the recogniser. */
export function recognizeSheet(grid: Grid, settings?: Pick<Settings, 'pemetaanKolom'>): Recognition {
  const sheet = grid.sheet;
  if (grid.visibility === 'veryHidden') return skip(sheet, remark('lembar-add-in', {}));
  const sh = new Sheet(grid);
  if (sh.bottom < sh.top || sh.right < sh.left) return skip(sheet, remark('lembar-kosong', {}));
  const ctx = newCtx(sh);
  const misses: Misses = { indikatorOnly: null, emptyTable: null };
  const found = scanTables(ctx, misses);
  const mapRemarks: Remark[] = [];
  for (const m of mappingsOf(sheet, settings)) {
    const r = applyMapping(ctx, found, m);
    if (r) mapRemarks.push(r);
  }
  const tables = found.map((f) => buildTable(sh, f.lay, f.ex, f.minRow));
  inheritYears(tables);
  if (tables.length === 0) return skip(sheet, missReason(ctx, misses), mapRemarks);
  for (const r of mapRemarks) addRemark(tables[0], r);
  return { tables, skipped: null };
}
