/**
 * Perbandingan Renstra in Excel (issue: Renstra comparison tables and chart) on the Kupang fixture
 * (seed 001): the sheet's cells reference the source cells, so the comparison follows when a
 * realisasi is typed. Numbers by hand from seed 001 (Tabel III.1, III.3, III.4):
 *   food service: target 2023 80%, realisasi 100% -> 100/80 = 125%; Renstra 2023 80%, end target
 *   (2024) 80% -> 125%; 2022 realisasi 100%. Typing 90% as the 2023 realisasi: 90/80 = 112.5%.
 */
import * as path from 'path';
import { readWorkbookFile } from '../../src/xlsx/read';
import type { WorkbookSnapshot } from '../../src/core/grid';
import { setup, sheetOf } from './helpers';

const FIX = path.join(__dirname, '..', 'fixtures');
let kupang: WorkbookSnapshot;
beforeAll(async () => {
  kupang = await readWorkbookFile(path.join(FIX, 'kupang-2023.xlsx'));
});

const R = 'Perbandingan Renstra';

describe('Perbandingan Renstra stays live in Excel', () => {
  test('exact numbers, formulas to the source cells, recalculation when a realisasi changes, both charts', async () => {
    const { fake, host } = setup({ ...kupang, activeSheet: 'Pengukuran 2023' });
    const r = await host.bangunRenstra();
    expect(r.sheet).toBe(R);
    const d = sheetOf(fake.dump(), R);
    // header row: find the columns by their header text
    const headerRow = Object.entries(d.cells).find(([, v]) => v.v === 'Indikator Kinerja')![0].replace(/[A-Z]+/, '');
    const col = (title: string) => {
      const hit = Object.entries(d.cells).find(([k, v]) => k.endsWith(headerRow) && k.replace(/\d+$/, '') !== '' && String(v.v).startsWith(title));
      if (!hit) throw new Error(`no column ${title}`);
      return hit[0].replace(/\d+$/, '');
    };
    const row = Number(headerRow) + 1; // first indicator: food service
    expect(String(fake.cell(R, `${col('Indikator Kinerja')}${row}`).value)).toMatch(/pemenuhan layanan makanan/i);
    const realisasi = `${col('Realisasi 2023')}${row}`;
    const capaian = `${col('Capaian 2023')}${row}`;
    const akhir = `${col('Capaian terhadap Target Akhir')}${row}`;
    expect(fake.cell(R, realisasi).formula).toBe("='Pengukuran 2023'!E4");
    expect(fake.cell(R, capaian).value as number).toBeCloseTo(1.25, 10);
    expect(fake.cell(R, `${col('Target Renstra 2023')}${row}`).value as number).toBeCloseTo(0.8, 10);
    expect(fake.cell(R, `${col('Target Akhir Renstra')}${row}`).value as number).toBeCloseTo(0.8, 10);
    expect(fake.cell(R, akhir).value as number).toBeCloseTo(1.25, 10);
    expect(fake.cell(R, `${col('Realisasi 2022')}${row}`).value as number).toBeCloseTo(1, 10);

    // the user types 90% as the 2023 realisasi: the comparison follows
    fake.setCellValue('Pengukuran 2023', 'E4', 0.9);
    expect(fake.cell(R, realisasi).value as number).toBeCloseTo(0.9, 10);
    expect(fake.cell(R, capaian).value as number).toBeCloseTo(1.125, 10);
    expect(fake.cell(R, akhir).value as number).toBeCloseTo(1.125, 10);
    expect(fake.cell(R, capaian).text).toBe('112.50%');

    const charts = sheetOf(fake.dump(), R).charts;
    expect(charts.map((c) => c.type).sort()).toEqual(['ColumnClustered', 'Line'].sort());
    const column = charts.find((c) => c.type === 'ColumnClustered')!;
    expect(column.series).toEqual(['Target 2023', 'Realisasi 2023']);
    const line = charts.find((c) => c.type === 'Line')!;
    expect(line.series.length).toBe(2);
  });
});
