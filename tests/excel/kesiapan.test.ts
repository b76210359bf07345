/**
 * Periksa Kesiapan on the in-memory Excel: every capability works on a full Excel; with each one
 * switched off in turn exactly that one is reported as failing; the temporary sheet is always
 * removed and the user's workbook is left exactly as it was.
 */
import type { FakeCapability } from '../../src/testing/excel';
import type { KemampuanId, LaporanKesiapan } from '../../src/app/kesiapan';
import { KEMAMPUAN, teksLaporan } from '../../src/app/kesiapan';
import { LEMBAR_UJI } from '../../src/excel/flows/kesiapan';
import { kupangLike } from './workbooks';
import { setup } from './helpers';

const SWITCH: Record<FakeCapability, KemampuanId> = {
  read: 'baca',
  formula: 'rumus',
  numberFormat: 'formatAngka',
  comment: 'komentar',
  note: 'catatan',
  veryHidden: 'lembarTersembunyi',
  table: 'tabel',
  chart: 'grafik',
  merge: 'gabungSel',
};

async function check(prepare?: (fake: ReturnType<typeof setup>['fake']) => void | Promise<void>) {
  const { fake, host } = setup(kupangLike());
  await prepare?.(fake);
  const before = fake.dump();
  const r = (await host.periksaKesiapan!()) as LaporanKesiapan;
  return { fake, r, before };
}

const failing = (r: LaporanKesiapan) => r.kemampuan.filter((k) => !k.ok).map((k) => k.id);

describe('Periksa Kesiapan', () => {
  test('a full Excel: every capability works, the test sheet is removed, nothing else changes', async () => {
    const { fake, r, before } = await check();
    expect(r.kemampuan.map((k) => k.id)).toEqual([...KEMAMPUAN]);
    expect(failing(r)).toEqual([]);
    expect(r.lembarUji).toBe(LEMBAR_UJI);
    expect(r.lembarUjiDihapus).toBe(true);
    expect(fake.dump()).toEqual(before);
    // the in-memory Excel supports ExcelApi up to 1.18 and no shared runtime
    expect(r.requirementSets.filter((x) => x.set === 'ExcelApi')).toHaveLength(18);
    expect(r.requirementSets.every((x) => (x.set === 'ExcelApi' ? x.ok === true : x.ok === false))).toBe(true);
  });

  test.each(Object.keys(SWITCH) as FakeCapability[])('with %s switched off only that capability fails, and the sheet is still removed', async (cap) => {
    const { fake, r, before } = await check((f) => f.setBroken(cap));
    expect(failing(r)).toEqual([SWITCH[cap]]);
    expect(r.kemampuan.find((k) => k.id === SWITCH[cap])!.alasan).toBe('ApiNotFound');
    expect(r.lembarUjiDihapus).toBe(true);
    expect(fake.sheetNames()).not.toContain(LEMBAR_UJI);
    expect(fake.dump()).toEqual(before);
  });

  test('without ExcelApi 1.10 the requirement set and threaded comments are reported missing', async () => {
    const { r } = await check((f) => f.setSupported('ExcelApi', '1.10', false));
    expect(r.requirementSets.find((x) => x.versi === '1.10')!.ok).toBe(false);
    expect(r.requirementSets.find((x) => x.versi === '1.18')!.ok).toBe(true);
    expect(failing(r)).toEqual(['komentar']);
  });

  test('a sheet of the test name is the user\'s: the check uses another name and leaves it alone', async () => {
    const { fake, r, before } = await check((f) =>
      f.run(async (ctx) => {
        ctx.workbook.worksheets.add(LEMBAR_UJI);
        await ctx.sync();
      }),
    );
    expect(r.lembarUji).toBe(`${LEMBAR_UJI}2`);
    expect(failing(r)).toEqual([]);
    expect(fake.sheetNames()).toContain(LEMBAR_UJI);
    expect(fake.dump()).toEqual(before);
  });

  test('the test sheet cannot be added: every capability reported as not checked, nothing left behind', async () => {
    // sync 1 lists the sheets, sync 2 adds the test sheet
    const { fake, r, before } = await check((f) => f.failSync(2));
    expect(failing(r)).toEqual([...KEMAMPUAN]);
    expect(r.kemampuan[0].alasan).toMatch(/lembar uji tidak dapat dibuat/);
    expect(fake.dump()).toEqual(before);
  });

  test('version and platform from Office.context.diagnostics; the plain-text report', async () => {
    const g = globalThis as { Office?: unknown };
    const had = g.Office;
    g.Office = { context: { diagnostics: { host: 'Excel', version: '16.0.17928.20114', platform: 'PC' } } };
    try {
      const { r } = await check((f) => f.setBroken('chart'));
      expect(r.excel).toEqual({ host: 'Excel', versi: '16.0.17928.20114', platform: 'PC' });
      const text = teksLaporan(r, 'id');
      expect(text).toContain('Excel: Excel, versi 16.0.17928.20114, platform PC');
      expect(text).toContain('  [OK] Menulis rumus: berhasil');
      expect(text).toContain('  [X] Grafik: gagal (ApiNotFound)');
      expect(text).toContain('  ExcelApi: 1.1 ya, 1.2 ya');
      expect(text).toContain('  SharedRuntime: 1.1 tidak');
      expect(text).toContain(`Lembar uji ${LEMBAR_UJI}: sudah dihapus`);
      expect(teksLaporan(r, 'en')).toContain('  [X] Charts: failed (ApiNotFound)');
    } finally {
      g.Office = had;
    }
  });
});
