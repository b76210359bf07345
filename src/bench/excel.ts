/**
 * What Hitung Capaian sends to Excel (`npm run bench`, after the main table): payload, syncs
 * (round trips) and comments per Hitung, and the same for a rerun with nothing changed, at
 * 200 / 2,000 / 20,000 indicators, on two workbooks in the in-memory Excel:
 * - `sederhana`: src/testing/excel/bench.ts benchWorkbook (percent-formatted numbers only);
 * - `realistis`: src/bench/generate.ts (text percentages, counts with units, zero cases), one sheet.
 * Printed side by side with the previous run (bench-results/bench-excel.json), then stored.
 * Aims (issue 14): 3 syncs at 20,000 (the first rows of the active sheet ride in the first sync,
 * src/excel/read-first.ts, so two 5 MB responses fit in syncs 1 and 2); a rerun under 5% of the first run's payload; the add-in's
 * comments on findings = cells with findings, printed apart from the capaian columns' notes
 * ("komentar temuan / sel bertemuan / temuan", "catatan kolom": several findings of one cell
 * share its comment).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { WorkbookSnapshot } from '../core/grid';
import { snapshotFromWorkbook } from '../xlsx/read';
import { generateWorkbook } from './generate';
import type { ExcelBench } from '../testing/excel/bench-types';

type Run = Omit<ExcelBench, 'indicators'>;
export interface ExcelPayload {
  indicators: number;
  workbook: 'sederhana' | 'realistis';
  first: Run;
  rerun: Run;
}
type Twice = (snapshot: WorkbookSnapshot, n: number) => Promise<{ first: Run; rerun: Run }>;
interface BenchModule {
  benchHitungTwice: Twice;
  benchWorkbook: (n: number) => WorkbookSnapshot;
}

/** src/testing/excel/bench.ts as built by tsconfig.bench.json (it needs the office-js types). */
function load(): BenchModule | null {
  const file = path.join(__dirname, '..', 'testing', 'excel', 'bench.js');
  if (!fs.existsSync(file)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as BenchModule;
}

const KB = (b: number) => Math.round(b / 1024).toLocaleString('en');
const pct = (a: number, b: number) => (b > 0 ? `${((a / b) * 100).toFixed(1)}%` : '-');

function row(r: ExcelPayload, p: ExcelPayload | undefined): string[] {
  const was = (x: number | undefined, f: (v: number) => string) => (p && x !== undefined ? `${f(x)} -> ` : '');
  return [
    `${r.indicators.toLocaleString('en')} ${r.workbook}`,
    `${was(p?.first.payloadBytes, KB)}${KB(r.first.payloadBytes)}`,
    `${was(p?.first.syncs, String)}${r.first.syncs}`,
    `${r.first.onFindings ?? '?'} / ${r.first.findingCells ?? '?'} / ${r.first.findings}`,
    `${r.first.columnNotes ?? '?'}`,
    `${was(p?.rerun.payloadBytes, KB)}${KB(r.rerun.payloadBytes)}`,
    `${was(p?.rerun.syncs, String)}${r.rerun.syncs}`,
    `${p ? `${pct(p.rerun.payloadBytes, p.first.payloadBytes)} -> ` : ''}${pct(r.rerun.payloadBytes, r.first.payloadBytes)}`,
  ];
}

export function formatExcelTable(results: ExcelPayload[], previous: ExcelPayload[] = []): string {
  const heads = ['indikator', 'payload KB', 'syncs', 'komentar temuan / sel bertemuan / temuan', 'catatan kolom', 'ulang: payload KB', 'ulang: syncs', 'ulang / pertama'];
  const rows = results.map((r) => row(r, previous.find((p) => p.indicators === r.indicators && p.workbook === r.workbook)));
  const w = heads.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i].length)));
  const line = (x: string[]) => '| ' + x.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join(' | ') + ' |';
  return [line(heads), '|' + w.map((x, i) => '-'.repeat(x + 1) + (i === 0 ? '-' : ':')).join('|') + '|', ...rows.map(line)].join('\n');
}

export async function runExcelBench(sizes = [200, 2000, 20000], outFile = path.join(process.cwd(), 'bench-results', 'bench-excel.json')): Promise<ExcelPayload[]> {
  const m = load();
  if (!m) {
    process.stdout.write('(Excel dalam memori tidak tersedia: bangun dengan tsconfig.bench.json untuk tabel payload.)\n');
    return [];
  }
  const results: ExcelPayload[] = [];
  for (const n of sizes) {
    process.stdout.write(`... payload Excel, ${n.toLocaleString('en')} indikator\n`);
    const simple = await m.benchHitungTwice(m.benchWorkbook(n), n);
    results.push({ indicators: n, workbook: 'sederhana', ...simple });
    const real = snapshotFromWorkbook(generateWorkbook(n, { perSheet: n }), `realistis-${n}.xlsx`);
    results.push({ indicators: n, workbook: 'realistis', ...(await m.benchHitungTwice(real, n)) });
  }
  let previous: { when?: string; results?: ExcelPayload[] } = {};
  try {
    previous = JSON.parse(fs.readFileSync(outFile, 'utf8')) as typeof previous;
  } catch {
    previous = {};
  }
  const prev = Array.isArray(previous.results) ? previous.results : [];
  const since = prev.length ? ` (sebelumnya -> sekarang; run sebelumnya ${previous.when ?? '?'})` : '';
  process.stdout.write(`\nHitung Capaian di Excel dalam memori, per run${since}:\n${formatExcelTable(results, prev)}\n`);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify({ when: new Date().toISOString(), results }, null, 2));
  return results;
}
