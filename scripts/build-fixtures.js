#!/usr/bin/env node
/**
 * Builds the test workbooks from the five seed documents (tests/fixtures/sumber, see
 * tests/fixtures/README.md for which table each sheet copies) and the demo workbook
 * samples/kupang-2023.xlsx.
 *
 *   node scripts/build-fixtures.js
 *
 * Plain Node.js + exceljs so it runs anywhere. Deterministic: the same cell content on every run
 * (only the zip timestamps may differ). Writes:
 *   tests/fixtures/{soe-2023,kupang-2023,balikpapan-2022,sarolangun-2022,kerobokan-ra-2024}.xlsx
 *   tests/fixtures/variants/*.xlsx   the same tables in other layouts ("unseen" workbooks)
 *   tests/fixtures/manifest.json     where the generator put every table and indicator row
 *                                    (layout facts for the tests; no computed value is in it)
 *   samples/kupang-2023.xlsx         copy of the Kupang fixture for the README demo
 */
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const ROOT = path.join(__dirname, '..');
const FIX = path.join(ROOT, 'tests', 'fixtures');
const VAR = path.join(FIX, 'variants');
const SAMPLES = path.join(ROOT, 'samples');
const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 8, 0, 0));

// ------------------------------------------------------------------ values
// A cell value in the specs below:
//   P(80)          a percentage, written in the table's percent form (see renderPct)
//   N(77.5)        a plain number
//   'text'         text as typed ('1 Layanan', '-', '77,5')
//   M(423485000)   money, a number with '#,##0'
//   F('SUM(G9:G12)', 7363920000)  a formula with its cached result
const P = (v) => ({ p: v });
const N = (v) => ({ n: v });
const M = (v) => ({ m: v });
const F = (f, r, fmt) => ({ f, r, fmt });
/** A number typed as text the way the report shows it ('77,5'); percent points under a '(%)' header. */
const T = (text, n) => ({ t: text, n });

function decimals(v) {
  const s = String(v);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Percent forms: frac (0.8 shown 80%), text ('80%', '7,5%'), textDot ('7.5%'), textSp ('80 %'), points (80). */
function renderPct(v, form) {
  const d = decimals(v);
  switch (form) {
    case 'frac':
      return { value: Math.round((v / 100) * 1e10) / 1e10, numFmt: d === 0 ? '0%' : `0.${'0'.repeat(d)}%` };
    case 'text':
      return { value: `${String(v).replace('.', ',')}%` };
    case 'textDot':
      return { value: `${v}%` };
    case 'textSp':
      return { value: `${String(v).replace('.', ',')} %` };
    case 'points':
      return { value: v, numFmt: d === 0 ? 'General' : `0.${'0'.repeat(d)}` };
    default:
      throw new Error(`bentuk persen tidak dikenal: ${form}`);
  }
}

function render(v, form) {
  if (v === null || v === undefined) return null;
  if (form === 'pointsAsFrac') {
    // Balikpapan's percent points written as percent-formatted fractions (80 -> 0.8 shown 80%)
    if (typeof v === 'object' && 'n' in v) return renderPct(v.n, 'frac');
    return render(v, 'frac');
  }
  if (typeof v === 'string' || typeof v === 'number') return { value: v };
  if ('t' in v) return { value: v.t };
  if ('p' in v) return renderPct(v.p, form);
  if ('n' in v) return { value: v.n, numFmt: decimals(v.n) === 0 ? 'General' : `0.${'0'.repeat(decimals(v.n))}` };
  if ('m' in v) return { value: v.m, numFmt: '#,##0' };
  if ('f' in v) return { value: { formula: v.f, result: v.r }, numFmt: v.fmt || '#,##0' };
  throw new Error(`nilai tidak dikenal: ${JSON.stringify(v)}`);
}

// ------------------------------------------------------------------ sheet helpers
function colLetter(c) {
  let s = '';
  let n = c;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
const A1 = (r, c) => `${colLetter(c)}${r}`;
const THIN = { style: 'thin' };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function put(ws, r, c, v, form, style = {}) {
  const cell = ws.getCell(r, c);
  const rv = render(v, form);
  if (rv) {
    if (rv.numFmt && rv.numFmt !== 'General') cell.numFmt = rv.numFmt;
    cell.value = rv.value;
  }
  if (style.bold) cell.font = { bold: true };
  if (style.border !== false) cell.border = BORDER;
  cell.alignment = { vertical: style.valign || 'top', horizontal: style.align, wrapText: style.wrap !== false };
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
  return cell;
}

function merge(ws, r1, c1, r2, c2) {
  if (r1 === r2 && c1 === c2) return;
  ws.mergeCells(r1, c1, r2, c2);
}

/** Header text transforms used by the variants. */
const HEADER_STYLES = {
  asIs: (h) => h,
  upper: (h) => h.toUpperCase(),
  lower: (h) => h.toLowerCase(),
  title: (h) => h.toLowerCase().replace(/(^|[\s(])([a-z])/g, (m, a, b) => a + b.toUpperCase()),
  /** line breaks between words and extra spaces, as people wrap long headers */
  broken: (h) => h.replace(/ (?=\S{4,})/, '\n').replace(/ \(/, '  ('),
};

// ------------------------------------------------------------------ generic table
/**
 * Writes one table at (o.top, o.left).
 * t.cols: [{ role, h, w, group? }]: `group` puts `h` under a merged top header (two-row header).
 * t.groups: [{ no, sasaran, sasaranParts?, section?, sectionRow?, inds: [{ key, name, nameParts?, v: {role: value} }] }]
 * Layout switches: t.sasaranMerged (No/Sasaran merged over the group's rows, default true).
 * Returns the manifest entry (where everything went).
 */
function writeTable(ws, t, o) {
  const form = t.pctForm || o.pctForm;
  const hs = HEADER_STYLES[o.headerStyle || 'asIs'];
  const left = o.left;
  const { titles, r: headerRow } = writeTitles(ws, t, left, o.top, form);
  const twoRow = t.cols.some((c) => c.group);
  const colOf = writeHeader(ws, t, left, headerRow, form, hs);
  let r = headerRow + (twoRow ? 2 : 1);
  let colNumberRow = null;
  if (o.colNumbers || t.colNumbers) {
    colNumberRow = r;
    t.cols.forEach((col, i) => put(ws, r, left + i, `(${i + 1})`, form, { align: 'center' }));
    r++;
  }
  const dataTop = r;
  const right = left + t.cols.length - 1;
  const inds = [];
  const sections = [];
  for (const g of t.groups) r = writeGroup(ws, t, o, { g, r, left, right, colOf, form, hs, inds, sections });
  for (const extra of t.after || []) {
    // rows after the data (totals), written by the caller's function
    r = extra(ws, r, colOf, form) ?? r;
  }
  return tableEntry(t, ws, { colOf, titles, headerRow, twoRow, colNumberRow, dataTop, r, left, right, sections, inds });
}

function writeTitles(ws, t, left, top, form) {
  let r = top;
  const titles = [];
  for (const line of t.title || []) {
    const c = put(ws, r, left, line, form, { bold: true, border: false, wrap: false });
    c.font = { bold: true, size: 12 };
    titles.push(r);
    r++;
  }
  if ((t.title || []).length) r++; // one empty row between title and table
  return { titles, r };
}

/** The header row(s): a `group` column goes under a merged top header. Returns role -> column. */
function writeHeader(ws, t, left, r, form, hs) {
  const twoRow = t.cols.some((c) => c.group);
  const colOf = {};
  const grpStart = {};
  const fill = 'FFD9E1F2';
  t.cols.forEach((col, i) => {
    const c = left + i;
    colOf[col.role] = c;
    ws.getColumn(c).width = col.w || 14;
    if (col.group) {
      if (!(col.group in grpStart)) {
        grpStart[col.group] = c;
        put(ws, r, c, hs(col.group), form, { bold: true, align: 'center', fill });
      } else {
        put(ws, r, c, null, form, { bold: true, fill });
      }
      put(ws, r + 1, c, hs(col.h), form, { bold: true, align: 'center', fill });
    } else {
      put(ws, r, c, hs(col.h), form, { bold: true, align: 'center', valign: 'middle', fill });
      if (twoRow) {
        put(ws, r + 1, c, null, form, { fill });
        merge(ws, r, c, r + 1, c);
      }
    }
  });
  for (const g of Object.keys(grpStart)) {
    const cs = t.cols.map((col, i) => (col.group === g ? left + i : -1)).filter((x) => x > 0);
    merge(ws, r, Math.min(...cs), r, Math.max(...cs));
  }
  return colOf;
}

/** A page break inside a name: a page title (optional) and the header again, as a PDF export repeats it. */
function writePageBreak(ws, t, r, left, form, hs) {
  if (t.pageTitle) {
    put(ws, r, left, t.pageTitle, form, { border: false, wrap: false });
    r++;
  }
  t.cols.forEach((col, i) => put(ws, r, left + i, hs(col.h), form, { bold: true, align: 'center', fill: 'FFD9E1F2' }));
  return r + 1;
}

/** The value of one cell of an indicator row. */
function cellValue(g, ind, role, first, r, colOf) {
  if (role === 'indikator') return ind.nameParts ? ind.nameParts[1] : ind.name;
  if (role === 'no') return first && !g.sasaranParts ? g.no : null;
  if (role === 'sasaran') {
    if (g.sasaranParts) return first ? g.sasaranParts[1] : null;
    return first ? g.sasaran : null;
  }
  const v = ind.v[role];
  // a formula that names cells of its own row: F((row, colOf) => 'IFERROR(F5/E5*100,0)', cached result)
  if (v && typeof v === 'object' && typeof v.f === 'function') return { ...v, f: v.f(r, colOf) };
  return v;
}

/** One indicator: its rows (a name split over two, maybe with a page break between), its manifest entry. */
function writeIndicator(ws, t, c, g, ind, first) {
  const { colOf, form, hs, left } = c;
  let r = c.r;
  const firstRow = r;
  if (ind.nameParts) {
    for (const col of t.cols) put(ws, r, colOf[col.role], null, form);
    put(ws, r, colOf.indikator, ind.nameParts[0], form);
    r++;
    if (t.pageBreakAt === ind.key) r = writePageBreak(ws, t, r, left, form, hs);
  }
  for (const col of t.cols) {
    const role = col.role;
    const v = cellValue(g, ind, role, first, r, colOf);
    put(ws, r, colOf[role], v, col.form || form, { align: role === 'indikator' || role === 'sasaran' || role === 'keterangan' ? undefined : 'center' });
  }
  const sas = g.sasaranParts ? g.sasaranParts.join(' ') : g.sasaran || g.sectionRow;
  const entry = { key: ind.key, name: ind.nameParts ? ind.nameParts.join(' ') : ind.name, row: firstRow, valueRow: r };
  if (sas) entry.sasaran = sas;
  c.inds.push(entry);
  return r + 1;
}

/** One sasaran group: a section row, a sasaran split over two rows, its indicators, the No/Sasaran merge. */
function writeGroup(ws, t, o, c) {
  const { g, left, right, colOf, form } = c;
  let r = c.r;
  if (g.sectionRow) {
    // a section title row between the header and the data: sasaran text across the table
    put(ws, r, left, g.sectionRow, form, { bold: true, wrap: true });
    for (let col = left + 1; col <= right; col++) put(ws, r, col, null, form);
    if (!o.noSectionMerge) merge(ws, r, left, r, right);
    c.sections.push(r);
    r++;
  }
  const gTop = r;
  if (g.sasaranParts) {
    // the sasaran split over two rows (page break): the first part on a row of its own
    put(ws, r, colOf.no, g.no, form);
    put(ws, r, colOf.sasaran, g.sasaranParts[0], form);
    for (const col of t.cols) if (col.role !== 'no' && col.role !== 'sasaran') put(ws, r, colOf[col.role], null, form);
    r++;
  }
  g.inds.forEach((ind, i) => {
    r = writeIndicator(ws, t, { ...c, r }, g, ind, i === 0);
  });
  if (!g.sasaranParts && t.sasaranMerged !== false && r - 1 > gTop) {
    if (colOf.no) merge(ws, gTop, colOf.no, r - 1, colOf.no);
    if (colOf.sasaran) merge(ws, gTop, colOf.sasaran, r - 1, colOf.sasaran);
  }
  return r;
}

/** The manifest entry of a table: where everything went. */
function tableEntry(t, ws, e) {
  const cols = {};
  const years = {};
  const budget = [];
  for (const [role, c] of Object.entries(e.colOf)) {
    if (!role.includes(':')) cols[role] = colLetter(c);
    if (role.startsWith('year:')) years[role.slice(5)] = colLetter(c);
    if (role.startsWith('budget:')) budget.push(colLetter(c));
  }
  return {
    key: t.key,
    sheet: ws.name,
    kind: t.kind,
    year: t.year,
    titleRows: e.titles,
    headerRow: e.headerRow,
    headerRows: e.twoRow ? 2 : 1,
    colNumberRow: e.colNumberRow,
    dataTop: e.dataTop,
    lastRow: e.r - 1,
    range: `${A1(e.headerRow, e.left)}:${A1(e.r - 1, e.right)}`,
    columns: cols,
    years,
    budget,
    sections: e.sections,
    indicators: e.inds,
    next: e.r,
  };
}

// ------------------------------------------------------------------ seed data
// Names and numbers are copied from the seeds (line numbers in tests/fixtures/README.md).

/** Seed 000, RKT 2023 Rutan Kelas IIB Soe. */
const SOE = {
  // lines 67-89: A. Capaian Kinerja Tahun Sebelumnya (2022)
  prev: [
    { no: '1', sasaran: 'Meningkatnya pelayanan Tahanan', inds: [
      ['overstaying', 'Persentase Menurunnya Tahanan yang Overstaying', P(80), P(100)],
      ['penyuluhan', 'Persentase Tahanan yang memperoleh Layanan Penyuluhan Hukum', P(80), P(100)],
      ['bantuan', 'Persentase Tahanan yang Memperoleh Fasilitas Bantuan Hukum', P(80), P(100)],
    ] },
    { no: '2', sasaran: 'Meningkatnya Pelayanan Perawatan Narapidana/Tahanan/Anak, Pengendalian Penyakit Menular dan Peningkatan Kualitas Hidup Narapidana Peserta Rehabilitasi Narkotika', inds: [
      ['makanan', 'Persentase Pemenuhan Layanan makanan bagi tahanan/narapidana/anak sesuai dengan standar', P(75), P(100)],
      ['preventif', 'Persentase Tahanan/Narapidana/Anak mendapatkan layanan kesehatan(preventif) secara berkualitas', P(93), P(100)],
      ['maternal', 'Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal', P(96), P(100)],
      ['mental', 'Persentase Tahanan/Narapidana/Anak yang mengalami gangguan mental dapat tertangani', P(70), P(100)],
      ['lansia', 'Persentase Tahanan/Narapidana lansia yang mendapatkan layanan kesehatan sesuai standar', P(80), P(100)],
      ['disabilitas', 'Persentase Tahanan/Narapidana/Anak berkebutuhan khusus (Disabilitas) yang mendapatkan layanan kesehatan sesuai standar', P(80), P(100)],
      ['hiv', 'Persentase keberhasilan penanganan penyakit menular HIV-AIDS (ditekan jumlah virusnya) dan TB Positif (berhasil sembuh)', P(70), P(100)],
      ['narkotika', 'Persentase perubahan kualitas hidup pecandu/penyalahguna/korban penyalahgunaan narkotika', P(25), P(100)],
      ['gangguan', 'Persentase Gangguan Kamtib yang dapat dicegah', P(70), P(100)],
    ] },
    { no: '3', sasaranParts: ['Meningkatnya Kualitas Penyelenggaraan', 'Pemasyarakatan di Bidang Keamanan dan Ketertiban'], inds: [
      ['kepatuhan', 'Persentase Kepatuhan dan Disiplin terhadap Tata Tertib oleh Tahanan/Narapidana/Anak pelaku gangguan Kamtib', P(80), P(100)],
      ['pengaduan', 'Persentase pengaduan yang ditindaklanjuti sesuai standar', P(80), P(100)],
      ['pemulihan', 'Persentase Pemulihan Kondisi Keamanan Pasca Gangguan Kamtib secara tuntas', P(70), P(100)],
    ] },
    { no: '4', sasaran: 'Meningkatnya Layanan Dukungan Manajemen', inds: [
      ['renja', 'Tersusunnya dokumen rencana kerja, anggaran UPT Pemasyarakatan dan pelaporan yang akuntabel tepat waktu', '1 Layanan', P(100)],
      ['bmn', 'Tersusunnya Dokumen Pengelolaan BMN dan Kerumah tanggaan', '1 Layanan', P(100)],
      ['pegawai', 'Terpenuhinya data dan peningkatan kompetensi pegawai pemasyarakatan', '1 Layanan', P(100)],
      ['anggaran', 'Tersusunnya dokumen Pelaksanaan Anggaran dan Laporan Keuangan yang akuntabel dan tepat waktu', '1 Layanan', P(100)],
      ['perkantoran', 'Jumlah Layanan Perkantoran', '1 Layanan', P(100)],
    ] },
  ],
  // lines 97-100
  iku: [
    { no: '1', sasaran: 'Memastikan penegakan hukum yang mampu menjadi pendorong inovasi dan kreatifitas dalam pertumbuhan ekonomi', inds: [['perlindungan', 'Persentase Tahanan yang mendapatkan perlindungan dan perawatan', P(90)]] },
    { no: '2', sasaran: 'Memastikan Pelayanan publik di bidang hukum sesuai dengan asas penyelenggaraan pelayanan publik', inds: [['ikm', 'Indeks Kepuasan Masyarakat Terhadap Layanan Publik Bidang Hukum', P(80)]] },
    { no: '3', sasaran: 'Ikut berperan serta dalam menjaga stabilitas keamanan dan kedaulatan NKRI', inds: [['kamtib', 'Indeks keamanan dan ketertiban UPT Pemasyarakatan', P(80)]] },
  ],
  // lines 104-110
  ikp: [
    { no: '1', sasaran: 'Terwujudnya Penyelenggaraan Pemasarakatan yang Profesional dalam mendukung penegakan Hukum berbasis HAM terhadap tahanan, Benda Siataan dan Barang Rampasan Negara, Narapidana, Anak, dan Klien Pemasarakatan', inds: [['pelayanan', 'Indeks Pelayanan Tahanan', P(80)]] },
    { no: '2', sasaran: 'Terwujudnya Penyelenggaraan Pemasarakatan yang berkualitas', inds: [
      ['kepuasan', 'Indeks Kepuasan Layanan Pemasarakatan', P(85)],
      ['kerjasama', 'Indeks Pelaksanaan Kerjasama Pemasarakatan', P(85)],
      ['it', 'Indeks Kepuasan Pengguna Layanan IT Pemasarakatan', P(85)],
      ['derajat', 'Indeks Parameter Derajat Kesehatan Narapidana, Anak, dan Tahanan', P(83)],
    ] },
    { no: '3', sasaran: 'Terwujudnya Penyelenggaraan yang aman dan tertib', inds: [['kamtib', 'Indeks Keamanan dan Ketertiban UPT Pemasarakatan', P(80)]] },
  ],
  // lines 114-139
  ikk: [
    { no: '1', sasaran: 'Meningkatnya Pelayanan Perawatan Narapidana/Tahanan/Anak, Pengendalian Penyakit Menular dan Peningkatan Kualitas Hidup Narapidana Peserta Rehabilitasi Narkotika di Wilayah', inds: [
      ['makanan', 'Persentase pemenuhan layanan makanan bagi Tahanan/Narapidana/Anak sesuai dengan standar', P(80)],
      ['preventif', 'Persentase Tahanan/Narapidana/Anak mendapatkan layanan kesehatan (prevetif) secara berkualitas', P(94)],
      ['maternal', 'Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal', P(97)],
      ['mental', 'Persentase Tahanan/Narapidana/Anak yang mengalami gangguan mental dapat tertangani', P(80)],
      ['lansia', 'Persentase Tahanan/Narapidana lansia yang mendapatkan layanan kesehatan sesuai standar', P(85)],
      ['disabilitas', 'Persentase Tahanan/Narapidana/Anak yang berkebutuhan khusus (Disabilitas) yang mendapatkan layanan kesehatan sesuai standar', P(85)],
      ['hiv', 'Persentase keberhasilan penanganan penyakit menular HIV-AIDS (ditekan jumlah virusnya) dan TB Positif (berhasil sembuh)', P(80)],
      ['narkotika', 'Persentase perubahan kualitas hidup pecandu/penyalahguna/korban penyalahguna narkotika', P(27)],
    ] },
    { no: '2', sasaran: 'Meningkatnya Pelayanan Tahanan di wilayah sesuai standar', inds: [
      ['penyuluhan', 'Persentase Tahanan yang memperoleh Layanan Penyuluhan Hukum', P(90)],
      ['bantuan', 'Persentase Tahanan yang memperoleh Fasilitas Bantuan Hukum', P(90)],
    ] },
    { no: '3', sasaran: 'Meningkatnya Pelayanan Keamanan dan Ketertiban di wilayah sesuai standar', inds: [
      ['pengaduan', 'Persentase pengaduan yang ditindaklanjuti sesuai standar', P(85)],
      ['gangguan', 'Persentase gangguan Kamtib yang dapat dicegah', P(80)],
      ['kepatuhan', 'Persentase kepatuhan dan disiplin terhadap tata tertib oleh Tahanan/Narapidana/Anak pelaku gangguan Kamtib', P(85)],
      ['pemulihan', 'Persentase pemulihan kondisi keamanan pasca gangguan Kamtib secara tuntas', P(80)],
    ] },
    { no: '4', sasaran: 'Meningkatnya Layanan Dukungan Manajemen Satker', inds: [
      ['renja', 'Tersusunnya dokumen rencana kerja, anggaran UPT Masyarakat dan pelaporan yang akuntabel tepat waktu', '1 Layanan'],
      ['bmn', 'Tersusunnya dokumen pengelolaan BMN dan Kerumah tanggaan', '1 Layanan'],
      ['pegawai', 'Terpenuhinya data dan peningkatan kompetensi pegawai masyarakat', '1 Layanan'],
      ['anggaran', 'Tersusunnya dokumen pelaksanaan anggaran dan Laporan Keuangan yang akuntabel dan tepat waktu', '1 Layanan'],
      ['perkantoran', 'Jumlah Layanan Perkantoran', '1 Layanan'],
      ['kendaraan', 'Jumlah kendaraan bermotor', '2 Unit'],
      ['perangkat', 'Jumlah perangkat pengolah data dan komunikasi', '46 Unit'],
      ['peralatan', 'Jumlah peralatan dan fasilitas perkantoran', '8 Unit'],
      ['gedung', 'Jumlah gedung/bangunan', '1 Unit'],
    ] },
  ],
};

/** Seed 001, LKjIP 2023 Rutan Kelas IIB Kupang. */
const KUP_SASARAN = [
  'Meningkatnya Pelayanan Perawatan Narapidana/Tahanan/Anak, Pengendalian Penyakit Menular dan Peningkatan Kualitas Hidup Narapidana Peserta Rehabilitasi Narkotika di Wilayah',
  'Meningkatnya Pelayanan Tahanan di Wilayah Sesuai Standar',
  'Meningkatnya Pelayanan Keamanan dan Ketertiban di Wilayah sesuai standar',
  'Meningkatnya Dukungan Layanan Manajemen Satker',
];
// Keterangan: the report's own words (lines 781, 1107, 1359).
const KET_MATERNAL = 'Tidak dilaksanakan karena Rutan Kupang tidak memiliki Tahanan/Narapidana Perempuan (ibu hamil dan menyusui); nilai realisasi disesuaikan dengan nilai target.';
const KET_NARKOTIKA = 'Di rutan tidak memiliki kapasitas untuk rehabilitasi sehingga capaiannya disesuaikan dengan target.';
const KET_PENGADUAN = 'Tidak ada laporan serta pengaduan yang diterima; realisasi sama nilainya dengan target karena nihil kasus.';
const KUPANG = {
  // lines 569-595 (PK 2023)
  pk: [
    [
      ['makanan', '1. Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai dengan standar', P(80)],
      ['preventif', '2. Persentase Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif) secara berkualitas', P(94)],
      ['maternal', '3. Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal', P(97)],
      ['mental', '4. Persentase Tahanan/Narapidana/Anak yang mengalami gangguan mental dapat tertangani', P(80)],
      ['lansia', '5. Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar', P(85)],
      ['disabilitas', '6. Persentase tahanan/narapidana/anak berkebutuhan khusus (Disabilitas) yang mendapatkan layanan kesehatan sesuai standar', P(85)],
      ['hiv', '7. Persentase keberhasilan penanganan penyakit menular HIV-AIDS (ditekan jumlah virusnya) dan TB Positif (berhasil sembuh)', P(80)],
      ['narkotika', '8. Persentase perubahan kualitas hidup pecandu/penyalahguna/korban penyalahgunaan narkotika', P(27)],
    ],
    [
      ['overstaying', '1. Presentase Menurunnya Tahanan yang overstaying', P(90)],
      ['penyuluhan', '2. Presentase Tahanan yang memperoleh layanan penyuluhan hukum', P(90)],
      ['bantuan', '3. Presentase Tahanan yang memperoleh fasilitas bantuan hukum', P(90)],
    ],
    [
      ['pengaduan', '1. Persentase Pengaduan Yang Ditindaklanjuti Sesuai Standar', P(85)],
      ['gangguan', '2. Persentase Gangguan Kamtib Yang Dapat Dicegah', P(80)],
      ['kepatuhan', '3. Persentase Kepatuhan Dan Disiplin Terhadap Tata Tertib Oleh Tahanan/Narapidana/Anak Pelaku Gangguan Kamtib', P(85)],
      ['pemulihan', '4. Persentase Pemulihan Kondisi Keamanan Pasca Gangguan Kamtib Secara Tuntas', P(80)],
    ],
    [
      ['renja', '1. Tersusunnya dokumen rencana kerja, anggaran UPT Pemasarakatan dan pelaporan yang akuntabel tepat waktu', '1 Layanan'],
      ['bmn', '2. Tersusunnya dokumen pengelolaan BMN dan Kerumah tanggaan', '1 Layanan'],
      ['pegawai', '3. Terpenuhi data dan peningkatan kompetensi pegawai masyarakatan', '1 Layanan'],
      ['anggaran', '4. Tersusunnya Dokumen Pelaksanaan Anggaran dan laporan keuangan yang akuntabel dan tepat waktu', '1 Layanan'],
      ['perkantoran', '5. Jumlah Layanan Perkantoran', '1 Layanan'],
      ['kendaraan', '6. Jumlah Kendaraan Bermotor', '2 Unit'],
      ['perangkat', '7. Jumlah Perangkat Pengolah data dan komunikasi', '64 Unit'],
      ['peralatan', '8. Jumlah Peralatan dan fasilitas perkantoran', '10 Unit'],
      ['gedung', '9. Jumlah Gedung/Bangunan', '1 Unit'],
    ],
  ],
  // lines 607-634 (Tabel III.1): [key, name, target, realisasi, capaian, keterangan, nameParts?]
  p2023: [
    [
      ['makanan', '1. Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai dengan standar', P(80), P(100), P(100)],
      ['preventif', '2. Persentase Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif) secara berkualitas', P(94), P(100), P(100)],
      ['maternal', '3. Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal', P(97), P(97), P(100), KET_MATERNAL],
      ['mental', '4. Persentase Tahanan/Narapidana/ Anak yang mengalami gangguan mental dapat tertangani', P(80), P(100), P(125)],
      ['lansia', '5. Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar', P(85), P(100), P(117)],
      ['disabilitas', '6. Persentase tahanan/narapidana/ anak berkebutuhan khusus (Disabilitas) yang mendapatkan layanan kesehatan sesuai standar', P(85), P(100), P(117)],
      ['hiv', '7. Persentase keberhasilan penanganan penyakit menular HIV-AIDS (ditekan jumlah virusnya) dan TB Positif (berhasil sembuh)', P(80), P(100), P(125)],
      ['narkotika', '8. Persentase perubahan kualitas hidup pecandu/penyalahguna/korban penyalahgunaan narkotika', P(27), P(27), P(100), KET_NARKOTIKA],
    ],
    [
      ['overstaying', '1. Persentase Menurunnya Tahanan yang overstaying', P(90), P(90), P(100)],
      ['penyuluhan', '2. Persentase Tahanan yang memperoleh layanan penyuluhan hukum', P(90), P(100), P(100)],
      ['bantuan', '3. Persentase Tahanan yang memperoleh fasilitas bantuan hukum', P(90), P(100), P(100)],
    ],
    [
      ['pengaduan', '1. Persentase Pengaduan Yang Ditindaklanjuti Sesuai Standar', P(85), P(85), P(100), KET_PENGADUAN],
      ['gangguan', '2. Persentase Gangguan Kamtib Yang Dapat Dicegah', P(80), P(100), P(100)],
      ['kepatuhan', '3. Persentase Kepatuhan Dan Disiplin Terhadap Tata Tertib Oleh Tahanan/Narapidana/ Anak Pelaku Gangguan Kamtib', P(85), P(100), P(100)],
      ['pemulihan', null, P(80), P(100), P(100), null, ['4. Persentase Pemulihan Kondisi', 'Keamanan Pasca Gangguan Kamtib Secara Tuntas']],
    ],
    [
      ['renja', '1. Tersusunnya dokumen rencana kerja, anggaran UPT Masyarakat dan pelaporan yang akurat tepat waktu', '1 Layanan', '1 Layanan', '1 Layanan'],
      ['bmn', '2. Tersusunnya dokumen pengelolaan BMN dan Kerumah tanggaan', '1 Layanan', '1 Layanan', '1 Layanan'],
      ['pegawai', '3. Terpenuhinya data dan peningkatan kompetensi pegawai masyarakat', '1 Layanan', '1 Layanan', '1 Layanan'],
      ['anggaran', '4. Tersusunnya Dokumen Pelaksanaan Anggaran dan laporan keuangan yang akurat dan tepat waktu', '1 Layanan', '1 Layanan', '1 Layanan'],
      ['perkantoran', '5. Jumlah Layanan Perkantoran', '1 Layanan', '1 Layanan', '1 Layanan'],
      ['kendaraan', '6. Jumlah Kendaraan Bermotor', '2 Unit', '2 Unit', '2 Unit'],
      ['perangkat', '7. Jumlah Perangkat Pengolah data dan komunikasi', '64 Unit', '64 Unit', '64 Unit'],
      ['peralatan', '8. Jumlah Peralatan dan fasilitas perkantoran', '10 Unit', '10 Unit', '10 Unit'],
      ['gedung', '9. Jumlah Gedung/Bangunan', '1 Unit', '1 Unit', '1 Unit'],
    ],
  ],
  // 2022 columns of the 2023-vs-2022 tables (lines 676 ... 1998)
  p2022: [
    ['makanan', 'Persentase pemenuhan layanan makanan bagi tahanan /Narapidana/anak sesuai dengan standar', P(75), P(100), P(133.33)],
    ['preventif', 'Persentase Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif) secara berkualitas', P(93), P(100), P(107)],
    ['maternal', 'Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal', P(96), P(96), P(100)],
    ['mental', 'Persentase Tahanan/Narapidana/Anak yang mengalami gangguan mental dapat tertangani', P(70), P(100), P(142)],
    ['lansia', 'Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar', P(80), P(100), P(125)],
    ['disabilitas', 'Persentase tahanan/narapidana/anak berkebutuhan khusus (Disabilitas) yang mendapatkan layanan kesehatan sesuai standar', P(80), P(100), P(125)],
    ['hiv', 'Persentase keberhasilan penanganan penyakit menular HIV-AIDS (ditekan jumlah virusnya) dan TB Positif (berhasil sembuh)', P(70), P(100), P(142)],
    ['narkotika', 'Persentase perubahan kualitas hidup pecandu/penyalahguna/korban penyalahgunaan narkotika', P(25), P(25), P(100)],
    ['overstaying', 'Persentase Menurunnya Tahanan yang overstaying', P(80), P(80), P(100)],
    ['penyuluhan', 'Persentase Tahanan yang memperoleh layanan penyuluhan hukum', P(80), P(100), P(125)],
    ['bantuan', 'Persentase Tahanan yang memperoleh fasilitas bantuan hukum', P(80), P(100), P(125)],
    ['pengaduan', 'Persentase Pengaduan Yang Ditindaklanjuti Sesuai Standar', P(80), P(80), P(100)],
    ['gangguan', 'Persentase Gangguan Kamtib Yang Dapat Dicegah', P(70), P(100), P(144)],
    ['kepatuhan', 'Persentase Kepatuhan Dan Disiplin Terhadap Tata Tertib Oleh Tahanan/Narapidana/ Anak Pelaku Gangguan Kamtib', P(80), P(100), P(125)],
    ['pemulihan', 'Persentase Pemulihan Kondisi Keamanan Pasca Gangguan Kamtib Secara Tuntas', P(70), P(100), P(142)],
    ['renja', 'Tersusunnya dokumen rencana kerja, anggaran UPT Pemasarakatan dan pelaporan yang akuntabel tepat waktu', '1 Layanan', '1 Layanan', 'Tercapai'],
    ['bmn', 'Tersusunnya dokumen pengelolaan BMN dan Kerumah tanggaan', '1 Layanan', '1 Layanan', 'Tercapai'],
    ['pegawai', 'Terpenuhinya data dan peningkatan kompetensi pegawai masyarakatan', '1 Layanan', '1 Layanan', 'Tercapai'],
    ['anggaran', 'Tersusunnya Dokumen Pelaksanaan Anggaran dan laporan keuangan yang akuntabel dan tepat waktu', '1 Layanan', '1 Layanan', 'Tercapai'],
    ['perkantoran', 'Jumlah Layanan Perkantoran', '1 Layanan', '1 Layanan', 'Tercapai'],
    ['kendaraan', 'Jumlah Kendaraan Bermotor', '2 unit', '2 unit', 'Tercapai'],
    ['perangkat', 'Jumlah Perangkat Pengolah data dan komunikasi', '64 unit', '64 unit', 'Tercapai'],
    ['peralatan', 'Jumlah Peralatan dan fasilitas perkantoran', '10 unit', '10 unit', 'Tercapai'],
    ['gedung', 'Jumlah Gedung/Bangunan', '1 unit', '1 unit', 'Tercapai'],
  ],
  // 'Target Jangka Menengah' tables (lines 686 ... 2008): targets 2021 2022 2023 2024
  renstra: [
    ['makanan', 'Persentase pemenuhan layanan makanan bagi tahanan /Narapidana/anak sesuai dengan standar', [P(70), P(75), P(80), P(80)]],
    ['preventif', 'Persentase Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif) secara berkualitas', [P(92), P(93), P(94), P(94)]],
    ['maternal', 'Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal', [P(92), P(93), P(94), P(94)]],
    ['mental', 'Persentase Tahanan/Narapidana/Anak yang mengalami gangguan mental dapat tertangani', [P(60), P(70), P(80), P(80)]],
    ['lansia', 'Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar', [P(75), P(80), P(85), P(85)]],
    ['disabilitas', 'Persentase tahanan/narapidana/anak berkebutuhan khusus (Disabilitas) yang mendapatkan layanan kesehatan sesuai standar', [P(75), P(80), P(85), P(85)]],
    ['hiv', 'Persentase keberhasilan penanganan penyakit menular HIV-AIDS (ditekan jumlah virusnya) dan TB Positif (berhasil sembuh)', [P(60), P(70), P(80), P(80)]],
    ['narkotika', 'Persentase perubahan kualitas hidup pecandu/penyalahguna/korban penyalahgunaan narkoba', [P(23), P(25), P(27), P(27)]],
    ['overstaying', 'Persentase Menurunnya Tahanan yang overstaying', [P(70), P(80), P(90), P(90)]],
    ['penyuluhan', 'Persentase Tahanan yang memperoleh layanan penyuluhan hukum', [P(70), P(80), P(90), P(90)]],
    ['bantuan', 'Persentase Tahanan yang memperoleh fasilitas bantuan hukum', [P(70), P(80), P(90), P(90)]],
    ['pengaduan', 'Persentase Pengaduan Yang Ditindaklanjuti Sesuai Standar', [P(75), P(80), P(85), P(85)]],
    ['gangguan', 'Persentase Gangguan Kamtib Yang Dapat Dicegah', [P(60), P(70), P(80), P(80)]],
    ['kepatuhan', 'Persentase Kepatuhan Dan Disiplin Terhadap Tata Tertib Oleh Tahanan/Narapidana/Anak Pelaku Gangguan Kamtib', [P(75), P(80), P(85), P(85)]],
    ['pemulihan', 'Persentase Pemulihan Kondisi Keamanan Pasca Gangguan Kamtib Secara Tuntas', [P(60), P(70), P(80), P(80)]],
    ['renja', 'Tersusunnya dokumen rencana kerja, anggaran UPT Masyarakat dan pelaporan yang akuntabel tepat waktu', ['1 Layanan', '1 Layanan', '1 Layanan', '1 Layanan']],
    ['bmn', 'Tersusunnya dokumen pengelolaan BMN dan Kerumah tanggaan', ['1 Layanan', '1 Layanan', '1 Layanan', '1 Layanan']],
    ['pegawai', 'Terpenuhinya data dan peningkatan kompetensi pegawai masyarakatan', ['1 Layanan', '1 Layanan', '1 Layanan', '1 Layanan']],
    ['anggaran', 'Tersusunnya Dokumen Pelaksanaan Anggaran dan laporan keuangan yang akuntabel dan tepat waktu', ['1 Layanan', '1 Layanan', '1 Layanan', '1 Layanan']],
    ['perkantoran', 'Jumlah Layanan Perkantoran', ['1 Layanan', '1 Layanan', '1 Layanan', '1 Layanan']],
    ['kendaraan', 'Jumlah Kendaraan Bermotor', ['2 unit', '2 unit', '2 unit', '2 unit']],
    ['perangkat', 'Jumlah Perangkat Pengolah data dan komunikasi', ['64 unit', '64 unit', '64 unit', '64 unit']],
    ['peralatan', 'Jumlah Peralatan dan fasilitas perkantoran', ['10 unit', '10 unit', '10 unit', '01 unit']],
    ['gedung', 'Jumlah Gedung/Bangunan', ['1 unit', '1 unit', '1 unit', '1 unit']],
  ],
};

/** Seed 002, LKjIP 2022 Rutan Kelas IIB Balikpapan. Values are percent points under '(%)' headers. */
const KET_BPP_NARKOTIKA = 'Tidak ada WBP peserta rehabilitasi: Jumlah WBP 0, perawatan yang diberikan 0.';
const BALIKPAPAN = {
  // Tabel 3.1, lines 420-460: three sub-tables, each under its section title
  t31: [
    { section: 'Sasaran Strategis :', sasaran: 'Terwujudnya Penegakkan Hukum dan Pelayanan Publik dibidang Hukum', inds: [
      ['perlindungan', 'Persentase Tahanan Mendapatkan Perlindungan dan Perawatan', N(80), N(118), N(147)],
      ['ikm', 'Indeks Kepuasan Masyarakat Terhadap Pelayanan Publik', T('77,5', 77.5), N(94.4), N(121)],
      ['kamtib', 'Indeks Keamanan dan Ketertiban', N(75), N(100), N(133)],
    ] },
    { section: 'Sasaran Program :', sasaran: 'Terwujudnya Penyelenggaraan Pemasarakatan yang Profesional dan Berkualitas', inds: [
      ['pelayanan', 'Indeks Pelayanan Tahanan', N(70), N(86.75), N(123)],
      ['ti', 'Kepuasan Layanan Masyarakat, Kerjasama dan Penggunaan layanan TI', N(80), N(38.16), N(45.2)],
      ['derajat', 'Indeks Derajat Kesehatan Tahanan/Narapidana', N(78), N(106), N(135)],
    ] },
    { section: 'Sasaran Kegiatan :', sasaran: 'Terwujudnya Penyelenggaraan Perawatan Tahanan/Narapidana, Pelayanan Tahanan, Kemanaan dan keterfiban dan layanan Manajemen Satker', inds: [
      ['makanan', 'Persentase Pemenuhan Layanan Makanan', N(75), N(129), N(172)],
      ['kesehatan', 'Persentase Tahanan/Narapidana mendapatkan Layanan Kesehatan', N(80), N(106), N(132)],
      ['hiv', 'Persentase keberhasilan penanganan HIV-AIDS', N(70), N(100), N(142)],
      ['narkotika', 'Persentase Perubahan Kualitas Hidup Pecandu/Penyalahguna/Korban penyalahgunaan Narkotika', N(25), N(0), N(0), KET_BPP_NARKOTIKA],
      ['overstaying', 'Persentase Overstaying', N(80), N(100), N(125)],
      ['hukum', 'Persentase Tahanan Memperoleh Layanan Hukum dan Fasilitas bantuan Hukum', N(80), N(11.49), N(14)],
      ['pengaduan', 'Persentase Pengaduan yang ditindaklanjuti', N(80), N(100), N(125)],
      ['gangguan', 'Persentase Gangguan Kamtib yang dapat dicegah', N(70), N(100), N(133)],
      ['kepatuhan', 'Persentase Kepatuhan dan Disiplin terhadap tata tertib oleh tahanan/narapidana', N(80), N(100), N(125)],
      ['dokumen', 'Tersusunnya Dokumen Rencana Kerja, Dokumen pelaporan, Data kompetensi pegawai, dan pelaksanaan anggaran dan keuangan', '1 Layanan', N(0.98), N(98)],
    ] },
  ],
  // Tabel 3.2, lines 466-485: performance + budget; section rows between header and data
  // [key, name, target, realisasi, capaian, pagu, realisasi Rp, serapan, efisiensi]
  t32: [
    { sasaran: 'Terwujudnya Penegakkan Hukum dan Pelayanan Publik dibidang Hukum', inds: [
      ['perlindungan', 'Persentase Tahanan Mendapatkan Perlindungan dan Perawatan', N(80), N(118), N(147), M(423485000), M(369651880), N(87.29), N(28)],
      ['ikm', 'Indeks Kepuasan Masyarakat Terhadap Pelayanan Publik', N(77.5), N(94.4), N(121), M(25860000), M(20609000), N(79.69), N(15.58)],
      ['kamtib', 'Indeks Keamanan dan Ketertiban', N(75), N(100), N(133), M(26401000), M(19650000), N(74.43), N(44)],
    ] },
    { sasaran: 'Terwujudnya Penyelenggaraan Pemasarakatan yang Profesional dan Berkualitas', inds: [
      ['pelayanan', 'Indeks Pelayanan Tahanan', N(70), N(86.75), N(123), M(1200000), M(925000), N(77.08), N(10.25)],
      ['ti', 'Kepuasan Layanan Masyarakat, Kerjasama dan Penggunaan layanan TI', N(80), N(38.16), N(45.2), M(21600000), M(5497725), N(25.45), N(43.69)],
      ['derajat', 'Indeks Derajat Kesehatan Tahanan/Narapidana', N(78), N(106), N(135), M(85868000), M(38251900), N(44.55), N(67)],
    ] },
    { sasaran: 'Terwujudnya Penyelenggaraan Perawatan Tahanan/Narapidana, Pelayanan Tahanan, Kemanaan dan ketertiban dan layanan Manajemen Satker', inds: [
      ['makanan', 'Persentase Pemenuhan Layanan Makanan', N(75), N(129.4), N(172), M(7626060000), M(7626059956), N(100), N(41.86)],
      ['kesehatan', 'Persentase Tahanan/Narapidana mendapatkan Layanan Kesehatan', N(93), N(106), N(132), M(239925000), M(239023091), N(99.62), N(24.53)],
      ['hiv', 'Persentase keberhasilan penanganan HIV-AIDS', N(70), N(100), N(142), M(138162000), M(138133300), N(99.98), N(29.59)],
      ['narkotika', 'Persentase Perubahan Kualitas Hidup Pecandu/Penyalahguna/Korban penyalahgunaan Narkotika', N(25), '-', '-', '-', '-', '-', '-'],
      ['overstaying', 'Persentase Overstaying', N(80), N(100), N(100), M(288000), M(275000), N(95.49), N(4.51)],
      ['hukum', 'Persentase Tahanan Memperoleh Layanan Hukum dan Fasilitas bantuan Hukum', N(80), N(11.49), N(14), M(12000000), M(780000), N(6.5), N(53.57)],
      ['pengaduan', 'Persentase Pengaduan yang ditindaklanjuti', N(80), N(100), N(125), M(5600000), M(0), N(0), N(100)],
      ['gangguan', 'Persentase Gangguan Kamtib yang dapat dicegah', N(70), N(100), N(133), M(30561000), M(26121500), N(85.47), N(35.73)],
      ['kepatuhan', 'Persentase Kepatuhan dan Disiplin terhadap tata tertib oleh tahanan/narapidana', N(70), N(100), N(125), M(99527000), M(86052200), N(86.46), N(30.82)],
      ['dokumen', 'Tersusunnya Dokumen Rencana Kerja, Dokumen pelaporan, Data kompetensi pegawai, dan pelaksanaan anggaran dan keuangan', N(1), N(0.98), N(98), M(6738891000), M(6643925479), N(98.59), N(0.6)],
    ] },
  ],
};

/** Seed 003, LKjIP 2022 Lapas Kelas III Sarolangun Rawas. */
const SAROLANGUN = {
  // PK, lines 517-549 (IKK names and targets as in Tabel 3.3, lines 687-713)
  pkIku: [
    { no: '1.', sasaran: 'Ikut berperan serta dalam menjaga stabilitas keamanan dan kedaulatan NKRI', inds: [['kamtib', 'Indeks keamanan dan ketertiban UPT Masyarakat', N(75)]] },
    { no: '2.', sasaran: 'Memastikan pelayanan publik di bidang hukum sesuai dengan asas penyelenggaraan pelayanan publik', inds: [['ikm', 'Indeks Kepuasan Masyarakat Terhadap Layanan Publik Bidang Hukum.', '77,5']] },
    { no: '3.', sasaran: 'Memastikan penegakan hukum yang mampu menjadi pendorong inovasi dan kreatifitas dalam pertumbuhan ekonomi nasional', inds: [['residivis', 'Persentase menurunnya residivis', P(1)]] },
  ],
  pkIkp: [
    { no: '1.', sasaran: 'Terwujudnya Penyelenggaraan Masyarakat yang Berkualitas', inds: [
      ['kepuasan', '1. Indeks Kepuasan Layanan Masyarakat', N(80)],
      ['kerjasama', '2. Indeks Pelaksanaan Kerjasama Masyarakat', N(80)],
      ['it', '3. Indeks Kepuasan Pengguna Layanan IT Masyarakat', N(80)],
      ['derajat', '4. Indeks Parameter Derajat Kesehatan Narapidana, Anak, dan Tahanan', N(78)],
    ] },
    { no: '2.', sasaran: 'Terwujudnya Penyelenggaraan Masyarakat yang Profesional dalam Mendukung Penegakan Hukum Berbasis HAM Terhadap Tahanan, Benda Sitaan dan Barang Rampasan Negara, Narapidana, Anak, dan Klien Masyarakat', inds: [
      ['pembinaan', '1. Indeks Keberhasilan Pembinaan Narapidana', N(53)],
      ['hak', '2. Indeks Pemenuhan Hak Narapidana', N(90)],
    ] },
    { no: '3.', sasaran: 'Terwujudnya Penyelenggaraan Pemasyarakatan yang Aman dan Tertib', inds: [['kamtib', 'Indeks Keamanan dan Ketertiban UPT Masyarakat', N(75)]] },
  ],
  // Tabel 3.1 lines 662-665: [key, name, satuan, target, realisasi, kinerja]
  t31: [
    { no: '1.', sasaran: 'Ikut berperan serta dalam menjaga stabilitas keamanan dan kedaulatan NKRI', inds: [['kamtib', 'Indeks keamanan dan ketertiban UPT Pemasyarakatan', '%', N(75), N(30), P(40)]] },
    { no: '2.', sasaran: 'Memastikan pelayanan publik di bidang hukum sesuai dengan asas penyelenggaraan pelayanan publik', inds: [['ikm', 'Indeks Kepuasan Masyarakat Terhadap Layanan Publik Bidang Hukum.', '%', '77,5', N(32.5), P(41.9)]] },
    { no: '3.', sasaran: 'Memastikan penegakan hukum yang mampu menjadi pendorong inovasi dan kreatifitas dalam pertumbuhan ekonomi nasional', inds: [['residivis', 'Persentase menurunnya residivis', '%', P(1), N(0), P(0)]] },
  ],
  // Tabel 3.2 lines 671-681
  t32: [
    { no: '1.', sasaran: 'Terwujudnya Penyelenggaraan Pemasyarakatan yang Berkualitas', inds: [
      ['kepuasan', '1. Indeks Kepuasan Layanan Pemasyarakatan', N(80), N(40), P(50)],
      ['kerjasama', '2. Indeks Pelaksanaan Kerjasama Pemasyarakatan', N(80), N(40), P(50)],
      ['it', '3. Indeks Kepuasan Pengguna Layanan IT Pemasyarakatan', N(80), N(40), P(50)],
      ['derajat', '4. Indeks Parameter Derajat Kesehatan Narapidana, Anak, dan Tahanan', N(78), N(39), P(50)],
    ] },
    { no: '2.', sasaran: 'Terwujudnya Penyelenggaraan Pemasyarakatan yang Profesional dalam Mendukung Penegakan Hukum Berbasis HAM Terhadap Tahanan, Benda Sitaan dan Barang Rampasan Negara, Narapidana, Anak, dan Klien Pemasyarakatan', inds: [
      ['pembinaan', '1. Indeks Keberhasilan Pembinaan Narapidana', N(53), N(23), P(43.39)],
      ['hak', '2. Indeks Pemenuhan Hak Narapidana', N(90), N(45), P(50)],
    ] },
    { no: '3.', sasaran: 'Terwujudnya Penyelenggaraan Pemasyarakatan yang Aman dan Tertib', inds: [['kamtib', 'Indeks Keamanan dan Ketertiban UPT Pemasyarakatan', N(75), N(35), P(45)]] },
  ],
  // Tabel 3.3 lines 687-713
  t33: [
    { no: '1.', sasaran: 'Meningkatnya Pelayanan Perawatan Narapidana/Tahanan/Anak, Pengendalian Penyakit Menular dan Peningkatan Kualitas Hidup Narapidana Peserta Rehabilitasi Narkotika di wilayah', inds: [
      ['makanan', '1. Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai dengan standar', P(75), P(40), P(53.33)],
      ['preventif', '2. Persentase Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif) secara berkualitas', P(93), P(45), P(48.38)],
      ['maternal', '3. Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal', P(96), P(48), P(50)],
      ['mental', '4. Persentase Tahanan/Narapidana/Anak yang mengalami gangguan mental dapat tertangani', P(70), P(35), P(50)],
      ['lansia', '5. Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar', P(80), P(40), P(50)],
      ['disabilitas', '6. Persentase tahanan/narapidana/anak berkebutuhan khusus (Disabilitas) yang mendapatkan layanan kesehatan sesuai standar', P(80), P(40), P(50)],
      ['hiv', '7. Persentase keberhasilan penanganan penyakit menular HIV-AIDS (ditekan jumlah virusnya) dan TB Positif (berhasil sembuh)', P(70), P(35), P(50)],
      ['narkotika', '8. Persentase perubahan kualitas hidup pecandu/penyalahguna/korban penyalahgunaan narkotika', P(25), P(12), P(48)],
    ] },
    { no: '2.', sasaran: 'Meningkatnya Pelayanan Pembinaan Kepribadian, Pelatihan Vokasi, Pendidikan dan Penanganan Narapidana Resiko Tinggi', inds: [
      ['kepribadian', '1. Persentase narapidana yang memperoleh nilai baik dengan predikat memuaskan pada instrument penilaian kepribadian', P(65), P(25), P(38.46)],
      ['remisi', '2. persentase narapidana yang mendapatkan hak remisi', P(98), P(44), P(50)],
      ['integrasi', '3. persentase narapidana yang mendapatkan hak integrasi', P(80), P(40), P(50)],
      ['pendidikan', '4. persentase narapidana yang mendapatkan hak Pendidikan', P(80), P(40), P(50)],
      ['resiko', '5. Persentase Narapidana resiko tinggi yang berubah perilakunya menjadi Sadar, Patuh dan Disiplin', P(15), P(7.5), P(50)],
      ['vokasi', '6. Persentase narapidana yang memperoleh Pendidikan dan pelatihan vokasi bersertifikasi', P(28), P(14), P(50)],
      ['bekerja', '7. Persentase narapidana yang bekerja dan produktif', P(67), P(30), P(44.77)],
    ] },
    { no: '3.', sasaran: 'Meningkatnya Pelayanan Keamanan dan Ketertiban di wilayah sesuai standar', inds: [
      ['pengaduan', '5. Persentase pengaduan yang ditindaklanjuti sesuai standar', P(80), P(40), P(50)],
      ['gangguan', '6. Persentase gangguan kamtib yang dapat dicegah', P(70), P(35), P(50)],
      ['kepatuhan', '7. Persentase kepatuhan dan disiplin terhadap tata tertib oleh Tahanan/Narapidana/Anak pelaku gangguan kamtib', P(80), P(40), P(50)],
      ['pemulihan', '8. Persentase pemulihan kondisi keamanan pasca gangguan kamtib secara tuntas', P(70), P(35), P(50)],
    ] },
    { no: '4.', sasaran: 'Meningkatnya Dukungan Layanan Manajemen Satker', inds: [
      ['renja', '6. Tersusunnya dokumen rencana kerja, anggaran UPT Pemasarakatan dan pelaporan yang akuntabel tepat waktu', '1 Layanan', '0 Layanan', P(0)],
      ['bmn', '7. Tersusunnya dokumen pengelolaan BMN dan Kerumah tanggaan', '1 Layanan', '0 Layanan', P(0)],
      ['pegawai', '8. Terpenuhinya data dan peningkatan kompetensi pegawai pemsarakatan', '1 Layanan', '0 Layanan', P(0)],
      ['anggaran', '9. Tersusunnya Dokumen Pelaksanaan Anggaran dan laporan keuangan yang akuntabel dan tepat waktu', '1 Layanan', '0 Layanan', P(0)],
      ['perkantoran', '10. Jumlah Layanan Perkantoran', '1 Layanan', '0 Layanan', P(0)],
    ] },
  ],
  // Tabel 3.4 lines 721-734
  t34: [
    ['kepribadian', 'Pembinaan Kepribadian dan Layanan Integrasi Narapidana', '288 Orang', '144 Orang', P(50)],
    ['kebutuhan', 'Kebutuhan Dasar dan Layanan Kesehatan', '288 Orang', '144 Orang', P(50)],
    ['kemandirian', 'Pembinaan kemandirian Narapidana', '40 Orang', '40 Orang', P(100)],
    ['kamtib', 'Layanan Keamanan dan Ketertiban', '12 Operasi', '6 Operasi', P(50)],
    ['bmn', 'Layanan BMN', '1 Layanan', '0 Layanan', '0 %'],
    ['humas', 'Layanan Hubungan Masyarakat', '1 Layanan', '0 Layanan', '0 %'],
    ['umum', 'Layanan Umum', '1 Layanan', '0 Layanan', '0 %'],
    ['perkantoran', 'Layanan Perkantoran', '1 Layanan', '0 Layanan', '0 %'],
    ['sdm', 'Layanan Manajemen SDM', '32 Orang', '0 Orang', '0 %'],
    ['perencanaan', 'Layanan Perencanaan dan Penganggaran', '1 Layanan', '0 Layanan', '0 %'],
    ['monev', 'Layanan Pemantauan dan Evaluasi', '4 Dokumen', '2 Dokumen', P(50)],
    ['keuangan', 'Layanan Manajemen Keuangan', '1 Dokumen', '0 Layanan', '0 %'],
    ['reformasi', 'Layanan Reformasi Kinerja', '1 Layanan', '0 Layanan', '0 %'],
  ],
};
/** PK IKK of Sarolangun: the names and targets of Tabel 3.3. */
SAROLANGUN.pkIkk = SAROLANGUN.t33.map((g) => ({ no: g.no, sasaran: g.sasaran, inds: g.inds.map(([k, n, t]) => [k, n, t]) }));

/** Seed 004, Rencana Aksi PK 2024 Lapas Kelas IIA Kerobokan. */
const TW = ['TW I', 'TW II', 'TW III', 'TW IV'];
const KEROBOKAN = {
  keteranganUmum: 'Indikator Kinerja yang tidak ada Anggaran bersifat isidentil dan akan disusuaikan dengan kebutuhan',
  groups: [
    { sasaran: 'Meningkatnya Pelayanan Perawatan Narapidana / Tahanan / Anak Pengendalian Penyakit Menular dan Peningkatan Kualitas Hidup Narapidana Peserta Rehabilitasi Narkotika di wilayah', inds: [
      { key: 'makanan', name: '1. Persentase pemenuhan layanan makanan bagi Tahanan / Narapidana / Anak sesuai dengan standar.', target: 85, rumus: 'Jumlah Pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak dibagi Jumlah Tahanan /Narapidana/Anak dikali 100%', kegiatan: 'Pelaksana Satker', dana: [1506071633, 2280000000, 2280000000, 1297848367], rk: 'Pemenuhan Makanan bagi Tahanan / Narapidana', cap: 'Terpenuhinya Makanan bagi Tahanan / Narapidana sesuai Standar', dd: 'Laporan dan Dokumentasi' },
      { key: 'preventif', name: '2. Persentase Tahanan / Narapidana / Anak mendapatkan layanan kesehatan (preventif) secara berkualitas', target: 95, rumus: 'Jumlah Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif) secara berkualitas dibagi Jumlah Tahanan /Narapidana/Anak dikali 100%', kegiatan: 'Pelaksana Satker', dana: [93301192, 47000000, 35000000, 66138808], rk: 'Pemenuhan Obat-obatan, Perengkapan Medis dan Perawatan Narapidanadi Rumah Sakit', cap: 'Tercapainya Kesehatan Tahanan/Narapidana yang berkualitas', dd: 'Laporan dan Dokumentasi' },
      { key: 'maternal', name: '3. Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal', target: 90, rumus: 'Jumlah Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal dibagi Jumlah Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) dikali 100%.', kegiatan: 'Pelaksana Satker', dana: null, rk: 'Tidak ada Ibu Hamil dan Menyusui' },
      { key: 'mental', name: '4. Persentase Tahanan / Narapidana / Anak yang mengalami gangguan mental dapat tertangani', target: 90, rumus: 'Jumlah Tahanan/Narapidana/Anak yang mengalami gangguan mental dapat tertangani dibagi Jumlah Tahanan/Narapidana/Anak yang mengalami gangguan mental dikali 100%', kegiatan: 'Pelaksana Satker', dana: null, rk: 'Tidak ada Tahanan / Narapidana yang mengalami gangguan Jiwa' },
      { key: 'lansia', name: '5. Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar', target: 90, rumus: 'Jumlah Tahanan/Narapidana lansia yang mendapatkan layanan kesehatan dibagi Jumlah Tahanan/Narapidana Lansia yang membutuhkan layanan kesehatan dikali 100%', kegiatan: 'Pelaksana Satker', dana: [2000000, 6262500, 6262500, 17500000], rk: 'Pemenuhan Susu bagi Narapidana Lanjut Usia', cap: 'Meningkatkan Daya Tahan Tubuh bagi Narapidana Lanjut Usia', dd: 'Laporan dan Dokumentasi' },
      { key: 'disabilitas', name: '6. Persentase tahanan / narapidana / anak berkebutuhan khusus (Disabilitas) yang mendapatkan layanan kesehatan sesuai standar', target: 90, rumus: 'Jumlah tahanan/narapidana/anak berkebutuhan khusus (Disabilitas) yang mendapatkan layanan kesehatan dibagi Jumlah tahanan/narapidana/anak berkebutuhan khusus (Disabilitas) yang membutuhkan layanan kesehatan dikali 100%.', kegiatan: 'Pelaksana Satker', dana: null, rk: 'Tidak ada Tahanan / Narapidana yang mendapatkan Kebutuhan Khusus (Disabilitas)' },
      { key: 'hiv', name: '7. Persentase keberhasilan penanganan penyakit menular HIV-AIDS (ditekan jumlah virusnya) dan TB Postif (berhasil sembuh)', target: 90, rumus: 'Koefisien Penanganan Penyakit Menular = (A + B) / 2 x 100%; A = Jumlah Narapidana dengan HIV / (Jumlah Narapidana dengan HIV + Jumlah Narapidana dengan TB Positif) x 100%; B = Jumlah Narapidana dengan TB Positif berhasil sembuh / Jumlah Narapidana dengan TB Positif x 100%', kegiatan: 'Pelaksana Satker', dana: null, rk: 'Tidak ada Narapidana yang mendapatkan Penanganan Penyakit Menular HIV-AIDS dan TB' },
      { key: 'narkoba', name: '8. Persentase perubahan kualitas hidup pecandu/penyalahguna/korban penyalahgunaan narkoba', target: 29, rumus: 'Jumlah Perubahan kualitas hidup narapidana pecandu/penyalahguna/korban penyalahgunaan narkoba dibagi Jumlah Narapidana pecandu/penyalahguna/korban penyalahgunaan narkoba yang mendapatkan layanan Rehabilitasi dikali 100%.', kegiatan: 'Pelaksana Satker', dana: [22570000, 25200000, 39200000, 12000000], rkTw: ['Pelaksanaan Kegiatan Assesment Awal dan Assesment Lanjutan', 'Pelaksanaan Kegiatan Konseling Adiksi, Sidang Kasus, Family Suport Grup dan Terapi Kelompok', 'Pelaksanaan Kegiatan Konseling Adiksi, Sidang Kasus, Family Suport Grup dan Terapi Kelompok', 'Pelaksanaan Kegiatan Assesment Akhir'], cap: 'Meningkatnya Kualitas Hidup bagi Narapidana Pecandu Narkoba', capTw: [true, true, true, false], dd: 'Laporan dan Dokumentasi', ddTw: [true, true, true, false] },
    ] },
    { sasaran: 'Meningkatnya Pelayanan Pembinaan Kepribadian, Pelatihan Vokasi, Pendidikan dan Penanganan Narapidana Resiko Tinggi', inds: [
      { key: 'kepribadian', name: '1. Persentase narapidana yang memperoleh nilai baik dengan predikat memuaskan pada instrumen penilaian kepribadian', target: 75, rumus: 'Jumlah Narapidana yang Memperoleh Nilai Baik dengan Predikat Memuaskan Pada Instrumen Penilaian Kepribadian dibagi Jumlah Narapidana Resiko Tinggi yang Mendapatkan Program Pembinaan dikali 100%', kegiatan: 'Pelaksana Satker', dana: [26000000, 7800000, 12012000, 23388000], rk: 'Pelaksanaan Kegiatan Keagamaan, Ceramah Keagamaan, Kesenian dan Olah Raga', cap: 'Mengembalikan Hidup, kehidupan dan Penghidupan bagi Narapidana', dd: 'Laporan dan Dokumentasi' },
      { key: 'remisi', name: '2. Persentase narapidana yang mendapatkan hak remisi', target: 100, rumus: 'Jumlah Narapidana yang mendapatkan Hak Remisi dibagi Jumlah Narapidana yang memenuhi Syarat Substantif dan Administratif untuk diulaskan mendapatkan Hak Remisi dikali 100%', kegiatan: 'Pelaksana Satker', dana: [0, 2400000, 4650000, 2400000], rkTw: [null, 'Pelaksanaan kegiatan pemberian PB, CB, CMB', 'Pelaksanaan kegiatan pemberian PB, CB, CMB serta Pelaksanaan Kegiatan pemberian Hak Remisi Umum 17 Agustus', 'Pelaksanaan kegiatan pemberian PB, CB, CMB'], cap: 'Tercapainya Hak Narapidana', capTw: [false, true, true, true], dd: 'Laporan dan Dokumentasi', ddTw: [false, false, true, false] },
      { key: 'integrasi', name: '3. Persentase narapidana yang mendapatkan hak integrasi', target: 90, rumus: 'Jumlah Narapidana yang Mendapatkan Program Reintegrasi Sosial dibagi Jumlah Narapidana yang Memenuhi Syarat Substantif dan Administratif untuk diulaskan mendapatkan Program Reintegrasi Sosial dikali 100%', kegiatan: 'Pelaksana Satker', dana: [0, 250000, 0, 250000], rkTw: [null, null, 'Pemenuhan syarat Substantif dan Administratif bagi Narapidana yang diulaskan Program Reintegrasi Sosial', 'Pemenuhan syarat Substantif dan Administratif bagi Narapidana yang diulaskan Program Reintegrasi Sosial'], cap: 'Tercapainya Hak Narapidana', capTw: [false, false, true, true], dd: 'Laporan dan Dokumentasi', ddTw: [false, false, true, true] },
      { key: 'pendidikan', name: '4. Persentase narapidana yang mendapatkan hak Pendidikan', target: 90, rumus: 'Jumlah Narapidana yang Mendapatkan Hak Pendidikan dibagi dengan Jumlah Narapidana yang Tidak Memiliki Latarbelakang Pendidikan formal dikali 100%', kegiatan: 'Pelaksana Satker', dana: null },
      { key: 'resiko', name: '5. Persentase Narapidana resiko tinggi yang berubah perilakunya menjadi Sadar, Patuh dan Disiplin', target: 19, rumus: 'Jumlah Narapidana Resiko Tinggi yang Berubah Perilakunya Menjadi Sadar, Patuh dan Disiplin dibagi Jumlah Jumlah Narapidana Resiko Tinggi yang Mendapatkan Program', kegiatan: 'Pelaksana Satker', dana: null, tws: 2 },
      { key: 'vokasi', name: '6. Persentase narapidana yang memperoleh Pendidikan dan pelatihan vokasi bersertifikasi', target: 34, rumus: 'Jumlah Narapidana yang memperoleh Pendidikan dan pelatihan vokasi bersertifikasi dibagi Jumlah Narapidana Dikali 100%', kegiatan: 'Pelaksana Satker', dana: [13800000, 18000000, 28000000, 16800000], rk: 'Pelaksanaan Kegiatan Pembinaan Kemandirian Pertanian dan Pertukangan Batu', cap: 'Tercapainya Pendidikan dan Pelatihan Narapidana', dd: 'Laporan dan Dokumentasi' },
      { key: 'bekerja', name: '7. Persentase narapidana yang bekerja dan produktif', target: 77, rumus: 'Jumlah narapidana yang bekerja dan produktif dibagi Jumlah narapidana yang menjalankan program asimilasi dikali 100%', kegiatan: 'Pelaksana Satker', dana: null },
    ] },
    { sasaran: 'Meningkatnya Pelayanan Keamanan dan Ketertiban di wilayah sesuai standar', inds: [
      { key: 'pengaduan', name: '1. Persentase pengaduan yang ditindaklanjuti sesuai standar', target: 90, rumus: 'Jumlah Pengaduan yang diselesaikan dibagi Jumlah Pengaduan yang masuk dikali 100%', kegiatan: 'Operasi Penanganan Gangguan Kamtib di Pelaksana Satker', dana: null },
      { key: 'gangguan', name: '2. Persentase gangguan kamtib yang dapat dicegah', target: null, rumus: 'Jumlah gangguan kamtib yang dapat dicegah dibagi Jumlah seluruh gangguan kamtib yang terjadi dikali 100%.', kegiatan: 'Pelaksana Satker', dana: null },
      { key: 'kepatuhan', name: '3. Persentase kepatuhan dan disiplin terhadap tata tertib oleh Tahanan/Narapidana/Anak pelaku gangguan Kamtib', target: 90, rumus: '', kegiatan: 'Pelaksana Satker', dana: null },
      { key: 'pemulihan', name: '4. Persentase pemulihan kondisi keamanan pasca gangguan kamtib secara tuntas', target: 90, rumus: 'Jumlah Pemulihan Kondisi Keamanan Pasca Gangguan Kamtib Secara Tuntas Dibagi Jumlah Gangguan Kamtib Dikali 100%.', kegiatan: 'Pelaksana Satker', dana: [500000, 1000000, 1000000, 1390000], rk: 'Pelaksanaan Kegiatan Pengeledahan Blok Hunian, pengeledahan Barang Penunjuang', cap: 'Meningkatnya Kepatuhan dan Disiplin terhadap tata tertib oleh Tahanan / Narapidana', dd: 'Laporan dan Dokumentasi' },
    ] },
  ],
};

// ------------------------------------------------------------------ workbook builders
function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'build-fixtures';
  wb.lastModifiedBy = 'build-fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function indsOf(groups, roles) {
  return groups.map((g) => ({
    ...g,
    inds: g.inds.map((row) => {
      const [key, name, ...vals] = row;
      const v = {};
      roles.forEach((role, i) => (v[role] = vals[i]));
      return { key, name, v };
    }),
  }));
}

/** Soe: 'PK 2023' (IKU, IKP, IKK) and the previous-year table. */
function buildSoe(opt) {
  const wb = newWorkbook();
  const tables = [];
  const ws = wb.addWorksheet(opt.pkSheet);
  const prevCols = [
    { role: 'no', h: 'NO', w: 5 },
    { role: 'sasaran', h: 'Sasaran', w: 45 },
    { role: 'indikator', h: 'Indikator Kinerja', w: 60 },
    { role: 'target', h: 'Target', w: 12 },
    { role: 'realisasi', h: 'Realisasi', w: 12 },
  ];
  let top = opt.top;
  if (opt.oneSheet) {
    // the document's order: BAB II A. last year's achievements, then B. the PK tables, on one sheet
    const t = writeTable(ws, { key: 'prev', kind: 'pengukuran', year: 2022, title: opt.prevTitle, cols: prevCols, groups: indsOf(SOE.prev, ['target', 'realisasi']) },
      { top, left: opt.left, pctForm: opt.prevForm, headerStyle: opt.headerStyle, colNumbers: opt.colNumbers });
    tables.push(t);
    top = t.next + 2;
  }
  const o = { top, left: opt.left, pctForm: opt.pkForm, headerStyle: opt.headerStyle, colNumbers: opt.colNumbers };
  const pkCols = (s, i) => [
    { role: 'no', h: 'No', w: 5 },
    { role: 'sasaran', h: s, w: 45 },
    { role: 'indikator', h: i, w: 60 },
    { role: 'target', h: 'Target', w: 12 },
  ];
  let t = writeTable(ws, { key: 'iku', kind: 'pk', year: 2023, title: opt.pkTitle ? [opt.pkTitle, 'a. Indikator Kinerja Utama'] : ['a. Indikator Kinerja Utama'], cols: pkCols('Sasaran Startegis', 'Indikator Kinerja Utama'), groups: indsOf(SOE.iku, ['target']) }, o);
  tables.push(t);
  t = writeTable(ws, { key: 'ikp', kind: 'pk', year: 2023, title: ['b. Indikator Kinerja Program'], cols: pkCols('Sasaran Program', 'Indikator Kinerja Program'), groups: indsOf(SOE.ikp, ['target']) }, { ...o, top: t.next + 2 });
  tables.push(t);
  t = writeTable(ws, { key: 'ikk', kind: 'pk', year: 2023, title: ['c. Indikator Kinerja Kegiatan'], cols: pkCols('Sasaran Kegiatan', 'Indikator Kinerja Kegiatan'), groups: indsOf(SOE.ikk, ['target']) }, { ...o, top: t.next + 2 });
  tables.push(t);
  if (!opt.oneSheet) {
    const ws2 = wb.addWorksheet(opt.prevSheet);
    t = writeTable(ws2, { key: 'prev', kind: 'pengukuran', year: 2022, title: opt.prevTitle, cols: prevCols, groups: indsOf(SOE.prev, ['target', 'realisasi']) },
      { top: opt.prevTop, left: opt.prevLeft, pctForm: opt.prevForm, headerStyle: opt.headerStyle, colNumbers: opt.colNumbers });
    tables.push(t);
  }
  return { wb, tables };
}

function kupangGroups(rows, roles) {
  return rows.map((inds, gi) => ({
    no: `${gi + 1}.`,
    sasaran: KUP_SASARAN[gi],
    inds: inds.map(([key, name, ...vals]) => {
      const v = {};
      roles.forEach((r, i) => (v[r] = vals[i]));
      const ind = { key, name, v };
      const parts = vals[roles.length];
      if (Array.isArray(parts)) ind.nameParts = parts;
      return ind;
    }),
  }));
}

/** Kupang: PK 2023, Pengukuran 2023 (Tabel III.1), Pengukuran 2022, Renstra. */
function buildKupang(opt) {
  const wb = newWorkbook();
  const tables = [];
  const hs = opt.headerStyle;
  let ws = wb.addWorksheet(opt.sheets.pk);
  tables.push(writeTable(ws, {
    key: 'pk', kind: 'pk', year: 2023, title: opt.titles.pk,
    cols: [
      { role: 'no', h: 'NO', w: 5 },
      { role: 'sasaran', h: 'SASARAN KEGIATAN', w: 42 },
      { role: 'indikator', h: 'INDIKATOR KINERJA', w: 62 },
      { role: 'target', h: opt.pkTargetHeader || (opt.pctHeaders ? 'TARGET (%)' : 'TARGET'), w: 12 },
    ],
    groups: kupangGroups(KUPANG.pk, ['target']),
  }, { top: opt.top, left: opt.left, pctForm: opt.form, headerStyle: hs, colNumbers: opt.colNumbers }));

  ws = wb.addWorksheet(opt.sheets.p2023);
  tables.push(writeTable(ws, {
    key: 'p2023', kind: 'pengukuran', year: 2023, title: opt.titles.p2023,
    cols: [
      { role: 'no', h: 'No', w: 5 },
      { role: 'sasaran', h: 'Sasaran', w: 42 },
      { role: 'indikator', h: 'Indikator', w: 62 },
      { role: 'target', h: opt.pctHeaders ? 'Target (%)' : 'Target', w: 12 },
      { role: 'realisasi', h: opt.pctHeaders ? 'Realisasi (%)' : 'Realisasi', w: 12 },
      { role: 'capaian', h: opt.pctHeaders ? 'Capaian (%)' : 'Capaian', w: 12 },
      { role: 'keterangan', h: 'Keterangan', w: 50 },
    ],
    groups: kupangGroups(KUPANG.p2023, ['target', 'realisasi', 'capaian', 'keterangan']),
  }, { top: opt.top, left: opt.left, pctForm: opt.form, headerStyle: hs, colNumbers: opt.colNumbers }));

  ws = wb.addWorksheet(opt.sheets.p2022);
  tables.push(writeTable(ws, {
    key: 'p2022', kind: 'pengukuran', year: 2022, title: opt.titles.p2022,
    cols: [
      { role: 'no', h: 'No', w: 5 },
      { role: 'indikator', h: 'Indikator', w: 62 },
      { role: 'target', h: opt.pctHeaders ? 'Target (%)' : 'Target', w: 12 },
      { role: 'realisasi', h: opt.pctHeaders ? 'Realisasi (%)' : 'Realisasi', w: 12 },
      { role: 'capaian', h: opt.pctHeaders ? 'Capaian (%)' : 'Capaian', w: 12 },
    ],
    sasaranMerged: false,
    groups: KUPANG.p2022.map(([key, name, target, realisasi, capaian], i) => ({ no: `${i + 1}`, inds: [{ key, name, v: { target, realisasi, capaian } }] })),
  }, { top: opt.top, left: opt.left, pctForm: opt.form2022 || opt.form, headerStyle: hs, colNumbers: opt.colNumbers }));

  ws = wb.addWorksheet(opt.sheets.renstra);
  const years = ['2021', '2022', '2023', '2024'];
  tables.push(writeTable(ws, {
    key: 'renstra', kind: 'renstra', year: null, title: opt.titles.renstra,
    cols: [
      { role: 'no', h: 'No', w: 5 },
      { role: 'indikator', h: 'Indikator', w: 62 },
      ...years.map((y) => ({ role: `year:${y}`, h: y, group: 'Target', w: 11 })),
    ],
    sasaranMerged: false,
    groups: KUPANG.renstra.map(([key, name, vals], i) => {
      const v = {};
      years.forEach((y, j) => (v[`year:${y}`] = vals[j]));
      return { no: `${i + 1}`, inds: [{ key, name, v }] };
    }),
  }, { top: opt.top, left: opt.left, pctForm: opt.renstraForm || opt.form, headerStyle: hs }));
  return { wb, tables };
}

/** Balikpapan: Tabel 3.1 (three sub-tables under section titles) and Tabel 3.2 (with budget). */
function buildBalikpapan(opt) {
  const wb = newWorkbook();
  const tables = [];
  const ws = wb.addWorksheet(opt.sheets.t31);
  let top = opt.top;
  const f = opt.form;
  if (opt.title31) {
    put(ws, top, opt.left, opt.title31, f, { bold: true, border: false, wrap: false });
    top += 2;
  }
  BALIKPAPAN.t31.forEach((g, gi) => {
    // section title rows above each sub-table: 'Sasaran Strategis :' then the sasaran text
    put(ws, top, opt.left, g.section, f, { bold: true, border: false, wrap: false });
    put(ws, top + 1, opt.left, g.sasaran, f, { border: false, wrap: false });
    const t = writeTable(ws, {
      key: `t31_${gi + 1}`, kind: 'pengukuran', year: 2022,
      cols: [
        { role: 'indikator', h: 'INDIKATOR', w: 62 },
        { role: 'target', h: opt.h.target, w: 12 },
        { role: 'realisasi', h: opt.h.realisasi, w: 14 },
        { role: 'capaian', h: opt.h.capaian, w: 13 },
        { role: 'keterangan', h: 'KETERANGAN', w: 40 },
      ],
      sasaranMerged: false,
      groups: [{ inds: g.inds.map(([key, name, target, realisasi, capaian, keterangan]) => ({ key, name, v: { target, realisasi, capaian, keterangan } })) }],
    }, { top: top + 3, left: opt.left, pctForm: f, headerStyle: opt.headerStyle });
    t.sasaranAbove = g.sasaran;
    // the same header repeated under the next section title: may be read as one table
    if (gi > 0) t.continues = 't31_1';
    tables.push(t);
    top = t.next + 2;
  });

  const ws2 = opt.sheets.t32 === opt.sheets.t31 ? ws : wb.addWorksheet(opt.sheets.t32);
  const top2 = ws2 === ws ? top + 1 : opt.top;
  if (opt.title32) put(ws2, top2, opt.left, opt.title32, f, { bold: true, border: false, wrap: false });
  const t = writeTable(ws2, {
    key: 't32', kind: 'pengukuran', year: 2022,
    cols: [
      { role: 'indikator', h: 'INDIKATOR KINERJA', w: 62 },
      { role: 'target', h: opt.h.target, w: 12 },
      { role: 'realisasi', h: opt.h.realisasi, w: 14 },
      { role: 'capaian', h: opt.h.capaian, w: 13 },
      { role: 'budget:pagu', h: 'PAGU', w: 16 },
      { role: 'budget:realisasi', h: 'REALISASI', w: 16 },
      { role: 'budget:serapan', h: 'SERAPAN (%)', w: 11 },
      { role: 'budget:efisiensi', h: 'EFISIENSI ANGGARAN (%)', w: 12 },
    ],
    sasaranMerged: false,
    groups: BALIKPAPAN.t32.map((g) => ({
      sectionRow: g.sasaran,
      inds: g.inds.map(([key, name, target, realisasi, capaian, pagu, rp, serapan, efisiensi]) => ({
        key, name, v: { target, realisasi, capaian, 'budget:pagu': pagu, 'budget:realisasi': rp, 'budget:serapan': serapan, 'budget:efisiensi': efisiensi },
      })),
    })),
  }, { top: opt.title32 ? top2 + 2 : top2, left: opt.left, pctForm: f, headerStyle: opt.headerStyle, noSectionMerge: opt.noSectionMerge });
  tables.push(t);
  return { wb, tables };
}

/** Sarolangun: 'PK 2022' (IKU, IKP, IKK with a (1)(2)(3)(4) row) and Tabel 3.1-3.4. */
function buildSarolangun(opt) {
  const wb = newWorkbook();
  const tables = [];
  const f = opt.form;
  const ws = wb.addWorksheet(opt.sheets.pk);
  const pkCols = (s, i) => [
    { role: 'no', h: 'No.', w: 5 },
    { role: 'sasaran', h: s, w: 45 },
    { role: 'indikator', h: i, w: 60 },
    { role: 'target', h: 'Target', w: 12 },
  ];
  const oPk = { left: opt.left, pctForm: f, headerStyle: opt.headerStyle, colNumbers: true };
  let t = writeTable(ws, { key: 'pk_iku', kind: 'pk', year: 2022, title: opt.pkTitle ? [opt.pkTitle, `Indikator Kinerja Utama${opt.titleYear || ''}`] : undefined, cols: pkCols('Sasaran Strategis', 'Indikator Kinerja Utama'), groups: indsOf(SAROLANGUN.pkIku, ['target']) }, { ...oPk, top: opt.top });
  tables.push(t);
  t = writeTable(ws, { key: 'pk_ikp', kind: 'pk', year: 2022, title: opt.titleYear ? [`Indikator Kinerja Program${opt.titleYear}`] : undefined, cols: pkCols('Sasaran Program', 'Indikator Kinerja Program'), groups: indsOf(SAROLANGUN.pkIkp, ['target']) }, { ...oPk, top: t.next + 2 });
  tables.push(t);
  t = writeTable(ws, { key: 'pk_ikk', kind: 'pk', year: 2022, title: opt.titleYear ? [`Indikator Kinerja Kegiatan${opt.titleYear}`] : undefined, cols: pkCols('Sasaran Kegiatan', 'Indikator Kinerja Kegiatan'), groups: indsOf(SAROLANGUN.pkIkk, ['target']) }, { ...oPk, top: t.next + 2 });
  tables.push(t);

  const ws2 = wb.addWorksheet(opt.sheets.capaian);
  const o = { left: opt.left, pctForm: f, headerStyle: opt.headerStyle, colNumbers: opt.colNumbers };
  t = writeTable(ws2, {
    key: 't31', kind: 'pengukuran', year: 2022, title: [`Tabel 3.1 Capaian IKU Sasaran Strategis${opt.titleYear || ''}`],
    cols: [
      { role: 'no', h: 'No.', w: 5 },
      { role: 'sasaran', h: 'Sasaran Strategis', w: 45 },
      { role: 'indikator', h: 'Indikator Kinerja Utama', w: 60 },
      { role: 'satuan', h: 'Satuan', w: 8 },
      { role: 'target', h: 'Target', w: 11 },
      { role: 'realisasi', h: 'Realisasi', w: 11 },
      { role: 'capaian', h: 'Kinerja (%)', w: 12 },
    ],
    groups: indsOf(SAROLANGUN.t31, ['satuan', 'target', 'realisasi', 'capaian']),
  }, { ...o, top: opt.top });
  tables.push(t);
  const cols3 = (s, i, k) => [
    { role: 'no', h: 'No.', w: 5 },
    { role: 'sasaran', h: s, w: 45 },
    { role: 'indikator', h: i, w: 60 },
    { role: 'target', h: 'Target', w: 11 },
    { role: 'realisasi', h: 'Realisasi', w: 11 },
    { role: 'capaian', h: k, w: 12 },
  ];
  t = writeTable(ws2, { key: 't32', kind: 'pengukuran', year: 2022, title: [`Tabel 3.2 Capaian IKU Sasaran Program${opt.titleYear || ''}`], cols: cols3('Sasaran Program', 'Indikator Kinerja Program', 'Kinerja'), groups: indsOf(SAROLANGUN.t32, ['target', 'realisasi', 'capaian']) }, { ...o, top: t.next + 2 });
  tables.push(t);
  t = writeTable(ws2, { key: 't33', kind: 'pengukuran', year: 2022, title: [`Tabel 3.3 Capaian IKU Sasaran Kegiatan${opt.titleYear || ''}`], cols: cols3('Sasaran Kegiatan', 'Indikator Kinerja Kegiatan', 'Kinerja'), groups: indsOf(SAROLANGUN.t33, ['target', 'realisasi', 'capaian']) }, { ...o, top: t.next + 2 });
  tables.push(t);
  t = writeTable(ws2, {
    key: 't34', kind: 'pengukuran', year: 2022, title: [`Tabel 3.4 Capkin pada Indikator Kinerja Nilai Kinerja Anggaran${opt.titleYear || ''}`],
    cols: [
      { role: 'no', h: 'No', w: 5 },
      { role: 'indikator', h: 'Indikator Kinerja', w: 60 },
      { role: 'target', h: 'Target', w: 12 },
      { role: 'realisasi', h: 'Realisasi', w: 12 },
      { role: 'capaian', h: 'Kinerja (%)', w: 12 },
    ],
    sasaranMerged: false,
    groups: SAROLANGUN.t34.map(([key, name, target, realisasi, capaian], i) => ({ no: `${i + 1}`, inds: [{ key, name, v: { target, realisasi, capaian } }] })),
  }, { ...o, top: t.next + 2 });
  tables.push(t);
  return { wb, tables };
}

/** Kerobokan: the Rencana Aksi layout (TW I-IV rows, budgets with SUM formulas, notes). */
const RA_FILL = 'FFE2EFDA';

/** The Rencana Aksi header at row r (two rows unless `single`). */
function writeKerobokanHeader(ws, L, r, opt, hs) {
  // columns (relative): 0 sasaran, 1 indikator, 2 target, 3 rumus, 4 kegiatan, 5 pagu, 6 penarikan, 7 realisasi anggaran,
  // 8-9 rencana kegiatan (TW, uraian), 10-11 capaian (TW, uraian), 12 data dukung, 13 status, 14 keterangan
  const H = [
    ['SASARAN KEGIATAN', 36], ['INDIKATOR KINERJA', 50], [opt.targetHeader || 'TARGET KINERJA', 10], ['RUMUS PERHITUNGAN', 40], ['KEGIATAN', 18],
    ['PAGU', 16], ['RENCANA PENARIKAN DANA', 16], ['REALISASI ANGGARAN', 16],
  ];
  const single = !!opt.singleHeader;
  const tall = (h, c0, w) => {
    ws.getColumn(L + c0).width = w;
    put(ws, r, L + c0, hs(h), 'text', { bold: true, align: 'center', valign: 'middle', fill: RA_FILL });
    if (!single) {
      put(ws, r + 1, L + c0, null, 'text', { fill: RA_FILL });
      merge(ws, r, L + c0, r + 1, L + c0);
    }
  };
  H.forEach(([h, w], i) => tall(h, i, w));
  [['RENCANA KEGIATAN', 8], ['CAPAIAN', 10]].forEach(([h, c0]) => {
    put(ws, r, L + c0, hs(h), 'text', { bold: true, align: 'center', fill: RA_FILL });
    put(ws, r, L + c0 + 1, null, 'text', { fill: RA_FILL });
    // one header row: the name spans the TW column and the text column (as the document prints it)
    merge(ws, r, L + c0, r, L + c0 + 1);
    if (!single) {
      put(ws, r + 1, L + c0, 'TW', 'text', { bold: true, align: 'center', fill: RA_FILL });
      put(ws, r + 1, L + c0 + 1, 'Uraian', 'text', { bold: true, align: 'center', fill: RA_FILL });
    }
    ws.getColumn(L + c0).width = 8;
    ws.getColumn(L + c0 + 1).width = 40;
  });
  [['DATA DUKUNG', 12, 22], ['STATUS Pelaksanaan', 13, 14], ['KETERANGAN', 14, 40]].forEach(([h, c0, w]) => tall(h, c0, w));
  return r + (single ? 1 : 2);
}

/** The TW rows of one indicator; returns their sheet rows. */
function writeKerobokanTw(ws, L, r, ind, n) {
  const twRows = [];
  for (let k = 0; k < n; k++) {
    const rr = r + k;
    twRows.push(rr);
    for (let c = 0; c < 15; c++) put(ws, rr, L + c, null, 'text');
    const dana = ind.dana ? ind.dana[k] : null;
    put(ws, rr, L + 6, ind.dana ? (dana === 0 ? '-' : M(dana)) : '-', 'text', { align: 'right' });
    put(ws, rr, L + 7, ind.dana ? (dana === 0 ? '-' : M(dana)) : '-', 'text', { align: 'right' });
    put(ws, rr, L + 8, TW[k], 'text', { align: 'center' });
    const rk = ind.rkTw ? ind.rkTw[k] : ind.rk;
    put(ws, rr, L + 9, rk || null, 'text');
    // capaian TW label: the document repeats TW III on the integrasi TW IV row (line 58)
    const capLabel = ind.key === 'integrasi' && k === 3 ? 'TW III' : TW[k];
    put(ws, rr, L + 10, capLabel, 'text', { align: 'center' });
    const cap = ind.capTw ? (ind.capTw[k] ? ind.cap : null) : ind.cap;
    put(ws, rr, L + 11, cap || null, 'text');
    const dd = ind.ddTw ? (ind.ddTw[k] ? ind.dd : null) : ind.dd;
    put(ws, rr, L + 12, dd || null, 'text');
  }
  return twRows;
}

/** One indicator: its TW rows, name/target/rumus/kegiatan/PAGU merged over them; returns the next row. */
function writeKerobokanIndicator(ws, L, r, g, ind, s) {
  const n = ind.tws || 4;
  const iTop = r;
  const twRows = writeKerobokanTw(ws, L, r, ind, n);
  put(ws, iTop, L + 1, ind.name, 'text');
  put(ws, iTop, L + 2, ind.target === null ? null : P(ind.target), s.targetForm, { align: 'center' });
  put(ws, iTop, L + 3, ind.rumus || null, 'text');
  put(ws, iTop, L + 4, ind.kegiatan, 'text');
  if (ind.dana) {
    const sum = ind.dana.reduce((a, b) => a + b, 0);
    const ref = `${colLetter(L + 6)}${iTop}:${colLetter(L + 6)}${iTop + n - 1}`;
    put(ws, iTop, L + 5, F(`SUM(${ref})`, sum), 'text', { align: 'right' });
    s.paguCells.push({ cell: A1(iTop, L + 5), value: sum });
  } else {
    put(ws, iTop, L + 5, '-', 'text', { align: 'right' });
  }
  if (s.inds.length === 0) put(ws, iTop, L + 14, KEROBOKAN.keteranganUmum, 'text');
  for (const c of [1, 2, 3, 4, 5]) merge(ws, iTop, L + c, iTop + n - 1, L + c);
  s.inds.push({ key: ind.key, name: ind.name, sasaran: g.sasaran, row: iTop, valueRow: iTop, twRows });
  return r + n;
}

function buildKerobokan(opt) {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(opt.sheet);
  const hs = HEADER_STYLES[opt.headerStyle || 'asIs'];
  const L = opt.left;
  let r = opt.top;
  const titleRows = [];
  for (const line of ['RENCANA AKSI PERJANJIAN KINERJA TAHUN ANGGARAN 2024', 'LEMBAGA PEMASYARAKATAN KELAS II A KEROBOKAN']) {
    const c = put(ws, r, L, line, 'text', { bold: true, border: false, wrap: false });
    c.font = { bold: true, size: 12 };
    titleRows.push(r);
    r++;
  }
  r++;
  const headerRow = r;
  const single = !!opt.singleHeader;
  r = writeKerobokanHeader(ws, L, r, opt, hs);
  const dataTop = r;
  const s = { inds: [], paguCells: [], targetForm: opt.targetForm };
  for (const g of KEROBOKAN.groups) {
    const gTop = r;
    for (const ind of g.inds) r = writeKerobokanIndicator(ws, L, r, g, ind, s);
    put(ws, gTop, L, g.sasaran, 'text');
    merge(ws, gTop, L, r - 1, L);
  }
  // JUMLAH row: total of PAGU, a formula over the indicators' PAGU cells
  const total = s.paguCells.reduce((a, p) => a + p.value, 0);
  put(ws, r, L, 'JUMLAH', 'text', { bold: true });
  for (let c = 1; c < 15; c++) put(ws, r, L + c, null, 'text');
  merge(ws, r, L, r, L + 4);
  put(ws, r, L + 5, F(s.paguCells.map((p) => p.cell).join('+'), total), 'text', { bold: true, align: 'right' });
  const totalRow = r;
  r++;
  put(ws, r + 1, L + 11, 'Badung, 29 Januari 2024', 'text', { border: false, wrap: false });
  put(ws, r + 2, L + 11, 'Kepala', 'text', { border: false, wrap: false });
  put(ws, r + 6, L + 11, 'RM Kristyo Nugroho', 'text', { border: false, wrap: false });
  const cols = { sasaran: colLetter(L), indikator: colLetter(L + 1), target: colLetter(L + 2), keterangan: colLetter(L + 14) };
  return {
    wb,
    tables: [{
      key: 'ra', sheet: ws.name, kind: 'rencana-aksi', year: 2024, titleRows, headerRow, headerRows: single ? 1 : 2, colNumberRow: null, dataTop,
      lastRow: totalRow - 1, range: `${A1(headerRow, L)}:${A1(totalRow - 1, L + 14)}`, columns: cols, years: {},
      budget: [colLetter(L + 5), colLetter(L + 6), colLetter(L + 7)], sections: [], indicators: s.inds,
      totalRow, totalCell: A1(totalRow, L + 5), paguCells: s.paguCells,
    }],
  };
}

// ------------------------------------------------------------------ the cases of issue 15
// Workbooks for the ways staff write reports that the engine once missed (docs/aturan.md
// "Values", "Capaian", "Layouts"); numbers from the seeds, line numbers in tests/fixtures/README.md.

/** A column of writeTable: role, header text, width. */
const col = (role, h, w) => ({ role, h, w });

/** Seed 001, the 2023-vs-2022 tables (Tabel III.3 and the like), one row per indicator: [key, name, 2023 T R C, 2022 T R C, line]. */
const KUP_DUA_TAHUN = [
  ['makanan', 'Persentase pemenuhan layanan makanan bagi tahanan /Narapidana/anak sesuai dengan standar', 80, 100, 125, 75, 100, 133.33, 676],
  ['preventif', 'Persentase Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif)', 94, 100, 106, 93, 100, 107, 738],
  ['maternal', 'Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal', 97, 97, 100, 96, 96, 100, 806],
  ['mental', 'Persentase Tahanan/Narapidana/Anak yang mengalami gangguan mental dapat tertangani', 80, 100, 125, 70, 100, 142, 868],
  ['lansia', 'Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar', 85, 100, 117, 80, 100, 125, 936],
  ['disabilitas', 'Persentase tahanan/narapidana/anak berkebutuhan khusus (Disabilitas) yang mendapatkan layanan kesehatan sesuai standar', 85, 100, 117, 80, 100, 125, 1004],
  ['hiv', 'Persentase keberhasilan penanganan penyakit menular HIV-AIDS (ditekan jumlah', 80, 100, 125, 70, 100, 142, 1066],
  ['narkotika', 'Persentase perubahan kualitas hidup pecandu/penyalahguna/korban penyalahgunaan narkotika', 27, 27, 100, 25, 25, 100, 1128],
  ['overstaying', 'Persentase Menurunnya Tahanan yang overstaying', 90, 91, 113, 80, 80, 100, 1196],
  ['penyuluhan', 'Persentase Tahanan yang memperoleh layanan penyuluhan hukum', 90, 100, 111, 80, 100, 125, 1254],
  ['bantuan', 'Persentase Tahanan yang memperoleh fasilitas bantuan hukum', 90, 100, 111, 80, 100, 125, 1315],
  ['pengaduan', 'Persentase Pengaduan Yang Ditindaklanjuti Sesuai Standar', 85, 85, 100, 80, 80, 100, 1382],
  ['gangguan', 'Persentase Gangguan Kamtib Yang Dapat Dicegah', 80, 100, 125, 70, 100, 144, 1443],
  ['kepatuhan', 'Persentase Kepatuhan Dan Disiplin Terhadap Tata Tertib Oleh Tahanan/Narapidana/ Anak Pelaku Gangguan Kamtib', 85, 100, 117, 80, 100, 125, 1502],
  ['pemulihan', 'Persentase Pemulihan Kondisi Keamanan Pasca Gangguan Kamtib Secara Tuntas', 80, 100, 125, 70, 100, 142, 1565],
];

/** Case: a two-year table (`2023` and `2022` each over Target Realisasi Capaian). */
function buildDuaTahun(opt) {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(opt.sheet);
  const cols = [
    col('no', 'No', 5),
    col('indikator', 'Indikator', 62),
    ...['target', 'realisasi', 'capaian'].map((r) => ({ role: r, h: r.charAt(0).toUpperCase() + r.slice(1), group: '2023', w: 11 })),
    ...['target', 'realisasi', 'capaian'].map((r) => ({ role: `y2022:${r}`, h: r.charAt(0).toUpperCase() + r.slice(1), group: '2022', w: 11 })),
  ];
  const groups = KUP_DUA_TAHUN.map(([key, name, t, re, c, t2, re2, c2], i) => ({
    no: `${i + 1}`,
    inds: [{ key, name, v: { target: P(t), realisasi: P(re), capaian: P(c), 'y2022:target': P(t2), 'y2022:realisasi': P(re2), 'y2022:capaian': P(c2) } }],
  }));
  const t = writeTable(ws, { key: 'dua', kind: 'pengukuran', year: 2023, title: opt.title, cols, sasaranMerged: false, groups },
    { top: opt.top, left: opt.left, pctForm: opt.form, headerStyle: opt.headerStyle });
  return { wb, tables: [t] };
}

/**
 * Seed 002, the count tables behind Tabel 3.1 (lines 610-654): Jumlah WBP / Perawatan yang
 * diberikan per indicator, the realisasi a formula over them with its cached result.
 * [key, name, target (Tabel 3.1), jumlah WBP, diberikan, stated capaian (Tabel 3.1)]
 */
const BPP_HITUNGAN = [
  ['makanan', 'Persentase Pemenuhan Layanan Makanan', 75, 300760, 389455, 172],
  ['hiv', 'Persentase keberhasilan penanganan HIV-AIDS', 70, 7, 7, 142],
  ['narkotika', 'Persentase Perubahan Kualitas Hidup Pecandu/Penyalahguna/Korban penyalahgunaan Narkotika', 25, 0, 0, 0],
  ['overstaying', 'Persentase Overstaying', 80, 111, 111, 125],
];

/** Case: realisasi computed from count columns by a formula (a result of 0 is 0), zero cases from the counts. */
function buildHitungan(opt) {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(opt.sheet);
  const cols = [col('no', 'NO', 5), col('indikator', 'INDIKATOR', 56), col('target', opt.points ? 'TARGET (%)' : 'Target', 11), col('count:jumlah', 'Jumlah WBP', 12), col('count:diberikan', 'Perawatan yang diberikan', 14), col('realisasi', opt.points ? 'REALISASI (%)' : 'Realisasi', 12), col('capaian', opt.points ? 'CAPAIAN (%)' : 'Capaian', 12)];
  const scale = opt.points ? '*100' : '';
  const groups = BPP_HITUNGAN.map(([key, name, target, jumlah, diberikan, capaian], i) => {
    const ratio = jumlah === 0 ? 0 : (diberikan / jumlah) * (opt.points ? 100 : 1);
    const f = (r, colOf) => `IFERROR(${A1(r, colOf['count:diberikan'])}/${A1(r, colOf['count:jumlah'])}${scale},0)`;
    return {
      no: `${i + 1}.`,
      inds: [{
        key, name,
        v: {
          target: opt.points ? N(target) : P(target),
          'count:jumlah': N(jumlah),
          'count:diberikan': N(diberikan),
          realisasi: F(f, ratio, opt.points ? '0.00' : '0.00%'),
          capaian: opt.points ? N(capaian) : P(capaian),
        },
      }],
    };
  });
  const t = writeTable(ws, { key: 'hitungan', kind: 'pengukuran', year: 2022, title: opt.title, cols, sasaranMerged: false, groups },
    { top: opt.top, left: opt.left, pctForm: 'frac', headerStyle: opt.headerStyle });
  return { wb, tables: [t] };
}

/** Case: targets written with a comparison or typed with an apostrophe (seed 001 Tabel III.1, lines 608-619, the targets' numbers). */
function buildTargetBanding(opt) {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(opt.sheet);
  const forms = opt.forms;
  const rows = KUPANG.p2023[0].concat(KUPANG.p2023[1]);
  const groups = rows.map(([key, name, target, realisasi, capaian], i) => ({
    no: `${i + 1}.`,
    inds: [{ key, name, v: { target: forms[i % forms.length](target.p), realisasi, capaian } }],
  }));
  const cols = [col('no', 'No', 5), col('indikator', 'Indikator', 62), col('target', 'Target', 14), col('realisasi', 'Realisasi', 12), col('capaian', 'Capaian', 12)];
  const t = writeTable(ws, { key: 'banding', kind: 'pengukuran', year: 2023, title: opt.title, cols, sasaranMerged: false, groups },
    { top: opt.top, left: opt.left, pctForm: opt.form, headerStyle: opt.headerStyle });
  return { wb, tables: [t] };
}

/** Case: an indicator name split by a page break, the header repeated between its halves (seed 001 lines 623-625). */
function buildTerpotong(opt) {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(opt.sheet);
  const t = writeTable(ws, {
    // No/Sasaran not merged: a merge would run over the repeated header
    key: 'terpotong', kind: 'pengukuran', year: 2023, title: opt.title, pageBreakAt: 'pemulihan', pageTitle: opt.pageTitle, sasaranMerged: false,
    cols: [col('no', 'No', 5), col('sasaran', 'Sasaran', 42), col('indikator', 'Indikator', 62), col('target', 'Target', 12), col('realisasi', 'Realisasi', 12), col('capaian', 'Capaian', 12)],
    groups: kupangGroups([KUPANG.p2023[2]], ['target', 'realisasi', 'capaian', 'keterangan']).map((g) => ({ ...g, no: '3.', sasaran: KUP_SASARAN[2] })),
  }, { top: opt.top, left: opt.left, pctForm: opt.form, headerStyle: opt.headerStyle });
  return { wb, tables: [t] };
}

/** Case: rows of money inside a performance table (seed 002 Tabel 3.2's budget figures, lines 466-485). */
function buildAnggaran(opt) {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(opt.sheet);
  const g = BALIKPAPAN.t32[2].inds.filter(([key]) => ['makanan', 'kesehatan', 'hiv'].includes(key));
  const rupiah = (m) => `Rp ${m.m.toLocaleString('de-DE')}`;
  const inds = [];
  for (const [key, name, target, realisasi, capaian, pagu, realRp] of g) {
    // the close case: a money amount in the Keterangan of an indicator is not a row of money
    inds.push({ key, name, v: { target, realisasi, capaian, keterangan: key === 'makanan' ? `Pagu ${rupiah(pagu)} terserap penuh` : null } });
    inds.push({ key: `${key}-anggaran`, name: opt.moneyName, v: { target: opt.rupiahText ? rupiah(pagu) : pagu, realisasi: opt.rupiahText ? rupiah(realRp) : realRp, capaian: null, keterangan: null } });
  }
  const cols = [col('no', 'NO', 5), col('indikator', 'INDIKATOR KINERJA', 56), col('target', 'TARGET (%)', 16), col('realisasi', 'REALISASI (%)', 16), col('capaian', 'CAPAIAN (%)', 12), col('keterangan', 'KETERANGAN', 36)];
  const groups = inds.map((ind, i) => ({ no: ind.key.endsWith('-anggaran') ? null : `${Math.floor(i / 2) + 1}`, inds: [ind] }));
  const t = writeTable(ws, { key: 'anggaran', kind: 'pengukuran', year: 2022, title: opt.title, cols, sasaranMerged: false, groups },
    { top: opt.top, left: opt.left, pctForm: 'points', headerStyle: opt.headerStyle });
  t.indicators = t.indicators.filter((i) => !i.key.endsWith('-anggaran'));
  return { wb, tables: [t] };
}

// ------------------------------------------------------------------ the fixtures
const FIXTURES = [
  {
    file: 'soe-2023.xlsx', seed: 'soe',
    build: () => buildSoe({ pkSheet: 'PK 2023', prevSheet: 'Capaian 2022', top: 1, left: 1, prevTop: 1, prevLeft: 1, pkForm: 'frac', prevForm: 'text', prevTitle: ['A. Capaian Kinerja Tahun Sebelumnya (2022)'] }),
  },
  {
    file: 'variants/soe-2023-sheet1.xlsx', seed: 'soe', variant: true,
    // other sheet names (year only in the titles), table at C7, header case, column-number row, text vs fraction swapped
    build: () => buildSoe({ pkSheet: 'Sheet1', prevSheet: 'Sheet2', pkTitle: 'PERJANJIAN KINERJA TAHUN 2023', top: 7, left: 3, prevTop: 4, prevLeft: 2, pkForm: 'textSp', prevForm: 'frac', headerStyle: 'upper', colNumbers: true, prevTitle: ['CAPAIAN KINERJA TAHUN 2022'] }),
  },
  {
    file: 'variants/soe-2023-rkt.xlsx', seed: 'soe', variant: true,
    // everything on one sheet 'RKT 2023' in the document's order; the 2022 table says its year in its title
    build: () => buildSoe({ oneSheet: true, pkSheet: 'RKT 2023', top: 3, left: 2, pkForm: 'text', prevForm: 'textDot', headerStyle: 'title', prevTitle: ['A. Capaian Kinerja Tahun 2022'], pkTitle: 'B. Penetapan Kinerja (PK) Tahun 2023' }),
  },
  {
    file: 'kupang-2023.xlsx', seed: 'kupang',
    build: () => buildKupang({
      sheets: { pk: 'PK 2023', p2023: 'Pengukuran 2023', p2022: 'Pengukuran 2022', renstra: 'Renstra' },
      titles: { pk: ['Perjanjian Kinerja Rutan Kelas IIB Kupang Tahun 2023'], p2023: ['Tabel III.1 Target Pencapaian Kinerja Tahun 2023'], p2022: ['Realisasi dan Capaian Kinerja Tahun 2022'], renstra: ['Target Jangka Menengah (Renstra 2020-2024)'] },
      top: 1, left: 1, form: 'frac',
    }),
  },
  {
    file: 'variants/kupang-2023-lkjip.xlsx', seed: 'kupang', variant: true,
    // sheet names without years, table at C7, text percentages with comma decimals, broken headers, (1)(2)(3) row
    build: () => buildKupang({
      sheets: { pk: 'PK', p2023: 'Tabel 3.1', p2022: 'LKjIP 2022', renstra: 'Target Jangka Menengah' },
      titles: { pk: ['PERJANJIAN KINERJA TAHUN 2023'], p2023: ['Tabel III.1 Pengukuran Kinerja Tahun 2023', 'Rutan Kelas IIB Kupang'], p2022: ['Capaian Kinerja Tahun 2022'], renstra: ['Renstra Rutan Kupang 2020-2024'] },
      top: 7, left: 3, form: 'text', form2022: 'textDot', headerStyle: 'broken', colNumbers: true, pkTargetHeader: 'TARGET 2023',
    }),
  },
  {
    file: 'variants/kupang-2023-poin.xlsx', seed: 'kupang', variant: true,
    // percent points under '(%)' headers (80, 133.33), no titles at all: the year only in the sheet names
    build: () => buildKupang({
      sheets: { pk: 'PK Rutan Kupang 2023', p2023: 'Capaian Kinerja 2023', p2022: '2022', renstra: 'Renstra 2020-2024' },
      titles: {}, top: 2, left: 2, form: 'points', renstraForm: 'text', pctHeaders: true, headerStyle: 'title',
    }),
  },
  {
    file: 'balikpapan-2022.xlsx', seed: 'balikpapan',
    build: () => buildBalikpapan({
      sheets: { t31: 'Capaian PK 2022', t32: 'Kinerja dan Anggaran 2022' }, top: 1, left: 1, form: 'points',
      title31: 'Tabel 3.1 Capaian Perjanjian Kinerja Rumah Tahanan Negara Kelas IIB Balikpapan', title32: 'Tabel 3.2 Capaian Kinerja dan Anggaran Rumah Tahanan Negara Kelas IIB Balikpapan',
      h: { target: 'TARGET (%)', realisasi: 'REALISASI (%)', capaian: 'CAPAIAN (%)' },
    }),
  },
  {
    file: 'variants/balikpapan-2022-lkjip.xlsx', seed: 'balikpapan', variant: true,
    // both tables on one sheet 'LKjIP' (year only in the titles), table at B5, lower-case broken headers, no merge on section rows
    build: () => buildBalikpapan({
      sheets: { t31: 'LKjIP', t32: 'LKjIP' }, top: 5, left: 2, form: 'points', headerStyle: 'asIs', noSectionMerge: true,
      title31: 'Tabel 3.1 Capaian Perjanjian Kinerja Tahun 2022', title32: 'Tabel 3.2 Capaian Kinerja dan Anggaran Tahun 2022',
      h: { target: 'Target\n(%)', realisasi: 'realisasi  (%)', capaian: '% Capaian' },
    }),
  },
  {
    file: 'variants/balikpapan-2022-persen.xlsx', seed: 'balikpapan', variant: true,
    // the same numbers as percent-formatted fractions (0.8 shown 80%) under headers without '(%)'
    build: () => buildBalikpapan({
      sheets: { t31: 'Tabel 3.1', t32: 'Tabel 3.2 (2022)' }, top: 3, left: 1, form: 'pointsAsFrac',
      title31: 'Capaian Perjanjian Kinerja Tahun 2022', title32: 'Capaian Kinerja dan Anggaran Tahun 2022',
      h: { target: 'Target', realisasi: 'Realisasi', capaian: 'Capaian' },
    }),
  },
  {
    file: 'sarolangun-2022.xlsx', seed: 'sarolangun',
    build: () => buildSarolangun({ sheets: { pk: 'PK 2022', capaian: 'Capaian Kinerja 2022' }, top: 1, left: 1, form: 'text' }),
  },
  {
    file: 'variants/sarolangun-2022-sheet1.xlsx', seed: 'sarolangun', variant: true,
    // percent-formatted fractions instead of text, sheet names without years, table at C7, upper-case headers
    build: () => buildSarolangun({ sheets: { pk: 'Sheet1', capaian: 'Sheet2' }, pkTitle: 'PERJANJIAN KINERJA', titleYear: ' Tahun 2022', top: 7, left: 3, form: 'frac', headerStyle: 'upper', colNumbers: true }),
  },
  {
    file: 'kerobokan-ra-2024.xlsx', seed: 'kerobokan',
    build: () => buildKerobokan({ sheet: 'Rencana Aksi 2024', top: 1, left: 1, targetForm: 'frac' }),
  },
  // ---- the cases of issue 15, each with a variant the recogniser was not written against
  {
    file: 'kupang-2023-dua-tahun.xlsx', seed: 'kasus-dua-tahun',
    build: () => buildDuaTahun({ sheet: 'Perbandingan 2023', title: ['Tabel III.3 Perbandingan Realisasi dan Capaian Kinerja Tahun 2023 dan 2022'], top: 1, left: 1, form: 'frac' }),
  },
  {
    file: 'variants/kupang-2023-dua-tahun-teks.xlsx', seed: 'kasus-dua-tahun', variant: true,
    // sheet 'Bab III' at C4, text percentages with a dot ('133.33%'), upper-case headers, no title
    build: () => buildDuaTahun({ sheet: 'Bab III 2023', top: 4, left: 3, form: 'textDot', headerStyle: 'upper' }),
  },
  {
    file: 'balikpapan-2022-hitungan.xlsx', seed: 'kasus-hitungan',
    build: () => buildHitungan({ sheet: 'Capaian Kegiatan 2022', title: ['Capaian Indikator Kinerja Kegiatan Tahun 2022'], top: 1, left: 1, points: true }),
  },
  {
    file: 'variants/balikpapan-2022-hitungan-persen.xlsx', seed: 'kasus-hitungan', variant: true,
    // percent-formatted fractions: the formula gives 1.2949 shown 129.49%; sheet 'Sheet1' at B3, title-case headers
    build: () => buildHitungan({ sheet: 'Sheet1', title: ['Realisasi Kinerja Tahun 2022'], top: 3, left: 2, points: false, headerStyle: 'title' }),
  },
  {
    file: 'kupang-2023-target-banding.xlsx', seed: 'kasus-target-banding',
    build: () => buildTargetBanding({ sheet: 'Pengukuran 2023', title: ['Tabel III.1 Target Pencapaian Kinerja Tahun 2023'], top: 1, left: 1, form: 'frac',
      forms: [(v) => `≥ ${v}%`, (v) => `>= ${v}%`, (v) => `minimal ${v}%`, (v) => `'${v}%`, (v) => `min. ${v}%`, (v) => `± ${v}%`] }),
  },
  {
    file: 'variants/kupang-2023-target-banding-b.xlsx', seed: 'kasus-target-banding', variant: true,
    // other spellings ('Minimal 80 %', 'paling sedikit', 'kurang lebih'), text realisasi, sheet 'Tabel 3.1' at D6
    build: () => buildTargetBanding({ sheet: 'Tabel 3.1', title: ['PENGUKURAN KINERJA TAHUN 2023'], top: 6, left: 4, form: 'text', headerStyle: 'upper',
      forms: [(v) => `Minimal ${v} %`, (v) => `paling sedikit ${v}%`, (v) => `kurang lebih ${v}%`, (v) => `’${v}%`, (v) => `≥${v}%`] }),
  },
  {
    file: 'balikpapan-2022-anggaran.xlsx', seed: 'kasus-anggaran',
    build: () => buildAnggaran({ sheet: 'Kinerja 2022', title: ['Tabel 3.2 Capaian Kinerja dan Anggaran Tahun 2022'], top: 1, left: 1, rupiahText: true, moneyName: 'Realisasi anggaran' }),
  },
  {
    file: 'variants/balikpapan-2022-anggaran-pagu.xlsx', seed: 'kasus-anggaran', variant: true,
    // the money as '#,##0' numbers under rows named 'Pagu', sheet 'LKjIP' at B5, lower-case headers
    build: () => buildAnggaran({ sheet: 'LKjIP 2022', title: ['Capaian Kinerja dan Anggaran'], top: 5, left: 2, rupiahText: false, moneyName: 'Pagu', headerStyle: 'lower' }),
  },
  {
    file: 'kupang-2023-terpotong.xlsx', seed: 'kasus-terpotong',
    build: () => buildTerpotong({ sheet: 'Pengukuran 2023', title: ['Tabel III.1 Target Pencapaian Kinerja Tahun 2023'], top: 1, left: 1, form: 'frac' }),
  },
  {
    file: 'variants/kupang-2023-terpotong-halaman.xlsx', seed: 'kasus-terpotong', variant: true,
    // a page title between the halves ('Halaman 12'), the table at B6, text percentages, upper-case headers
    build: () => buildTerpotong({ sheet: 'Sheet1', title: ['CAPAIAN KINERJA TAHUN 2023'], pageTitle: 'Halaman 12', top: 6, left: 2, form: 'text', headerStyle: 'upper' }),
  },
  {
    file: 'variants/kerobokan-ra-2024-sheet1.xlsx', seed: 'kerobokan', variant: true,
    build: () => buildKerobokan({ sheet: 'Sheet1', top: 4, left: 2, targetForm: 'textSp', headerStyle: 'title', targetHeader: 'Target  Kinerja', singleHeader: true }),
  },
];

async function main() {
  const t0 = Date.now();
  fs.mkdirSync(VAR, { recursive: true });
  fs.mkdirSync(SAMPLES, { recursive: true });
  const manifest = { generatedBy: 'scripts/build-fixtures.js', fixtures: {} };
  for (const fx of FIXTURES) {
    const { wb, tables } = fx.build();
    const out = path.join(FIX, fx.file);
    await wb.xlsx.writeFile(out);
    manifest.fixtures[fx.file] = {
      seed: fx.seed,
      variant: !!fx.variant,
      sheets: wb.worksheets.map((w) => w.name),
      tables: tables.map(({ next, ...rest }) => rest),
    };
  }
  fs.copyFileSync(path.join(FIX, 'kupang-2023.xlsx'), path.join(SAMPLES, 'kupang-2023.xlsx'));
  fs.writeFileSync(path.join(FIX, 'manifest.json'), JSON.stringify(manifest) + '\n');
  console.log(`${FIXTURES.length} buku kerja ditulis ke tests/fixtures (+ samples/kupang-2023.xlsx) dalam ${Date.now() - t0} ms`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
