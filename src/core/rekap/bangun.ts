/**
 * Builds the rekap workbook (four sheets) from the analysed and the refused inputs. Pure: the same
 * inputs give the same specs, in Node or in a browser.
 */
import { a1, colLetter } from '../grid';
import { kamus } from '../../i18n';
import { skalaDari, type Skala } from '../klasifikasi';
import { TINGKAT_FILL } from '../plan';
import type { Settings } from '../settings';
import { barisIndikator, kelompokkanIndikator } from './indikator';
import { kolom } from './lebar';
import { indikatorPengukuran, ringkasSatker } from './ringkasan';
import { LEMBAR_REKAP, type BukuRekap, type LembarRekap, type NilaiRekap, type RekapMasukan, type WarnaRekap } from './types';
import { aturanWarna, labelSkala } from './warna';

type Terbaca = Extract<RekapMasukan, { analysis: unknown }>;
type Ditolak = Extract<RekapMasukan, { galat: string }>;

const PERSEN = '0.00';

export interface OpsiRekap {
  /** The scale the klasifikasi counts and colours follow (default Permendagri 86/2017). */
  skala?: Settings['skala'];
  skalaKustom?: Settings['skalaKustom'];
}

/** Column headers of the satker: their names, with the file added where two share one. */
export function judulSatker(terbaca: Terbaca[]): string[] {
  const n = new Map<string, number>();
  for (const t of terbaca) n.set(t.satker, (n.get(t.satker) ?? 0) + 1);
  return terbaca.map((t) => ((n.get(t.satker) ?? 0) > 1 ? `${t.satker} (${t.berkas})` : t.satker));
}

function lembarSatker(terbaca: Terbaca[], skala: Skala): LembarRekap {
  const labels = labelSkala(skala);
  const judul = ['No', 'Berkas', 'Satuan kerja', 'Tahun', 'Indikator', 'Capaian dihitung', 'N/A', 'Rata-rata capaian', ...labels, 'Galat', 'Peringatan', 'Info'];
  const baris = terbaca.map((t, k): NilaiRekap[] => {
    const r = ringkasSatker(t.analysis, skala);
    return [k + 1, t.berkas, t.satker, r.tahun, r.indikator, r.capaian, r.na, r.rataRata, ...labels.map((l) => r.perLabel.get(l) ?? 0), r.galat, r.peringatan, r.info];
  });
  const format = judul.map((j) => (j === 'Rata-rata capaian' ? PERSEN : undefined));
  const warna = baris.length ? [{ ref: `H2:H${baris.length + 1}`, aturan: aturanWarna(skala, 'H2') }] : [];
  return { nama: LEMBAR_REKAP.satker, kolom: kolom(judul, baris, format), baris, warna };
}

function lembarIndikator(terbaca: Terbaca[], skala: Skala): LembarRekap {
  const satker = judulSatker(terbaca);
  const rows = kelompokkanIndikator(terbaca.map((t) => indikatorPengukuran(t.analysis)));
  const judul = ['No', 'Indikator', 'Jumlah satker', 'Rata-rata capaian', 'Nama serupa (tidak digabung)', ...satker];
  const baris = rows.map((b, k) => barisIndikator(b, k + 1));
  const format = judul.map((_, c) => (c === 3 || c >= 5 ? PERSEN : undefined));
  const warna = [];
  if (baris.length > 0) {
    warna.push({ ref: `D2:D${baris.length + 1}`, aturan: aturanWarna(skala, 'D2') });
    if (satker.length > 0) {
      const first = a1(2, 6);
      warna.push({ ref: `${first}:${colLetter(5 + satker.length)}${baris.length + 1}`, aturan: aturanWarna(skala, first) });
    }
  }
  return { nama: LEMBAR_REKAP.indikator, kolom: kolom(judul, baris, format), baris, warna };
}

/** The Tingkat cell's fill per severity (the unit workbooks' Temuan sheet uses the same). */
function warnaTingkat(n: number): WarnaRekap[] {
  if (n === 0) return [];
  const aturan = (['galat', 'peringatan', 'info'] as const).map((t) => ({ label: t, rumus: `F2="${t}"`, isi: TINGKAT_FILL[t], teks: '000000' }));
  return [{ ref: `F2:F${n + 1}`, aturan }];
}

function lembarTemuan(terbaca: Terbaca[]): LembarRekap {
  // as the Temuan sheet of each workbook: the rule in words, its id in a column of its own for filtering
  const judul = ['No', 'Satuan kerja', 'Berkas', 'Lembar', 'Sel', 'Tingkat', 'Aturan', 'Pesan', 'Kode aturan'];
  const nama = kamus('id').ui.rule;
  const baris: NilaiRekap[][] = [];
  for (const t of terbaca) {
    for (const f of t.analysis.findings) {
      baris.push([baris.length + 1, t.satker, t.berkas, f.sheet, f.cell, f.severity, nama[f.rule], f.message.replace(/\s*\n\s*/g, ' '), f.rule]);
    }
  }
  return { nama: LEMBAR_REKAP.temuan, kolom: kolom(judul, baris), baris, warna: warnaTingkat(baris.length) };
}

function lembarTidakTerbaca(ditolak: Ditolak[]): LembarRekap {
  const judul = ['No', 'Berkas', 'Alasan'];
  const baris = ditolak.map((d, k): NilaiRekap[] => [k + 1, d.berkas, d.galat]);
  return { nama: LEMBAR_REKAP.tidakTerbaca, kolom: kolom(judul, baris), baris, warna: [] };
}

export function bangunRekap(masukan: RekapMasukan[], opsi: OpsiRekap = {}): BukuRekap {
  const skala = skalaDari({ skala: opsi.skala ?? 'permendagri-86', skalaKustom: opsi.skalaKustom ?? null });
  const terbaca = masukan.filter((m): m is Terbaca => 'analysis' in m);
  const ditolak = masukan.filter((m): m is Ditolak => 'galat' in m);
  return { lembar: [lembarSatker(terbaca, skala), lembarIndikator(terbaca, skala), lembarTemuan(terbaca), lembarTidakTerbaca(ditolak)] };
}
