/**
 * The in-memory Excel itself: Office.js semantics the adapter relies on.
 */
import { createFakeExcel, gridFromRows } from '../../src/testing/excel';
import { renderText } from '../../src/testing/excel/formula';
import type { WorkbookSnapshot } from '../../src/core/grid';

function book(): WorkbookSnapshot {
  return {
    sheets: [
      gridFromRows('Data 2023', [
        ['Target', 'Realisasi', 'Capaian'],
        [0.8, 1, '=B2/A2'],
        [0, 5, '=IFERROR(B3/A3,"N/A")'],
      ], { formats: { A2: '0%', B2: '0%', C2: '0.00%' }, merges: ['A5:B6'] }),
      gridFromRows('Ringkasan', [["='Data 2023'!C2*100"], ['=IF(AND(A1>=91,ISNUMBER(A1)),"Sangat Tinggi",IF(OR(A1<0,A1=""),"?","Lain"))'], ['=MAX(1,2,MIN(5,3))&" buah"']]),
      gridFromRows('Kosong', []),
    ],
    activeSheet: 'Data 2023',
  };
}

describe('fake Excel', () => {
  test('properties throw until loaded and synced; writes apply at sync', async () => {
    const fake = createFakeExcel(book());
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data 2023').getRange('A2:C2');
      expect(() => r.values).toThrow(/PropertyNotLoaded|not available/);
      r.load('values,text,formulas,numberFormat');
      expect(() => r.values).toThrow();
      await ctx.sync();
      expect(r.values).toEqual([[0.8, 1, 1.25]]);
      expect(r.text).toEqual([['80%', '100%', '125.00%']]);
      expect(r.formulas).toEqual([[0.8, 1, '=B2/A2']]);
      expect(r.numberFormat).toEqual([['0%', '0%', '0.00%']]);
      const b = ctx.workbook.worksheets.getItem('Data 2023').getRange('B2');
      b.values = [[0.6]];
      expect(fake.cell('Data 2023', 'B2').value).toBe(1); // queued, not applied
      await ctx.sync();
      expect(fake.cell('Data 2023', 'C2').value).toBeCloseTo(0.75, 12); // recalculated
      expect(fake.cell('Ringkasan', 'A2').value).toBe('Lain'); // 75 -> not >= 91
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.requests[1].ops).toBe(1);
  });

  test('formulas: cross-sheet refs, IF/AND/OR/IFERROR/MAX/MIN, strings; text rendering', () => {
    const fake = createFakeExcel(book());
    expect(fake.cell('Ringkasan', 'A1').value).toBe(125);
    expect(fake.cell('Ringkasan', 'A2').value).toBe('Sangat Tinggi');
    expect(fake.cell('Ringkasan', 'A3').value).toBe('3 buah');
    expect(fake.cell('Data 2023', 'C3').value).toBe('N/A');
    fake.setCellValue('Data 2023', 'A3', 4);
    expect(fake.cell('Data 2023', 'C3').value).toBe(1.25);
    fake.setCellValue('Data 2023', 'C4', '=B3/0');
    expect(fake.cell('Data 2023', 'C4').value).toBe('#DIV/0!');
    expect(renderText(0.80555, '0.00%')).toBe('80.56%');
    expect(renderText(1234.5, '#,##0')).toBe('1,235');
    expect(renderText(7, '0 "Layanan"')).toBe('7 Layanan');
    expect(renderText(0.125, 'General')).toBe('0.125');
    expect(renderText(12, '@')).toBe('12');
    expect(renderText(2.5, '0')).toBe('3');
  });

  test('OrNullObject, used ranges, merged areas, worksheets add/delete and visibility', async () => {
    const fake = createFakeExcel(book());
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets;
      const missing = ws.getItemOrNullObject('Tidak Ada');
      const empty = ws.getItem('Kosong').getUsedRangeOrNullObject();
      const used = ws.getItem('Data 2023').getUsedRange();
      used.load('address');
      const merged = used.getMergedAreasOrNullObject();
      merged.load('address');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(empty.isNullObject).toBe(true);
      expect(used.address).toBe("'Data 2023'!A1:C3");
      expect(merged.isNullObject).toBe(true); // A5:B6 lies outside the used range
      const all = ws.getItem('Data 2023').getRange('A1:D9').getMergedAreasOrNullObject();
      all.load('address');
      ws.getItem('Data 2023').getRange('A1').values = [['x']];
      ctx.workbook.worksheets.getItem('Data 2023').getRange('Z1').values = [['y']];
      await ctx.sync();
      expect(all.address).toBe("'Data 2023'!A5:B6");
      const added = ws.add('Rahasia');
      added.visibility = 'VeryHidden' as Excel.SheetVisibility;
      await ctx.sync();
      added.delete();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      ws.add('Rahasia');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    });
    expect(fake.dump().sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Data 2023', 'Visible'],
      ['Ringkasan', 'Visible'],
      ['Kosong', 'Visible'],
      ['Rahasia', 'VeryHidden'],
    ]);
  });

  test('getIntersectionOrNullObject: the rectangle both ranges cover, or a null object', async () => {
    const fake = createFakeExcel({ sheets: [gridFromRows('S', [[1, 2, 3], [4, 5, 6]])] });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const used = ws.getUsedRange(true); // A1:C2
      const both = used.getIntersectionOrNullObject(ws.getRangeByIndexes(1, 1, 5, 16384)); // B2:XFD6
      both.load('address,values');
      const none = used.getIntersectionOrNullObject('E5:F6');
      none.load('address');
      await ctx.sync();
      expect(both.isNullObject).toBe(false);
      expect(both.address).toBe('S!B2:C2');
      expect(both.values).toEqual([[5, 6]]);
      expect(none.isNullObject).toBe(true);
    });
  });

  test('a protected sheet refuses the whole batch at sync', async () => {
    const fake = createFakeExcel(book(), { protectedSheets: ['Ringkasan'] });
    const before = fake.dump();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Data 2023').getRange('A1').values = [['ubah']];
        ctx.workbook.worksheets.getItem('Ringkasan').getRange('A5').values = [['ubah']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.dump()).toEqual(before);
  });

  test('comments (ExcelApi 1.10): add, one thread per cell, items, delete; missing when switched off', async () => {
    const fake = createFakeExcel(book());
    fake.addPersonComment('Data 2023', 'A2', 'Target dari PK?');
    await fake.run(async (ctx) => {
      ctx.workbook.comments.add("'Data 2023'!C2", '[Capaian PK] cek');
      await ctx.sync();
      ctx.workbook.comments.add("'Data 2023'!A2", 'kedua');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      const items = ctx.workbook.comments;
      items.load('items/id,items/content,items/authorName');
      await ctx.sync();
      expect(items.items.map((c) => [c.content, c.authorName])).toEqual([
        ['Target dari PK?', 'Budi Santoso'],
        ['[Capaian PK] cek', 'Pengguna'],
      ]);
      const loc = items.items[1].getLocation();
      loc.load('address');
      const byCell = (ctx.workbook.comments as unknown as { getItemByCellOrNullObject(a: string): Excel.Comment }).getItemByCellOrNullObject("'Data 2023'!B2");
      await ctx.sync();
      expect(loc.address).toBe("'Data 2023'!C2");
      expect(byCell.isNullObject).toBe(true);
      items.items[1].delete();
      await ctx.sync();
    });
    expect(fake.dump().comments.map((c) => c.cell)).toEqual(['A2']);
    fake.setSupported('ExcelApi', '1.10', false);
    expect(fake.isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(fake.isSetSupported('ExcelApi', '1.18')).toBe(true);
    await fake.run(async (ctx) => {
      expect(ctx.workbook.comments).toBeUndefined();
      ctx.workbook.notes.add("'Data 2023'!C2", 'catatan');
      await ctx.sync();
      const n = ctx.workbook.worksheets.getItem('Data 2023').notes.getItem('C2');
      n.load('content');
      await ctx.sync();
      expect(n.content).toBe('catatan');
    });
  });

  test('settings, tables and charts with series names', async () => {
    const fake = createFakeExcel(book());
    await fake.run(async (ctx) => {
      ctx.workbook.settings.add('k', '{"a":1}');
      const sh = ctx.workbook.worksheets.getItem('Data 2023');
      const t = sh.tables.add('A1:C3', true);
      t.name = 'Data';
      const ch = sh.charts.add('ColumnClustered' as Excel.ChartType, sh.getRange('A1:C3'), 'Columns' as Excel.ChartSeriesBy);
      ch.title.text = 'Target dan Realisasi';
      ch.setPosition('E2');
      const s = ctx.workbook.settings.getItemOrNullObject('k');
      s.load('value');
      await ctx.sync();
      expect(s.value).toBe('{"a":1}');
      sh.tables.add('B2:C4', true);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' }); // overlaps
    });
    const d = fake.dump();
    expect(d.settings).toEqual({ k: '{"a":1}' });
    const s = d.sheets[0];
    expect(s.tables).toEqual([{ name: 'Data', range: 'A1:C3', style: 'TableStyleMedium2' }]);
    expect(s.charts).toEqual([{ type: 'ColumnClustered', title: 'Target dan Realisasi', source: "'Data 2023'!A1:C3", seriesBy: 'Columns', series: ['Realisasi', 'Capaian'], anchor: 'E2' }]);
  });

  test('subscribe: listeners hear writes, typed values and activation', async () => {
    const fake = createFakeExcel(book());
    const seen = jest.fn();
    const off = fake.subscribe(seen);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data 2023').getRange('A1');
      r.load('values');
      await ctx.sync(); // a read: no change
      r.values = [['T']];
      await ctx.sync();
    });
    expect(seen).toHaveBeenCalledTimes(1);
    fake.setCellValue('Data 2023', 'B2', 0.5);
    fake.activate('Ringkasan');
    expect(seen).toHaveBeenCalledTimes(3);
    off();
    fake.activate('Data 2023');
    expect(seen).toHaveBeenCalledTimes(3);
  });
});
