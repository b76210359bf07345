/**
 * The kind of every row of a sheet's first table, as the classifier names it (for tests and for
 * looking into a sheet the recogniser reads wrongly).
 */
import type { Grid } from '../grid';
import { tryHeader } from './header';
import { newCtx } from './layout';
import { extractPlain, type RowKind } from './plain';
import { extractRencanaAksi, type RaKind } from './rencana-aksi';
import { isRencanaAksi } from './rencana-aksi-detect';
import { Sheet } from './sheet';

export type { RowKind, RaKind };

export function traceRowKinds(grid: Grid): { row: number; kind: RowKind | RaKind }[] {
  const sh = new Sheet(grid);
  const ctx = newCtx(sh);
  const out: { row: number; kind: RowKind | RaKind }[] = [];
  for (let r = sh.top; r <= sh.bottom; r++) {
    const lay = ctx.hints[r - sh.top] ? tryHeader(ctx, r) : null;
    if (!lay) continue;
    const onKind = (row: number, kind: RowKind | RaKind): void => void out.push({ row, kind });
    if (isRencanaAksi(sh, lay)) extractRencanaAksi(ctx, lay, onKind);
    else extractPlain(ctx, lay, onKind);
    break;
  }
  return out;
}
