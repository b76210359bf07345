/**
 * Header reading, two-row headers: sub-headers under the top cells. `Target` over years is a
 * Renstra matrix (or the target of one year); `2023` over `Target Realisasi Capaian` and `2022`
 * over the same are year blocks, the latest the table's own, the others `otherYears`
 * (docs/aturan.md "Layouts").
 */
import type { HeaderClass } from '../headers';
import type { YearColumns } from '../types';
import { addPercent, applyHeaderCell, markBudget, type Builder } from './header-roles';
import { classifyCached, VALUE_ROLES, type Ctx } from './layout';
import { clean } from './sheet';

type ValueRole = keyof YearColumns;

/** What the two header rows say about years. */
interface YearHeader {
  blocks: Map<number, YearColumns>;
  /** `Target` over a year: [year, column]. */
  underTarget: [number, number][];
  /** `Realisasi`/`Capaian` over a year: [year, role, column]. */
  yearRole: [number, 'realisasi' | 'capaian', number][];
}

function setBlock(yh: YearHeader, year: number, role: ValueRole, col: number): void {
  const blk = yh.blocks.get(year) ?? {};
  if (blk[role] === undefined) blk[role] = col;
  yh.blocks.set(year, blk);
}

/** One sub-header cell under a top cell. */
function readSubCell(b: Builder, yh: YearHeader, top: [number, string, HeaderClass | null], sub: [number, string, HeaderClass | null]): void {
  const { lay } = b;
  const [c, t, k] = top;
  const [cc, st, sk] = sub;
  if (k?.kind === 'role' && k.role === 'target' && sk?.kind === 'year') {
    yh.underTarget.push([sk.year, cc]);
    if (k.percent) addPercent(lay, 'target');
    if (lay.headers.target === undefined) lay.headers.target = clean(t);
  } else if (k?.kind === 'role' && (k.role === 'realisasi' || k.role === 'capaian') && sk?.kind === 'year') {
    yh.yearRole.push([sk.year, k.role, cc]);
    if (k.percent) addPercent(lay, k.role);
    if (lay.headers[k.role] === undefined) lay.headers[k.role] = clean(t);
  } else if (k?.kind === 'year' && sk?.kind === 'role' && VALUE_ROLES.includes(sk.role)) {
    setBlock(yh, k.year, sk.role as ValueRole, cc);
    if (sk.percent) addPercent(lay, sk.role);
    if (lay.headers[sk.role] === undefined) lay.headers[sk.role] = clean(st);
  } else if (k?.kind === 'budget') {
    markBudget(b, cc);
    if (sk?.kind === 'budget' && sk.what === 'pagu') b.seenPagu = true;
  } else if (sk) {
    applyHeaderCell(b, cc, st, sk);
  } else if (cc === c) {
    applyHeaderCell(b, c, t, k);
  }
  if (sk) b.prevHeaderCol = cc;
}

/** Target and Realisasi/Capaian each over years: year blocks, not a Renstra matrix. */
function foldTargetYears(yh: YearHeader): void {
  if (yh.underTarget.length < 1 || yh.yearRole.length < 1) return;
  for (const [y, cc] of yh.underTarget) setBlock(yh, y, 'target', cc);
  for (const [y, r, cc] of yh.yearRole.splice(0)) setBlock(yh, y, r, cc);
  yh.underTarget.length = 0;
}

function applyYears(lay: Builder['lay'], yh: YearHeader): void {
  if (yh.underTarget.length >= 2) {
    for (const [y, cc] of yh.underTarget) lay.renstraYears[String(y)] = cc;
  } else if (yh.underTarget.length === 1 && lay.columns.target === undefined) {
    lay.columns.target = yh.underTarget[0][1];
    lay.year = yh.underTarget[0][0];
  }
  if (yh.blocks.size > 0) {
    const years = [...yh.blocks.keys()].sort((a, z) => z - a);
    const mb = yh.blocks.get(years[0])!;
    for (const r of VALUE_ROLES) {
      const cc = mb[r as ValueRole];
      if (cc !== undefined && lay.columns[r] === undefined) lay.columns[r] = cc;
    }
    if (lay.year === null) lay.year = years[0];
    for (const y of years.slice(1)) lay.otherYears[String(y)] = { ...yh.blocks.get(y)! };
  }
  for (const [y, r, cc] of yh.yearRole) {
    if (lay.year !== null && y === lay.year) {
      if (lay.columns[r] === undefined) lay.columns[r] = cc;
    } else {
      const oy = lay.otherYears[String(y)] ?? {};
      if (oy[r] === undefined) oy[r] = cc;
      lay.otherYears[String(y)] = oy;
    }
  }
}

/**
 * Reads a two-row header: each top cell with the sub-header cells inside its span
 * (`spanEnd(i)`); a top cell with nothing under it is read alone.
 */
export function readTwoRowHeader(ctx: Ctx, b: Builder, row: number, top: [number, string, HeaderClass | null][], spanEnd: (i: number) => number): void {
  const yh: YearHeader = { blocks: new Map(), underTarget: [], yearRole: [] };
  b.lay.headerRows = 2;
  for (let i = 0; i < top.length; i++) {
    const [c, t, k] = top[i];
    const subs: [number, string, HeaderClass | null][] = [];
    for (let cc = c; cc <= spanEnd(i); cc++) {
      const st = ctx.sh.t(row + 1, cc);
      if (st) subs.push([cc, st, classifyCached(ctx.cache, st)]);
    }
    if (subs.length === 0) {
      applyHeaderCell(b, c, t, k);
      if (k) b.prevHeaderCol = c;
      continue;
    }
    for (const sub of subs) readSubCell(b, yh, top[i], sub);
  }
  foldTargetYears(yh);
  applyYears(b.lay, yh);
}
