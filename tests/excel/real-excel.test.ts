/**
 * The Excel the add-in will meet: one test per refusal of real Excel that the in-memory Excel
 * enforces (src/testing/excel/limits.ts names the Microsoft page or office-js issue for each),
 * showing what the add-in does and what the user sees. Nothing here can pass when the add-in fails:
 * every test checks the workbook afterwards.
 */
import { createExcelHost } from '../../src/excel/host';
import { benchWorkbook } from '../../src/testing/excel/bench';
import { createFakeExcel, gridFromRows } from '../../src/testing/excel';
import { execute, cellOps, sheetOps } from '../../src/excel/apply';
import { planBands, READ_CELL_LIMIT } from '../../src/excel/read-bands';
import { FIXED_NOW, setup, sheetOf, visible } from './helpers';
import { kupangLike, PENGUKURAN } from './workbooks';
import type { WorkbookSnapshot } from '../../src/core/grid';
import type { WorkbookDump } from '../../src/testing/excel';
import { MARK } from '../../src/core/comment-mark';
import { fallbackNotes } from '../../src/excel/comments';

const RAW = /RichApi|GeneralException|The operation|exceeded the limit|isn't available/;

describe('reads within Excel limits (resource-limits-and-performance-optimization.md)', () => {
  test('responses over the limit are refused by the fake; the add-in reads in bands under it, same result', async () => {
    // 2,000 indicators: 2,001 rows x 7 columns of contents, far over a 60,000-byte response limit
    const big = setup(benchWorkbook(2000), { maxRequestBytes: 60_000 }, { maxRequestBytes: 50_000 });
    big.fake.resetStats();
    const r = await big.host.analyse();
    const responses = big.fake.stats.requests.map((q) => q.response ?? 0);
    expect(Math.max(...responses)).toBeLessThanOrEqual(60_000);
    expect(big.fake.stats.syncs).toBeGreaterThan(3); // the contents took several band requests
    const ref = setup(benchWorkbook(2000));
    const r2 = await ref.host.analyse();
    expect(r.summary).toEqual(r2.summary);
    expect(r.findings).toEqual(r2.findings);
  });

  test('a band Excel still finds too large is split and read again (response limit under the budget)', async () => {
    // the add-in plans 4 MB requests; this Excel answers at most 200,000 bytes per response
    const { fake, host } = setup(benchWorkbook(2000), { maxResponseBytes: 200_000 });
    fake.resetStats();
    const r = await host.analyse();
    expect(r.summary.indicators).toBe(2000);
    const responses = fake.stats.requests.map((q) => q.response ?? 0);
    expect(Math.max(...responses)).toBeLessThanOrEqual(200_000);
  });

  test('a single row over the response limit: a clear message, nothing changed', async () => {
    const long = 'x'.repeat(30_000);
    const wb = kupangLike();
    wb.sheets.push(gridFromRows('Lampiran', [[long, long]]));
    const { fake, host } = setup(wb, { maxResponseBytes: 50_000 });
    const before = fake.dump();
    await expect(host.hitung()).rejects.toThrow(/terlalu besar untuk dibaca Excel, bahkan per bagian/);
    await expect(host.hitung()).rejects.not.toThrow(RAW);
    expect(fake.dump()).toEqual(before);
  });

  test('no band asks for more than 5,000,000 cells; sync counts for 200 / 2,000 / 20,000 indicators', async () => {
    // planBands at the default 4,000,000-byte budget: 62,500 cells per request (4e6 / 64 bytes)
    const plan = planBands([{ sheet: 'S', area: { top: 1, left: 1, bottom: 1_048_576, right: 20 } }], 4_000_000);
    for (const req of plan.requests) {
      const cells = req.reduce((n, b) => n + (b.area.bottom - b.area.top + 1) * (b.area.right - b.area.left + 1), 0);
      expect(cells).toBeLessThanOrEqual(Math.min(READ_CELL_LIMIT, 62_500));
    }
    // Reads of Periksa-style analyse: 200 and 2,000 indicators (x 7 columns = 1,407 / 14,007 cells)
    // fit the first rows sync 1 asks for (read-first.ts): 2 syncs (list + active size + contents;
    // information). 20,000 (20,001 rows of 7): sync 1 takes 4,700,000 / (64 x 7) = 10,491 rows,
    // sync 2 the other 9,510 rows (66,570 cells at the measured ~47 bytes x 1.1 = ~52 bytes, ~3.4
    // MB: one request) with the information: 2 syncs. (Before issue 14's last part: 3, 3, 5;
    // before the first rows rode in sync 1: 2, 2, 3.)
    const syncs: number[] = [];
    for (const n of [200, 2000, 20000]) {
      const { fake, host } = setup(benchWorkbook(n));
      fake.resetStats();
      await host.analyse();
      syncs.push(fake.stats.syncs);
    }
    expect(syncs).toEqual([2, 2, 2]);
  }, 120_000);

  test('a sheet over 5,000,000 used cells is skipped with a remark; the run goes on', async () => {
    const wb = kupangLike();
    // A1 and Z300000: 26 x 300,000 = 7,800,000 cells in the used range
    wb.sheets.push(gridFromRows('Tersasar', [['awal']]));
    const { fake, host } = setup(wb);
    fake.setCellValue('Tersasar', 'Z300000', 'jauh');
    const r = await host.hitung();
    expect(r.warnings.join(' ')).toContain('Lembar "Tersasar" terlalu besar untuk dibaca');
    expect(fake.cell(PENGUKURAN, 'F4').formula).toBe('=E4/D4');
  });
});

describe('merged areas (OfficeDev/office-js#1590, #3611)', () => {
  function manyMerges(rows: number, perRow: number): WorkbookSnapshot {
    const wb = kupangLike();
    const merges: string[] = [];
    const data: string[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: string[] = [];
      for (let k = 0; k < perRow; k++) {
        row.push(`v${r}-${k}`, '');
        merges.push(`${colName(2 * k + 1)}${r}:${colName(2 * k + 2)}${r}`);
      }
      data.push(row);
    }
    wb.sheets.push(gridFromRows('Rencana Aksi', data, { merges }));
    return wb;
  }

  test('600 merged areas (over 512): read per band, every one found, nothing fails', async () => {
    const { fake, host } = setup(manyMerges(600, 1));
    const r = await host.hitung();
    expect(r.warnings.join(' ')).not.toContain('Sel gabungan');
    expect(sheetOf(fake.dump(), 'Rencana Aksi').merges.length).toBe(600);
    // the read saw them all: the add-in never writes into them, and Pulihkan gives back the same
    await host.pulihkan();
    expect(sheetOf(fake.dump(), 'Rencana Aksi').merges.length).toBe(600);
  });

  test('more than 512 merged areas in 8 rows: that sheet is analysed without them, with a remark', async () => {
    // 8 rows x 70 merged pairs = 560 areas in the smallest band
    const { fake, host } = setup(manyMerges(8, 70));
    const r = await host.hitung();
    expect(r.warnings.join(' ')).toContain('Sel gabungan di lembar "Rencana Aksi" terlalu banyak');
    expect(fake.cell(PENGUKURAN, 'F4').formula).toBe('=E4/D4');
  });
});

function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

describe('writes that cannot conflict (application-specific-api-error-handling.md)', () => {
  test('the fake refuses a rectangle over part of a merged area (control)', async () => {
    const fake = createFakeExcel({ sheets: [gridFromRows('S', [[1, 2, 3]], { merges: ['B2:B3'] })] });
    await expect(fake.run(async (ctx) => {
      await execute(ctx, cellOps('S', [{ row: 1, col: 1, input: 1 }, { row: 2, col: 2, input: 2 }], 4_000_000), 4_000_000);
    })).rejects.toMatchObject({ code: 'MergedRangeConflict' });
  });

  test('Hitung next to a merged Keterangan (G8:G9) and under a filter writes everything', async () => {
    const wb = kupangLike();
    wb.sheets[0].merges.push({ top: 8, left: 7, bottom: 9, right: 7 });
    const { fake, host } = setup(wb);
    fake.setFilter(PENGUKURAN, 'A3:G8', true);
    const before = fake.dump();
    fake.resetStats();
    await host.hitung();
    // the same cells as on a twin workbook without the merged area and the filter
    const twin = setup(kupangLike());
    await twin.host.hitung();
    expect(sheetOf(fake.dump(), PENGUKURAN).cells).toEqual(sheetOf(twin.fake.dump(), PENGUKURAN).cells);
    expect(fake.cell(PENGUKURAN, 'F8').formula).toBe('=E8/D8');
    await host.pulihkan();
    expect(fake.dump()).toEqual(before);
  });
});

describe('text Excel would take for a formula (= + - @) stays text', () => {
  test("Pulihkan gives back '- belum ada' and '@ketua' as text, not formulas", async () => {
    const wb = kupangLike();
    const { fake, host } = setup(wb);
    // typed by a person with a leading apostrophe, as Excel requires for such text
    fake.setCellValue(PENGUKURAN, 'F7', "'- belum ada");
    fake.setCellValue(PENGUKURAN, 'F8', "'@ketua");
    expect(fake.cell(PENGUKURAN, 'F7')).toMatchObject({ value: '- belum ada', formula: null });
    const before = fake.dump();
    await host.hitung();
    expect(fake.cell(PENGUKURAN, 'F7').formula).toBe('=E7/D7');
    await host.pulihkan();
    expect(fake.cell(PENGUKURAN, 'F7')).toMatchObject({ value: '- belum ada', formula: null });
    expect(fake.cell(PENGUKURAN, 'F8')).toMatchObject({ value: '@ketua', formula: null });
    expect(fake.dump()).toEqual(before);
  });

  test('a result sheet (Temuan) keeps such text as text', async () => {
    const fake = createFakeExcel({ sheets: [gridFromRows('S', [[1]])] });
    const texts = ['=SUM(A1) tertulis', '+62 812 3456', '- tidak ada', '@ketua', "'kutip"];
    const spec = { name: 'Temuan', purpose: 'temuan' as const, charts: [], cells: texts.map((t, i) => ({ sheet: 'Temuan', cell: `A${i + 1}`, purpose: 'sheet' as const, formula: null, value: t })) };
    await fake.run(async (ctx) => {
      await execute(ctx, sheetOps(spec, null, 4_000_000), 4_000_000);
    });
    texts.forEach((t, i) => expect(fake.cell('Temuan', `A${i + 1}`)).toMatchObject({ value: t, formula: null }));
  });

  test('the fake takes unprefixed = + - @ text as a formula (control)', () => {
    const fake = createFakeExcel({ sheets: [gridFromRows('S', [[null]])] });
    fake.setCellValue('S', 'A1', '+62 812');
    expect(fake.cell('S', 'A1').formula).not.toBeNull();
  });
});

describe('comments that fail one at a time (OfficeDev/office-js#1847)', () => {
  test('comments.add answers NotImplemented on one cell and notes are missing (below ExcelApi 1.18): that finding goes to the Temuan sheet, the rest are threads', async () => {
    const { fake, host } = setup(kupangLike(), { supported: { ExcelApi: '1.17' } });
    fake.commentsNotImplemented([`${PENGUKURAN}!F4`]);
    const r = await host.hitung();
    const cells = fake.dump().comments.map((c) => c.cell).sort();
    expect(cells).toEqual(['E6', 'F3']); // F4 refused; kupang-like has threads on E6, F3 (the capaian column's note), F4
    expect(r.commentsWritten).toBe(2);
    expect(r.warnings.join(' ')).toContain('1 komentar ditolak Excel');
    expect(r.warnings.join(' ')).toContain('Temuan: 2 sebagai komentar, 0 sebagai catatan, 1 hanya di lembar Temuan.');
    const temuan = Object.values(sheetOf(fake.dump(), 'Temuan').cells).map((c) => c.v);
    expect(temuan).toContain('F4');
  });

  test('NotImplemented everywhere, no notes: every finding on the Temuan sheet only, values still written', async () => {
    const { fake, host } = setup(kupangLike(), { supported: { ExcelApi: '1.17' } });
    fake.commentsNotImplemented(['*']);
    const r = await host.hitung();
    expect(fake.dump().comments).toEqual([]);
    expect(r.commentsWritten).toBe(0);
    expect(fake.cell(PENGUKURAN, 'F4').formula).toBe('=E4/D4');
  });

  const ownNotes = (d: WorkbookDump) => Object.entries(sheetOf(d, PENGUKURAN).notes).filter(([, n]) => n.content.startsWith(MARK)).map(([c]) => c).sort();

  test('comments.add refused on one cell with notes available (ExcelApi 1.18): that finding becomes the add-in\'s note', async () => {
    const { fake, host } = setup(kupangLike());
    fake.commentsNotImplemented([`${PENGUKURAN}!F4`]);
    const r = await host.hitung();
    // kupang-like has findings on E6, F3, F4: E6 and F3 threads, F4 refused -> a note
    expect(fake.dump().comments.map((c) => c.cell).sort()).toEqual(['E6', 'F3']);
    expect(ownNotes(fake.dump())).toEqual(['F4']);
    expect(sheetOf(fake.dump(), PENGUKURAN).notes.F4.content.startsWith(`${MARK}\n`)).toBe(true);
    expect(r.commentsWritten).toBe(3); // 2 threads + 1 note
    expect(r.warnings.join(' ')).toContain('1 komentar ditolak Excel');
    expect(r.warnings.join(' ')).toContain('Temuan: 2 sebagai komentar, 1 sebagai catatan, 0 hanya di lembar Temuan.');
  });

  test('the same in English: the outcome counts the note', async () => {
    const { fake, host } = setup(kupangLike(), {}, { lang: 'en' });
    fake.commentsNotImplemented([`${PENGUKURAN}!F4`]);
    const r = await host.hitung();
    expect(r.warnings.join(' ')).toContain('Findings: 2 as comments, 1 as notes, 0 on the Temuan sheet only.');
  });

  test('Pulihkan after a fallback note removes it with the threads; the workbook is as before', async () => {
    const { fake, host } = setup(kupangLike());
    const before = visible(fake.dump());
    fake.commentsNotImplemented([`${PENGUKURAN}!F4`]);
    await host.hitung();
    expect(ownNotes(fake.dump())).toEqual(['F4']);
    await host.pulihkan();
    expect(ownNotes(fake.dump())).toEqual([]);
    expect(fake.dump().comments).toEqual([]);
    expect(visible(fake.dump())).toEqual(before);
  });

  test('Hitung twice == Hitung once with a fallback note (the note is kept, the backup unchanged); Pulihkan then restores', async () => {
    const { fake, host } = setup(kupangLike());
    const before = visible(fake.dump());
    fake.commentsNotImplemented([`${PENGUKURAN}!F4`]);
    await host.hitung();
    const once = fake.dump();
    const r2 = await host.hitung();
    expect(fake.dump()).toEqual(once);
    expect(r2.warnings.join(' ')).toContain('Temuan: 2 sebagai komentar, 1 sebagai catatan, 0 hanya di lembar Temuan.');
    expect(r2.commentsWritten).toBe(3);
    await host.pulihkan();
    expect(visible(fake.dump())).toEqual(before);
  });

  test('a rerun deletes the fallback note a finding no longer wants; a person\'s note is not ours to delete', async () => {
    const { fake, host } = setup(kupangLike());
    fake.commentsNotImplemented([`${PENGUKURAN}!F4`]);
    await host.hitung();
    expect(ownNotes(fake.dump())).toEqual(['F4']);
    // row 4: target 0.8, realisasi set to 0.8 -> computed 0.8/0.8 = 100% = the stated 100%: no finding on F4
    fake.setCellValue(PENGUKURAN, 'E4', 0.8);
    const r = await host.hitung();
    expect(ownNotes(fake.dump())).toEqual([]);
    expect(fake.dump().comments.map((c) => c.cell).sort()).toEqual(['E6', 'F3']);
    expect(r.warnings.join(' ')).toContain('Temuan: 2 sebagai komentar, 0 sebagai catatan, 0 hanya di lembar Temuan.');
    // the reconcile alone: a person's note where no finding is wanted stays
    const person = [{ id: 'n', sheet: PENGUKURAN, cell: 'F4', content: 'x', author: 'a', ours: false }];
    expect(fallbackNotes([], person, [PENGUKURAN]).notes?.changes).toEqual([]);
  });

  test("a person's note is never touched, and a refused thread beside it still becomes a note", async () => {
    const { fake, host } = setup(kupangLike());
    fake.addPersonNote(PENGUKURAN, 'F4', 'Catatan Ibu Sari: sudah dicek');
    fake.commentsNotImplemented([`${PENGUKURAN}!E6`]);
    const r = await host.hitung();
    // F4: the person's note (Temuan sheet only); E6 refused -> the add-in's note; F3 a thread
    expect(sheetOf(fake.dump(), PENGUKURAN).notes.F4).toEqual({ content: 'Catatan Ibu Sari: sudah dicek', author: 'Budi Santoso' });
    expect(ownNotes(fake.dump())).toEqual(['E6']);
    expect(fake.dump().comments.map((c) => c.cell)).toEqual(['F3']);
    expect(r.warnings.join(' ')).toContain('Temuan: 1 sebagai komentar, 1 sebagai catatan, 1 hanya di lembar Temuan.');
    await host.hitung();
    await host.pulihkan();
    expect(sheetOf(fake.dump(), PENGUKURAN).notes).toEqual({ F4: { content: 'Catatan Ibu Sari: sudah dicek', author: 'Budi Santoso' } });
    expect(fake.dump().comments).toEqual([]);
  });

  test("a person's note is invisible without ExcelApi 1.18: Excel refuses the thread, the note is kept", async () => {
    const { fake, host } = setup(kupangLike());
    fake.setSupported('ExcelApi', '1.18', false);
    fake.addPersonNote(PENGUKURAN, 'F4', 'Catatan Ibu Sari: sudah dicek');
    const r = await host.hitung();
    expect(sheetOf(fake.dump(), PENGUKURAN).notes.F4).toEqual({ content: 'Catatan Ibu Sari: sudah dicek', author: 'Budi Santoso' });
    expect(fake.dump().comments.map((c) => c.cell)).not.toContain('F4');
    expect(r.warnings.join(' ')).toContain('hanya di lembar Temuan');
  });

  test('notes only at ExcelApi 1.18: without threaded comments, findings become notes; below 1.18, the Temuan sheet', async () => {
    const a = setup(kupangLike(), { supported: { ExcelApi: '1.18' } });
    a.fake.setSupported('ExcelApi', '1.10', false);
    const ra = await a.host.hitung();
    expect(ra.commentMode).toBe('notes');
    expect(Object.keys(sheetOf(a.fake.dump(), PENGUKURAN).notes).sort()).toEqual(['E6', 'F3', 'F4']);
    const b = setup(kupangLike(), { supported: { ExcelApi: '1.17' } });
    b.fake.setSupported('ExcelApi', '1.10', false);
    const rb = await b.host.hitung();
    expect(rb.commentMode).toBe('sheet-only');
    expect(sheetOf(b.fake.dump(), PENGUKURAN).notes).toEqual({});
  });
});

describe('refusals a person can cause: a clear message, the workbook as it was', () => {
  async function refused(arrange: (f: ReturnType<typeof setup>['fake']) => void, lang: 'id' | 'en' = 'id') {
    const { fake, host } = setup(kupangLike(), {}, { lang });
    const before = fake.dump();
    arrange(fake);
    let message = '';
    try {
      await host.hitung();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).not.toMatch(RAW);
    expect(fake.dump()).toEqual(before);
    return message;
  }

  test('a cell in edit mode', async () => {
    expect(await refused((f) => f.setEditMode(true))).toMatch(/Excel sedang menyunting sebuah sel\. Tekan Enter atau Esc/);
    expect(await refused((f) => f.setEditMode(true), 'en')).toMatch(/Excel is editing a cell\. Press Enter or Esc/);
  });

  test('the workbook no longer active', async () => {
    expect(await refused((f) => f.setInactive(true))).toMatch(/Buku kerja ini tidak lagi aktif/);
    expect(await refused((f) => f.setInactive(true), 'en')).toMatch(/no longer the active one/);
  });

  test('workbook structure protected: refused before writing', async () => {
    const { fake, host } = setup(kupangLike());
    fake.protectStructure();
    const before = fake.dump();
    const r = await host.hitung();
    expect(r.message).toMatch(/Struktur buku kerja diproteksi/);
    expect(fake.dump()).toEqual(before);
    const p = await host.pulihkan();
    expect(p.restored).toBe(0);
  });

  test('a protected sheet', async () => {
    const { fake, host } = setup(kupangLike(), { protectedSheets: [PENGUKURAN] });
    const before = fake.dump();
    const r = await host.hitung();
    expect(r.message).toMatch(/diproteksi\. Buka proteksinya/);
    expect(fake.dump()).toEqual(before);
  });

  test('the sheet renamed while the pane was open (between the read and the write)', async () => {
    const fake = createFakeExcel(kupangLike());
    let runs = 0;
    const host = createExcelHost(async (batch) => {
      runs++;
      if (runs === 2) fake.renameSheet(PENGUKURAN, 'Pengukuran Baru');
      return fake.run(batch);
    }, { lang: 'id', now: FIXED_NOW, isSetSupported: fake.isSetSupported });
    const before = visible(fake.dump());
    let message = '';
    try {
      await host.hitung();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/diganti namanya atau dihapus/);
    expect(message).not.toMatch(RAW);
    // only the person's rename happened
    const after = visible(fake.dump());
    expect(after.sheets.map((s) => s.name)).toEqual(['Pengukuran Baru', 'Catatan']);
    expect(after.sheets[0].cells).toEqual(before.sheets[0].cells);
    expect(after.comments).toEqual(before.comments);
  });

  test('selecting a finding on a sheet that is gone', async () => {
    const { fake, host } = setup(kupangLike());
    fake.renameSheet('Catatan', 'Catatan Lain');
    await expect(host.selectCell('Catatan', 'A1')).rejects.toThrow(/diganti namanya atau dihapus/);
  });
});
