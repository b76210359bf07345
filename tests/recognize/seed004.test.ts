/**
 * Seed 004 (Rencana Aksi PK 2024, Lapas Kelas IIA Kerobokan): the quarterly layout with TW I-IV
 * sub-rows, budget columns, "Tidak ada ..." notes, rows shifted irregularly by the PDF, and a header
 * repeated after each page title. Sheet rows = seed lines (the whole file, from row 1).
 */
import { recognizeSheet } from '../../src/core/recognize';
import { gridFromTsv } from '../helpers/grid';
import { SEED004_RA, SEED004_RA_TOP } from './seeds';

const rec = recognizeSheet(gridFromTsv('Rencana Aksi', SEED004_RA, { top: SEED004_RA_TOP }));
const t = rec.tables[0];
const at = (row: number) => t.indicators.find((i) => i.row === row)!;

describe('seed 004: Rencana Aksi', () => {
  it('is one rencana-aksi table continued across the repeated headers (lines 38, 85)', () => {
    expect(rec.skipped).toBeNull();
    expect(rec.tables).toHaveLength(1);
    expect(t.kind).toBe('rencana-aksi');
    expect(t.headerRow).toBe(8);
    expect(t.dataTop).toBe(9);
    expect(t.year).toBe(2024); // "RENCANA AKSI PERJANJIAN KINERJA TAHUN ANGGARAN 2024" above
    expect(t.area).toEqual({ top: 8, left: 1, bottom: 93, right: 13 });
  });

  it('maps sasaran, indikator, target and keterangan; PAGU / penarikan / realisasi anggaran are budget', () => {
    expect(t.columns).toEqual({ sasaran: 1, indikator: 2, target: 3, keterangan: 13 });
    expect(t.headers.target).toBe('TARGET KINERJA');
    expect(t.budgetColumns).toEqual([6, 7, 8]);
    // the CAPAIAN column of a Rencana Aksi holds quarter texts, never a capaian figure
    expect(t.columns.capaian).toBeUndefined();
    expect(t.columns.realisasi).toBeUndefined();
  });

  it('finds the 19 indicators (8 + 7 + 4) at their numbered names', () => {
    expect(t.indicators.map((i) => i.row)).toEqual([9, 13, 17, 21, 25, 29, 33, 43, 47, 51, 55, 59, 63, 65, 69, 73, 77, 86, 90]);
    expect(t.indicators[0].indikator).toBe('1. Persentase pemenuhan layanan makanan bagi Tahanan / Narapidana / Anak sesuai dengan standar.');
    expect(t.indicators[18].indikator).toBe('4. Persentase pemulihan kondisi keamanan pasca gangguan kamtib secara tuntas');
    expect(at(9).sasaran.startsWith('Meningkatnya Pelayanan Perawatan Narapidana / Tahanan / Anak')).toBe(true);
    expect(at(47).sasaran).toBe('Meningkatnya Pelayanan Pembinaan Kepribadian, Pelatihan Vokasi, Pendidikan dan Penanganan Narapidana Resiko Tinggi');
    expect(at(73).sasaran).toBe('Meningkatnya Pelayanan Keamanan dan Ketertiban di wilayah sesuai standar');
    expect(at(90).sasaran).toBe('Meningkatnya Pelayanan Keamanan dan Ketertiban di wilayah sesuai standar');
  });

  it('attaches the TW I-IV rows to their indicator', () => {
    expect(at(9).tw.map((w) => [w.label, w.row])).toEqual([
      ['TW I', 9],
      ['TW II', 10],
      ['TW III', 11],
      ['TW IV', 12],
    ]);
    expect(at(9).rows).toEqual([9, 10, 11, 12]);
    expect(at(10 + 3).tw).toHaveLength(4);
    expect(at(63).tw.map((w) => w.label)).toEqual(['TW I', 'TW II']);
    // the stray quarter labels of lines 94-97 and the signature below are not rows of the last indicator
    expect(at(90).rows).toEqual([90, 91, 92, 93]);
    expect(at(9).tw[1].texts).toContain('Pemenuhan Makanan bagi Tahanan / Narapidana');
  });

  it('collects the "Tidak ada ..." notes', () => {
    expect(at(17).notes).toEqual(['Tidak ada Ibu Hamil dan Menyusui']);
    expect(at(17).tw[0].texts).toContain('Tidak ada Ibu Hamil dan Menyusui');
    expect(at(21).notes).toEqual(['Tidak ada Tahanan / Narapidana yang mengalami gangguan Jiwa']);
    expect(at(13).notes).toEqual([]);
  });

  it('reads rows shifted one column left by the PDF at the name they hold', () => {
    const r21 = at(21);
    expect(r21.indikator).toBe('4. Persentase Tahanan / Narapidana / Anak yang mengalami gangguan mental dapat tertangani');
    expect(r21.cells.target?.text).toBe('90%');
    expect(r21.cells.target?.col).toBe(2);
    expect(at(43).cells.target?.text).toBe('29%');
    expect(at(13).cells.target?.text).toBe('95%');
    expect(at(13).cells.target?.col).toBe(3);
  });

  it('mends the page breaks: a target on the next page, a name continued in the next page', () => {
    const r33 = at(33);
    expect(r33.cells.target?.text).toBe('90%');
    expect(r33.cells.target?.row).toBe(39);
    expect(r33.tw.map((w) => [w.label, w.row])).toEqual([
      ['TW I', 33],
      ['TW II', 39],
      ['TW III', 40],
      ['TW IV', 41],
    ]);
    expect(at(77).indikator).toBe('2. Persentase gangguan kamtib yang dapat dicegah');
    expect(at(86).indikator).toBe('3. Persentase kepatuhan dan disiplin terhadap tata tertib oleh Tahanan/Narapidana/Anak pelaku gangguan Kamtib');
    expect(at(86).cells.target?.text).toBe('90%');
    expect(at(86).tw.map((w) => w.label)).toEqual(['TW II', 'TW III', 'TW IV']);
  });
});
