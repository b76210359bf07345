/**
 * The satuan kerja a workbook belongs to, as its titles name it: `Rumah Tahanan Negara Kelas IIB
 * Balikpapan`, `LEMBAGA PEMASYARAKATAN KELAS II A KEROBOKAN`, `Rutan Kelas IIB Kupang` (from
 * `Perjanjian Kinerja Rutan Kelas IIB Kupang Tahun 2023`); else the file name without `.xlsx`.
 */
import { gridBottom, gridRight, textAt, type WorkbookSnapshot } from '../grid';

/** Words that open a unit's name in a title. */
const JENIS =
  /\b(rumah tahanan negara|rumah penyimpanan benda sitaan negara|lembaga pemasyarakatan perempuan|lembaga pemasyarakatan khusus anak|lembaga pembinaan khusus anak|lembaga pemasyarakatan|balai pemasyarakatan|kantor wilayah|cabang rutan|rutan|lapas|lpka|lpp|bapas|rupbasan|kanwil)\b/i;

/** Rows of each sheet looked at: titles sit above the tables. */
const BARIS_JUDUL = 8;

/** The unit's name in one title text, or null. */
export function satkerDariJudul(judul: string): string | null {
  const t = judul.replace(/\s+/g, ' ').trim();
  const m = JENIS.exec(t);
  if (!m) return null;
  const nama = t
    .slice(m.index)
    .replace(/\s+(tahun|ta\.?|t\.a\.?|periode|semester|triwulan|tw)\b.*$/i, '')
    .replace(/[\s.,:;()-]+$/, '');
  // A bare kind ('Rutan') without the place is no name.
  return nama.split(' ').length >= 2 ? nama : null;
}

export function namaBerkas(berkas: string): string {
  const base = berkas.split(/[\\/]/).pop() ?? berkas;
  return base.replace(/\.xlsx$/i, '');
}

/** The first unit name in the first rows of the sheets (in sheet order), else the file name. */
export function namaSatker(snapshot: WorkbookSnapshot, berkas: string): string {
  for (const g of snapshot.sheets) {
    const rows = Math.min(BARIS_JUDUL, gridBottom(g));
    const cols = Math.min(20, gridRight(g));
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const t = textAt(g, r, c);
        if (t.length < 6 || t.length > 250) continue;
        const nama = satkerDariJudul(t);
        if (nama) return nama;
      }
    }
  }
  return namaBerkas(berkas);
}
