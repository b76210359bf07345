/**
 * An indicator name split by a page break (docs/aturan.md "Layouts"): its second half on the next
 * row, or on the first row after a repeated header, is one indicator with the joined name, in
 * pengukuran and Rencana Aksi tables alike. Seed 001 lines 623-625 (`4. Persentase Pemulihan
 * Kondisi` / `Keamanan Pasca Gangguan Kamtib Secara Tuntas`), seed 004 lines 77-86 (`2.
 * Persentase gangguan kamtib` ... repeated header ... `yang dapat dicegah`).
 */
import { recognizeSheet } from '../../src/core/recognize';
import { analyse } from '../../src/core/analyse';
import { gridFromRows } from '../helpers/grid';

type Row = (string | number | null)[];
const HEAD: Row = ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'];

test('pengukuran: the second half with the values after a repeated header', () => {
  const rows: Row[] = [
    HEAD,
    ['3.', '3. Persentase Kepatuhan Dan Disiplin Terhadap Tata Tertib', '85%', '100%', '100%'],
    ['4.', '4. Persentase Pemulihan Kondisi', null, null, null],
    HEAD,
    [null, 'Keamanan Pasca Gangguan Kamtib Secara Tuntas', '80%', '100%', '100%'],
  ];
  const t = recognizeSheet(gridFromRows('Pengukuran 2023', rows)).tables[0];
  expect(t.indicators.map((i) => [i.row, i.indikator])).toEqual([
    [2, '3. Persentase Kepatuhan Dan Disiplin Terhadap Tata Tertib'],
    [3, '4. Persentase Pemulihan Kondisi Keamanan Pasca Gangguan Kamtib Secara Tuntas'],
  ]);
  expect(t.indicators[1].rows).toEqual([3, 5]);
  expect(t.indicators[1].cells.target?.row).toBe(5);
  expect(t.remarks).toEqual(expect.arrayContaining(['Judul tabel diulang di baris 4 (pindah halaman); dibaca sebagai lanjutan tabel.', 'Nama indikator baris 3 dan 5 digabung (terpotong di dua baris).']));
});

test('pengukuran: the second half without values on the first row after a repeated header', () => {
  const rows: Row[] = [
    HEAD,
    ['4.', '4. Persentase Pemulihan Kondisi', '80%', '100%', '125%'],
    HEAD,
    [null, 'keamanan pasca gangguan kamtib secara tuntas', null, null, null],
    ['5.', '5. Indeks kepuasan', '80', '77', null],
  ];
  const t = recognizeSheet(gridFromRows('Pengukuran 2023', rows)).tables[0];
  expect(t.indicators.map((i) => i.indikator)).toEqual(['4. Persentase Pemulihan Kondisi keamanan pasca gangguan kamtib secara tuntas', '5. Indeks kepuasan']);
});

const RA_HEAD: Row = ['SASARAN KEGIATAN', 'INDIKATOR KINERJA', 'TARGET KINERJA', 'RUMUS PERHITUNGAN', 'RENCANA KEGIATAN', 'CAPAIAN'];

test('Rencana Aksi (seed 004): the rest of the name in the sasaran column after the repeated header', () => {
  const rows: Row[] = [
    RA_HEAD,
    ['Meningkatnya Pelayanan Keamanan', '1. Persentase pengaduan yang ditindaklanjuti sesuai standar', '90%', 'Jumlah Pengaduan', 'TW I', 'TW I'],
    [null, null, null, null, 'TW II', 'TW II'],
    [null, '2. Persentase gangguan kamtib', null, 'Jumlah gangguan kamtib yang dapat dicegah', 'TW I', 'TW I'],
    RA_HEAD,
    ['yang dapat dicegah', '3. Persentase kepatuhan dan disiplin terhadap tata tertib', '90%', 'dibagi Jumlah', 'TW I', 'TW I'],
    [null, null, null, null, 'TW II', 'TW II'],
  ];
  const a = analyse({ sheets: [gridFromRows('Rencana Aksi 2024', rows)] });
  expect(a.tables[0].items.map((i) => i.indikator)).toEqual([
    '1. Persentase pengaduan yang ditindaklanjuti sesuai standar',
    '2. Persentase gangguan kamtib yang dapat dicegah',
    '3. Persentase kepatuhan dan disiplin terhadap tata tertib',
  ]);
  // the cut name 'Persentase gangguan kamtib' would read as lower-is-better; the joined one does not
  expect(a.findings.filter((f) => f.rule === 'polaritas-perlu-dicek')).toEqual([]);
});

test('Rencana Aksi: the rest of the name alone in the indikator column on the next row', () => {
  const rows: Row[] = [
    RA_HEAD,
    ['Meningkatnya Pelayanan Keamanan', '2. Persentase gangguan kamtib', '80%', 'Jumlah', 'TW I', 'TW I'],
    [null, 'yang dapat dicegah', null, null, null, null],
    [null, null, null, null, 'TW II', 'TW II'],
  ];
  const t = recognizeSheet(gridFromRows('Rencana Aksi 2024', rows)).tables[0];
  expect(t.indicators.map((i) => i.indikator)).toEqual(['2. Persentase gangguan kamtib yang dapat dicegah']);
  expect(t.remarks).toContain('Teks "yang dapat dicegah" di baris 3 dibaca sebagai lanjutan nama indikator baris 2.');
});
