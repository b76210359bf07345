/**
 * The file adapter's writer (browser-safe: bytes in, bytes out; no fs, Buffer or zlib). The output
 * package is the input package with only the parts the plan changes rewritten: the sheets that get
 * cells, the styles they need, the notes and their drawings, the workbook, its relationships and
 * content types for new sheets, the backup sheet. Every other part (charts, pictures, pivot tables
 * and caches, themes, external links, ...) is copied as it was, compressed bytes and all.
 *
 * The workbook asks for a full calculation on load (`fullCalcOnLoad`), so a person's formula over a
 * capaian cell never shows a stale value; every formula written carries its computed result. The
 * calculation chain (a cache Excel rebuilds) is dropped when cells change: one that names a cell
 * which no longer holds a formula makes Excel repair the file.
 */
import { LEDGER_SHEET } from '../core/ledger';
import type { SheetSpec, WritePlan } from '../core/types';
import { Package } from './package';
import type { Codec } from './zip';
import { fullCalcOnLoad } from './workbook-part';
import { writeCells } from './write-cells';
import { WriteContext, type WriteResult } from './write-context';
import { writeNotes } from './write-notes';
import { clearSheet, writeSheet } from './write-sheets';

export type { WriteResult } from './write-context';

export interface WriteOptions {
  /** The backup sheet's text, one cell per chunk (src/xlsx/ledger.ts backupChunks). */
  backup?: string[];
  /** How parts are inflated and deflated (the command line passes Node's zlib; fflate otherwise). */
  codec?: Codec;
}

function dropCalcChain(ctx: WriteContext): void {
  const rel = ctx.pkg.rels(ctx.wbPart).find((r) => /\/calcChain$/.test(r.type));
  if (rel) ctx.dropPart(ctx.wbPart, rel.target);
}

function backupSheet(chunks: string[]): SheetSpec {
  return {
    name: LEDGER_SHEET,
    purpose: 'temuan',
    cells: chunks.map((t, i) => ({ sheet: LEDGER_SHEET, cell: `A${i + 1}`, purpose: 'sheet', formula: null, value: t, numberFormat: '@' })),
    charts: [],
  };
}

export function applyPlanToBytes(input: Uint8Array, plan: WritePlan, opts: WriteOptions = {}): { bytes: Uint8Array; result: WriteResult } {
  return applyPlanToPackage(new Package(input, opts.codec), plan, opts);
}

/**
 * The plan applied to an opened package (the one the reader read: its parts are inflated once),
 * giving the output's bytes. The package is changed: use it for nothing else afterwards.
 */
export function applyPlanToPackage(pkg: Package, plan: WritePlan, opts: Omit<WriteOptions, 'codec'> = {}): { bytes: Uint8Array; result: WriteResult } {
  const ctx = new WriteContext(pkg);
  const newSheets = new Set(plan.sheets.map((s) => s.name));
  if (opts.backup) newSheets.add(LEDGER_SHEET);
  writeCells(ctx, plan.cells);
  writeNotes(ctx, plan.comments, newSheets);
  // The sheets about to be replaced lose their tables first, so table ids and names come out the same on every run.
  for (const s of ctx.sheets) if (s.part && newSheets.has(s.name)) clearSheet(ctx, s.part);
  for (const spec of plan.sheets) writeSheet(ctx, spec);
  if (opts.backup) writeSheet(ctx, backupSheet(opts.backup), 'veryHidden');
  ctx.result.sheets = ctx.result.sheets.filter((s) => s !== LEDGER_SHEET);
  ctx.flushStyles();
  if (plan.cells.length || plan.sheets.length) dropCalcChain(ctx);
  ctx.pkg.setText(ctx.wbPart, fullCalcOnLoad(ctx.pkg.text(ctx.wbPart)!));
  ctx.result.changedParts = ctx.pkg.changedParts();
  return { bytes: ctx.pkg.toBytes(), result: ctx.result };
}
