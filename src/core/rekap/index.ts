export { bangunRekap, judulSatker, type OpsiRekap } from './bangun';
export { namaSatker, satkerDariJudul, namaBerkas } from './satker';
export { LEMBAR_REKAP, type BukuRekap, type LembarRekap, type RekapMasukan, type NilaiRekap } from './types';
export { aturanWarna, labelSkala, TEKS_NA } from './warna';
