import { normaliseName, tokenOverlap, matchByName } from '../../src/core/names';

describe('normaliseName', () => {
  it('removes numbering, case, punctuation and / spacing', () => {
    expect(normaliseName('2. Persentase Tahanan /Narapidana/Anak mendapatkan layanan kesehatan (preventif)')).toBe(
      normaliseName('Persentase Tahanan/Narapidana/ Anak mendapatkan  layanan kesehatan preventif')
    );
    expect(normaliseName('  1.  Jumlah Layanan Perkantoran ')).toBe('jumlah layanan perkantoran');
  });
  it('folds the Presentase misspelling', () => expect(normaliseName('Presentase Menurunnya Tahanan yang overstaying')).toBe('persentase menurunnya tahanan yang overstaying'));
});

describe('matching', () => {
  const pk = [
    'Persentase pemenuhan layanan makanan bagi tahanan /Narapidana/anak sesuai dengan standar',
    'Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal',
    'Jumlah Kendaraan Bermotor',
  ];
  const renstra = [
    'Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal sesuai dengan standar',
    '1. Persentase pemenuhan layanan makanan bagi tahanan/Narapidana/anak sesuai dengan standar',
    'Jumlah Perangkat Pengolah data dan komunikasi',
  ];
  it('exact first, then a near match with its score, nothing forced', () => {
    const m = matchByName(pk, renstra, (x) => x);
    expect(m).toHaveLength(2);
    const food = m.find((x) => x.a === pk[0])!;
    expect(food.exact).toBe(true);
    expect(food.b).toBe(renstra[1]);
    const maternal = m.find((x) => x.a === pk[1])!;
    expect(maternal.exact).toBe(false);
    // 13 shared words, 13 + 16 words: 2*13/29 = 0.8966
    expect(maternal.score).toBeCloseTo(26 / 29, 6);
    expect(m.find((x) => x.a === pk[2])).toBeUndefined();
  });
  it('token overlap of unrelated names is low', () => expect(tokenOverlap(pk[2], renstra[2])).toBeLessThan(0.5));
  it('each item matched once', () => {
    const m = matchByName(['Jumlah Unit', 'Jumlah Unit'], ['jumlah unit'], (x) => x);
    expect(m).toHaveLength(1);
  });
});
