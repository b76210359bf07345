/**
 * Seed 004, Rencana Aksi PK 2024 Lapas Kelas IIA Kerobokan: indicators with TW I-IV rows, budgets
 * (PAGU as a SUM formula over the quarters), and 'Tidak ada ...' notes that mark zero-case candidates.
 */
import * as path from 'path';
import { readWorkbookFile } from '../../src/xlsx/read';
import { cellAt } from '../../src/core/grid';
import type { ExpFinding, ExpInd } from './harness';
import { FIXTURES, checkFindings, checkRecognised, checkTable, fixturesOf, load, mtable, pct } from './harness';

const FILES = fixturesOf('kerobokan');

const ra = (t: number | null, opts: Partial<ExpInd> = {}): ExpInd => ({ target: t === null ? null : pct(t), realisasi: null, tw: 4, nihil: false, ...opts });
const candidate = { nihil: true };
// targets, lines 9-93
const RA: Record<string, ExpInd> = {
  // its keterangan 'Indikator Kinerja yang tidak ada Anggaran ...' is about budgets, not cases
  makanan: ra(85),
  preventif: ra(95),
  maternal: ra(90, candidate), // 'Tidak ada Ibu Hamil dan Menyusui' (TW I-IV)
  mental: ra(90, candidate), // 'Tidak ada Tahanan / Narapidana yang mengalami gangguan Jiwa'
  lansia: ra(90),
  disabilitas: ra(90, candidate), // 'Tidak ada Tahanan / Narapidana yang mendapatkan Kebutuhan Khusus (Disabilitas)'
  hiv: ra(90, candidate), // 'Tidak ada Narapidana yang mendapatkan Penanganan Penyakit Menular HIV-AIDS dan TB'
  narkoba: ra(29),
  kepribadian: ra(75),
  remisi: ra(100),
  integrasi: ra(90),
  pendidikan: ra(90),
  resiko: ra(19, { tw: 2 }), // only TW I and TW II in the document (lines 63-64)
  vokasi: ra(34),
  bekerja: ra(77),
  pengaduan: ra(90),
  gangguan: ra(null), // no target in the document (lines 77, 86)
  kepatuhan: ra(90),
  pemulihan: ra(90),
};

// zero-case candidates are info only; the contract has no rule id of its own for them, so any info
// finding on the indicator's rows is accepted, and nothing else anywhere.
const FINDINGS: ExpFinding[] = ['maternal', 'mental', 'disabilitas', 'hiv'].map((ind) => ({ rule: 'info', table: 'ra', ind }));

describe.each(FILES)('Kerobokan Rencana Aksi 2024 (seed 004): %s', (file) => {
  it('recognises the Rencana Aksi table (two-row header with TW sub-columns), nothing else', async () => {
    const l = await load(file);
    checkRecognised(l);
    expect(l.analysis.year).toBe(2024);
  });

  it('indicators, targets, TW rows, no performance realisasi (REALISASI ANGGARAN is budget), the JUMLAH row is not an indicator', async () => {
    const l = await load(file);
    checkTable(l, 'ra', RA, { roles: ['sasaran', 'indikator', 'target'] });
  });

  it('findings: a zero-case candidate (info) on the four "Tidak ada ..." indicators only', async () => {
    checkFindings(await load(file), FINDINGS);
  });

  it('the workbook holds real formulas with cached results (PAGU = SUM of the quarters)', async () => {
    const mt = mtable(await load(file), 'ra');
    const wb = await readWorkbookFile(path.join(FIXTURES, file));
    const g = wb.sheets.find((s) => s.sheet === mt.sheet);
    expect(g).toBeDefined();
    const first = mt.indicators[0]; // makanan: 1.506.071.633 + 2.280.000.000 + 2.280.000.000 + 1.297.848.367
    const pagu = mt.budget[0];
    const col = pagu.charCodeAt(0) - 64;
    const cell = cellAt(g!, first.row, col);
    expect(cell.formula?.replace(/^=/, '')).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
    expect(cell.value).toBe(1506071633 + 2280000000 + 2280000000 + 1297848367); // 7.363.920.000
    // JUMLAH: 7.363.920.000 + 241.440.000 + 32.025.000 + 98.970.000 + 69.200.000 + 9.450.000 + 500.000
    //       + 76.600.000 + 3.890.000 = 7.895.995.000
    const total = cellAt(g!, mt.totalRow!, col);
    expect(total.formula).not.toBeNull();
    expect(total.value).toBe(7895995000);
  });
});
