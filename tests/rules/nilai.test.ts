import { ruleById } from '../../src/core/rules';
import { cnt, ctxOf, empty, err, ind, na, pct, tabel } from './factory';

const run = (id: Parameters<typeof ruleById>[0], t: ReturnType<typeof tabel>[]) => ruleById(id).run(ctxOf(t));

describe('satuan-tidak-cocok', () => {
  it("fires on the realisasi cell for '1 Layanan' against '100%' (seed 000)", () => {
    const i = ind(12, { target: cnt(1, 'Layanan'), realisasi: pct(100) });
    const f = run('satuan-tidak-cocok', [tabel('pengukuran', [i])]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'satuan-tidak-cocok', severity: 'galat', cell: 'E12', row: 12 });
    expect(f[0].message).toContain('Target 1 Layanan dan realisasi 100% memakai satuan yang berbeda');
  });

  it('does not fire on the same unit, nor on Layanan vs a plain 1', () => {
    const a = ind(12, { target: cnt(1, 'Layanan'), realisasi: cnt(1, 'Layanan') });
    const b = ind(13, { target: cnt(2, 'Unit'), realisasi: { kind: 'index', value: 2, unit: null, raw: '2', numericCell: false, fraction: false } });
    expect(run('satuan-tidak-cocok', [tabel('pengukuran', [a, b])])).toEqual([]);
  });
});

describe('nilai-tidak-terbaca', () => {
  it('fires on each unreadable cell: realisasi #DIV/0! and target text', () => {
    const a = ind(5, { target: pct(80), realisasi: err('#DIV/0!') });
    const b = ind(6, { target: err('belum ditetapkan'), realisasi: pct(90) });
    const f = run('nilai-tidak-terbaca', [tabel('pengukuran', [a, b])]);
    expect(f.map((x) => [x.cell, x.severity])).toEqual([
      ['E5', 'galat'],
      ['D6', 'galat'],
    ]);
    expect(f[0].message).toContain("Realisasi '#DIV/0!' tidak dapat dibaca");
    expect(f[1].message).toContain("Target 'belum ditetapkan' tidak dapat dibaca");
  });

  it('does not fire on N/A or an empty realisasi', () => {
    const a = ind(5, { target: pct(80), realisasi: na('N/A') });
    const b = ind(6, { target: pct(80), realisasi: empty() });
    expect(run('nilai-tidak-terbaca', [tabel('pengukuran', [a, b])])).toEqual([]);
  });
});

describe('target-nol', () => {
  it('fires on the target cell of a positive indicator with target 0', () => {
    const i = ind(7, { target: pct(0), realisasi: pct(5) });
    const f = run('target-nol', [tabel('pengukuran', [i])]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'target-nol', severity: 'galat', cell: 'D7' });
    expect(f[0].message).toContain('Target 0% dengan polaritas positif');
  });

  it('does not fire for a negative indicator with target 0 (zero escapes is a fine target)', () => {
    const i = ind(7, { indikator: 'Jumlah pelarian', polaritas: 'negatif', polaritasSumber: 'kolom', target: cnt(0, 'Orang'), realisasi: cnt(0, 'Orang'), capaian: 100 });
    expect(run('target-nol', [tabel('pengukuran', [i])])).toEqual([]);
  });
});

describe('realisasi-kosong', () => {
  it('fires (info) on an empty realisasi cell of a measurement table', () => {
    const i = ind(8, { target: pct(80), realisasi: empty() });
    const f = run('realisasi-kosong', [tabel('pengukuran', [i])]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'realisasi-kosong', severity: 'info', cell: 'E8' });
    expect(f[0].message).toContain('target 80% belum memiliki realisasi');
  });

  it('does not fire on a PK table (targets only) nor on a zero case', () => {
    const pk = ind(8, { tableId: 'PK 2023!A3:D20', target: pct(80), cells: { indikator: 'C8', target: 'D8' } });
    const z = ind(9, { target: pct(80), realisasi: na('-'), nihil: ["realisasi ditulis '-'"] });
    expect(run('realisasi-kosong', [tabel('pk', [pk]), tabel('pengukuran', [z])])).toEqual([]);
  });

  it("reports a Rencana Aksi 'Tidak ada ...' note as a zero-case candidate (seed 004)", () => {
    const i = ind(20, {
      tableId: 'Rencana Aksi!A5:M60',
      target: pct(90),
      cells: { indikator: 'B20', target: 'C20' },
      nihil: ["tw: 'Tidak ada Ibu Hamil dan Menyusui'"],
    });
    const f = run('realisasi-kosong', [tabel('rencana-aksi', [i], { columns: { sasaran: 1, indikator: 2, target: 3 } })]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'realisasi-kosong', severity: 'info', sheet: 'Rencana Aksi', cell: 'C20' });
    expect(f[0].message).toContain("Tidak ada Ibu Hamil dan Menyusui");
    expect(f[0].message).toContain('calon kasus nihil');
  });
});
