/**
 * Sheet contents in row bands (read-bands.ts): the loads of a list of bands are queued on a
 * context, and after the sync their results are collected per sheet, in band order. The first
 * bands of the active sheet ride in the same sync as the sheet information (read.ts); the rest
 * are read in requests packed under the response budget.
 */
import type { Band } from './read-bands';
import type { BytesPerCell } from './read-bands';
import { planBands, readInBands } from './read-bands';

export interface Contents {
  values: unknown[][];
  text?: unknown[][];
  numberFormat?: unknown[][];
  formulas?: unknown[][];
}

export type BandResult = { band: Band; result: Contents };

/** Queues the loads of `bands` (own sheets: values only); the returned function reads them after the sync. */
export function queueContents(context: Excel.RequestContext, bands: Band[], own: Set<string>): () => BandResult[] {
  const ranges = bands.map((b) => {
    const r = context.workbook.worksheets
      .getItem(b.sheet)
      .getRangeByIndexes(b.area.top - 1, b.area.left - 1, b.area.bottom - b.area.top + 1, b.area.right - b.area.left + 1);
    if (own.has(b.sheet)) r.load('values');
    else r.load('values,text,numberFormat,formulas');
    return r;
  });
  return () =>
    ranges.map((r, i) => ({
      band: bands[i],
      result: own.has(bands[i].sheet) ? { values: r.values } : { values: r.values, text: r.text, numberFormat: r.numberFormat, formulas: r.formulas },
    }));
}

/** Bands read in requests under the budget; a request refused as too large is split (read-bands.ts). */
export async function readContents(context: Excel.RequestContext, areas: Band[], own: Set<string>, budget: number, bytesPerCell?: BytesPerCell): Promise<BandResult[]> {
  if (!areas.length) return [];
  return readInBands(planBands(areas, budget, bytesPerCell).requests, async (req) => {
    const collect = queueContents(context, req, own);
    await context.sync();
    return collect().map((x) => x.result);
  });
}

/** The results per sheet, rows in band order. */
export function contentsBySheet(got: BandResult[], own: Set<string>): Map<string, Contents> {
  const out = new Map<string, Contents>();
  for (const { band, result } of got) {
    const cur = out.get(band.sheet);
    if (!cur) {
      out.set(band.sheet, own.has(band.sheet) ? { values: [...result.values] } : { values: [...result.values], text: [...result.text!], numberFormat: [...result.numberFormat!], formulas: [...result.formulas!] });
      continue;
    }
    cur.values.push(...result.values);
    if (!own.has(band.sheet)) {
      cur.text!.push(...result.text!);
      cur.numberFormat!.push(...result.numberFormat!);
      cur.formulas!.push(...result.formulas!);
    }
  }
  return out;
}
