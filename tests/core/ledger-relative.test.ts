/**
 * The backup keys a written formula by its relative form (src/core/ledger.ts relativeFormula).
 * Keys stored by earlier versions must still compare equal, so the hand-written scan must give
 * exactly what the pattern it replaced gave, on any text.
 */
import fc from 'fast-check';
import { colNumber, parseA1 } from '../../src/core/grid';
import { relativeFormula } from '../../src/core/ledger';

/** The earlier implementation, kept here as the reference. */
function reference(formula: string, cell: string): string {
  const at = parseA1(cell);
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(^|[^A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, (_m, pre: string, dc: string, col: string, dr: string, row: string) => {
            const n = colNumber(col);
            return `${pre}${dr ? `R${row}` : `R[${Number(row) - at.row}]`}${dc ? `C${n}` : `C[${n - at.col}]`}`;
          }),
    )
    .join('"');
}

test('examples: F5 holding E5/D5, absolute parts, names and functions left alone', () => {
  expect(relativeFormula('IF(D5=0,"",E5/D5)', 'F5')).toBe('IF(R[0]C[-2]=0,"",R[0]C[-1]/R[0]C[-2])');
  expect(relativeFormula('LOOKUP(F5,$J$2:$J$6,$K$2:$K$6)', 'G5')).toBe('LOOKUP(R[0]C[-1],R2C10:R6C10,R2C11:R6C11)');
  expect(relativeFormula('LOG10(A1)+SUM(A1B2)+"E5"', 'B1')).toBe('LOG10(R[0]C[-1])+SUM(A1B2)+"E5"');
});

test('the same text as the pattern on random formula-like text', () => {
  const piece = fc.constantFrom('A', 'B', 'Z', 'AB', 'XFD', 'ABCD', 'a', '$', '1', '5', '12', '0', '(', ')', ',', ':', '/', '.', '_', ' ', '"', '!', '=', 'IF', 'LOG10', 'é');
  const cell = fc.tuple(fc.constantFrom('A', 'F', 'AB'), fc.integer({ min: 1, max: 99 })).map(([c, r]) => `${c}${r}`);
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), cell, (parts, at) => {
      const f = parts.join('');
      expect(relativeFormula(f, at)).toBe(reference(f, at));
    }),
    { numRuns: 30000 },
  );
});
