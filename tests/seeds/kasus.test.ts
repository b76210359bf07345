/**
 * The ways staff write reports that the engine once missed (issue 15; docs/aturan.md "Values",
 * "Capaian", "Layouts"), on workbooks built by scripts/build-fixtures.js from the seeds, each
 * with an unseen variant (other sheet names, offsets, value forms). Numbers worked out by hand
 * from the seed lines in tests/fixtures/README.md (comments).
 */
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { toPeriksaJson } from '../../src/core/report';
import type { ExpFinding, ExpInd } from './harness';
import { checkFindings, checkRecognised, checkTable, FIXTURES, fixturesOf, itemOf, load, pct } from './harness';

const ok = (t: number, r: number, s: number, c: number): ExpInd => ({ target: pct(t), realisasi: pct(r), tertulis: s, capaian: c, status: 'ok' });

// ---------------------------------------------------------------- two-year table (seed 001)
// The 2023-vs-2022 tables, lines 676 ... 1565: [2023 T R C | 2022 T R C]
const DUA_2023: Record<string, ExpInd> = {
  makanan: ok(80, 100, 125, 125), // 100 / 80 x 100 = 125 (line 676)
  preventif: ok(94, 100, 106, (100 / 94) * 100), // 106.383, stated 106 (line 738)
  maternal: ok(97, 97, 100, 100), // line 806
  mental: ok(80, 100, 125, 125), // line 868
  lansia: ok(85, 100, 117, (100 / 85) * 100), // 117.647, stated 117 (line 936)
  disabilitas: ok(85, 100, 117, (100 / 85) * 100), // line 1004
  hiv: ok(80, 100, 125, 125), // line 1066
  narkotika: ok(27, 27, 100, 100), // line 1128
  overstaying: ok(90, 91, 113, (91 / 90) * 100), // 101.111, stated 113: 11.89 points off (line 1196)
  penyuluhan: ok(90, 100, 111, (100 / 90) * 100), // 111.111 (line 1254)
  bantuan: ok(90, 100, 111, (100 / 90) * 100), // line 1315
  pengaduan: ok(85, 85, 100, 100), // line 1382
  gangguan: ok(80, 100, 125, 125), // line 1443
  kepatuhan: ok(85, 100, 117, (100 / 85) * 100), // line 1502
  pemulihan: ok(80, 100, 125, 125), // line 1565
};
// [tahun, target, realisasi, capaian computed, capaian stated]
const DUA_2022: Record<string, [number, number, number, number]> = {
  makanan: [75, 100, (100 / 75) * 100, 133.33], // 133.333, stated 133.33
  preventif: [93, 100, (100 / 93) * 100, 107], // 107.527
  maternal: [96, 96, 100, 100],
  mental: [70, 100, (100 / 70) * 100, 142], // 142.857, stated 142 (0.857 off: agrees)
  lansia: [80, 100, 125, 125],
  disabilitas: [80, 100, 125, 125],
  hiv: [70, 100, (100 / 70) * 100, 142],
  narkotika: [25, 25, 100, 100],
  overstaying: [80, 80, 100, 100],
  penyuluhan: [80, 100, 125, 125],
  bantuan: [80, 100, 125, 125],
  pengaduan: [80, 80, 100, 100],
  gangguan: [70, 100, (100 / 70) * 100, 144], // 142.857, stated 144: 1.14 points off
  kepatuhan: [80, 100, 125, 125],
  pemulihan: [70, 100, (100 / 70) * 100, 142],
};

describe.each(fixturesOf('kasus-dua-tahun'))('two-year table: %s', (file) => {
  test('the 2023 block is the indicator, exact values', async () => {
    const l = await load(file);
    checkRecognised(l);
    checkTable(l, 'dua', DUA_2023, { sasaran: false });
  });

  test('the 2022 block is reported as sebelumnya, exact values', async () => {
    const l = await load(file);
    const json = toPeriksaJson(l.analysis);
    for (const [key, [t, r, c, s]] of Object.entries(DUA_2022)) {
      const { ind } = itemOf(l, 'dua', key);
      const j = json.tables[0].indicators.find((x) => x.row === ind.row)!;
      expect({ key, s: 'sebelumnya' in j ? j.sebelumnya : null }).toEqual({
        key,
        s: { tahun: 2022, target: expect.closeTo(t, 6), realisasi: expect.closeTo(r, 6), capaian: expect.closeTo(c, 6), capaianTertulis: expect.closeTo(s, 6) },
      });
    }
  });

  test('findings: the wrong 2023 capaian and the wrong 2022 capaian on its own cell, nothing else', async () => {
    const l = await load(file);
    checkFindings(l, [
      { rule: 'capaian-tidak-sesuai', table: 'dua', ind: 'overstaying', roles: ['capaian'] },
      // the 2022 block's capaian column (the manifest's 'y2022:capaian': last column of the table)
      { rule: 'capaian-tidak-sesuai', table: 'dua', ind: 'gangguan', why: '2022: 144 stated for 142.86' },
    ]);
    const g = l.analysis.findings.find((f) => f.rule === 'capaian-tidak-sesuai' && f.row === itemOf(l, 'dua', 'gangguan').mi.valueRow)!;
    expect(g.cell.replace(/\d+/, '')).toBe(l.m.tables[0].range.split(':')[1].replace(/\d+/, ''));
  });
});

// ---------------------------------------------------------------- realisasi from count columns (seed 002)
// Count tables lines 612, 633, 645, 653; targets and stated capaian from Tabel 3.1 (lines 451-455)
const HITUNGAN: Record<string, ExpInd> = {
  // 389.455 / 300.760 x 100 = 129.4903; / 75 x 100 = 172.6537, stated 172
  makanan: ok(75, (389455 / 300760) * 100, 172, (389455 / 300760 / 75) * 100 * 100),
  hiv: ok(70, 100, 142, (100 / 70) * 100), // 7 / 7 = 100%; 142.857
  // Jumlah WBP 0, Perawatan yang diberikan 0: nothing to measure, N/A (not 0)
  narkotika: { target: pct(25), tertulis: 0, capaian: null, status: 'na', nihil: true },
  overstaying: ok(80, 100, 125, 125), // 111 / 111 = 100%
};

describe.each(fixturesOf('kasus-hitungan'))('realisasi as a formula over count columns: %s', (file) => {
  test('exact values; 0 of 0 is N/A with the counts as evidence', async () => {
    const l = await load(file);
    checkRecognised(l);
    checkTable(l, 'hitungan', HITUNGAN, { sasaran: false, roles: ['no', 'indikator', 'target', 'realisasi', 'capaian'] });
    const { ind } = itemOf(l, 'hitungan', 'narkotika');
    expect(ind.nihil).toEqual([expect.stringMatching(/^pembilang dan penyebut 0 \([A-Z]+\d+ = 0 dan [A-Z]+\d+ = 0\)$/)]);
  });

  test('findings: nihil-dinilai-nol for 0 of 0; realisasi above 100 and an extreme capaian for makanan; nothing else', async () => {
    const l = await load(file);
    const exp: ExpFinding[] = [
      { rule: 'nihil-dinilai-nol', table: 'hitungan', ind: 'narkotika', roles: ['realisasi', 'capaian'] },
      { rule: 'realisasi-melebihi-100', table: 'hitungan', ind: 'makanan', roles: ['realisasi'] }, // 129.49% of a population
      { rule: 'capaian-ekstrem', table: 'hitungan', ind: 'makanan', roles: ['capaian'] }, // 172.65 > 150
      // 'Persentase Overstaying' reads as lower-is-better and is computed as positive (info), as in balikpapan-2022
      { rule: 'polaritas-perlu-dicek', table: 'hitungan', ind: 'overstaying', roles: ['indikator'] },
    ];
    checkFindings(l, exp);
  });

  // The workbook holds the formula's cached result 0 (<v>0</v>, as Excel writes it); exceljs drops a
  // falsy formula result when it copies the cell model (exceljs issue #2943), so src/xlsx reads
  // `cell.model.result`, where the 0 is kept.
  test('the cached result 0 of the realisasi formula is read as 0, never empty', async () => {
    const l = await load(file);
    expect(itemOf(l, 'hitungan', 'narkotika').ind.realisasi).toMatchObject({ kind: 'percent', value: 0 });
  });
});

// ---------------------------------------------------------------- comparison targets (seed 001)
// Tabel III.1 lines 608-619 (sasaran 1 and 2): the targets' numbers typed as `≥ 80%`, `minimal 97%`, `'85%` ...
const BANDING: Record<string, ExpInd> = {
  makanan: ok(80, 100, 100, 125), // 100 / 80 x 100 = 125, stated 100
  preventif: ok(94, 100, 100, (100 / 94) * 100), // 106.383, stated 100
  maternal: ok(97, 97, 100, 100),
  mental: ok(80, 100, 125, 125),
  lansia: ok(85, 100, 117, (100 / 85) * 100),
  disabilitas: ok(85, 100, 117, (100 / 85) * 100),
  hiv: ok(80, 100, 125, 125),
  narkotika: ok(27, 27, 100, 100),
  overstaying: ok(90, 90, 100, 100),
  penyuluhan: ok(90, 100, 100, (100 / 90) * 100), // 111.111, stated 100
  bantuan: ok(90, 100, 100, (100 / 90) * 100),
};

describe.each(fixturesOf('kasus-target-banding'))('targets with a comparison: %s', (file) => {
  test('read as the number, higher is better, exact values', async () => {
    const l = await load(file);
    checkRecognised(l);
    checkTable(l, 'banding', BANDING, { sasaran: false });
    for (const key of Object.keys(BANDING)) expect({ key, polaritas: itemOf(l, 'banding', key).ind.polaritas }).toEqual({ key, polaritas: 'positif' });
  });

  test('findings: the four stated capaian of 100 that the document gets wrong, no nilai-tidak-terbaca', async () => {
    const l = await load(file);
    checkFindings(l, ['makanan', 'preventif', 'penyuluhan', 'bantuan'].map((ind) => ({ rule: 'capaian-tidak-sesuai', table: 'banding', ind, roles: ['capaian'] })));
  });
});

// ---------------------------------------------------------------- rows of money (seed 002 Tabel 3.2)
// Lines 476-478: makanan 75 129.4 172 (PAGU 7.626.060.000), kesehatan 93 106 132, hiv 70 100 142
const ANGGARAN: Record<string, ExpInd> = {
  makanan: ok(75, 129.4, 172, (129.4 / 75) * 100), // 172.533
  kesehatan: ok(93, 106, 132, (106 / 93) * 100), // 113.978, stated 132
  hiv: ok(70, 100, 142, (100 / 70) * 100),
};

describe.each(fixturesOf('kasus-anggaran'))('rows of money in a performance table: %s', (file) => {
  test('left out with a remark; the money amount in a Keterangan does not make a row of money', async () => {
    const l = await load(file);
    checkRecognised(l);
    checkTable(l, 'anggaran', ANGGARAN, { sasaran: false });
    const t = l.analysis.tables[0];
    expect(t.items).toHaveLength(3);
    expect(t.remarks.filter((r) => /berisi anggaran \(Rupiah\), bukan indikator kinerja/.test(r))).toHaveLength(3);
  });

  test('findings: no capaian for a row of money; the document own mistakes only', async () => {
    const l = await load(file);
    checkFindings(l, [
      { rule: 'realisasi-melebihi-100', table: 'anggaran', ind: 'makanan', roles: ['realisasi'] }, // 129.4
      { rule: 'capaian-ekstrem', table: 'anggaran', ind: 'makanan', roles: ['capaian'] }, // 172.53 > 150
      { rule: 'realisasi-melebihi-100', table: 'anggaran', ind: 'kesehatan', roles: ['realisasi'] }, // 106
      { rule: 'capaian-tidak-sesuai', table: 'anggaran', ind: 'kesehatan', roles: ['capaian'] }, // 132 for 113.98
    ]);
  });
});

// ---------------------------------------------------------------- a name split by a page break (seed 001)
// Tabel III.1 lines 620-625 (sasaran 3), the page break inside `4. Persentase Pemulihan Kondisi` / `Keamanan ...`
const TERPOTONG: Record<string, ExpInd> = {
  pengaduan: ok(85, 85, 100, 100),
  gangguan: ok(80, 100, 100, 125), // stated 100 for 125
  kepatuhan: ok(85, 100, 100, (100 / 85) * 100), // stated 100 for 117.65
  pemulihan: ok(80, 100, 100, 125), // stated 100 for 125, on the row after the repeated header
};

describe.each(fixturesOf('kasus-terpotong'))('a name split by a page break: %s', (file) => {
  test('one indicator with the joined name, its values from the row after the repeated header', async () => {
    const l = await load(file);
    checkRecognised(l);
    checkTable(l, 'terpotong', TERPOTONG);
    const { ind, mi } = itemOf(l, 'terpotong', 'pemulihan');
    expect(ind.rows).toEqual([mi.row, mi.valueRow]);
  });

  test('findings: the three stated capaian of 100, nothing else (no polaritas-perlu-dicek on a cut name)', async () => {
    const l = await load(file);
    checkFindings(l, ['gangguan', 'kepatuhan', 'pemulihan'].map((ind) => ({ rule: 'capaian-tidak-sesuai', table: 'terpotong', ind, roles: ['capaian'] })));
  });
});

test('every formula cell of the new fixtures carries its cached result, as Excel writes it', () => {
  for (const file of fixturesOf('kasus-hitungan')) {
    const zip = unzipSync(new Uint8Array(fs.readFileSync(path.join(FIXTURES, file))));
    const xml = strFromU8(zip['xl/worksheets/sheet1.xml']);
    const cells = xml.match(/<c [^>]*>(?:(?!<\/c>).)*<f>(?:(?!<\/c>).)*<\/c>/g) ?? [];
    // one realisasi formula per indicator (4), each with a <v>: 129.49..., 100, 0, 100 (or the fractions)
    expect({ file, n: cells.length }).toEqual({ file, n: 4 });
    const values = cells.map((c) => Number(/<v>([^<]*)<\/v>/.exec(c)?.[1]));
    const k = file.includes('persen') ? 1 : 100;
    expect({ file, values }).toEqual({ file, values: [expect.closeTo((389455 / 300760) * k, 9), k, 0, k] });
  }
});
