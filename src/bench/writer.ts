/**
 * Writer bench (`npm run bench`, after the size table): the choice behind `hitung`'s writer, measured.
 * For generated workbooks of 2,000 and 20,000 indicators, the same plan applied two ways:
 * - exceljs round trip: load the whole workbook, apply the plan (src/xlsx/write.ts), write it all again;
 * - part-level patch over fflate (src/xlsx/writer.ts): rewrite only the parts the plan changes,
 *   copy the other parts' compressed bytes as they are.
 * Also the peak memory of the patch at the largest size. Printed beside the previous run's figures
 * (bench-results/writer.json).
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { nodeCodec } from '../cli/codec';
import { analyse } from '../core/analyse';
import { plan } from '../core/plan';
import { snapshotFromWorkbook } from '../xlsx/read';
import { applyPlanToWorkbook } from '../xlsx/write';
import { applyPlanToBytes } from '../xlsx/writer';
import { generateWorkbook } from './generate';

const now = () => Number(process.hrtime.bigint()) / 1e6;

export interface WriterFigures {
  indicators: number;
  fileKB: number;
  exceljsMs: number;
  patchMs: number;
  /** exceljs round trip / patch. */
  speedup: number;
  partsRewritten: number;
  partsCopied: number;
  patchHeapMB: number;
}

async function medianOf(n: number, f: () => Promise<number> | number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(await f());
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
}

async function one(n: number, dir: string): Promise<WriterFigures> {
  const file = path.join(dir, `writer-${n}.xlsx`);
  await generateWorkbook(n, { perSheet: 1000 }).xlsx.writeFile(file);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const wb0 = new ExcelJS.Workbook();
  await wb0.xlsx.load(bytes as unknown as ArrayBuffer);
  const p = plan(analyse(snapshotFromWorkbook(wb0, path.basename(file))), { mode: 'hitung', renstra: true });
  const reps = n >= 20000 ? 3 : 5;
  const exceljsMs = await medianOf(reps, async () => {
    const t0 = now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    applyPlanToWorkbook(wb, p);
    await wb.xlsx.writeBuffer();
    return now() - t0;
  });
  let heap = 0;
  let changed: string[] = [];
  const patchMs = await medianOf(reps, () => {
    const h0 = process.memoryUsage().heapUsed;
    const t0 = now();
    const r = applyPlanToBytes(bytes, p, { codec: nodeCodec });
    const ms = now() - t0;
    heap = Math.max(heap, process.memoryUsage().heapUsed - h0);
    changed = r.result.changedParts.map((x) => x.toLowerCase());
    return ms;
  });
  const { Package } = await import('../xlsx/package');
  const inputParts = new Package(bytes).parts().filter((x) => !x.endsWith('/'));
  const copied = inputParts.filter((x) => !changed.includes(x.toLowerCase())).length;
  return {
    indicators: n,
    fileKB: Math.round(bytes.length / 1024),
    exceljsMs: Math.round(exceljsMs),
    patchMs: Math.round(patchMs),
    speedup: Math.round((exceljsMs / patchMs) * 10) / 10,
    partsRewritten: changed.length,
    partsCopied: copied,
    patchHeapMB: Math.round(heap / 1024 / 1024),
  };
}

function table(rows: WriterFigures[], prev: WriterFigures[] | null): string {
  const head = '| indikator | KB | exceljs load+apply+tulis ms | patch bagian ms | kali lebih cepat | bagian ditulis / disalin | heap patch MB | sebelumnya (exceljs / patch ms) |';
  const line = (f: WriterFigures) => {
    const p = prev?.find((x) => x.indicators === f.indicators);
    return `| ${f.indicators.toLocaleString('en')} | ${f.fileKB} | ${f.exceljsMs} | ${f.patchMs} | ${f.speedup} | ${f.partsRewritten} / ${f.partsCopied} | ${f.patchHeapMB} | ${p ? `${p.exceljsMs} / ${p.patchMs}` : '-'} |`;
  };
  return [head, '|---|---:|---:|---:|---:|---:|---:|---:|', ...rows.map(line)].join('\n');
}

export async function runWriterBench(sizes = [2000, 20000], outFile = path.join(process.cwd(), 'bench-results', 'writer.json')): Promise<WriterFigures[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-pk-writer-'));
  const rows: WriterFigures[] = [];
  try {
    for (const n of sizes) rows.push(await one(n, dir));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  let prev: { results?: WriterFigures[] } | null = null;
  try {
    prev = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  } catch {
    prev = null;
  }
  process.stdout.write(`\nPenulis hitung: exceljs (baca+terapkan+tulis semua) dibanding patch bagian (fflate)\n${table(rows, prev?.results ?? null)}\n`);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify({ when: new Date().toISOString(), node: process.version, results: rows }, null, 2));
  return rows;
}

if (require.main === module) {
  runWriterBench().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
