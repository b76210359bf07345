import { klasifikasikan, PRESETS, skalaDari, rumusKlasifikasi, validasiSkalaKustom, legendaSkala, TIDAK_DAPAT_DIUKUR } from '../../src/core/klasifikasi';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

describe('preset scales at their boundaries', () => {
  const p = PRESETS['permendagri-86'];
  it.each([
    [100, 'Sangat Tinggi'],
    [91, 'Sangat Tinggi'],
    [90.99, 'Tinggi'],
    [76, 'Tinggi'],
    [75.5, 'Sedang'],
    [66, 'Sedang'],
    [65.99, 'Rendah'],
    [51, 'Rendah'],
    [50.99, 'Sangat Rendah'],
    [0, 'Sangat Rendah'],
    [125, 'Sangat Tinggi'],
  ])('permendagri-86 %d -> %s', (c, l) => expect(klasifikasikan(c, p)).toBe(l));
  it('floating point noise at a bound still counts: 0.91/1*100', () => expect(klasifikasikan((0.91 / 1) * 100, p)).toBe('Sangat Tinggi'));
  it.each([
    [91, 'Sangat Baik'],
    [90.99, 'Baik'],
    [75.5, 'Cukup'],
    [50, 'Sangat Kurang'],
  ])('baik-kurang %d -> %s', (c, l) => expect(klasifikasikan(c, PRESETS['baik-kurang'])).toBe(l));
  it.each([
    [100, 'Sangat Berhasil'],
    [99.99, 'Berhasil'],
    [75.5, 'Berhasil'],
    [75, 'Berhasil'],
    [55, 'Cukup Berhasil'],
    [54.9, 'Kurang Berhasil'],
  ])('keberhasilan %d -> %s', (c, l) => expect(klasifikasikan(c, PRESETS.keberhasilan)).toBe(l));
  it('N/A -> Tidak dapat diukur', () => expect(klasifikasikan(null, p)).toBe(TIDAK_DAPAT_DIUKUR));
});

describe('skalaDari and custom scales', () => {
  it('default is permendagri-86', () => expect(skalaDari(DEFAULT_SETTINGS).id).toBe('permendagri-86'));
  it('a valid custom scale is used', () => {
    const s = skalaDari({ skala: 'kustom', skalaKustom: { nama: 'Kanwil', bands: [{ min: 100, label: 'Tercapai' }], lainnya: 'Belum tercapai' } });
    expect(s.id).toBe('kustom');
    expect(klasifikasikan(100, s)).toBe('Tercapai');
    expect(klasifikasikan(99, s)).toBe('Belum tercapai');
  });
  it('validation: bounds strictly decreasing, labels non-empty', () => {
    const bad = validasiSkalaKustom({ nama: 'x', bands: [{ min: 80, label: 'A' }, { min: 80, label: 'B' }, { min: 90, label: ' ' }], lainnya: 'C' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.join('\n')).toMatch(/menurun/);
      expect(bad.errors.join('\n')).toMatch(/Label tidak boleh kosong/);
    }
    expect(validasiSkalaKustom({ nama: 'x', bands: [{ min: 90, label: 'A' }, { min: 80, label: 'B' }], lainnya: 'C' }).ok).toBe(true);
  });
});

describe('rumusKlasifikasi', () => {
  it('nests IFs from the highest bound, guards N/A', () => {
    expect(rumusKlasifikasi('F5', PRESETS.keberhasilan, true)).toBe(
      '=IF(ISNUMBER(F5),IF(ROUND(F5*100,9)>=100,"Sangat Berhasil",IF(ROUND(F5*100,9)>=75,"Berhasil",IF(ROUND(F5*100,9)>=55,"Cukup Berhasil","Kurang Berhasil"))),"Tidak dapat diukur")'
    );
    expect(rumusKlasifikasi('G7', PRESETS['permendagri-86'], false)).toContain('IF(ROUND(G7,9)>=91,"Sangat Tinggi"');
  });
  it('legend rows', () => expect(legendaSkala(PRESETS.keberhasilan)).toEqual([
    ['>= 100', 'Sangat Berhasil'],
    ['>= 75', 'Berhasil'],
    ['>= 55', 'Cukup Berhasil'],
    ['< 55', 'Kurang Berhasil'],
    ['N/A', 'Tidak dapat diukur'],
  ]));
});
