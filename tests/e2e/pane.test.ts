/**
 * The task pane as a staff member meets it (issue 16), in real headless Chromium on the playground
 * (the real Excel adapter over the in-memory Excel). Each test names the defect it guards against;
 * each failed on the pane before the fix.
 *
 * Kupang 2023 (tests/fixtures/kupang-2023.xlsx, seed 001), worked out by hand:
 * - "Pengukuran 2023", table A3:G28: 24 indicators, 3 zero cases (rows 6, 11, 15), so 21 capaian
 *   and 3 N/A; no Klasifikasi column, so Hitung appends it as H.
 * - Row 4: target 80%, realisasi 100%: capaian 100 / 80 = 125%; the report typed 100% in F4, so
 *   F4 carries `capaian-tidak-sesuai` (stated 100% vs computed 125%).
 * - "PK 2023": 24 indicators with targets only (no realisasi): no capaian, no N/A.
 */
import type { BrowserContext, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { guardNetwork, shot } from './support';
import { act, cellText, usePlayground } from './harness';

jest.setTimeout(120_000);

const pg = usePlayground();
const { offHost, pageErrors } = pg;
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
});

const SHEET = (s: string) => 'fixture=kupang-2023&sheet=' + encodeURIComponent(s);
const KUPANG = SHEET('Pengukuran 2023');

async function open(query: string, width = 1280): Promise<Page> {
  // A context per page: axe (@axe-core/playwright) needs pages made by browser.newContext().
  const context = await pg.browser.newContext({ viewport: { width, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  await guardNetwork(page, offHost);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${pg.server.url}/playground.html?${query}`);
  await page.waitForFunction(() => window.__capaian?.ready === true);
  await page.locator('#h-aksi', { hasText: /:/ }).waitFor();
  return page;
}

const button = (page: Page, name: string) => page.getByTestId('tabpanel').getByRole('button', { name, exact: true });

async function hitung(page: Page, label = 'Hitung Capaian') {
  await act(page, () => button(page, label).click());
}

/**
 * axe on what is on screen. Allowed: Fluent's focus sentinels (tabster's dummy `<i tabindex=0
 * aria-hidden>` around dialogs and lists, which axe reports as `aria-hidden-focus` although they
 * hand focus on at once); anything else fails the test.
 */
const FLUENT_FOCUS_SENTINEL = (v: { id: string; nodes: Array<{ html: string }> }) =>
  v.id === 'aria-hidden-focus' && v.nodes.every((n) => /data-tabster-dummy/.test(n.html));

async function axe(page: Page, screen: string): Promise<number> {
  const r = await new AxeBuilder({ page }).include('[data-testid="pane"]').analyze();
  const real = r.violations.filter((v) => !FLUENT_FOCUS_SENTINEL(v));
  expect([screen, real.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)]).toEqual([screen, []]);
  axeCounts.push({ screen, violations: r.violations.length, allowed: r.violations.length - real.length });
  return r.violations.length;
}
const axeCounts: Array<{ screen: string; violations: number; allowed: number }> = [];
afterAll(() => {
  // The figures for the closing note.
  console.log(`axe per screen: ${JSON.stringify(axeCounts)}`);
});

test('Siapkan makes a sheet the pane reads, and Hitung then fills it (was: "Tidak ada tabel PK yang dikenali")', async () => {
  const page = await open(SHEET('PK 2023'));
  await act(page, () => button(page, 'Siapkan Lembar Pengukuran').click());
  const sheet: string = await page.evaluate(() => (window.__capaian!.fake as any).activeSheet());
  expect(sheet).toBe('Pengukuran 2023 (2)');
  await page.locator('#h-aksi', { hasText: sheet }).waitFor();
  await page.getByTestId('count-indikator').filter({ hasText: '24' }).waitFor();
  await expect(page.getByTestId('tabpanel').textContent()).resolves.not.toContain('Tidak ada tabel PK');
  // Indicator 1: target 80% linked from the PK; a realisasi of 100% gives 100 / 80 = 125%.
  await page.evaluate((s) => (window.__capaian!.fake as any).setCellValue(s, 'E2', 1), sheet);
  await hitung(page);
  expect(await cellText(page, sheet, 'F2')).toBe('125.00%');
  await expect(page.getByTestId('notice').textContent()).resolves.not.toMatch(/Tidak ada yang diubah/);
  await page.close();
});

test('the first-run view offers the action that fits the sheet (PK: Siapkan; pengukuran: Hitung; Renstra: Bangun Tabel)', async () => {
  const primary = async (page: Page) =>
    page.getByTestId('tabpanel').locator('section[aria-labelledby="h-aksi"] button[data-appearance="primary"]').first().textContent();
  const pk = await open(SHEET('PK 2023'));
  await expect(pk.getByTestId('intro').textContent()).resolves.toMatch(/Siapkan Lembar Pengukuran/);
  await expect(primary(pk)).resolves.toBe('Siapkan Lembar Pengukuran');
  // Hitung, which changes nothing on a PK sheet, is not offered as the main step there.
  expect(await button(pk, 'Hitung Capaian').count()).toBe(0);
  await axe(pk, 'id ringkasan PK');
  await pk.close();
  const ukur = await open(KUPANG);
  await expect(primary(ukur)).resolves.toBe('Hitung Capaian');
  await ukur.close();
  const renstra = await open(SHEET('Renstra'));
  await expect(primary(renstra)).resolves.toBe('Bangun Tabel Renstra');
  await expect(renstra.getByTestId('intro').textContent()).resolves.toMatch(/Renstra/);
  await renstra.close();
});

test('the summary tells what the sheet holds now from what the last run wrote', async () => {
  const page = await open(KUPANG);
  const panel = page.getByTestId('tabpanel');
  // Before any run: nothing claims to be computed or added yet.
  await expect(panel.textContent()).resolves.not.toMatch(/Capaian dihitung|ditambahkan oleh Capaian PK/);
  await expect(panel.textContent()).resolves.toMatch(/Kolom H \(akan ditambahkan oleh Hitung Capaian\)/);
  await expect(page.getByTestId('last-run').textContent()).resolves.toMatch(/Belum ada proses/);
  await hitung(page);
  await expect(panel.textContent()).resolves.toMatch(/ditambahkan oleh Capaian PK|Kolom H\b/);
  await expect(page.getByTestId('ran-capaian').textContent()).resolves.toBe('21');
  await expect(page.getByTestId('ran-na').textContent()).resolves.toBe('3');
  await page.close();

  // The PK card states targets only: no "24 N/A" under a count of 0 N/A.
  const pk = await open(SHEET('PK 2023'));
  await expect(pk.getByTestId('count-na').textContent()).resolves.toBe('0');
  const cards = await pk.getByTestId('table-counts').allTextContents();
  expect(cards.length).toBeGreaterThan(0);
  for (const c of cards) expect(c).not.toMatch(/N\/A/);
  await pk.close();
});

test('findings name their indicator, note a cell Hitung rewrote, explain the counts; search and hapus filter', async () => {
  const page = await open(KUPANG);
  await hitung(page);
  await page.getByRole('tab', { name: 'Temuan' }).click();
  const f4 = page.locator('[data-testid="finding"][data-cell="F4"][data-rule="capaian-tidak-sesuai"]');
  await f4.waitFor();
  await expect(f4.getByTestId('finding-indikator').textContent()).resolves.toMatch(/F4 · 1\. Persentase pemenuhan layanan makanan/);
  // F4 now shows 125.00% (Hitung's formula); the finding says so instead of looking stale.
  expect(await cellText(page, 'Pengukuran 2023', 'F4')).toBe('125.00%');
  await expect(f4.getByTestId('finding-rewritten').isVisible()).resolves.toBe(true);
  await expect(page.getByTestId('comments-explain').textContent()).resolves.toMatch(/jumlah komentar dapat berbeda dari jumlah temuan/);

  const total = await page.getByTestId('finding').count();
  await page.getByTestId('findings-search').fill('makanan');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="finding"]').length < n, total);
  for (const text of await page.getByTestId('finding').allTextContents()) expect(text.toLowerCase()).toContain('makanan');
  await shot(page, 'pane-temuan-cari');
  await page.getByRole('button', { name: 'Hapus filter' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="finding"]').length === n, total);
  await axe(page, 'id temuan');
  await page.close();
});

test('the result is compact, announced, and stays on its tab; each tab keeps its scroll', async () => {
  const page = await open(KUPANG, 1280);
  await hitung(page);
  const notice = page.getByTestId('notice');
  await notice.waitFor();
  const h = await notice.evaluate((el) => el.getBoundingClientRect().height);
  expect(h).toBeLessThanOrEqual(80);
  // A live region that was in the page before the run now carries the outcome.
  await expect(page.getByTestId('live-status').textContent()).resolves.toMatch(/^Selesai: 21 capaian, 3 N\/A/);
  await page.getByRole('tab', { name: 'Temuan' }).click();
  expect(await page.getByTestId('notice').count()).toBe(0);

  // Scroll positions: Temuan scrolled to 300, Ringkasan to 120; each comes back as left.
  const panel = page.getByTestId('tabpanel');
  await panel.evaluate((el) => (el.scrollTop = 300));
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  expect(await panel.evaluate((el) => el.scrollTop)).toBe(0);
  await panel.evaluate((el) => (el.scrollTop = 120));
  await page.getByRole('tab', { name: 'Temuan' }).click();
  expect(await panel.evaluate((el) => el.scrollTop)).toBe(300);
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  expect(await panel.evaluate((el) => el.scrollTop)).toBe(120);
  await page.close();
});

test("Office's raw errors never reach the user", async () => {
  const page = await open(KUPANG);
  await page.evaluate(() => {
    (window.__capaian!.host as any).hitung = async () => {
      throw Object.assign(new Error('RichApi.Error: The operation cannot be performed in cell-editing mode.'), { code: 'InvalidOperationInCellEditMode', name: 'RichApi.Error' });
    };
  });
  await hitung(page);
  const text = (await page.getByTestId('notice').textContent()) ?? '';
  expect(text).toMatch(/mode mengetik/);
  expect(text).not.toMatch(/RichApi|Terjadi galat/);
  await expect(page.getByTestId('live-alert').textContent()).resolves.toMatch(/mode mengetik/);
  await page.close();
});

test('keyboard only: Hitung, a finding, and the Pulihkan dialog (opens on Batal, focus returns to its button)', async () => {
  const page = await open(KUPANG);
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');
  // Hitung: Tab until the button has focus, Enter.
  for (let i = 0; i < 20 && (await focused()) !== 'Hitung Capaian'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('Hitung Capaian');
  await act(page, () => page.keyboard.press('Enter'));
  expect(await cellText(page, 'Pengukuran 2023', 'F4')).toBe('125.00%');
  expect(await focused()).toBe('Hitung Capaian');

  // Pulihkan: Tab to it, Enter opens the dialog on the safe button.
  for (let i = 0; i < 40 && (await focused()) !== 'Pulihkan'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('Pulihkan');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Batal');
  await axe(page, 'id dialog pulihkan');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.textContent === 'Pulihkan');
  // Open again and restore with the keyboard: Tab from Batal to Pulihkan, Enter.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Batal');
  await page.keyboard.press('Tab');
  // Fluent's focus trap moves focus in a frame of its own: wait for it rather than read at once.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Pulihkan', undefined, { timeout: 5000 });
  expect(await focused()).toBe('Pulihkan');
  await act(page, () => page.keyboard.press('Enter'));
  await page.waitForFunction(() => (window.__capaian!.fake as any).cell('Pengukuran 2023', 'F4').text === '100%');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Pulihkan');

  // A finding: the Temuan tab by arrow keys, then Tab into the list and Enter.
  await hitung(page);
  await page.getByRole('tab', { name: 'Ringkasan' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByTestId('finding').first().waitFor();
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'finding')); i++) await page.keyboard.press('Tab');
  const cell = await page.evaluate(() => document.activeElement!.getAttribute('data-cell'));
  await page.keyboard.press('Enter');
  await page.waitForFunction((c) => (window.__capaian!.fake as any).selection().address.replace(/\$/g, '') === c, cell);
  await page.close();
});

test('Pulihkan texts agree with each other, with plural forms in English', async () => {
  const page = await open(KUPANG);
  await hitung(page);
  const hint = (await page.locator('#hint-pulihkan').textContent()) ?? '';
  await button(page, 'Pulihkan').click();
  const body = (await page.getByRole('dialog').textContent()) ?? '';
  await page.getByRole('button', { name: 'Batal' }).click();
  await act(page, async () => {
    await button(page, 'Pulihkan').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Pulihkan' }).click();
  });
  const done = (await page.getByTestId('notice').textContent()) ?? '';
  for (const text of [hint, body, done]) {
    expect(text).toMatch(/sebelum Capaian PK menulis/);
    expect(text).not.toMatch(/sebelum proses (pertama|terakhir)/);
  }
  await page.close();

  const en = await open(`${KUPANG}&lang=en`);
  await hitung(en, 'Compute Capaian');
  await act(en, async () => {
    await button(en, 'Restore').click();
    await en.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  });
  const enDone = (await en.getByTestId('notice').textContent()) ?? '';
  // One sheet made (Temuan): "1 sheet", never "1 sheets".
  expect(enDone).toMatch(/\b1 sheet\b/);
  expect(enDone).not.toMatch(/\b1 sheets\b|\b1 cells\b/);
  await en.close();
});

test('landmarks: one main, the tab panel is not the main; the Save bar never hides the focused control', async () => {
  const page = await open(`${KUPANG}`, 1280);
  await page.setViewportSize({ width: 1280, height: 500 });
  expect(await page.locator('main, [role="main"]').count()).toBe(1);
  expect(await page.locator('main[role="tabpanel"]').count()).toBe(0);
  expect(await page.locator('[role="tabpanel"]').count()).toBe(1);
  await page.getByRole('tab', { name: 'Pengaturan' }).click();
  await page.getByRole('radio', { name: 'Skala kustom' }).check();
  await axe(page, 'id pengaturan');
  const save = page.getByRole('button', { name: 'Simpan pengaturan' });
  // Tab through every control of Pengaturan: each, once focused, is above the sticky bar.
  const hidden: string[] = [];
  await page.getByRole('radio', { name: 'Skala kustom' }).focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const bar = document.evaluate("//button[normalize-space()='Simpan pengaturan']/..", document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue as HTMLElement;
      const a = el.getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      return { label: el.getAttribute('aria-label') ?? el.textContent ?? el.tagName, covered: !bar.contains(el) && a.bottom > b.top + 1 && a.top < b.bottom, isSave: el.textContent === 'Simpan pengaturan' };
    });
    if (r.covered) hidden.push(r.label);
    if (r.isSave) break;
  }
  expect(hidden).toEqual([]);
  await expect(save.isVisible()).resolves.toBe(true);
  await page.close();
});

test('every screen at 270 and 350 px, light and dark: no overflow, no axe violation; screenshots', async () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const w of [270, 350]) {
      const page = await open(`${KUPANG}&pane=${w}&theme=${theme}`, 900);
      const frame = page.getByTestId('pane-frame');
      const bg = await page.getByTestId('pane').evaluate((el) => getComputedStyle(el).backgroundColor);
      // Office's dark grey (#292929 = rgb(41, 41, 41)) or white.
      expect(bg).toBe(theme === 'dark' ? 'rgb(41, 41, 41)' : 'rgb(255, 255, 255)');
      for (const tab of ['Ringkasan', 'Temuan', 'Kolom', 'Pengaturan']) {
        if (tab === 'Temuan') {
          await page.getByRole('tab', { name: 'Ringkasan' }).click();
          await hitung(page);
        }
        await page.getByRole('tab', { name: tab }).click();
        const over = await frame.evaluate((el) => {
          const panel = el.querySelector('[data-testid="tabpanel"]') as HTMLElement;
          return Math.max(el.scrollWidth - el.clientWidth, panel.scrollWidth - panel.clientWidth);
        });
        expect([tab, w, theme, over]).toEqual([tab, w, theme, 0]);
        await axe(page, `id ${tab} ${w}px ${theme}`);
        await shot(page, `pane-${w}-${theme}-${tab.toLowerCase()}`);
        // docs/panel-tugas.md shows the Ringkasan at 270 px in both themes (id-... shots are copied to docs/gambar).
        if (w === 270 && tab === 'Ringkasan') await shot(page, `id-panel-270-${theme === 'dark' ? 'gelap' : 'terang'}`);
      }
      await page.close();
    }
  }
}, 600_000); // 16 screens, each with axe, on a shared machine

test('English: findings name the button as it is labelled, every screen passes axe', async () => {
  const page = await open(`${KUPANG}&lang=en`);
  await hitung(page, 'Compute Capaian');
  await page.getByRole('tab', { name: 'Findings' }).click();
  const f4 = page.locator('[data-testid="finding"][data-cell="F4"][data-rule="capaian-tidak-sesuai"]');
  await f4.waitFor();
  const text = (await f4.textContent()) ?? '';
  expect(text).toMatch(/Compute Capaian writes the formula/);
  expect(text).not.toMatch(/Hitung Capaian/);
  await axe(page, 'en findings');
  for (const tab of ['Columns', 'Settings', 'Summary']) {
    await page.getByRole('tab', { name: tab }).click();
    await axe(page, `en ${tab}`);
  }
  // Table remarks in English too: rows 18 and 19 hold one indicator name split by a page break.
  const card = (await page.getByTestId('table-card').first().textContent()) ?? '';
  expect(card).toMatch(/The indicator names of rows 18 and 19 are joined/);
  expect(card).not.toMatch(/digabung/);
  await page.close();
});

test('2,000 indicators: Pengaturan opens and a custom-scale keystroke respond within bounds; lists stay short', async () => {
  const page = await open('besar=2000&pane=350', 1280);
  // Opening Pengaturan: main-thread time from the click to the next frame after React committed.
  const openMs = await page.evaluate(async () => {
    const tab = document.getElementById('tab-pengaturan') as HTMLElement;
    const t0 = performance.now();
    tab.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  });
  await page.getByRole('radio', { name: 'Skala kustom' }).check();
  const field = page.getByRole('textbox', { name: 'Label tingkat 1' });
  await field.focus();
  // One keystroke: from keydown to the frame after the re-render.
  const keyMs: number[] = [];
  for (const ch of ['X', 'Y', 'Z']) {
    await page.evaluate(() => {
      const w = window as any;
      w.__t0 = 0;
      document.addEventListener('keydown', () => (w.__t0 = performance.now()), { once: true, capture: true });
    });
    await page.keyboard.press(ch === 'X' ? 'KeyX' : ch === 'Y' ? 'KeyY' : 'KeyZ');
    keyMs.push(
      await page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - (window as any).__t0;
      })
    );
  }
  const polarityItems = await page.getByTestId('polarity-item').count();
  console.log(`2000 indicators: open Pengaturan ${openMs.toFixed(1)} ms; keystrokes ${keyMs.map((m) => m.toFixed(1)).join(', ')} ms; polarity dropdowns ${polarityItems}`);
  // Every 25th of 2,000 names reads as lower-is-better: 80 flagged, shown 50 at a time.
  expect(polarityItems).toBe(50);
  // Generous bounds (2 cores shared with the other suites jest runs beside this one): the pane
  // before the fix took 2-3 s to open and 0.5-1.4 s per keystroke (3.7-4.5 s and 1.1-3.2 s with
  // the machine loaded); after it, 0.4-0.6 s and 43-190 ms (1.7 s to open at worst, loaded).
  expect(openMs).toBeLessThan(2000);
  const sorted = [...keyMs].sort((a, b) => a - b);
  expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(250);
  expect(sorted[sorted.length - 1]).toBeLessThan(500);

  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  await hitung(page);
  await page.getByRole('tab', { name: 'Temuan' }).click();
  await page.getByTestId('finding').first().waitFor();
  expect(await page.getByTestId('finding').count()).toBeLessThanOrEqual(50);
  const height = await page.getByTestId('tabpanel').evaluate((el) => el.scrollHeight);
  expect(height).toBeLessThan(20000);
  await page.close();
});

test('nothing left the machine and no page raised an error', () => {
  expect(offHost).toEqual([]);
  expect(pageErrors).toEqual([]);
});
