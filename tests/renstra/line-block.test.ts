/**
 * issue 9 part 4: in the line-chart block of `Perbandingan Renstra`, a year without data is an
 * empty cell (no formula, so no #N/A and no formula without a cached result) with a note beside it.
 * Kupang 2023 (seed 001): Renstra 2021-2024, realisasi for 2022 and 2023 only.
 */
import * as path from 'path';
import { analyse } from '../../src/core/analyse';
import { compareRenstra, planRenstraSheet } from '../../src/core/renstra';
import type { CellWrite } from '../../src/core/types';
import { readWorkbookFile } from '../../src/xlsx/read';

const FILE = path.join(__dirname, '..', 'fixtures', 'kupang-2023.xlsx');

test('a Renstra year without realisasi: empty average, no formula, a note; years with data keep formula and cached value', async () => {
  const cmp = compareRenstra(analyse(await readWorkbookFile(FILE)))!;
  expect(cmp.renstraYears).toEqual([2021, 2022, 2023, 2024]);
  const sheet = planRenstraSheet(cmp);
  const at = (ref: string): CellWrite | undefined => sheet.cells.find((c) => c.cell === ref);
  const line = sheet.charts.find((c) => c.type === 'line')!;
  const top = Number(/^A(\d+):/.exec(line.dataRange)![1]);
  // rows top+1..top+4 are 2021..2024
  const y2024 = top + 4;
  expect(at(`A${y2024}`)!.value).toBe('2024');
  expect(at(`C${y2024}`)!.formula).toBeNull();
  expect(at(`C${y2024}`)!.value).toBeNull();
  expect(String(at(`D${y2024}`)!.value)).toContain('2024: belum ada realisasi');
  // 2023 has realisasi: a formula with its cached average
  const y2023 = top + 3;
  expect(at(`C${y2023}`)!.formula).toMatch(/^=IF\(COUNT\(/);
  expect(typeof at(`C${y2023}`)!.value).toBe('number');
  // no cell of the sheet is a formula without a cached result
  for (const c of sheet.cells) if (c.formula) expect(c.value).not.toBeNull();
});
