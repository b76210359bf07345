/**
 * Workbooks for the Excel-host tests, built in code (the shapes of the seeds: a Kupang-style
 * pengukuran table with percent-formatted cells, merged Sasaran, a zero-case Keterangan).
 */
import type { CellValue, WorkbookSnapshot } from '../../src/core/grid';
import { gridFromRows } from '../../src/testing/excel';

export const PENGUKURAN = 'Pengukuran 2023';

/**
 * Row 3 header; rows 4-8 indicators (D target, E realisasi, F stated capaian, G keterangan):
 *  4  80% / 100% stated 100%  -> computed 125% (capaian-tidak-sesuai on F4)
 *  5  90% / 90%  stated 100%  -> 100%
 *  6  100% / 100% stated 100%, 'Tidak ada tahanan hamil' -> zero case, N/A
 *  7  index 80 / 72 (no stated) -> 90%
 *  8  75% / 60%  (no stated)  -> 80%
 */
export function kupangLike(): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['PENGUKURAN KINERJA RUTAN KELAS IIB KUPANG TAHUN 2023'],
    [],
    ['NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN', 'KETERANGAN'],
    [1, 'Meningkatnya kualitas pelayanan tahanan', 'Persentase pemenuhan layanan makanan bagi tahanan', 0.8, 1, 1, null],
    [2, null, 'Persentase layanan kesehatan bagi tahanan', 0.9, 0.9, 1, null],
    [3, null, 'Persentase tahanan wanita hamil yang mendapatkan pelayanan kesehatan', 1, 1, 1, 'Tidak ada tahanan wanita hamil'],
    [4, null, 'Indeks kepuasan masyarakat', 80, 72, null, null],
    [5, null, 'Persentase tahanan yang mengikuti rehabilitasi', 0.75, 0.6, null, null],
  ];
  const formats: Record<string, string> = {};
  for (const r of [4, 5, 6, 8]) for (const c of ['D', 'E', 'F']) formats[`${c}${r}`] = '0%';
  formats.F7 = '0%';
  const g = gridFromRows(PENGUKURAN, rows, { formats, merges: ['B4:B8'] });
  const other = gridFromRows('Catatan', [['Catatan pribadi'], [42]]);
  return { file: 'kupang-like.xlsx', sheets: [g, other], activeSheet: PENGUKURAN };
}

/** Negative polarity from a POLARITAS column: capaian = (2T - R) / T, floored at 0. */
export function negatif(): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['NO', 'INDIKATOR KINERJA', 'POLARITAS', 'TARGET', 'REALISASI', 'CAPAIAN'],
    [1, 'Angka residivis', 'Negatif', 0.1, 0.04, null],
    [2, 'Jumlah pelarian', 'Negatif', 0.1, 0.25, null],
    [3, 'Persentase layanan kunjungan', 'Positif', 0.8, 0.6, null],
  ];
  const formats: Record<string, string> = {};
  for (const r of [2, 3, 4]) for (const c of ['D', 'E']) formats[`${c}${r}`] = '0%';
  return { sheets: [gridFromRows('Pengukuran 2023', rows, { formats })], activeSheet: 'Pengukuran 2023' };
}
