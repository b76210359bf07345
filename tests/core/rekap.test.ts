/** The rekap's core: unit names from titles, near names across workbooks, colour rules. */
import fc from 'fast-check';
import { namaSatker, satkerDariJudul } from '../../src/core/rekap';
import { aturanWarna } from '../../src/core/rekap/warna';
import { NEAR_MATCH, normaliseName, pasanganSerupa, tokenOverlap } from '../../src/core/names';
import { PRESETS } from '../../src/core/klasifikasi';
import type { Grid } from '../../src/core/grid';

describe('satkerDariJudul', () => {
  test.each([
    ['Tabel 3.1 Capaian Perjanjian Kinerja Rumah Tahanan Negara Kelas IIB Balikpapan', 'Rumah Tahanan Negara Kelas IIB Balikpapan'],
    ['LEMBAGA PEMASYARAKATAN KELAS II A KEROBOKAN', 'LEMBAGA PEMASYARAKATAN KELAS II A KEROBOKAN'],
    ['Perjanjian Kinerja Rutan Kelas IIB Kupang Tahun 2023', 'Rutan Kelas IIB Kupang'],
    ['LAPAS KELAS II A KEROBOKAN TAHUN ANGGARAN 2024', 'LAPAS KELAS II A KEROBOKAN'],
    ['Laporan Kinerja Kantor Wilayah Kementerian Hukum dan HAM NTT, Tahun 2023', 'Kantor Wilayah Kementerian Hukum dan HAM NTT'],
  ])('%s -> %s', (judul, nama) => {
    expect(satkerDariJudul(judul)).toBe(nama);
  });
  test.each(['Tabel III.1 Target Pencapaian Kinerja Tahun 2023', 'Indeks keamanan dan ketertiban', 'Rutan'])('no unit in %s', (judul) => {
    expect(satkerDariJudul(judul)).toBeNull();
  });
  test('namaSatker: the first title naming a unit, else the file name', () => {
    const grid = (sheet: string, text: string[][]): Grid => ({ sheet, top: 1, left: 1, values: text, text, formats: [], formulas: [], merges: [] }) as unknown as Grid;
    const a = { file: 'x.xlsx', sheets: [grid('PK', [['a. Indikator Kinerja Utama']]), grid('Capaian', [[''], ['', 'Capaian Kinerja Lapas Kelas IIB Atambua']])] };
    expect(namaSatker(a as never, 'satker/atambua-2023.xlsx')).toBe('Lapas Kelas IIB Atambua');
    const b = { file: 'x.xlsx', sheets: [grid('PK', [['a. Indikator Kinerja Utama']])] };
    expect(namaSatker(b as never, 'satker/soe-2023.xlsx')).toBe('soe-2023');
  });
});

describe('pasanganSerupa', () => {
  test('the same pairs as comparing every pair by hand (tokenOverlap >= NEAR_MATCH)', () => {
    const word = fc.constantFrom('persentase', 'tahanan', 'narapidana', 'layanan', 'kesehatan', 'indeks', 'kepuasan', 'masyarakat', 'dokumen', 'di', 'yang', 'sesuai', 'standar', 'blok', 'anak');
    const name = fc.array(word, { minLength: 1, maxLength: 9 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), (names) => {
        const keys = [...new Set(names.map(normaliseName))].filter((k) => k !== '');
        const brute: string[] = [];
        for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) if (tokenOverlap(keys[i], keys[j]) >= NEAR_MATCH) brute.push(`${i}-${j}`);
        const got = pasanganSerupa(keys).map((p) => `${p.i}-${p.j}`);
        expect(got.slice().sort()).toEqual(brute.sort());
      }),
      { numRuns: 300 },
    );
  });
  test('a worked pair: 11 and 10 words, all 10 shared: 2*10/21', () => {
    const a = normaliseName('1. Persentase pemenuhan layanan makanan bagi Tahanan /Narapidana/Anak sesuai dengan standar');
    const b = normaliseName('Persentase pemenuhan layanan makanan bagi Tahanan/Narapidana/Anak sesuai standar');
    const c = normaliseName('Indeks kepuasan masyarakat');
    const got = pasanganSerupa([a, c, b]);
    expect(got).toHaveLength(1);
    expect(got[0].i).toBe(0);
    expect(got[0].j).toBe(2);
    expect(got[0].score).toBeCloseTo(20 / 21, 12);
  });
});

test('aturanWarna: one expression per label, bands without gaps or overlaps', () => {
  const rules = aturanWarna(PRESETS.keberhasilan, 'C2');
  expect(rules.map((r) => [r.label, r.rumus])).toEqual([
    ['Sangat Berhasil', 'AND(ISNUMBER(C2),ROUND(C2,9)>=100)'],
    ['Berhasil', 'AND(ISNUMBER(C2),ROUND(C2,9)>=75,ROUND(C2,9)<100)'],
    ['Cukup Berhasil', 'AND(ISNUMBER(C2),ROUND(C2,9)>=55,ROUND(C2,9)<75)'],
    ['Kurang Berhasil', 'AND(ISNUMBER(C2),ROUND(C2,9)<55)'],
    ['Tidak dapat diukur', 'C2="N/A"'],
  ]);
});
