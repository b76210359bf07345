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
  pairwiseMs: number;
}

export function runMatchingBench(indicators = 100000, perTable = 1000): MatchingFigures {
  process.stdout.write(`\n... pencocokan: ${indicators.toLocaleString('en')} indikator, ${indicators / perTable} tabel\n`);
  const snap = snapshotFromWorkbook(generateWorkbook(indicators, { perSheet: perTable }), path.basename('matching.xlsx'));
  let t = now();
  const a = analyse(snap);
  const analyseMs = now() - t;
  t = now();
  const indexed = cocokkanTabel(a.tables, a.year);
  const indexedMs = now() - t;
  // Pair by pair (every table pair of the same year), as matching ran before the index.
  t = now();
  let pairwise = 0;
  const lists = a.tables.map((x) => x.items.filter((i) => i.key !== ''));
  for (let i = 0; i < lists.length; i++) for (let j = i + 1; j < lists.length; j++) pairwise += matchByName(lists[i], lists[j], (x) => x.indikator).length;
  const pairwiseMs = now() - t;
  if (pairwise !== indexed.length) throw new Error(`pencocokan berbeda: ${indexed.length} vs ${pairwise} per pasangan`);
  const f: MatchingFigures = {
    indicators: a.tables.reduce((s, x) => s + x.items.length, 0),
    tables: a.tables.length,
    pairs: (a.tables.length * (a.tables.length - 1)) / 2,
    matches: indexed.length,
    analyseMs: Math.round(analyseMs),
    indexedMs: Math.round(indexedMs),
    pairwiseMs: Math.round(pairwiseMs),
  };
  process.stdout.write(
    [
      '| pencocokan | indikator | tabel | pasangan tabel | kecocokan | analyse ms | cocokkan (indeks) ms | per pasangan ms |',
      '|------------|----------:|------:|---------------:|----------:|-----------:|---------------------:|----------------:|',
      `| satu tahun | ${f.indicators.toLocaleString('en')} | ${f.tables} | ${f.pairs.toLocaleString('en')} | ${f.matches.toLocaleString('en')} | ${f.analyseMs} | ${f.indexedMs} | ${f.pairwiseMs} |`,
    ].join('\n') + '\n',
  );
  return f;
}

if (require.main === module) {
  const [n, per] = process.argv.slice(2).map(Number);
  runMatchingBench(n || 100000, per || 1000);
}
