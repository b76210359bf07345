/**
 * What the part-level writer cannot carry over into the output, found before anything is written
 * (the command line then stops, exit 2, unless `--paksa` is given; docs/baris-perintah.md):
 * - an array formula (or a what-if data table) whose range holds a cell the plan writes: writing
 *   into part of it breaks it, as Excel itself refuses ("You can't change part of an array",
 *   ECMA-376 Part 1 §18.3.1.40: `t="array"` / `t="dataTable"` with `ref` the range it fills);
 * - a sheet the plan replaces (the add-in's own result sheet of an earlier run) carrying parts the
 *   writer does not rebuild: a drawing (pictures, charts, shapes), embedded objects or controls a
 *   person added, hyperlinks, or a chart an earlier run in Excel drew (the file adapter draws none).
 * Everything else of the input is kept as it was (src/xlsx/writer.ts).
 */
import { a1, parseA1, parseArea } from '../core/grid';
import type { WritePlan } from '../core/types';
import { attr, type Package } from './package';
import { listSheets } from './workbook-part';

export type Kehilangan =
  | { jenis: 'rumus-array'; sheet: string; range: string; cell: string }
  | { jenis: 'isi-lembar'; sheet: string; parts: number };

/** Parts of a replaced sheet the writer rebuilds or may drop (tables, notes, printer settings). */
const REBUILT = /\/(table|comments|vmlDrawing|printerSettings)$/;

function arrayFormulaLosses(xml: string, sheet: string, written: Set<string>): Kehilangan[] {
  const out: Kehilangan[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*>\s*<(?:\w+:)?f\b([^>]*?)(?:\/>|>)/g)) {
    const kind = attr(` ${m[1]}`, 't');
    const ref = attr(` ${m[1]}`, 'ref');
    if ((kind !== 'array' && kind !== 'dataTable') || !ref) continue;
    const area = parseArea(ref);
    // a one-cell array formula written over is replaced whole: nothing is broken
    if (area.top === area.bottom && area.left === area.right) continue;
    for (const cell of written) {
      const { row, col } = parseA1(cell);
      if (row >= area.top && row <= area.bottom && col >= area.left && col <= area.right) {
        out.push({ jenis: 'rumus-array', sheet, range: ref.toUpperCase(), cell: a1(row, col) });
        break;
      }
    }
  }
  return out;
}

/** What this plan would lose from the package, in sheet order; empty when nothing. */
export function kehilangan(pkg: Package, wbPart: string, plan: WritePlan): Kehilangan[] {
  const sheets = listSheets(pkg, wbPart);
  const writtenOn = (sheet: string): Set<string> => new Set(plan.cells.filter((w) => w.sheet === sheet).map((w) => w.cell.replace(/\$/g, '').toUpperCase()));
  const replaced = new Set(plan.sheets.map((s) => s.name));
  const out: Kehilangan[] = [];
  for (const s of sheets) {
    if (!s.part || !pkg.has(s.part)) continue;
    const xml = pkg.text(s.part) ?? '';
    // a plain search first: most sheets have no array formula, and then nothing else is looked at
    if (xml.includes('array') || xml.includes('dataTable')) out.push(...arrayFormulaLosses(xml, s.name, writtenOn(s.name)));
    if (replaced.has(s.name)) {
      const extra = pkg.rels(s.part).filter((r) => !REBUILT.test(r.type));
      if (extra.length) out.push({ jenis: 'isi-lembar', sheet: s.name, parts: extra.length });
    }
  }
  return out;
}
