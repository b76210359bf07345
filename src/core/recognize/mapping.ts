/**
 * User column mappings (settings `pemetaanKolom`): a layout the user states for a sheet, over a
 * recognised table's layout or at a header row of its own.
 */
import { colNumber } from '../grid';
import { columnNumber } from '../headers';
import type { ColumnMapping } from '../settings';
import type { Role } from '../types';
import { remark, type Remark } from '../../i18n/remarks';
import { headerSignature, newLayout, widenToColumns, type Layout } from './layout';
import type { Sheet } from './sheet';
import { yearFromText } from './text';

function copyLayout(base: Layout): Layout {
  return {
    ...base,
    columns: { ...base.columns },
    headers: { ...base.headers },
    percentPoints: [...base.percentPoints],
    budgetColumns: [...base.budgetColumns],
    remarks: [...base.remarks],
  };
}

/** Sets one role's column as the mapping says; another role on that column (not mapped itself) gives way. */
function mapRole(sh: Sheet, lay: Layout, m: ColumnMapping, role: Role, col: number): void {
  for (const other of Object.keys(lay.columns) as Role[]) {
    if (other !== role && lay.columns[other] === col && m.columns[other] === undefined) {
      delete lay.columns[other];
      delete lay.headers[other];
      lay.percentPoints = lay.percentPoints.filter((p) => p !== other);
    }
  }
  lay.columns[role] = col;
  const ht = sh.t(lay.headerRow, col) || (lay.headerRows > 1 ? sh.t(lay.headerRow + 1, col) : '');
  if (ht) lay.headers[role] = ht;
  else delete lay.headers[role];
  lay.percentPoints = lay.percentPoints.filter((p) => p !== role);
  if (/\(\s*%\s*\)/.test(ht) || /^%$/.test(ht.trim())) lay.percentPoints.push(role);
  lay.budgetColumns = lay.budgetColumns.filter((c) => c !== col);
  for (const [y, c] of Object.entries(lay.renstraYears)) if (c === col) delete lay.renstraYears[y];
}

/** A mapped table with no recognised header: its rows, edges and year from the header row. */
function ownHeader(sh: Sheet, lay: Layout): void {
  const headerRow = lay.headerRow;
  lay.headerRows = 1;
  const cn = sh.cells(headerRow + 1);
  lay.headerSpan = cn.length >= 2 && cn.every(([, t]) => columnNumber(t) !== null) ? 2 : 1;
  lay.dataTop = headerRow + lay.headerSpan;
  lay.signature = headerSignature(sh, headerRow, 1);
  const cols = Object.values(lay.columns) as number[];
  lay.left = Math.min(...cols);
  lay.right = Math.max(...cols);
  for (const [c] of sh.cells(headerRow)) {
    if (c < lay.left) lay.left = c;
    if (c > lay.right) lay.right = c;
  }
  const ty = yearFromText(sh.t(headerRow, lay.columns.target));
  if (ty !== null) lay.year = ty;
}

export function mappingLayout(sh: Sheet, base: Layout | null, m: ColumnMapping): Layout | { error: Remark } {
  const lay: Layout = base ? copyLayout(base) : newLayout(m.headerRow!);
  const given: string[] = [];
  for (const [role, letters] of Object.entries(m.columns) as [Role, string][]) {
    if (typeof letters !== 'string' || !/^[A-Za-z]{1,3}$/.test(letters)) continue;
    mapRole(sh, lay, m, role, colNumber(letters));
    given.push(`${role}=${letters.toUpperCase()}`);
  }
  if (lay.columns.indikator === undefined) return { error: remark('pemetaan-tanpa-indikator', {}) };
  if (!base) ownHeader(sh, lay);
  else widenToColumns(lay);
  lay.mapped = true;
  lay.remarks.push(remark('pemetaan-diterapkan', { kolom: given.join(', ') }));
  return lay;
}
