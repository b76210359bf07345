/**
 * Seed 003 (LKjIP 2022, Lapas Kelas III Sarolangun Rawas): `Kinerja (%)` / `Kinerja` as the capaian
 * header, a `Satuan` column, tables continued across repeated headers with a sasaran split by the
 * page break, and an IKU table whose headers span two columns (code + text) with `TARGET 2022`.
 */
import { recognizeSheet } from '../../src/core/recognize';
import { gridFromTsv } from '../helpers/grid';
import { SEED003_IKU2022, SEED003_IKU2022_TOP, SEED003_KINERJA, SEED003_KINERJA_TOP } from './seeds';

describe('seed 003: capaian tables (lines 662-734)', () => {
  const rec = recognizeSheet(gridFromTsv('Capaian', SEED003_KINERJA, { top: SEED003_KINERJA_TOP }));

  it('finds four pengukuran tables', () => {
    expect(rec.tables.map((t) => [t.headerRow, t.kind, t.indicators.length])).toEqual([
      [662, 'pengukuran', 3],
      [671, 'pengukuran', 7],
      [687, 'pengukuran', 24],
      [721, 'pengukuran', 13],
    ]);
  });

  it('reads Kinerja (%) as the capaian column, in percent points, next to Satuan', () => {
    const t = rec.tables[0];
    expect(t.columns).toEqual({ no: 1, sasaran: 2, indikator: 3, satuan: 4, target: 5, realisasi: 6, capaian: 7 });
    expect(t.headers.capaian).toBe('Kinerja (%)');
    expect(t.headers.indikator).toBe('Indikator Kinerja Utama');
    expect(t.percentPoints).toEqual(['capaian']);
    expect(t.title).toBe('Tabel 3.1 Capaian IKU Sasaran Strategis Direktorat Jenderal Pemasyarakatan');
    const i = t.indicators[1];
    expect(i.row).toBe(664);
    expect(i.cells.satuan?.text).toBe('%');
    expect(i.cells.target?.text).toBe('77,5');
    expect(i.cells.realisasi?.text).toBe('32.5');
    expect(i.cells.capaian?.text).toBe('41.9%');
  });

  it('reads plain Kinerja as capaian and joins the sasaran split by the repeated header (line 680)', () => {
    const t = rec.tables[1];
    expect(t.headers.capaian).toBe('Kinerja');
    expect(t.percentPoints).toEqual([]);
    expect(t.indicators.map((i) => i.row)).toEqual([672, 673, 674, 675, 676, 677, 681]);
    const r677 = t.indicators[5];
    expect(r677.no).toBe('2.');
    expect(r677.sasaran.endsWith('Narapidana, Anak, dan Klien Pemasyarakatan')).toBe(true);
    expect(t.indicators[6].sasaran).toBe('Terwujudnya Penyelenggaraan Pemasyarakatan yang Aman dan Tertib');
    expect(t.indicators[6].no).toBe('3.');
    expect(t.area.bottom).toBe(681);
  });

  it('reads the IKK table across the page break (8 + 7 + 4 + 5 indicators)', () => {
    const t = rec.tables[2];
    expect(t.indicators).toHaveLength(8 + 7 + 4 + 5); // lines 688-695, 698-704, 705-708, 709-713
    const first = t.indicators[0];
    expect(first.row).toBe(688);
    expect(first.indikator).toBe('1. Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai dengan standar');
    const r699 = t.indicators.find((i) => i.row === 699)!;
    expect(r699.indikator).toBe('2. persentase narapidana yang mendapatkan hak remisi');
    expect(r699.no).toBe('2.');
    expect(r699.cells.target?.text).toBe('98%');
    const last = t.indicators[t.indicators.length - 1];
    expect(last.row).toBe(713);
    expect(last.indikator).toBe('10. Jumlah Layanan Perkantoran');
    expect(last.cells.realisasi?.text).toBe('0 Layanan');
  });

  it('reads the No | Indikator Kinerja | Target | Realisasi | Kinerja (%) table', () => {
    const t = rec.tables[3];
    expect(t.columns).toEqual({ no: 1, indikator: 2, target: 3, realisasi: 4, capaian: 5 });
    expect(t.indicators[0].indikator).toBe('Pembinaan Kepribadian dan Layanan Integrasi Narapidana');
    expect(t.indicators[0].cells.target?.text).toBe('288 Orang');
    expect(t.indicators[12].row).toBe(734);
    expect(t.indicators[12].no).toBe('13');
    expect(t.indicators[12].sasaran).toBe('');
    // the "Pagu | Realisasi | Capaian" table after the caption on line 736 is not read
    expect(t.area.bottom).toBe(734);
  });
});

describe('seed 003: IKU 2022 with two-column headers and TARGET 2022 (lines 425-431)', () => {
  const rec = recognizeSheet(gridFromTsv('IKU', SEED003_IKU2022, { top: SEED003_IKU2022_TOP }));
  const t = rec.tables[0];

  it('takes the text columns inside each header span and the year from TARGET 2022', () => {
    expect(rec.tables).toHaveLength(1);
    expect(t.kind).toBe('pk');
    expect(t.year).toBe(2022);
    expect(t.headers.target).toBe('TARGET 2022');
    // SASARAN STRATEGIS spans A:B (code SS3 in A, text in B); INDIKATOR spans C:D (1. in C, name in D)
    expect(t.columns).toEqual({ sasaran: 2, no: 3, indikator: 4, satuan: 5, target: 6 });
    expect(t.indicators).toHaveLength(6);
    expect(t.indicators[0].no).toBe('1.');
    expect(t.indicators[0].indikator).toBe('Indeks Kepuasan Masyarakat terhadap Layanan Publik Bidang Hukum');
    expect(t.indicators[0].cells.satuan?.text).toBe('Indeks');
    expect(t.indicators[2].sasaran).toBe('Memastikan Penegakkan Hukum Yang Mampu Menjadi Pendorong Inovasi Dan Kreatifitas Dalam Pertumbuhan Ekonomi Nasional');
    expect(t.indicators[5].sasaran).toBe('Ikut Berperan Serta Dalam Menjaga Stabilitas Keamanan Dan Kedaulatan Nkri');
    expect(t.indicators[5].cells.target?.text).toBe('70');
  });
});
