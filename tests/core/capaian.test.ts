import { hitungCapaian, rataRata, parsePolaritas, namaTampakNegatif, DEFAULT_CAPAIAN_OPTIONS as D } from '../../src/core/capaian';

describe('positive polarity: R / T x 100', () => {
  it('seed 001: food service 100% of 80% = 125', () => expect(hitungCapaian({ polaritas: 'positif', target: 80, realisasi: 100 }).capaian).toBeCloseTo(125, 10));
  it('seed 001: health 100% of 94% = 106.383', () => expect(hitungCapaian({ polaritas: 'positif', target: 94, realisasi: 100 }).capaian).toBeCloseTo(106.38297872, 6));
  it('seed 001: elderly 100% of 85% = 117.647 (report says 117%)', () => expect(hitungCapaian({ polaritas: 'positif', target: 85, realisasi: 100 }).capaian).toBeCloseTo(117.6470588, 6));
  it('no cap by default (uncapped 147%)', () => expect(hitungCapaian({ polaritas: 'positif', target: 68, realisasi: 100 }).capaian).toBeCloseTo(147.0588235, 6));
  it('T = 0 positive: no capaian, target-nol', () => expect(hitungCapaian({ polaritas: 'positif', target: 0, realisasi: 5 })).toEqual({ capaian: null, dibatasi: false, alasan: 'target-nol' }));
  it('missing realisasi: no capaian', () => expect(hitungCapaian({ polaritas: 'positif', target: 80, realisasi: null }).capaian).toBeNull());
});

describe('negative polarity (PermenPANRB 8/2021): (2T - R) / T x 100 floored at 0', () => {
  it('T 10, R 5 -> 150', () => expect(hitungCapaian({ polaritas: 'negatif', target: 10, realisasi: 5 }).capaian).toBeCloseTo(150, 10));
  it('T 10, R 12 -> 80', () => expect(hitungCapaian({ polaritas: 'negatif', target: 10, realisasi: 12 }).capaian).toBeCloseTo(80, 10));
  it('T 10, R 25 -> 0 (floored)', () => expect(hitungCapaian({ polaritas: 'negatif', target: 10, realisasi: 25 }).capaian).toBe(0));
  it('T 0, R 0 -> 100', () => expect(hitungCapaian({ polaritas: 'negatif', target: 0, realisasi: 0 }).capaian).toBe(100));
  it('T 0, R 3 -> 0', () => expect(hitungCapaian({ polaritas: 'negatif', target: 0, realisasi: 3 }).capaian).toBe(0));
  it('setting T / R: T 10, R 8 -> 125', () => expect(hitungCapaian({ polaritas: 'negatif', target: 10, realisasi: 8 }, { rumusNegatif: 't/r', batasAtas: null }).capaian).toBeCloseTo(125, 10));
  it('setting T / R with R = 0 and T = 0 -> 100', () => expect(hitungCapaian({ polaritas: 'negatif', target: 0, realisasi: 0 }, { rumusNegatif: 't/r', batasAtas: null }).capaian).toBe(100));
});

describe('range polarity', () => {
  const r = (x: number) => hitungCapaian({ polaritas: 'rentang', target: null, low: 80, high: 90, realisasi: x }, D).capaian;
  it('inside -> 100', () => {
    expect(r(80)).toBe(100);
    expect(r(85)).toBe(100);
    expect(r(90)).toBe(100);
  });
  it('above uses U as T: 99/90 = 110', () => expect(r(99)).toBeCloseTo(110, 10));
  it('below uses L as T: 60/80 = 75', () => expect(r(60)).toBeCloseTo(75, 10));
});

describe('cap', () => {
  it('caps at the setting and says so', () => expect(hitungCapaian({ polaritas: 'positif', target: 80, realisasi: 100 }, { rumusNegatif: '2t-r', batasAtas: 120 })).toEqual({ capaian: 120, dibatasi: true, alasan: null }));
  it('below the cap unchanged', () => expect(hitungCapaian({ polaritas: 'positif', target: 94, realisasi: 100 }, { rumusNegatif: '2t-r', batasAtas: 120 }).dibatasi).toBe(false));
});

describe('rataRata leaves N/A out', () => {
  it('mean of 125, 100, N/A = 112.5', () => expect(rataRata([125, 100, null])).toBeCloseTo(112.5, 10));
  it('none -> null', () => expect(rataRata([null, null])).toBeNull());
});

describe('parsePolaritas', () => {
  it.each([
    ['Positif', 'positif'],
    ['Maximize', 'positif'],
    ['Semakin tinggi semakin baik', 'positif'],
    ['NEGATIF', 'negatif'],
    ['Minimize', 'negatif'],
    ['Semakin rendah semakin baik', 'negatif'],
    ['Rentang', 'rentang'],
    ['', null],
    ['entah', null],
  ])('%s -> %s', (t, p) => expect(parsePolaritas(t)).toBe(p));
});

describe('namaTampakNegatif', () => {
  it.each(['Jumlah pelarian narapidana', 'Angka residivis', 'Angka kematian tahanan', 'Jumlah gangguan keamanan dan ketertiban'])('%s reads lower-is-better', (n) =>
    expect(namaTampakNegatif(n)).toBe(true)
  );
  it.each([
    'Persentase menurunnya tahanan yang overstaying',
    'Presentase Menurunnya Tahanan yang overstaying',
    'Persentase Gangguan Kamtib Yang Dapat Dicegah',
    'Persentase Pengaduan Yang Ditindaklanjuti Sesuai Standar',
    'Persentase pemenuhan layanan makanan bagi tahanan',
    'Jumlah Layanan Perkantoran',
  ])('%s does not', (n) => expect(namaTampakNegatif(n)).toBe(false));
});
