/**
 * The one dictionary: both languages have the same entries (the types enforce it; this checks the
 * values too), every text renders to a non-empty string, the zod error map speaks the language,
 * and Office's raw errors are replaced by the dictionary's words.
 */
import { z } from 'zod';
import { KAMUS, kamus } from '../../src/i18n';
import { pesanKesalahan } from '../../src/i18n/kesalahan';
import { skalaKustomSchema, validate, readSettings } from '../../src/core/settings';
import { validasiSkalaKustom } from '../../src/core/klasifikasi';

type Tree = { [k: string]: unknown };

/** Leaves of a section: 'ui.hitung', 'ui.severity.galat', ... with their values. */
function leaves(o: unknown, prefix = ''): Array<[string, unknown]> {
  if (o && typeof o === 'object') return Object.entries(o as Tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [[prefix, o]];
}

/** Calls a text function with plausible arguments: all texts, texts and counts, lists, all numbers, or the parameters of a finding. */
function render(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v !== 'function') throw new Error(`not a text: ${String(v)}`);
  const n = v.length;
  const finding = { varian: 'x', bukti: 'b', target: 't', realisasi: 'r', capaian: 'c', n: 1, total: 2, tahun: 2023, skor: null, selisih: 1, kolom: 'target', teks: 'x', indikator: 'i', tertulis: 'a', terhitung: 'b', nNA: 0, apa: 'realisasi', nilai: '0', polaritas: 'positif', targetLain: 'x', tempatLain: 'y', targetRenstra: 'z', tempatRenstra: 'w', tinggi: true };
  const attempts: unknown[][] = [
    Array.from({ length: n }, () => 'X'),
    Array.from({ length: n }, (_, i) => (i % 2 ? 3 : 'X')),
    Array.from({ length: n }, () => ['X']),
    Array.from({ length: n }, () => 3),
    [finding],
  ];
  for (const args of attempts) {
    try {
      return String(v(...args));
    } catch {
      // the next shape of arguments
    }
  }
  throw new Error('no arguments fit');
}

test('Indonesian and English have exactly the same entries, none empty', () => {
  const id = leaves(KAMUS.id).map(([k]) => k).sort();
  const en = leaves(KAMUS.en).map(([k]) => k).sort();
  expect(en).toEqual(id);
  expect(id.length).toBeGreaterThan(200);
  for (const [k, v] of [...leaves(KAMUS.id), ...leaves(KAMUS.en)]) {
    expect([k, render(v).trim().length > 0]).toEqual([k, true]);
  }
});

test('an English text is not the Indonesian one for sentences (a missing translation shows)', () => {
  const en = new Map(leaves(KAMUS.en));
  const same = leaves(KAMUS.id)
    .filter(([k, v]) => typeof v === 'string' && (v as string).split(' ').length >= 4 && en.get(k) === v)
    .map(([k]) => k);
  expect(same).toEqual([]);
});

test('zod messages come from the dictionary through the error map, in both languages', () => {
  // Bands 80 then 90: the second bound is not below the first.
  const bad = { nama: 'X', bands: [{ min: 80, label: 'A' }, { min: 90, label: '' }], lainnya: 'B' };
  const id = validate(skalaKustomSchema, bad, 'id');
  const en = validate(skalaKustomSchema, bad, 'en');
  expect(id.success || en.success).toBe(false);
  if (id.success || en.success) return;
  const msg = (r: z.SafeParseError<unknown>, path: string) => r.error.issues.find((i) => i.path.join('.') === path)?.message;
  expect(msg(id, 'bands.1.min')).toBe('Batas bawah harus menurun: 90 tidak lebih kecil dari 80');
  expect(msg(en, 'bands.1.min')).toBe('Lower bounds must decrease: 90 is not below 80');
  expect(msg(id, 'bands.1.label')).toBe('Label tidak boleh kosong');
  expect(msg(en, 'bands.1.label')).toBe('The label must not be empty');
  // A bound typed as text: zod's own "Expected number, received string" never shows.
  const typed = validate(skalaKustomSchema, { ...bad, bands: [{ min: 'x', label: 'A' }] }, 'en');
  expect(typed.success).toBe(false);
  if (!typed.success) expect(typed.error.issues[0].message).toBe(kamus('en').zod.bukanAngka);
  expect(validasiSkalaKustom({ ...bad, bands: [] }, 'en')).toEqual({ ok: false, errors: ['bands: A scale needs at least one level'] });
});

test('settings warnings are in the language asked', () => {
  expect(readSettings('{not json', 'en').warnings).toEqual([kamus('en').zod.pengaturanBukanJson]);
  expect(readSettings('{"batasAtas": -5}', 'id').warnings).toEqual([
    // batasAtas is positive: -5 is not above 0.
    'Pengaturan "batasAtas" rusak dan diabaikan: Harus lebih dari 0.',
  ]);
});

test("Office's raw errors never reach the user: the code picks the dictionary's words", () => {
  const office = Object.assign(new Error('RichApi.Error: The requested resource does not exist.'), { code: 'ItemNotFound', name: 'RichApi.Error' });
  expect(pesanKesalahan(office, 'id')).toBe(kamus('id').kesalahan.tidakDitemukan);
  expect(pesanKesalahan(office, 'en')).toBe(kamus('en').kesalahan.tidakDitemukan);
  const editing = Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' });
  expect(pesanKesalahan(editing, 'id')).toMatch(/mode mengetik/);
  expect(pesanKesalahan(Object.assign(new Error('x'), { code: 'SomethingNew' }), 'id')).toBe(kamus('id').kesalahan.umum);
  expect(pesanKesalahan(new TypeError("Cannot read properties of undefined (reading 'x')"), 'en')).toBe(kamus('en').kesalahan.tidakTerduga);
  const ours = Object.assign(new Error('Lembar "A" diproteksi.'), { forUser: true });
  expect(pesanKesalahan(ours, 'id')).toBe('Lembar "A" diproteksi.');
});
