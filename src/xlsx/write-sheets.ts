/**
 * Step 3 of the part-level writer: the sheets the plan creates. A sheet of the same name is
 * replaced in place (same part, same tab position, its own tables and notes dropped); a new one
 * is added after the others. Charts are not drawn by the file adapter (counted in the result).
 */
import type { SheetSpec } from '../core/types';
import { worksheetXml, safeTableName, tableXml } from './new-sheet';
import { attr, escapeXml, relsPathOf } from './package';
import { setAttr } from './styles';
import { styleIndexIn } from './write-cells';
import { addRel, listSheets, setContentType, setPrintTitles } from './workbook-part';
import { sheetRef } from '../core/grid';
import { CT, type WriteContext } from './write-context';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** Table names and ids already used in the workbook. */
function tablesInUse(ctx: WriteContext): { names: Set<string>; maxId: number } {
  const names = new Set<string>();
  let maxId = 0;
  for (const p of ctx.pkg.parts()) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(p)) continue;
    const head = /<(?:\w+:)?table\b[^>]*>/.exec(ctx.pkg.text(p) ?? '')?.[0] ?? '';
    maxId = Math.max(maxId, Number(attr(head, 'id') ?? 0));
    for (const a of ['name', 'displayName']) {
      const n = attr(head, a);
      if (n) names.add(n.toLowerCase());
    }
  }
  return { names, maxId };
}

/** Drops the parts a replaced sheet owned (tables, notes and their drawing) and its relationships. */
export function clearSheet(ctx: WriteContext, part: string): void {
  for (const r of ctx.pkg.rels(part)) {
    if (!r.external && /\/(table|comments|vmlDrawing)$/.test(r.type)) ctx.dropPart(part, r.target);
  }
  ctx.pkg.remove(relsPathOf(part));
}

function setSheetState(ctx: WriteContext, name: string, state: SheetState): void {
  const xml = ctx.pkg.text(ctx.wbPart)!;
  const out = xml.replace(/<(?:\w+:)?sheet\b[^>]*>/g, (tag) => {
    if (attr(tag, 'name') !== name || (attr(tag, 'state') ?? 'visible') === state) return tag;
    const clean = tag.replace(/\s+state\s*=\s*("[^"]*"|'[^']*')/, '');
    return state === 'visible' ? clean : setAttr(clean, 'state', state);
  });
  if (out !== xml) ctx.pkg.setText(ctx.wbPart, out);
}

function addSheetEntry(ctx: WriteContext, name: string, part: string, state: SheetState): void {
  const rId = addRel(ctx.pkg, ctx.wbPart, 'worksheet', part);
  const prefix = ctx.relPrefix(ctx.wbPart, 'workbook');
  const xml = ctx.pkg.text(ctx.wbPart)!;
  const id = Math.max(0, ...ctx.sheets.map((s) => s.sheetId)) + 1;
  const el = `<sheet name="${escapeXml(name)}" sheetId="${id}"${state === 'visible' ? '' : ` state="${state}"`} ${prefix}:id="${rId}"/>`;
  ctx.pkg.setText(ctx.wbPart, xml.replace(/<\/((?:\w+:)?)sheets>/, `${el}</$1sheets>`));
  setContentType(ctx.pkg, part, CT.worksheet);
  ctx.sheets = listSheets(ctx.pkg, ctx.wbPart);
}

/** The sheet's print titles in the workbook part (replacing a previous run's, so a rerun is the same file). */
function printTitles(ctx: WriteContext, spec: SheetSpec): void {
  const index = ctx.sheets.findIndex((s) => s.name === spec.name);
  const t = spec.print?.titleRows;
  const xml = ctx.pkg.text(ctx.wbPart)!;
  const out = setPrintTitles(xml, index, t ? `${sheetRef(spec.name)}!$${t.from}:$${t.to}` : null);
  if (out !== xml) ctx.pkg.setText(ctx.wbPart, out);
}

export function writeSheet(ctx: WriteContext, planned: SheetSpec, state: SheetState = 'visible'): void {
  const spec: SheetSpec = { ...planned, cells: planned.cells.map((c) => ({ ...c })) };
  const existing = ctx.sheets.find((s) => s.name === spec.name && s.part);
  let part: string;
  if (existing) {
    part = existing.part;
    clearSheet(ctx, part);
    setSheetState(ctx, spec.name, state);
  } else {
    part = ctx.freePart('xl/worksheets', 'sheet', 'xml');
    ctx.pkg.setText(part, '<worksheet/>');
    addSheetEntry(ctx, spec.name, part, state);
  }
  let tableRId: string | null = null;
  if (spec.table) {
    const used = tablesInUse(ctx);
    const name = safeTableName(spec.table.name, used.names);
    const tablePart = ctx.freePart('xl/tables', 'table', 'xml');
    ctx.pkg.setText(tablePart, tableXml(spec, used.maxId + 1, name));
    setContentType(ctx.pkg, tablePart, CT.table);
    tableRId = addRel(ctx.pkg, part, 'table', tablePart);
  }
  let xml = '';
  const input = { styles: ctx.styles, styleOf: (ref: string) => styleIndexIn(xml, ref) };
  xml = worksheetXml(spec, input, tableRId);
  ctx.pkg.setText(part, xml);
  printTitles(ctx, spec);
  ctx.result.chartsSkipped += spec.charts.length;
  ctx.result.sheets.push(spec.name);
}
