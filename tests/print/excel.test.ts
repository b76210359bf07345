/**
 * issue 16 point 6 in the Excel host (the in-memory Excel, src/testing/excel): Hitung's Temuan
 * sheet and Bangun Tabel Renstra's sheet get the layout the file writer gives them: wrapped cells,
 * the Tingkat cell filled by severity, column widths, frozen header, and the page layout
 * (landscape, A4, one page wide, header row on every page). On an Excel without ExcelApi 1.9
 * (no pageLayout) the run still writes everything else and succeeds.
 */
import * as path from 'path';
import type { WorkbookSnapshot } from '../../src/core/grid';
import { readWorkbookFile } from '../../src/xlsx/read';
import { setup, sheetOf } from '../excel/helpers';

let kupang: WorkbookSnapshot;
beforeAll(async () => {
  kupang = await readWorkbookFile(path.join(__dirname, '..', 'fixtures', 'kupang-2023.xlsx'));
});
const on = (sheet: string) => ({ ...kupang, activeSheet: sheet });
const PRINT = (row: number) => ({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: `$${row}:$${row}` });

describe('Excel: the sheets a run creates read well and print', () => {
  test('Hitung: Temuan wrapped, Tingkat filled by severity, rule in words and id, landscape A4 one page wide, row 1 on every page', async () => {
    const { fake, host } = setup(on('Pengukuran 2023'));
    const r = await host.hitung();
    const t = sheetOf(fake.dump(), 'Temuan');
    expect(t.print).toEqual(PRINT(1));
    expect(t.freezeRows).toBe(1);
    // 7 columns, 1 header row + one row per finding, every cell wrapped
    const n = r.findings.length;
    expect(Object.keys(t.cells).filter((k) => /^[A-G]\d+$/.test(k))).toHaveLength(7 * (n + 1));
    expect(Object.values(t.cells).every((c) => c.wrap)).toBe(true);
    const fills: Record<string, string> = { Galat: '#FFC7CE', Peringatan: '#FFEB9C', Info: '#DDEBF7' };
    for (let row = 2; row <= n + 1; row++) expect(t.cells[`B${row}`].fill).toBe(fills[String(t.cells[`B${row}`].v)]);
    expect(Object.entries(t.cells).filter(([, c]) => c.fill).map(([k]) => k[0])).toEqual(Array(n).fill('B'));
    const f4 = Object.keys(t.cells).find((k) => /^E\d+$/.test(k) && t.cells[k].v === 'F4')!;
    const row = f4.slice(1);
    expect(t.cells[`C${row}`].v).toBe('Capaian tertulis tidak sesuai');
    expect(t.cells[`G${row}`].v).toBe('capaian-tidak-sesuai');
    // widths in points: chars * 7 + 5 (apply.ts widthPoints): F 100 -> 705, G 23 -> 166
    expect([t.columnWidths.F, t.columnWidths.G]).toEqual([705, 166]);
  });

  test('Bangun Tabel Renstra: the main table wrapped, header row 3 on every page', async () => {
    const { fake, host } = setup(on('Pengukuran 2023'));
    await host.bangunRenstra();
    const s = sheetOf(fake.dump(), 'Perbandingan Renstra');
    expect(s.print).toEqual(PRINT(3));
    expect(s.freezeRows).toBe(3);
    expect(s.cells.C4.wrap).toBe(true);
    expect(s.cells.B4.wrap).toBe(true);
    expect(s.cells.A1.wrap).toBeUndefined();
  });

  test('a rerun gives the same workbook; Pulihkan takes the sheets away', async () => {
    const { fake, host } = setup(on('Pengukuran 2023'));
    const before = fake.dump();
    await host.hitung();
    const once = fake.dump();
    await host.hitung();
    expect(fake.dump()).toEqual(once);
    await host.pulihkan();
    expect(fake.dump()).toEqual(before);
  });

  test('Excel without ExcelApi 1.9 (no pageLayout): Hitung succeeds, the sheet is written, no print setup', async () => {
    const { fake, host } = setup(on('Pengukuran 2023'), { supported: { ExcelApi: '1.8' } });
    const r = await host.hitung();
    expect(r.findings.length).toBeGreaterThan(0);
    const t = sheetOf(fake.dump(), 'Temuan');
    expect(t.print).toBeUndefined();
    expect(t.cells.A1.v).toBe('No');
    expect(t.cells.B2.fill).toBeDefined();
    expect(t.cells.F2.wrap).toBe(true);
    expect(fake.cell('Pengukuran 2023', 'F4').value).toBe(1.25);
  });
});
