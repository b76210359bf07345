import { withOriginals, mergeLedger, relativeFormula, stillWritten, type LedgerCell } from '../../src/core/ledger';
import { analyse } from '../../src/core/analyse';
import { gridFromRows } from '../helpers/grid';
import type { WorkbookSnapshot } from '../../src/core/grid';

const header = ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'];
function wb(capaian: string | number, formula: string | null): WorkbookSnapshot {
  const g = gridFromRows('Pengukuran 2023', [header, [1, 'Persentase layanan kesehatan', '94%', '100%', capaian]]);
  g.formulas[1][4] = formula;
  return { sheets: [g] };
}
const entry: LedgerCell = {
  sheet: 'Pengukuran 2023',
  cell: 'E2',
  original: { value: '100%', formula: null, format: 'General', text: '100%' },
  written: { value: 1.0638297872, formula: '=D2/C2' },
};

describe('ledger: reading the workbook as the user had it', () => {
  it('a cell still holding what the add-in wrote is read as its original', () => {
    const now = { ...wb(1.0638297872, '=D2/C2'), ledger: { cells: [entry], createdSheets: [] } };
    const g = withOriginals(now).sheets[0];
    expect(g.values[1][4]).toBe('100%');
    expect(g.formulas[1][4]).toBeNull();
    // the stated 100% is reviewed again: 100/94*100 = 106.38, more than 1 point away
    const a = analyse(now);
    expect(a.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(['capaian-tidak-sesuai@E2']);
  });
  it('a cell the user typed over since is the user\'s again', () => {
    const now = { ...wb('106%', null), ledger: { cells: [entry], createdSheets: [] } };
    expect(withOriginals(now).sheets[0].values[1][4]).toBe('106%');
    expect(analyse(now).findings).toEqual([]);
  });
  it('sheets the add-in created are not read as input', () => {
    const extra = gridFromRows('Perbandingan Renstra', [header, [1, 'Persentase layanan kesehatan', '90%', '100%', '50%']]);
    const now: WorkbookSnapshot = { sheets: [wb('106,38%', null).sheets[0], extra], ledger: { cells: [], createdSheets: ['Perbandingan Renstra'] } };
    expect(withOriginals(now).sheets.map((s) => s.sheet)).toEqual(['Pengukuran 2023']);
    expect(analyse(now).tables).toHaveLength(1);
  });
  it('without a ledger the snapshot is returned as it is', () => {
    const w = wb('100%', null);
    expect(withOriginals(w)).toBe(w);
  });
});

describe('mergeLedger keeps the first original across runs', () => {
  it('second run: the cell still holds run 1\'s formula -> keep the user\'s original', () => {
    const run2: LedgerCell = { ...entry, original: { value: 1.0638297872, formula: '=D2/C2', format: '0.00%' } };
    const merged = mergeLedger([entry], [run2], () => ({ value: 1.0638297872, formula: '=D2/C2' }));
    expect(merged[0].original.value).toBe('100%');
  });
  it('the user typed over it: the new content is the original', () => {
    const run2: LedgerCell = { ...entry, original: { value: '105%', formula: null, format: 'General' } };
    const merged = mergeLedger([entry], [run2], () => ({ value: '105%', formula: null }));
    expect(merged[0].original.value).toBe('105%');
  });
  it('stillWritten compares formulas loosely and values exactly', () => {
    expect(stillWritten({ value: 2, formula: '=d2/c2' }, { value: 0, formula: '=D2/C2' })).toBe(true);
    expect(stillWritten({ value: 'N/A', formula: null }, { value: 'N/A', formula: null })).toBe(true);
    expect(stillWritten({ value: 'n/a ', formula: null }, { value: 'N/A', formula: null })).toBe(false);
  });
});

describe('relativeFormula (the key of a written formula)', () => {
  it('references relative to the cell, $ parts absolute, quoted text untouched', () => {
    // F5: E5 is one column left, same row; D5 two columns left
    expect(relativeFormula('E5/D5', 'F5')).toBe('R[0]C[-1]/R[0]C[-2]');
    // $I$6:$I$9 stays absolute (column 9, rows 6 and 9); F5 is the cell itself
    expect(relativeFormula('IF(ISNUMBER(F5),LOOKUP(F5,$I$6:$I$9),"A1")', 'G5')).toBe('IF(ISNUMBER(R[0]C[-1]),LOOKUP(R[0]C[-1],R6C9:R9C9),"A1")');
    // function names with digits (LOG10) and sheet-qualified names are not references
    expect(relativeFormula('LOG10(A1)', 'B2')).toBe('LOG10(R[-1]C[-1])');
  });
});
