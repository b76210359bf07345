/**
 * Engine benchmark: `npm run bench`.
 *
 * For workbooks of 2,000 and 20,000 indicators (generated with exceljs, written to a temp dir):
 * - analyse: indicators per second (reading excluded);
 * - hitung: the CLI's whole work (read, snapshot, analyse, plan, apply, write) against exceljs
 *   alone reading and writing the same file, and the ratio.
 * Aims: analyse >= 50,000 indicators/s; hitung <= 1.5 x exceljs read+write.
 * Figures are printed and written as JSON to <tmpdir>/capaian-pk-bench/engine.json.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyse } from '../core/analyse';
import { plan } from '../core/plan';
import { snapshotFromWorkbook } from '../xlsx/read';
import { applyPlanToWorkbook } from '../xlsx/write';
import { main as cli } from '../cli/main';
import { generateWorkbook } from './generate';

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
  readMs: number;
  snapshotMs: number;
  analyseMs: number;
  analyseIndicatorsPerSecond: number;
  planMs: number;
  applyMs: number;
  writeMs: number;
  exceljsReadWriteMs: number;
  hitungMs: number;
  ratio: number;
  /** The stages other than analyse (read, snapshot, plan, apply, write) against exceljs read+write. */
  ratioWithoutAnalyse: number;
}

async function benchOne(n: number, dir: string, reps: number): Promise<Figures> {
  const file = path.join(dir, `bench-${n}.xlsx`);
  const gen = generateWorkbook(n, { perSheet: 1000 });
  await gen.xlsx.writeFile(file);
  const fileBytes = fs.statSync(file).size;

  // exceljs alone: read + write.
  const exceljsReadWriteMs = await median(reps, async () => {
    const t0 = now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    await wb.xlsx.writeFile(path.join(dir, `plain-${n}.xlsx`));
    return now() - t0;
  });

  // Stages, measured once more in detail.
  let t = now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const readMs = now() - t;
  t = now();
  const snap = snapshotFromWorkbook(wb, path.basename(file));
  const snapshotMs = now() - t;
  const tw = now();
  const analysis = analyse(snap); // warm-up, and the analysis planned below
  const warmMs = now() - tw;
  const analyseMs = warmMs > 20000 ? warmMs : await median(reps, async () => {
    const t0 = now();
    analyse(snap);
    return now() - t0;
  });
  const counted = analysis.tables.reduce((s, x) => s + x.items.length, 0);
  t = now();
  const p = plan(analysis, { mode: 'hitung', renstra: true, workbook: snap });
  const planMs = now() - t;
  t = now();
  applyPlanToWorkbook(wb, p);
  const applyMs = now() - t;
  t = now();
  await wb.xlsx.writeFile(path.join(dir, `staged-${n}.xlsx`));
  const writeMs = now() - t;

  // hitung as the CLI runs it (in process, output silenced).
  const out = path.join(dir, `bench-${n}.capaian.xlsx`);
  const hitungMs = await median(reps, async () => {
    const t0 = now();
    const code = await cli(['hitung', file, '-o', out], { out: () => undefined, err: (s) => process.stderr.write(s + '\n') });
    if (code === 2) throw new Error('hitung gagal');
    return now() - t0;
  });

  return {
    indicators: counted,
    sheets: snap.sheets.length,
    fileBytes,
    readMs: round(readMs),
    snapshotMs: round(snapshotMs),
    analyseMs: round(analyseMs),
    analyseIndicatorsPerSecond: Math.round(counted / (analyseMs / 1000)),
    planMs: round(planMs),
    applyMs: round(applyMs),
    writeMs: round(writeMs),
    exceljsReadWriteMs: round(exceljsReadWriteMs),
    hitungMs: round(hitungMs),
    ratio: Math.round((hitungMs / exceljsReadWriteMs) * 100) / 100,
    ratioWithoutAnalyse: Math.round(((readMs + snapshotMs + planMs + applyMs + writeMs) / exceljsReadWriteMs) * 100) / 100,
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

export async function runBench(sizes = [2000, 20000]): Promise<{ file: string; results: Figures[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-pk-bench-'));
  const results: Figures[] = [];
  for (const n of sizes) {
    const f = await benchOne(n, dir, n >= 20000 ? 3 : 5);
    results.push(f);
    const ok1 = f.analyseIndicatorsPerSecond >= 50000 ? 'OK' : 'DI BAWAH TARGET';
    const ok2 = f.ratio <= 1.5 ? 'OK' : 'DI ATAS TARGET';
    process.stdout.write(
      [
        `== ${f.indicators} indikator (${f.sheets} lembar, ${(f.fileBytes / 1024).toFixed(0)} KB)`,
        `analyse: ${f.analyseMs} ms = ${f.analyseIndicatorsPerSecond.toLocaleString('en')} indikator/detik (target >= 50,000) ${ok1}`,
        `hitung: ${f.hitungMs} ms; exceljs baca+tulis saja: ${f.exceljsReadWriteMs} ms; rasio ${f.ratio} (target <= 1.5) ${ok2}`,
        `  tahap selain analyse (baca, snapshot, plan, apply, tulis) terhadap exceljs: rasio ${f.ratioWithoutAnalyse}`,
        `  tahap: baca ${f.readMs} ms, snapshot ${f.snapshotMs} ms, analyse ${f.analyseMs} ms, plan ${f.planMs} ms, apply ${f.applyMs} ms, tulis ${f.writeMs} ms`,
        '',
      ].join('\n')
    );
  }
  const outDir = path.join(os.tmpdir(), 'capaian-pk-bench');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'engine.json');
  fs.writeFileSync(file, JSON.stringify({ when: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results }, null, 2));
  process.stdout.write(`Hasil JSON: ${file}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  return { file, results };
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  runBench(sizes.length ? sizes : undefined).catch((e) => {
    process.stderr.write(`Benchmark gagal: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
