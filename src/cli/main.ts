/**
 * `capaian-pk periksa|hitung|rekap`: the command line of docs/baris-perintah.md.
 *
 *   capaian-pk periksa FILE|DIR... [--json] [--rekursif] [--skala ID] [--tahun N]   reads, never writes
 *   capaian-pk hitung  FILE|DIR... [-o OUT] [--rekursif] [--skala ID] [--tahun N]   writes new workbooks
 *   capaian-pk rekap   FILE|DIR... -o REKAP.xlsx [--rekursif] [--skala ID] [--tahun N]
 *
 * One file: exit 0 no galat findings; 1 galat findings present; 2 unusable input or bad option
 * (one-line Indonesian reason on stderr). Several (batch.ts): 0 no galat anywhere; 1 galat in at
 * least one workbook; 2 only when no input could be used.
 */
import './exceljs-ringan'; // first: the light exceljs for every module below
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { toPeriksaJson } from '../core/report';
import type { Settings } from '../core/settings';
import type { Analysis, PlanSummary } from '../core/types';
import type { WorkbookSnapshot } from '../core/grid';
import { XlsxError } from '../xlsx/errors';
import { uraiKehilangan } from '../xlsx/carry-text';
import { bacaBuku, type Bacaan, namaKeluaran, rencanakan, tulisHitung } from '../xlsx/hitung';
import { nodeCodec } from './codec';
import { pesanBaca, pesanTulis } from './galat-berkas';
import { parseArgs, UsageError, type Args } from './args';
import { HELP } from './bantuan';
import { hitungLines, oneLine, periksaLines } from './laporan';
import { kumpulkanMasukan } from './masukan';
import { kamus } from '../i18n';

/** The command line speaks Indonesian (docs/aturan.md): its section of the one dictionary. */
const K = kamus('id').cli;

export { HELP };

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The progress line of a batch (replaced in place); absent when stderr is not a terminal. */
  progress?: (text: string | null) => void;
}

const defaultIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  progress: process.stderr.isTTY ? (t) => process.stderr.write(t === null ? '\r\x1b[K' : `\r\x1b[K${t.slice(0, (process.stderr.columns ?? 80) - 1)}`) : undefined,
};

/**
 * Node's zlib for the backup's text (the package's parts use nodeCodec). Level 6, not the add-in's
 * 9: in a file the size matters less than in a request to Excel, and 9 takes 3-5x the time.
 */
const backupDeflate = (d: Uint8Array): Uint8Array => zlib.deflateRawSync(d, { level: 6 });

/** Where hitung writes when no -o is given: `BERKAS.capaian.xlsx` beside the input. */
export const defaultOutput = namaKeluaran;

export function samePath(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  try {
    return fs.realpathSync(ra) === fs.realpathSync(rb);
  } catch {
    return false;
  }
}

/** What one workbook gave: its analysis, and for hitung the lines to print and where it went. */
export interface HasilBerkas {
  analysis: Analysis;
  snapshot: WorkbookSnapshot;
  /** Warnings about the stored settings. */
  warnings: string[];
  summary: PlanSummary | null;
  /** hitung: the summary lines (without the title line) and the output path. */
  lines: string[];
  written: string | null;
  /** Milliseconds spent reading (file to snapshot), analysing, and planning and writing. */
  ms: { read: number; analyse: number; write: number };
}

export interface Tugas {
  command: 'periksa' | 'hitung' | 'rekap';
  /** hitung: where to write (already decided by the caller). */
  output: string | null;
  skala: Args['skala'];
  tahun: Args['tahun'];
  /** hitung: write even when the output would lose something of the input (named in the lines). */
  paksa?: boolean;
  /** Called with each warning about the stored settings as soon as they are read. */
  peringatan?: (w: string) => void;
}

const clock = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * One workbook, start to end: read, prepare, analyse, and for hitung plan and write. Throws a
 * UsageError with the one-line reason when the workbook cannot be used.
 */
export async function prosesBerkas(file: string, tugas: Tugas): Promise<HasilBerkas> {
  const t0 = clock();
  if (tugas.command === 'hitung') {
    const out = tugas.output ?? defaultOutput(file);
    if (samePath(out, file)) throw new UsageError(K.keluaranSamaMasukan);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.promises.readFile(file));
  } catch (e) {
    throw new UsageError(pesanBaca(e, file));
  }
  let t1 = 0;
  let b: Bacaan;
  try {
    b = bacaBuku(bytes, path.basename(file), {
      codec: nodeCodec,
      settings: (stored) => {
        const settings: Settings = { ...stored };
        if (tugas.skala) {
          settings.skala = tugas.skala;
          settings.skalaKustom = null;
        }
        if (tugas.tahun) settings.tahun = tugas.tahun;
        return settings;
      },
      onRead: () => (t1 = clock()),
    });
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
    throw new UsageError(pesanBaca(e, file));
  }
  for (const w of b.warnings) tugas.peringatan?.(w);
  const { analysis } = b;
  const snapshot = b.prepared.input;
  const t2 = clock();
  if (analysis.tables.length === 0) {
    throw new UsageError(K.tanpaTabel(path.basename(file), snapshot.sheets.length));
  }
  const hasil: HasilBerkas = { analysis, snapshot, warnings: b.warnings, summary: null, lines: [], written: null, ms: { read: t1 - t0, analyse: t2 - t1, write: 0 } };
  if (tugas.command !== 'hitung') return hasil;
  const out = tugas.output ?? defaultOutput(file);
  const r = rencanakan(b);
  const hilang = r.hilang.map((h) => uraiKehilangan(h));
  // Nothing of the input is lost silently: named, and not written unless --paksa.
  if (hilang.length && !tugas.paksa) throw new UsageError(K.tidakTerbawa(path.basename(file), hilang));
  const { plan: p, placed } = r;
  const { bytes: written, result: res } = tulisHitung(b, r, new Date(), backupDeflate);
  try {
    await fs.promises.writeFile(out, written);
  } catch (e) {
    throw new UsageError(pesanTulis(e, out));
  }
  const lines = hitungLines(analysis, p.summary);
  if (res.chartsSkipped) lines.push(K.grafikDilewati(res.chartsSkipped));
  if (res.skippedPerson) lines.push(K.catatanOrang(res.skippedPerson));
  for (const x of placed) if (x.renamedFrom) lines.push(K.peringatan(K.lembarDiganti(x.renamedFrom, x.spec.name)));
  for (const w of res.warnings) lines.push(K.peringatan(w));
  if (hilang.length) lines.push(K.peringatan(K.dipaksa(hilang.join('; '))));
  lines.push(K.ditulis(out));
  return { ...hasil, summary: p.summary, lines, written: out, ms: { ...hasil.ms, write: clock() - t2 } };
}

/** One file, as the command line has always done it. */
async function satuBerkas(args: Args, file: string, io: CliIO): Promise<number> {
  const peringatan = (w: string): void => io.err(K.peringatan(oneLine(w)));
  const r = await prosesBerkas(file, { command: args.command, output: args.output, skala: args.skala, tahun: args.tahun, paksa: args.paksa, peringatan });
  if (args.command === 'periksa') {
    const galat = r.analysis.findings.some((f) => f.severity === 'galat');
    if (args.json) io.out(JSON.stringify(toPeriksaJson(r.analysis), null, 2));
    else io.out(periksaLines(r.analysis, path.basename(file)).join('\n'));
    return galat ? 1 : 0;
  }
  io.out([K.judul('hitung', path.basename(file)), ...r.lines].join('\n'));
  return (r.summary?.findings.galat ?? 0) > 0 ? 1 : 0;
}

async function jalankan(args: Args, io: CliIO): Promise<number> {
  if (args.command === 'rekap') {
    const { rekap } = await import('./rekap');
    return rekap(args, io, prosesBerkas);
  }
  const masukan = kumpulkanMasukan(args.inputs, args.rekursif);
  if (!masukan.batch) return satuBerkas(args, masukan.files[0], io);
  const { batch } = await import('./batch');
  return batch(args, masukan, io, prosesBerkas);
}

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      io.out(HELP);
      return 0;
    }
    return await jalankan(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(oneLine(e.message));
      return 2;
    }
    throw e;
  }
}
