/**
 * One case per row kind of the recogniser's classifier (src/core/recognize/plain-kinds.ts and
 * rencana-aksi.ts): a small sheet where the named row gets that kind, and what the kind does to
 * the table (recognizeSheet's output), so a kind that is named right but handled wrong fails too.
 */
import type { Recognition } from '../../src/core/types';
import { recognizeSheet } from '../../src/core/recognize';
import { traceRowKinds } from '../../src/core/recognize/trace';
import { NAME_ONLY_KINDS, PLAIN_KINDS } from '../../src/core/recognize/plain-kinds';
import { RA_KINDS } from '../../src/core/recognize/rencana-aksi';
import { gridFromRows } from '../helpers/grid';

type Row = (string | number | null)[];

const HEAD: Row = ['NO', 'SASARAN', 'INDIKATOR', 'TARGET', 'REALISASI'];
const IND1: Row = [1, 'Meningkatnya layanan', 'Persentase layanan makanan', '80%', '90%'];
const PARAGRAPH = 'Paragraf panjang. '.repeat(20).trim(); // 359 characters: a paragraph (> 300)

interface Case {
  kind: string;
  rows: Row[];
  /** Sheet row (1-based) whose kind is checked. */
  row: number;
  check: (rec: Recognition) => void;
}

const first = (rec: Recognition) => rec.tables[0];
const names = (rec: Recognition) => first(rec).indicators.map((i) => i.indikator);

const PLAIN: Case[] = [
  {
    kind: 'indicator',
    rows: [HEAD, IND1],
    row: 2,
    check: (rec) => expect(names(rec)).toEqual(['Persentase layanan makanan']),
  },
  {
    kind: 'outside',
    rows: [HEAD, IND1, [null, 'Tabel III.2 Capaian lain', null, null, null], [2, null, 'Indeks X', '80', '70']],
    row: 3,
    check: (rec) => {
      expect(names(rec)).toEqual(['Persentase layanan makanan']);
      expect(first(rec).area.bottom).toBe(2);
    },
  },
  {
    kind: 'average',
    rows: [HEAD, IND1, [null, null, 'Rata-rata capaian', null, '112,5%']],
    row: 3,
    // no capaian column: the stated average is the cell right of the label, E3
    check: (rec) => expect(first(rec).averageRows.map((a) => [a.row, a.cell.col])).toEqual([[3, 5]]),
  },
  {
    kind: 'total',
    rows: [HEAD, IND1, [null, null, 'Jumlah', null, null]],
    row: 3,
    check: (rec) => {
      expect(names(rec)).toEqual(['Persentase layanan makanan']);
      expect(first(rec).area.bottom).toBe(3);
    },
  },
  {
    kind: 'sasaran-label',
    rows: [['NO', 'INDIKATOR', 'TARGET', 'REALISASI'], ['Sasaran Strategis : Meningkatnya layanan', null, null, null], [1, 'Indeks kepuasan', '80', '77']],
    row: 2,
    check: (rec) => expect(first(rec).indicators[0].sasaran).toBe('Meningkatnya layanan'),
  },
  {
    kind: 'sasaran-label-text',
    rows: [['NO', 'INDIKATOR', 'TARGET', 'REALISASI'], ['Sasaran Strategis :', null, null, null], ['Meningkatnya layanan', null, null, null], [1, 'Indeks kepuasan', '80', '77']],
    row: 3,
    check: (rec) => expect(first(rec).indicators[0].sasaran).toBe('Meningkatnya layanan'),
  },
  {
    kind: 'foreign-header',
    rows: [HEAD, IND1, [null, 'SATUAN', 'KETERANGAN', null, null], [2, null, 'Indeks X', '80', '70']],
    row: 3,
    check: (rec) => expect(names(rec)).toEqual(['Persentase layanan makanan']),
  },
  {
    kind: 'foreign-no',
    rows: [HEAD, IND1, ['Catatan', null, 'Indeks X', '80', '70']],
    row: 3,
    check: (rec) => expect(names(rec)).toEqual(['Persentase layanan makanan']),
  },
  {
    kind: 'shifted-sasaran',
    rows: [HEAD, IND1, [null, null, '2.', 'Meningkatnya kualitas pembinaan', null], [null, null, 'Persentase WBP dibina', '90%', '95%']],
    row: 3,
    check: (rec) => {
      const it = first(rec).indicators[1];
      expect([it.no, it.sasaran]).toEqual(['2', 'Meningkatnya kualitas pembinaan']);
    },
  },
  {
    kind: 'sasaran-only',
    rows: [HEAD, [null, 'Meningkatnya layanan', null, null, null], [1, null, 'Indeks kepuasan', '80', '77']],
    row: 2,
    check: (rec) => expect(first(rec).indicators[0].sasaran).toBe('Meningkatnya layanan'),
  },
  {
    kind: 'pending-no',
    rows: [HEAD, IND1, [7, null, null, null, null], [null, null, 'Indeks kepuasan', '80', '77']],
    row: 3,
    check: (rec) => expect(first(rec).indicators[1].no).toBe('7'),
  },
  {
    kind: 'keterangan-note',
    rows: [[...HEAD, 'KETERANGAN'], [...IND1, null], [null, null, null, null, null, 'tidak ada kasus']],
    row: 3,
    check: (rec) => expect(first(rec).indicators[0].notes).toEqual(['tidak ada kasus']),
  },
  {
    kind: 'values-without-name',
    rows: [HEAD, IND1, [null, null, null, '75%', null]],
    row: 3,
    check: (rec) => {
      expect(names(rec)).toEqual(['Persentase layanan makanan']);
      expect(first(rec).remarks).toContain('Baris 3 berisi nilai tanpa nama indikator; dilewati.');
    },
  },
  {
    kind: 'paragraph',
    rows: [[...HEAD, 'URAIAN'], [...IND1, null], [null, null, null, null, null, PARAGRAPH], [2, null, 'Indeks X', '80', '70', null]],
    row: 3,
    check: (rec) => expect(names(rec)).toEqual(['Persentase layanan makanan']),
  },
  {
    kind: 'foreign-left',
    rows: [['URAIAN', 'NO', 'INDIKATOR', 'TARGET'], [null, 1, 'Indeks kepuasan', '80'], ['Sumber data', null, null, null], [null, 2, 'Indeks X', '70']],
    row: 3,
    check: (rec) => expect(names(rec)).toEqual(['Indeks kepuasan']),
  },
  {
    kind: 'ignored',
    rows: [HEAD, IND1, [null, null, 'TW I', null, null], [2, null, 'Indeks X', '80', '70']],
    row: 3,
    check: (rec) => expect(names(rec)).toEqual(['Persentase layanan makanan', 'Indeks X']),
  },
  {
    kind: 'paragraph-name',
    rows: [HEAD, IND1, [null, null, PARAGRAPH, null, null], [2, null, 'Indeks X', '80', '70']],
    row: 3,
    check: (rec) => expect(names(rec)).toEqual(['Persentase layanan makanan']),
  },
  {
    kind: 'money-row',
    rows: [HEAD, IND1, [2, null, 'Realisasi anggaran', 'Rp 2.362.664.000', 'Rp 2.100.000.000'], [3, null, 'Pagu', '2362664000', '2100000000']],
    row: 3,
    check: (rec) => {
      expect(names(rec)).toEqual(['Persentase layanan makanan']);
      expect(first(rec).remarks).toContain('Baris 3 (Realisasi anggaran) berisi anggaran (Rupiah), bukan indikator kinerja; dilewati.');
      expect(first(rec).remarks).toContain('Baris 4 (Pagu) berisi anggaran (Rupiah), bukan indikator kinerja; dilewati.');
    },
  },
  {
    kind: 'name-continuation',
    rows: [HEAD, IND1, [null, null, 'yang layak', null, null]],
    row: 3,
    check: (rec) => expect(names(rec)).toEqual(['Persentase layanan makanan yang layak']),
  },
  {
    kind: 'section-title',
    rows: [['NO', 'INDIKATOR', 'TARGET', 'REALISASI'], [null, 'Meningkatnya layanan', null, null], [1, 'Indeks kepuasan', '80', '77']],
    row: 2,
    check: (rec) => {
      expect(names(rec)).toEqual(['Indeks kepuasan']);
      expect(first(rec).indicators[0].sasaran).toBe('Meningkatnya layanan');
    },
  },
  {
    kind: 'section-end',
    // the indicator above has no values, so 'Kesimpulan' is not the rest of its name
    rows: [['NO', 'INDIKATOR', 'TARGET', 'REALISASI'], [1, 'Indeks kepuasan', null, null], [], [null, 'Kesimpulan', null, null]],
    row: 4,
    check: (rec) => {
      expect(names(rec)).toEqual(['Indeks kepuasan']);
      expect(first(rec).area.bottom).toBe(2);
    },
  },
  {
    kind: 'name-fragment',
    rows: [HEAD, IND1, [2, null, 'Persentase WBP yang', null, null], [null, null, 'mendapat layanan kesehatan', '90%', '95%']],
    row: 3,
    check: (rec) => {
      expect(names(rec)).toEqual(['Persentase layanan makanan', 'Persentase WBP yang mendapat layanan kesehatan']);
      expect(first(rec).indicators[1].rows).toEqual([3, 4]);
    },
  },
  {
    kind: 'heading-end',
    rows: [HEAD, IND1, [], [null, null, 'CAPAIAN KINERJA LAINNYA', null, null]],
    row: 4,
    check: (rec) => expect(names(rec)).toEqual(['Persentase layanan makanan']),
  },
  {
    kind: 'name-without-values',
    rows: [HEAD, IND1, [2, null, 'Indeks kepuasan masyarakat', null, null]],
    row: 3,
    check: (rec) => {
      expect(names(rec)).toEqual(['Persentase layanan makanan', 'Indeks kepuasan masyarakat']);
      expect(first(rec).indicators[1].cells.target?.value ?? null).toBeNull();
    },
  },
];

describe('close cases of a row of money', () => {
  test('a money amount in the Keterangan is not a row of money; a performance indicator about the budget is an indicator', () => {
    const rows: Row[] = [
      [...HEAD, 'KETERANGAN'],
      [...IND1, 'anggaran Rp 150.000.000 terserap'],
      [2, null, 'Persentase realisasi anggaran', '95%', '97%', null],
    ];
    const grid = gridFromRows('Pengukuran 2023', rows);
    expect(traceRowKinds(grid).map((k) => k.kind)).toEqual(['indicator', 'indicator']);
    expect(names(recognizeSheet(grid))).toEqual(['Persentase layanan makanan', 'Persentase realisasi anggaran']);
  });
});

const RA_HEAD: Row = ['NO', 'SASARAN', 'INDIKATOR', 'TARGET', 'RENCANA KEGIATAN', 'RUMUS PERHITUNGAN'];
const RA_IND: Row = [1, 'Meningkatnya layanan', '1. Persentase layanan makanan', '100%', null, null];
const RA_TW: Row = [null, null, null, null, 'TW I', 'Pengadaan bahan'];

const RA: Case[] = [
  {
    kind: 'indicator',
    rows: [RA_HEAD, RA_IND, RA_TW],
    row: 2,
    check: (rec) => expect(names(rec)).toEqual(['1. Persentase layanan makanan']),
  },
  {
    kind: 'indicator-row',
    rows: [RA_HEAD, RA_IND, RA_TW, [null, null, null, null, 'TW II', 'Distribusi']],
    row: 4,
    check: (rec) => expect(first(rec).indicators[0].tw.map((t) => t.label)).toEqual(['TW I', 'TW II']),
  },
  {
    kind: 'heading',
    rows: [RA_HEAD, RA_IND, RA_TW, ['Tabel 2', null, null, null, null, null], [2, null, '2. Persentase lain yang dihitung', '90%', null, null]],
    row: 4,
    check: (rec) => expect(names(rec)).toEqual(['1. Persentase layanan makanan']),
  },
  {
    kind: 'lone-text',
    rows: [RA_HEAD, RA_IND, RA_TW, [null, 'Meningkatnya pembinaan', null, null, null, null], [2, null, '2. Persentase WBP yang dibina', '90%', null, null]],
    row: 4,
    check: (rec) => expect(first(rec).indicators[1].sasaran).toBe('Meningkatnya pembinaan'),
  },
  {
    kind: 'sasaran-only',
    rows: [RA_HEAD, [null, 'Meningkatnya layanan', null, null, null, null], RA_IND, RA_TW],
    row: 2,
    check: (rec) => expect(first(rec).indicators[0].sasaran).toBe('Meningkatnya layanan'),
  },
  {
    kind: 'other',
    rows: [RA_HEAD, [null, null, null, null, 'x', 'y'], RA_IND, RA_TW],
    row: 2,
    check: (rec) => expect(rec.tables).toEqual([]),
  },
];

describe.each([
  ['plain tables', PLAIN],
  ['Rencana Aksi', RA],
])('row kinds of %s', (_name, cases) => {
  test.each(cases.map((c) => [c.kind, c] as const))('%s', (kind, c) => {
    const grid = gridFromRows('Pengukuran 2023', c.rows);
    const kinds = new Map(traceRowKinds(grid).map((k) => [k.row, k.kind]));
    expect(kinds.get(c.row)).toBe(kind);
    c.check(recognizeSheet(grid));
  });
});

test('every row kind of the classifier has a case', () => {
  const plain = [...PLAIN_KINDS.map(([k]) => k).filter((k) => k !== 'name-only'), ...NAME_ONLY_KINDS.map(([k]) => k)];
  expect(PLAIN.map((c) => c.kind).sort()).toEqual([...plain].sort());
  expect(RA.map((c) => c.kind).sort()).toEqual(RA_KINDS.map(([k]) => k).sort());
});
