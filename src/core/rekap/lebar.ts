/**
 * Column widths that fit the header and the values (in characters, within limits); a column whose
 * text is longer than the widest allowed wraps.
 */
import type { KolomRekap, NilaiRekap } from './types';

const MIN = 6;
const MAX = 60;

function panjang(v: NilaiRekap, format?: string): number {
  if (v === null) return 0;
  if (typeof v === 'number') return format ? Math.max(4, v.toFixed(2).length) : String(v).length;
  return Math.max(...v.split('\n').map((s) => s.length));
}

export function kolom(judul: string[], baris: NilaiRekap[][], format: Array<string | undefined> = []): KolomRekap[] {
  return judul.map((j, c) => {
    let w = j.length;
    for (const r of baris) w = Math.max(w, panjang(r[c] ?? null, format[c]));
    const k: KolomRekap = { judul: j, lebar: Math.min(MAX, Math.max(MIN, w + 2)) };
    if (format[c]) k.format = format[c];
    if (w + 2 > MAX) k.bungkus = true;
    return k;
  });
}
