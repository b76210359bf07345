import { plan, tableConvention, capaianCell } from '../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellWrite, WritePlan } from '../../src/core/types';
import { gridFromRows } from '../helpers/grid';
import { analysis, finding, frac, indicator, pts, pv, table, textPct } from './factory';

const S = 'Pengukuran 2023';
const tid = `${S}!3`;
const cols = { target: 'D', realisasi: 'E' };

/** A fraction table at A3:E8 (No | Sasaran | Indikator | Target | Realisasi), no capaian/klasifikasi columns. */
function fractionTable() {
  const items = [
    // 80% -> 100%: 100/80 = 125
    indicator(S, tid, 4, { cols, target: frac(80), realisasi: frac(100), capaian: 125, klasifikasi: 'Sangat Tinggi' }),
    // negative: (2*10 - 5)/10 = 150
    indicator(S, tid, 5, { cols, polaritas: 'negatif', target: frac(10), realisasi: frac(5), capaian: 150, klasifikasi: 'Sangat Tinggi' }),
    // text target '80%', numeric realisasi 90%: 90/80 = 112.5, as a value
    indicator(S, tid, 6, { cols, target: textPct(80), realisasi: frac(90), capaian: 112.5, klasifikasi: 'Sangat Tinggi' }),
    // zero case
    indicator(S, tid, 7, { cols, target: frac(100), realisasi: pv('na', null, 'N/A'), status: 'na', nihil: ['tidak ada'], alasanNA: 'tidak ada kasus', capaian: null }),
    // negative with T = 0 and R = 0: 100
    indicator(S, tid, 8, { cols, polaritas: 'negatif', target: frac(0), realisasi: frac(0), capaian: 100, klasifikasi: 'Sangat Tinggi' }),
  ];
  return table(S, { top: 3, left: 1, bottom: 8, right: 5 }, {
    columns: { no: 1, sasaran: 2, indikator: 3, target: 4, realisasi: 5 },
    items,
  });
}

function byCell(p: WritePlan | CellWrite[], sheet = S): Map<string, CellWrite> {
  const list = Array.isArray(p) ? p : p.cells;
  return new Map(list.filter((c) => c.sheet === sheet).map((c) => [c.cell, c]));
}

describe('plan: hitung on a fraction table', () => {
  const a = analysis([fractionTable()], [
    finding('realisasi-melebihi-100', S, 'E4', 'Realisasi 100% ...'),
    finding('capaian-ekstrem', S, 'E4', 'Capaian 125% ...'),
    finding('nihil-disamakan-target', S, 'F7', 'Tidak ada kasus ...'),
  ]);
  const p = plan(a, { mode: 'hitung' });
  const c = byCell(p);

  test('positive capaian is =E4/D4 as a fraction with 0.00%, result cached', () => {
    expect(c.get('F4')).toMatchObject({ formula: '=E4/D4', value: 1.25, numberFormat: '0.00%', purpose: 'capaian' });
  });
  test('negative capaian is =MAX(0,(2*D5-E5)/D5)', () => {
    expect(c.get('F5')).toMatchObject({ formula: '=MAX(0,(2*D5-E5)/D5)', value: 1.5, numberFormat: '0.00%' });
  });
  test('negative with T = 0 keeps a live formula with the T = 0 branch', () => {
    expect(c.get('F8')).toMatchObject({ formula: '=IF(D8=0,IF(E8=0,1,0),MAX(0,(2*D8-E8)/D8))', value: 1 });
  });
  test('text target: value, the reason in ONE note on the capaian column header (not on the cell)', () => {
    expect(c.get('F6')).toMatchObject({ formula: null, value: 1.125, numberFormat: '0.00%' });
    expect(p.comments.find((x) => x.cell === 'F6')).toBeUndefined();
    const note = p.comments.filter((x) => x.cell === 'F3');
    expect(note).toHaveLength(1);
    // F6: text target; F7: N/A (the zero case), one line per kind, in row order
    expect(note[0].text).toBe(
      'Catatan Capaian PK untuk kolom ini:\n' +
        '- Capaian ditulis sebagai nilai karena target berupa teks: 1 sel (F6).\n' +
        '- Capaian N/A (tidak dapat diukur): 1 sel (F7).',
    );
    expect(note[0].rules).toEqual([]);
  });
  test('N/A: text N/A and Tidak dapat diukur', () => {
    expect(c.get('F7')).toMatchObject({ formula: null, value: 'N/A' });
    expect(c.get('G7')).toMatchObject({ formula: null, value: 'Tidak dapat diukur' });
  });
  test('klasifikasi is a short LOOKUP formula over the legend for a formula capaian, a label otherwise', () => {
    // legend at I3 (title), I4 (header), I5 lowest band, I6:I9 bounds 51..91, J6:J9 labels, J10 N/A
    expect(c.get('G4')).toMatchObject({
      formula: '=IF(ISNUMBER(F4),IFERROR(LOOKUP(ROUND(F4*100,9),$I$6:$I$9,$J$6:$J$9),$J$5),$J$10)',
      value: 'Sangat Tinggi',
    });
    expect(c.get('G4')!.formula!.length).toBeLessThan(90);
    expect(c.get('G6')).toMatchObject({ formula: null, value: 'Sangat Tinggi' });
  });
  test('appended columns F and G right of the table, headed in the style of the last header cell', () => {
    expect(c.get('F3')).toMatchObject({ value: 'Capaian', purpose: 'header', styleFrom: 'E3' });
    expect(c.get('G3')).toMatchObject({ value: 'Klasifikasi', purpose: 'header', styleFrom: 'E3' });
    // nothing written inside the table's own columns
    expect(p.cells.some((w) => /^[A-E]\d+$/.test(w.cell))).toBe(false);
  });
  test('legend two columns right of the last (appended) column, from the header row down, lowest band first', () => {
    expect(c.get('I3')).toMatchObject({ purpose: 'legend', value: 'Skala klasifikasi: Permendagri 86/2017', bold: true });
    // the band's lower bound: a header short enough for Excel's default column width (8.43
    // characters), since the legend sits in the person's columns and their widths are not changed
    expect(c.get('I4')?.value).toBe('Mulai (%)');
    expect(String(c.get('I4')?.value).length).toBeLessThanOrEqual(9);
    expect(c.get('I5')?.value).toBe('< 51');
    expect(c.get('J5')?.value).toBe('Sangat Rendah');
    expect([6, 7, 8, 9].map((r) => c.get(`I${r}`)?.value)).toEqual([51, 66, 76, 91]);
    expect([6, 7, 8, 9].map((r) => c.get(`J${r}`)?.value)).toEqual(['Rendah', 'Sedang', 'Tinggi', 'Sangat Tinggi']);
    expect(c.get('I10')?.value).toBe('N/A');
    expect(c.get('J10')?.value).toBe('Tidak dapat diukur');
  });
  test('one comment per cell joining all its findings, one paragraph each', () => {
    const e4 = p.comments.filter((x) => x.cell === 'E4');
    expect(e4).toHaveLength(1);
    expect(e4[0].text).toBe('[realisasi-melebihi-100] Realisasi 100% ...\n[capaian-ekstrem] Capaian 125% ...');
    expect(e4[0].rules).toEqual(['realisasi-melebihi-100', 'capaian-ekstrem']);
    const f7 = p.comments.find((x) => x.cell === 'F7')!;
    // the N/A reason is in the column's note (F3), not on the cell: comments only for findings
    expect(f7.text.split('\n')).toEqual(['[nihil-disamakan-target] Tidak ada kasus ...']);
  });
  test('Temuan sheet: header, one row per finding, frozen header', () => {
    const t = p.sheets.find((s) => s.name === 'Temuan')!;
    const tc = byCell(t.cells, 'Temuan');
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1'].map((x) => tc.get(x)?.value)).toEqual(['No', 'Tingkat', 'Aturan', 'Lembar', 'Sel', 'Pesan', 'Kode aturan']);
    expect(tc.get('A1')?.bold).toBe(true);
    expect(t.freezeRows).toBe(1);
    expect(tc.get('A4')?.value).toBe(3);
    expect(tc.get('B4')?.value).toBe('Galat');
    // the rule in words (the pane's dictionary), its id in its own column G for filtering
    expect(tc.get('C4')?.value).toBe('Kasus nihil disamakan dengan target');
    expect(tc.get('G4')?.value).toBe('nihil-disamakan-target');
    expect(tc.get('D4')?.value).toBe(S);
    expect(tc.get('E4')?.value).toBe('F7');
  });
  test('summary', () => {
    expect(p.summary).toMatchObject({ tables: 1, indicators: 5, capaian: 4, na: 1, formulas: 3, values: 2 });
    expect(p.summary.findings).toEqual({ galat: 1, peringatan: 1, info: 1 });
    expect(p.summary.byRule['capaian-ekstrem']).toBe(1);
  });
});

describe('plan: percent-points table', () => {
  const T = 'Capaian';
  const id = `${T}!2`;
  const items = [
    // 80 -> 118: 118/80*100 = 147.5
    indicator(T, id, 3, { cols: { target: 'B', realisasi: 'C' }, target: pts(80), realisasi: pts(118), capaianTertulis: pts(147), capaian: 147.5, klasifikasi: 'Sangat Tinggi' }),
    // 70 -> 38.16: 54.514...
    indicator(T, id, 4, { cols: { target: 'B', realisasi: 'C' }, target: pts(70), realisasi: pts(38.16), capaianTertulis: pts(45.2), capaian: (38.16 / 70) * 100, klasifikasi: 'Rendah' }),
  ];
  const t = table(T, { top: 2, left: 1, bottom: 4, right: 4 }, {
    columns: { indikator: 1, target: 2, realisasi: 3, capaian: 4 },
    percentPoints: ['target', 'realisasi', 'capaian'],
    items,
  });
  test('convention is percent points', () => expect(tableConvention(t)).toBe('points'));
  const p = plan(analysis([t]), { mode: 'hitung' });
  const c = byCell(p, T);
  test('=C3/B3*100 with 0.00, existing capaian column D reused, klasifikasi appended at E', () => {
    expect(c.get('D3')).toMatchObject({ formula: '=C3/B3*100', value: 147.5, numberFormat: '0.00' });
    expect(c.get('D4')!.value).toBeCloseTo(54.5142857, 6);
    expect(c.get('E2')).toMatchObject({ value: 'Klasifikasi', styleFrom: 'D2' });
    expect(c.get('D2')).toBeUndefined();
    // legend at G2: bounds G5:G8, labels H5:H8, lowest band H4, N/A H9; points: no *100
    expect(c.get('E3')!.formula).toBe('=IF(ISNUMBER(D3),IFERROR(LOOKUP(ROUND(D3,9),$G$5:$G$8,$H$5:$H$8),$H$4),$H$9)');
    expect(c.get('E4')!.value).toBe('Rendah');
  });
  test('legend at G (two columns right of E)', () => {
    expect(c.get('G2')?.purpose).toBe('legend');
    expect(c.get('G4')?.value).toBe('< 51');
    expect(c.get('G8')?.value).toBe(91);
  });
  test('cap setting: MIN in the formula', () => {
    const capped = indicator(T, id, 3, { cols: { target: 'B', realisasi: 'C' }, target: pts(80), realisasi: pts(118), capaian: 120, dibatasi: true, klasifikasi: 'Sangat Tinggi' });
    const r = capaianCell(capped, 'points', { ...DEFAULT_SETTINGS, batasAtas: 120 });
    expect(r).toMatchObject({ formula: '=MIN(C3/B3*100,120)', value: 120 });
    expect(r.reason).toBe('Capaian dibatasi pada 120% sesuai pengaturan batas atas.');
    const rf = capaianCell(capped, 'fraction', { ...DEFAULT_SETTINGS, batasAtas: 120 });
    expect(rf).toMatchObject({ formula: '=MIN(C3/B3,1.2)', value: 1.2 });
  });
  test("rumusNegatif 't/r' gives =D/E", () => {
    const neg = indicator(T, id, 3, { cols: { target: 'B', realisasi: 'C' }, polaritas: 'negatif', target: pts(10), realisasi: pts(8), capaian: 125 });
    expect(capaianCell(neg, 'fraction', { ...DEFAULT_SETTINGS, rumusNegatif: 't/r' })).toMatchObject({ formula: '=B3/C3', value: 1.25 });
  });
  test('a formula that would disagree with the engine is not written', () => {
    const odd = indicator(T, id, 3, { cols: { target: 'B', realisasi: 'C' }, target: pts(80), realisasi: pts(118), capaian: 100 });
    const r = capaianCell(odd, 'points', DEFAULT_SETTINGS);
    expect(r.formula).toBeNull();
    expect(r.value).toBe(100);
  });
});

describe('plan: layout from the grid', () => {
  test('appended columns skip occupied columns and continue the (n) numbering', () => {
    const t = table(S, { top: 3, left: 1, bottom: 6, right: 5 }, {
      columns: { no: 1, sasaran: 2, indikator: 3, target: 4, realisasi: 5 },
      dataTop: 5,
      items: [indicator(S, tid, 5, { cols, target: frac(80), realisasi: frac(100), capaian: 125, klasifikasi: 'Sangat Tinggi' })],
    });
    const g = gridFromRows(S, [
      ['NO', 'SASARAN', 'INDIKATOR', 'TARGET', 'REALISASI', null, null, null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', null, null, null],
      [1, 'S', 'I', 0.8, 1, 'catatan pengguna', null, null],
    ], { top: 3 });
    const p = plan(analysis([t]), { mode: 'hitung', workbook: { sheets: [g] } });
    const c = byCell(p);
    expect(c.get('F3')).toBeUndefined();
    expect(c.get('G3')?.value).toBe('Capaian');
    expect(c.get('H3')?.value).toBe('Klasifikasi');
    expect(c.get('G4')?.value).toBe('(6)');
    expect(c.get('H4')?.value).toBe('(7)');
    expect(c.get('G5')?.formula).toBe('=E5/D5');
    expect(c.get('J3')?.purpose).toBe('legend');
  });
  test('the legend steps right of user content, and reuses its own earlier place', () => {
    const t = table(S, { top: 3, left: 1, bottom: 4, right: 5 }, {
      columns: { indikator: 3, target: 4, realisasi: 5, capaian: 6, klasifikasi: 7 },
      items: [indicator(S, tid, 4, { cols, target: frac(80), realisasi: frac(100), capaian: 125, klasifikasi: 'Sangat Tinggi' })],
    });
    t.area.right = 7;
    // wanted at I (G + 2); the user has a note in I5, so the legend goes to J
    const user = gridFromRows(S, [['NO', 'S', 'I', 'T', 'R', 'C', 'K', null, null, null], [1, 'S', 'I', 0.8, 1, 1.25, 'x', null, 'catatan', null]], { top: 3 });
    expect(byCell(plan(analysis([t]), { mode: 'hitung', workbook: { sheets: [user] } })).get('J3')?.purpose).toBe('legend');
    // an earlier legend at I3 is reused
    const ours = gridFromRows(S, [['NO', 'S', 'I', 'T', 'R', 'C', 'K', null, 'Skala klasifikasi: Permendagri 86/2017', null], [1, 'S', 'I', 0.8, 1, 1.25, 'x', null, 'Capaian', 'Klasifikasi']], { top: 3 });
    expect(byCell(plan(analysis([t]), { mode: 'hitung', workbook: { sheets: [ours] } })).get('I3')?.purpose).toBe('legend');
  });
});

describe('plan: an indicator whose name is split over two rows', () => {
  test('capaian and klasifikasi go to the row holding target and realisasi', () => {
    // name on rows 4-5, values on row 5 (as in the Kupang 2023 table)
    const it = indicator(S, tid, 4, { cols, rows: [4, 5], target: frac(80), realisasi: frac(100), capaian: 125, klasifikasi: 'Sangat Tinggi' });
    it.cells = { target: 'D5', realisasi: 'E5', capaian: 'F5' };
    const t = table(S, { top: 3, left: 1, bottom: 5, right: 6 }, { columns: { indikator: 3, target: 4, realisasi: 5, capaian: 6 }, items: [it] });
    const c = byCell(plan(analysis([t]), { mode: 'hitung' }));
    expect(c.get('F4')).toBeUndefined();
    expect(c.get('F5')).toMatchObject({ formula: '=E5/D5', value: 1.25 });
    expect(c.get('G5')?.formula).toMatch(/^=IF\(ISNUMBER\(F5\)/);
  });
});

describe('plan: periksa', () => {
  const a = analysis([fractionTable()], [finding('capaian-tidak-sesuai', S, 'E4', 'Capaian tertulis 100% ...')]);
  const p = plan(a, { mode: 'periksa' });
  test('no cell writes, only comments and the Temuan sheet', () => {
    expect(p.cells).toEqual([]);
    expect(p.comments).toEqual([{ sheet: S, cell: 'E4', text: '[capaian-tidak-sesuai] Capaian tertulis 100% ...', rules: ['capaian-tidak-sesuai'] }]);
    expect(p.sheets.map((s) => s.name)).toEqual(['Temuan']);
    expect(p.mode).toBe('periksa');
  });
  test('Temuan with no findings says so', () => {
    const q = plan(analysis([fractionTable()]), { mode: 'periksa' });
    const tc = byCell(q.sheets[0].cells, 'Temuan');
    expect(tc.get('F2')?.value).toBe('Tidak ada temuan.');
  });
});

describe('plan: formula injection guard', () => {
  const evil = '=HYPERLINK("http://contoh.invalid","klik")';
  const t = fractionTable();
  t.items[0].indikator = evil;
  const a = analysis([t], [
    { ...finding('capaian-ekstrem', '-Data', 'B2', evil), sheet: '-Data' },
    finding('capaian-ekstrem', S, 'E4', '+cmd|calc'),
  ]);
  const p = plan(a, { mode: 'hitung' });
  const all = [...p.cells, ...p.sheets.flatMap((s) => s.cells)];
  test('no text cell starting with = + - @ unless marked as text', () => {
    const bad = all.filter((w) => w.formula === null && typeof w.value === 'string' && /^[=+\-@]/.test(w.value) && w.numberFormat !== '@');
    expect(bad).toEqual([]);
    const marked = all.filter((w) => w.formula === null && w.value === evil);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((w) => w.numberFormat === '@')).toBe(true);
  });
  test('only our own formulas are formulas', () => {
    for (const w of all.filter((x) => x.formula !== null)) expect(w.formula).not.toContain('HYPERLINK');
  });
});
