/**
 * Klasifikasi scales: the three presets of DOMAIN.md and validated custom scales.
 */
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

export const PRESETS: Record<PresetId, Skala> = {} as Record<PresetId, Skala>;

/** The scale the settings choose (custom when valid, else the preset). */
export function skalaDari(settings: Pick<Settings, 'skala' | 'skalaKustom'>): Skala {
  void settings;
  throw new Error('skalaDari: belum diimplementasikan');
}

/** Label for a capaian (percent points); `Tidak dapat diukur` for null. */
export function klasifikasikan(capaian: number | null, skala: Skala): string {
  void capaian; void skala;
  throw new Error('klasifikasikan: belum diimplementasikan');
}

/**
 * Excel formula giving the label from a capaian cell, e.g. for a fraction cell F5:
 * =IF(ISNUMBER(F5),IF(F5*100>=91,"Sangat Tinggi",IF(...)),"Tidak dapat diukur").
 * `fraction` says whether the capaian cell is a fraction (0.8) or percent points (80).
 */
export function rumusKlasifikasi(capaianCell: string, skala: Skala, fraction: boolean): string {
  void capaianCell; void skala; void fraction;
  throw new Error('rumusKlasifikasi: belum diimplementasikan');
}

export function validasiSkalaKustom(input: unknown): { ok: true; skala: SkalaKustom } | { ok: false; errors: string[] } {
  void input;
  throw new Error('validasiSkalaKustom: belum diimplementasikan');
}
