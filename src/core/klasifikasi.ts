/**
 * Klasifikasi scales: the three presets of docs/aturan.md and validated custom scales.
 */
import { colLetter } from './grid';
import { skalaKustomSchema, validate } from './settings';
import type { Lang } from '../i18n/lang';
import type { Settings, SkalaKustom, PresetId } from './settings';

export const TIDAK_DAPAT_DIUKUR = 'Tidak dapat diukur';

export interface Skala {
  id: PresetId | 'kustom';
  nama: string;
  /** Bands from the highest lower bound down. */
  bands: Array<{ min: number; label: string }>;
  /** Label below the last band. */
  lainnya: string;
  sumber: string;
}

/** A preset from its bounds and labels, highest first: `[[91, 'Sangat Tinggi'], ...]`. */
function preset(id: PresetId, nama: string, bands: Array<[number, string]>, lainnya: string, sumber: string): Skala {
  return { id, nama, bands: bands.map(([min, label]) => ({ min, label })), lainnya, sumber };
}

export const PRESETS: Record<PresetId, Skala> = {
  'permendagri-86': preset(
    'permendagri-86',
    'Permendagri 86/2017',
    [[91, 'Sangat Tinggi'], [76, 'Tinggi'], [66, 'Sedang'], [51, 'Rendah']],
    'Sangat Rendah',
    'Permendagri 86/2017, skala nilai peringkat kinerja (91-100, 76-90, 66-75, 51-65, <=50)',
  ),
  'baik-kurang': preset(
    'baik-kurang',
    'Sangat Baik - Sangat Kurang',
    [[91, 'Sangat Baik'], [76, 'Baik'], [66, 'Cukup'], [51, 'Kurang']],
    'Sangat Kurang',
    'Batas yang sama dengan Permendagri 86/2017, dipakai di beberapa LKjIP',
  ),
  keberhasilan: preset(
    'keberhasilan',
    'Predikat keberhasilan (e-SAKIP)',
    [[100, 'Sangat Berhasil'], [75, 'Berhasil'], [55, 'Cukup Berhasil']],
    'Kurang Berhasil',
    'Predikat capaian pada sistem e-SAKIP',
  ),
};

/** The scale the settings choose (custom when valid, else the preset; default permendagri-86). */
export function skalaDari(settings: Pick<Settings, 'skala' | 'skalaKustom'>): Skala {
  if (settings.skala === 'kustom') {
    const v = settings.skalaKustom ? validate(skalaKustomSchema, settings.skalaKustom) : null;
    if (v && v.success) {
      return { id: 'kustom', nama: v.data.nama, bands: v.data.bands, lainnya: v.data.lainnya, sumber: 'Skala kustom pengguna' };
    }
    return PRESETS['permendagri-86'];
  }
  return PRESETS[settings.skala] ?? PRESETS['permendagri-86'];
}

/** Tolerance for binary floating point: 91 computed as 90.99999999999999 is still 91. */
const EPS = 1e-9;

/** Label for a capaian (percent points); `Tidak dapat diukur` for null. */
export function klasifikasikan(capaian: number | null, skala: Skala): string {
  if (capaian === null || !Number.isFinite(capaian)) return TIDAK_DAPAT_DIUKUR;
  for (const b of skala.bands) if (capaian + EPS >= b.min) return b.label;
  return skala.lainnya;
}

function excelString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * Excel formula giving the label from a capaian cell, e.g. for a fraction cell F5:
 * =IF(ISNUMBER(F5),IF(ROUND(F5*100,9)>=91,"Sangat Tinggi",IF(...,"Sangat Rendah")),"Tidak dapat diukur").
 * `fraction` says whether the capaian cell is a fraction (0.8) or percent points (80).
 */
export function rumusKlasifikasi(capaianCell: string, skala: Skala, fraction: boolean): string {
  const x = fraction ? `ROUND(${capaianCell}*100,9)` : `ROUND(${capaianCell},9)`;
  let inner = excelString(skala.lainnya);
  for (let i = skala.bands.length - 1; i >= 0; i--) {
    const b = skala.bands[i];
    inner = `IF(${x}>=${b.min},${excelString(b.label)},${inner})`;
  }
  return `=IF(ISNUMBER(${capaianCell}),${inner},${excelString(TIDAK_DAPAT_DIUKUR)})`;
}

/**
 * The legend as the plan writes it for the klasifikasi formula: rows from the LOWEST band up, so
 * the numeric bounds are in ascending order as LOOKUP requires
 * (https://support.microsoft.com/en-us/office/lookup-function-446d94af-663b-451d-8251-369d5e3864cb):
 * ['< 51', 'Sangat Rendah'], [51, 'Rendah'], ..., [91, 'Sangat Tinggi'], ['N/A', 'Tidak dapat diukur'].
 * Bounds are numbers in percent points (the lowest band's bound and N/A are text).
 */
export function legendaNaik(skala: Skala): Array<[string | number, string]> {
  const last = skala.bands[skala.bands.length - 1];
  const rows: Array<[string | number, string]> = [[`< ${String(last.min).replace('.', ',')}`, skala.lainnya]];
  for (let i = skala.bands.length - 1; i >= 0; i--) rows.push([skala.bands[i].min, skala.bands[i].label]);
  rows.push(['N/A', TIDAK_DAPAT_DIUKUR]);
  return rows;
}

/** Where the legend of legendaNaik is on the sheet: its first row (the lowest band) and bound column. */
export interface LegendaPos {
  /** Sheet row of the lowest band (the first legendaNaik row). */
  row: number;
  /** Column of the bounds; the labels are in the next column. */
  col: number;
  /** Number of bands (the rows with a numeric bound). */
  bands: number;
}

function absCell(row: number, col: number): string {
  return `$${colLetter(col)}$${row}`;
}

/**
 * The short klasifikasi formula: a LOOKUP of the capaian (in percent points, rounded to 9 decimals
 * so 91 computed as 90.99999999999999 is still 91) over the legend's numeric bounds; below the
 * lowest bound LOOKUP gives #N/A and IFERROR takes the lowest band's label; a capaian that is not
 * a number gets the N/A label. For F5 (fraction) and a legend at L4:M9:
 *   =IF(ISNUMBER(F5),IFERROR(LOOKUP(ROUND(F5*100,9),$L$5:$L$8,$M$5:$M$8),$M$4),$M$9)
 */
export function rumusKlasifikasiLegenda(capaianCell: string, pos: LegendaPos, fraction: boolean): string {
  const x = fraction ? `ROUND(${capaianCell}*100,9)` : `ROUND(${capaianCell},9)`;
  const first = pos.row + 1;
  const last = pos.row + pos.bands;
  const bounds = `${absCell(first, pos.col)}:${absCell(last, pos.col)}`;
  const labels = `${absCell(first, pos.col + 1)}:${absCell(last, pos.col + 1)}`;
  const lowest = absCell(pos.row, pos.col + 1);
  const na = absCell(last + 1, pos.col + 1);
  return `=IF(ISNUMBER(${capaianCell}),IFERROR(LOOKUP(${x},${bounds},${labels}),${lowest}),${na})`;
}

/** The legend rows of a scale: ['>= 91', 'Sangat Tinggi'], ..., ['< 51', 'Sangat Rendah'], ['N/A', 'Tidak dapat diukur']. */
export function legendaSkala(skala: Skala): Array<[string, string]> {
  const rows: Array<[string, string]> = skala.bands.map((b) => [`>= ${String(b.min).replace('.', ',')}`, b.label]);
  const last = skala.bands[skala.bands.length - 1];
  rows.push([`< ${String(last.min).replace('.', ',')}`, skala.lainnya]);
  rows.push(['N/A', TIDAK_DAPAT_DIUKUR]);
  return rows;
}

export function validasiSkalaKustom(input: unknown, lang: Lang = 'id'): { ok: true; skala: SkalaKustom } | { ok: false; errors: string[] } {
  const r = validate(skalaKustomSchema, input, lang);
  if (r.success) return { ok: true, skala: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => {
      const where = i.path.length ? `${i.path.join('.')}: ` : '';
      return `${where}${i.message}`;
    }),
  };
}
