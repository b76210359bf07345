/**
 * Batch bench (`npm run bench`, after the size table): 500 generated satuan kerja workbooks of about
 * 50 indicators each (batch-generate.ts) in a temp dir, then in ONE process:
 * - `periksa --json` over the folder (NDJSON, output counted, not printed);
 * - `rekap` over the folder (aim: under 20 s on the 2-core machine);
 * - per file: start-up (a new node process loading the CLI, once per process when run one by one),
 *   read (file to Grids, prepared) and analyse, from the CLI's one-workbook function.
 * Printed as a table and written to bench-results/batch.json.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main as cli, prosesBerkas } from '../cli/main';
import { satkerWorkbook } from './batch-generate';

const now = () => Number(process.hrtime.bigint()) / 1e6;

export interface BatchFigures {
  files: number;
  indicators: number;
  generateMs: number;
  periksaMs: number;
  rekapMs: number;
  /** Per file, ms: a new process with the CLI loaded, and the module load alone. */
  startupMs: number;
  moduleLoadMs: number;
  readMs: number;
  analyseMs: number;
  rekapBytes: number;
}

/** Median wall time of a few child processes running `code`. */
function childMs(args: string[], reps = 3): number {
  const xs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    xs.push(now() - t0);
  }
  return xs.sort((a, b) => a - b)[Math.floor(reps / 2)];
}

/** Module load of the CLI in a fresh process (reported by the child itself). */
function moduleLoadMs(entry: string): number {
  const code = `const t=process.hrtime.bigint();require(${JSON.stringify(entry)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  const xs = [0, 1, 2].map(() => Number(spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' }).stdout));
  return xs.sort((a, b) => a - b)[1];
}

async function generate(dir: string, files: number, per: number): Promise<number> {
  const t0 = now();
  for (let u = 0; u < files; u++) fs.writeFileSync(path.join(dir, `satker-${String(u + 1).padStart(3, '0')}.xlsx`), await satkerWorkbook(u, per));
  return now() - t0;
}

async function perFile(dir: string): Promise<{ read: number; analyse: number; indicators: number }> {
  let read = 0;
  let analyse = 0;
  let indicators = 0;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.xlsx')).sort()) {
    const h = await prosesBerkas(path.join(dir, f), { command: 'periksa', output: null, skala: null, tahun: null });
    read += h.ms.read;
    analyse += h.ms.analyse;
    for (const t of h.analysis.tables) indicators += t.kind === 'pengukuran' ? t.items.length : 0;
  }
  return { read, analyse, indicators };
}

export async function runBatchBench(files = 500, per = 50): Promise<BatchFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-pk-batch-'));
  const input = path.join(dir, 'satker');
  fs.mkdirSync(input);
  try {
    process.stdout.write(`\n... batch: ${files} buku kerja x ~${per} indikator\n`);
    const generateMs = await generate(input, files, per);
    const silent = { out: () => undefined, err: () => undefined };
    let lines = 0;
    let t0 = now();
    const code = await cli(['periksa', input, '--json'], { out: () => void lines++, err: () => undefined });
    const periksaMs = now() - t0;
    if (code === 2 || lines !== files) throw new Error(`periksa --json: kode ${code}, ${lines} baris untuk ${files} berkas`);
    const out = path.join(dir, 'rekap.xlsx');
    t0 = now();
    if ((await cli(['rekap', input, '-o', out], silent)) === 2) throw new Error('rekap gagal');
    const rekapMs = now() - t0;
    const split = await perFile(input);
    const entry = path.join(__dirname, '..', 'cli', 'main.js');
    const f: BatchFigures = {
      files,
      indicators: split.indicators,
      generateMs: Math.round(generateMs),
      periksaMs: Math.round(periksaMs),
      rekapMs: Math.round(rekapMs),
      startupMs: Math.round(childMs(['-e', `require(${JSON.stringify(entry)})`])),
      moduleLoadMs: Math.round(moduleLoadMs(entry)),
      readMs: Math.round((split.read / files) * 10) / 10,
      analyseMs: Math.round((split.analyse / files) * 10) / 10,
      rekapBytes: fs.statSync(out).size,
    };
    printBatch(f);
    const file = path.join(process.cwd(), 'bench-results', 'batch.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ when: new Date().toISOString(), node: process.version, cpus: os.cpus().length, ...f }, null, 2));
    return f;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function printBatch(f: BatchFigures): void {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const oneByOne = f.files * (f.startupMs + f.readMs + f.analyseMs);
  process.stdout.write(
    [
      '| batch | berkas | indikator | periksa --json s | rekap s | per berkas: start-up ms (muat modul) | baca ms | analyse ms | satu proses per berkas s (perkiraan) |',
      '|-------|-------:|----------:|-----------------:|--------:|-------------------------------------:|--------:|-----------:|--------------------------------------:|',
      `| satu proses | ${f.files} | ${f.indicators.toLocaleString('en')} | ${s(f.periksaMs)} | ${s(f.rekapMs)} | ${f.startupMs} (${f.moduleLoadMs}) | ${f.readMs} | ${f.analyseMs} | ${s(oneByOne)} |`,
      `rekap ${s(f.rekapMs)} s (target < 20 s) ${f.rekapMs < 20000 ? 'OK' : 'DI ATAS TARGET'}; pembuatan berkas uji ${s(f.generateMs)} s; rekap.xlsx ${(f.rekapBytes / 1024).toFixed(0)} KB`,
    ].join('\n') + '\n',
  );
}

if (require.main === module) {
  const [files, per] = process.argv.slice(2).map(Number);
  runBatchBench(files || 500, per || 50).catch((e) => {
    process.stderr.write(`Bench batch gagal: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
