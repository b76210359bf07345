/**
 * The sheet Siapkan Lembar Pengukuran makes is the user's working sheet: the pane reads it and
 * Hitung fills it (issue 16: it used to be left out as if it were a report, "Tidak ada tabel PK").
 * Kupang 2023 (tests/fixtures/kupang-2023.xlsx): PK 2023 has 24 indicators; indicator 1 has
 * target 80%, so a realisasi of 100% gives 100 / 80 = 125%.
 */
import * as path from 'path';
import { readWorkbookFile } from '../../src/xlsx/read';
import { setup } from './helpers';

test('Siapkan, then the pane reads the new sheet and Hitung fills it', async () => {
  const snap = await readWorkbookFile(path.join(__dirname, '..', 'fixtures', 'kupang-2023.xlsx'));
  const { fake, host } = setup({ ...snap, activeSheet: 'PK 2023' });
  const r = await host.siapkanPengukuran();
  expect(fake.activeSheet()).toBe(r.sheet);

  const seen = await host.analyse();
  expect(seen.noTable).toBe(false);
  expect(seen.tables.map((t) => [t.kind, t.indicators])).toEqual([['pengukuran', 24]]);

  fake.setCellValue(r.sheet, 'E2', 1); // realisasi 100% for the 80% target
  const h = await host.hitung();
  expect(h.noTable).toBe(false);
  expect(h.summary.capaian).toBe(1);
  expect(fake.cell(r.sheet, 'F2').text).toBe('125.00%');
  expect(fake.cell(r.sheet, 'G2').value).toBe('Sangat Tinggi');
  // The Temuan report that run wrote stays output: a second look reads one table, not two.
  const again = await host.analyse();
  expect(again.tables).toHaveLength(1);
});
