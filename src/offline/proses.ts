/**
 * The page's work on the files a user chose: each .xlsx through `hitung`, one bad file never
 * stopping the others, every refusal as one line for the user.
 */
import type { Lang } from '../app/host';
import { bangunRekap, namaSatker, type RekapMasukan } from '../core/rekap';
import { tulisRekap } from '../xlsx/rekap';
import { BerkasTidakTerbaca, hitungBuffer, type HasilHitung } from './hitung';
import { TEKS } from '../i18n/luring';

export interface Ditolak {
  file: string;
  galat: string;
}

export type HasilBerkas = HasilHitung | Ditolak;

export function ditolak(h: HasilBerkas): h is Ditolak {
  return 'galat' in h;
}

/** What the page needs of a chosen file (File in the browser; a stand-in in tests). */
export interface BerkasPilihan {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function prosesBerkas(files: BerkasPilihan[], lang: Lang): Promise<HasilBerkas[]> {
  const t = TEKS[lang];
  const out: HasilBerkas[] = [];
  for (const f of files) {
    if (!/\.xlsx$/i.test(f.name)) {
      out.push({ file: f.name, galat: t.notXlsx(f.name) });
      continue;
    }
    try {
      out.push(await hitungBuffer(await f.arrayBuffer(), f.name, lang));
    } catch (e) {
      if (e instanceof BerkasTidakTerbaca) out.push({ file: f.name, galat: e.message });
      else {
        console.error(e); // for whoever opens the console; the user gets one line
        out.push({ file: f.name, galat: t.unexpected(f.name) });
      }
    }
  }
  return out;
}

/**
 * The `rekap` workbook of several results, as `capaian-pk rekap` writes it for the same files:
 * src/core/rekap builds it, src/xlsx/rekap.ts writes the bytes.
 */
export async function rekapBytes(hasil: HasilBerkas[]): Promise<Uint8Array> {
  const masukan: RekapMasukan[] = hasil.map((h) =>
    ditolak(h) ? { berkas: h.file, galat: h.galat } : { berkas: h.file, satker: namaSatker(h.snapshot, h.file), analysis: h.analysis },
  );
  return tulisRekap(bangunRekap(masukan));
}
