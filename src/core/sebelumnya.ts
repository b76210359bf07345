/**
 * The N-1 block of a two-year table (docs/aturan.md "Layouts": `2023` and `2022` each over
 * `Target Realisasi Capaian`, as LKjIP chapter III writes them) as a table of its own: each
 * indicator's N-1 values on the block's cells, reviewed with the same per-indicator rules as
 * year N (a wrong stated N-1 capaian is `capaian-tidak-sesuai` on its cell).
 */
import type { Skala } from './klasifikasi';
import { klasifikasikan } from './klasifikasi';
import { rataRata } from './capaian';
import { formatBukti, realisasiNihil } from './nihil';
import type { AnalysedTable, Indicator, OtherYear, ParsedValue, Polaritas } from './types';

/** The year-N capaian rule of analyse, given to this module (no import back into analyse). */
export type HitungCapaian = (
  target: ParsedValue | null,
  realisasi: ParsedValue | null,
  polaritas: Polaritas,
  nihil: { kandidat: boolean; teks: string[] },
) => Pick<Indicator, 'capaian' | 'dibatasi' | 'status' | 'alasanNA'>;

/** The year of the table's N-1 block: the latest block year before the table's own. */
export function tahunSebelumnya(t: Pick<AnalysedTable, 'kind' | 'year' | 'otherYears'>): number | null {
  if (t.kind !== 'pengukuran' || t.year === null) return null;
  const years = Object.keys(t.otherYears).map(Number).filter((y) => y < t.year!);
  return years.length ? Math.max(...years) : null;
}

function indikatorSebelumnya(ind: Indicator, oy: OtherYear, hitung: HitungCapaian, skala: Skala): Indicator {
  const polaritas: Polaritas = oy.target?.kind === 'range' ? 'rentang' : ind.polaritas === 'rentang' ? 'positif' : ind.polaritas;
  // The keterangan speaks of year N; only a realisasi written N/A, nihil, -, 0/0 is N-1 evidence.
  const raw = oy.realisasi?.raw ?? '';
  const nihil = realisasiNihil(raw) ? [formatBukti({ sumber: 'realisasi', teks: raw.trim() })] : [];
  const hasil = hitung(oy.target, oy.realisasi, polaritas, { kandidat: false, teks: nihil });
  const cells = { ...(ind.cells.indikator ? { indikator: ind.cells.indikator } : {}), ...oy.cells };
  return {
    ...ind,
    id: `${ind.id}@${oy.year}`,
    polaritas,
    target: oy.target,
    realisasi: oy.realisasi,
    capaianTertulis: oy.capaianTertulis,
    klasifikasiTertulis: null,
    ...hasil,
    klasifikasi: klasifikasikan(hasil.capaian, skala),
    nihil,
    cells,
    otherYears: [],
    notes: [],
    tw: [],
  };
}

/** The N-1 block as a table of its own, or null when the table has none. */
export function blokSebelumnya(t: AnalysedTable, hitung: HitungCapaian, skala: Skala): AnalysedTable | null {
  const year = tahunSebelumnya(t);
  if (year === null) return null;
  const items: Indicator[] = [];
  for (const ind of t.items) {
    const oy = ind.otherYears.find((o) => o.year === year);
    if (oy && (oy.target || oy.realisasi || oy.capaianTertulis)) items.push(indikatorSebelumnya(ind, oy, hitung, skala));
  }
  if (items.length === 0) return null;
  return {
    ...t,
    id: `${t.id}@${year}`,
    year,
    columns: { ...t.columns, ...t.otherYears[String(year)] },
    otherYears: {},
    averageRows: [],
    items,
    rataRata: rataRata(items.map((i) => i.capaian)),
  };
}
