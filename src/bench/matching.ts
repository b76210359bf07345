/**
 * Cross-table matching at 100,000 indicators in 100 tables of one year (every table pair is
 * compared): the whole analyse, the matching alone (names indexed once: matchManyByName), and the
 * same matches computed pair by pair (matchByName per pair, what matching cost before the index),
 * with the check that both give the same matches. Printed as one row.
 */
import * as path from 'path';
import { analyse, cocokkanTabel } from '../core/analyse';
import { matchByName } from '../core/names';
import { snapshotFromWorkbook } from '../xlsx/read';
import { generateWorkbook } from './generate';

const now = () => Number(process.hrtime.bigint()) / 1e6;

export interface MatchingFigures {
  indicators: number;
  tables: number;
  pairs: number;
  matches: number;
  analyseMs: number;
  indexedMs: number;
  /** Pair by pair (matchByName per table pair); null when not run (too slow at this size). */
  pairwiseMs: number | null;
}

function one(indicators: number, perTable: number, pairwise: boolean): MatchingFigures {
  const snap = snapshotFromWorkbook(generateWorkbook(indicators, { perSheet: perTable }), path.basename('matching.xlsx'));
  let t = now();
  const a = analyse(snap);
  const analyseMs = now() - t;
  t = now();
  const indexed = cocokkanTabel(a.tables, a.year);
  const indexedMs = now() - t;
  let pairwiseMs: number | null = null;
  if (pairwise) {
    // Pair by pair (every table pair of the same year), as matching ran before the index.
    t = now();
    let n = 0;
    const lists = a.tables.map((x) => x.items.filter((i) => i.key !== ''));
    for (let i = 0; i < lists.length; i++) for (let j = i + 1; j < lists.length; j++) n += matchByName(lists[i], lists[j], (x) => x.indikator).length;
    pairwiseMs = Math.round(now() - t);
    if (n !== indexed.length) throw new Error(`pencocokan berbeda: ${indexed.length} vs ${n} per pasangan`);
  }
  return {
    indicators: a.tables.reduce((s, x) => s + x.items.length, 0),
    tables: a.tables.length,
    pairs: (a.tables.length * (a.tables.length - 1)) / 2,
    matches: indexed.length,
    analyseMs: Math.round(analyseMs),
    indexedMs: Math.round(indexedMs),
    pairwiseMs,
  };
}

/**
 * 100,000 indicators in 10 and in 100 tables (matching should follow the indicators, not the
 * table pairs), and 20,000 in 20 tables also pair by pair (same matches, and the cost before).
 */
export function runMatchingBench(): MatchingFigures[] {
  process.stdout.write('\n... pencocokan antartabel\n');
  const rows = [one(20000, 1000, true), one(100000, 10000, false), one(100000, 1000, false)];
  const int = (x: number) => x.toLocaleString('en');
  process.stdout.write(
    [
      '| pencocokan | indikator | tabel | pasangan tabel | kecocokan | analyse ms | cocokkan (indeks) ms | per pasangan ms |',
      '|------------|----------:|------:|---------------:|----------:|-----------:|---------------------:|----------------:|',
      ...rows.map((f) => `| satu tahun | ${int(f.indicators)} | ${f.tables} | ${int(f.pairs)} | ${int(f.matches)} | ${int(f.analyseMs)} | ${int(f.indexedMs)} | ${f.pairwiseMs === null ? '-' : int(f.pairwiseMs)} |`),
    ].join('\n') + '\n',
  );
  return rows;
}

if (require.main === module) runMatchingBench();
