/**
 * Seed 002 (LKjIP 2022, Rutan Kelas IIB Balikpapan): Renstra matrices with `Target (%)` over
 * 2020-2024 (one with a combined `Sasaran Program / Indikator Kinerja Program` column), Tabel 3.1
 * with `TARGET (%)` headers and `Sasaran ... :` section titles, Tabel 3.2 with budget columns
 * (PAGU | REALISASI | SERAPAN (%)), and a URAIAN table read through a user column mapping.
 */
import { recognizeSheet } from '../../src/core/recognize';
import { gridFromTsv } from '../helpers/grid';
import {
  SEED002_BUDGET,
  SEED002_BUDGET_TOP,
  SEED002_RENSTRA,
  SEED002_RENSTRA_TOP,
  SEED002_TABEL31,
  SEED002_TABEL31_TOP,
  SEED002_URAIAN,
  SEED002_URAIAN_TOP,
} from './seeds';

describe('seed 002: Renstra matrices with Target (%) (lines 290-337)', () => {
  const rec = recognizeSheet(gridFromTsv('Renja', SEED002_RENSTRA, { top: SEED002_RENSTRA_TOP }));

  it('finds three renstra tables with year columns 2020-2024', () => {
    expect(rec.tables.map((t) => [t.headerRow, t.kind, t.dataTop])).toEqual([
      [290, 'renstra', 292],
      [296, 'renstra', 298],
      [308, 'renstra', 310],
    ]);
    expect(rec.tables[0].renstraYears).toEqual({ '2020': 4, '2021': 5, '2022': 6, '2023': 7, '2024': 8 });
    expect(rec.tables[1].renstraYears).toEqual({ '2020': 3, '2021': 4, '2022': 5, '2023': 6, '2024': 7 });
    for (const t of rec.tables) {
      expect(t.percentPoints).toEqual(['target']);
      expect(t.headers.target).toBe('Target (%)');
    }
    // the title "Tabel 2. 1 ... Tahun 2022" above the first table gives its year
    expect(rec.tables[0].title).toBe('Tabel 2. 1 Rencana Kerja Rumah Tahanan Negara Kelas IIB Balikpapan Tahun 2022');
    expect(rec.tables[0].year).toBe(2022);
  });

  it('reads the IKU matrix', () => {
    const t = rec.tables[0];
    expect(t.columns).toEqual({ no: 1, sasaran: 2, indikator: 3 });
    expect(t.indicators.map((i) => i.row)).toEqual([292, 293, 294]);
    const i = t.indicators[1];
    expect(i.no).toBe('2.');
    expect(i.indikator).toBe('Indeks kepuasan masyarakata terhadap layanan publik bidang hukum');
    expect(i.yearCells['2020'].target?.text).toBe('77.5');
    expect(i.yearCells['2024'].target?.text).toBe('77.54');
    expect(i.yearCells['2024'].target?.col).toBe(8);
  });

  it('reads sasaran title rows inside the combined Sasaran / Indikator column', () => {
    const t = rec.tables[1];
    expect(t.columns).toEqual({ no: 1, indikator: 2 });
    expect(t.headers.indikator).toBe('Sasaran Program / Indikator Kinerja Program');
    expect(t.indicators.map((i) => i.row)).toEqual([299, 301, 302, 303, 304, 306]);
    expect(t.indicators[0].indikator).toBe('Indeks pelayanan tahanan');
    expect(t.indicators[0].no).toBe('1');
    expect(t.indicators[0].sasaran.startsWith('Terwujudnya Penyelenggaraan Pemasyarakatan Yang Professional')).toBe(true);
    expect(t.indicators[2].sasaran).toBe('Terwujudnya Penyelenggaraan Pemasyarakatan Yang Berkualitas');
    expect(t.indicators[2].no).toBe('2.');
    expect(t.indicators[5].sasaran).toBe('Terwujudnya Penyelenggaraan Yang Aman Dan Tertib');
  });

  it('reads the IKK matrix down to "8. Nilai SMART"', () => {
    const t = rec.tables[2];
    // 8 + 3 + 4 + 8 indicators under 4 sasaran title rows
    expect(t.indicators).toHaveLength(23);
    expect(t.indicators.some((i) => [310, 319, 323, 329].includes(i.row))).toBe(false);
    const last = t.indicators[22];
    expect(last.row).toBe(337);
    expect(last.indikator).toBe('8. Nilai SMART');
    expect(last.sasaran).toBe('Meningkatnya Dukungan Layanan Manajemen Satker');
    expect(last.yearCells['2020'].target?.text).toBe('100');
    expect(last.yearCells['2021'].target?.text).toBe('');
  });
});

describe('seed 002: Tabel 3.1 with TARGET (%) and section titles (lines 426-460)', () => {
  const rec = recognizeSheet(gridFromTsv('LKjIP 2022', SEED002_TABEL31, { top: SEED002_TABEL31_TOP }));
  const t = rec.tables[0];

  it('is one pengukuran table in percent points, continued across its repeated headers', () => {
    expect(rec.tables).toHaveLength(1);
    expect(t.kind).toBe('pengukuran');
    expect(t.headerRow).toBe(432);
    expect(t.columns).toEqual({ indikator: 1, target: 2, realisasi: 3, capaian: 4 });
    expect(t.percentPoints).toEqual(['target', 'realisasi', 'capaian']);
    expect(t.headers).toEqual({ indikator: 'INDIKATOR', target: 'TARGET (%)', realisasi: 'REALISASI (%)', capaian: 'CAPAIAN (%)' });
    expect(t.year).toBe(2022);
    expect(t.indicators).toHaveLength(16);
    // the paragraph "Rata-rata capaian kinerja ... adalah sebesar 110 %" (line 462) is text, not a row of the table
    expect(t.averageRows).toEqual([]);
    expect(t.area.bottom).toBe(460);
  });

  it('takes the sasaran from the `Sasaran ... :` title rows', () => {
    const byRow = (r: number) => t.indicators.find((i) => i.row === r)!;
    expect(byRow(433).sasaran).toBe('Terwujudnya Penegakkan Hukum dan Pelayanan Publik dibidang Hukum');
    expect(byRow(442).sasaran).toBe('Terwujudnya Penyelenggaraan Pemasarakatan yang Profesional dan Berkualitas');
    expect(byRow(451).sasaran.startsWith('Terwujudnya Penyelenggaraan Perawatan Tahanan/Narapidana')).toBe(true);
    expect(byRow(433).cells.realisasi?.text).toBe('118');
    expect(byRow(434).cells.target?.text).toBe('77,5');
    expect(byRow(460).cells.target?.text).toBe('1 Layanan');
    expect(byRow(460).cells.capaian?.text).toBe('98');
  });
});

describe('seed 002: Tabel 3.2 with budget columns (lines 466-485)', () => {
  const rec = recognizeSheet(gridFromTsv('LKjIP 2022', SEED002_BUDGET, { top: SEED002_BUDGET_TOP }));
  const t = rec.tables[0];

  it('keeps the Rupiah REALISASI and SERAPAN (%) out of the performance columns', () => {
    expect(rec.tables).toHaveLength(1);
    expect(t.columns).toEqual({ indikator: 1, target: 2, realisasi: 3, capaian: 4 });
    expect(t.budgetColumns).toEqual([5, 6, 7, 8]);
    expect(t.headers.realisasi).toBe('REALISASI (%)');
    expect(t.percentPoints).toEqual(['target', 'realisasi', 'capaian']);
    expect(t.remarks.some((r) => r.includes('Kolom F'))).toBe(true);
  });

  it('reads the three section title rows as sasaran, and stops before the next chapter', () => {
    expect(t.indicators).toHaveLength(16);
    expect(t.indicators.some((i) => [467, 471, 475].includes(i.row))).toBe(false);
    const r476 = t.indicators.find((i) => i.row === 476)!;
    expect(r476.indikator).toBe('Persentase Pemenuhan Layanan Makanan');
    expect(r476.cells.realisasi?.text).toBe('129.4');
    expect(r476.cells.realisasi?.col).toBe(3);
    expect(r476.sasaran.startsWith('Terwujudnya Penyelenggaraan Perawatan Tahanan/Narapidana')).toBe(true);
    const r479 = t.indicators.find((i) => i.row === 479)!;
    expect(r479.cells.realisasi?.text).toBe('-');
    expect(t.indicators[15].row).toBe(485);
    expect(t.area).toEqual({ top: 466, left: 1, bottom: 485, right: 8 });
  });
});

describe('seed 002: URAIAN table (lines 598-600)', () => {
  it('is skipped without a mapping: URAIAN is not an Indikator header', () => {
    const rec = recognizeSheet(gridFromTsv('Perawatan', SEED002_URAIAN, { top: SEED002_URAIAN_TOP }));
    expect(rec.tables).toEqual([]);
    expect(rec.skipped?.reason).toBe('Tidak ditemukan tabel PK: ada kolom Target tetapi tidak ada kolom Indikator.');
  });

  it('is read with the user mapping, with its stated average row', () => {
    const rec = recognizeSheet(gridFromTsv('Perawatan', SEED002_URAIAN, { top: SEED002_URAIAN_TOP }), {
      pemetaanKolom: { Perawatan: [{ headerRow: 598, columns: { no: 'A', indikator: 'B', target: 'C', realisasi: 'D', capaian: 'E' } }] },
    });
    expect(rec.skipped).toBeNull();
    const t = rec.tables[0];
    expect(t.mapped).toBe(true);
    expect(t.kind).toBe('pengukuran');
    expect(t.headerRow).toBe(598);
    expect(t.columns).toEqual({ no: 1, indikator: 2, target: 3, realisasi: 4, capaian: 5 });
    expect(t.headers.indikator).toBe('URAIAN');
    expect(t.remarks.some((r) => r.startsWith('Pemetaan kolom dari pengaturan diterapkan'))).toBe(true);
    expect(t.indicators).toHaveLength(1);
    expect(t.indicators[0].indikator).toBe('Perawatan Tahanan/Narapidana');
    expect(t.indicators[0].cells.realisasi?.text).toBe('1067');
    // "Rata rata capaian | | | 106": the stated value sits one column left of Status %
    expect(t.averageRows).toHaveLength(1);
    expect(t.averageRows[0].row).toBe(600);
    expect(t.averageRows[0].cell.text).toBe('106');
    expect(t.averageRows[0].cell.col).toBe(4);
  });
});
