/**
 * Hitung Capaian / Periksa / Pulihkan end to end on the in-memory Excel, with numbers worked out
 * by hand from docs/aturan.md: capaian = R / T x 100 (positive polarity), Permendagri 86 scale
 * (>=91 Sangat Tinggi, >=76 Tinggi, >=66 Sedang, >=51 Rendah, else Sangat Rendah).
 */
import { kupangLike, PENGUKURAN } from './workbooks';
import { setup, sheetOf, visible } from './helpers';

describe('Hitung Capaian', () => {
  test('writes capaian formulas in the table convention, klasifikasi formulas, comments and Temuan', async () => {
    const { fake, host } = setup(kupangLike());
    const r = await host.hitung();
    expect(r.noTable).toBe(false);
    expect(r.commentMode).toBe('threaded');
    // 80% target, 100% realisasi: 100/80 = 125%
    expect(fake.cell(PENGUKURAN, 'F4')).toEqual({ value: 1.25, text: '125.00%', formula: '=E4/D4', format: '0.00%' });
    // 90/90 = 100%
    expect(fake.cell(PENGUKURAN, 'F5').value).toBe(1);
    // index 72 of 80 = 90% -> Tinggi (76..90)
    expect(fake.cell(PENGUKURAN, 'F7').formula).toBe('=E7/D7');
    expect(fake.cell(PENGUKURAN, 'F7').text).toBe('90.00%');
    // 60/75 = 80% -> Tinggi
    expect(fake.cell(PENGUKURAN, 'F8').text).toBe('80.00%');
    // zero case (Tidak ada tahanan wanita hamil): N/A, Tidak dapat diukur
    expect(fake.cell(PENGUKURAN, 'F6').value).toBe('N/A');
    // no klasifikasi column: appended as the first empty column right of the table (H), headed Klasifikasi
    expect(fake.cell(PENGUKURAN, 'H3').value).toBe('Klasifikasi');
    expect(fake.cell(PENGUKURAN, 'H4').value).toBe('Sangat Tinggi');
    expect(fake.cell(PENGUKURAN, 'H4').formula).toMatch(/^=.*F4/);
    expect(fake.cell(PENGUKURAN, 'H5').value).toBe('Sangat Tinggi');
    expect(fake.cell(PENGUKURAN, 'H6').value).toBe('Tidak dapat diukur');
    expect(fake.cell(PENGUKURAN, 'H7').value).toBe('Tinggi');
    expect(fake.cell(PENGUKURAN, 'H8').value).toBe('Tinggi');
    // the user's own cells are untouched
    expect(fake.cell(PENGUKURAN, 'E4')).toEqual({ value: 1, text: '100%', formula: null, format: '0%' });

    const d = fake.dump();
    const byCell = Object.fromEntries(d.comments.map((c) => [`${c.sheet}!${c.cell}`, c.content]));
    // stated 100% vs computed 125% -> capaian-tidak-sesuai on F4; realisasi = target in a zero case -> E6
    expect(byCell[`${PENGUKURAN}!F4`]).toMatch(/^\[Capaian PK\]\n\[capaian-tidak-sesuai\]/);
    expect(byCell[`${PENGUKURAN}!E6`]).toMatch(/^\[Capaian PK\]\n\[nihil-disamakan-target\]/);
    for (const c of d.comments) expect(c.content.startsWith('[Capaian PK]')).toBe(true);
    expect(r.commentsWritten).toBe(d.comments.length);

    const temuan = sheetOf(d, 'Temuan');
    expect(temuan.cells.A1.v).toBe('No');
    const rules = Object.entries(temuan.cells).filter(([k]) => /^G\d+$/.test(k) && k !== 'G1').map(([, v]) => v.v).sort();
    expect(rules).toEqual(['capaian-tidak-sesuai', 'nihil-disamakan-target']);
    expect(temuan.tables).toHaveLength(1);
    expect(temuan.freezeRows).toBe(1);
    // backup sheet is veryHidden
    expect(sheetOf(d, '_capaianpk_backup').visibility).toBe('VeryHidden');
    // the pane's summary says where the appended column is, before and after the run
    expect(r.tables[0].appended).toEqual({ klasifikasi: 'H' });
    expect(r.tables[0].columns.klasifikasi).toBeUndefined();
    expect((await host.analyse()).tables[0].appended).toEqual({ klasifikasi: 'H' });
  });

  test('capaian and klasifikasi follow when a realisasi changes (live formulas)', async () => {
    const { fake, host } = setup(kupangLike());
    await host.hitung();
    // 45% of 75% = 60% -> Rendah (51..65)
    fake.setCellValue(PENGUKURAN, 'E8', 0.45);
    expect(fake.cell(PENGUKURAN, 'F8').text).toBe('60.00%');
    expect(fake.cell(PENGUKURAN, 'H8').value).toBe('Rendah');
    // 36 of 80 = 45% -> Sangat Rendah
    fake.setCellValue(PENGUKURAN, 'E7', 36);
    expect(fake.cell(PENGUKURAN, 'H7').value).toBe('Sangat Rendah');
  });

  test('a rerun gives the same workbook (no duplicated comments, no second Temuan)', async () => {
    const { fake, host } = setup(kupangLike());
    await host.hitung();
    // The first run replaced the stated 100% in F4 by the formula (125%). The ledger (backup) reads
    // F4 as the user's 100% again: capaian-tidak-sesuai stays, and every run writes the same.
    const first = visible(fake.dump());
    expect(first.comments.map((c) => c.cell).sort()).toEqual(['E6', 'F3', 'F4']) // F3: the capaian column's one note (F6 is N/A: its reason is there, not on F6);
    await host.hitung();
    const second = visible(fake.dump());
    expect(second).toEqual(first);
    await host.hitung();
    expect(visible(fake.dump())).toEqual(first);
    expect(fake.sheetNames().filter((n) => n.startsWith('Temuan'))).toEqual(['Temuan']);
  });

  test('Periksa twice gives the same workbook', async () => {
    const { fake, host } = setup(kupangLike());
    await host.periksa();
    const first = visible(fake.dump());
    await host.periksa();
    expect(visible(fake.dump())).toEqual(first);
    expect(first.comments.map((c) => c.cell).sort()).toEqual(['E6', 'F4']);
  });

  test('a rerun deletes the add-in comment whose finding is gone', async () => {
    const { fake, host } = setup(kupangLike());
    await host.hitung();
    // the stated capaian is corrected to 125%: capaian-tidak-sesuai disappears
    fake.setCellValue(PENGUKURAN, 'F4', 1.25);
    await host.periksa();
    const cells = fake.dump().comments.map((c) => c.cell);
    expect(cells).not.toContain('F4');
    expect(cells).toContain('E6');
  });

  test('Pulihkan restores values, formulas, formats, comments and the sheet list exactly', async () => {
    const { fake, host } = setup(kupangLike());
    const original = fake.dump();
    await host.hitung();
    expect(await host.backupInfo()).toMatchObject({ sheet: PENGUKURAN, sheets: ['Temuan'], when: '2026-11-23T01:00:00.000Z' });
    const res = await host.pulihkan();
    expect(res.restored).toBeGreaterThan(0);
    expect(fake.dump()).toEqual(original);
    expect(await host.backupInfo()).toBeNull();
    expect((await host.pulihkan()).message).toMatch(/Tidak ada cadangan/);
  });

  test('Pulihkan after a rerun restores what the user had before the first run, and keeps what they typed since', async () => {
    const { fake, host } = setup(kupangLike());
    const original = fake.dump();
    await host.hitung();
    fake.setCellValue(PENGUKURAN, 'F4', 1.25); // the user types over the capaian formula
    fake.setCellValue(PENGUKURAN, 'E5', 0.45); // and a new realisasi: F5 (formula) follows
    expect(fake.cell(PENGUKURAN, 'F5').text).toBe('50.00%'); // 45/90
    await host.hitung();
    // F4 is the user's again (typed 125% = 100/80: no capaian-tidak-sesuai); F5 still reads as the
    // stated 100%, now against 45/90 = 50%: capaian-tidak-sesuai on F5
    expect(fake.cell(PENGUKURAN, 'F4').formula).toBe('=E4/D4');
    expect(fake.dump().comments.map((c) => c.cell).sort()).toEqual(['E6', 'F3', 'F5']) // F3: the capaian column's one note (F6 is N/A: its reason is there, not on F6);
    await host.pulihkan();
    const back = fake.dump();
    // F4: what the user typed (not the stated 100% of before run 1, not the formula)
    expect(fake.cell(PENGUKURAN, 'F4')).toMatchObject({ value: 1.25, formula: null });
    // F5: the user's stated 100% from before run 1; E5: the realisasi typed since
    expect(fake.cell(PENGUKURAN, 'F5')).toEqual({ value: 1, text: '100%', formula: null, format: '0%' });
    expect(fake.cell(PENGUKURAN, 'E5').value).toBe(0.45);
    // everything else as before run 1: no Temuan, no comment, the appended klasifikasi column gone
    expect(fake.sheetNames()).toEqual(original.sheets.map((s) => s.name));
    expect(back.comments).toEqual([]);
    const cells = { ...sheetOf(original, PENGUKURAN).cells };
    cells.F4 = sheetOf(back, PENGUKURAN).cells.F4;
    cells.E5 = sheetOf(back, PENGUKURAN).cells.E5;
    expect(sheetOf(back, PENGUKURAN).cells).toEqual(cells);
  });

  test("a person's comment survives Hitung, rerun and Pulihkan; its finding is listed only on Temuan", async () => {
    const { fake, host } = setup(kupangLike());
    fake.addPersonComment(PENGUKURAN, 'F4', 'Mohon dicek ulang angka ini', 'Budi Santoso');
    const original = fake.dump();
    const r = await host.hitung();
    const f4 = () => fake.dump().comments.filter((c) => c.cell === 'F4');
    expect(f4()).toEqual([{ sheet: PENGUKURAN, cell: 'F4', content: 'Mohon dicek ulang angka ini', author: 'Budi Santoso', replies: [] }]);
    expect(r.warnings.join(' ')).toMatch(/1 temuan berada pada sel yang sudah berkomentar/);
    const temuan = sheetOf(fake.dump(), 'Temuan');
    expect(Object.values(temuan.cells).some((c) => c.v === 'F4')).toBe(true);
    await host.pulihkan();
    expect(fake.dump()).toEqual(original);
    await host.hitung();
    await host.hitung();
    expect(f4()).toHaveLength(1);
    expect(f4()[0].content).toBe('Mohon dicek ulang angka ini');
    await host.pulihkan();
    expect(f4()).toEqual([{ sheet: PENGUKURAN, cell: 'F4', content: 'Mohon dicek ulang angka ini', author: 'Budi Santoso', replies: [] }]);
  });

  test('Periksa writes comments and Temuan but changes no value', async () => {
    const { fake, host } = setup(kupangLike());
    const before = sheetOf(fake.dump(), PENGUKURAN).cells;
    const r = await host.periksa();
    expect(r.mode).toBe('periksa');
    expect(sheetOf(fake.dump(), PENGUKURAN).cells).toEqual(before);
    expect(fake.dump().comments.map((c) => c.cell).sort()).toEqual(['E6', 'F4']);
    expect(fake.sheetNames()).toContain('Temuan');
  });

  test('a protected sheet: clear message, nothing written', async () => {
    const { fake, host } = setup(kupangLike());
    fake.protect(PENGUKURAN);
    const before = fake.dump();
    const r = await host.hitung();
    expect(r.message).toMatch(/diproteksi/);
    expect(fake.dump()).toEqual(before);
  });

  test('a sheet without a PK table: clear message, no change', async () => {
    const { fake, host } = setup(kupangLike());
    fake.activate('Catatan');
    const before = fake.dump();
    const r = await host.hitung();
    expect(r.noTable).toBe(true);
    expect(r.message).toMatch(/tidak memuat tabel PK/);
    expect(fake.dump()).toEqual(before);
    const en = setup(kupangLike(), {}, { lang: 'en' });
    en.fake.activate('Catatan');
    expect((await en.host.analyse()).message).toMatch(/holds no recognised PK table/);
  });

  test('without threaded comments (ExcelApi 1.10) findings become notes; without notes, Temuan only', async () => {
    const a = setup(kupangLike());
    a.fake.setSupported('ExcelApi', '1.10', false);
    const r = await a.host.hitung();
    expect(r.commentMode).toBe('notes');
    const notes = sheetOf(a.fake.dump(), PENGUKURAN).notes;
    expect(Object.keys(notes).sort()).toEqual(['E6', 'F3', 'F4']) // F3: the capaian column's one note (F6 is N/A: its reason is there, not on F6);
    expect(notes.F4.content).toMatch(/^\[Capaian PK\]/);
    expect(a.fake.dump().comments).toEqual([]);
    await a.host.pulihkan();
    expect(sheetOf(a.fake.dump(), PENGUKURAN).notes).toEqual({});
    await a.host.hitung();
    await a.host.hitung(); // F4 holds the formula, but the ledger reads it as the stated 100%: same notes
    expect(Object.keys(sheetOf(a.fake.dump(), PENGUKURAN).notes).sort()).toEqual(['E6', 'F3', 'F4']) // F3: the capaian column's one note (F6 is N/A: its reason is there, not on F6);
    await a.host.pulihkan();
    expect(sheetOf(a.fake.dump(), PENGUKURAN).notes).toEqual({});

    const b = setup(kupangLike());
    b.fake.setSupported('ExcelApi', '1.10', false);
    b.fake.setSupported('ExcelApi', '1.18', false);
    const r2 = await b.host.hitung();
    expect(r2.commentMode).toBe('sheet-only');
    expect(r2.commentsWritten).toBe(0);
    expect(r2.warnings.join(' ')).toMatch(/hanya dicatat di lembar Temuan/);
    expect(sheetOf(b.fake.dump(), PENGUKURAN).notes).toEqual({});
    expect(b.fake.sheetNames()).toContain('Temuan');
    expect(b.fake.cell(PENGUKURAN, 'F4').value).toBe(1.25);
  });

  test('a failure half-way leaves the workbook as before', async () => {
    // a small request budget splits the write over several syncs; the 2nd write sync fails
    const { fake, host } = setup(kupangLike(), {}, { maxRequestBytes: 3000 });
    const before = fake.dump();
    // the read's syncs (banded under the small budget), counted on a read-only analyse
    fake.resetStats();
    await host.analyse();
    const reads = fake.stats.syncs;
    fake.resetStats();
    fake.failSync(reads + 2); // the reads, then the first write (backup), then this one fails
    await expect(host.hitung()).rejects.toThrow(/dikembalikan seperti semula/);
    expect(fake.stats.requests.length).toBeGreaterThan(4);
    expect(fake.dump()).toEqual(before);
  });

  test('selectCell selects the finding cell', async () => {
    const { fake, host } = setup(kupangLike());
    fake.activate('Catatan');
    await host.selectCell(PENGUKURAN, 'F4');
    expect(fake.selection()).toEqual({ sheet: PENGUKURAN, address: 'F4' });
    expect(fake.activeSheet()).toBe(PENGUKURAN);
  });
});

describe('negative polarity', () => {
  test('(2T - R) / T floored at 0, live', async () => {
    const { negatif } = await import('./workbooks');
    const { fake, host } = setup(negatif());
    await host.hitung();
    const S = 'Pengukuran 2023';
    // (2 x 10 - 4) / 10 = 160%
    expect(fake.cell(S, 'F2').text).toBe('160.00%');
    // (2 x 10 - 25) / 10 = -50% -> 0
    expect(fake.cell(S, 'F3').value).toBe(0);
    // 60 / 80 = 75% -> Sedang
    expect(fake.cell(S, 'F4').text).toBe('75.00%');
    expect(fake.cell(S, 'G4').value).toBe('Sedang');
    // fewer escapes: 8% -> (20 - 8) / 10 = 120% -> Sangat Tinggi
    fake.setCellValue(S, 'E3', 0.08);
    expect(fake.cell(S, 'F3').text).toBe('120.00%');
    expect(fake.cell(S, 'G3').value).toBe('Sangat Tinggi');
  });
});
