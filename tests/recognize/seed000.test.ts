/**
 * Seed 000 (RKT 2023, Rutan Kelas IIB Soe): the previous-year table (Target/Realisasi) and the
 * three PK levels (IKU, IKP, IKK) on one sheet, each with its own header. Sheet rows are the seed's
 * line numbers (the grid starts at row 60).
 */
import { recognizeSheet } from '../../src/core/recognize';
import { gridFromTsv } from '../helpers/grid';
import { SEED000_PK, SEED000_PK_TOP } from './seeds';

const grid = gridFromTsv('RKT 2023', SEED000_PK, { top: SEED000_PK_TOP });
const rec = recognizeSheet(grid);

describe('seed 000: four tables on one sheet', () => {
  it('finds exactly the four tables, in order, and nothing else', () => {
    expect(rec.skipped).toBeNull();
    expect(rec.tables.map((t) => t.headerRow)).toEqual([67, 97, 104, 114]);
    expect(rec.tables.map((t) => t.kind)).toEqual(['pengukuran', 'pk', 'pk', 'pk']);
    // "Kegiatan | Anggaran" at line 141 is neither a table nor part of the IKK table.
    expect(rec.tables[3].area).toEqual({ top: 114, left: 1, bottom: 139, right: 4 });
    expect(rec.tables.map((t) => t.id)).toEqual(['RKT 2023!A67:E89', 'RKT 2023!A97:D100', 'RKT 2023!A104:D110', 'RKT 2023!A114:D139']);
  });

  it('reads the previous-year table (NO | Sasaran | Indikator Kinerja | Target | Realisasi)', () => {
    const t = rec.tables[0];
    expect(t.columns).toEqual({ no: 1, sasaran: 2, indikator: 3, target: 4, realisasi: 5 });
    expect(t.headers).toEqual({ no: 'NO', sasaran: 'Sasaran', indikator: 'Indikator Kinerja', target: 'Target', realisasi: 'Realisasi' });
    expect(t.headerRows).toBe(1);
    expect(t.dataTop).toBe(68);
    expect(t.year).toBe(2023); // from the sheet name
    expect(t.percentPoints).toEqual([]);
    expect(t.budgetColumns).toEqual([]);
    expect(t.mapped).toBe(false);
    // 12 indicators under sasaran 1-2 (lines 68-79), 3 under sasaran 3, 5 under sasaran 4.
    expect(t.indicators).toHaveLength(20);
    const first = t.indicators[0];
    expect(first.row).toBe(68);
    expect(first.rows).toEqual([68]);
    expect(first.no).toBe('1');
    expect(first.sasaran).toBe('Meningkatnya pelayanan Tahanan');
    expect(first.indikator).toBe('Persentase Menurunnya Tahanan yang Overstaying');
    expect(first.cells.target?.text).toBe('80%');
    expect(first.cells.target?.row).toBe(68);
    expect(first.cells.target?.col).toBe(4);
    expect(first.cells.realisasi?.text).toBe('100%');
    expect(first.cells.capaian).toBeUndefined();
    const last = t.indicators[19];
    expect(last.row).toBe(89);
    expect(last.indikator).toBe('Jumlah Layanan Perkantoran');
    expect(last.cells.target?.text).toBe('1 Layanan');
    expect(last.no).toBe('4');
    expect(last.sasaran).toBe('Meningkatnya Layanan Dukungan Manajemen');
  });

  it('carries merged No and Sasaran down to the rows below', () => {
    const t = rec.tables[0];
    const r69 = t.indicators.find((i) => i.row === 69)!;
    expect(r69.no).toBe('1');
    expect(r69.sasaran).toBe('Meningkatnya pelayanan Tahanan');
    const r79 = t.indicators.find((i) => i.row === 79)!;
    expect(r79.no).toBe('2');
    expect(r79.indikator).toBe('Persentase Gangguan Kamtib yang dapat dicegah');
    expect(r79.sasaran.startsWith('Meningkatnya Pelayanan Perawatan Narapidana/Tahanan/Anak')).toBe(true);
  });

  it('joins a sasaran split over two rows by a page break (lines 80 and 82)', () => {
    const t = rec.tables[0];
    expect(t.indicators.some((i) => i.row === 80 || i.row === 81)).toBe(false);
    for (const row of [82, 83, 84]) {
      const i = t.indicators.find((x) => x.row === row)!;
      expect(i.no).toBe('3');
      expect(i.sasaran).toBe('Meningkatnya Kualitas Penyelenggaraan Pemasyarakatan di Bidang Keamanan dan Ketertiban');
    }
  });

  it('reads the IKU table (Sasaran Startegis | Indikator Kinerja Utama | Target)', () => {
    const t = rec.tables[1];
    expect(t.columns).toEqual({ no: 1, sasaran: 2, indikator: 3, target: 4 });
    expect(t.headers.sasaran).toBe('Sasaran Startegis');
    expect(t.indicators.map((i) => i.row)).toEqual([98, 99, 100]);
    expect(t.indicators.map((i) => i.no)).toEqual(['1', '2', '3']);
    expect(t.indicators[1].sasaran).toBe('Memastikan Pelayanan publik di bidang hukum sesuai dengan asas penyelenggaraan pelayanan publik');
    expect(t.indicators[1].indikator).toBe('Indeks Kepuasan Masyarakat Terhadap Layanan Publik Bidang Hukum');
    expect(t.indicators.map((i) => i.cells.target?.text)).toEqual(['90%', '80%', '80%']);
    expect(t.title).toBe('##### a. Indikator Kinerja Utama');
    expect(t.year).toBe(2023);
  });

  it('reads the IKP table with the merged sasaran 2 over four indicators', () => {
    const t = rec.tables[2];
    expect(t.indicators).toHaveLength(6);
    expect(t.indicators.map((i) => i.no)).toEqual(['1', '2', '2', '2', '2', '3']);
    expect(t.indicators[3].indikator).toBe('Indeks Kepuasan Pengguna Layanan IT Pemasarakatan');
    expect(t.indicators[3].sasaran).toBe('Terwujudnya Penyelenggaraan Pemasarakatan yang berkualitas');
    expect(t.indicators[4].cells.target?.text).toBe('83%');
  });

  it('reads the IKK table, including the shifted sasaran row 123', () => {
    const t = rec.tables[3];
    expect(t.headers).toEqual({ no: 'No', sasaran: 'Sasaran Kegiatan', indikator: 'Indikator Kinerja Kegiatan', target: 'Target' });
    // 8 + 2 + 4 + 9 indicators; line 123 is the (shifted) sasaran 2 row, not an indicator.
    expect(t.indicators).toHaveLength(23);
    expect(t.indicators.some((i) => i.row === 123)).toBe(false);
    const r125 = t.indicators.find((i) => i.row === 125)!;
    expect(r125.indikator).toBe('Persentase Tahanan yang memperoleh Layanan Penyuluhan Hukum');
    expect(r125.no).toBe('2');
    expect(r125.sasaran).toBe('Meningkatnya Pelayanan Tahanan di wilayah sesuai standar');
    const r122 = t.indicators.find((i) => i.row === 122)!;
    expect(r122.no).toBe('1');
    expect(r122.cells.target?.text).toBe('27%');
    const last = t.indicators[22];
    expect(last.row).toBe(139);
    expect(last.indikator).toBe('Jumlah gedung/bangunan');
    expect(last.cells.target?.text).toBe('1 Unit');
    expect(last.sasaran).toBe('Meningkatnya Layanan Dukungan Manajemen Satker');
  });

  it('fills every field of RecognizedTable and RawIndicator', () => {
    for (const t of rec.tables) {
      for (const k of ['id', 'sheet', 'kind', 'area', 'headerRow', 'headerRows', 'dataTop', 'year', 'title', 'columns', 'headers', 'percentPoints', 'otherYears', 'renstraYears', 'budgetColumns', 'indicators', 'averageRows', 'remarks', 'mapped']) {
        expect(t).toHaveProperty(k);
      }
      expect(t.sheet).toBe('RKT 2023');
      for (const i of t.indicators) {
        for (const k of ['row', 'rows', 'no', 'sasaran', 'indikator', 'cells', 'yearCells', 'tw', 'notes']) expect(i).toHaveProperty(k);
        expect(i.cells.indikator?.text).toBe(i.indikator);
        expect(i.tw).toEqual([]);
      }
    }
  });
});
