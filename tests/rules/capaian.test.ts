import { ruleById } from '../../src/core/rules';
import { cnt, ctxOf, idx, ind, num, pct, tabel } from './factory';

const run = (id: Parameters<typeof ruleById>[0], t: ReturnType<typeof tabel>[]) => ruleById(id).run(ctxOf(t));

describe('capaian-tidak-sesuai', () => {
  it('fires on the capaian cell: seed 001 indicator 2, 100 / 94 = 106.38% while the table states 100%', () => {
    // 100 / 94 x 100 = 106.3829...; difference 6.3829 points.
    const i = ind(5, { target: pct(94), realisasi: pct(100), capaianTertulis: pct(100), capaian: (100 / 94) * 100 });
    const f = run('capaian-tidak-sesuai', [tabel('pengukuran', [i])]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'capaian-tidak-sesuai', severity: 'peringatan', cell: 'F5', row: 5 });
    expect(f[0].message).toContain('Capaian tertulis 100% berbeda dengan capaian terhitung 106,38%');
    expect(f[0].message).toContain('target 94%, realisasi 100%');
    expect(f[0].message).toContain('selisih 6,38 poin');
  });

  it('does not fire within 1 point: 100 / 85 = 117.647% stated as 117%', () => {
    const i = ind(9, { target: pct(85), realisasi: pct(100), capaianTertulis: pct(117), capaian: (100 / 85) * 100 });
    expect(run('capaian-tidak-sesuai', [tabel('pengukuran', [i])])).toEqual([]);
  });

  it('does not fire on a fraction typed without a % format (1.25 for 125%)', () => {
    const i = ind(4, { target: pct(80), realisasi: pct(100), capaianTertulis: num(1.25), capaian: 125 });
    expect(run('capaian-tidak-sesuai', [tabel('pengukuran', [i])])).toEqual([]);
  });

  it("fires when the stated capaian is not a percentage ('1 Layanan')", () => {
    const i = ind(20, { target: cnt(1, 'Layanan'), realisasi: cnt(1, 'Layanan'), capaianTertulis: cnt(1, 'Layanan'), capaian: 100 });
    const f = run('capaian-tidak-sesuai', [tabel('pengukuran', [i])]);
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe('F20');
    expect(f[0].message).toContain("Capaian tertulis '1 Layanan' bukan persentase; capaian terhitung 100%");
  });

  it('leaves PK tables alone', () => {
    const i = ind(5, { target: pct(94), capaianTertulis: cnt(1, 'Layanan') });
    expect(run('capaian-tidak-sesuai', [tabel('pk', [i])])).toEqual([]);
  });
});

describe('realisasi-melebihi-100', () => {
  it('fires on a Persentase indicator with realisasi 118% (seed 002)', () => {
    const i = ind(5, { indikator: 'Persentase Tahanan Mendapatkan Perlindungan dan Perawatan', target: pct(80), realisasi: pct(118), capaian: 147.5 });
    const f = run('realisasi-melebihi-100', [tabel('pengukuran', [i])]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'realisasi-melebihi-100', severity: 'peringatan', cell: 'E5' });
    expect(f[0].message).toContain('Realisasi 118% melebihi 100%');
  });

  it('fires on the misspelling Presentase and numbered names', () => {
    const i = ind(5, { indikator: '2. Presentase narapidana yang mendapatkan hak remisi', target: pct(98), realisasi: pct(100.5) });
    expect(run('realisasi-melebihi-100', [tabel('pengukuran', [i])])).toHaveLength(1);
  });

  it('does not fire on an index (Indeks Derajat Kesehatan 106) or on exactly 100%', () => {
    const a = ind(5, { indikator: 'Indeks Derajat Kesehatan Tahanan/Narapidana', target: idx(78), realisasi: pct(106) });
    const b = ind(6, { indikator: 'Persentase Pengaduan yang ditindaklanjuti', target: pct(80), realisasi: pct(100) });
    expect(run('realisasi-melebihi-100', [tabel('pengukuran', [a, b])])).toEqual([]);
  });
});

describe('capaian-ekstrem', () => {
  it('fires above 150%: 129 / 75 = 172% (seed 002, Pemenuhan Layanan Makanan)', () => {
    const i = ind(8, { target: pct(75), realisasi: pct(129), capaian: (129 / 75) * 100 });
    const f = run('capaian-ekstrem', [tabel('pengukuran', [i])]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'capaian-ekstrem', severity: 'info', cell: 'F8' });
    expect(f[0].message).toContain('Capaian 172% melebihi 150%');
  });

  it('does not fire at 147.5% (118 / 80)', () => {
    const i = ind(5, { target: pct(80), realisasi: pct(118), capaian: 147.5 });
    expect(run('capaian-ekstrem', [tabel('pengukuran', [i])])).toEqual([]);
  });
});

describe('polaritas-perlu-dicek', () => {
  it('fires on a lower-is-better name computed as positive by default', () => {
    const i = ind(5, { indikator: 'Jumlah pelarian narapidana', target: cnt(0, 'Orang') });
    const f = run('polaritas-perlu-dicek', [tabel('pengukuran', [i])]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'polaritas-perlu-dicek', severity: 'info', cell: 'C5' });
    expect(f[0].message).toContain("'Jumlah pelarian narapidana'");
  });

  it("does not fire on 'Persentase Menurunnya Tahanan yang overstaying' (positive)", () => {
    const i = ind(5, { indikator: '1. Persentase Menurunnya Tahanan yang overstaying', target: pct(90) });
    expect(run('polaritas-perlu-dicek', [tabel('pengukuran', [i])])).toEqual([]);
  });

  it('does not question a polarity the POLARITAS column or the user chose', () => {
    const a = ind(5, { indikator: 'Jumlah pelarian narapidana', polaritasSumber: 'kolom' });
    const b = ind(6, { indikator: 'Angka residivis', polaritas: 'negatif', polaritasSumber: 'pengaturan' });
    expect(run('polaritas-perlu-dicek', [tabel('pengukuran', [a, b])])).toEqual([]);
  });
});
