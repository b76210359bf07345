/**
 * One measured run in a fresh Node process, for the bench's memory figures (the bench's own process
 * holds every workbook it made, so its peak says nothing about hitung):
 *
 *   node dist-bench/src/bench/child.js hitung  IN OUT   the command line's hitung
 *   node dist-bench/src/bench/child.js exceljs IN OUT   exceljs reading and writing the file unchanged
 *
 * Prints one JSON line: the run's wall time (modules already loaded) and the process's peak
 * resident set (getrusage ru_maxrss, through process.resourceUsage()).
 */
import ExcelJS from 'exceljs';
import { main as cli } from '../cli/main';

export interface ChildFigures {
  ms: number;
  maxRssMB: number;
}

/** The floor hitung is measured against: exceljs reading the workbook and writing it unchanged. */
export async function exceljsReadWrite(input: string, output: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
}

async function run(kind: string, input: string, output: string): Promise<void> {
  const t0 = performance.now();
  if (kind === 'hitung') {
    const code = await cli(['hitung', input, '-o', output], { out: () => undefined, err: (s) => process.stderr.write(s + '\n') });
    if (code === 2) throw new Error('hitung gagal');
  } else if (kind === 'exceljs') {
    await exceljsReadWrite(input, output);
  } else throw new Error(`jenis tidak dikenal: ${kind}`);
  const ms = performance.now() - t0;
  const figures: ChildFigures = { ms: Math.round(ms), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
  process.stdout.write(JSON.stringify(figures) + '\n');
}

if (require.main === module) {
  const [kind, input, output] = process.argv.slice(2);
  run(kind, input, output).catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
