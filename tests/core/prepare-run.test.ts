import { prepareRun } from '../../src/core/prepare-run';
import type { BackupData } from '../../src/core/ledger';
import { planTemuanSheet } from '../../src/core/plan';
import { gridFromRows } from '../helpers/grid';

const S = 'Pengukuran 2023';
const pengukuran = gridFromRows(S, [['No', 'Indikator', 'Target', 'Realisasi'], [1, 'Persentase layanan', 80, 100]]);
const personTemuan = gridFromRows('Temuan', [['Catatan rapat'], ['Temuan BPK 2022']]);
const oursTemuan = gridFromRows('Temuan', [['No', 'Lembar']]);
const spec = planTemuanSheet([{ rule: 'capaian-ekstrem', severity: 'info', sheet: S, cell: 'E2', row: 2, message: 'Capaian 125%' }]);

function backup(created: string[]): BackupData {
  return { app: 'capaian-pk', version: 2, when: '2026-11-23T01:00:00.000Z', sheet: S, run: 'hitung', threadKind: null, cells: [], threads: [], created, replaced: [] };
}

describe('prepareRun: one policy for every host', () => {
  test("a person's sheet called Temuan is an input and is kept; the result goes to Temuan (2)", () => {
    const run = prepareRun({ snapshot: { sheets: [pengukuran, personTemuan] }, sheets: [{ name: S, tables: [] }, { name: 'Temuan', tables: [] }], backup: null });
    expect(run.input.sheets.map((g) => g.sheet)).toEqual([S, 'Temuan']);
    expect(run.outputs).toEqual([]);
    const placed = run.place(spec);
    expect(placed.renamedFrom).toBe('Temuan');
    expect(placed.spec.name).toBe('Temuan (2)');
    expect(placed.spec.table?.name).toBe('TemuanCapaianPK_2');
    expect(new Set(placed.spec.cells.map((c) => c.sheet))).toEqual(new Set(['Temuan (2)']));
  });

  test('the Temuan the add-in wrote (its table) is an output: not analysed, replaced under its name', () => {
    const run = prepareRun({ snapshot: { sheets: [pengukuran, oursTemuan] }, sheets: [{ name: S, tables: [] }, { name: 'Temuan', tables: ['TemuanCapaianPK'] }], backup: null });
    expect(run.input.sheets.map((g) => g.sheet)).toEqual([S]);
    expect(run.outputs).toEqual(['Temuan']);
    expect(run.place(spec)).toEqual({ spec, renamedFrom: null });
  });

  test('a sheet the ledger lists as created is the add-in\'s even without its table', () => {
    const run = prepareRun({ snapshot: { sheets: [pengukuran, oursTemuan] }, sheets: [{ name: S, tables: [] }, { name: 'Temuan', tables: [] }], backup: backup(['Temuan']) });
    expect(run.input.sheets.map((g) => g.sheet)).toEqual([S]);
    expect(run.place(spec).renamedFrom).toBeNull();
    expect(run.input.ledger?.createdSheets).toEqual(['Temuan']);
  });

  test('a rerun next to the person\'s Temuan reuses Temuan (2) and its table, never Temuan (3)', () => {
    const run = prepareRun({
      snapshot: { sheets: [pengukuran, personTemuan, gridFromRows('Temuan (2)', [['No']])] },
      sheets: [{ name: S, tables: [] }, { name: 'Temuan', tables: [] }, { name: 'Temuan (2)', tables: ['TemuanCapaianPK_2'] }],
      backup: null,
    });
    expect(run.input.sheets.map((g) => g.sheet)).toEqual([S, 'Temuan']);
    const placed = run.place(spec);
    expect(placed.spec.name).toBe('Temuan (2)');
    expect(placed.spec.table?.name).toBe('TemuanCapaianPK_2');
  });

  test('the settings and backup sheets are never inputs', () => {
    const run = prepareRun({
      snapshot: { sheets: [pengukuran, personTemuan, gridFromRows('_capaianpk', [['{}']]), gridFromRows('_capaianpk_backup', [['{}']])] },
      sheets: [{ name: S, tables: [] }, { name: 'Temuan', tables: [] }, { name: '_capaianpk', tables: [] }, { name: '_capaianpk_backup', tables: [] }],
      backup: null,
    });
    expect(run.input.sheets.map((g) => g.sheet)).toEqual([S, 'Temuan']);
    expect(run.outputs).toEqual([]);
  });
});
