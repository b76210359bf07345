import { periksaJsonSchema, toPeriksaJson } from '../../src/core/report';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Analysis } from '../../src/core/types';
import { cnt, ind, na, pct, range, tabel } from '../rules/factory';

describe('toPeriksaJson', () => {
  const pg = tabel(
    'pengukuran',
    [
      ind(4, { target: pct(80), realisasi: pct(100), capaianTertulis: pct(100), capaian: 125, klasifikasi: 'Sangat Tinggi', status: 'ok' }),
      ind(5, { target: cnt(1, 'Layanan'), realisasi: cnt(1, 'Layanan'), capaianTertulis: cnt(1, 'Layanan'), satuan: 'Layanan', capaian: 100, klasifikasi: 'Sangat Tinggi', status: 'ok' }),
      ind(6, { target: pct(97), realisasi: na(), capaian: null, status: 'na', nihil: ["realisasi ditulis 'N/A'"] }),
      ind(7, { target: range(80, 90), realisasi: pct(85), polaritas: 'rentang', capaian: 100, klasifikasi: 'Sangat Tinggi', status: 'ok' }),
    ],
    { area: { top: 3, left: 1, bottom: 27, right: 8 } },
  );
  const ren = tabel(
    'renstra',
    [ind(3, { tableId: 'Renstra!A1:F10', targets: { '2021': pct(70), '2022': pct(75) }, realisasi: null })],
    { id: 'Renstra!A1:F10', sheet: 'Renstra', year: null, columns: { indikator: 1 }, area: { top: 1, left: 1, bottom: 10, right: 6 }, headerRow: 1 },
  );
  const analysis: Analysis = {
    file: 'kupang-2023.xlsx',
    year: 2023,
    tables: [pg, ren],
    skipped: [],
    findings: [{ rule: 'capaian-tidak-sesuai', severity: 'peringatan', sheet: 'Pengukuran 2023', cell: 'F4', row: 4, message: 'x', tableId: pg.id }],
    matches: [],
    settings: DEFAULT_SETTINGS,
  };
  const json = toPeriksaJson(analysis);

  it('validates against the exported schema', () => {
    expect(periksaJsonSchema.safeParse(json).success).toBe(true);
    expect(periksaJsonSchema.safeParse(JSON.parse(JSON.stringify(json))).success).toBe(true);
  });

  it('gives the table as docs/aturan.md shows it', () => {
    const t = json.tables[0];
    expect(t).toMatchObject({ sheet: 'Pengukuran 2023', kind: 'pengukuran', range: 'A3:H27', headerRow: 3, year: 2023 });
    expect(t.columns).toEqual({ no: 'A', sasaran: 'B', indikator: 'C', target: 'D', realisasi: 'E', capaian: 'F', keterangan: 'G' });
    expect(t.indicators[0]).toEqual({
      row: 4,
      sasaran: 'Meningkatnya pelayanan',
      indikator: 'Persentase pemenuhan layanan makanan',
      satuan: '%',
      polaritas: 'positif',
      target: 80,
      realisasi: 100,
      capaian: 125,
      capaianTertulis: 100,
      klasifikasi: 'Sangat Tinggi',
      status: 'ok',
    });
  });

  it('gives counts as numbers, N/A as null, a range as {min, max}', () => {
    const [, layanan, nihil, rentang] = json.tables[0].indicators;
    expect(layanan).toMatchObject({ satuan: 'Layanan', target: 1, realisasi: 1, capaian: 100 });
    expect(nihil).toMatchObject({ target: 97, realisasi: null, capaian: null, status: 'na', klasifikasi: 'Tidak dapat diukur' });
    expect(rentang).toMatchObject({ target: { min: 80, max: 90 }, realisasi: 85, polaritas: 'rentang' });
  });

  it('gives Renstra indicators targets by year instead of target', () => {
    const r = json.tables[1].indicators[0];
    expect(r).toMatchObject({ targets: { '2021': 70, '2022': 75 } });
    expect('target' in r).toBe(false);
  });

  it('keeps only the contract fields of a finding', () => {
    expect(json.findings).toEqual([{ rule: 'capaian-tidak-sesuai', severity: 'peringatan', sheet: 'Pengukuran 2023', cell: 'F4', row: 4, message: 'x' }]);
    expect(json.file).toBe('kupang-2023.xlsx');
  });

  it('rejects a malformed object', () => {
    const bad = JSON.parse(JSON.stringify(json));
    bad.tables[0].indicators[0].capaian = '125%';
    expect(periksaJsonSchema.safeParse(bad).success).toBe(false);
  });
});
