/**
 * Benchmark: `npm run bench` (built by tsconfig.bench.json into dist-bench/).
 *
 * For workbooks of 200, 2,000 and 20,000 indicators (generated with exceljs, written to a temp dir):
 * - analyse: indicators per second (reading excluded), wall and CPU time, after a warm-up of up to
 *   about 1 s (median of 5 runs, 3 at 20,000);
 * - hitung: the CLI's whole work (read, analyse, plan, backup, apply, write) against exceljs
 *   alone reading and writing the same file, and the ratio;
 * - Excel: Hitung Capaian in the in-memory Excel (src/testing/excel): round trips, request payload,
 *   largest request (only when the bench is built with tsconfig.bench.json);
 * - memory: hitung and exceljs read+write each run once more in a fresh process (src/bench/child.ts),
 *   peak resident set side by side;
 * Aims: analyse >= 50,000 indicators/s; hitung no slower than exceljs read+write (ratio <= 1);
 * hitung's own peak memory (a fresh process) under 400 MB at 20,000 indicators.
 * Printed as one table and written as JSON to bench-results/bench.json (the previous run, if any,
 * is compared first: change in %).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { nodeCodec } from '../cli/codec';
import { analyse } from '../core/analyse';
import { plan } from '../core/plan';
import { bacaBuku } from '../xlsx/hitung';
import { backupChunks, buildBackup } from '../xlsx/ledger';
import { applyPlanToPackage } from '../xlsx/writer';
import { main as cli } from '../cli/main';
import { exceljsReadWrite, type ChildFigures } from './child';
import { generateWorkbook } from './generate';
import { runExcelBench } from './excel';
import { runBatchBench } from './batch';
import { runMatchingBench } from './matching';
import { runWriterBench } from './writer';
import { benchOffline } from './offline';

const now = () => Number(process.hrtime.bigint()) / 1e6; // ms

/** Median of up to n runs; stops repeating once the runs have taken more than 20 s. */
async function median(n: number, f: () => Promise<number>): Promise<number> {
  const xs: number[] = [];
  let spent = 0;
  for (let i = 0; i < n && (i === 0 || spent < 20000); i++) {
    const x = await f();
    xs.push(x);
    spent += x;
  }
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
}

interface Figures {
  indicators: number;
  sheets: number;
  fileBytes: number;
  /** File to analysed snapshot: unzip, sheets to Grids, settings, the run's preparation. */
  readMs: number;
  /** The backup of what the plan overwrites (buildBackup, backupChunks). */
  backupMs: number;
  analyseMs: number;
  analyseIndicatorsPerSecond: number;
  planMs: number;
  applyMs: number;
  writeMs: number;
  exceljsReadWriteMs: number;
  hitungMs: number;
  ratio: number;
  /** The stages other than analyse (read, plan, backup, apply, write) against exceljs read+write. */
  ratioWithoutAnalyse: number;
  /** CPU time (user + system) of the analyse runs measured, median. */
  analyseCpuMs: number;
  /** In-memory Excel (null when the bench was built without src/testing/excel). */
  excel: ExcelBench | null;
  /**
   * hitung and exceljs read+write each in a fresh process (src/bench/child.ts): peak resident set
   * and wall time (modules loaded, JIT cold, as a user's run).
   */
  memory: { hitung: ChildFigures; exceljs: ChildFigures } | null;
}

/** benchExcel of src/testing/excel/bench.ts (loaded at run time: src/excel needs the office-js types). */
interface ExcelBench {
  indicators: number;
  syncs: number;
  payloadBytes: number;
  maxRequestBytes: number;
  comments: number;
  ms: number;
}
type BenchExcel = (n: number) => Promise<ExcelBench>;

function loadBenchExcel(): BenchExcel | null {
  // dist-bench/src/bench/main.js -> dist-bench/src/testing/excel/bench.js
  const file = path.join(__dirname, '..', 'testing', 'excel', 'bench.js');
  if (!fs.existsSync(file)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(file) as { benchExcel: BenchExcel }).benchExcel;
}

/** A full collection when node runs with --expose-gc (as `npm run bench` does); nothing otherwise. */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** One run in a fresh process (src/bench/child.ts). */
function child(kind: 'hitung' | 'exceljs', input: string, output: string): ChildFigures {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'child.js'), kind, input, output], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${kind} (proses terpisah) gagal: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildFigures;
}

const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

async function benchOne(n: number, dir: string, reps: number): Promise<Figures> {
  const file = path.join(dir, `bench-${n}.xlsx`);
  const gen = generateWorkbook(n, { perSheet: 1000 });
  await gen.xlsx.writeFile(file);
  const fileBytes = fs.statSync(file).size;

  // Stages of the command line's hitung (src/xlsx/hitung.ts), measured once more in detail, from a
  // collected heap (`npm run bench` runs node with --expose-gc): the garbage of the sizes before
  // would otherwise be collected during these figures.
  collect();
  let t = now();
  const bytes = new Uint8Array(fs.readFileSync(file));
  let readMs = 0;
  const b = bacaBuku(bytes, path.basename(file), { codec: nodeCodec, onRead: () => (readMs = now() - t) });
  const snap = b.prepared.input;
  const analysis = b.analysis; // warm-up: the analysis planned below
  const warmMs = now() - t - readMs;
  // Warm-up (JIT): more runs for small workbooks, up to about 1 s, so the figure is steady-state.
  for (let spent = warmMs, i = 0; spent < 1000 && i < 20 && warmMs <= 20000; i++) {
    const t0 = now();
    analyse(snap, b.settings);
    spent += now() - t0;
  }
  const cpus: number[] = [];
  const analyseMs = warmMs > 20000 ? warmMs : await median(reps, async () => {
    const c0 = cpuMs();
    const t0 = now();
    analyse(snap, b.settings);
    const ms = now() - t0;
    cpus.push(cpuMs() - c0);
      return ms;
  });
  cpus.sort((x, y) => x - y);
  const analyseCpuMs = cpus.length ? cpus[Math.floor(cpus.length / 2)] : warmMs;
  const counted = analysis.tables.reduce((s, x) => s + x.items.length, 0);
  t = now();
  const planned = plan(analysis, { mode: 'hitung', renstra: true, workbook: b.prepared.original });
  const p = { ...planned, sheets: planned.sheets.map((spec) => b.prepared.place(spec).spec) };
  const planMs = now() - t;
  t = now();
  const chunks = backupChunks(buildBackup(b.full, p, b.backup, new Date()), b.backup);
  const backupMs = now() - t;
  t = now();
  // hitung's writer: the part-level patch of the package read above (src/bench/writer.ts compares it with exceljs)
  const patched = applyPlanToPackage(b.pkg, p, { backup: chunks }).bytes;
  const applyMs = now() - t;
  t = now();
  fs.writeFileSync(path.join(dir, `staged-${n}.xlsx`), patched);
  const writeMs = now() - t;

  // exceljs alone: read + write (after the stages above, so their figures are not taken in a heap
  // full of exceljs's garbage), then hitung the same number of times.
  collect();
  const exceljsReadWriteMs = await median(reps, async () => {
    const t0 = now();
    await exceljsReadWrite(file, path.join(dir, `plain-${n}.xlsx`));
    return now() - t0;
  });

  collect();
  // hitung as the CLI runs it (in process, output silenced).
  const out = path.join(dir, `bench-${n}.capaian.xlsx`);
  const hitungMs = await median(reps, async () => {
    const t0 = now();
    const code = await cli(['hitung', file, '-o', out], { out: () => undefined, err: (s) => process.stderr.write(s + '\n') });
    if (code === 2) throw new Error('hitung gagal');
    return now() - t0;
  });

  return {
    analyseCpuMs: round(analyseCpuMs),
    excel: null,
    memory: { hitung: child('hitung', file, path.join(dir, `child-${n}.capaian.xlsx`)), exceljs: child('exceljs', file, path.join(dir, `child-plain-${n}.xlsx`)) },
    indicators: counted,
    sheets: snap.sheets.length,
    fileBytes,
    readMs: round(readMs),
    backupMs: round(backupMs),
    analyseMs: round(analyseMs),
    analyseIndicatorsPerSecond: Math.round(counted / (analyseMs / 1000)),
    planMs: round(planMs),
    applyMs: round(applyMs),
    writeMs: round(writeMs),
    exceljsReadWriteMs: round(exceljsReadWriteMs),
    hitungMs: round(hitungMs),
    ratio: Math.round((hitungMs / exceljsReadWriteMs) * 100) / 100,
    ratioWithoutAnalyse: Math.round(((readMs + planMs + backupMs + applyMs + writeMs) / exceljsReadWriteMs) * 100) / 100,
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}


export interface BenchResult {
  when: string;
  node: string;
  cpus: number;
  results: Figures[];
}

export async function runBench(sizes = [200, 2000, 20000], opts: { outFile?: string } = {}): Promise<{ file: string; results: Figures[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-pk-bench-'));
  const benchExcel = loadBenchExcel();
  if (!benchExcel) process.stdout.write('(Excel dalam memori tidak tersedia: bangun dengan tsconfig.bench.json untuk kolom Excel.)\n');
  const results: Figures[] = [];
  try {
    for (const n of sizes) {
      process.stdout.write(`... ${n.toLocaleString('en')} indikator\n`);
      const f = await benchOne(n, dir, n >= 20000 ? 3 : 5);
      if (benchExcel) f.excel = await benchExcel(n);
      results.push(f);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const file = opts.outFile ?? path.join(process.cwd(), 'bench-results', 'bench.json');
  let previous: BenchResult | null = null;
  try {
    previous = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResult;
  } catch {
    previous = null;
  }
  process.stdout.write('\n' + formatTable(results) + '\n');
  for (const f of results) {
    const ok1 = f.analyseIndicatorsPerSecond >= 50000 ? 'OK' : 'DI BAWAH TARGET';
    const ok2 = f.ratio <= 1 ? 'OK' : 'DI ATAS TARGET';
    const m = f.memory;
    const ok3 = !m ? '' : `; memori puncak hitung ${m.hitung.maxRssMB} MB (target < 400) ${m.hitung.maxRssMB < 400 ? 'OK' : 'DI ATAS TARGET'}, exceljs r+w ${m.exceljs.maxRssMB} MB; proses baru: hitung ${m.hitung.ms} ms, exceljs ${m.exceljs.ms} ms`;
    process.stdout.write(
      `${f.indicators.toLocaleString('en')} indikator (${f.sheets} lembar, ${(f.fileBytes / 1024).toFixed(0)} KB): ` +
        `analyse ${f.analyseMs} ms (CPU ${f.analyseCpuMs} ms), target >= 50,000/detik ${ok1}; rasio hitung ${f.ratio} (target <= 1) ${ok2}${ok3}; ` +
        `tanpa analyse ${f.ratioWithoutAnalyse}; tahap: baca ${f.readMs}, plan ${f.planMs}, cadangan ${f.backupMs}, apply ${f.applyMs}, tulis ${f.writeMs} ms\n`,
    );
  }
  if (previous && Array.isArray(previous.results)) {
    process.stdout.write(`\nPerbandingan dengan run sebelumnya (${previous.when}):\n` + formatChange(previous.results, results) + '\n');
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const out: BenchResult & { previous?: BenchResult } = { when: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results };
  if (previous && Array.isArray(previous.results)) out.previous = { when: previous.when, node: previous.node, cpus: previous.cpus, results: previous.results };
  fs.writeFileSync(file, JSON.stringify(out, null, 2));
  process.stdout.write(`Hasil JSON: ${file}\n`);
  return { file, results };
}

interface Column {
  head: string;
  get: (f: Figures) => number | null;
  /** How to print it. */
  fmt: (x: number) => string;
  /** Higher is better (for the comparison's sign). */
  higherBetter?: boolean;
}

const int = (x: number) => Math.round(x).toLocaleString('en');
const one = (x: number) => x.toFixed(1);
const COLUMNS: Column[] = [
  { head: 'indikator', get: (f) => f.indicators, fmt: int },
  { head: 'analyse ind/s', get: (f) => f.analyseIndicatorsPerSecond, fmt: int, higherBetter: true },
  { head: 'analyse ms (CPU)', get: (f) => f.analyseMs, fmt: one },
  { head: 'hitung ms', get: (f) => f.hitungMs, fmt: int },
  { head: 'exceljs r+w ms', get: (f) => f.exceljsReadWriteMs, fmt: int },
  { head: 'rasio', get: (f) => f.ratio, fmt: (x) => x.toFixed(2) },
  { head: 'Excel round trips', get: (f) => f.excel?.syncs ?? null, fmt: int },
  { head: 'payload KB', get: (f) => (f.excel ? f.excel.payloadBytes / 1024 : null), fmt: int },
  { head: 'request maks KB', get: (f) => (f.excel ? f.excel.maxRequestBytes / 1024 : null), fmt: int },
  { head: 'memori hitung MB', get: (f) => f.memory?.hitung.maxRssMB ?? null, fmt: int },
  { head: 'memori exceljs MB', get: (f) => f.memory?.exceljs.maxRssMB ?? null, fmt: int },
];

function cell(c: Column, f: Figures): string {
  const v = c.get(f);
  if (v === null) return '-';
  if (c.head === 'analyse ms (CPU)') return `${one(v)} (${one(f.analyseCpuMs)})`;
  return c.fmt(v);
}

function table(heads: string[], rows: string[][]): string {
  const w = heads.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => '| ' + r.map((x, i) => (i === 0 ? x.padEnd(w[i]) : x.padStart(w[i]))).join(' | ') + ' |';
  return [line(heads), '|' + w.map((x, i) => (i === 0 ? '-'.repeat(x + 1) + '-' : '-'.repeat(x + 1) + ':')).join('|') + '|', ...rows.map(line)].join('\n');
}

export function formatTable(results: Figures[]): string {
  return table(
    COLUMNS.map((c) => c.head),
    results.map((f) => COLUMNS.map((c) => cell(c, f))),
  );
}

/** Change in % against the previous run, per size present in both. */
export function formatChange(before: Figures[], after: Figures[]): string {
  const cols = COLUMNS.slice(1);
  const rows: string[][] = [];
  for (const f of after) {
    const p = before.find((x) => x.indicators === f.indicators);
    if (!p) continue;
    rows.push([
      int(f.indicators),
      ...cols.map((c) => {
        let a: number | null = null;
        let b: number | null = null;
        try {
          a = c.get(p);
          b = c.get(f);
        } catch {
          /* an older file without this figure */
        }
        if (a === null || b === null || a === undefined || b === undefined || !Number.isFinite(a) || a === 0) return '-';
        const d = ((b - a) / a) * 100;
        return `${d >= 0 ? '+' : ''}${d.toFixed(1)}%`;
      }),
    ]);
  }
  if (rows.length === 0) return '(tidak ada ukuran yang sama)';
  return table(['indikator', ...cols.map((c) => c.head)], rows);
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  // `--excel`: only the payload table of src/bench/excel.ts
  const only = process.argv.includes('--excel');
  (only ? Promise.resolve() : runBench(sizes.length ? sizes : undefined).then(() => undefined))
    .then(async () => (sizes.length || only ? undefined : (await runBatchBench(), await runMatchingBench(), runWriterBench()))) // batch.ts, matching.ts, writer.ts
    .then(() => (only ? undefined : benchOffline())) // offline.ts
    .then(() => runExcelBench(sizes.length ? sizes : undefined)) // excel.ts
    .then(() => process.exit(process.exitCode ?? 0)).catch((e) => {
    process.stderr.write(`Benchmark gagal: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
