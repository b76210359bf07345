import { parseValue, parseText, parseNumberText, parseAnyNumberText, sameUnit, isNoValueText, describeValue, formatAngka } from '../../src/core/values';

const cell = (value: string | number | boolean | null, format = 'General', text?: string) => ({
  value,
  format,
  text: text ?? (value === null ? '' : String(value)),
});

describe('parseNumberText: Indonesian and English separators', () => {
  it.each([
    ['1.067', 1067],
    ['2.362.664.000', 2362664000],
    ['2.362.664.000,-', 2362664000],
    ['77,5', 77.5],
    ['94.4', 94.4],
    ['133.33', 133.33],
    ['0.8', 0.8],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['12', 12],
    ['-5', -5],
  ])('%s -> %d', (t, n) => expect(parseNumberText(t)).toBe(n));

  it.each(['', 'abc', '1.2.3,4,5', '1..2', '12a'])('%s is not a number', (t) => expect(parseNumberText(t)).toBeNull());
  it('the shortcut for digits with one separator reads every such text as the general reading does', () => {
    const texts: string[] = [];
    for (const digits of ['0', '7', '05', '85', '100', '1067', '12345', '0125', '999999', '1234567890123456789']) {
      texts.push(digits);
      for (let i = 0; i <= digits.length; i++) for (const sep of ['.', ',']) texts.push(digits.slice(0, i) + sep + digits.slice(i));
    }
    texts.push('1.2', '1,2', '1.000', '1,000', '0.125', '0,125', '10.000', '999.999', '1000.000', '.5', ',5', '5.', '5,', '1.0.0', '-5', '+5', ' 5', '5 ');
    for (const t of texts) expect([t, parseNumberText(t)]).toEqual([t, parseAnyNumberText(t)]);
  });
});

describe('parseValue: percent forms all come out in percent points', () => {
  it('a number with a percent format is a fraction: 0.8 shown 80% -> 80', () => {
    const p = parseValue(cell(0.8, '0%', '80%'));
    expect(p).toMatchObject({ kind: 'percent', unit: '%', numericCell: true, fraction: true });
    expect(p.value).toBeCloseTo(80, 10);
  });
  it('a percent format with decimals and quotes still counts', () => {
    expect(parseValue(cell(0.075, '0.00%', '7.50%')).value).toBeCloseTo(7.5, 10);
  });
  it.each([
    ['80%', 80],
    ['80 %', 80],
    ['80,5%', 80.5],
    ['7,5%', 7.5],
    ['133.33 %', 133.33],
    ['100 persen', 100],
  ])('text %s -> %d percent points', (t, n) => {
    const p = parseValue(cell(t));
    expect(p.kind).toBe('percent');
    expect(p.value).toBeCloseTo(n, 10);
    expect(p.numericCell).toBe(false);
  });
  it('a plain number under a (%) header is percent points', () => {
    expect(parseValue(cell(118), { percentPoints: true })).toMatchObject({ kind: 'percent', value: 118, numericCell: true, fraction: false });
    expect(parseValue(cell('80'), { percentPoints: true })).toMatchObject({ kind: 'percent', value: 80, numericCell: false });
  });
  it('a plain number elsewhere is a number (index or count without unit)', () => {
    expect(parseValue(cell(80))).toMatchObject({ kind: 'number', value: 80, unit: null });
  });
});

describe('parseValue: counts, money, index, ranges', () => {
  it.each([
    ['1 Layanan', 1, 'Layanan'],
    ['2 Unit', 2, 'Unit'],
    ['64 Unit', 64, 'Unit'],
    ['4 Dokumen', 4, 'Dokumen'],
    ['288 Orang', 288, 'Orang'],
    ['12 Operasi', 12, 'Operasi'],
    ['1.067 Orang', 1067, 'Orang'],
    ['1 layanan', 1, 'Layanan'],
  ])('%s', (t, n, u) => expect(parseText(t)).toMatchObject({ kind: 'count', value: n, unit: u }));

  it('money: Rp 2.362.664.000,-', () => expect(parseText('Rp 2.362.664.000,-')).toMatchObject({ kind: 'money', value: 2362664000, unit: 'Rp' }));
  it.each([
    ['80', 80],
    ['77,5', 77.5],
    ['94.4', 94.4],
  ])('index %s', (t, n) => expect(parseText(t)).toMatchObject({ kind: 'index', value: n, unit: null }));
  it.each([
    ['80-90%', 80, 90, '%'],
    ['80 s.d. 90', 80, 90, null],
    ['80 s/d 90', 80, 90, null],
    ['90 - 80 %', 80, 90, '%'],
  ])('range %s', (t, lo, hi, unit) => expect(parseText(t)).toMatchObject({ kind: 'range', low: lo, high: hi, unit }));
});

describe('parseValue: no value and unreadable', () => {
  it.each(['', '-', 'N/A', 'NA', 'n/a', 'nihil', 'Nihil', 'tidak ada', 'Tidak Ada'])('%s is no value', (t) => {
    const p = parseText(t);
    expect(p.kind === 'na' || p.kind === 'empty').toBe(true);
    expect(p.value).toBeNull();
  });
  it('empty vs na are told apart', () => {
    expect(parseText('').kind).toBe('empty');
    expect(parseText('N/A').kind).toBe('na');
    expect(isNoValueText(' nihil ')).toBe(true);
    expect(isNoValueText('nihil sekali')).toBe(false);
  });
  it.each(['#DIV/0!', '#N/A', '#VALUE!', 'sudah dilaksanakan', 'baik'])('%s is an error (nilai-tidak-terbaca)', (t) => {
    expect(parseText(t).kind).toBe('error');
  });
  it('an Excel error held as the cell value is an error', () => expect(parseValue(cell('#DIV/0!')).kind).toBe('error'));
  it('a boolean is not a value', () => expect(parseValue(cell(true)).kind).toBe('error'));
});

describe('sameUnit', () => {
  const p = (t: string, pp = false) => parseText(t, { percentPoints: pp });
  it('% with %, Layanan with Layanan, index with index', () => {
    expect(sameUnit(p('80%'), p('100%'))).toBe(true);
    expect(sameUnit(p('1 Layanan'), p('1 layanan'))).toBe(true);
    expect(sameUnit(p('80'), p('77,5'))).toBe(true);
    expect(sameUnit(p('80-90%'), p('85%'))).toBe(true);
  });
  it('a count target with a percent realisasi is incompatible (satuan-tidak-cocok)', () => {
    expect(sameUnit(p('1 Layanan'), p('100%'))).toBe(false);
    expect(sameUnit(p('2 Unit'), p('2 Layanan'))).toBe(false);
    expect(sameUnit(p('80%'), p('80'))).toBe(false);
  });
  it('nothing is compatible with no value', () => expect(sameUnit(p('80%'), p('N/A'))).toBe(false));
});

describe('describeValue / formatAngka', () => {
  it('formats Indonesian style', () => {
    expect(formatAngka(106.38297872, 2)).toBe('106,38');
    expect(formatAngka(125, 2)).toBe('125');
    expect(formatAngka(1067, 0)).toBe('1.067');
    expect(formatAngka(106.38297872, 2, 'en')).toBe('106.38');
    expect(describeValue(parseText('1 Layanan'))).toBe('1 Layanan');
    expect(describeValue(parseText('80,5%'))).toBe('80,5%');
  });
});
