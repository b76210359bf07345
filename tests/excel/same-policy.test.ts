/**
 * Both hosts prepare a run with the core's prepareRun: a person's sheet called `Temuan` is kept
 * (and analysed), the results go to `Temuan (2)`, and a rerun reuses `Temuan (2)`.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/xlsx/read';
import { gridFromRows } from '../../src/testing/excel';
import { kupangLike } from './workbooks';
import { setup, sheetOf, visible } from './helpers';

describe("a person's sheet called Temuan", () => {
  test('Excel: kept as it was; the results go to Temuan (2); a rerun gives the same workbook', async () => {
    const wb = kupangLike();
    wb.sheets.push(gridFromRows('Temuan', [['Catatan rapat evaluasi'], ['Temuan BPK 2022: 3 butir']]));
    const { fake, host } = setup(wb);
    const r = await host.hitung();
    expect(fake.sheetNames().filter((n) => !n.startsWith('_'))).toEqual(['Pengukuran 2023', 'Catatan', 'Temuan', 'Temuan (2)']);
    const mine = sheetOf(fake.dump(), 'Temuan');
    expect(mine.cells).toEqual({ A1: { v: 'Catatan rapat evaluasi' }, A2: { v: 'Temuan BPK 2022: 3 butir' } });
    expect(sheetOf(fake.dump(), 'Temuan (2)').tables.map((t) => t.name)).toEqual(['TemuanCapaianPK_2']);
    expect(r.warnings.join(' ')).toContain('"Temuan (2)"');
    const first = visible(fake.dump());
    await host.hitung();
    expect(visible(fake.dump())).toEqual(first);
  });

  test('command line: the same policy (the person\'s Temuan survives, results in Temuan (2))', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaianpk-policy-'));
    try {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Pengukuran 2023');
      ws.getRow(1).values = ['No', 'Indikator Kinerja', 'Target', 'Realisasi'];
      ws.getRow(2).values = [1, 'Persentase pemenuhan layanan makanan', 80, 100];
      wb.addWorksheet('Temuan').getCell('A1').value = 'Catatan rapat evaluasi';
      const input = path.join(dir, 'in.xlsx');
      await wb.xlsx.writeFile(input);
      let out = '';
      await main(['hitung', input], { out: (t) => (out += t + '\n'), err: () => undefined });
      const output = path.join(dir, 'in.capaian.xlsx');
      const snap = await readWorkbookFile(output);
      expect(snap.sheets.map((g) => g.sheet).filter((n) => !n.startsWith('_'))).toEqual(['Pengukuran 2023', 'Temuan', 'Temuan (2)']);
      expect(snap.sheets.find((g) => g.sheet === 'Temuan')!.values).toEqual([['Catatan rapat evaluasi']]);
      expect(out).toContain('"Temuan (2)"');
      // hitung on its own output: Temuan (2) is reused, no Temuan (3)
      const again = path.join(dir, 'again.xlsx');
      await main(['hitung', output, '-o', again], { out: () => undefined, err: () => undefined });
      const snap2 = await readWorkbookFile(again);
      expect(snap2.sheets.map((g) => g.sheet).filter((n) => !n.startsWith('_'))).toEqual(['Pengukuran 2023', 'Temuan', 'Temuan (2)']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
