/**
 * Round trips and payload: Hitung Capaian needs the same number of syncs for 200 and 2,000
 * indicators, and no request passes the payload limit (5 MB in Excel on the web): writes are
 * chunked by rows.
 */
import { benchExcel, benchWorkbook } from '../../src/testing/excel/bench';
import { createFakeExcel } from '../../src/testing/excel';
import { execute, sheetOps, DEFAULT_BUDGET } from '../../src/excel/apply';
import type { CellWrite, SheetSpec } from '../../src/core/types';
import { a1 } from '../../src/core/grid';
import { setup } from './helpers';

describe('round trips and payload', () => {
  test('the same number of syncs for 200 and 2,000 indicators', async () => {
    const small = await benchExcel(200);
    const large = await benchExcel(2000);
    expect(small.syncs).toBe(3); // read (2: list + the active sheet's size; sizes + merged areas + contents) + write with the new threads (1, thread-adds.ts writeAndAdd); before issue 14's last part: 5
    expect(large.syncs).toBe(small.syncs);
    expect(large.payloadBytes).toBeGreaterThan(small.payloadBytes * 5);
    expect(large.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  test('writes are chunked by rows under a small request limit, and everything arrives', async () => {
    const limit = 60_000;
    const { fake, host } = setup(benchWorkbook(2000), { maxRequestBytes: limit }, { maxRequestBytes: 50_000 });
    fake.resetStats();
    await host.hitung();
    expect(fake.stats.maxBytes).toBeLessThanOrEqual(limit);
    expect(fake.stats.syncs).toBeGreaterThan(5);
    // indicator 2000 (i = 1999) on row 2001: target 0.5 + (13993 % 50)/100 = 0.93,
    // realisasi 0.4 + (25987 % 60)/100 = 0.47; capaian 47/93 = 50.54%
    const f = fake.cell('Pengukuran 2023', 'F2001');
    expect(f.formula).toBe('=E2001/D2001');
    expect(f.value as number).toBeCloseTo(0.47 / 0.93, 12);
    expect(f.text).toBe('50.54%');
    // 50.54% -> Sangat Rendah (below 51)
    expect(fake.cell('Pengukuran 2023', 'H2001').value).toBe('Sangat Rendah'); // klasifikasi appended after Keterangan (G)
    // and Pulihkan, chunked too, puts everything back
    const before = setup(benchWorkbook(2000)).fake.dump();
    await host.pulihkan();
    expect(fake.dump()).toEqual(before);
  });

  test('a sheet of more than 5 MB is written in several requests, each under 5 MB', async () => {
    const fake = createFakeExcel({ sheets: [{ sheet: 'Data', top: 1, left: 1, values: [[1]], text: [['1']], formats: [['General']], formulas: [[null]], merges: [] }] });
    const rows = 30_000;
    const cells: CellWrite[] = [];
    const text = 'x'.repeat(40);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= 5; c++) cells.push({ sheet: 'Besar', cell: a1(r, c), purpose: 'sheet', formula: null, value: `${text}${r}-${c}` });
    }
    const spec: SheetSpec = { name: 'Besar', purpose: 'temuan', cells, charts: [] };
    fake.resetStats();
    await fake.run(async (ctx) => {
      await execute(ctx, sheetOps(spec, null, DEFAULT_BUDGET), DEFAULT_BUDGET);
    });
    expect(fake.stats.totalBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(fake.stats.syncs).toBeGreaterThanOrEqual(2);
    expect(fake.stats.maxBytes).toBeLessThan(5 * 1024 * 1024);
    expect(fake.cell('Besar', 'E30000').value).toBe(`${text}30000-5`);
    expect(fake.cell('Besar', 'A1').value).toBe(`${text}1-1`);
  });

  test('the fake refuses a request over its limit and applies none of it', async () => {
    const fake = createFakeExcel({ sheets: [] }, { maxRequestBytes: 1000 });
    const before = fake.dump();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['y'.repeat(2000)]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.dump()).toEqual(before);
  });
});
