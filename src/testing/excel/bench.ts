/**
 * benchExcel(n): Hitung Capaian on a pengukuran sheet of n indicators in the in-memory Excel, for
 * the bench script. Returns round trips (syncs), request payload bytes and wall time. Browser-safe.
 */
import { createExcelHost } from '../../excel/host';
import type { CellValue, WorkbookSnapshot } from '../../core/grid';
import { createFakeExcel, gridFromRows } from './index';

export interface ExcelBench {
  indicators: number;
  /** Round trips of Hitung Capaian (reads + writes). */
  syncs: number;
  /** Sum of the request payloads (JSON of queued operations), bytes. */
  payloadBytes: number;
  /** Largest single request, bytes (Excel on the web refuses more than 5 MB). */
  maxRequestBytes: number;
  comments: number;
  ms: number;
}

/** A pengukuran sheet: No | Sasaran | Indikator | Target | Realisasi | Capaian | Keterangan, targets and realisasi as percent-formatted fractions. */
export function benchWorkbook(n: number): WorkbookSnapshot {
  const sheet = 'Pengukuran 2023';
  const rows: CellValue[][] = [['NO', 'SASARAN', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN', 'KETERANGAN']];
  const formats: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    rows.push([
      i + 1,
      `Sasaran ${Math.floor(i / 10) + 1}`,
      `Persentase layanan nomor ${i + 1} yang terpenuhi`,
      0.5 + ((i * 7) % 50) / 100,
      0.4 + ((i * 13) % 60) / 100,
      null,
      null,
    ]);
    formats[`D${r}`] = '0%';
    formats[`E${r}`] = '0%';
  }
  return { file: `bench-${n}.xlsx`, sheets: [gridFromRows(sheet, rows, { formats })], activeSheet: sheet };
}

export async function benchExcel(n: number): Promise<ExcelBench> {
  const fake = createFakeExcel(benchWorkbook(n));
  const host = createExcelHost(fake.run, { lang: 'id', isSetSupported: fake.isSetSupported });
  fake.resetStats();
  const t0 = Date.now();
  const r = await host.hitung();
  const ms = Date.now() - t0;
  return {
    indicators: n,
    syncs: fake.stats.syncs,
    payloadBytes: fake.stats.totalBytes,
    maxRequestBytes: fake.stats.maxBytes,
    comments: r.commentsWritten,
    ms,
  };
}
