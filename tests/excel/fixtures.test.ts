/**
 * The engine's fixture workbooks (tests/fixtures, built from the seeds) read with src/xlsx and
 * loaded into the in-memory Excel. Expected numbers from the Kupang LKjIP 2023 Tabel III.1
 * (seed 001, lines 607-636), worked out by hand: 100/80 = 125%, 100/94 = 106.38%.
 */
import * as path from 'path';
import { readWorkbookFile } from '../../src/xlsx/read';
import type { WorkbookSnapshot } from '../../src/core/grid';
import { gridFromRows } from '../../src/testing/excel';
import { setup, sheetOf, visible } from './helpers';

const FIX = path.join(__dirname, '..', 'fixtures');
let kupang: WorkbookSnapshot;
beforeAll(async () => {
  kupang = await readWorkbookFile(path.join(FIX, 'kupang-2023.xlsx'));
});
const on = (sheet: string) => ({ ...kupang, activeSheet: sheet });

describe('kupang-2023.xlsx in Excel', () => {
  test('Hitung Capaian on Pengukuran 2023: formulas, klasifikasi, comments, Temuan; 4 syncs', async () => {
    const { fake, host } = setup(on('Pengukuran 2023'));
    fake.resetStats();
    const r = await host.hitung();
    expect(fake.stats.syncs).toBe(4); // 3 reads (read.ts: list + the active sheet's size; sizes + merged areas + the active sheet's contents; the other sheets' contents) + 1 write (backup first, then the writes, then the new threads: thread-adds.ts writeAndAdd); before issue 14's last part: 5
    const S = 'Pengukuran 2023';
    expect(fake.cell(S, 'F4')).toMatchObject({ value: 1.25, formula: '=E4/D4', text: '125.00%' });
    expect(fake.cell(S, 'F5').text).toBe('106.38%');
    expect(fake.cell(S, 'F5').value as number).toBeCloseTo(100 / 94, 12);
    expect(fake.cell(S, 'H3').value).toBe('Klasifikasi');
    expect(fake.cell(S, 'H4').value).toBe('Sangat Tinggi');
    const cells = fake.dump().comments.map((c) => c.cell);
    for (const c of ['F4', 'F5', 'E6']) expect(cells).toContain(c);
    const rules = new Map(r.findings.map((f) => [f.cell, f.rule]));
    expect(rules.get('F4')).toBe('capaian-tidak-sesuai');
    expect(rules.get('F5')).toBe('capaian-tidak-sesuai');
    expect(rules.get('E6')).toBe('nihil-disamakan-target');
    const temuan = sheetOf(fake.dump(), 'Temuan');
    const listed = Object.entries(temuan.cells).filter(([k]) => /^E\d+$/.test(k) && k !== 'E1').map(([, v]) => v.v);
    expect(listed.length).toBe(r.findings.length);
  });

  test('Pulihkan gives back the workbook exactly, after one run and after a rerun', async () => {
    const { fake, host } = setup(on('Pengukuran 2023'));
    const original = fake.dump();
    await host.hitung();
    await host.pulihkan();
    expect(fake.dump()).toEqual(original);
    await host.hitung();
    const afterFirst = visible(fake.dump());
    await host.hitung();
    expect(visible(fake.dump())).toEqual(afterFirst);
    await host.pulihkan();
    expect(fake.dump()).toEqual(original);
  });

  test('Siapkan Lembar Pengukuran from PK 2023: targets linked, capaian follows typed realisasi', async () => {
    const { fake, host } = setup(on('PK 2023'));
    const r = await host.siapkanPengukuran();
    // 'Pengukuran 2023' is the user's own sheet: the new one gets a free name
    expect(r.sheet).toBe('Pengukuran 2023 (2)');
    expect(fake.activeSheet()).toBe(r.sheet);
    expect(fake.cell(r.sheet, 'D2')).toMatchObject({ formula: "='PK 2023'!D4", value: 0.8 });
    expect(fake.cell(r.sheet, 'G2').value).toBe('Tidak dapat diukur');
    // 100% realisasi of an 80% target: 125% -> Sangat Tinggi; 60% of 80%: 75% -> Sedang (66..75)
    fake.setCellValue(r.sheet, 'E2', 1);
    expect(fake.cell(r.sheet, 'F2').text).toBe('125.00%');
    expect(fake.cell(r.sheet, 'G2').value).toBe('Sangat Tinggi');
    fake.setCellValue(r.sheet, 'E2', 0.6);
    expect(fake.cell(r.sheet, 'G2').value).toBe('Sedang');
    // the PK target changes: the pengukuran sheet follows (90% target, 60% realisasi: 66.67% -> Sedang)
    fake.setCellValue('PK 2023', 'D4', 0.9);
    expect(fake.cell(r.sheet, 'F2').text).toBe('66.67%');
    await host.pulihkan();
    expect(fake.sheetNames()).not.toContain(r.sheet);
  });

  test('Bangun Tabel Renstra: sheet, Excel table and charts; a person-made sheet asks first', async () => {
    const { fake, host } = setup(on('Pengukuran 2023'));
    const r = await host.bangunRenstra();
    expect(r.sheet).toBe('Perbandingan Renstra');
    const s = sheetOf(fake.dump(), 'Perbandingan Renstra');
    expect(s.tables).toHaveLength(1);
    expect(s.charts.length).toBeGreaterThan(0);
    expect(s.charts[0].series).toEqual(['Target 2023', 'Realisasi 2023']);
    // rebuilding our own sheet needs no confirmation and gives the same sheet
    const again = await host.bangunRenstra();
    expect(again.needsConfirm).toBeUndefined();
    expect(sheetOf(fake.dump(), 'Perbandingan Renstra').cells).toEqual(s.cells);

    const person = {
      ...kupang,
      sheets: [...kupang.sheets, gridFromRows('Perbandingan Renstra', [['Catatan rapat'], ['Renstra dibahas 12 Mei']])],
      activeSheet: 'Pengukuran 2023',
    };
    const b = setup(person);
    const before = b.fake.dump();
    const ask = await b.host.bangunRenstra();
    expect(ask).toMatchObject({ sheet: null, needsConfirm: true });
    expect(b.fake.dump()).toEqual(before);
    const done = await b.host.bangunRenstra({ confirmReplace: true });
    expect(done.sheet).toBe('Perbandingan Renstra');
    expect(sheetOf(b.fake.dump(), 'Perbandingan Renstra').cells.A1.v).not.toBe('Catatan rapat');
    await b.host.pulihkan();
    expect(b.fake.dump()).toEqual(before);
  });
});
