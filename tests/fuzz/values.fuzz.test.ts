import fc from 'fast-check';
import { parseValue, parseText, sameUnit } from '../../src/core/values';
import { hitungCapaian } from '../../src/core/capaian';
import { klasifikasikan, PRESETS } from '../../src/core/klasifikasi';
import { normaliseName, matchByName } from '../../src/core/names';

/** Value strings in every form of docs/aturan.md "Values", plus garbage. */
export const valueText = fc.oneof(
  fc.integer({ min: 0, max: 500 }).map((n) => `${n}%`),
  fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a},${b}%`),
  fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a},${b} %`),
  fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.constantFrom('Layanan', 'Unit', 'Dokumen', 'Orang', 'Operasi')).map(([n, u]) => `${n.toLocaleString('id-ID')} ${u}`),
  fc.integer({ min: 0, max: 10_000_000_000 }).map((n) => `Rp ${n.toLocaleString('id-ID')},-`),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.constantFrom('-', ' s.d. ', ' s/d ')).map(([a, b, s]) => `${a}${s}${b}%`),
  fc.constantFrom('', '-', 'N/A', 'NA', 'n/a', 'nihil', 'tidak ada', '#DIV/0!', '#N/A', '#VALUE!'),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
  fc.string({ maxLength: 40 }),
  fc.string({ maxLength: 5 }).map((s) => `=${s}`),
  fc.string({ maxLength: 5 }).map((s) => `+${s}`),
  fc.string({ maxLength: 5 }).map((s) => `@${s}`),
  fc.string({ minLength: 500, maxLength: 3000 })
);

const format = fc.constantFrom('General', '0%', '0.00%', '0', '0.00', '#,##0', '@', '"Rp"#,##0');
const rawValue = fc.oneof(valueText, fc.double({ noNaN: false }), fc.boolean(), fc.constant(null));

describe('fuzz: value parsing', () => {
  it('never throws, never yields NaN or Infinity', () => {
    fc.assert(
      fc.property(rawValue, format, fc.boolean(), (v, f, pp) => {
        const p = parseValue({ value: v as never, text: v === null ? '' : String(v), format: f }, { percentPoints: pp });
        if (p.value !== null) expect(Number.isFinite(p.value)).toBe(true);
        if (p.low !== undefined) expect(Number.isFinite(p.low)).toBe(true);
        if (p.high !== undefined) expect(Number.isFinite(p.high)).toBe(true);
        if (p.kind === 'na' || p.kind === 'empty' || p.kind === 'error') expect(p.value).toBeNull();
      }),
      { numRuns: 3000 }
    );
  });
  it('sameUnit is symmetric', () => {
    fc.assert(
      fc.property(valueText, valueText, (a, b) => {
        expect(sameUnit(parseText(a), parseText(b))).toBe(sameUnit(parseText(b), parseText(a)));
      }),
      { numRuns: 1000 }
    );
  });
});

describe('fuzz: capaian agrees with the formula of its polarity', () => {
  const num = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });
  it('positive: R/T*100, null when T = 0', () => {
    fc.assert(
      fc.property(num, num, (t, r) => {
        const c = hitungCapaian({ polaritas: 'positif', target: t, realisasi: r }).capaian;
        if (t === 0) expect(c).toBeNull();
        else if (c !== null) expect(c).toBeCloseTo((r / t) * 100, 6);
      }),
      { numRuns: 2000 }
    );
  });
  it('negative: max(0, (2T-R)/T*100), never negative', () => {
    fc.assert(
      fc.property(num, num, (t, r) => {
        const c = hitungCapaian({ polaritas: 'negatif', target: t, realisasi: r }).capaian as number;
        expect(c).toBeGreaterThanOrEqual(0);
        if (t > 0) expect(c).toBeCloseTo(Math.max(0, ((2 * t - r) / t) * 100), 6);
        else expect(c).toBe(r === 0 ? 100 : 0);
      }),
      { numRuns: 2000 }
    );
  });
  it('klasifikasi is monotone in capaian', () => {
    const order = ['Sangat Rendah', 'Rendah', 'Sedang', 'Tinggi', 'Sangat Tinggi'];
    fc.assert(
      fc.property(fc.double({ min: -50, max: 300, noNaN: true }), fc.double({ min: -50, max: 300, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const p = PRESETS['permendagri-86'];
        expect(order.indexOf(klasifikasikan(lo, p))).toBeLessThanOrEqual(order.indexOf(klasifikasikan(hi, p)));
      }),
      { numRuns: 2000 }
    );
  });
});

describe('fuzz: names', () => {
  it('normalising is idempotent and matching never pairs an item twice', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 20 }), fc.array(fc.string({ maxLength: 30 }), { maxLength: 20 }), (as, bs) => {
        for (const a of as) expect(normaliseName(normaliseName(a))).toBe(normaliseName(a));
        const m = matchByName(
          as.map((x, i) => ({ x, i })),
          bs.map((x, i) => ({ x, i })),
          (o) => o.x
        );
        expect(new Set(m.map((p) => p.a.i)).size).toBe(m.length);
        expect(new Set(m.map((p) => p.b.i)).size).toBe(m.length);
      }),
      { numRuns: 500 }
    );
  });
});
