/**
 * `capaian-pk rekap FILE|DIR... -o rekap.xlsx`: every workbook analysed in one process, then one
 * rekap workbook (src/core/rekap builds it, src/xlsx/rekap.ts writes the bytes). Only the file
 * I/O lives here. Exit codes as for a batch: 0 no galat anywhere, 1 galat in at least one
 * workbook, 2 when no input could be used (the rekap is still written, listing why).
 */
import * as fs from 'fs';
import * as path from 'path';
import { bangunRekap, namaSatker, type RekapMasukan } from '../core/rekap';
import { tulisRekap } from '../xlsx/rekap';
import { UsageError, type Args } from './args';
import { prosesSemua, type Proses } from './batch';
import { sevCounts } from './laporan';
import type { CliIO } from './main';
import { samePath } from './main';
import { kumpulkanMasukan } from './masukan';
import { kamus } from '../i18n';

/** The command line speaks Indonesian (docs/aturan.md): its section of the one dictionary. */
const K = kamus('id').cli;

export const REKAP_BAWAAN = 'rekap.xlsx';

/** Reads and analyses every input; a refused one keeps its reason. */
export async function kumpulkanRekap(files: string[], args: Args, io: CliIO, proses: Proses): Promise<{ masukan: RekapMasukan[]; galat: number }> {
  const masukan: RekapMasukan[] = [];
  let galat = 0;
  const tugasOf = () => ({ command: 'rekap' as const, output: null, skala: args.skala, tahun: args.tahun });
  await prosesSemua(files, tugasOf, proses, io, (h) => {
    if ('galat' in h) {
      masukan.push({ berkas: h.file, galat: h.galat });
      return;
    }
    // Only the analysis and the unit's name are kept: the sheets are let go file by file.
    masukan.push({ berkas: h.file, satker: namaSatker(h.hasil.snapshot, h.file), analysis: h.hasil.analysis });
    if (sevCounts(h.hasil.analysis.findings).galat > 0) galat++;
  });
  return { masukan, galat };
}

export async function rekap(args: Args, io: CliIO, proses: Proses): Promise<number> {
  const out = args.output ?? REKAP_BAWAAN;
  const { files, kosong } = kumpulkanMasukan(args.inputs, args.rekursif, [out]);
  if (files.length === 0) throw new UsageError(`Tidak ada berkas .xlsx yang dapat direkap di ${args.inputs.join(', ')}.`);
  for (const d of kosong) io.err(K.peringatan(K.folderKosong(d)));
  const sama = files.find((f) => samePath(f, out));
  if (sama) throw new UsageError(`Berkas rekap tidak boleh sama dengan berkas masukan (${sama}): berkas masukan tidak pernah ditimpa.`);
  const { masukan, galat } = await kumpulkanRekap(files, args, io, proses);
  const bytes = await tulisRekap(bangunRekap(masukan, { skala: args.skala ?? undefined }));
  try {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, bytes);
  } catch (e) {
    throw new UsageError(`Tidak dapat menulis ${out}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const terbaca = masukan.filter((m) => 'analysis' in m).length;
  io.out(
    [
      `Capaian PK: rekap ${files.length} berkas; ${terbaca} terbaca, ${files.length - terbaca} tidak terbaca; ${galat} dengan temuan galat.`,
      ...masukan.filter((m): m is Extract<RekapMasukan, { galat: string }> => 'galat' in m).map((m) => `  Tidak terbaca: ${m.berkas}: ${m.galat}`),
      `Ditulis: ${out}`,
    ].join('\n'),
  );
  if (terbaca === 0) return 2;
  return galat > 0 ? 1 : 0;
}
