/**
 * patchSheetCells writes a row's cells in place (each found by its r, or appended right of the
 * row's last cell) and parses the row only when it is spelled otherwise. On any row the in-place
 * patch must give the text the full rebuild gives.
 */
import fc from 'fast-check';
import { a1 } from '../../src/core/grid';
import { type CellBuilder, patchSheetCells } from '../../src/xlsx/sheet-patch';

const sheet = (rows: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:J9"/><sheetData>${rows}</sheetData></worksheet>`;

/** A built cell that shows what it was built from (its old element, and the style of A's cell). */
const builder: CellBuilder = (cur, ref, styleOf) => `<c r="${ref}" s="${styleOf(ref.replace(/^[A-Z]+/, 'A')) + (cur ? 100 : 0)}"><v>${cur ? cur.length : 0}</v></c>`;

const cellXml = (ref: string, kind: number): string =>
  kind === 0 ? `<c r="${ref}" s="3"/>` : kind === 1 ? `<c r="${ref}"><v>1</v></c>` : kind === 2 ? `<c r="${ref}" t="inlineStr"><is><t>a r="${ref}" b</t></is></c>` : `<c r="${ref}"><f>B1*2</f><v>2</v></c>`;

test('examples: replaced in place, appended at the end, inserted in the middle, spans dropped', () => {
  const xml = sheet('<row r="2" spans="1:3"><c r="A2" s="7"><v>1</v></c><c r="C2"><v>3</v></c></row>');
  const writes = new Map<string, CellBuilder>([
    ['C2', builder],
    ['E2', builder],
    ['B2', builder],
  ]);
  const out = patchSheetCells(xml, writes);
  // B2 goes between A2 and C2 (the row is parsed for it); C2 replaced (its old element `<c r="C2"><v>3</v></c>` is 10 + 8 + 4 = 22 characters)
  expect(out).toContain('<row r="2"><c r="A2" s="7"><v>1</v></c><c r="B2" s="7"><v>0</v></c><c r="C2" s="107"><v>22</v></c><c r="E2" s="7"><v>0</v></c></row>');
  expect(out).toBe(patchSheetCells(xml, writes, { parseRows: true }));
});

test('the in-place patch equals the full rebuild on random rows and writes', () => {
  const row = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 3 })), { selector: (x) => x[0], maxLength: 6 }), fc.boolean());
  fc.assert(
    fc.property(fc.uniqueArray(row, { selector: (r) => r[0], maxLength: 4 }), fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 10 })), { maxLength: 8, selector: (x) => `${x[0]}:${x[1]}` }), (rows, ws) => {
      const text = [...rows]
        .sort((a, b) => a[0] - b[0])
        .map(([r, cells, spans]) => `<row r="${r}"${spans ? ' spans="1:10"' : ''}>${[...cells].sort((a, b) => a[0] - b[0]).map(([c, k]) => cellXml(a1(r, c), k)).join('')}</row>`)
        .join('');
      const writes = new Map<string, CellBuilder>(ws.map(([r, c]) => [a1(r, c), builder]));
      expect(patchSheetCells(sheet(text), writes)).toBe(patchSheetCells(sheet(text), writes, { parseRows: true }));
    }),
    { numRuns: 3000 },
  );
});
