/**
 * Reading sheet contents within Excel's limits (docs/concepts/resource-limits-and-performance-
 * optimization.md: 5 MB per response on the web, 5,000,000 cells per read): each sheet's used range
 * is cut into bands of rows, and the bands of all sheets are packed into as few requests as the
 * response budget allows. A request Excel still finds too large is split in two and read again,
 * down to a single row; only a single row over the limit is refused.
 */
import type { Area } from '../core/grid';

/**
 * Estimated response bytes per cell for values + text + numberFormat + formulas before anything is
 * measured (the bench's sheets answer 48 to 62); the bands after a sheet's first are planned with
 * what its first band measured (measuredBytesPerCell).
 */
export const BYTES_PER_CELL = 64;
/**
 * Response budget of a read request: about 90% of Excel on the web's 5 MB response limit
 * (limits.ts PAYLOAD_LIMIT, 5,242,880 bytes), the rest for the envelope and what else the request
 * reads (sheet information, comment cells, merged areas). A request Excel still refuses is split.
 */
export const READ_BUDGET = 4_700_000;
/** Margin on a measured bytes-per-cell: later rows may hold longer texts. */
const MEASURE_MARGIN = 1.1;
/** Fewer cells than this measure nothing worth trusting. */
const MIN_MEASURED_CELLS = 1000;
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

/** Bytes per cell: one figure for every sheet, or one per sheet. */
export type BytesPerCell = number | ((sheet: string) => number);

/** Cuts areas into row bands and packs them into requests of at most `budget` estimated bytes. */
export function planBands(areas: Band[], budget: number, bytesPerCell: BytesPerCell = BYTES_PER_CELL): BandPlan {
  const bpc = typeof bytesPerCell === 'number' ? () => bytesPerCell : bytesPerCell;
  const maxCells = (sheet: string) => Math.max(1, Math.min(READ_CELL_LIMIT, Math.floor(budget / bpc(sheet))));
  const bands: Band[] = [];
  for (const { sheet, area } of areas) {
    const width = area.right - area.left + 1;
    const rows = Math.max(1, Math.floor(maxCells(sheet) / width));
    for (let top = area.top; top <= area.bottom; top += rows) {
      bands.push({ sheet, area: { ...area, top, bottom: Math.min(area.bottom, top + rows - 1) } });
    }
  }
  const requests: Band[][] = [];
  let cur: Band[] = [];
  let bytes = 0;
  let cells = 0;
  for (const b of bands) {
    const n = cellsOf(b.area);
    const est = n * bpc(b.sheet);
    if (cur.length && (bytes + est > budget || cells + n > READ_CELL_LIMIT)) {
      requests.push(cur);
      cur = [];
      bytes = 0;
      cells = 0;
    }
    cur.push(b);
    bytes += est;
    cells += n;
  }
  if (cur.length) requests.push(cur);
  return { requests };
}

/** Bytes per cell measured on the bands read (JSON size of what Excel answered), with a margin; others: the default. */
export function measuredBytesPerCell(read: Array<{ band: Band; result: object }>): (sheet: string) => number {
  const sums = new Map<string, { bytes: number; cells: number }>();
  for (const { band, result } of read) {
    const m = sums.get(band.sheet) ?? { bytes: 0, cells: 0 };
    m.bytes += JSON.stringify(result).length;
    m.cells += cellsOf(band.area);
    sums.set(band.sheet, m);
  }
  return (sheet) => {
    const m = sums.get(sheet);
    return m && m.cells >= MIN_MEASURED_CELLS ? Math.max(1, (m.bytes / m.cells) * MEASURE_MARGIN) : BYTES_PER_CELL;
  };
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
