import { cekTargetRenstra, ruleById } from '../../src/core/rules';
import type { Cell } from '../../src/core/grid';
import type { IndicatorMatch } from '../../src/core/types';
import { cnt, ctxOf, idx, ind, pct, tabel } from './factory';

const LAYANAN_KESEHATAN = 'Persentase Tahanan/Narapidana mendapatkan Layanan Kesehatan';

describe('target-berbeda', () => {
  // Seed 002: the same indicator has target 80 in one table and 93 in the budget table.
  const pk = ind(5, { tableId: 'PK 2023!A3:D20', indikator: LAYANAN_KESEHATAN, target: pct(80), cells: { indikator: 'C5', target: 'D5' } });
  const pg = ind(9, { indikator: LAYANAN_KESEHATAN, target: pct(93), realisasi: pct(106), capaian: (106 / 93) * 100 });
  const tPk = tabel('pk', [pk]);
  const tPg = tabel('pengukuran', [pg]);
  const exact: IndicatorMatch = { a: pk.id, b: pg.id, score: 1, exact: true };

  it('fires on the target cell of the measurement table, naming the other cell', () => {
    const f = ruleById('target-berbeda').run(ctxOf([tPk, tPg], { matches: [exact] }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'target-berbeda', severity: 'peringatan', sheet: 'Pengukuran 2023', cell: 'D9', row: 9 });
    expect(f[0].message).toContain("Target 2023 indikator ini 93% berbeda dengan target 80% untuk indikator yang sama di 'PK 2023'!D5");
    expect(f[0].message).not.toContain('nama mirip');
  });

  it('reports a near match with its score', () => {
    const f = ruleById('target-berbeda').run(ctxOf([tPk, tPg], { matches: [{ ...exact, score: 0.9166, exact: false }] }));
    expect(f[0].message).toContain('nama mirip (skor 0.92)');
  });

  it('moves to the PK side when only the PK sheet is in focus', () => {
    const f = ruleById('target-berbeda').run(ctxOf([tPk, tPg], { matches: [exact], focusSheets: ['PK 2023'] }));
    expect(f[0]).toMatchObject({ sheet: 'PK 2023', cell: 'D5' });
  });

  it('does not fire on equal targets (80% vs a plain 80) nor across different years', () => {
    const pk80 = ind(5, { tableId: 'PK 2023!A3:D20', indikator: LAYANAN_KESEHATAN, target: idx(80), cells: { indikator: 'C5', target: 'D5' } });
    const pg80 = ind(9, { indikator: LAYANAN_KESEHATAN, target: pct(80) });
    const m = { a: pk80.id, b: pg80.id, score: 1, exact: true };
    expect(ruleById('target-berbeda').run(ctxOf([tabel('pk', [pk80]), tabel('pengukuran', [pg80])], { matches: [m] }))).toEqual([]);
    const f = ruleById('target-berbeda').run(ctxOf([tabel('pk', [pk], { year: 2022 }), tPg], { matches: [exact] }));
    expect(f).toEqual([]);
  });
});

describe('target-renstra-berbeda', () => {
  // Seed 002 Renstra matrix: Persentase pemenuhan layanan makanan 2020..2024 = 75, 75.1, 75.12, 75.13, 75.14.
  const ren = ind(11, {
    tableId: 'Renstra!A1:H30',
    indikator: 'Persentase pemenuhan layanan makanan bagi tahanan/narapidana/anak sesuai dengan standar',
    targets: { '2020': pct(75), '2021': pct(75.1), '2022': pct(75.12), '2023': pct(75.13), '2024': pct(75.14) },
    cells: { indikator: 'B11' },
  });
  const tRen = tabel('renstra', [ren], { year: null, renstraYears: { '2020': 3, '2021': 4, '2022': 5, '2023': 6, '2024': 7 } });
  const pg = ind(6, { indikator: 'Persentase Pemenuhan Layanan Makanan', target: pct(75), realisasi: pct(129) });
  const tPg = tabel('pengukuran', [pg], { year: 2022 });

  it('fires on the year-N target cell with both targets and the Renstra cell', () => {
    const m = { a: ren.id, b: pg.id, score: 0.88, exact: false };
    const f = ruleById('target-renstra-berbeda').run(ctxOf([tRen, tPg], { matches: [m], year: 2022 }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'target-renstra-berbeda', severity: 'peringatan', cell: 'D6', row: 6 });
    expect(f[0].message).toContain('Target 2022 75% berbeda dengan target Renstra 2022 75,12% (Renstra!E11)');
    expect(f[0].message).toContain('nama mirip (skor 0.88)');
  });

  it('cekTargetRenstra: null when the year-N targets agree, a finding when they differ', () => {
    const same = ind(6, { indikator: pg.indikator, target: pct(75.13) });
    expect(cekTargetRenstra(same, ren, 2023)).toBeNull();
    const f = cekTargetRenstra(pg, ren, 2023, { renstraTable: tRen });
    expect(f?.cell).toBe('D6');
    expect(f?.message).toContain('Target 2023 75% berbeda dengan target Renstra 2023 75,13% (Renstra!F11)');
    // A table of 2022 has no 2024 target to compare.
    expect(cekTargetRenstra(pg, ren, 2024, { table: tPg })).toBeNull();
  });
});

describe('rata-rata-tidak-sesuai', () => {
  const cell = (text: string): Cell => ({ row: 12, col: 6, value: text, text, format: 'General', formula: null });
  // Capaian 100/80 = 125 and 100/85 = 117.647..., and a zero case (N/A): mean (125 + 117.647) / 2 = 121.32.
  const items = [
    ind(5, { target: pct(80), realisasi: pct(100), capaian: 125 }),
    ind(6, { target: pct(85), realisasi: pct(100), capaian: (100 / 85) * 100 }),
    ind(7, { target: pct(97), realisasi: pct(97), nihil: ["keterangan: 'tidak ada ibu hamil'"] }),
  ];

  it('fires on the average cell when the stated average counted the zero case as 100%', () => {
    // (125 + 117.647 + 100) / 3 = 114.22 stated.
    const t = tabel('pengukuran', items, { averageRows: [{ row: 12, cell: cell('114,22%') }] });
    const f = ruleById('rata-rata-tidak-sesuai').run(ctxOf([t]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'rata-rata-tidak-sesuai', severity: 'peringatan', cell: 'F12', row: 12 });
    expect(f[0].message).toContain('Rata-rata tertulis 114,22% berbeda dengan rata-rata capaian terhitung 121,32%');
    expect(f[0].message).toContain('2 indikator dengan capaian; 1 indikator N/A');
  });

  it('does not fire within 1 point (121% stated)', () => {
    const t = tabel('pengukuran', items, { averageRows: [{ row: 12, cell: cell('121%') }] });
    expect(ruleById('rata-rata-tidak-sesuai').run(ctxOf([t]))).toEqual([]);
  });
});

describe('capaian-seragam', () => {
  // Seed 003 Tabel 3.3 (second part): 16 indicators; 8 of them have realisasi half of the target.
  const rows: Array<[number, number, number]> = [
    // [row, target, realisasi]
    [5, 65, 25], // 38.46
    [6, 98, 44], // 44.90
    [7, 80, 40], // 50
    [8, 80, 40], // 50
    [9, 15, 7.5], // 50
    [10, 28, 14], // 50
    [11, 67, 30], // 44.78
    [12, 80, 40], // 50
    [13, 70, 35], // 50
    [14, 80, 40], // 50
    [15, 70, 35], // 50
  ];
  const items = [
    ...rows.map(([r, t, x]) => ind(r, { target: pct(t), realisasi: pct(x), capaian: (x / t) * 100 })),
    ...[16, 17, 18, 19, 20].map((r) => ind(r, { target: cnt(1, 'Layanan'), realisasi: cnt(0, 'Layanan'), capaian: 0 })),
  ];

  it('fires once, on the first capaian cell of the group, naming 8 of 16 at 50%', () => {
    const f = ruleById('capaian-seragam').run(ctxOf([tabel('pengukuran', items)]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'capaian-seragam', severity: 'peringatan', cell: 'F7', row: 7 });
    expect(f[0].message).toContain('8 dari 16 indikator');
    expect(f[0].message).toContain('50%');
  });

  it('does not fire when the shared capaian is 100%', () => {
    const all100 = [5, 6, 7, 8, 9, 10, 11].map((r) => ind(r, { target: pct(80), realisasi: pct(80), capaian: 100 }));
    expect(ruleById('capaian-seragam').run(ctxOf([tabel('pengukuran', all100)]))).toEqual([]);
  });

  it('does not fire with only 4 sharing indicators, nor when 5 share but are under 40%', () => {
    const four = [5, 6, 7, 8].map((r) => ind(r, { capaian: 50 }));
    const others = [9, 10].map((r, k) => ind(r, { capaian: 70 + k * 10 }));
    expect(ruleById('capaian-seragam').run(ctxOf([tabel('pengukuran', [...four, ...others])]))).toEqual([]);
    const five = [5, 6, 7, 8, 9].map((r) => ind(r, { capaian: 50 }));
    const many = Array.from({ length: 8 }, (_, k) => ind(20 + k, { capaian: 60 + k * 5 }));
    expect(ruleById('capaian-seragam').run(ctxOf([tabel('pengukuran', [...five, ...many])]))).toEqual([]);
  });
});
