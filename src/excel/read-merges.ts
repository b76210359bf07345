/**
 * Merged areas, read per band so that no call meets more than Excel can answer: with more than 512
 * merged areas getMergedAreasOrNullObject fails and takes its whole request with it
 * (OfficeDev/office-js#1590), and it returns only the areas whose top-left cell lies in the range
 * (OfficeDev/office-js#3611), so bands that tile the used range return every area exactly once.
 * First one request for every sheet; on failure, one request per sheet; a sheet that still fails
 * is read in halves down to MIN_ROWS rows, then analysed without merged areas (the caller adds a
 * remark). Never a failed run.
 */
import type { Area } from '../core/grid';
import type { Band } from './read-bands';
import { stopsRun } from './errors';
import { parseAreasAddress } from './read-address';

/** Rows per merge band: 512 areas in 256 rows would need two merged areas on every row. */
export const MERGE_BAND_ROWS = 256;
const MIN_ROWS = 8;

export interface MergeRead {
  merges: Map<string, Area[]>;
  /** Sheets whose merged areas could not be read. */
  unreadable: string[];
}

/** Row bands of MERGE_BAND_ROWS over each sheet's used range (full width). */
export function mergeBands(areas: Band[]): Band[] {
  const out: Band[] = [];
  for (const { sheet, area } of areas) {
    for (let top = area.top; top <= area.bottom; top += MERGE_BAND_ROWS) {
      out.push({ sheet, area: { ...area, top, bottom: Math.min(area.bottom, top + MERGE_BAND_ROWS - 1) } });
    }
  }
  return out;
}

/** Queues the merged-area loads of `bands`; the returned function reads them (per band) after the sync. */
export function queueMerges(context: Excel.RequestContext, bands: Band[]): () => Area[][] {
  const loaded = bands.map((b) => {
    const r = context.workbook.worksheets
      .getItem(b.sheet)
      .getRangeByIndexes(b.area.top - 1, b.area.left - 1, b.area.bottom - b.area.top + 1, b.area.right - b.area.left + 1)
      .getMergedAreasOrNullObject();
    r.load('address');
    return r;
  });
  return () => loaded.map((r) => (r.isNullObject ? [] : parseAreasAddress(r.address)));
}

async function readOnce(context: Excel.RequestContext, bands: Band[]): Promise<Area[][]> {
  const collect = queueMerges(context, bands);
  await context.sync();
  return collect();
}

/** One sheet's bands, halved on failure down to MIN_ROWS rows; null when they cannot be read. */
async function readSheet(context: Excel.RequestContext, bands: Band[]): Promise<Area[] | null> {
  try {
    return (await readOnce(context, bands)).flat();
  } catch (err) {
    if (stopsRun(err)) throw err;
    const smaller = bands.flatMap((b) => {
      const rows = b.area.bottom - b.area.top + 1;
      if (rows <= MIN_ROWS) return [];
      const mid = b.area.top + Math.floor(rows / 2) - 1;
      return [{ sheet: b.sheet, area: { ...b.area, bottom: mid } }, { sheet: b.sheet, area: { ...b.area, top: mid + 1 } }];
    });
    if (smaller.length < bands.length * 2) return null;
    return readSheet(context, smaller);
  }
}

export async function readMerges(context: Excel.RequestContext, areas: Band[]): Promise<MergeRead> {
  const bands = mergeBands(areas);
  const merges = new Map<string, Area[]>(areas.map((a) => [a.sheet, []]));
  if (!bands.length) return { merges, unreadable: [] };
  try {
    const all = await readOnce(context, bands);
    bands.forEach((b, i) => merges.get(b.sheet)!.push(...all[i]));
    return { merges, unreadable: [] };
  } catch (err) {
    if (stopsRun(err)) throw err;
    // One request per sheet: only the sheets that fail lose their merged areas.
  }
  const unreadable: string[] = [];
  for (const { sheet } of areas) {
    const got = await readSheet(context, bands.filter((b) => b.sheet === sheet));
    if (got) merges.set(sheet, got);
    else unreadable.push(sheet);
  }
  return { merges, unreadable };
}
