/**
 * analyse(workbook) -> Analysis: recognise every sheet, parse values, compute capaian and
 * klasifikasi, match indicators across tables and run every review rule.
 */
import type { Cell, Grid, WorkbookSnapshot } from './grid';
import { a1, sheetRef } from './grid';
import type { Settings } from './settings';
import { DEFAULT_SETTINGS } from './settings';
import type {
  AnalysedTable,
  Analysis,
  Finding,
  Indicator,
  IndicatorMatch,
  IndicatorStatus,
  OtherYear,
  ParsedValue,
  Polaritas,
  RawIndicator,
  Recognition,
  RecognizedTable,
  Role,
  SkippedSheet,
} from './types';
import { recognizeSheet } from './recognize';
import { remark, remarkText } from '../i18n/remarks';
import { withOriginals } from './ledger';
import { hasNumber, parseValue, sameUnit } from './values';
import { hitungCapaian, parsePolaritas, rataRata } from './capaian';
import type { Skala } from './klasifikasi';
import { klasifikasikan, skalaDari, TIDAK_DAPAT_DIUKUR } from './klasifikasi';
import { matchManyByName, normaliseName } from './names';
import { buktiNihil, formatBukti } from './nihil';
import { buatKonteks, jalankanAturan, RULE_ORDER, RULES_NILAI } from './rules';
import { blokSebelumnya, type HitungCapaian } from './sebelumnya';
import { appendAll } from './arrays';

export interface AnalyseOptions {
  /** Only these sheets get their own findings (the others are read for cross-checks); default all. */
  focusSheets?: string[];
  lang?: 'id' | 'en';
}

export function analyse(input: WorkbookSnapshot, settings: Settings = DEFAULT_SETTINGS, opts: AnalyseOptions = {}): Analysis {
  return analyseWith(input, settings, opts, true);
}

/**
 * analyse without the guard around each sheet: a bug of the recogniser throws. For the property
 * tests (tests/reliability/fuzz.test.ts), so that a crash fails them instead of becoming a remark.
 */
export function analyseUnguarded(input: WorkbookSnapshot, settings: Settings = DEFAULT_SETTINGS, opts: AnalyseOptions = {}): Analysis {
  return analyseWith(input, settings, opts, false);
}

/** Recognises one sheet; with `guard`, a recogniser bug becomes a remark naming the sheet (the other sheets are still read). */
function recogniseSheet(g: Grid, settings: Settings, guard: boolean): Recognition {
  if (!guard) return recognizeSheet(g, settings);
  try {
    return recognizeSheet(g, settings);
  } catch (e) {
    const pesan = e instanceof Error ? e.message : String(e);
    return { tables: [], skipped: { sheet: g.sheet, reason: remarkText(remark('galat-program', { lembar: g.sheet, pesan })) } };
  }
}

function analyseWith(input: WorkbookSnapshot, settings: Settings, opts: AnalyseOptions, guard: boolean): Analysis {
  const lang = opts.lang ?? 'id';
  // Read the workbook as the user had it: what earlier runs wrote is not the user's input.
  const workbook = withOriginals(input);
  const skala = skalaDari(settings);
  const recognised: RecognizedTable[] = [];
  const skipped: SkippedSheet[] = [];
  for (const g of workbook.sheets) {
    const rec = recogniseSheet(g, settings, guard);
    if (rec.skipped) skipped.push(rec.skipped);
    appendAll(recognised, rec.tables);
  }
  const year = settings.tahun ?? tahunDominan(recognised);
  const tables = recognised.map((t) => analyseTable(t, settings, skala));
  const matches = cocokkanTabel(tables, year);
  sebarkanNihil(tables, matches, year);
  const ctx = buatKonteks(tables, { matches, year, lang, focusSheets: opts.focusSheets });
  let findings = jalankanAturan(ctx);
  appendAll(findings, tinjauSebelumnya(tables, settings, skala, { year, lang, focusSheets: opts.focusSheets }));
  if (opts.focusSheets) {
    const focus = new Set(opts.focusSheets);
    findings = findings.filter((f) => focus.has(f.sheet));
  }
  const sheetOrder = new Map(workbook.sheets.map((g, i) => [g.sheet, i]));
  urutkanTemuan(findings, sheetOrder);
  return { file: workbook.file ?? null, year, tables, skipped, findings, matches, settings };
}

/** The N-1 blocks of two-year tables, reviewed with the rules about an indicator's own values. */
function tinjauSebelumnya(tables: AnalysedTable[], settings: Settings, skala: Skala, opts: { year: number | null; lang: 'id' | 'en'; focusSheets?: string[] }): Finding[] {
  const hitung: HitungCapaian = (target, realisasi, polaritas, nihil) => capaianNilai(target, realisasi, polaritas, nihil, settings);
  const blocks: AnalysedTable[] = [];
  for (const t of tables) {
    const b = blokSebelumnya(t, hitung, skala);
    if (b) blocks.push(b);
  }
  return blocks.length ? jalankanAturan(buatKonteks(blocks, opts), RULES_NILAI) : [];
}

/** Findings by sheet (tab order), row, rule (docs/aturan.md order), then cell. */
export function urutkanTemuan(findings: Finding[], sheetOrder: Map<string, number> = new Map()): Finding[] {
  const si = (s: string): number => sheetOrder.get(s) ?? Number.MAX_SAFE_INTEGER;
  return findings.sort(
    (x, y) =>
      si(x.sheet) - si(y.sheet) ||
      (x.sheet < y.sheet ? -1 : x.sheet > y.sheet ? 1 : 0) ||
      x.row - y.row ||
      RULE_ORDER.indexOf(x.rule) - RULE_ORDER.indexOf(y.rule) ||
      x.cell.length - y.cell.length ||
      (x.cell < y.cell ? -1 : x.cell > y.cell ? 1 : 0),
  );
}

/** The year of the analysis: the most common year of the pengukuran tables (ties: the latest), else of PK / Rencana Aksi tables. */
export function tahunDominan(tables: Pick<RecognizedTable, 'kind' | 'year'>[]): number | null {
  for (const kinds of [['pengukuran'], ['pk', 'rencana-aksi']]) {
    const count = new Map<number, number>();
    for (const t of tables) if (kinds.includes(t.kind) && t.year !== null) count.set(t.year, (count.get(t.year) ?? 0) + 1);
    let best: number | null = null;
    let bestN = 0;
    for (const [y, n] of count) if (n > bestN || (n === bestN && best !== null && y > best)) [best, bestN] = [y, n];
    if (best !== null) return best;
  }
  return null;
}

// ---------------------------------------------------------------- one table

export function analyseTable(t: RecognizedTable, settings: Settings = DEFAULT_SETTINGS, skala: Skala = skalaDari(settings)): AnalysedTable {
  let adaPolaritas = false;
  for (const k in settings.polaritas) if (Object.prototype.hasOwnProperty.call(settings.polaritas, k)) adaPolaritas = true;
  const items = t.indicators.map((raw) => buatIndikator(raw, t, settings, skala, adaPolaritas));
  return { ...t, items, rataRata: rataRata(items.map((i) => i.capaian)) };
}

const SATUAN_PERSEN = /^(%|persen|persentase|prosentase|presentase)$/i;
const SATUAN_TANPA_UNIT = /^(indeks|index|nilai|angka|skor|poin|-)$/i;

/** A SATUAN column's unit applied to a plain number: '%' makes it a percentage, 'Layanan' a count. */
function terapkanSatuan(p: ParsedValue, satuan: string | null): ParsedValue {
  if (!satuan || (p.kind !== 'number' && p.kind !== 'index')) return p;
  if (SATUAN_PERSEN.test(satuan)) return { ...p, kind: 'percent', unit: '%' };
  if (SATUAN_TANPA_UNIT.test(satuan)) return p;
  return { ...p, kind: 'count', unit: satuan.charAt(0).toUpperCase() + satuan.slice(1) };
}

function satuanDari(p: ParsedValue | null): string | null {
  if (!p) return null;
  if (p.kind === 'percent' || (p.kind === 'range' && p.unit === '%')) return '%';
  if (p.kind === 'count' || p.kind === 'money') return p.unit;
  return null;
}

type Kode = 'tanpa-target' | 'kosong' | 'tak-terbaca' | 'satuan' | 'target-nol' | 'tidak-terhitung';

const ALASAN: Record<Kode, string> = {
  'tanpa-target': 'Tidak ada target yang dapat dibaca.',
  kosong: 'Realisasi belum diisi.',
  'tak-terbaca': 'Target atau realisasi tidak dapat dibaca sebagai nilai.',
  satuan: 'Satuan target dan realisasi tidak sebanding.',
  'target-nol': 'Target 0 dengan polaritas positif: capaian tidak dapat dihitung.',
  'tidak-terhitung': 'Capaian tidak dapat dihitung dari target dan realisasi ini.',
};

/** Capaian of one target/realisasi pair, or the reason it has none. */
export function capaianDari(
  target: ParsedValue | null,
  realisasi: ParsedValue | null,
  polaritas: Polaritas,
  settings: Pick<Settings, 'rumusNegatif' | 'batasAtas'>,
): { capaian: number | null; dibatasi: boolean; kode: Kode | null } {
  const none = (kode: Kode) => ({ capaian: null, dibatasi: false, kode });
  if (target?.kind === 'error' || realisasi?.kind === 'error') return none('tak-terbaca');
  if (!target || !hasNumber(target)) return none('tanpa-target');
  if (!realisasi || realisasi.kind === 'empty' || realisasi.kind === 'na') return none('kosong');
  if (!hasNumber(realisasi)) return none('tak-terbaca');
  if (!sameUnit(target, realisasi)) return none('satuan');
  const opts = { rumusNegatif: settings.rumusNegatif, batasAtas: settings.batasAtas };
  const r =
    target.kind === 'range'
      ? hitungCapaian({ polaritas: 'rentang', target: null, low: target.low, high: target.high, realisasi: realisasi.value }, opts)
      : hitungCapaian({ polaritas, target: target.value, realisasi: realisasi.value }, opts);
  if (r.capaian === null) return none(r.alasan === 'target-nol' ? 'target-nol' : 'tidak-terhitung');
  return { capaian: r.capaian, dibatasi: r.dibatasi, kode: null };
}

type Pengurai = { nilai: (cell: Cell | undefined, role: Role) => ParsedValue | null; capaian: (cell: Cell | undefined) => ParsedValue | null };

/** How the table's cells of one indicator are parsed: `(%)` headers and a SATUAN column. */
function pengurai(t: RecognizedTable, satuanKolom: string | null): Pengurai {
  const satuanPersen = satuanKolom !== null && SATUAN_PERSEN.test(satuanKolom);
  return {
    nilai: (cell, role) => (cell ? terapkanSatuan(parseValue(cell, { percentPoints: t.percentPoints.includes(role) || satuanPersen }), satuanKolom) : null),
    capaian: (cell) => (cell ? parseValue(cell, { percentPoints: t.percentPoints.includes('capaian') }) : null),
  };
}

/** Polarity: POLARITAS column, else the user's choice, else what the target says (`≤ 5%`), else positive; a range target is a range. */
function polaritasDari(raw: RawIndicator, target: ParsedValue | null, key: string, settings: Settings, adaPolaritas: boolean): Pick<Indicator, 'polaritas' | 'polaritasSumber'> {
  if (target?.kind === 'range') return { polaritas: 'rentang', polaritasSumber: 'rentang' };
  const dariKolom = raw.cells.polaritas ? parsePolaritas(raw.cells.polaritas.text) : null;
  if (dariKolom) return { polaritas: dariKolom, polaritasSumber: 'kolom' };
  if (adaPolaritas && Object.prototype.hasOwnProperty.call(settings.polaritas, key) && settings.polaritas[key]) {
    return { polaritas: settings.polaritas[key], polaritasSumber: 'pengaturan' };
  }
  // `≤ 5%`, `maksimal 5%`: lower is better (docs/aturan.md "Values"), unless a column or the user says otherwise.
  if (target?.batas === 'maks') return { polaritas: 'negatif', polaritasSumber: 'bawaan' };
  return { polaritas: 'positif', polaritasSumber: 'bawaan' };
}

/** Renstra matrix targets; other-year blocks of two-year tables (latest first). */
function tahunLain(raw: RawIndicator, t: RecognizedTable, urai: Pengurai, polaritas: Polaritas, settings: Settings): { targets: Record<string, ParsedValue>; otherYears: OtherYear[] } {
  const targets: Record<string, ParsedValue> = {};
  const otherYears: OtherYear[] = [];
  for (const [y, yc] of Object.entries(raw.yearCells)) {
    const year = Number(y);
    if (t.kind === 'renstra') {
      const p = urai.nilai(yc.target, 'target');
      if (p) targets[y] = p;
      continue;
    }
    if (t.year !== null && year === t.year) continue;
    const ot = urai.nilai(yc.target, 'target');
    const or = urai.nilai(yc.realisasi, 'realisasi');
    const oc = urai.capaian(yc.capaian);
    const oPol: Polaritas = ot?.kind === 'range' ? 'rentang' : polaritas === 'rentang' ? 'positif' : polaritas;
    const cells: OtherYear['cells'] = {};
    for (const r of ['target', 'realisasi', 'capaian'] as const) if (yc[r]) cells[r] = a1(yc[r]!.row, yc[r]!.col);
    otherYears.push({ year, target: ot, realisasi: or, capaianTertulis: oc, capaian: capaianDari(ot, or, oPol, settings).capaian, cells });
  }
  otherYears.sort((a, b) => b.year - a.year);
  return { targets, otherYears };
}

type Hasil = Pick<Indicator, 'capaian' | 'dibatasi' | 'status' | 'alasanNA'>;

/** The year-N capaian, or why there is none. */
function capaianUtama(t: RecognizedTable, target: ParsedValue | null, realisasi: ParsedValue | null, polaritas: Polaritas, nihil: { kandidat: boolean; teks: string[] }, settings: Settings): Hasil {
  const na = (alasanNA: string, status: IndicatorStatus = 'na'): Hasil => ({ capaian: null, dibatasi: false, status, alasanNA });
  const galatNilai = target?.kind === 'error' || realisasi?.kind === 'error';
  if (t.kind === 'renstra') return na('Matriks Renstra memuat target per tahun saja.');
  if (t.kind === 'pk' || t.columns.realisasi === undefined) {
    const alasan = nihil.kandidat
      ? `Calon kasus nihil (${nihil.teks[0]}); realisasi belum ada.`
      : t.kind === 'pk'
        ? 'Tabel PK memuat target saja; realisasi belum ada.'
        : 'Tabel ini tidak memiliki kolom realisasi.';
    return na(alasan, galatNilai ? 'galat' : 'na');
  }
  return capaianNilai(target, realisasi, polaritas, nihil, settings);
}

/** The capaian of a pengukuran indicator's values (zero-case evidence first), or why there is none. */
function capaianNilai(target: ParsedValue | null, realisasi: ParsedValue | null, polaritas: Polaritas, nihil: { kandidat: boolean; teks: string[] }, settings: Settings): Hasil {
  if (nihil.teks.length > 0 && !nihil.kandidat) return { capaian: null, dibatasi: false, status: 'na', alasanNA: `Tidak ada kasus (${nihil.teks[0]}): tidak ada yang diukur.` };
  const r = capaianDari(target, realisasi, polaritas, settings);
  if (r.kode === null) return { capaian: r.capaian, dibatasi: r.dibatasi, status: 'ok', alasanNA: null };
  const galat = r.kode === 'tak-terbaca' || r.kode === 'satuan' || r.kode === 'target-nol';
  return { capaian: r.capaian, dibatasi: r.dibatasi, status: galat ? 'galat' : 'na', alasanNA: ALASAN[r.kode] };
}

function buatIndikator(raw: RawIndicator, t: RecognizedTable, settings: Settings, skala: Skala, adaPolaritas: boolean): Indicator {
  const satuanKolom = raw.cells.satuan?.text.replace(/\s+/g, ' ').trim() || null;
  const urai = pengurai(t, satuanKolom);
  const target = urai.nilai(raw.cells.target, 'target');
  const realisasi = urai.nilai(raw.cells.realisasi, 'realisasi');
  const key = normaliseName(raw.indikator);
  const { polaritas, polaritasSumber } = polaritasDari(raw, target, key, settings, adaPolaritas);
  const cells: Partial<Record<Role, string>> = {};
  for (const role in raw.cells) {
    const c = raw.cells[role as Role];
    if (c) cells[role as Role] = a1(c.row, c.col);
  }
  const nihil = buktiNihil(raw, t.kind, raw.cells.realisasi?.text, { negatif: polaritas === 'negatif' });
  const nihilTeks = nihil.bukti.map(formatBukti);
  const { targets, otherYears } = tahunLain(raw, t, urai, polaritas, settings);
  const { capaian, dibatasi, status, alasanNA } = capaianUtama(t, target, realisasi, polaritas, { kandidat: nihil.kandidat, teks: nihilTeks }, settings);
  return {
    id: `${t.id}#${raw.row}`,
    tableId: t.id,
    sheet: t.sheet,
    row: raw.row,
    rows: raw.rows,
    no: raw.no,
    sasaran: raw.sasaran,
    indikator: raw.indikator,
    key,
    satuan: satuanKolom ?? satuanDari(target) ?? satuanDari(realisasi) ?? (t.kind === 'renstra' ? satuanDari(Object.values(targets)[0] ?? null) : null),
    polaritas,
    polaritasSumber,
    target,
    realisasi,
    capaianTertulis: urai.capaian(raw.cells.capaian),
    klasifikasiTertulis: raw.cells.klasifikasi?.text.trim() || null,
    capaian,
    dibatasi,
    klasifikasi: klasifikasikan(capaian, skala),
    status,
    nihil: nihilTeks,
    alasanNA,
    cells,
    targets,
    otherYears,
    notes: raw.notes,
    tw: raw.tw,
  };
}

// ---------------------------------------------------------------- cross-table matching

function tahunTabel(t: AnalysedTable, tahunAnalisis: number | null): Set<number> {
  const s = new Set<number>();
  if (t.kind === 'renstra') {
    for (const y of Object.keys(t.renstraYears)) s.add(Number(y));
    for (const i of t.items) for (const y of Object.keys(i.targets)) s.add(Number(y));
    return s;
  }
  const y = t.year ?? tahunAnalisis;
  if (y !== null) s.add(y);
  for (const k of Object.keys(t.otherYears)) s.add(Number(k));
  return s;
}

/**
 * Matches indicators by name across tables that speak of a common year: PK vs pengukuran,
 * pengukuran vs pengukuran, Rencana Aksi vs PK, and any of them vs the Renstra matrix.
 */
export function cocokkanTabel(tables: AnalysedTable[], tahunAnalisis: number | null): IndicatorMatch[] {
  const out: IndicatorMatch[] = [];
  const years = tables.map((t) => tahunTabel(t, tahunAnalisis));
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < tables.length; i++) {
    for (let j = i + 1; j < tables.length; j++) {
      const a = tables[i];
      const b = tables[j];
      if (a.kind === 'renstra' && b.kind === 'renstra') continue;
      let common = false;
      for (const y of years[i]) if (years[j].has(y)) common = true;
      if (!common) continue;
      pairs.push([i, j]);
    }
  }
  if (pairs.length === 0) return out;
  // Every pair at once: the same matches as matchByName pair by pair, names indexed once.
  const lists = tables.map((t) => t.items.filter((x) => x.key !== ''));
  for (const ms of matchManyByName(lists, pairs, (x) => x.indikator, (x) => x.key)) {
    for (const m of ms) out.push({ a: m.a.id, b: m.b.id, score: m.score, exact: m.exact });
  }
  return out;
}

/**
 * Zero-case evidence of one measurement table holds for the same indicator (exact name) in another
 * measurement table of the same year: seed 002 writes the rehabilitation realisasi as `-` in one
 * table and as 0 in the other. The indicator becomes N/A in both, the evidence naming its cell.
 */
export function sebarkanNihil(tables: AnalysedTable[], matches: IndicatorMatch[], tahunAnalisis: number | null): void {
  const own = new Set<string>();
  for (const t of tables) if (t.kind === 'pengukuran') for (const i of t.items) if (i.nihil.length > 0) own.add(i.id);
  if (own.size === 0) return;
  // Only the indicators of exact matches with a zero case on one side can change.
  const wanted = new Set<string>();
  for (const m of matches) {
    if (m.exact && (own.has(m.a) || own.has(m.b))) {
      wanted.add(m.a);
      wanted.add(m.b);
    }
  }
  if (wanted.size === 0) return;
  const byId = new Map<string, { ind: Indicator; t: AnalysedTable }>();
  for (const t of tables) for (const i of t.items) if (wanted.has(i.id)) byId.set(i.id, { ind: i, t });
  const touched = new Set<AnalysedTable>();
  for (const m of matches) {
    if (!m.exact) continue;
    const a = byId.get(m.a);
    const b = byId.get(m.b);
    if (!a || !b || a.t.kind !== 'pengukuran' || b.t.kind !== 'pengukuran') continue;
    if ((a.t.year ?? tahunAnalisis) !== (b.t.year ?? tahunAnalisis)) continue;
    for (const [src, dst] of [
      [a, b],
      [b, a],
    ]) {
      if (!own.has(src.ind.id) || dst.ind.nihil.length > 0) continue;
      const first = src.ind.nihil[0];
      const cell = first.startsWith('realisasi') ? src.ind.cells.realisasi : src.ind.cells.keterangan;
      const where = `${sheetRef(src.ind.sheet)}!${cell ?? src.ind.cells.indikator ?? a1(src.ind.row, 1)}`;
      const bukti = `${first} pada ${where}`;
      dst.ind.nihil = [bukti];
      dst.ind.capaian = null;
      dst.ind.dibatasi = false;
      dst.ind.status = 'na';
      dst.ind.klasifikasi = TIDAK_DAPAT_DIUKUR;
      dst.ind.alasanNA = `Tidak ada kasus (${bukti}): tidak ada yang diukur.`;
      touched.add(dst.t);
    }
  }
  for (const t of touched) t.rataRata = rataRata(t.items.map((i) => i.capaian));
}
