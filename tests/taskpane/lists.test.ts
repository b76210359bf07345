/** The pane's list helpers and theme choice, without a browser. */
import { filterFindings, indicatorNames, matches, NO_FILTER, polarityCandidates } from '../../src/taskpane/lists';
import { fluentTheme, isDark, luminance } from '../../src/taskpane/theme';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { RunReport, TableSummary } from '../../src/app/host';
import type { Finding } from '../../src/core/types';

const item = (row: number, indikator: string) => ({ row, indikator, key: indikator.toLowerCase(), polaritas: 'positif' as const, polaritasSumber: 'bawaan' as const, capaian: null, klasifikasi: '' });
const table: TableSummary = {
  id: 't1', sheet: 'S', kind: 'pengukuran', year: 2023, range: 'A1:G4', headerRow: 1, columns: {}, indicators: 3, capaian: 0, na: 0, mapped: false, remarks: [],
  items: [item(2, 'Persentase layanan makanan'), item(3, 'Jumlah pelarian'), item(4, 'Indeks kepuasan')],
};
const finding = (row: number, rule: Finding['rule'], severity: Finding['severity'], message: string): Finding => ({ rule, severity, sheet: 'S', cell: `F${row}`, row, message });
const findings = [
  finding(3, 'polaritas-perlu-dicek', 'info', 'Nama indikator terbaca makin rendah makin baik'),
  finding(2, 'capaian-tidak-sesuai', 'peringatan', 'Capaian tertulis 100% berbeda'),
  finding(4, 'target-nol', 'galat', 'Target 0'),
];
const report = { tables: [table], findings } as unknown as RunReport;

test('search matches every word, in any order, without case or accents', () => {
  expect(matches('Persentase Layanan Makanan', 'makanan layanan')).toBe(true);
  expect(matches('Persentase Layanan Makanan', 'makanan pelarian')).toBe(false);
  expect(matches('Kualitas hidup', '  ')).toBe(true);
});

test('findings: severity order (galat, peringatan, info), search over the indicator name and the message', () => {
  const nameOf = indicatorNames([table]);
  expect(filterFindings(findings, NO_FILTER, nameOf).map((f) => f.row)).toEqual([4, 2, 3]);
  // "pelarian" is only in the indicator name of row 3, not in any message.
  expect(filterFindings(findings, { ...NO_FILTER, query: 'pelarian' }, nameOf).map((f) => f.row)).toEqual([3]);
  expect(filterFindings(findings, { ...NO_FILTER, query: 'berbeda' }, nameOf).map((f) => f.row)).toEqual([2]);
  expect(filterFindings(findings, { ...NO_FILTER, severity: 'galat' }, nameOf).map((f) => f.row)).toEqual([4]);
});

test('polarity: only flagged or already chosen indicators, any indicator by search', () => {
  expect(polarityCandidates(report, {}, '').map((i) => i.row)).toEqual([3]);
  expect(polarityCandidates(report, { 'indeks kepuasan': 'negatif' }, '').map((i) => i.row)).toEqual([3, 4]);
  expect(polarityCandidates(report, {}, 'makanan').map((i) => i.row)).toEqual([2]);
  expect(polarityCandidates(null, {}, '')).toEqual([]);
});

test("Office's theme: dark body colour gives Fluent's dark theme with Office's colours; unreadable pairs keep Fluent's", () => {
  // #FFFFFF has luminance 1, #000000 has 0; #292929: (41/255 = 0.1608 -> ((0.1608 + 0.055) / 1.055)^2.4 = 0.0222).
  expect(luminance('#FFFFFF')).toBeCloseTo(1, 6);
  expect(luminance('#292929')).toBeCloseTo(0.0222, 3);
  expect(isDark({ bodyBackgroundColor: '#292929' })).toBe(true);
  expect(isDark({ bodyBackgroundColor: '#FFFFFF' })).toBe(false);
  expect(isDark(undefined)).toBe(false);
  const dark = fluentTheme({ bodyBackgroundColor: '#292929', bodyForegroundColor: '#FFFFFF' });
  expect(dark.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
  expect(dark.colorNeutralBackground1).toBe('#292929');
  // Grey on grey (contrast below 7:1): Fluent's own neutral colours stay.
  expect(fluentTheme({ bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#999999' })).toBe(webLightTheme);
});
