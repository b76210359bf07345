/**
 * The recogniser: finds PK tables on a sheet (DOMAIN.md "Layouts") and says what each column is.
 */
import type { Grid } from './grid';
import type { Settings } from './settings';
import type { Recognition } from './types';

export function recognizeSheet(grid: Grid, settings?: Pick<Settings, 'pemetaanKolom'>): Recognition {
  void grid; void settings;
  throw new Error('recognizeSheet: belum diimplementasikan');
}

/** Year from a sheet name or a title text ('Pengukuran 2023', 'Tahun 2022'), or null. */
export function yearFromText(text: string): number | null {
  void text;
  throw new Error('yearFromText: belum diimplementasikan');
}
