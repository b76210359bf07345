/**
 * PASANG.md, the admin's guide inside every release zip (scripts/release.js): the address and
 * version of this release filled in. The longer guide is docs/pemasangan.md in the repository.
 */
'use strict';

function pasang({ url, version, files }) {
  const origin = new URL(url).origin;
  const hashed = files.filter((f) => /\.[0-9a-f]{20}\.js$/.test(f));
  return `# Memasang Capaian PK ${version}

Paket ini berisi add-in Excel **Capaian PK** versi \`${version}\`, dibangun untuk alamat
**${url}**. Semua berkas di paket ini harus dapat dibuka di bawah alamat itu.

| berkas | guna |
|---|---|
| \`manifest.xml\` | manifest add-in: diunggah di Microsoft 365 admin center atau di Excel |
| \`taskpane.html\`, \`commands.html\` | halaman panel tugas dan perintah pita |
${hashed.map((f) => `| \`${f}\` | skrip (namanya memuat sidik isinya) |`).join('\n')}
| \`assets/\` | ikon |
| \`bantuan.html\` | halaman bantuan (tautan dukungan di manifest) |
| \`capaian-pk-luring.html\` | halaman luring untuk Excel 2016/2019 yang tidak dapat memasang add-in |
| \`PASANG.md\` | panduan ini |

## 1. Taruh berkas di server HTTPS

1. Ekstrak seluruh isi zip ke folder yang dilayani di \`${url}\` (server statis apa pun:
   IIS, nginx, Apache, penyimpanan objek dengan HTTPS). Jangan mengubah nama berkas.
2. Sertifikat TLS harus sah dan dipercaya komputer pengguna (bukan sertifikat buatan sendiri):
   Office tidak memuat add-in dari alamat HTTP atau dari sertifikat yang tidak dipercaya.
3. Header yang dianjurkan:
   - \`*.html\` dan \`manifest.xml\`: \`Cache-Control: no-cache\` (pengguna selalu mendapat halaman
     terbaru; skripnya berganti nama di setiap rilis);
   - \`*.<sidik>.js\`: \`Cache-Control: public, max-age=31536000, immutable\`;
   - \`assets/\`: \`Cache-Control: public, max-age=86400\`;
   - semua: \`X-Content-Type-Options: nosniff\` dan tipe konten yang benar (\`text/html\`,
     \`text/javascript\`, \`text/xml\`, \`image/png\`).
   - **Jangan** memasang \`X-Frame-Options: DENY\`/\`SAMEORIGIN\` atau \`Content-Security-Policy:
     frame-ancestors\` yang membatasi: Excel di web menampilkan panel tugas di dalam bingkai.
4. Periksa dari komputer pengguna: \`${url}taskpane.html\` terbuka tanpa peringatan sertifikat,
   dan \`${url}manifest.xml\` dapat diunduh.

Contoh nginx:

\`\`\`nginx
location ${new URL(url).pathname} {
    alias /srv/capaian-pk/;
    add_header X-Content-Type-Options nosniff always;
    location ~ \\.[0-9a-f]{20}\\.js$ { add_header Cache-Control "public, max-age=31536000, immutable" always; }
    location ~ \\.(html|xml)$       { add_header Cache-Control "no-cache" always; }
}
\`\`\`

## 2. Pasang untuk pengguna

**Microsoft 365 admin center (disarankan, untuk seluruh organisasi atau kelompok):**
masuk dengan akun admin yang berhak mengelola aplikasi terintegrasi > **Settings** > **Integrated apps** >
**Upload custom apps** > jenis aplikasi **Office Add-in** > unggah \`manifest.xml\` dari
perangkat ini (atau beri tautan \`${url}manifest.xml\`) > pilih pengguna atau grup > **Deploy**.
Add-in dapat memerlukan waktu hingga 24 jam sebelum muncul di pita Excel pengguna (tab
**Beranda**, grup **Capaian PK**).

**Excel di web (satu pengguna, untuk mencoba):** buka buku kerja di Excel untuk web >
**Beranda** > **Add-in** > **Add-in Lainnya** > **Add-in Saya** > **Unggah Add-in Saya** >
pilih \`manifest.xml\` > **Unggah**. (Di tampilan lama: **Sisipkan** > **Add-in Office**.)

**Excel di Windows lewat folder bersama (untuk mencoba):** taruh \`manifest.xml\` di folder
bersama jaringan (\`\\\\server\\katalog\`) > di Excel: **File** > **Opsi** > **Pusat Kepercayaan** >
**Pengaturan Pusat Kepercayaan** > **Katalog Add-in Tepercaya** > isi alamat katalog > **Tambahkan
katalog** > centang **Tampilkan di Menu** > **OK** > mulai ulang Excel > **Beranda** > **Add-in** >
**Add-in Lainnya** > **FOLDER BERSAMA** > **Capaian PK** > **Tambahkan**.

## 3. Memperbarui

Bangun rilis baru (versinya selalu lebih tinggi), ganti isi folder di server dengan isi zip baru,
lalu di admin center buka **Integrated apps** > **Capaian PK** > perbarui dengan \`manifest.xml\`
yang baru. Skrip berganti nama di setiap rilis dan halaman dilayani \`no-cache\`, jadi pengguna
mendapat versi baru saat panel dibuka berikutnya.

## 4. Excel yang tidak dapat memasang add-in

Excel 2016 dan 2019 (tanpa runtime bersama) tidak dapat menjalankan add-in ini. Bagikan
\`capaian-pk-luring.html\` (dari server ini atau sebagai berkas): dibuka di Chrome, Edge atau
Firefox, tanpa jaringan dan tanpa pemasangan, ia menghitung buku kerja yang dipilih dan
memberikan hasil \`hitung\` untuk diunduh. Data tidak pernah meninggalkan komputer.

Alamat asal add-in: \`${origin}\`. Versi manifest: \`${version}\`.
`;
}

module.exports = { pasang };
