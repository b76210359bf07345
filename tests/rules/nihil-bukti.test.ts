import { buktiNihil, formatBukti, realisasiNihil, teksNihil } from '../../src/core/nihil';
import type { Cell } from '../../src/core/grid';

const cell = (text: string): Cell => ({ row: 5, col: 7, value: text, text, format: 'General', formula: null });

describe('zero-case evidence', () => {
  it.each(['Tidak ada ibu hamil', 'Rutan tidak memiliki layanan rehabilitasi', 'Nihil', '0 orang peserta', 'Realisasi disesuaikan dengan target'])(
    "reads '%s' as evidence",
    (t) => expect(teksNihil(t)).toBe(true),
  );

  it.each(['Tidak ada kendala', 'Terlaksana 10 orang', 'Tercapai', '', '100 orang'])("does not read '%s' as evidence", (t) =>
    expect(teksNihil(t)).toBe(false),
  );

  it('takes realisasi written as N/A, nihil, -, 0/0 or 0 dari 0, but not 0 or 97%', () => {
    for (const t of ['N/A', 'nihil', '-', '0/0', '0 dari 0']) expect(realisasiNihil(t)).toBe(true);
    for (const t of ['0', '97%', '', '10/12']) expect(realisasiNihil(t)).toBe(false);
  });

  it('gathers keterangan and realisasi evidence of a pengukuran indicator', () => {
    const h = buktiNihil({ cells: { keterangan: cell('tidak ada ibu hamil') }, notes: ['tidak ada ibu hamil'], tw: [] }, 'pengukuran', 'N/A');
    expect(h.kandidat).toBe(false);
    expect(h.bukti.map(formatBukti)).toEqual(["keterangan: 'tidak ada ibu hamil'", "realisasi ditulis 'N/A'"]);
  });

  it("marks a Rencana Aksi 'Tidak ada ...' TW note as a candidate only, once for four quarters", () => {
    const text = ['Tidak ada Ibu Hamil dan Menyusui'];
    const tw = (['TW I', 'TW II', 'TW III', 'TW IV'] as const).map((label, k) => ({ label, row: 20 + k, texts: text }));
    const h = buktiNihil({ cells: {}, notes: [], tw }, 'rencana-aksi');
    expect(h.kandidat).toBe(true);
    expect(h.bukti.map(formatBukti)).toEqual(["tw: 'Tidak ada Ibu Hamil dan Menyusui'"]);
  });

  it('gives no evidence when realisasi merely equals the target', () => {
    const h = buktiNihil({ cells: { keterangan: cell('Tercapai sesuai target') }, notes: [], tw: [] }, 'pengukuran', '97%');
    expect(h.bukti).toEqual([]);
  });
});
