/** `capaian-pk --help` (Indonesian; docs/baris-perintah.md says the same at length). */
import { PRESET_IDS } from '../core/settings';

export const HELP = `capaian-pk: menghitung capaian dan klasifikasi Perjanjian Kinerja (PK/LKjIP) dan memeriksa temuannya.

Pemakaian:
  capaian-pk periksa BERKAS.xlsx|FOLDER... [--json] [--rekursif] [--skala ID] [--tahun N]
  capaian-pk hitung  BERKAS.xlsx|FOLDER... [-o KELUARAN] [--rekursif] [--skala ID] [--tahun N] [--paksa]
  capaian-pk rekap   BERKAS.xlsx|FOLDER... -o REKAP.xlsx [--rekursif] [--skala ID] [--tahun N]

Perintah:
  periksa   Membaca buku kerja dan melaporkan tabel yang dikenali, capaian dan temuan.
            Berkas tidak pernah diubah.
  hitung    Menulis buku kerja baru (bawaan: BERKAS.capaian.xlsx, tidak pernah menimpa
            berkas masukan): capaian dan klasifikasi diisi, komentar pada setiap sel yang
            bertemuan, lembar Temuan, dan Perbandingan Renstra bila ada matriks Renstra.
  rekap     Menulis satu buku kerja rekap untuk Kanwil: Rekap Satker, Rekap Indikator
            (capaian per satuan kerja berwarna menurut klasifikasi), Temuan, Tidak Terbaca.

Beberapa berkas dan folder dapat diberikan sekaligus (folder: setiap .xlsx di dalamnya,
kecuali keluaran *.capaian.xlsx). Berkas yang tidak dapat dipakai dilaporkan dengan
alasannya dan tidak menghentikan berkas lain.

Opsi:
  --json          (periksa) cetak satu objek JSON; untuk beberapa berkas satu objek per baris.
  -o, --output    (hitung) berkas keluaran; untuk beberapa berkas sebuah folder.
                  (rekap) berkas rekap (bawaan: rekap.xlsx).
  --rekursif      masuk juga ke subfolder.
  --skala ID      skala klasifikasi: ${PRESET_IDS.join(', ')}.
  --tahun N       tahun pengukuran N (mis. 2023).
  --paksa         (hitung) tetap menulis walau keluaran akan kehilangan sesuatu dari
                  masukan (rumus array yang terpotong, gambar atau grafik pada lembar hasil
                  lama yang diganti); tanpa opsi ini hal itu disebutkan dan tidak ditulis.
  -h, --help      tampilkan bantuan ini.

Pengaturan yang tersimpan di buku kerja dipakai; opsi di baris perintah menggantikannya.

Kode keluar:
  0  tidak ada temuan galat
  1  ada temuan galat (pada beberapa berkas: di sedikitnya satu buku kerja)
  2  masukan tidak dapat dipakai (berkas tidak ada/tidak terbaca, bukan .xlsx,
     tidak ada tabel PK yang dikenali, opsi salah, atau keluaran akan kehilangan
     isi masukan tanpa --paksa); pada beberapa berkas: tidak ada
     satu pun yang dapat dipakai
`;
