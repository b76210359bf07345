/**
 * The ledger (src/core/ledger.ts) in the Excel host: the backup records what each run wrote, the
 * next run reads every cell still holding it as the user's original, and backups merge.
 *  - running twice gives the same workbook as running once (values, formulas, formats, comments,
 *    notes, sheets, the Temuan sheet), on every fixture;
 *  - Hitung, Hitung, Pulihkan gives back the original workbook;
 *  - what the user types between runs is theirs: it is analysed, and Pulihkan keeps it.
 * Fixture numbers: Kupang LKjIP 2023 Tabel III.1 (seed 001): row 4 target 80%, realisasi 100%,
 * stated capaian 100% (computed 100/80 = 125%).
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbookFile } from '../../src/xlsx/read';
import type { WorkbookSnapshot } from '../../src/core/grid';
import { BACKUP_SHEET } from '../../src/excel/read';
import { parseBackup } from '../../src/excel/backup';
import { stillWritten, writtenKey } from '../../src/core/ledger';
import { kupangLike, PENGUKURAN } from './workbooks';
import { backupOf, setup, sheetOf, visible } from './helpers';

const FIX = path.join(__dirname, '..', 'fixtures');
const files = fs.readdirSync(FIX).filter((f) => f.endsWith('.xlsx')).sort();

describe.each(files)('%s: Hitung twice = Hitung once; Hitung, Hitung, Pulihkan = original', (file) => {
  test('every sheet with a pengukuran table', async () => {
    const snap = await readWorkbookFile(path.join(FIX, file));
    let computed = 0;
    for (const g of snap.sheets) {
      const { fake, host } = setup({ ...snap, activeSheet: g.sheet });
      const original = fake.dump();
      const r1 = await host.hitung();
      if (r1.noTable) continue;
      computed++;
      const once = visible(fake.dump());
      const r2 = await host.hitung();
      expect(visible(fake.dump())).toEqual(once);
      expect(r2.findings).toEqual(r1.findings);
      expect(r2.summary).toEqual(r1.summary);
      await host.hitung();
      expect(visible(fake.dump())).toEqual(once);
      await host.pulihkan();
      expect(fake.dump()).toEqual(original);
    }
    if (!/-ra-/.test(file)) expect(computed).toBeGreaterThan(0);
  });
});

describe('kupang-2023.xlsx: the ledger across runs', () => {
  let kupang: WorkbookSnapshot;
  beforeAll(async () => {
    kupang = await readWorkbookFile(path.join(FIX, 'kupang-2023.xlsx'));
  });
  const S = 'Pengukuran 2023';

  test('the backup records what the run wrote; a rerun keeps the first originals', async () => {
    const { fake, host } = setup({ ...kupang, activeSheet: S });
    await host.hitung();
    const b1 = backupOf(fake);
    expect(b1.version).toBe(3);
    const f4 = b1.cells.find((c) => c.s === S && c.c === 'F4')!;
    // original: the stated 100% (format 0%); written: the formula E4/D4, kept as its key (no copy of the text)
    expect(f4).toMatchObject({ v: 1, f: null, fmt: '0%' });
    expect(f4.w).toBe(writtenKey({ value: null, formula: '=E4/D4' }, 'F4'));
    expect(stillWritten({ value: 1.25, formula: '=e4/d4' }, f4.w!, 'F4')).toBe(true);
    expect(stillWritten({ value: 1.25, formula: '=E5/D5' }, f4.w!, 'F4')).toBe(false);
    // keyed relative to its cell: the same formula one row down has the same key
    expect(writtenKey({ value: null, formula: '=E5/D5' }, 'F5')).toBe(f4.w);
    expect(b1.created).toEqual(['Temuan']);
    await host.hitung();
    const b2 = backupOf(fake);
    expect(b2.cells).toEqual(b1.cells);
    expect(b2.threads).toEqual(b1.threads);
    expect(b2.created).toEqual(['Temuan']);
    expect(b2.replaced).toEqual([]); // Temuan is the add-in's: Pulihkan deletes it
  });

  test('Hitung, the user types a new realisasi, Hitung: capaian follow, Pulihkan keeps the realisasi and the stated capaian', async () => {
    const { fake, host } = setup({ ...kupang, activeSheet: S });
    const original = fake.dump();
    await host.hitung();
    fake.setCellValue(S, 'E4', 0.72); // 72% of 80% = 90% -> Tinggi (76..90)
    const r = await host.hitung();
    expect(fake.cell(S, 'F4')).toMatchObject({ formula: '=E4/D4', text: '90.00%' });
    expect(fake.cell(S, 'H4').value).toBe('Tinggi');
    // the stated 100% is still what is reviewed: 100% stated vs 90% computed
    const f4 = r.findings.find((f) => f.cell === 'F4');
    expect(f4?.rule).toBe('capaian-tidak-sesuai');
    expect(backupOf(fake).cells.find((c) => c.s === S && c.c === 'F4')).toMatchObject({ v: 1, f: null, fmt: '0%' });
    await host.pulihkan();
    const back = fake.dump();
    expect(fake.cell(S, 'E4').value).toBe(0.72);
    expect(fake.cell(S, 'F4')).toMatchObject({ value: 1, formula: null, format: '0%' });
    const cells = { ...sheetOf(original, S).cells, E4: sheetOf(back, S).cells.E4 };
    expect(sheetOf(back, S).cells).toEqual(cells);
    expect(back.sheets.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
    expect(back.comments).toEqual(original.comments);
  });

  test('Hitung, the user types over a capaian cell, Hitung, Pulihkan: the cell holds what the user typed', async () => {
    const { fake, host } = setup({ ...kupang, activeSheet: S });
    const original = fake.dump();
    await host.hitung();
    fake.setCellValue(S, 'F5', 0.5); // over the formula E5/D5 (100/94 = 106.38%)
    const r = await host.hitung();
    // the typed 50% is the user's stated capaian now: 50% vs 106.38% -> capaian-tidak-sesuai
    expect(r.findings.find((f) => f.cell === 'F5')?.rule).toBe('capaian-tidak-sesuai');
    expect(fake.cell(S, 'F5').formula).toBe('=E5/D5');
    await host.pulihkan();
    // not run 1's original (100%), not the formula
    expect(fake.cell(S, 'F5')).toMatchObject({ value: 0.5, formula: null });
    const back = fake.dump();
    const cells = { ...sheetOf(original, S).cells, F5: sheetOf(back, S).cells.F5 };
    expect(sheetOf(back, S).cells).toEqual(cells);
    expect(back.comments).toEqual(original.comments);
  });

  test('Hitung, the user types over a capaian cell, Pulihkan (no rerun): what they typed stays, the rest is restored', async () => {
    const { fake, host } = setup({ ...kupang, activeSheet: S });
    const original = fake.dump();
    await host.hitung();
    fake.setCellValue(S, 'F5', 0.5);
    const res = await host.pulihkan();
    expect(fake.cell(S, 'F5')).toMatchObject({ value: 0.5, formula: null });
    expect(fake.cell(S, 'F4')).toMatchObject({ value: 1, formula: null, format: '0%' });
    const back = fake.dump();
    expect(sheetOf(back, S).cells).toEqual({ ...sheetOf(original, S).cells, F5: sheetOf(back, S).cells.F5 });
    expect(back.comments).toEqual(original.comments);
    expect(fake.sheetNames()).toEqual(original.sheets.map((s) => s.name));
    expect(res.restored).toBeGreaterThan(0);
  });

  test('other runs in between (Siapkan Lembar Pengukuran, Bangun Renstra, Periksa): Pulihkan deletes every sheet created', async () => {
    const { fake, host } = setup({ ...kupang, activeSheet: S });
    const original = fake.dump();
    await host.hitung();
    await host.bangunRenstra();
    fake.activate('PK 2023');
    const p = await host.siapkanPengukuran();
    expect(fake.sheetNames()).toContain(p.sheet);
    fake.activate(S);
    const once = visible(fake.dump());
    await host.hitung();
    expect(visible(fake.dump())).toEqual(once);
    await host.periksa();
    expect(sheetOf(fake.dump(), S).cells).toEqual(sheetOf(once, S).cells);
    await host.pulihkan();
    expect(fake.dump()).toEqual(original);
    expect(fake.sheetNames()).toEqual(original.sheets.map((s) => s.name));
  });
});

describe('the in-code Kupang-like workbook', () => {
  test('notes (no threaded comments): Hitung twice = once, Hitung, Hitung, Pulihkan = original', async () => {
    const { fake, host } = setup(kupangLike());
    fake.setSupported('ExcelApi', '1.10', false);
    const original = fake.dump();
    await host.hitung();
    const once = visible(fake.dump());
    expect(Object.keys(sheetOf(once, PENGUKURAN).notes).sort()).toEqual(['E6', 'F3', 'F4']) // F3: the capaian column's one note (F6 is N/A: its reason is there, not on F6);
    await host.hitung();
    expect(visible(fake.dump())).toEqual(once);
    await host.pulihkan();
    expect(fake.dump()).toEqual(original);
  });

  test('a rerun with nothing changed writes nothing: only the read syncs', async () => {
    const { fake, host } = setup(kupangLike());
    await host.hitung();
    const afterFirst = fake.dump();
    fake.resetStats();
    await host.hitung();
    expect(fake.stats.syncs).toBe(3); // the three read syncs of src/excel/read.ts
    expect(fake.dump()).toEqual(afterFirst);
  });

  test('a rerun that fails half-way leaves the workbook and the backup as before it', async () => {
    // The user types over the capaian F5 (a formula of run 1), so the rerun has to write again
    // (F5, its comment, the backup's original of F5, the Temuan sheet): in several syncs under a
    // 3,000-byte budget. A twin workbook counts them; the last one fails.
    const scenario = async () => {
      const s = setup(kupangLike(), {}, { maxRequestBytes: 3000 });
      const original = s.fake.dump();
      await s.host.hitung();
      s.fake.setCellValue(PENGUKURAN, 'F5', 0.5);
      return { ...s, original };
    };
    const twin = await scenario();
    twin.fake.resetStats();
    await twin.host.hitung();
    const syncs = twin.fake.stats.syncs;
    expect(syncs).toBeGreaterThanOrEqual(5); // 3 reads, then at least two write syncs
    const { fake, host, original } = await scenario();
    const before = fake.dump();
    fake.resetStats();
    fake.failSync(syncs);
    await expect(host.hitung()).rejects.toThrow(/dikembalikan seperti semula/);
    expect(fake.dump()).toEqual(before);
    await host.pulihkan();
    // what the user typed stays; everything else is as before the first run
    const back = fake.dump();
    expect(fake.cell(PENGUKURAN, 'F5')).toMatchObject({ value: 0.5, formula: null });
    expect(sheetOf(back, PENGUKURAN).cells).toEqual({ ...sheetOf(original, PENGUKURAN).cells, F5: sheetOf(back, PENGUKURAN).cells.F5 });
    expect(back.sheets.map((x) => x.name)).toEqual(original.sheets.map((x) => x.name));
    expect(back.comments).toEqual(original.comments);
  });

  test('a version 2 backup (plain JSON with the written formula text) is still read as the ledger and restores', async () => {
    const { fake, host } = setup(kupangLike());
    const original = fake.dump();
    await host.hitung();
    const once = visible(fake.dump());
    const b = backupOf(fake);
    // rewrite it as version 2 wrote it: one object per cell, sheet name repeated, w = { v, f } as in the cell now
    const cells = b.cells.map(({ w: _w, ...c }) => {
      const now = fake.cell(c.s, c.c);
      return { ...c, w: { v: now.value, f: now.formula } };
    });
    const raw = JSON.stringify({ ...b, version: 2, cells });
    await fake.run(async (ctx) => {
      const sh = ctx.workbook.worksheets.getItem(BACKUP_SHEET);
      sh.getRange().clear('All' as Excel.ClearApplyTo);
      sh.getRange('A1').values = [[raw]];
      await ctx.sync();
    });
    expect(parseBackup(raw)).toMatchObject({ version: 2 });
    // the ledger is read: F4 is the user's 100% again, the rerun writes the same workbook
    await host.hitung();
    expect(visible(fake.dump())).toEqual(once);
    expect(backupOf(fake).version).toBe(3);
    await host.pulihkan();
    expect(fake.dump()).toEqual(original);
  });

  test('a version 1 backup (before the ledger) still parses and restores', async () => {
    const { fake, host } = setup(kupangLike());
    const original = fake.dump();
    await host.hitung();
    const b = backupOf(fake);
    // rewrite it as version 1: no w, no t
    const v1 = { ...b, version: 1, cells: b.cells.map(({ w: _w, t: _t, ...c }) => c) };
    const raw = JSON.stringify(v1);
    await fake.run(async (ctx) => {
      const sh = ctx.workbook.worksheets.getItem(BACKUP_SHEET);
      sh.getRange().clear('All' as Excel.ClearApplyTo);
      sh.getRange('A1').values = [[raw]];
      await ctx.sync();
    });
    expect(parseBackup(raw)).toMatchObject({ version: 1 });
    expect(await host.backupInfo()).toMatchObject({ sheet: PENGUKURAN });
    await host.pulihkan();
    expect(fake.dump()).toEqual(original);
  });
});
