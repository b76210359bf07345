/** The command line's arguments: commands, inputs and options, refused with an Indonesian reason. */
import { PRESET_IDS, type PresetId } from '../core/settings';
import { kamus } from '../i18n';

/** The command line speaks Indonesian (docs/aturan.md): its section of the one dictionary. */
const K = kamus('id').cli;

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
  /** hitung: write even when the output would lose something of the input (it is named). */
  paksa: boolean;
}

const COMMANDS: readonly string[] = ['periksa', 'hitung', 'rekap'];

function option(args: Args, a: string, takeValue: (name: string) => string): void {
  const { command } = args;
  if (a === '--json') {
    if (command !== 'periksa') throw new UsageError(K.jsonHanyaPeriksa);
    args.json = true;
  } else if (a === '-o' || a === '--output') {
    if (command === 'periksa') throw new UsageError(K.opsiHanyaHitung(a));
    args.output = takeValue(a);
  } else if (a === '--paksa') {
    if (command !== 'hitung') throw new UsageError(K.paksaHanyaHitung);
    args.paksa = true;
  } else if (a === '--rekursif') {
    args.rekursif = true;
  } else if (a === '--skala') {
    const v = takeValue(a);
    if (!(PRESET_IDS as readonly string[]).includes(v)) throw new UsageError(K.skalaTakDikenal(v, PRESET_IDS.join(', ')));
    args.skala = v as PresetId;
  } else if (a === '--tahun') {
    const v = takeValue(a);
    const n = Number(v);
    if (!/^\d{4}$/.test(v) || n < 2000 || n > 2100) throw new UsageError(K.tahunTakSah(v));
    args.tahun = n;
  } else {
    throw new UsageError(K.opsiTakDikenal(a));
  }
}

export function parseArgs(argv: string[]): Args | 'help' {
  if (argv.some((a) => a === '-h' || a === '--help' || a === 'bantuan')) return 'help';
  if (argv.length === 0) throw new UsageError(K.tanpaPerintah);
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command)) {
    throw new UsageError(K.perintahTakDikenal(command));
  }
  const args: Args = { command: command as Command, inputs: [], json: false, output: null, rekursif: false, skala: null, tahun: null, paksa: false };
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
      if (v === undefined || (v.startsWith('-') && v.length > 1)) throw new UsageError(K.opsiPerluNilai(name));
      i++;
      return v;
    };
    if (a.startsWith('-') && a.length > 1) option(args, a, takeValue);
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) throw new UsageError(K.tanpaBerkas(command));
  return args;
}
