import { ruleById } from '../../src/core/rules';
import { buktiTeks } from '../../src/i18n/temuan';
import { ctxOf, ind, na, pct, tabel } from './factory';

const run = (id: Parameters<typeof ruleById>[0], t: ReturnType<typeof tabel>[], lang: 'id' | 'en' = 'id') => ruleById(id).run(ctxOf(t, { lang }));

describe('nihil-disamakan-target', () => {
  // Seed 001 Tabel III.1, indicator 3 (maternal): target 97%, realisasi 97%, stated capaian 100%,
  // with a keterangan saying there were no pregnant inmates.
  const maternal = ind(6, {
    indikator: '3. Persentase Tahanan dan Narapidana perempuan (ibu hamil dan menyusui) mendapat akses layanan kesehatan maternal',
    target: pct(97),
    realisasi: pct(97),
    capaianTertulis: pct(100),
    nihil: ["keterangan: 'tidak ada ibu hamil'"],
  });

  it('fires on the realisasi cell when realisasi was set equal to the target', () => {
    const f = run('nihil-disamakan-target', [tabel('pengukuran', [maternal])]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'nihil-disamakan-target', severity: 'galat', sheet: 'Pengukuran 2023', cell: 'E6', row: 6 });
    expect(f[0].message).toBe(
      "Tidak ada kasus (keterangan: 'tidak ada ibu hamil'), tetapi realisasi 97% disamakan dengan target 97%. " +
        "Tulis realisasi N/A dan biarkan capaian 'Tidak dapat diukur'; indikator ini dikeluarkan dari rata-rata.",
    );
  });

  it('has an English message', () => {
    const f = run('nihil-disamakan-target', [tabel('pengukuran', [maternal])], 'en');
    expect(f[0].message).toContain('realisasi 97% was set equal to the target 97%');
    expect(f[0].message).toContain("remark: 'tidak ada ibu hamil'");
  });

  it('fires on the capaian cell when realisasi is N/A but a capaian of 100% is still reported', () => {
    const i = ind(7, { target: pct(90), realisasi: na('N/A'), capaianTertulis: pct(100), nihil: ["realisasi ditulis 'N/A'"] });
    const f = run('nihil-disamakan-target', [tabel('pengukuran', [i])]);
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe('F7');
    expect(f[0].message).toContain("realisasi ditulis 'N/A'");
    expect(f[0].message).toContain('capaian 100% tetap dilaporkan');
  });

  it('does not fire when realisasi equals target without evidence of zero cases', () => {
    const i = ind(6, { target: pct(97), realisasi: pct(97), capaianTertulis: pct(100), capaian: 100 });
    expect(run('nihil-disamakan-target', [tabel('pengukuran', [i])])).toEqual([]);
  });

  it('does not fire when the zero case is written correctly (N/A, no capaian)', () => {
    const i = ind(7, { target: pct(90), realisasi: na('N/A'), capaianTertulis: na('N/A'), nihil: ["realisasi ditulis 'N/A'"] });
    expect(run('nihil-disamakan-target', [tabel('pengukuran', [i])])).toEqual([]);
  });
});

describe('nihil-dinilai-nol', () => {
  // Seed 002: rehabilitation indicator, target 25, realisasi 0, capaian 0, with no participants.
  const rehab = ind(9, {
    indikator: 'Persentase Perubahan Kualitas Hidup Pecandu/Penyalahguna/Korban penyalahgunaan Narkotika',
    target: pct(25),
    realisasi: pct(0),
    capaianTertulis: pct(0),
    nihil: ["keterangan: 'tidak memiliki peserta rehabilitasi'"],
  });

  it('fires on the realisasi cell with the zero in the message', () => {
    const f = run('nihil-dinilai-nol', [tabel('pengukuran', [rehab])]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'nihil-dinilai-nol', severity: 'peringatan', cell: 'E9', row: 9 });
    expect(f[0].message).toContain("Tidak ada kasus (keterangan: 'tidak memiliki peserta rehabilitasi'), tetapi realisasi ditulis 0%");
    expect(f[0].message).toContain('N/A');
  });

  it('is not also reported as nihil-disamakan-target', () => {
    expect(run('nihil-disamakan-target', [tabel('pengukuran', [rehab])])).toEqual([]);
  });

  it('does not fire on a realisasi of 0 without evidence of zero cases (a real failure)', () => {
    const i = ind(9, { target: pct(25), realisasi: pct(0), capaianTertulis: pct(0), capaian: 0 });
    expect(run('nihil-dinilai-nol', [tabel('pengukuran', [i])])).toEqual([]);
  });
});

describe('evidence in English messages', () => {
  it('translates the evidence labels, keeping the quoted texts and cells', () => {
    expect(buktiTeks("keterangan: 'tidak ada ibu hamil'", 'en')).toBe("remark: 'tidak ada ibu hamil'");
    expect(buktiTeks("realisasi ditulis '-' pada 'Capaian 2022'!C31", 'en')).toBe("realisasi written as '-' at 'Capaian 2022'!C31");
    expect(buktiTeks("realisasi ditulis '-' pada 'Capaian 2022'!C31", 'id')).toBe("realisasi ditulis '-' pada 'Capaian 2022'!C31");
  });
});
