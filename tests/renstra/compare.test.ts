/**
 * compareRenstra and planRenstraSheet on hand-built Analysis objects shaped like seed 001
 * (LKjIP 2023, Rutan Kelas IIB Kupang). Every expected number is worked out by hand from the
 * seed's tables (Tabel III.1, the 2023-vs-2022 tables, the Renstra 2021-2024 tables).
 */
import { compareRenstra, planRenstraSheet, PERBANDINGAN_RENSTRA, type RenstraComparison } from '../../src/core/renstra';
import { parseA1 } from '../../src/core/grid';
import type { AnalysedTable, CellWrite, SheetSpec } from '../../src/core/types';
import { evaluate, parseFormula, Unsupported, type XVal } from '../../src/testing/excel/formula';
import {
  analysis,
  count,
  KENDARAAN,
  MAKANAN,
  MATERNAL,
  MATERNAL_RENSTRA,
  na,
  OVERSTAY,
  pct,
  pctText,
  PREVENTIF,
  SK1,
  SK2,
  SK4,
  table,
} from './build';

const COLS = { no: 1, sasaran: 2, indikator: 3, target: 4, realisasi: 5, capaian: 6, keterangan: 7 };
const PERKANTORAN = 'Jumlah Layanan Perkantoran';
const NIHIL = 'Rutan Kupang tidak memiliki Tahanan/Narapidana Perempuan (ibu hamil dan menyusui)';

/** 'Pengukuran 2023' (Tabel III.1, seed 001 lines 609-634): rows 4-9, percent cells are fractions shown as %. */
function pengukuran2023(): AnalysedTable {
  return table({
    sheet: 'Pengukuran 2023',
    kind: 'pengukuran',
    year: 2023,
    headerRow: 3,
    columns: COLS,
    items: [
      // 100 / 80 x 100 = 125
      { row: 4, sasaran: SK1, indikator: MAKANAN, target: pct(80), realisasi: pct(100), capaianTertulis: pct(100), capaian: 125 },
      // 100 / 94 x 100 = 106.3829...
      { row: 5, sasaran: SK1, indikator: PREVENTIF, target: pct(94), realisasi: pct(100), capaianTertulis: pct(100), capaian: (100 / 94) * 100 },
      // zero case: no pregnant or nursing inmates; realisasi was set to the target (97%)
      { row: 6, sasaran: SK1, indikator: MATERNAL, target: pct(97), realisasi: pct(97), capaianTertulis: pct(100), capaian: null, nihil: [NIHIL], status: 'na' },
      // 91 / 90 x 100 = 101.111...
      { row: 7, sasaran: SK2, indikator: OVERSTAY, target: pct(90), realisasi: pct(91), capaianTertulis: pct(113), capaian: (91 / 90) * 100 },
      // 2 Unit / 2 Unit = 100
      { row: 8, sasaran: SK4, indikator: KENDARAAN, target: count(2, 'Unit'), realisasi: count(2, 'Unit'), capaian: 100 },
      // not in the Renstra matrix nor in 2022 (made up for the test): 1/1 = 100
      { row: 9, sasaran: SK4, indikator: PERKANTORAN, target: count(1, 'Layanan'), realisasi: count(1, 'Layanan'), capaian: 100 },
    ],
  });
}

/** 'Pengukuran 2022': the 2022 block of the year-on-year tables (Tabel III.3, III.6, III.9, III.27, III.63). */
function pengukuran2022(): AnalysedTable {
  return table({
    sheet: 'Pengukuran 2022',
    kind: 'pengukuran',
    year: 2022,
    headerRow: 3,
    columns: COLS,
    items: [
      // 100 / 75 x 100 = 133.333...
      { row: 4, sasaran: SK1, indikator: MAKANAN, target: pct(75), realisasi: pct(100), capaian: (100 / 75) * 100 },
      // 100 / 93 x 100 = 107.5268...
      { row: 5, sasaran: SK1, indikator: PREVENTIF, target: pct(93), realisasi: pct(100), capaian: (100 / 93) * 100 },
      { row: 6, sasaran: SK1, indikator: MATERNAL, target: pct(96), realisasi: pct(96), capaian: null, nihil: [NIHIL], status: 'na' },
      // 80 / 80 = 100
      { row: 7, sasaran: SK2, indikator: OVERSTAY, target: pct(80), realisasi: pct(80), capaian: 100 },
      { row: 8, sasaran: SK4, indikator: KENDARAAN, target: count(2, 'unit'), realisasi: count(2, 'unit'), capaian: 100 },
    ],
  });
}

/** 'Renstra': Target over 2021 2022 2023 2024 (two header rows 3-4), data rows 5-9 (Tabel III.4, 7, 10, 28, 64). */
function renstra(): AnalysedTable {
  const y = (a: number, b: number, c: number, d: number) => ({ '2021': pct(a), '2022': pct(b), '2023': pct(c), '2024': pct(d) });
  return table({
    sheet: 'Renstra',
    kind: 'renstra',
    year: null,
    headerRow: 3,
    headerRows: 2,
    columns: { no: 1, indikator: 2 },
    renstraYears: { '2021': 3, '2022': 4, '2023': 5, '2024': 6 },
    items: [
      { row: 5, indikator: MAKANAN, targets: y(70, 75, 80, 80) },
      { row: 6, indikator: PREVENTIF, targets: y(92, 93, 94, 94) },
      { row: 7, indikator: MATERNAL_RENSTRA, targets: y(92, 93, 94, 94) },
      { row: 8, indikator: OVERSTAY, targets: y(70, 80, 90, 90) },
      {
        row: 9,
        indikator: KENDARAAN,
        targets: { '2021': count(2, 'unit'), '2022': count(2, 'unit'), '2023': count(2, 'unit'), '2024': count(2, 'unit') },
      },
    ],
  });
}

/** Source cell values (as Excel holds them: fractions for % cells) for evaluating the sheet's formulas. */
const SOURCE: Record<string, Record<string, number>> = {
  'Pengukuran 2023': { D4: 0.8, E4: 1, D5: 0.94, E5: 1, D6: 0.97, E6: 0.97, D7: 0.9, E7: 0.91 },
  'Pengukuran 2022': { D4: 0.75, E4: 1, D5: 0.93, E5: 1, D6: 0.96, E6: 0.96, D7: 0.8, E7: 0.8 },
  Renstra: {
    C5: 0.7, D5: 0.75, E5: 0.8, F5: 0.8,
    C6: 0.92, D6: 0.93, E6: 0.94, F6: 0.94,
    C7: 0.92, D7: 0.93, E7: 0.94, F7: 0.94,
    C8: 0.7, D8: 0.8, E8: 0.9, F8: 0.9,
  },
};

function cellOf(spec: SheetSpec, ref: string): CellWrite {
  const c = spec.cells.find((w) => w.cell === ref);
  if (!c) throw new Error(`no cell ${ref}`);
  return c;
}

/** Evaluates a formula of the sheet against the source values and the sheet's own cells (recursively). */
function evalCell(spec: SheetSpec, ref: string, sources = SOURCE): XVal {
  const c = cellOf(spec, ref);
  if (!c.formula) return c.value as XVal;
  return evaluate(parseFormula(c.formula), {
    cell(sheet, row, col) {
      if (sheet === null || sheet === spec.name) {
        const w = spec.cells.find((x) => {
          const p = parseA1(x.cell);
          return p.row === row && p.col === col;
        });
        return w ? evalCell(spec, w.cell, sources) : null;
      }
      const addr = `${String.fromCharCode(64 + col)}${row}`;
      const v = sources[sheet]?.[addr];
      if (v === undefined) throw new Error(`formula reads ${sheet}!${addr}, which the test did not expect`);
      return v;
    },
  });
}

describe('compareRenstra (hand-built analysis, seed 001)', () => {
  const a = analysis([pengukuran2023(), pengukuran2022(), renstra()], 2023);
  const cmp = compareRenstra(a) as RenstraComparison;

  it('finds year N, the Renstra years and the end year', () => {
    expect(cmp).not.toBeNull();
    expect(cmp.year).toBe(2023);
    expect(cmp.renstraYears).toEqual([2021, 2022, 2023, 2024]);
    expect(cmp.lastYear).toBe(2024);
    expect(cmp.rows.map((r) => r.indikator)).toEqual([MAKANAN, PREVENTIF, MATERNAL, OVERSTAY, KENDARAAN, PERKANTORAN]);
    expect(cmp.sources).toEqual(['Pengukuran 2023', 'Pengukuran 2022', 'Renstra']);
  });

  it('food service: 80% / 100% / 125; 2022 100% (target 75%) = 133.33; Renstra 80, end 80, vs end 125', () => {
    const r = cmp.rows[0];
    expect(r.targetN).toBe(80);
    expect(r.realisasiN).toBe(100);
    expect(r.capaianN).toBeCloseTo(125, 10); // 100 / 80 x 100
    expect(r.realisasiN1).toBe(100);
    expect(r.targetN1).toBe(75);
    expect(r.capaianN1).toBeCloseTo(133.3333333, 6); // 100 / 75 x 100
    expect(r.targetRenstraN).toBe(80);
    expect(r.targetAkhir).toBe(80); // Renstra 2024
    expect(r.capaianTerhadapAkhir).toBeCloseTo(125, 10); // 100 / 80 x 100
    expect(r.renstra).toMatchObject({ exact: true, score: 1, row: 5 });
    expect(r.sources.targetN).toMatchObject({ sheet: 'Pengukuran 2023', cell: 'D4', fraction: true });
    expect(r.sources.realisasiN1).toMatchObject({ sheet: 'Pengukuran 2022', cell: 'E4' });
    expect(r.sources.targetRenstraN).toMatchObject({ sheet: 'Renstra', cell: 'E5' });
    expect(r.sources.targetAkhir).toMatchObject({ sheet: 'Renstra', cell: 'F5' });
    expect(r.notes).toEqual([]);
  });

  it('preventive health: 100 / 94 = 106.38; 2022 100 / 93 = 107.53; vs end (94) 106.38', () => {
    const r = cmp.rows[1];
    expect(r.capaianN).toBeCloseTo(106.3829787, 6);
    expect(r.capaianN1).toBeCloseTo(107.5268817, 6);
    expect(r.targetAkhir).toBe(94);
    expect(r.capaianTerhadapAkhir).toBeCloseTo(106.3829787, 6);
  });

  it('overstaying: 91 / 90 = 101.11 (the seed states 113%); vs end (90) 101.11; 2022 80 / 80 = 100', () => {
    const r = cmp.rows[3];
    expect(r.capaianN).toBeCloseTo(101.1111111, 6);
    expect(r.capaianTerhadapAkhir).toBeCloseTo(101.1111111, 6);
    expect(r.capaianN1).toBeCloseTo(100, 10);
    expect(r.targetRenstraN).toBe(90);
  });

  it('counts: 2 Unit vs end 2 unit = 100 (units compared without case)', () => {
    const r = cmp.rows[4];
    expect(r.unit).toBe('count');
    expect(r.targetN).toBe(2);
    expect(r.targetAkhir).toBe(2);
    expect(r.capaianTerhadapAkhir).toBeCloseTo(100, 10);
  });

  it('maternal care: zero case stays N/A, near match noted, PK 97% vs Renstra 94% => target-renstra-berbeda on D6', () => {
    const r = cmp.rows[2];
    expect(r.na).toBe(true);
    expect(r.capaianN).toBeNull();
    expect(r.capaianN1).toBeNull();
    expect(r.capaianTerhadapAkhir).toBeNull();
    expect(r.realisasiN).toBe(97);
    expect(r.targetRenstraN).toBe(94);
    expect(r.targetAkhir).toBe(94);
    // Dice over word sets: 13 shared words, 13 + 16 words: 2 x 13 / 29 = 0.8966 -> '0,90'
    expect(r.renstra).toMatchObject({ exact: false, indikator: MATERNAL_RENSTRA });
    expect(r.renstra!.score).toBeCloseTo(26 / 29, 10);
    expect(r.notes).toContain(`nama mirip di Renstra: "${MATERNAL_RENSTRA}" (skor 0,90)`);
    expect(r.notes.some((n) => n.includes('N/A') && n.includes(NIHIL))).toBe(true);
    const f = cmp.findings.filter((x) => x.rule === 'target-renstra-berbeda');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: 'Pengukuran 2023', cell: 'D6', row: 6, severity: 'peringatan' });
    expect(f[0].message).toContain('97%');
    expect(f[0].message).toContain('94%');
  });

  it('an indicator absent from the Renstra and from 2022: nulls and notes, never a guess', () => {
    const r = cmp.rows[5];
    expect(r.indikator).toBe(PERKANTORAN);
    expect(r.renstra).toBeNull();
    expect(r.targetRenstraN).toBeNull();
    expect(r.targetAkhir).toBeNull();
    expect(r.capaianTerhadapAkhir).toBeNull();
    expect(r.realisasiN1).toBeNull();
    expect(r.capaianN1).toBeNull();
    expect(r.notes.some((n) => /tidak ditemukan di Renstra/.test(n))).toBe(true);
    expect(r.notes.some((n) => /tidak ditemukan pada data tahun 2022/.test(n))).toBe(true);
  });

  it('trend: Renstra targets per year, realisasi where a table of that year exists', () => {
    const t = cmp.trend[0];
    expect(t.years['2021']).toMatchObject({ target: 70, realisasi: null });
    expect(t.years['2022']).toMatchObject({ target: 75, realisasi: 100 });
    expect(t.years['2023']).toMatchObject({ target: 80, realisasi: 100 });
    expect(t.years['2024']).toMatchObject({ target: 80, realisasi: null });
    expect(cmp.trend[5].years['2023']).toMatchObject({ target: null, realisasi: 1 });
  });

  it('the year defaults to the latest pengukuran year when the analysis has none', () => {
    const c = compareRenstra(analysis([pengukuran2022(), pengukuran2023(), renstra()], null))!;
    expect(c.year).toBe(2023);
    // year 2022 chosen explicitly: target 75 vs Renstra 2022 75 agree; no 2021 table => notes
    const c22 = compareRenstra(a, 2022)!;
    expect(c22.year).toBe(2022);
    expect(c22.rows[0].capaianN).toBeCloseTo(133.3333333, 6);
    expect(c22.rows[0].targetRenstraN).toBe(75);
    expect(c22.rows[0].realisasiN1).toBeNull();
    expect(c22.rows[0].notes.some((n) => /Tidak ada data tahun 2021/.test(n))).toBe(true);
    // 2022 maternal 96% vs Renstra 2022 93%: a finding on the 2022 sheet
    expect(c22.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Pengukuran 2022!D6']);
  });

  it('returns null without a Renstra matrix or without a year-N table', () => {
    expect(compareRenstra(analysis([pengukuran2023(), pengukuran2022()], 2023))).toBeNull();
    expect(compareRenstra(analysis([pengukuran2023(), renstra()], 2025))).toBeNull();
  });
});

describe('compareRenstra: missing N-1, two-year tables, negative polarity', () => {
  it('no 2022 data at all: realisasi and capaian 2022 stay null with a note', () => {
    const c = compareRenstra(analysis([pengukuran2023(), renstra()], 2023))!;
    for (const r of c.rows) {
      expect(r.realisasiN1).toBeNull();
      expect(r.capaianN1).toBeNull();
      expect(r.notes.some((n) => /Tidak ada data tahun 2022/.test(n))).toBe(true);
    }
    expect(c.notes.some((n) => /tidak memuat data tahun 2022/.test(n))).toBe(true);
    const sheet = planRenstraSheet(c);
    expect(cellOf(sheet, 'G4').value).toBeNull();
    expect(cellOf(sheet, 'H4').value).toBeNull();
    // table A3:L9; row 10 stays blank (the Excel table must not grow into the note); note on 11; chart block from 13
    expect(sheet.table?.range).toBe('A3:L9');
    expect(sheet.cells.some((c) => /^[A-Z]+10$/.test(c.cell))).toBe(false);
    expect(String(cellOf(sheet, 'A11').value)).toMatch(/tidak memuat data tahun 2022/);
    // the block sits in C:E since issue 16 (its labels in the wide Indikator column)
    expect(sheet.charts[0].dataRange).toBe('C13:E17');
  });

  it('the 2022 block of a two-year table (Tabel III.3 layout) is used when there is no 2022 table', () => {
    const t = table({
      sheet: 'Perbandingan 2023',
      kind: 'pengukuran',
      year: 2023,
      headerRow: 3,
      headerRows: 2,
      columns: { indikator: 1, target: 2, realisasi: 3, capaian: 4 },
      otherYears: { '2022': { target: 5, realisasi: 6, capaian: 7 } },
      items: [
        {
          row: 5,
          indikator: MAKANAN,
          target: pct(80),
          realisasi: pct(100),
          capaian: 125,
          otherYears: [{ year: 2022, target: pct(75), realisasi: pct(100), capaianTertulis: pct(133.33), capaian: (100 / 75) * 100 }],
        },
      ],
    });
    const c = compareRenstra(analysis([t, renstra()], 2023))!;
    const r = c.rows[0];
    expect(r.realisasiN1).toBe(100);
    expect(r.capaianN1).toBeCloseTo(133.3333333, 6); // 100 / 75 x 100
    expect(r.sources.realisasiN1).toMatchObject({ sheet: 'Perbandingan 2023', cell: 'F5' });
    expect(r.sources.targetN1).toMatchObject({ sheet: 'Perbandingan 2023', cell: 'E5' });
    const s = planRenstraSheet(c);
    expect(cellOf(s, 'G4').formula).toBe("='Perbandingan 2023'!F5");
    expect(cellOf(s, 'H4').formula).toBe("=G4/'Perbandingan 2023'!E5");
  });

  it('negative polarity (jumlah pelarian): (2T - R) / T against the end target', () => {
    const p = table({
      sheet: 'Pengukuran 2023',
      kind: 'pengukuran',
      year: 2023,
      headerRow: 3,
      columns: COLS,
      // 2 x 10 - 8 = 12; 12 / 10 x 100 = 120
      items: [{ row: 4, indikator: 'Jumlah pelarian', target: count(10, 'Orang'), realisasi: count(8, 'Orang'), capaian: 120, polaritas: 'negatif' }],
    });
    const ren = table({
      sheet: 'Renstra',
      kind: 'renstra',
      year: null,
      headerRow: 3,
      headerRows: 2,
      columns: { indikator: 2 },
      renstraYears: { '2023': 3, '2024': 4 },
      items: [{ row: 5, indikator: 'Jumlah pelarian', targets: { '2023': count(10, 'Orang'), '2024': count(5, 'Orang') } }],
    });
    const c = compareRenstra(analysis([p, ren], 2023))!;
    // end target 5: (2 x 5 - 8) / 5 x 100 = 40
    expect(c.rows[0].capaianTerhadapAkhir).toBeCloseTo(40, 10);
    expect(c.findings).toHaveLength(0); // 10 = 10
    const s = planRenstraSheet(c);
    expect(cellOf(s, 'F4').formula).toBe('=MAX(0,(2*D4-E4)/D4)');
    expect(cellOf(s, 'F4').value).toBeCloseTo(1.2, 10);
    expect(cellOf(s, 'K4').formula).toBe('=MAX(0,(2*J4-E4)/J4)');
    expect(cellOf(s, 'K4').value).toBeCloseTo(0.4, 10);
    // with the T/R setting: 5 / 8 = 62.5
    const c2 = compareRenstra(analysis([p, ren], 2023, { rumusNegatif: 't/r' }))!;
    expect(c2.rows[0].capaianTerhadapAkhir).toBeCloseTo(62.5, 10);
    expect(cellOf(planRenstraSheet(c2), 'K4').formula).toBe('=J4/E4');
  });
});

describe('planRenstraSheet', () => {
  const cmp = compareRenstra(analysis([pengukuran2023(), pengukuran2022(), renstra()], 2023))!;
  const sheet = planRenstraSheet(cmp);

  it('is the Perbandingan Renstra sheet with the exact headers and an Excel table', () => {
    expect(sheet.name).toBe(PERBANDINGAN_RENSTRA);
    expect(sheet.purpose).toBe('perbandingan-renstra');
    const headers = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((c) => cellOf(sheet, `${c}3`).value);
    expect(headers).toEqual([
      'No',
      'Sasaran',
      'Indikator Kinerja',
      'Target 2023',
      'Realisasi 2023',
      'Capaian 2023',
      'Realisasi 2022',
      'Capaian 2022',
      'Target Renstra 2023',
      'Target Akhir Renstra (2024)',
      'Capaian terhadap Target Akhir Renstra',
      'Keterangan',
    ]);
    // header row 3 + 6 indicators = rows 4-9
    expect(sheet.table).toEqual({ range: 'A3:L9', name: 'PerbandinganRenstra', style: 'TableStyleMedium2' });
    expect(sheet.freezeRows).toBe(3);
    expect(cellOf(sheet, 'A1').value).toBe('Perbandingan Capaian Kinerja Tahun 2023 dengan Tahun 2022 dan Target Renstra 2021-2024');
    for (const c of sheet.cells) expect(c.sheet).toBe(PERBANDINGAN_RENSTRA);
  });

  it('references the source cells by formula, with cached values as fractions', () => {
    expect(cellOf(sheet, 'D4')).toMatchObject({ formula: "='Pengukuran 2023'!D4", value: 0.8, numberFormat: '0.00%' });
    expect(cellOf(sheet, 'E4')).toMatchObject({ formula: "='Pengukuran 2023'!E4", value: 1, numberFormat: '0.00%' });
    expect(cellOf(sheet, 'F4')).toMatchObject({ formula: '=E4/D4', numberFormat: '0.00%' });
    expect(cellOf(sheet, 'F4').value).toBeCloseTo(1.25, 12);
    expect(cellOf(sheet, 'G4')).toMatchObject({ formula: "='Pengukuran 2022'!E4", value: 1 });
    expect(cellOf(sheet, 'H4').formula).toBe("=G4/'Pengukuran 2022'!D4");
    expect(cellOf(sheet, 'H4').value).toBeCloseTo(4 / 3, 12);
    expect(cellOf(sheet, 'I4')).toMatchObject({ formula: '=Renstra!E5', value: 0.8 });
    expect(cellOf(sheet, 'J4')).toMatchObject({ formula: '=Renstra!F5', value: 0.8 });
    expect(cellOf(sheet, 'K4')).toMatchObject({ formula: '=E4/J4', numberFormat: '0.00%' });
    expect(cellOf(sheet, 'K4').value).toBeCloseTo(1.25, 12);
  });

  it('every formula evaluates to its cached value', () => {
    let checked = 0;
    for (const c of sheet.cells) {
      if (!c.formula) continue;
      let v: XVal;
      try {
        v = evalCell(sheet, c.cell);
      } catch (e) {
        if (e instanceof Unsupported) continue; // NA() in the line-chart block
        throw e;
      }
      // The fake's evaluator (src/testing/excel/formula.ts) currently returns the argument list for
      // SUM/AVERAGE/MAX/MIN (isErr() takes the array for an error); those cells are checked by hand
      // in the chart test below.
      if (Array.isArray(v)) continue;
      if (typeof c.value === 'number') expect(v as number).toBeCloseTo(c.value, 10);
      else expect(v).toEqual(c.value);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('zero case N/A, counts General, notes in Keterangan', () => {
    expect(cellOf(sheet, 'F6').value).toBe('N/A');
    expect(cellOf(sheet, 'F6').formula).toBeNull();
    expect(cellOf(sheet, 'K6').value).toBe('N/A');
    expect(cellOf(sheet, 'H6').value).toBe('N/A'); // 2022 was a zero case too
    expect(cellOf(sheet, 'G6')).toMatchObject({ formula: "='Pengukuran 2022'!E6", value: 0.96 });
    expect(String(cellOf(sheet, 'L6').value)).toContain('nama mirip di Renstra');
    // '2 Unit' typed as text: a value, not a formula; capaian over this sheet's cells
    expect(cellOf(sheet, 'D8')).toMatchObject({ formula: null, value: 2, numberFormat: 'General' });
    expect(cellOf(sheet, 'F8')).toMatchObject({ formula: '=E8/D8', value: 1, numberFormat: '0.00%' });
    // not in the Renstra: empty cells and a note
    expect(cellOf(sheet, 'I9').value).toBeNull();
    expect(cellOf(sheet, 'K9').value).toBeNull();
    expect(String(cellOf(sheet, 'L9').value)).toMatch(/tidak ditemukan di Renstra/);
  });

  it('charts: a clustered column over the percent indicators and a line over the Renstra years', () => {
    expect(sheet.charts).toHaveLength(2);
    const [col, line] = sheet.charts;
    expect(col.type).toBe('clustered-column');
    expect(col.series).toEqual(['Target 2023', 'Realisasi 2023']);
    // 4 percent indicators under a header row
    const { top, bottom } = (() => {
      const [p, q] = col.dataRange.split(':');
      return { top: parseA1(p).row, bottom: parseA1(q).row };
    })();
    expect(bottom - top).toBe(4);
    expect(col.dataRange).toMatch(/^C\d+:E\d+$/);
    expect(cellOf(sheet, `C${top}`).value).toBe('Indikator');
    expect(cellOf(sheet, `D${top + 1}`)).toMatchObject({ formula: '=D4', value: 0.8 });
    expect(cellOf(sheet, `E${top + 1}`)).toMatchObject({ formula: '=E4', value: 1 });
    expect(line.type).toBe('line');
    const [lp, lq] = line.dataRange.split(':');
    expect(parseA1(lq).row - parseA1(lp).row).toBe(4); // 2021..2024
    expect(cellOf(sheet, `A${parseA1(lp).row + 1}`)).toMatchObject({ value: '2021', numberFormat: '@' });
    // 2023 averages over the 4 percent indicators: targets (80+94+97... no: Renstra 80+94+94+90)/4 = 89.5%
    expect(cellOf(sheet, `B${parseA1(lp).row + 3}`).value).toBeCloseTo((0.8 + 0.94 + 0.94 + 0.9) / 4, 12);
    // realisasi 2023: (100 + 100 + 97 + 91) / 4 = 97%
    expect(cellOf(sheet, `C${parseA1(lp).row + 3}`).value).toBeCloseTo(0.97, 12);
  });

  it('trend table: Target and Realisasi rows per indicator, one column per Renstra year', () => {
    const title = sheet.cells.find((c) => c.value === 'Target Renstra dan Realisasi 2021-2024')!;
    const h = parseA1(title.cell).row + 1;
    expect(['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => cellOf(sheet, `${c}${h}`).value)).toEqual([
      'No',
      'Indikator Kinerja',
      'Uraian',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    expect(cellOf(sheet, `C${h + 1}`).value).toBe('Target');
    expect(cellOf(sheet, `D${h + 1}`)).toMatchObject({ formula: '=Renstra!C5', value: 0.7 });
    expect(cellOf(sheet, `C${h + 2}`).value).toBe('Realisasi');
    expect(cellOf(sheet, `D${h + 2}`).value).toBeNull(); // no 2021 table
    expect(cellOf(sheet, `E${h + 2}`)).toMatchObject({ formula: "='Pengukuran 2022'!E4", value: 1 });
    expect(cellOf(sheet, `F${h + 2}`)).toMatchObject({ formula: "='Pengukuran 2023'!E4", value: 1 });
  });

  it('is deterministic (the same analysis gives the same sheet)', () => {
    const again = planRenstraSheet(compareRenstra(analysis([pengukuran2023(), pengukuran2022(), renstra()], 2023))!);
    expect(again).toEqual(sheet);
    expect(planRenstraSheet(cmp)).toEqual(sheet);
  });

  it('English headers with lang en', () => {
    const en = planRenstraSheet(cmp, { lang: 'en' });
    expect(cellOf(en, 'D3').value).toBe('Target 2023');
    expect(cellOf(en, 'E3').value).toBe('Actual 2023');
    expect(cellOf(en, 'J3').value).toBe('Strategic Plan End Target (2024)');
    expect(String(cellOf(en, 'L9').value)).toMatch(/not found in the Strategic Plan/);
  });

  it('texts that start with = + - @ are written as text', () => {
    const t = pengukuran2023();
    t.items[0].indikator = '=HYPERLINK("x")';
    t.items[0].sasaran = '-Sasaran';
    const c = compareRenstra(analysis([t, renstra()], 2023))!;
    const s = planRenstraSheet(c);
    expect(cellOf(s, 'C4')).toMatchObject({ value: '=HYPERLINK("x")', numberFormat: '@', formula: null });
    expect(cellOf(s, 'B4')).toMatchObject({ value: '-Sasaran', numberFormat: '@' });
    for (const w of s.cells) {
      if (typeof w.value === 'string' && /^[=+\-@]/.test(w.value) && !w.formula) expect(w.numberFormat).toBe('@');
    }
  });

  it('percent points under a (%) header are referenced as =src/100; text percentages are written as values', () => {
    const t = pengukuran2023();
    t.items[0].target = pct(80, { fraction: false, raw: '80' });
    t.items[0].realisasi = pctText(100);
    const s = planRenstraSheet(compareRenstra(analysis([t, renstra()], 2023))!);
    expect(cellOf(s, 'D4')).toMatchObject({ formula: "='Pengukuran 2023'!D4/100", value: 0.8, numberFormat: '0.00%' });
    expect(cellOf(s, 'E4')).toMatchObject({ formula: null, value: 1, numberFormat: '0.00%' });
    expect(cellOf(s, 'F4').formula).toBe('=E4/D4');
  });

  it('a zero-case realisasi written N/A shows N/A', () => {
    const t = pengukuran2023();
    t.items[2].realisasi = na();
    const c = compareRenstra(analysis([t, renstra()], 2023))!;
    expect(c.rows[2].realisasiN).toBeNull();
    expect(c.rows[2].na).toBe(true);
    const s = planRenstraSheet(c);
    expect(cellOf(s, 'E6').value).toBe('N/A');
    expect(cellOf(s, 'K6').value).toBe('N/A');
  });
});

describe('compareRenstra: several year-N tables, a table without a year, settings', () => {
  it('indicators of a second 2023 table that the largest one lacks are added after it', () => {
    const extra = table({
      sheet: 'IKK 2023',
      kind: 'pengukuran',
      year: 2023,
      headerRow: 1,
      columns: { indikator: 1, target: 2, realisasi: 3, capaian: 4 },
      items: [
        // already in Pengukuran 2023 (same name): not repeated
        { row: 2, indikator: MAKANAN, target: pct(80), realisasi: pct(100), capaian: 125 },
        // only here: 85 / 85 = 100
        { row: 3, indikator: 'Persentase Pengaduan Yang Ditindaklanjuti Sesuai Standar', target: pct(85), realisasi: pct(85), capaian: 100 },
      ],
    });
    const c = compareRenstra(analysis([pengukuran2023(), extra, renstra()], 2023))!;
    expect(c.rows).toHaveLength(7);
    expect(c.rows[6]).toMatchObject({ no: 7, indikator: 'Persentase Pengaduan Yang Ditindaklanjuti Sesuai Standar', sheet: 'IKK 2023' });
    expect(c.rows[6].capaianN).toBeCloseTo(100, 10);
    expect(c.rows[6].sources.targetN).toMatchObject({ sheet: 'IKK 2023', cell: 'B3' });
    expect(c.sources).toEqual(['Pengukuran 2023', 'IKK 2023', 'Renstra']);
  });

  it('a pengukuran table without a year is taken as the chosen year, with a note', () => {
    const t = pengukuran2023();
    t.year = null;
    expect(compareRenstra(analysis([t, renstra()], null))).toBeNull(); // no year anywhere: no guess
    const c = compareRenstra(analysis([t, renstra()], 2023))!;
    expect(c.year).toBe(2023);
    expect(c.rows[0].targetRenstraN).toBe(80);
    expect(c.notes[0]).toMatch(/tidak menyebut tahun; dipakai sebagai tahun 2023/);
    // the finding still falls on the 2023 target cell (97% vs 94%)
    expect(c.findings.map((f) => f.cell)).toEqual(['D6']);
  });

  it('English finding messages with lang en', () => {
    const c = compareRenstra(analysis([pengukuran2023(), renstra()], 2023), undefined, { lang: 'en' })!;
    expect(c.findings[0].message).toMatch(/differs from the Renstra target/);
  });

  it('a cap setting (120) caps the capaian against the end target and shows in the formula', () => {
    const c = compareRenstra(analysis([pengukuran2023(), renstra()], 2023, { batasAtas: 120 }))!;
    // 100 / 80 x 100 = 125, capped at 120
    expect(c.rows[0].capaianTerhadapAkhir).toBe(120);
    expect(c.rows[0].notes.some((n) => /dibatasi 120%/.test(n))).toBe(true);
    const s = planRenstraSheet(c);
    expect(cellOf(s, 'K4').formula).toBe('=MIN(1.2,E4/J4)');
    expect(cellOf(s, 'K4').value).toBeCloseTo(1.2, 12);
  });
});

describe('compareRenstra: the PK gives the target when the pengukuran table has none', () => {
  it('takes the PK 2023 target (same indicator by name) and says so', () => {
    const p = table({
      sheet: 'Realisasi 2023',
      kind: 'pengukuran',
      year: 2023,
      headerRow: 1,
      columns: { indikator: 1, realisasi: 2 },
      items: [
        { row: 2, indikator: MAKANAN, target: null, realisasi: pct(100), capaian: null, status: 'na' },
        { row: 3, indikator: MATERNAL, target: null, realisasi: pct(97), capaian: null, status: 'na' },
      ],
    });
    const pk = table({
      sheet: 'PK 2023',
      kind: 'pk',
      year: 2023,
      headerRow: 3,
      columns: { no: 1, sasaran: 2, indikator: 3, target: 4 },
      items: [
        { row: 4, indikator: MAKANAN, target: pct(80), capaian: null },
        { row: 5, indikator: MATERNAL, target: pct(97), capaian: null },
      ],
    });
    const c = compareRenstra(analysis([pk, p, renstra()], 2023))!;
    const r = c.rows[0];
    expect(r.targetN).toBe(80);
    expect(r.sources.targetN).toMatchObject({ sheet: 'PK 2023', cell: 'D4' });
    expect(r.notes).toContain('Target 2023 diambil dari tabel PK (PK 2023).');
    // capaian against the end target: 100 / 80 x 100 = 125 (realisasi from the pengukuran table)
    expect(r.capaianTerhadapAkhir).toBeCloseTo(125, 10);
    // the analysis gave no capaian (no target in its table): computed with the PK target, 100 / 80 x 100
    expect(r.capaianN).toBeCloseTo(125, 10);
    expect(r.notes).toContain('Capaian 2023 dihitung dengan target PK.');
    // maternal: 97 / 97 = 100 (no zero-case evidence in this table)
    expect(c.rows[1].capaianN).toBeCloseTo(100, 10);
    const s = planRenstraSheet(c);
    expect(cellOf(s, 'D4').formula).toBe("='PK 2023'!D4");
    expect(cellOf(s, 'E4').formula).toBe("='Realisasi 2023'!B2");
    expect(cellOf(s, 'F4')).toMatchObject({ formula: '=E4/D4', numberFormat: '0.00%' });
    // PK 97% vs Renstra 94%: the finding is on the PK's target cell
    expect(c.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['PK 2023!D5']);
  });
});
