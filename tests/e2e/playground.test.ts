/**
 * The task pane in real headless Chromium, on the playground (the real Excel adapter over the
 * in-memory Excel), with the Kupang 2023 workbook (tests/fixtures/kupang-2023.xlsx, from seed 001).
 *
 * Numbers worked out by hand from the seed (LKjIP 2023 Rutan Kupang, Tabel III.1, sheet
 * "Pengukuran 2023", table A3:G28):
 * - 24 indicators (8 + 3 + 4 + 9; row 18-19 is one indicator split over two rows).
 * - Three zero cases with evidence in Keterangan: row 6 (maternal: "tidak memiliki Tahanan/Narapidana
 *   Perempuan"), row 11 (rehabilitation: "tidak memiliki kapasitas"), row 15 (pengaduan: "Tidak ada
 *   laporan ... nihil kasus"): N/A, so 21 capaian.
 * - Row 4: target 80%, realisasi 100%: capaian 100/80 = 125%, shown 125.00%; permendagri-86:
 *   125 >= 91 Sangat Tinggi; keberhasilan: 125 >= 100 Sangat Berhasil.
 * - With realisasi pointed at the Target column (D), row 4 becomes 80/80 = 100.00%.
 * - The stated capaian of row 4 (F4) is 100% as typed in the report; Pulihkan brings it back.
 * - The table has no Klasifikasi column: it is appended as the first empty column right of the
 *   table, H (Keterangan is G).
 */
import type { Page } from 'playwright-core';
import { guardNetwork, shot } from './support';
import { act, cellText, usePlayground } from './harness';

jest.setTimeout(90_000);

const pg = usePlayground();
const { offHost, pageErrors } = pg;

async function open(query: string, width = 1280): Promise<Page> {
  const page = await pg.browser.newPage({ viewport: { width, height: 900 } });
  await guardNetwork(page, offHost);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${pg.server.url}/playground.html?${query}`);
  await page.waitForFunction(() => window.__capaian?.ready === true);
  // analyse() has answered when the sheet name is in the heading.
  await page.locator('#h-aksi', { hasText: /:/ }).waitFor();
  return page;
}

const KUPANG = 'fixture=kupang-2023&sheet=' + encodeURIComponent('Pengukuran 2023');

async function gridCell(page: Page, addr: string) {
  return page.locator(`[data-testid="grid"] td[data-cell="${addr}"]`);
}

async function hitung(page: Page, label = 'Hitung Capaian') {
  await act(page, () => page.getByRole('button', { name: label, exact: true }).click());
}

test('Hitung Capaian fills capaian and klasifikasi and shows the counts', async () => {
  const page = await open(KUPANG);
  expect(await page.evaluate(() => window.__capaian!.real)).toBe(true);
  await shot(page, 'id-1-ringkasan-awal');

  // While computing, nothing moves: the progress bar's room is reserved. Record where the counts
  // heading sits at every DOM change while a progress bar is showing.
  await page.evaluate(() => {
    const w = window as any;
    w.__ys = [];
    const y = () => document.getElementById('h-angka')!.getBoundingClientRect().top;
    w.__y0 = y();
    new MutationObserver(() => {
      if (document.querySelector('[role="progressbar"]')?.closest('[class*="fui-Field"]')?.checkVisibility?.({ visibilityProperty: true })) w.__ys.push(y());
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await hitung(page);
  const { y0, ys } = await page.evaluate(() => ({ y0: (window as any).__y0 as number, ys: (window as any).__ys as number[] }));
  expect(ys.length).toBeGreaterThan(0);
  expect(new Set(ys)).toEqual(new Set([y0]));

  await expect(page.getByTestId('count-indikator').textContent()).resolves.toBe('24');
  await expect(page.getByTestId('count-capaian').textContent()).resolves.toBe('21');
  await expect(page.getByTestId('count-na').textContent()).resolves.toBe('3');
  expect(Number(await page.getByTestId('count-galat').textContent())).toBeGreaterThanOrEqual(3);

  expect(await cellText(page, 'Pengukuran 2023', 'F4')).toBe('125.00%');
  expect(await cellText(page, 'Pengukuran 2023', 'H4')).toBe('Sangat Tinggi');
  await expect((await gridCell(page, 'F4')).textContent()).resolves.toBe('125.00%');
  // Comment markers where the review wrote comments (the three zero cases at least).
  expect(await page.locator('[data-testid="grid"] td[data-comment="true"]').count()).toBeGreaterThanOrEqual(3);

  // The pane fits 320 px: nothing sticks out sideways.
  const overflow = await page.getByTestId('pane-frame').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, 'id-2-ringkasan-hitung');
  await page.close();
});

test('Temuan: the comment count matches the sheet, a finding moves the selection (mouse and keyboard)', async () => {
  const page = await open(KUPANG);
  await hitung(page);
  await page.getByRole('tab', { name: /Temuan/ }).click();
  const findings = page.getByTestId('finding');
  await findings.first().waitFor();

  // RunReport.commentsWritten, as the pane shows it, is what the workbook holds.
  const inSheet: number = await page.evaluate(() => {
    const d = (window.__capaian!.fake as any).dump();
    const notes = d.sheets.reduce((n: number, s: any) => n + Object.keys(s.notes).length, 0);
    return d.comments.length + notes;
  });
  const countText = (await page.getByTestId('comments-count').textContent()) ?? '';
  expect(countText).toBe(`${inSheet} komentar pemeriksaan di lembar`);
  expect(inSheet).toBeGreaterThanOrEqual(3);
  await shot(page, 'id-3-temuan');

  const first = findings.first();
  const cell1 = (await first.getAttribute('data-cell'))!;
  await first.click();
  await page.waitForFunction((c) => (window.__capaian!.fake as any).selection().address.replace(/\$/g, '') === c, cell1);
  await expect((await gridCell(page, cell1)).getAttribute('data-selected')).resolves.toBe('true');

  // Keyboard only: Tab to the next finding, Enter selects its cell.
  const n = await findings.count();
  expect(n).toBeGreaterThan(1);
  let target = -1;
  for (let i = 1; i < n; i++) {
    if ((await findings.nth(i).getAttribute('data-cell')) !== cell1) {
      target = i;
      break;
    }
  }
  expect(target).toBeGreaterThan(0);
  await findings.nth(target - 1).focus();
  await page.keyboard.press('Tab');
  const cell2 = (await findings.nth(target).getAttribute('data-cell'))!;
  await page.keyboard.press('Enter');
  await page.waitForFunction((c) => (window.__capaian!.fake as any).selection().address.replace(/\$/g, '') === c, cell2);
  // Shift+Tab back to the first one of the pair, Space selects it.
  await page.keyboard.press('Shift+Tab');
  const cellBack = (await findings.nth(target - 1).getAttribute('data-cell'))!;
  await page.keyboard.press('Space');
  await page.waitForFunction((c) => (window.__capaian!.fake as any).selection().address.replace(/\$/g, '') === c, cellBack);

  // Filter by severity: only errors.
  await page.getByRole('combobox', { name: 'Tingkat' }).click();
  await page.getByRole('option', { name: 'Galat' }).click();
  const galat = Number(await page.getByTestId('finding').count());
  expect(galat).toBeGreaterThanOrEqual(3);
  for (const f of await page.getByTestId('finding').all()) expect(await f.getAttribute('aria-label')).toMatch(/^Galat,/);
  await page.close();
});

test('Pengaturan: another scale changes the klasifikasi', async () => {
  const page = await open(KUPANG);
  await hitung(page);
  expect(await cellText(page, 'Pengukuran 2023', 'H4')).toBe('Sangat Tinggi');
  await page.getByRole('tab', { name: 'Pengaturan' }).click();
  await page.getByRole('radio', { name: /Predikat keberhasilan/ }).check();
  await shot(page, 'id-4-pengaturan');
  await act(page, () => page.getByRole('button', { name: 'Simpan pengaturan' }).click());
  await page.getByTestId('notice').filter({ hasText: 'Pengaturan disimpan' }).waitFor();
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  await hitung(page);
  expect(await cellText(page, 'Pengukuran 2023', 'H4')).toBe('Sangat Berhasil');

  // A custom scale with bounds that do not decrease is refused inline.
  await page.getByRole('tab', { name: 'Pengaturan' }).click();
  await page.getByRole('radio', { name: 'Skala kustom' }).check();
  await page.getByRole('textbox', { name: 'Batas bawah tingkat 2 (%)' }).fill('150');
  await page.getByText(/Batas bawah harus menurun/).waitFor();
  await shot(page, 'id-5-skala-kustom');
  await page.close();
});

test('Pengaturan: Periksa Kesiapan lists every capability, leaves no test sheet, and shows the report', async () => {
  const page = await open(KUPANG);
  const sheetsBefore = await page.evaluate(() => (window.__capaian!.fake as any).sheetNames() as string[]);
  await page.getByRole('tab', { name: 'Pengaturan' }).click();
  await page.getByTestId('kesiapan-run').click();
  const items = page.locator('[data-testid="kesiapan-list"] li');
  await items.first().waitFor();
  // nine capabilities, all working on the in-memory Excel
  expect(await items.count()).toBe(9);
  expect(await page.locator('[data-testid="kesiapan-list"] li[data-ok="true"]').count()).toBe(9);
  expect(await page.evaluate(() => (window.__capaian!.fake as any).sheetNames() as string[])).toEqual(sheetsBefore);
  const report = page.getByRole('textbox', { name: 'Teks laporan' });
  expect(await report.inputValue()).toContain('Laporan Kesiapan Capaian PK');
  expect(await report.inputValue()).toContain('[OK] Grafik: berhasil');
  await page.getByTestId('kesiapan-copy').click();
  // headless Chromium may refuse the clipboard: either way the pane says what happened
  await page.getByRole('status').filter({ hasText: /Laporan disalin|tidak dapat disalin/ }).waitFor();
  await shot(page, 'id-5b-kesiapan');
  await page.close();
});

test('Kolom: a column mapping is used, and correcting it recomputes capaian', async () => {
  const page = await open(KUPANG);
  await page.getByRole('tab', { name: 'Kolom' }).click();
  const target = page.getByRole('combobox', { name: 'Target' });
  const realisasi = page.getByRole('combobox', { name: 'Realisasi' });
  await expect(target.textContent()).resolves.toMatch(/^D/);
  await expect(realisasi.textContent()).resolves.toMatch(/^E/);
  // Read the table the wrong way round: target from E, realisasi from D.
  await target.click();
  await page.getByRole('option', { name: /^E/ }).click();
  await realisasi.click();
  await page.getByRole('option', { name: /^D/ }).click();
  await shot(page, 'id-6-kolom');
  await act(page, () => page.getByRole('button', { name: 'Simpan pemetaan' }).click());
  await page.getByTestId('notice').filter({ hasText: 'Pemetaan kolom disimpan' }).waitFor();
  const stored = await page.evaluate(async () => (await window.__capaian!.host.getSettings()).settings.pemetaanKolom);
  expect(stored['Pengukuran 2023'][0].columns).toMatchObject({ target: 'E', realisasi: 'D' });
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  await hitung(page);
  // Row 4 read as target 100%, realisasi 80%: 80 / 100 = 80%.
  expect(await cellText(page, 'Pengukuran 2023', 'F4')).toBe('80.00%');
  await expect(page.getByText('Pemetaan kolom Anda dipakai').first().isVisible()).resolves.toBe(true);

  // Correct it: clear the mapping, compute again: 100 / 80 = 125%.
  await page.getByRole('tab', { name: 'Kolom' }).click();
  await act(page, () => page.getByRole('button', { name: 'Hapus pemetaan lembar ini' }).click());
  await page.getByTestId('notice').filter({ hasText: 'Pemetaan kolom disimpan' }).waitFor();
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  await hitung(page);
  expect(await cellText(page, 'Pengukuran 2023', 'F4')).toBe('125.00%');
  await page.close();
});

test('PK sheet: Siapkan Lembar Pengukuran makes a sheet that fills itself as realisasi is typed', async () => {
  const page = await open('fixture=kupang-2023&sheet=' + encodeURIComponent('PK 2023'));
  const before: string[] = await page.evaluate(() => (window.__capaian!.fake as any).sheetNames());
  await act(page, () => page.getByRole('button', { name: 'Siapkan Lembar Pengukuran' }).click());
  const after: string[] = await page.evaluate(() => (window.__capaian!.fake as any).sheetNames());
  // Kupang already has "Pengukuran 2023": the new sheet gets another name, and is made active.
  const sheet: string = await page.evaluate(() => (window.__capaian!.fake as any).activeSheet());
  expect(before).not.toContain(sheet);
  expect(after).toContain(sheet);
  await expect(page.getByTestId('notice').textContent()).resolves.toContain(sheet);
  const layout = await page.evaluate((name) => {
    const snap = (window.__capaian!.fake as any).snapshot();
    const g = snap.sheets.find((s: any) => s.sheet === name);
    let targetCell = '', header = -1, realCol = -1;
    g.values.forEach((row: any[], i: number) =>
      row.forEach((v: any, j: number) => {
        const f = g.formulas[i][j];
        if (f && /PK 2023'?!\$?D\$?4\b/.test(f) && !targetCell) targetCell = `${i + g.top}:${j + g.left}`;
        if (typeof v === 'string' && /^realisasi/i.test(v.trim()) && header < 0) {
          header = i + g.top;
          realCol = j + g.left;
        }
      })
    );
    return { targetCell, header, realCol, active: (window.__capaian!.fake as any).activeSheet() };
  }, sheet);
  expect(layout.targetCell).not.toBe('');
  expect(layout.realCol).toBeGreaterThan(0);
  const row = Number(layout.targetCell.split(':')[0]);
  const letter = String.fromCharCode(64 + layout.realCol);
  if (layout.active !== sheet) await page.getByTestId('sheet-tab').filter({ hasText: sheet }).click();
  await shot(page, 'id-7-siapkan-pengukuran');

  // A person types the realisasi of indicator 1 (target 80%): 100% gives capaian 125%.
  await (await gridCell(page, `${letter}${row}`)).dblclick();
  await page.getByRole('textbox', { name: `Ubah sel ${letter}${row}` }).fill('100%');
  await page.keyboard.press('Enter');
  const rowTexts: string[] = await page.evaluate(
    ([s, r]) => {
      const snap = (window.__capaian!.fake as any).snapshot();
      const g = snap.sheets.find((x: any) => x.sheet === s);
      return g.text[(r as number) - g.top];
    },
    [sheet, row] as const
  );
  expect(rowTexts.some((t) => /^125(\.0+)?%$/.test(t.trim()))).toBe(true);
  await page.close();
});

test('Pulihkan puts back the original values after a confirmation', async () => {
  const page = await open(KUPANG);
  await hitung(page);
  expect(await cellText(page, 'Pengukuran 2023', 'F4')).toBe('125.00%');
  await page.getByRole('button', { name: 'Pulihkan', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await expect(dialog.textContent()).resolves.toMatch(/Nilai asli \d+ sel dan \d+ komentar di lembar "Pengukuran 2023"/);
  await shot(page, 'id-8-pulihkan');
  await act(page, () => dialog.getByRole('button', { name: 'Pulihkan' }).click());
  await page.waitForFunction(() => (window.__capaian!.fake as any).cell('Pengukuran 2023', 'F4').text === '100%');
  expect(await cellText(page, 'Pengukuran 2023', 'H4')).toBe('');
  expect(await page.locator('[data-testid="grid"] td[data-comment="true"]').count()).toBe(0);
  await page.close();
});

test('English when asked, every screen; no request leaves 127.0.0.1', async () => {
  const page = await open(`${KUPANG}&lang=en`);
  await shot(page, 'en-1-summary');
  await hitung(page, 'Compute Capaian');
  await expect(page.getByTestId('count-capaian').textContent()).resolves.toBe('21');
  await shot(page, 'en-2-summary-computed');
  await page.getByRole('tab', { name: /Findings/ }).click();
  await page.getByTestId('finding').first().waitFor();
  await shot(page, 'en-3-findings');
  await page.getByRole('tab', { name: 'Columns' }).click();
  await shot(page, 'en-4-columns');
  await page.getByRole('tab', { name: 'Settings' }).click();
  await shot(page, 'en-5-settings');
  await page.getByRole('tab', { name: 'Summary' }).click();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await page.getByRole('dialog').waitFor();
  await expect(page.getByRole('dialog').textContent()).resolves.toMatch(/will be put back/);
  await shot(page, 'en-6-restore');
  await page.close();

  expect(offHost).toEqual([]);
  expect(pageErrors).toEqual([]);
});
