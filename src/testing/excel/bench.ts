/**
 * benchExcel(n): Hitung Capaian on a pengukuran sheet of n indicators in the in-memory Excel, for
 * the bench script. Returns round trips (syncs), request payload bytes and wall time. Browser-safe.
 * benchHitungTwice(snapshot): the same for any workbook, and for a rerun with nothing changed.
 */
import { createExcelHost } from '../../excel/host';
import type { CellValue, WorkbookSnapshot } from '../../core/grid';
import { MARK } from '../../core/comment-mark';
import { createFakeExcel, gridFromRows } from './index';
import type { WorkbookDump } from './api';

export type { ExcelBench } from './bench-types';
import type { ExcelBench } from './bench-types';

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

/** The add-in's comments and notes in a workbook: those carrying findings (a `[rule-id]` line), and the others (column notes). */
export function ownComments(d: WorkbookDump): { onFindings: number; columnNotes: number } {
  const texts = [...d.comments.map((c) => c.content), ...d.sheets.flatMap((s) => Object.values(s.notes).map((n) => n.content))].filter((t) => t.startsWith(MARK));
  const onFindings = texts.filter((t) => /^\[[a-z0-9-]+\] /m.test(t)).length;
  return { onFindings, columnNotes: texts.length - onFindings };
}

export async function benchExcel(n: number): Promise<ExcelBench> {
  const { first } = await benchHitungTwice(benchWorkbook(n), n);
  return first;
}

/** Hitung Capaian on the snapshot's active sheet in the in-memory Excel, then again with nothing changed. */
export async function benchHitungTwice(snapshot: WorkbookSnapshot, indicators: number): Promise<{ first: ExcelBench; rerun: ExcelBench }> {
  const fake = createFakeExcel(snapshot);
  const host = createExcelHost(fake.run, { lang: 'id', isSetSupported: fake.isSetSupported });
  const once = async (): Promise<ExcelBench> => {
    fake.resetStats();
    const t0 = Date.now();
    const r = await host.hitung();
    const ms = Date.now() - t0;
    const { onFindings, columnNotes } = ownComments(fake.dump());
    return {
      indicators,
      syncs: fake.stats.syncs,
      payloadBytes: fake.stats.totalBytes,
      maxRequestBytes: fake.stats.maxBytes,
      comments: r.commentsWritten,
      findings: r.findings.length,
      onFindings,
      findingCells: new Set(r.findings.map((f) => `${f.sheet}!${f.cell}`)).size,
      columnNotes,
      ms,
    };
  };
  const first = await once();
  return { first, rerun: await once() };
}
