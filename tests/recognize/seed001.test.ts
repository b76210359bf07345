/**
 * Seed 001 (LKjIP 2023, Rutan Kelas IIB Kupang): the PK table, Tabel III.1 (pengukuran, with an
 * indicator name split by a page break), a per-indicator table, the 2023-vs-2022 two-row table
 * (with "Targ et" / "Realisa si" broken by the PDF), the Renstra two-row table, the budget summary,
 * and the PK annex with a `(1) (2) (3) (4)` row and a repeated header. Sheet rows = seed lines.
 */
import { recognizeSheet } from '../../src/core/recognize';
import { gridFromTsv } from '../helpers/grid';
import {
  SEED001_BUDGET,
  SEED001_BUDGET_TOP,
  SEED001_III1,
  SEED001_III1_TOP,
  SEED001_IKK_TABLES,
  SEED001_IKK_TABLES_TOP,
  SEED001_PK,
  SEED001_PK_LAMPIRAN,
  SEED001_PK_LAMPIRAN_TOP,
  SEED001_PK_TOP,
  SEED001_SPLIT_RENSTRA,
  SEED001_SPLIT_RENSTRA_TOP,
  SEED001_TUJUAN,
  SEED001_TUJUAN_TOP,
} from './seeds';

describe('seed 001: PK table (lines 569-595)', () => {
  const rec = recognizeSheet(gridFromTsv('Kupang', SEED001_PK, { top: SEED001_PK_TOP }));
  const t = rec.tables[0];

  it('is one pk table with No/Sasaran/Indikator/Target', () => {
    expect(rec.tables).toHaveLength(1);
    expect(t.kind).toBe('pk');
    expect(t.headerRow).toBe(569);
    expect(t.dataTop).toBe(570);
    expect(t.columns).toEqual({ no: 1, sasaran: 2, indikator: 3, target: 4 });
    expect(t.headers.sasaran).toBe('SASARAN KEGIATAN');
  });

  it('has 24 indicators (8 + 3 + 4 + 9), numbered names kept as typed', () => {
    expect(t.indicators).toHaveLength(24);
    const first = t.indicators[0];
    expect(first.row).toBe(570);
    expect(first.no).toBe('1.');
    expect(first.indikator).toBe('1. Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai dengan standar');
    expect(first.cells.target?.text).toBe('80%');
    const last = t.indicators[23];
    expect(last.row).toBe(595);
    expect(last.indikator).toBe('9. Jumlah Gedung/Bangunan');
    expect(last.no).toBe('4.');
    expect(last.sasaran).toBe('Meningkatnya Dukungan Layanan Manajemen Satker');
    // a blank line inside the table (575) does not end it, the sasaran is carried over it
    const r576 = t.indicators.find((i) => i.row === 576)!;
    expect(r576.no).toBe('1.');
    expect(r576.sasaran.startsWith('Meningkatnya Pelayanan Perawatan Narapidana/Tahanan/Anak')).toBe(true);
  });

  it('takes the year from the sentence above the table only when it is a title, else null', () => {
    // line 567 is a 246-character paragraph, not a title; the sheet name has no year
    expect(t.year).toBeNull();
    const withName = recognizeSheet(gridFromTsv('PK 2023', SEED001_PK, { top: SEED001_PK_TOP }));
    expect(withName.tables[0].year).toBe(2023);
  });
});

describe('seed 001: Tabel III.1 pengukuran (lines 607-634)', () => {
  const rec = recognizeSheet(gridFromTsv('Pengukuran 2023', SEED001_III1, { top: SEED001_III1_TOP }));
  const t = rec.tables[0];

  it('is a pengukuran table with Target/Realisasi/Capaian', () => {
    expect(rec.tables).toHaveLength(1);
    expect(t.kind).toBe('pengukuran');
    expect(t.headerRow).toBe(607);
    expect(t.dataTop).toBe(608);
    expect(t.columns).toEqual({ no: 1, sasaran: 2, indikator: 3, target: 4, realisasi: 5, capaian: 6 });
    expect(t.headers.capaian).toBe('Capaian');
    expect(t.year).toBe(2023);
    // the caption "Tabel III. 1" below the table is not part of it
    expect(t.area).toEqual({ top: 607, left: 1, bottom: 634, right: 6 });
  });

  it('joins the indicator name split over lines 623 and 625', () => {
    expect(t.indicators).toHaveLength(24);
    const split = t.indicators.find((i) => i.row === 623)!;
    expect(split.indikator).toBe('4. Persentase Pemulihan Kondisi Keamanan Pasca Gangguan Kamtib Secara Tuntas');
    expect(split.rows).toEqual([623, 625]);
    expect(split.no).toBe('3.');
    expect(split.cells.target?.row).toBe(625);
    expect(split.cells.target?.text).toBe('80%');
    expect(split.cells.realisasi?.text).toBe('100%');
    expect(split.cells.capaian?.text).toBe('100%');
    expect(t.indicators.some((i) => i.row === 625)).toBe(false);
  });

  it('keeps stated capaian cells as they are (the engine judges them)', () => {
    const r611 = t.indicators.find((i) => i.row === 611)!;
    expect(r611.cells.target?.text).toBe('80%');
    expect(r611.cells.realisasi?.text).toBe('100%');
    expect(r611.cells.capaian?.text).toBe('125%');
    const r626 = t.indicators.find((i) => i.row === 626)!;
    expect(r626.cells.capaian?.text).toBe('1 Layanan');
    expect(t.indicators[23].row).toBe(634);
    expect(t.indicators[23].indikator).toBe('9. Jumlah Gedung/Bangunan');
  });
});

describe('seed 001: per-indicator tables of IKK 4 (lines 855-880)', () => {
  const rec = recognizeSheet(gridFromTsv('SK1 IKK4', SEED001_IKK_TABLES, { top: SEED001_IKK_TABLES_TOP }));

  it('finds the three tables', () => {
    expect(rec.tables.map((t) => [t.headerRow, t.kind, t.headerRows])).toEqual([
      [855, 'pengukuran', 1],
      [866, 'pengukuran', 2],
      [876, 'renstra', 2],
    ]);
  });

  it('reads the single-row table without sasaran', () => {
    const t = rec.tables[0];
    expect(t.columns).toEqual({ indikator: 1, target: 2, realisasi: 3, capaian: 4 });
    expect(t.indicators).toHaveLength(1);
    expect(t.indicators[0].sasaran).toBe('');
    expect(t.indicators[0].no).toBeNull();
    expect(t.indicators[0].cells.capaian?.text).toBe('125%');
  });

  it('reads the 2023-vs-2022 table with broken header words', () => {
    const t = rec.tables[1];
    expect(t.year).toBe(2023);
    expect(t.dataTop).toBe(868);
    expect(t.columns).toEqual({ indikator: 1, target: 2, realisasi: 3, capaian: 4 });
    expect(t.headers.target).toBe('Targ et');
    expect(t.headers.realisasi).toBe('Realisa si');
    expect(t.headers.capaian).toBe('Capaia n');
    expect(t.otherYears).toEqual({ '2022': { target: 5, realisasi: 6, capaian: 7 } });
    const i = t.indicators[0];
    expect(i.row).toBe(868);
    expect(i.cells.target?.text).toBe('80%');
    expect(i.yearCells['2022'].target?.text).toBe('70%');
    expect(i.yearCells['2022'].realisasi?.text).toBe('100%');
    expect(i.yearCells['2022'].capaian?.text).toBe('142%');
  });

  it('reads the Renstra table (Target merged over 2021-2024) and joins the name continued on line 880', () => {
    const t = rec.tables[2];
    expect(t.renstraYears).toEqual({ '2021': 2, '2022': 3, '2023': 4, '2024': 5 });
    expect(t.columns).toEqual({ indikator: 1 });
    expect(t.headers.target).toBe('Target');
    const i = t.indicators[0];
    expect(t.indicators).toHaveLength(1);
    expect(i.row).toBe(878);
    expect(i.rows).toEqual([878, 880]);
    expect(i.indikator).toBe(
      'Persentase Tahanan/Narapidana/Anak yang mengalami gangguan mental dapat tertangani kesehatan maternal sesuai dengan standar',
    );
    expect(Object.fromEntries(Object.entries(i.yearCells).map(([y, c]) => [y, c.target?.text]))).toEqual({
      '2021': '60%',
      '2022': '70%',
      '2023': '80%',
      '2024': '80%',
    });
  });

  it('works the same when the Target merge is listed in grid.merges', () => {
    const g = gridFromTsv('SK1 IKK4', SEED001_IKK_TABLES, { top: SEED001_IKK_TABLES_TOP, merges: ['B876:E876', 'A876:A877', 'B866:D866', 'E866:G866'] });
    const r = recognizeSheet(g);
    expect(r.tables[2].renstraYears).toEqual({ '2021': 2, '2022': 3, '2023': 4, '2024': 5 });
    expect(r.tables[1].otherYears).toEqual({ '2022': { target: 5, realisasi: 6, capaian: 7 } });
  });
});

describe('seed 001: a Renstra name continued after a blank line (lines 1573-1577)', () => {
  const rec = recognizeSheet(gridFromTsv('SK3 IKK4', SEED001_SPLIT_RENSTRA, { top: SEED001_SPLIT_RENSTRA_TOP }));
  it('reads the two-year table and the Renstra table, joining "Kamtib Secara Tuntas"', () => {
    expect(rec.tables.map((t) => t.kind)).toEqual(['pengukuran', 'renstra']);
    const r = rec.tables[1];
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0].indikator).toBe('Persentase Pemulihan Kondisi Keamanan Pasca Gangguan Kamtib Secara Tuntas');
    expect(r.indicators[0].rows).toEqual([1575, 1577]);
    expect(r.indicators[0].yearCells['2024'].target?.text).toBe('80%');
    // the dashed line and the next caption are outside
    expect(r.area.bottom).toBe(1577);
  });
});

describe('seed 001: budget summary (lines 184-186)', () => {
  it('is not a PK table: no Target column, skipped with a reason', () => {
    const rec = recognizeSheet(gridFromTsv('Anggaran', SEED001_BUDGET, { top: SEED001_BUDGET_TOP }));
    expect(rec.tables).toEqual([]);
    expect(rec.skipped).toEqual({
      sheet: 'Anggaran',
      reason: 'Tidak ditemukan tabel PK: ada kolom Indikator (baris 184) tetapi tidak ada kolom Target.',
    });
  });
});

describe('seed 001: PK annex with column numbers (lines 2358-2401)', () => {
  const rec = recognizeSheet(gridFromTsv('Lampiran PK 2023', SEED001_PK_LAMPIRAN, { top: SEED001_PK_LAMPIRAN_TOP }));

  it('skips the (1) (2) (3) (4) row and continues the IKK table across its repeated header', () => {
    expect(rec.tables.map((t) => [t.headerRow, t.dataTop, t.indicators.length])).toEqual([
      [2358, 2360, 3],
      [2364, 2366, 6],
      [2373, 2375, 24], // 8 + 3 + 4 before the page break, 9 after
    ]);
    const ikk = rec.tables[2];
    expect(ikk.remarks.some((r) => r.includes('2391'))).toBe(true);
    expect(ikk.indicators.some((i) => i.row === 2391 || i.row === 2392)).toBe(false);
    const r2393 = ikk.indicators.find((i) => i.row === 2393)!;
    expect(r2393.no).toBe('4.');
    expect(r2393.sasaran).toBe('Meningkatnya Dukungan Layanan Manajemen Satker');
    expect(ikk.indicators[23].row).toBe(2401);
    expect(ikk.indicators[23].indikator).toBe('9. Jumlah Gedung/Bangunan');
    expect(rec.tables[0].headers.no).toBe('No.');
    expect(rec.tables[0].indicators[1].cells.target?.text).toBe('80');
    for (const t of rec.tables) expect(t.year).toBe(2023);
  });
});

describe('seed 001: Tujuan Strategis tables (Target 2023 | Capaian Tahun 2021 2022)', () => {
  const rec = recognizeSheet(gridFromTsv('Renstra', SEED001_TUJUAN, { top: SEED001_TUJUAN_TOP }));
  it('reads Target over a single year as the target of that year, and Capaian Tahun per year', () => {
    expect(rec.tables.map((t) => t.headerRow)).toEqual([2028, 2034, 2040]);
    const t = rec.tables[0];
    expect(t.year).toBe(2023);
    expect(t.columns).toEqual({ sasaran: 1, indikator: 2, target: 3 });
    expect(t.headers.sasaran).toBe('Tujuan Strategis');
    expect(t.otherYears).toEqual({ '2021': { capaian: 4 }, '2022': { capaian: 5 } });
    expect(t.kind).toBe('pk');
    const i = t.indicators[0];
    expect(i.row).toBe(2030);
    expect(i.cells.target?.text).toBe('90 %');
    expect(i.yearCells['2021'].capaian?.text).toBe('90%');
    // "Tahun 2023 | Kota Kupang | Nasional" (line 2046) has no Target: not a table
    expect(rec.tables.some((x) => x.headerRow === 2046)).toBe(false);
  });
});
