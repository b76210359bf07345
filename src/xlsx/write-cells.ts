/** Step 1 of the part-level writer: the planned cells on existing sheets, patched into their parts. */
import type { CellWrite } from '../core/types';
import { cellXml } from './cell-xml';
import { attr } from './package';
import { type CellBuilder, patchSheetCells } from './sheet-patch';
import type { WriteContext } from './write-context';

/** The xf index of a cell in a sheet part (0 when the cell is absent or unstyled). */
export function styleIndexIn(xml: string, ref: string): number {
  const m = new RegExp(`<(?:\\w+:)?c\\b[^>]*\\sr="${ref}"[^>]*>`).exec(xml);
  return m ? Number(attr(m[0], 's') ?? 0) : 0;
}

export function writeCells(ctx: WriteContext, cells: CellWrite[]): void {
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of cells) {
    let l = bySheet.get(w.sheet);
    if (!l) bySheet.set(w.sheet, (l = []));
    l.push(w);
  }
  for (const [name, writes] of bySheet) {
    const entry = ctx.sheets.find((s) => s.name === name);
    const xml = entry?.part ? ctx.pkg.text(entry.part) : null;
    if (!entry || !xml) {
      ctx.result.warnings.push(`Lembar "${name}" tidak ditemukan; penulisan ke lembar itu dilewati.`);
      continue;
    }
    const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
    const builders = new Map<string, CellBuilder>();
    for (const w of writes) {
      const ref = w.cell.replace(/\$/g, '').toUpperCase();
      builders.set(ref, (cur, _ref, styleOf) => cellXml(ref, w, cur, { styles: ctx.styles, styleOf }, prefix));
    }
    ctx.pkg.setText(entry.part, patchSheetCells(xml, builders));
    ctx.result.cells += writes.length;
  }
}
