/**
 * The short klasifikasi formula (a LOOKUP over the legend the plan writes) evaluated by the
 * in-memory Excel's formula engine, against klasifikasikan() for every preset, at and around
 * every bound; and LOOKUP itself with Microsoft's documented example.
 */
import { createFakeExcel, gridFromRows } from '../../src/testing/excel';
import { klasifikasikan, PRESETS, rumusKlasifikasiLegenda, TIDAK_DAPAT_DIUKUR } from '../../src/core/klasifikasi';
import { legendCells } from '../../src/core/plan';
import type { CellValue } from '../../src/core/grid';

describe('LOOKUP in the in-memory Excel (vector form)', () => {
  // Microsoft's example (support.microsoft.com, LOOKUP function): A2:A6 4.14 4.19 5.17 5.77 6.39,
  // B2:B6 red orange yellow green blue.
  const rows: CellValue[][] = [
    ['Frequency', 'Color', 'Result'],
    [4.14, 'red', '=LOOKUP(4.19,A2:A6,B2:B6)'],
    [4.19, 'orange', '=LOOKUP(5.75,A2:A6,B2:B6)'],
    [5.17, 'yellow', '=LOOKUP(7.66,A2:A6,B2:B6)'],
    [5.77, 'green', '=LOOKUP(0,A2:A6,B2:B6)'],
    [6.39, 'blue', '=LOOKUP(5.17,A2:B6)'],
  ];
  const fake = createFakeExcel({ sheets: [gridFromRows('L', rows)], activeSheet: 'L' });
  test('exact match, largest value below, past the end, below the first (#N/A), array form', () => {
    expect(fake.cell('L', 'C2').value).toBe('orange'); // 4.19 found
    expect(fake.cell('L', 'C3').value).toBe('yellow'); // 5.75: largest <= is 5.17
    expect(fake.cell('L', 'C4').value).toBe('blue'); // 7.66: the last value 6.39
    expect(fake.cell('L', 'C5').value).toBe('#N/A'); // 0 is below 4.14
    expect(fake.cell('L', 'C6').value).toBe('yellow'); // array form: first column searched, last column returned
  });
});

describe('rumusKlasifikasiLegenda evaluates like klasifikasikan', () => {
  for (const skala of Object.values(PRESETS)) {
    test(`${skala.id}`, () => {
      // Legend at D1 (title), D2 header, D3 lowest band, then the bands, then N/A.
      const legend = legendCells('K', 1, 4, skala);
      const bounds = skala.bands.map((b) => b.min);
      // every bound, just below it (0.01 and float noise), far below, far above, 0, negative
      const points: number[] = [];
      for (const b of bounds) points.push(b, b - 0.01, b + 0.01, b - 1e-12);
      points.push(-25, 0, 150, 1000);
      const rows: CellValue[][] = [];
      points.forEach((x, i) => {
        rows[i] = [x / 100, `=${rumusKlasifikasiLegenda(`A${i + 1}`, { row: 3, col: 4, bands: bounds.length }, true).slice(1)}`];
      });
      const n = points.length;
      rows[n] = ['N/A', `=${rumusKlasifikasiLegenda(`A${n + 1}`, { row: 3, col: 4, bands: bounds.length }, true).slice(1)}`];
      rows[n + 1] = [null, `=${rumusKlasifikasiLegenda(`A${n + 2}`, { row: 3, col: 4, bands: bounds.length }, true).slice(1)}`];
      const g = gridFromRows('K', rows);
      for (const w of legend) {
        const m = /^([A-Z]+)(\d+)$/.exec(w.cell)!;
        const r = Number(m[2]) - 1;
        const c = m[1].charCodeAt(0) - 65;
        while (g.values.length <= r) {
          g.values.push([]);
          g.formulas.push([]);
          g.formats.push([]);
          g.text.push([]);
        }
        g.values[r][c] = w.value as CellValue;
        g.formulas[r][c] = null;
        g.formats[r][c] = 'General';
        g.text[r][c] = String(w.value);
      }
      const fake = createFakeExcel({ sheets: [g], activeSheet: 'K' });
      points.forEach((x, i) => {
        // the fraction cell is x/100; the formula rounds x/100*100 to 9 decimals, as klasifikasikan's tolerance
        expect([x, fake.cell('K', `B${i + 1}`).value]).toEqual([x, klasifikasikan(x, skala)]);
      });
      expect(fake.cell('K', `B${n + 1}`).value).toBe(TIDAK_DAPAT_DIUKUR); // text capaian
      // an empty capaian cell: ISNUMBER(empty) is FALSE, so N/A as well
      expect(fake.cell('K', `B${n + 2}`).value).toBe(TIDAK_DAPAT_DIUKUR);
    });
  }
  test('by hand: permendagri-86 at 91, 90.99, 51, 50.99, -25', () => {
    // 91 >= 91 Sangat Tinggi; 90.99 >= 76 Tinggi; 51 >= 51 Rendah; 50.99 < 51 Sangat Rendah; -25 below every bound
    const s = PRESETS['permendagri-86'];
    expect([91, 90.99, 51, 50.99, -25].map((x) => klasifikasikan(x, s))).toEqual(['Sangat Tinggi', 'Tinggi', 'Rendah', 'Sangat Rendah', 'Sangat Rendah']);
  });
});
