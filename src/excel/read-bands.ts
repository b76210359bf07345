/**
 * Reading sheet contents within Excel's limits (docs/concepts/resource-limits-and-performance-
 * optimization.md: 5 MB per response on the web, 5,000,000 cells per read): each sheet's used range
 * is cut into bands of rows, and the bands of all sheets are packed into as few requests as the
 * response budget allows. A request Excel still finds too large is split in two and read again,
 * down to a single row; only a single row over the limit is refused.
 */
import type { Area } from '../core/grid';

/** Estimated response bytes per cell for values + text + numberFormat + formulas. */
export const BYTES_PER_CELL = 64;
/** Excel's cell limit per read (RangeExceedsLimit beyond it). */
export const READ_CELL_LIMIT = 5_000_000;

export interface Band {
  sheet: string;
  area: Area;
}

export interface BandPlan {
  /** Requests, each a list of bands read in one sync. */
  requests: Band[][];
}

const cellsOf = (a: Area) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

/** Cuts areas into row bands of at most `maxCells` cells each and packs them into requests. */
export function planBands(areas: Band[], budget: number, bytesPerCell = BYTES_PER_CELL): BandPlan {
  const maxCells = Math.max(1, Math.min(READ_CELL_LIMIT, Math.floor(budget / bytesPerCell)));
  const bands: Band[] = [];
  for (const { sheet, area } of areas) {
    const width = area.right - area.left + 1;
    const rows = Math.max(1, Math.floor(maxCells / width));
    for (let top = area.top; top <= area.bottom; top += rows) {
      bands.push({ sheet, area: { ...area, top, bottom: Math.min(area.bottom, top + rows - 1) } });
    }
  }
  const requests: Band[][] = [];
  let cur: Band[] = [];
  let cells = 0;
  for (const b of bands) {
    const n = cellsOf(b.area);
    if (cur.length && cells + n > maxCells) {
      requests.push(cur);
      cur = [];
      cells = 0;
    }
    cur.push(b);
    cells += n;
  }
  if (cur.length) requests.push(cur);
  return { requests };
}

/** Splits a request in two: its bands in halves, or a single band's rows in halves; null for one row. */
export function splitRequest(req: Band[]): [Band[], Band[]] | null {
  if (req.length > 1) {
    const mid = Math.ceil(req.length / 2);
    return [req.slice(0, mid), req.slice(mid)];
  }
  const [b] = req;
  if (b.area.top === b.area.bottom) return null;
  const mid = b.area.top + Math.floor((b.area.bottom - b.area.top) / 2);
  return [[{ sheet: b.sheet, area: { ...b.area, bottom: mid } }], [{ sheet: b.sheet, area: { ...b.area, top: mid + 1 } }]];
}

/** True for the refusals that mean "ask for less": the response or the range was too large. */
export function isTooLarge(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit' || code === 'RequestPayloadSizeLimitExceeded';
}

/**
 * Runs `read` over every request; a request refused as too large is split and retried. Results in
 * band order. `read` queues the loads of a request, syncs once, and returns one result per band.
 */
export async function readInBands<T>(requests: Band[][], read: (req: Band[]) => Promise<T[]>): Promise<Array<{ band: Band; result: T }>> {
  const out: Array<{ band: Band; result: T }> = [];
  const queue = [...requests];
  while (queue.length) {
    const req = queue.shift()!;
    try {
      const results = await read(req);
      req.forEach((band, i) => out.push({ band, result: results[i] }));
    } catch (err) {
      const halves = isTooLarge(err) ? splitRequest(req) : null;
      if (!halves) throw err;
      queue.unshift(...halves);
    }
  }
  return out;
}
