/** The command line's arguments: commands, inputs and options, refused with an Indonesian reason. */
import { PRESET_IDS, type PresetId } from '../core/settings';

export class UsageError extends Error {}

export type Command = 'periksa' | 'hitung' | 'rekap';

export interface Args {
  command: Command;
  /** Files and folders as given. */
  inputs: string[];
  json: boolean;
  output: string | null;
  rekursif: boolean;
  skala: PresetId | null;
  tahun: number | null;
}

const COMMANDS: readonly string[] = ['periksa', 'hitung', 'rekap'];

function option(args: Args, a: string, takeValue: (name: string) => string): void {
  const { command } = args;
  if (a === '--json') {
    if (command !== 'periksa') throw new UsageError('Opsi --json hanya untuk perintah periksa.');
    args.json = true;
  } else if (a === '-o' || a === '--output') {
    if (command === 'periksa') throw new UsageError(`Opsi ${a} hanya untuk perintah hitung dan rekap.`);
    args.output = takeValue(a);
  } else if (a === '--rekursif') {
    args.rekursif = true;
  } else if (a === '--skala') {
    const v = takeValue(a);
    if (!(PRESET_IDS as readonly string[]).includes(v)) throw new UsageError(`Skala tidak dikenal: ${v} (pilihan: ${PRESET_IDS.join(', ')}).`);
    args.skala = v as PresetId;
  } else if (a === '--tahun') {
    const v = takeValue(a);
    const n = Number(v);
    if (!/^\d{4}$/.test(v) || n < 2000 || n > 2100) throw new UsageError(`Tahun tidak sah: ${v} (harus antara 2000 dan 2100).`);
    args.tahun = n;
  } else {
    throw new UsageError(`Opsi tidak dikenal: ${a} (lihat --help).`);
  }
}

export function parseArgs(argv: string[]): Args | 'help' {
  if (argv.some((a) => a === '-h' || a === '--help' || a === 'bantuan')) return 'help';
  if (argv.length === 0) throw new UsageError('Perintah tidak diberikan: gunakan `capaian-pk periksa BERKAS.xlsx` atau `capaian-pk hitung BERKAS.xlsx` (lihat --help).');
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command)) {
    throw new UsageError(`Perintah tidak dikenal: ${command} (gunakan periksa, hitung atau rekap; lihat --help).`);
  }
  const args: Args = { command: command as Command, inputs: [], json: false, output: null, rekursif: false, skala: null, tahun: null };
  for (let i = 0; i < rest.length; i++) {
    let a = rest[i];
    let inline: string | null = null;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const takeValue = (name: string): string => {
      if (inline !== null) return inline;
      const v = rest[i + 1];
      if (v === undefined || (v.startsWith('-') && v.length > 1)) throw new UsageError(`Opsi ${name} membutuhkan nilai.`);
      i++;
      return v;
    };
    if (a.startsWith('-') && a.length > 1) option(args, a, takeValue);
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) throw new UsageError(`Berkas .xlsx tidak diberikan untuk perintah ${command}.`);
  return args;
}
