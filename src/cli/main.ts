/**
 * `capaian-pk periksa|hitung`: the command line of docs/aturan.md "Command line contract".
 *
 *   capaian-pk periksa FILE.xlsx [--json] [--skala ID] [--tahun N]      reads, never writes
 *   capaian-pk hitung  FILE.xlsx [-o OUT.xlsx] [--skala ID] [--tahun N]  writes a new workbook
 *
 * Exit codes: 0 no galat findings; 1 galat findings present; 2 unusable input or bad option
 * (one-line Indonesian reason on stderr).
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { analyse } from '../core/analyse';
import { isGeneratedSheet, plan } from '../core/plan';
import { withOriginals } from '../core/ledger';
import { attachLedger, buildBackup, readBackup, writeBackup } from '../xlsx/ledger';
import { toPeriksaJson } from '../core/report';
import { PRESET_IDS, readSettings, type PresetId, type Settings } from '../core/settings';
import type { Analysis, Finding, PlanSummary, RuleId, Severity } from '../core/types';
import { areaA1 } from '../core/grid';
import { snapshotFromWorkbook } from '../xlsx/read';
import { applyPlanToWorkbook } from '../xlsx/write';
import { kamus } from '../i18n';

/** The command line speaks Indonesian (docs/aturan.md): its section of the one dictionary. */
const K = kamus('id').cli;

/** Sheet holding the workbook's settings as JSON in A1 (veryHidden in workbooks the add-in saved). */
export const SETTINGS_SHEET = '_capaianpk';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
};

export const HELP = `capaian-pk: menghitung capaian dan klasifikasi Perjanjian Kinerja (PK/LKjIP) dan memeriksa temuannya.

Pemakaian:
  capaian-pk periksa BERKAS.xlsx [--json] [--skala ID] [--tahun N]
  capaian-pk hitung  BERKAS.xlsx [-o KELUARAN.xlsx] [--skala ID] [--tahun N]

Perintah:
  periksa   Membaca buku kerja dan melaporkan tabel yang dikenali, capaian dan temuan.
            Berkas tidak pernah diubah.
  hitung    Menulis buku kerja baru (bawaan: BERKAS.capaian.xlsx, tidak pernah menimpa
            berkas masukan): capaian dan klasifikasi diisi, komentar pada setiap sel yang
            bertemuan, lembar Temuan, dan Perbandingan Renstra bila ada matriks Renstra.

Opsi:
  --json          (periksa) cetak satu objek JSON alih-alih ringkasan.
  -o, --output    (hitung) berkas keluaran.
  --skala ID      skala klasifikasi: ${PRESET_IDS.join(', ')}.
  --tahun N       tahun pengukuran N (mis. 2023).
  -h, --help      tampilkan bantuan ini.

Pengaturan yang tersimpan di buku kerja dipakai; opsi di baris perintah menggantikannya.

Kode keluar:
  0  tidak ada temuan galat
  1  ada temuan galat
  2  masukan tidak dapat dipakai (berkas tidak ada/tidak terbaca, bukan .xlsx,
     tidak ada tabel PK yang dikenali, opsi salah)
`;

class UsageError extends Error {}

interface Args {
  command: 'periksa' | 'hitung';
  file: string;
  json: boolean;
  output: string | null;
  skala: PresetId | null;
  tahun: number | null;
}

function parseArgs(argv: string[]): Args | 'help' {
  if (argv.some((a) => a === '-h' || a === '--help' || a === 'bantuan')) return 'help';
  if (argv.length === 0) throw new UsageError(K.tanpaPerintah);
  const [command, ...rest] = argv;
  if (command !== 'periksa' && command !== 'hitung') {
    throw new UsageError(K.perintahTakDikenal(command));
  }
  const args: Args = { command, file: '', json: false, output: null, skala: null, tahun: null };
  const files: string[] = [];
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
    if (a === '--json') {
      if (command !== 'periksa') throw new UsageError(K.jsonHanyaPeriksa);
      args.json = true;
    } else if (a === '-o' || a === '--output') {
      if (command !== 'hitung') throw new UsageError(K.opsiHanyaHitung(a));
      args.output = takeValue(a);
    } else if (a === '--skala') {
      const v = takeValue(a);
      if (!(PRESET_IDS as readonly string[]).includes(v)) throw new UsageError(K.skalaTakDikenal(v, PRESET_IDS.join(', ')));
      args.skala = v as PresetId;
    } else if (a === '--tahun') {
      const v = takeValue(a);
      const n = Number(v);
      if (!/^\d{4}$/.test(v) || n < 2000 || n > 2100) throw new UsageError(K.tahunTakSah(v));
      args.tahun = n;
    } else if (a.startsWith('-') && a.length > 1) {
      throw new UsageError(K.opsiTakDikenal(a));
    } else {
      files.push(a);
    }
  }
  if (files.length === 0) throw new UsageError(K.tanpaBerkas(command));
  if (files.length > 1) throw new UsageError(K.satuBerkas(files.length, files.join(', ')));
  args.file = files[0];
  return args;
}

/** Loads the workbook or throws a UsageError with the reason. */
async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new UsageError(K.berkasTakAda(file));
  }
  if (!st.isFile()) throw new UsageError(K.bukanBerkas(file));
  let head: Buffer;
  try {
    const fd = fs.openSync(file, 'r');
    head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0);
    fs.closeSync(fd);
  } catch {
    throw new UsageError(K.berkasTakTerbaca(file));
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) {
    throw new UsageError(K.bukanXlsx(path.basename(file)));
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new UsageError(K.xlsxRusak(path.basename(file), why));
  }
  return wb;
}

/** Settings stored in the workbook (sheet `_capaianpk`, cell A1 JSON), with warnings. */
export function workbookSettings(wb: ExcelJS.Workbook): { settings: Settings; warnings: string[] } {
  const ws = wb.getWorksheet(SETTINGS_SHEET);
  if (!ws) return readSettings(null);
  const v = ws.getCell('A1').value;
  const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : '';
  return readSettings(text);
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

function sevCounts(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { galat: 0, peringatan: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function byRule(findings: Finding[]): Array<[RuleId, number]> {
  const m = new Map<RuleId, number>();
  for (const f of findings) m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function tableLines(analysis: Analysis): string[] {
  const kinds = new Map<string, number>();
  for (const t of analysis.tables) kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1);
  const lines = [K.tabelDikenali(analysis.tables.length, [...kinds.entries()].map(([k, n]) => `${k} ${n}`).join(', '))];
  for (const t of analysis.tables) {
    lines.push(K.tabel(`${t.sheet}!${areaA1(t.area)}`, t.kind, t.year, t.items.length));
  }
  return lines;
}

function counts(analysis: Analysis): { indicators: number; capaian: number; na: number } {
  let indicators = 0;
  let capaian = 0;
  let na = 0;
  for (const t of analysis.tables) {
    indicators += t.items.length;
    if (t.kind !== 'pengukuran') continue;
    for (const it of t.items) {
      if (it.capaian !== null) capaian++;
      else if (it.status === 'na') na++;
    }
  }
  return { indicators, capaian, na };
}

function findingLines(findings: Finding[], each: boolean): string[] {
  const c = sevCounts(findings);
  const lines = [K.temuan(findings.length, c.galat, c.peringatan, c.info)];
  for (const [rule, n] of byRule(findings)) lines.push(`  ${rule}: ${n}`);
  if (each) for (const f of findings) lines.push(`${f.sheet}!${f.cell} [${f.severity}] ${f.rule}: ${oneLine(f.message)}`);
  return lines;
}

function hitungLines(analysis: Analysis, s: PlanSummary): string[] {
  const c = counts(analysis);
  const total = s.findings.galat + s.findings.peringatan + s.findings.info;
  const rules = (Object.entries(s.byRule) as Array<[RuleId, number]>).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [
    ...tableLines(analysis),
    K.angkaHitung(c.indicators, s.capaian, s.formulas, s.na),
    K.temuan(total, s.findings.galat, s.findings.peringatan, s.findings.info),
    ...rules.map(([r, n]) => `  ${r}: ${n}`),
  ];
}

export function defaultOutput(file: string): string {
  return /\.xlsx$/i.test(file) ? file.replace(/\.xlsx$/i, '.capaian.xlsx') : `${file}.capaian.xlsx`;
}

function samePath(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  try {
    return fs.realpathSync(ra) === fs.realpathSync(rb);
  } catch {
    return false;
  }
}

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(oneLine(e.message));
      return 2;
    }
    throw e;
  }
  if (args === 'help') {
    io.out(HELP);
    return 0;
  }
  try {
    if (args.command === 'hitung') {
      const out = args.output ?? defaultOutput(args.file);
      if (samePath(out, args.file)) throw new UsageError(K.keluaranSamaMasukan);
    }
    const wb = await loadWorkbook(args.file);
    const { settings: stored, warnings } = workbookSettings(wb);
    const settings: Settings = { ...stored };
    if (args.skala) {
      settings.skala = args.skala;
      settings.skalaKustom = null;
    }
    if (args.tahun) settings.tahun = args.tahun;
    for (const w of warnings) io.err(K.peringatan(oneLine(w)));
    const full = snapshotFromWorkbook(wb, path.basename(args.file));
    // What an earlier run overwrote (the ledger): analyse reads the workbook as the user had it.
    const backup = readBackup(wb);
    // The add-in's own sheets (Temuan, Perbandingan Renstra, settings, backup) are output, never input.
    const snapshot = attachLedger({ ...full, sheets: full.sheets.filter((g) => g.sheet !== SETTINGS_SHEET && !isGeneratedSheet(g.sheet)) }, backup);
    const analysis = analyse(snapshot, settings);
    if (analysis.tables.length === 0) {
      throw new UsageError(K.tanpaTabel(path.basename(args.file), snapshot.sheets.length));
    }
    if (args.command === 'periksa') {
      const galat = analysis.findings.some((f) => f.severity === 'galat');
      if (args.json) {
        io.out(JSON.stringify(toPeriksaJson(analysis), null, 2));
      } else {
        const c = counts(analysis);
        io.out(
          [
            K.judul('periksa', path.basename(args.file)),
            ...tableLines(analysis),
            K.angkaPeriksa(c.indicators, c.capaian, c.na),
            ...findingLines(analysis.findings, true),
          ].join('\n')
        );
      }
      return galat ? 1 : 0;
    }
    // hitung
    const out = args.output ?? defaultOutput(args.file);
    const p = plan(analysis, { mode: 'hitung', renstra: true, workbook: withOriginals(snapshot) });
    // The backup first (from the workbook as it is before this run), then the writes.
    const kept = buildBackup(full, p, backup, new Date());
    const res = applyPlanToWorkbook(wb, p);
    writeBackup(wb, kept, backup);
    try {
      await wb.xlsx.writeFile(out);
    } catch (e) {
      throw new UsageError(K.takDapatMenulis(out, e instanceof Error ? e.message : String(e)));
    }
    const lines = [K.judul('hitung', path.basename(args.file)), ...hitungLines(analysis, p.summary)];
    if (res.chartsSkipped) lines.push(K.grafikDilewati(res.chartsSkipped));
    for (const w of res.warnings) lines.push(K.peringatan(w));
    lines.push(K.ditulis(out));
    io.out(lines.join('\n'));
    return p.summary.findings.galat > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(oneLine(e.message));
      return 2;
    }
    throw e;
  }
}
