/**
 * The exceljs-free reader (src/xlsx/fast-read.ts) gives the same snapshot as the exceljs reader on
 * every fixture, the rich corpus and the outputs of `hitung` (notes, new sheets, inline strings).
 */
import * as fs from 'fs';
import * as path from 'path';
import { snapshotFromPackage } from '../../src/xlsx/fast-read';
import { openPackage } from '../../src/xlsx/open';
import { readWorkbookBytes } from '../../src/xlsx/snapshot';
import { hitungBytes } from './hitung-file';

const FIX = path.join(__dirname, '..', 'fixtures');
const list = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(dir, f));
const FILES = [...list(FIX), ...list(path.join(FIX, 'variants')), ...list(path.join(FIX, 'rich'))];

describe.each(FILES.map((f) => [path.relative(FIX, f), f]))('%s', (_n, file) => {
  test('same snapshot as exceljs, for the input and for the output of hitung', async () => {
    const input = new Uint8Array(fs.readFileSync(file));
    for (const bytes of [input, (await hitungBytes(input)).output]) {
      const viaExcelJs = await readWorkbookBytes(bytes, 'x.xlsx');
      const fast = snapshotFromPackage(openPackage(bytes), 'x.xlsx');
      expect(fast).toEqual(viaExcelJs);
    }
  });
});
