/** The texts of the `Perbandingan Renstra` sheet, Indonesian and English. */
import type { RenstraComparison } from './types';

export interface Labels {
  title: string;
  sources: string;
  headers: string[];
  chartBlock: [string, string, string];
  chartTitle: string;
  trendTitle: string;
  trendHeaders: [string, string, string];
  target: string;
  realisasi: string;
  lineHeaders: [string, string, string];
  lineTitle: string;
  na: string;
  /** The note beside an average of the line-chart block that has no data (the cell stays empty). */
  noData: (year: number, what: 'target' | 'realisasi') => string;
}


export function labels(cmp: RenstraComparison, en: boolean): Labels {
  const N = cmp.year;
  const N1 = N - 1;
  const first = cmp.renstraYears[0];
  const last = cmp.lastYear;
  if (en) {
    return {
      title: `Comparison of ${N} performance with ${N1} and the Strategic Plan (Renstra) ${first}-${last} targets`,
      sources: `Sources: ${cmp.sources.join(', ')}`,
      headers: [
        'No',
        'Goal',
        'Performance Indicator',
        `Target ${N}`,
        `Actual ${N}`,
        `Achievement ${N}`,
        `Actual ${N1}`,
        `Achievement ${N1}`,
        `Strategic Plan Target ${N}`,
        `Strategic Plan End Target (${last})`,
        'Achievement against Strategic Plan End Target',
        'Notes',
      ],
      chartBlock: ['Indicator', `Target ${N}`, `Actual ${N}`],
      chartTitle: `Target and Actual ${N}`,
      trendTitle: `Strategic Plan targets and actuals ${first}-${last}`,
      trendHeaders: ['No', 'Performance Indicator', 'Item'],
      target: 'Target',
      realisasi: 'Actual',
      lineHeaders: ['Year', 'Average Strategic Plan target', 'Average actual'],
      lineTitle: `Trend ${first}-${last}: average target and actual`,
      na: 'N/A',
      noData: (y, what) => `${y}: no ${what === 'target' ? 'Strategic Plan target' : 'actual'} yet; the average is left empty.`,
    };
  }
  return {
    title: `Perbandingan Capaian Kinerja Tahun ${N} dengan Tahun ${N1} dan Target Renstra ${first}-${last}`,
    sources: `Sumber: ${cmp.sources.join(', ')}`,
    headers: [
      'No',
      'Sasaran',
      'Indikator Kinerja',
      `Target ${N}`,
      `Realisasi ${N}`,
      `Capaian ${N}`,
      `Realisasi ${N1}`,
      `Capaian ${N1}`,
      `Target Renstra ${N}`,
      `Target Akhir Renstra (${last})`,
      'Capaian terhadap Target Akhir Renstra',
      'Keterangan',
    ],
    chartBlock: ['Indikator', `Target ${N}`, `Realisasi ${N}`],
    chartTitle: `Target dan Realisasi ${N}`,
    trendTitle: `Target Renstra dan Realisasi ${first}-${last}`,
    trendHeaders: ['No', 'Indikator Kinerja', 'Uraian'],
    target: 'Target',
    realisasi: 'Realisasi',
    lineHeaders: ['Tahun', 'Rata-rata Target Renstra', 'Rata-rata Realisasi'],
    lineTitle: `Tren ${first}-${last}: rata-rata target dan realisasi`,
    na: 'N/A',
    noData: (y, what) => `${y}: belum ada ${what === 'target' ? 'target Renstra' : 'realisasi'}; rata-rata dikosongkan.`,
  };
}
