/**
 * Layout rules of docs/aturan.md on small grids shaped like the seeds: header synonyms and spellings,
 * offsets, merges as Excel stores them, column-number rows, section titles, averages and totals,
 * budget columns, user column mappings, skipped sheets, odd input, year detection and speed.
 */
import fc from 'fast-check';
import { recognizeSheet, yearFromText } from '../../src/core/recognize';
import { classifyHeader } from '../../src/core/headers';
import type { Grid } from '../../src/core/grid';
import { gridFromRows, gridFromTsv } from '../helpers/grid';

describe('test helper gridFromRows / gridFromTsv', () => {
  it('places rows at top/left with texts, formats and merges', () => {
    const g = gridFromRows('S', [['A', 1], [null, 0.8]], { top: 3, left: 2, formats: { C4: '0%' }, texts: { C4: '80%' }, merges: ['B3:B4'] });
    expect(g.top).toBe(3);
    expect(g.left).toBe(2);
    expect(g.values).toEqual([['A', 1], [null, 0.8]]);
    expect(g.text).toEqual([['A', '1'], ['', '80%']]);
    expect(g.formats[1][1]).toBe('0%');
    expect(g.formats[0][0]).toBe('General');
    expect(g.formulas).toEqual([[null, null], [null, null]]);
    expect(g.merges).toEqual([{ top: 3, left: 2, bottom: 4, right: 2 }]);
  });

  it('keeps TSV fields as text unless numbers are asked for', () => {
    const g = gridFromTsv('S', 'a\t80\t\n\t7.5\tx');
    expect(g.values).toEqual([['a', '80', null], [null, '7.5', 'x']]);
    const n = gridFromTsv('S', 'a\t80\t\n\t7.5\tx', { numbers: true });
    expect(n.values).toEqual([['a', 80, null], [null, 7.5, 'x']]);
    expect(n.text[1][1]).toBe('7.5');
  });
});

describe('header vocabulary', () => {
  const role = (t: string) => {
    const k = classifyHeader(t);
    return k && k.kind === 'role' ? k.role : k ? k.kind : null;
  };
  it('reads the synonyms of docs/aturan.md in any case, spacing and line breaks', () => {
    expect(role('INDIKATOR KINERJA')).toBe('indikator');
    expect(role('Indikator\nKinerja  Utama')).toBe('indikator');
    expect(role('IKU')).toBe('indikator');
    expect(role('Uraian Indikator')).toBe('indikator');
    expect(role('Jumlah Indikator')).toBeNull();
    expect(role('ikk')).toBe('indikator');
    expect(role('TUJUAN STRATEGIS')).toBe('sasaran');
    expect(role('Sasaran Startegis')).toBe('sasaran');
    expect(role('TARGET KINERJA')).toBe('target');
    expect(role('Target\n(%)')).toBe('target');
    expect(role('TARGET 2023')).toBe('target');
    expect(role('REALISASI (%)')).toBe('realisasi');
    expect(role('% CAPAIAN')).toBe('capaian');
    expect(role('KINERJA')).toBe('capaian');
    expect(role('Kinerja (%)')).toBe('capaian');
    expect(role('%')).toBe('capaian');
    expect(role('KATEGORI')).toBe('klasifikasi');
    expect(role('Predikat')).toBe('klasifikasi');
    expect(role('STATUS CAPAIAN')).toBe('klasifikasi');
    expect(role('KRITERIA')).toBe('klasifikasi');
    expect(role('SATUAN')).toBe('satuan');
    expect(role('POLARISASI')).toBe('polaritas');
    expect(role('CATATAN')).toBe('keterangan');
    expect(role('Penjelasan')).toBe('keterangan');
    expect(role('NO.')).toBe('no');
    expect(role('N O')).toBe('no');
    expect(role('Targ et')).toBe('target');
    expect(role('Realisa si')).toBe('realisasi');
    expect(role('Capaia n')).toBe('capaian');
    expect(role('SATUAN KERJA')).toBeNull();
    expect(role('PAGU(Rp)')).toBe('budget');
    expect(role('REALISASI(Rp)')).toBe('budget');
    expect(role('REALISASI ANGGARAN')).toBe('budget');
    expect(role('RENCANA PENARIKAN DANA')).toBe('ra');
    expect(role('TW III')).toBe('tw');
    expect(role('(3)')).toBe('colnum');
    expect(role('2023')).toBe('year');
  });
});

describe('a table away from A1, with line breaks and Excel merges', () => {
  // Excel stores a merged cell's value in its top-left cell only.
  const rows = [
    ['PERJANJIAN KINERJA TAHUN 2024', null, null, null, null],
    [null, null, null, null, null],
    ['NO', 'SASARAN\nSTRATEGIS', 'INDIKATOR\nKINERJA UTAMA', 'TARGET\n(%)', 'KETERANGAN'],
    ['1', '2', '3', '4', '5'],
    ['1', 'Meningkatnya layanan tahanan', 'Persentase tahanan yang mendapat layanan hukum', 90, null],
    [null, null, 'Persentase tahanan overstaying yang ditangani', 85, 'tidak ada kasus'],
    ['2', 'Meningkatnya keamanan', 'Indeks keamanan dan ketertiban', 80, null],
    [null, null, null, null, null],
    [null, null, null, null, null],
    ['Mengetahui,', null, null, null, null],
  ];
  const g = gridFromRows('Lembar1', rows, { top: 4, left: 3, merges: ['C8:C9', 'D8:D9'] });
  const rec = recognizeSheet(g);
  const t = rec.tables[0];

  it('reports sheet coordinates', () => {
    expect(rec.tables).toHaveLength(1);
    expect(t.headerRow).toBe(6);
    expect(t.dataTop).toBe(8); // the 1 2 3 4 5 row is skipped
    expect(t.headerRows).toBe(1);
    expect(t.columns).toEqual({ no: 3, sasaran: 4, indikator: 5, target: 6, keterangan: 7 });
    expect(t.headers.sasaran).toBe('SASARAN STRATEGIS');
    expect(t.headers.target).toBe('TARGET (%)');
    expect(t.percentPoints).toEqual(['target']);
    expect(t.area).toEqual({ top: 6, left: 3, bottom: 10, right: 7 });
    expect(t.id).toBe('Lembar1!C6:G10');
    expect(t.year).toBe(2024);
    expect(t.title).toBe('PERJANJIAN KINERJA TAHUN 2024');
  });

  it('carries merged No/Sasaran, reads cells at their sheet address, keeps keterangan as a note', () => {
    expect(t.indicators.map((i) => [i.row, i.no, i.sasaran])).toEqual([
      [8, '1', 'Meningkatnya layanan tahanan'],
      [9, '1', 'Meningkatnya layanan tahanan'],
      [10, '2', 'Meningkatnya keamanan'],
    ]);
    const i = t.indicators[1];
    expect(i.cells.target).toEqual({ row: 9, col: 6, value: 85, text: '85', format: 'General', formula: null });
    expect(i.cells.keterangan?.text).toBe('tidak ada kasus');
    expect(i.notes).toEqual(['tidak ada kasus']);
    expect(t.kind).toBe('pk');
  });
});

describe('section title rows and split names', () => {
  it('reads `Sasaran Strategis : text` in one cell and `Sasaran Kegiatan:` with the text on the next row', () => {
    const tsv = [
      'No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian',
      '\tSasaran Strategis : Meningkatnya kualitas layanan\t\t\t',
      '1\tIndeks kepuasan masyarakat\t80\t85\t106',
      '\tSasaran Kegiatan:\t\t\t',
      '\tMeningkatnya pelayanan perawatan\t\t\t',
      '2\tPersentase pemenuhan makanan\t80%\t100%\t125%',
      '3\tPersentase layanan kesehatan\t90%\t90%\t100%',
      'Rata-rata capaian\t\t\t\t110',
      'Jumlah\t\t\t\t',
    ].join('\n');
    const rec = recognizeSheet(gridFromTsv('Pengukuran 2023', tsv));
    const t = rec.tables[0];
    expect(t.kind).toBe('pengukuran');
    expect(t.indicators.map((i) => [i.row, i.no, i.sasaran, i.indikator])).toEqual([
      [3, '1', 'Meningkatnya kualitas layanan', 'Indeks kepuasan masyarakat'],
      [6, '2', 'Meningkatnya pelayanan perawatan', 'Persentase pemenuhan makanan'],
      [7, '3', 'Meningkatnya pelayanan perawatan', 'Persentase layanan kesehatan'],
    ]);
    expect(t.averageRows).toHaveLength(1);
    expect(t.averageRows[0].row).toBe(8);
    expect(t.averageRows[0].cell.col).toBe(5);
    expect(t.averageRows[0].cell.text).toBe('110');
    expect(t.year).toBe(2023);
  });

  it('never takes Rata-rata / Jumlah / Total rows as indicators', () => {
    const tsv = [
      'NO\tINDIKATOR\tTARGET\tREALISASI\tCAPAIAN (%)',
      '1\tIndikator A\t80\t80\t100',
      '2\tIndikator B\t50\t25\t50',
      'Total\t\t130\t105\t',
      '\tRata-rata Capaian Kinerja\t\t\t75',
    ].join('\n');
    const t = recognizeSheet(gridFromTsv('S', tsv)).tables[0];
    expect(t.indicators.map((i) => i.indikator)).toEqual(['Indikator A', 'Indikator B']);
    expect(t.averageRows.map((a) => [a.row, a.cell.text])).toEqual([[5, '75']]);
    expect(t.percentPoints).toEqual(['capaian']);
  });
});

describe('budget columns', () => {
  it('PAGU(Rp) | REALISASI(Rp) | % after the performance columns are budget', () => {
    const tsv = [
      'NO\tINDIKATOR KINERJA\tTARGET\tREALISASI\t%\tPAGU(Rp)\tREALISASI(Rp)\t%',
      '1\tPersentase layanan\t80%\t100%\t125%\t8.095.386.000\t7.975.084.732\t98,51',
    ].join('\n');
    const t = recognizeSheet(gridFromTsv('S', tsv)).tables[0];
    expect(t.columns).toEqual({ no: 1, indikator: 2, target: 3, realisasi: 4, capaian: 5 });
    expect(t.budgetColumns).toEqual([6, 7, 8]);
    expect(t.indicators[0].cells.capaian?.text).toBe('125%');
  });

  it('a REALISASI after PAGU is never the performance realisasi, nor the % after it the capaian', () => {
    const tsv = ['No\tIndikator\tTarget\tPagu\tRealisasi\tKinerja (%)', '1\tLayanan perkantoran\t1 Layanan\tRp 2.421.044.000\tRp 2.414.529.690\t99,73 %'].join('\n');
    const t = recognizeSheet(gridFromTsv('S', tsv)).tables[0];
    expect(t.columns).toEqual({ no: 1, indikator: 2, target: 3 });
    expect(t.budgetColumns).toEqual([4, 5, 6]);
    expect(t.kind).toBe('pk');
    expect(t.percentPoints).toEqual([]);
  });
});

describe('user column mapping (settings.pemetaanKolom)', () => {
  const tsv = ['NO\tINDIKATOR\tTARGET\tREALISASI\tCAPAIAN', '1\tIndikator A\t80%\t60%\t75%', '2\tIndikator B\t50%\t50%\t100%'].join('\n');

  it('overrides the recognised columns of the first table, and says so', () => {
    const rec = recognizeSheet(gridFromTsv('PK', tsv), { pemetaanKolom: { PK: [{ columns: { realisasi: 'E', capaian: 'D' } }] } });
    const t = rec.tables[0];
    expect(t.mapped).toBe(true);
    expect(t.columns).toEqual({ no: 1, indikator: 2, target: 3, realisasi: 5, capaian: 4 });
    expect(t.indicators[0].cells.realisasi?.text).toBe('75%');
    expect(t.indicators[0].cells.capaian?.text).toBe('60%');
    expect(t.remarks).toContain('Pemetaan kolom dari pengaturan diterapkan (realisasi=E, capaian=D).');
  });

  it('applies only to its own sheet and to the table at headerRow', () => {
    const other = recognizeSheet(gridFromTsv('PK', tsv), { pemetaanKolom: { Lain: [{ columns: { realisasi: 'E' } }] } });
    expect(other.tables[0].mapped).toBe(false);
    const twoTables = `${tsv}\n\n\n${tsv}`;
    const rec = recognizeSheet(gridFromTsv('PK', twoTables), { pemetaanKolom: { PK: [{ headerRow: 6, columns: { target: 'D' } }] } });
    expect(rec.tables.map((t) => [t.headerRow, t.mapped, t.columns.target])).toEqual([
      [1, false, 3],
      [6, true, 4],
    ]);
    // a role moved onto a column drops the role that was there
    expect(rec.tables[1].columns.realisasi).toBeUndefined();
  });

  it('reads a sheet whose header is not recognisable when headerRow is given', () => {
    const g = gridFromTsv('Data', ['Kode\tUraian kegiatan\tSasaran angka', 'A1\tKegiatan satu\t10 Dokumen', 'A2\tKegiatan dua\t4 Dokumen'].join('\n'));
    expect(recognizeSheet(g).skipped?.reason).toBe('Tidak ditemukan tabel PK: tidak ada kolom Indikator dan Target.');
    const rec = recognizeSheet(g, { pemetaanKolom: { Data: [{ headerRow: 1, columns: { no: 'A', indikator: 'B', target: 'C' } }] } });
    expect(rec.skipped).toBeNull();
    const t = rec.tables[0];
    expect(t.kind).toBe('pk');
    expect(t.mapped).toBe(true);
    expect(t.headers).toEqual({ no: 'Kode', indikator: 'Uraian kegiatan', target: 'Sasaran angka' });
    expect(t.indicators.map((i) => [i.row, i.no, i.indikator, i.cells.target?.text])).toEqual([
      [2, 'A1', 'Kegiatan satu', '10 Dokumen'],
      [3, 'A2', 'Kegiatan dua', '4 Dokumen'],
    ]);
  });

  it('explains a mapping without an Indikator column instead of guessing', () => {
    const g = gridFromTsv('Data', 'Kode\tUraian\tAngka\nA1\tX\t1');
    const rec = recognizeSheet(g, { pemetaanKolom: { Data: [{ headerRow: 1, columns: { target: 'C' } }] } });
    expect(rec.tables).toEqual([]);
    expect(rec.skipped?.reason).toContain('tidak menyebut kolom Indikator');
  });
});

describe('sheets without a PK table', () => {
  it('skips an empty sheet, a veryHidden sheet and a sheet of other tables with Indonesian reasons', () => {
    expect(recognizeSheet(gridFromRows('Kosong', [])).skipped).toEqual({ sheet: 'Kosong', reason: 'Lembar kosong; tidak ada tabel PK.' });
    const hidden: Grid = { ...gridFromTsv('_capaianpk_cadangan', 'NO\tINDIKATOR\tTARGET\n1\tA\t80%'), visibility: 'veryHidden' };
    expect(recognizeSheet(hidden)).toEqual({
      tables: [],
      skipped: { sheet: '_capaianpk_cadangan', reason: 'Lembar tersembunyi (veryHidden) milik add-in; tidak dibaca.' },
    });
    const sdm = gridFromTsv('SDM', 'URAIAN\tJUMLAH\nStruktural\t3\nPengamanan\t46\nJumlah\t79');
    expect(recognizeSheet(sdm).skipped?.reason).toBe('Tidak ditemukan tabel PK: tidak ada kolom Indikator dan Target.');
    const headerOnly = gridFromTsv('Template', 'NO\tINDIKATOR\tTARGET\n\n\n');
    expect(recognizeSheet(headerOnly).skipped?.reason).toBe('Judul tabel PK di baris 1 ditemukan, tetapi tidak ada baris indikator di bawahnya.');
  });

  it('reads a hidden (not veryHidden) sheet normally', () => {
    const g: Grid = { ...gridFromTsv('Lama', 'NO\tINDIKATOR\tTARGET\n1\tA\t80%'), visibility: 'hidden' };
    expect(recognizeSheet(g).tables).toHaveLength(1);
  });
});

describe('odd input never throws', () => {
  it('survives formulas-looking text, numbers as names, booleans, very long text, ragged rows', () => {
    const rows: (string | number | null)[][] = [
      ['NO', 'INDIKATOR', 'TARGET', 'REALISASI'],
      ['=1+1', '=HYPERLINK("http://x")', '=A1', '+1'],
      [2, 12345, 80, null],
      [3, 'x'.repeat(200000)],
      [],
      [4, 'Indikator D', '80%', '90%', 'ekstra', 'lebih'],
    ];
    const rec = recognizeSheet(gridFromRows('Aneh', rows));
    expect(rec.tables).toHaveLength(1);
    expect(rec.tables[0].indicators[0].indikator).toBe('=HYPERLINK("http://x")');
  });

  it('survives malformed grids', () => {
    const bad = { sheet: 'Rusak', top: 1, left: 1, values: [null, ['INDIKATOR', 'TARGET'], 'abc', [undefined, 7]], text: null, formats: undefined, formulas: [], merges: [null, {}] } as unknown as Grid;
    expect(() => recognizeSheet(bad)).not.toThrow();
  });

  it('never throws on random grids (property)', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.constantFrom('NO', 'INDIKATOR', 'TARGET', 'REALISASI', 'CAPAIAN', 'Sasaran Strategis :', 'TW I', 'Rata-rata', '2023', '(1)', '%', 'PAGU', '-', ''),
      fc.string({ maxLength: 30 }),
      fc.double({ noNaN: false }),
      fc.integer(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }), fc.integer({ min: 1, max: 50 }), (rows, top) => {
        const rec = recognizeSheet(gridFromRows('R', rows as (string | number | null)[][], { top }));
        expect(rec.tables.length > 0 || rec.skipped !== null).toBe(true);
        for (const t of rec.tables) {
          expect(t.indicators.length).toBeGreaterThan(0);
          for (const i of t.indicators) expect(i.row).toBeGreaterThanOrEqual(t.dataTop);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('yearFromText', () => {
  it('finds a year 2000-2100 in sheet names and titles', () => {
    expect(yearFromText('Pengukuran 2023')).toBe(2023);
    expect(yearFromText('PK2024')).toBe(2024);
    expect(yearFromText('Capaian Kinerja Tahun 2022')).toBe(2022);
    expect(yearFromText('RENCANA AKSI PERJANJIAN KINERJA TAHUN ANGGARAN 2024')).toBe(2024);
    expect(yearFromText('Badung, 29 Januari 2024')).toBe(2024);
    expect(yearFromText('Tahun 2022 (Renstra 2020-2024)')).toBe(2022);
  });
  it('returns null when there is none or only a period', () => {
    expect(yearFromText('Renstra 2020-2024')).toBeNull();
    expect(yearFromText('Rp 2.362.664.000,-')).toBeNull();
    expect(yearFromText('1999')).toBeNull();
    expect(yearFromText('20231')).toBeNull();
    expect(yearFromText('')).toBeNull();
    expect(yearFromText('Lembar1')).toBeNull();
  });
});

describe('speed', () => {
  it('recognises 20,000 indicator rows in linear time', () => {
    const rows: (string | null)[][] = [['NO', 'SASARAN KEGIATAN', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN', 'KETERANGAN']];
    for (let i = 0; i < 20000; i++) {
      rows.push([
        i % 5 === 0 ? String(i / 5 + 1) : null,
        i % 5 === 0 ? `Meningkatnya pelayanan nomor ${i}` : null,
        `${(i % 9) + 1}. Persentase tahanan yang memperoleh layanan ${i}`,
        '80%',
        '100%',
        '125%',
        i % 7 === 0 ? 'tidak ada' : null,
      ]);
    }
    const g = gridFromRows('Besar', rows, { merges: ['A2:A6', 'B2:B6'] });
    recognizeSheet(g); // warm up
    const c0 = process.cpuUsage();
    const rec = recognizeSheet(g);
    const cpuMs = process.cpuUsage(c0).user / 1000;
    expect(rec.tables[0].indicators).toHaveLength(20000);
    expect(rec.tables[0].indicators[19999].row).toBe(20001);
    expect(rec.tables[0].indicators[19999].sasaran).toBe('Meningkatnya pelayanan nomor 19995');
    // Well under 200 ms on an idle machine; the bound leaves room for a loaded CI box.
    expect(cpuMs).toBeLessThan(1000);
  });
});

describe('identical headers', () => {
  const block = (y: string) => ['NO\tINDIKATOR\tTARGET\tREALISASI\tCAPAIAN', `1\tIndikator A ${y}\t80%\t60%\t75%`, `2\tIndikator B ${y}\t50%\t50%\t100%`];
  it('continue the table after a page title of the same year', () => {
    const tsv = ['Pengukuran Kinerja Tahun 2023', '', ...block('x'), '', '**Pengukuran Kinerja Tahun 2023**', '', ...block('y').slice()].join('\n');
    const rec = recognizeSheet(gridFromTsv('S', tsv));
    expect(rec.tables).toHaveLength(1);
    expect(rec.tables[0].indicators.map((i) => i.row)).toEqual([4, 5, 10, 11]);
  });
  it('start a new table after a title naming another year, a Tabel caption, or two empty rows', () => {
    const other = ['Pengukuran Kinerja Tahun 2023', '', ...block('x'), '', 'Capaian Tahun 2022', '', ...block('y')].join('\n');
    expect(recognizeSheet(gridFromTsv('S', other)).tables.map((t) => [t.headerRow, t.year])).toEqual([
      [3, 2023],
      [9, 2022],
    ]);
    const caption = [...block('x'), 'Tabel III.2 Capaian', ...block('y')].join('\n');
    expect(recognizeSheet(gridFromTsv('S', caption)).tables.map((t) => t.headerRow)).toEqual([1, 5]);
    const blanks = [...block('x'), '', '', ...block('y')].join('\n');
    expect(recognizeSheet(gridFromTsv('S', blanks)).tables.map((t) => t.headerRow)).toEqual([1, 6]);
  });
});

describe('more two-row headers', () => {
  it('Target and Realisasi each over two years are year blocks, the latest being the main year', () => {
    const tsv = ['No\tIndikator\tTarget\t\tRealisasi\t', '\t\t2022\t2023\t2022\t2023', '1\tIndikator A\t70%\t80%\t75%\t90%'].join('\n');
    const t = recognizeSheet(gridFromTsv('S', tsv)).tables[0];
    expect(t.kind).toBe('pengukuran');
    expect(t.year).toBe(2023);
    expect(t.columns).toEqual({ no: 1, indikator: 2, target: 4, realisasi: 6 });
    expect(t.otherYears).toEqual({ '2022': { target: 3, realisasi: 5 } });
    expect(t.renstraYears).toEqual({});
    expect(t.indicators[0].yearCells['2022'].realisasi?.text).toBe('75%');
  });

  it('tolerates an unknown word among the sub-headers', () => {
    const tsv = ['No\tIndikator\t2023\t\t\t', '\t\tTarget\tRealisasi\tCapaian\tSelisih', '1\tIndikator A\t80%\t90%\t112,5%\t10'].join('\n');
    const t = recognizeSheet(gridFromTsv('S', tsv)).tables[0];
    expect(t.headerRows).toBe(2);
    expect(t.dataTop).toBe(3);
    expect(t.columns).toEqual({ no: 1, indikator: 2, target: 3, realisasi: 4, capaian: 5 });
    expect(t.year).toBe(2023);
  });
});

describe('every role column', () => {
  it('reads Satuan, Polaritas, Predikat and Catatan next to the value columns', () => {
    const tsv = [
      'No\tIndikator Kinerja\tSatuan\tPolaritas\tTarget\tRealisasi\tCapaian (%)\tPredikat\tCatatan',
      '1\tPersentase pelarian yang dicegah\t%\tNegatif\t5%\t2%\t160\tSangat Tinggi\t',
      '2\tJumlah dokumen perencanaan\tDokumen\tPositif\t4 Dokumen\t4 Dokumen\t100\tSangat Tinggi\tnihil',
    ].join('\n');
    const t = recognizeSheet(gridFromTsv('Pengukuran 2024', tsv)).tables[0];
    expect(t.columns).toEqual({ no: 1, indikator: 2, satuan: 3, polaritas: 4, target: 5, realisasi: 6, capaian: 7, klasifikasi: 8, keterangan: 9 });
    expect(t.percentPoints).toEqual(['capaian']);
    expect(t.year).toBe(2024);
    expect(t.indicators[0].cells.polaritas?.text).toBe('Negatif');
    expect(t.indicators[1].cells.klasifikasi?.text).toBe('Sangat Tinggi');
    expect(t.indicators[1].notes).toEqual(['nihil']);
    expect(t.indicators[0].notes).toEqual([]);
  });
});

describe('quarter rows without Rencana Aksi headers', () => {
  it('make the table a rencana-aksi with TW rows and notes', () => {
    const tsv = [
      'NO\tINDIKATOR KINERJA\tTARGET\tTRIWULAN\tURAIAN KEGIATAN',
      '1\tPersentase layanan kesehatan maternal\t90%\tTW I\tPemeriksaan rutin',
      '\t\t\tTW II\tPemeriksaan rutin',
      '\t\t\tTW III\tTidak ada ibu hamil',
      '\t\t\tTW IV\tPemeriksaan rutin',
      '2\tPersentase layanan rehabilitasi narkotika\t30%\tTW I\tAsesmen awal',
      '\t\t\tTW II\tKonseling',
    ].join('\n');
    const t = recognizeSheet(gridFromTsv('RA 2024', tsv)).tables[0];
    expect(t.kind).toBe('rencana-aksi');
    expect(t.indicators.map((i) => [i.row, i.no, i.indikator, i.cells.target?.text])).toEqual([
      [2, '1', 'Persentase layanan kesehatan maternal', '90%'],
      [6, '2', 'Persentase layanan rehabilitasi narkotika', '30%'],
    ]);
    expect(t.indicators[0].tw.map((w) => [w.label, w.row, w.texts])).toEqual([
      ['TW I', 2, ['Pemeriksaan rutin']],
      ['TW II', 3, ['Pemeriksaan rutin']],
      ['TW III', 4, ['Tidak ada ibu hamil']],
      ['TW IV', 5, ['Pemeriksaan rutin']],
    ]);
    expect(t.indicators[0].rows).toEqual([2, 3, 4, 5]);
    expect(t.indicators[0].notes).toEqual(['Tidak ada ibu hamil']);
    expect(t.indicators[1].tw.map((w) => w.label)).toEqual(['TW I', 'TW II']);
  });
});
