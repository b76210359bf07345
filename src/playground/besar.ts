/**
 * A large pengukuran workbook for the playground (`?besar=2000`): n indicators on one sheet, as in
 * a Kanwil's consolidated sheet. Every 25th name reads as lower-is-better (`Jumlah pelarian ...`)
 * and so gets `polaritas-perlu-dicek`; targets and realisasi are percent-formatted fractions.
 */
import type { CellValue, WorkbookSnapshot } from '../core/grid';
import { gridFromRows } from '../testing/excel';

export function besarSnapshot(n: number): WorkbookSnapshot {
  const sheet = 'Pengukuran 2023';
  const rows: CellValue[][] = [['NO', 'SASARAN', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN', 'KETERANGAN']];
  const formats: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    const nama = i % 25 === 7 ? `Jumlah pelarian tahanan di satuan kerja ${i + 1}` : `Persentase layanan nomor ${i + 1} yang terpenuhi`;
    rows.push([i + 1, `Sasaran ${Math.floor(i / 10) + 1}`, nama, 0.5 + ((i * 7) % 50) / 100, 0.4 + ((i * 13) % 60) / 100, null, null]);
    formats[`D${r}`] = '0%';
    formats[`E${r}`] = '0%';
  }
  return { file: `besar-${n}.xlsx`, sheets: [gridFromRows(sheet, rows, { formats })], activeSheet: sheet };
}
