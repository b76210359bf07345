/**
 * parseA1 is hand-written (it is called for every cell the writers touch): it must accept and
 * refuse exactly what the pattern it replaced did, ^\$?([A-Za-z]{1,3})\$?(\d+)$ after trimming.
 */
import fc from 'fast-check';
import { colNumber, parseA1 } from '../../src/core/grid';

function reference(ref: string): { row: number; col: number } | 'refused' {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  return m ? { row: Number(m[2]), col: colNumber(m[1]) } : 'refused';
}

function actual(ref: string): { row: number; col: number } | 'refused' {
  try {
    return parseA1(ref);
  } catch {
    return 'refused';
  }
}

test('examples: A1, $B$2, xfd1048576, spaces around; refused: empty, A, 1, AAAA1, A1B, A$$1, A 1', () => {
  expect(parseA1('A1')).toEqual({ row: 1, col: 1 });
  expect(parseA1('$B$2')).toEqual({ row: 2, col: 2 });
  // XFD = 24*676 + 6*26 + 4 = 16,384 (Excel's last column)
  expect(parseA1('xfd1048576')).toEqual({ row: 1048576, col: 16384 });
  expect(parseA1('  C10 ')).toEqual({ row: 10, col: 3 });
  for (const bad of ['', 'A', '1', 'AAAA1', 'A1B', 'A$$1', 'A 1', '$$A1', 'É1', '[1', '@1']) expect(actual(bad)).toBe('refused');
});

test('the same answer as the pattern on random addresses and near-addresses', () => {
  const piece = fc.constantFrom('$', 'A', 'z', 'Q', '0', '7', '1', ' ', '\t', ':', '@', '[', '`', '{', '/', 'é', '\u00a0');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 9 }), (parts) => {
      const ref = parts.join('');
      expect(actual(ref)).toEqual(reference(ref));
    }),
    { numRuns: 20000 },
  );
});
