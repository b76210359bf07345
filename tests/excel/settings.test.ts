/**
 * Settings in the workbook: saved as an Office setting and as JSON in '_capaianpk'!A1 (veryHidden,
 * read by the CLI), validated with readSettings: a damaged setting is reported and ignored.
 */
import { DEFAULT_SETTINGS, settingsSchema } from '../../src/core/settings';
import { gridFromRows } from '../../src/testing/excel';
import { kupangLike, PENGUKURAN } from './workbooks';
import { setup, sheetOf } from './helpers';

describe('settings', () => {
  test('saved twice (Office setting and veryHidden sheet A1) and read back', async () => {
    const { fake, host } = setup(kupangLike());
    expect(await host.getSettings()).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
    const s = settingsSchema.parse({ skala: 'baik-kurang', batasAtas: 120, tahun: 2023 });
    await host.saveSettings(s);
    const d = fake.dump();
    const sheet = sheetOf(d, '_capaianpk');
    expect(sheet.visibility).toBe('VeryHidden');
    expect(JSON.parse(sheet.cells.A1.v as string)).toEqual(s);
    expect(sheet.cells.A1.fmt).toBe('@');
    expect(JSON.parse(d.settings['capaianpk.settings'] as string)).toEqual(s);
    expect(await host.getSettings()).toEqual({ settings: s, warnings: [] });
    // saving again replaces, never duplicates
    await host.saveSettings({ ...s, batasAtas: null });
    expect((await host.getSettings()).settings.batasAtas).toBeNull();
    expect(fake.sheetNames().filter((n) => n === '_capaianpk')).toHaveLength(1);
  });

  test('the scale setting changes what Hitung Capaian writes (baik-kurang: 80% -> Baik)', async () => {
    const { fake, host } = setup(kupangLike());
    await host.saveSettings(settingsSchema.parse({ skala: 'baik-kurang' }));
    await host.hitung();
    // 60/75 = 80%: >= 76 Baik
    expect(fake.cell(PENGUKURAN, 'H8').value).toBe('Baik');
    // the workbook as the CLI would read it keeps the settings sheet
    const snap = fake.snapshot();
    expect(snap.sheets.find((g) => g.sheet === '_capaianpk')?.visibility).toBe('veryHidden');
  });

  test('a damaged setting is reported and ignored, the rest kept', async () => {
    const wb = kupangLike();
    const bad = JSON.stringify({ version: 1, skala: 'keberhasilan', batasAtas: -5 });
    wb.sheets.push({ ...gridFromRows('_capaianpk', [[bad]]), visibility: 'veryHidden' });
    const { host } = setup(wb);
    const r = await host.getSettings();
    expect(r.settings.skala).toBe('keberhasilan');
    expect(r.settings.batasAtas).toBeNull();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/batasAtas/);
    // Hitung reports the warning too
    const h = await host.hitung();
    expect(h.warnings.join(' ')).toMatch(/batasAtas/);
  });

  test('settings that are not JSON: defaults and one warning', async () => {
    const wb = kupangLike();
    wb.sheets.push({ ...gridFromRows('_capaianpk', [['{skala: permendagri']]), visibility: 'veryHidden' });
    const { host } = setup(wb);
    const r = await host.getSettings();
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.warnings[0]).toMatch(/rusak/);
  });
});
