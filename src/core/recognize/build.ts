/** Table building: a recognised table from its layout and the indicators extracted under it. */
import type { Area, Cell } from '../grid';
import { areaA1, colLetter, colNumber } from '../grid';
import type { RawIndicator, RecognizedTable, Role, TableColumns, TableKind, YearColumns } from '../types';
import { remark, remarkText, type Remark } from '../../i18n/remarks';
import { lookAbove } from './above';
import type { Draft, Extracted } from './draft';
import type { Layout } from './layout';
import type { Sheet } from './sheet';
import { ZERO_CASE, yearFromText } from './text';

function kindOf(lay: Layout, columns: TableColumns, ra: boolean): TableKind {
  if (ra) return 'rencana-aksi';
  if (Object.keys(lay.renstraYears).length >= 2) return 'renstra';
  if (columns.realisasi !== undefined || columns.capaian !== undefined) return 'pengukuran';
  return 'pk';
}

interface Plan {
  roles: [Role, number][];
  renstra: [string, number][];
  other: [string, YearColumns][];
  counts: Layout['countColumns'];
}

function yearCellsOf(sh: Sheet, plan: Plan, row: number): RawIndicator['yearCells'] {
  const yearCells: RawIndicator['yearCells'] = {};
  for (const [y, c] of plan.renstra) yearCells[y] = { target: sh.cell(row, c) };
  for (const [y, yc] of plan.other) {
    const e = yearCells[y] ?? {};
    if (yc.target !== undefined) e.target = sh.cell(row, yc.target);
    if (yc.realisasi !== undefined) e.realisasi = sh.cell(row, yc.realisasi);
    if (yc.capaian !== undefined) e.capaian = sh.cell(row, yc.capaian);
    yearCells[y] = e;
  }
  return yearCells;
}

/** The first division of two cells of the same sheet in a formula: `=F12/E12*100`, `=IFERROR(F12/E12,0)`. */
const DIVISION = /(?<![A-Za-z0-9_!$'.])\$?([A-Z]{1,3})\$?(\d{1,7})\s*\/\s*\$?([A-Z]{1,3})\$?(\d{1,7})(?![\d(!])/;

/** The counts behind the realisasi: the cells its formula divides, else the table's count columns. */
function hitunganOf(sh: Sheet, plan: Plan, cells: Partial<Record<Role, Cell>>, row: number): RawIndicator['hitungan'] {
  const m = DIVISION.exec(cells.realisasi?.formula ?? '');
  if (m) {
    return { pembilang: sh.cell(Number(m[2]), colNumber(m[1])), penyebut: sh.cell(Number(m[4]), colNumber(m[3])), sumber: 'rumus' };
  }
  if (!plan.counts) return undefined;
  return { pembilang: sh.cell(row, plan.counts.pembilang), penyebut: sh.cell(row, plan.counts.penyebut), sumber: 'kolom' };
}

function toIndicator(sh: Sheet, plan: Plan, d: Draft): RawIndicator {
  const cells: Partial<Record<Role, Cell>> = {};
  // A shifted row never reads outside the sheet's used range.
  for (const [role, c] of plan.roles) if (c + d.shift >= sh.left && c + d.shift <= sh.right) cells[role] = sh.cell(d.valueRow, c + d.shift);
  if (d.targetOverride) cells.target = d.targetOverride;
  const rows = d.tw.length ? [...new Set([...d.rows, ...d.tw.map((t) => t.row)])].sort((a, z) => a - z) : d.rows;
  const notes = d.notes;
  for (const t of d.tw) for (const x of t.texts) if (ZERO_CASE.test(x) && !notes.includes(x)) notes.push(x);
  const hitungan = hitunganOf(sh, plan, cells, d.valueRow);
  const raw: RawIndicator = {
    row: d.row,
    rows,
    no: d.no || null,
    sasaran: d.ownSasaran ?? (d.group ? d.group.text : ''),
    indikator: d.name,
    cells,
    yearCells: yearCellsOf(sh, plan, d.valueRow),
    tw: d.tw,
    notes,
  };
  if (hitungan) raw.hitungan = hitungan;
  return raw;
}

/** A Rencana Aksi's `Realisasi`/`Capaian` columns hold quarterly descriptions, not values: dropped with a remark. */
function dropQuarterColumns(lay: Layout, remarks: Remark[]): Pick<Layout, 'columns' | 'headers' | 'percentPoints'> {
  const columns: TableColumns = { ...lay.columns };
  const headers = { ...lay.headers };
  let percentPoints = [...lay.percentPoints];
  for (const r of ['realisasi', 'capaian'] as Role[]) {
    if (columns[r] === undefined) continue;
    remarks.push(remark('kolom-uraian-triwulan', { judul: headers[r] ?? '', kolom: colLetter(columns[r]!), peran: r }));
    delete columns[r];
    delete headers[r];
    percentPoints = percentPoints.filter((p) => p !== r);
  }
  return { columns, headers, percentPoints };
}

export function buildTable(sh: Sheet, lay: Layout, ex: Extracted, minRow: number): RecognizedTable {
  const ra = lay.raMarkers >= 2 || ex.drafts.some((d) => d.tw.length > 0);
  const remarkCodes = [...lay.remarks, ...ex.remarks];
  const cols = ra ? dropQuarterColumns(lay, remarkCodes) : { columns: { ...lay.columns }, headers: { ...lay.headers }, percentPoints: [...lay.percentPoints] };
  const kind = kindOf(lay, cols.columns, ra);
  const above = lookAbove(sh, lay.headerRow, minRow);
  const plan: Plan = {
    roles: (Object.keys(cols.columns) as Role[]).map((r) => [r, cols.columns[r]!] as [Role, number]),
    renstra: Object.entries(lay.renstraYears),
    other: Object.entries(lay.otherYears),
    counts: lay.countColumns,
  };
  const indicators = ex.drafts.map((d) => toIndicator(sh, plan, d));
  if (above.sasaran) for (const i of indicators) if (!i.sasaran) i.sasaran = above.sasaran;
  const area: Area = {
    top: lay.headerRow,
    left: Number.isFinite(lay.left) ? lay.left : sh.left,
    bottom: Math.max(ex.bottom, lay.headerRow + lay.headerSpan - 1),
    right: Number.isFinite(lay.right) ? lay.right : sh.right,
  };
  return {
    id: `${sh.g.sheet}!${areaA1(area)}`,
    sheet: sh.g.sheet,
    kind,
    area,
    headerRow: lay.headerRow,
    headerRows: lay.headerRows,
    dataTop: lay.dataTop,
    year: lay.year ?? above.year ?? yearFromText(sh.g.sheet),
    title: above.title,
    columns: cols.columns,
    headers: cols.headers,
    percentPoints: cols.percentPoints,
    otherYears: lay.otherYears,
    renstraYears: lay.renstraYears,
    budgetColumns: [...lay.budgetColumns].sort((a, z) => a - z),
    indicators,
    averageRows: ex.averages,
    remarks: remarkCodes.map((r) => remarkText(r)),
    remarkCodes,
    mapped: lay.mapped,
  };
}
