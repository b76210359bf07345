/**
 * Throwaway stand-ins used only while the real in-memory Excel (src/testing/excel) or the Excel host
 * (src/excel/host.ts) cannot run: ?mock=1 in the playground URL. Crude on purpose: it lets the
 * pane be looked at, it computes nothing the project relies on.
 */
import type { CapaianHost, Lang, RunReport } from '../app/host';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { a1, parseA1, type Grid, type WorkbookSnapshot } from '../core/grid';
import type { WorkbookDump } from '../testing/excel/api';
import type { ViewableWorkbook } from './SheetView';

export function createMockWorkbook(snap: WorkbookSnapshot): ViewableWorkbook & { notes: Record<string, Record<string, string>> } {
  const sheets: Grid[] = JSON.parse(JSON.stringify(snap.sheets));
  let active = snap.activeSheet ?? sheets[0]?.sheet ?? '';
  let sel = { sheet: active, address: 'A1' };
  const notes: Record<string, Record<string, string>> = {};
  const grid = (s: string) => sheets.find((g) => g.sheet === s) as Grid;
  return {
    notes,
    snapshot: () => ({ sheets, activeSheet: active }),
    dump: (): WorkbookDump => ({
      sheets: sheets.map((g) => ({
        name: g.sheet,
        visibility: 'Visible',
        protected: false,
        cells: {},
        merges: [],
        notes: Object.fromEntries(Object.entries(notes[g.sheet] ?? {}).map(([k, v]) => [k, { content: v, author: 'Capaian PK' }])),
        tables: [],
        charts: [],
        freezeRows: 0,
        columnWidths: {},
      })),
      comments: [],
      settings: {},
    }),
    activeSheet: () => active,
    activate: (s) => {
      active = s;
    },
    selection: () => sel,
    setCellValue: (s, addr, v) => {
      const g = grid(s);
      const { row, col } = parseA1(addr);
      const i = row - g.top, j = col - g.left;
      while (g.values.length <= i) {
        g.values.push([]);
        g.text.push([]);
        g.formats.push([]);
        g.formulas.push([]);
      }
      g.values[i][j] = v;
      g.text[i][j] = v === null ? '' : String(v);
      sel = { sheet: s, address: addr };
    },
    cell: (s, addr) => {
      const g = grid(s);
      const { row, col } = parseA1(addr);
      const v = g.values[row - g.top]?.[col - g.left] ?? null;
      return { value: v, text: g.text[row - g.top]?.[col - g.left] ?? '', formula: null, format: 'General' };
    },
    ...{ _select: (s: string, addr: string) => (sel = { sheet: s, address: addr }) },
  } as ViewableWorkbook & { notes: Record<string, Record<string, string>> };
}

export function createMockHost(wb: ReturnType<typeof createMockWorkbook>, lang: Lang): CapaianHost {
  let settings: Settings = DEFAULT_SETTINGS;
  const report = (mode: RunReport['mode']): RunReport => {
    const sheet = wb.activeSheet();
    const g = wb.snapshot().sheets.find((s) => s.sheet === sheet) as Grid;
    const n = Math.max(0, (g?.values.length ?? 0) - 3);
    return {
      mode,
      sheet,
      tables: [
        {
          id: `${sheet}!A1:H${g?.values.length ?? 1}`,
          sheet,
          kind: 'pengukuran',
          year: 2023,
          range: `A1:H${g?.values.length ?? 1}`,
          headerRow: 1,
          columns: { indikator: 'C', target: 'D', realisasi: 'E', capaian: 'F' },
          indicators: n,
          capaian: n - 1,
          na: 1,
          mapped: false,
          remarks: ['Tiruan: tidak ada perhitungan sungguhan.'],
        },
      ],
      message: mode === 'analisis' ? '' : `Tiruan: ${n} indikator diproses.`,
      noTable: false,
      summary: {
        tables: 1,
        indicators: n,
        capaian: n - 1,
        na: 1,
        formulas: 0,
        values: 0,
        findings: { galat: 1, peringatan: 1, info: 0 },
        byRule: {},
      },
      findings: [
        { rule: 'nihil-disamakan-target', severity: 'galat', sheet, cell: 'E5', row: 5, message: 'Tiruan: kasus nihil disamakan target.' },
        { rule: 'capaian-tidak-sesuai', severity: 'peringatan', sheet, cell: 'F6', row: 6, message: 'Tiruan: capaian tertulis tidak sesuai.' },
      ],
      commentMode: 'notes',
      commentsWritten: mode === 'analisis' ? 0 : 2,
      warnings: [],
    };
  };
  const wait = () => new Promise((r) => setTimeout(r, 150));
  return {
    lang: () => lang,
    analyse: async () => report('analisis'),
    hitung: async (p) => {
      p?.(0.5, 'Tiruan');
      await wait();
      wb.notes[wb.activeSheet()] = { E5: 'Tiruan', F6: 'Tiruan' };
      return report('hitung');
    },
    periksa: async () => report('periksa'),
    backupInfo: async () => ({ when: new Date().toISOString(), sheet: wb.activeSheet(), cells: 3, comments: 2, sheets: [] }),
    pulihkan: async () => ({ restored: 3, message: 'Tiruan: dipulihkan.' }),
    selectCell: async (s, c) => {
      (wb as unknown as { _select: (s: string, c: string) => void })._select(s, c);
    },
    getSettings: async () => ({ settings, warnings: [] }),
    saveSettings: async (s) => {
      settings = s;
    },
    siapkanPengukuran: async () => ({ sheet: 'Pengukuran', message: 'Tiruan' }),
    bangunRenstra: async () => ({ sheet: null, message: 'Tiruan: tidak ada matriks Renstra.' }),
  };
}

export function tinySnapshot(): WorkbookSnapshot {
  const rows = [
    ['No', 'Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
    ['1', 'Meningkatnya layanan', 'Persentase layanan makanan', '80%', '100%', ''],
    ['2', '', 'Jumlah pelarian', '0', '0', ''],
  ];
  return {
    file: 'tiruan.xlsx',
    sheets: [
      {
        sheet: 'Pengukuran 2023',
        top: 1,
        left: 1,
        values: rows,
        text: rows,
        formats: rows.map((r) => r.map(() => 'General')),
        formulas: rows.map((r) => r.map(() => null)),
        merges: [],
      },
    ],
  };
}

void a1;
