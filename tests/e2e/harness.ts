/**
 * What the pane's end-to-end files share: the playground served and Chromium started once per
 * file, requests leaving 127.0.0.1 and page errors recorded, and waiting for a pane action.
 */
import type { Browser, Page } from 'playwright-core';
import { buildPlayground, launch, PLAYGROUND_DIR, serve, type Served } from './support';

export interface Harness {
  browser: Browser;
  server: Served;
  offHost: string[];
  pageErrors: string[];
}

/** Registers beforeAll/afterAll; the returned object is filled once beforeAll has run. */
export function usePlayground(): Harness {
  const h = { offHost: [], pageErrors: [] } as unknown as Harness;
  beforeAll(async () => {
    buildPlayground();
    h.server = await serve(PLAYGROUND_DIR);
    h.browser = await launch();
  }, 700_000);
  afterAll(async () => {
    await h.browser?.close();
    await h.server?.close();
  });
  return h;
}

/** Clicks (or presses) and waits until the pane's action has finished (data-done grows). */
export async function act(page: Page, click: () => Promise<void>): Promise<void> {
  const before = Number(await page.getByTestId('pane').getAttribute('data-done'));
  await click();
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="pane"]')!.getAttribute('data-done')) > n, before);
}

/** The displayed text of a cell of the in-memory workbook. */
export async function cellText(page: Page, sheet: string, addr: string): Promise<string> {
  return page.evaluate(([s, a]) => (window.__capaian!.fake as any).cell(s, a).text as string, [sheet, addr]);
}
