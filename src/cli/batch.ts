/**
 * `periksa|hitung` over many workbooks in one process (docs/baris-perintah.md "Banyak berkas"):
 * each workbook is reported on its own (NDJSON with --json: one periksa object per line, or
 * `{"file", "galat"}` for a refused input); one bad workbook never stops the others.
 * Exit: 0 no galat anywhere; 1 galat in at least one workbook; 2 only when no input could be used.
 */
import * as fs from 'fs';
import * as path from 'path';
import { toPeriksaJson } from '../core/report';
import { UsageError, type Args } from './args';
import { oneLine, periksaLines, sevCounts } from './laporan';
import type { CliIO, HasilBerkas, Tugas } from './main';
import { defaultOutput } from './main';
import type { Masukan } from './masukan';
import { Progres } from './progres';
import { kamus } from '../i18n';

/** The command line speaks Indonesian (docs/aturan.md): its section of the one dictionary. */
const K = kamus('id').cli;

export type Proses = (file: string, tugas: Tugas) => Promise<HasilBerkas>;

/** Outcome of one input of a batch. */
export type HasilBatch = { file: string; hasil: HasilBerkas } | { file: string; galat: string };

/** Where `hitung` writes each input: beside it, or into the folder given with -o (created). */
function tempatKeluaran(args: Args): (file: string) => string {
  if (args.output === null) return defaultOutput;
  const dir = args.output;
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch {
    throw new UsageError(`Folder keluaran tidak dapat dibuat: ${dir} (untuk beberapa berkas, -o adalah sebuah folder).`);
  }
  if (!fs.statSync(dir).isDirectory()) throw new UsageError(`Untuk beberapa berkas, -o harus sebuah folder: ${dir} adalah berkas.`);
  return (file) => path.join(dir, path.basename(defaultOutput(file)));
}

/** Runs every input through `proses`, never stopping on a refused one. */
export async function prosesSemua(files: string[], tugasOf: (file: string) => Tugas, proses: Proses, io: CliIO, each: (h: HasilBatch) => void): Promise<void> {
  const progres = new Progres(files.length, io.progress);
  for (const file of files) {
    progres.mulai(file);
    let h: HasilBatch;
    try {
      h = { file, hasil: await proses(file, tugasOf(file)) };
    } catch (e) {
      // A refused input is reported with its reason; anything unexpected is too, in one line.
      const why = e instanceof UsageError ? e.message : `Galat tak terduga: ${e instanceof Error ? e.message : String(e)}`;
      h = { file, galat: oneLine(why) };
    }
    progres.selesai();
    each(h);
  }
  progres.tutup();
}

function keluaranBaris(args: Args, h: HasilBatch, io: CliIO): void {
  if ('galat' in h) {
    if (args.json) io.out(JSON.stringify({ file: h.file, galat: h.galat }));
    else io.err(`${h.file}: ${h.galat}`);
    return;
  }
  if (args.json) io.out(JSON.stringify({ ...toPeriksaJson(h.hasil.analysis), file: h.file }));
  else if (args.command === 'periksa') io.out(periksaLines(h.hasil.analysis, h.file).join('\n') + '\n');
  else io.out([K.judul('hitung', h.file), ...h.hasil.lines].join('\n') + '\n');
}

function galatDi(h: HasilBerkas): boolean {
  return h.summary ? h.summary.findings.galat > 0 : sevCounts(h.analysis.findings).galat > 0;
}

export async function batch(args: Args, masukan: Masukan, io: CliIO, proses: Proses): Promise<number> {
  if (masukan.files.length === 0) throw new UsageError(`Tidak ada berkas .xlsx yang dapat diproses di ${args.inputs.join(', ')}.`);
  for (const d of masukan.kosong) io.err(K.peringatan(K.folderKosong(d)));
  const keluaran = args.command === 'hitung' ? tempatKeluaran(args) : null;
  const dipakai = new Map<string, string>();
  const tugasOf = (file: string): Tugas => {
    const output = keluaran ? keluaran(file) : null;
    if (output) {
      const lain = dipakai.get(path.resolve(output));
      if (lain) throw new UsageError(`Keluaran ${output} sudah dipakai untuk ${lain}: beri nama berkas yang berbeda.`);
      dipakai.set(path.resolve(output), file);
    }
    const peringatan = (w: string): void => {
      io.progress?.(null); // not on top of the progress line
      io.err(`${file}: ${K.peringatan(oneLine(w))}`);
    };
    return { command: args.command, output, skala: args.skala, tahun: args.tahun, paksa: args.paksa, peringatan };
  };
  let dipakaiN = 0;
  let ditolak = 0;
  let galat = 0;
  await prosesSemua(masukan.files, tugasOf, proses, io, (h) => {
    keluaranBaris(args, h, io);
    if ('galat' in h) ditolak++;
    else {
      dipakaiN++;
      if (galatDi(h.hasil)) galat++;
    }
  });
  if (!args.json) io.err(`Ringkasan: ${masukan.files.length} berkas; ${dipakaiN} diproses, ${ditolak} tidak dapat dipakai; ${galat} dengan temuan galat.`);
  if (dipakaiN === 0) return 2;
  return galat > 0 ? 1 : 0;
}
