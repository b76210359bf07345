/**
 * bantuan.html, the help page the released manifest's SupportUrl and LearnMoreUrl point at
 * (scripts/release.js): what the add-in does, where its buttons are, the offline page for older
 * Excel. Static, no script, nothing loaded from elsewhere.
 */
'use strict';

function bantuan({ version }) {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">
<title>Bantuan Capaian PK</title>
<style>body{font-family:'Segoe UI',system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .2rem}</style>
</head>
<body>
<h1>Capaian PK</h1>
<p>Add-in Excel untuk Perjanjian Kinerja (PK) dan LKjIP: mengenali tabel PK dan pengukuran kinerja,
mengisi <strong>Capaian</strong> dan <strong>Klasifikasi</strong>, dan memberi <strong>temuan</strong>
pada sel yang perlu diperiksa. Versi ${version}.</p>
<h2>Memakai</h2>
<ol>
<li>Buka lembar yang berisi tabel pengukuran kinerja.</li>
<li>Tab <strong>Beranda</strong> &gt; grup <strong>Capaian PK</strong> &gt; <strong>Hitung Capaian</strong>
(mengisi capaian dan klasifikasi) atau <strong>Periksa</strong> (hanya komentar).</li>
<li><strong>Buka Panel</strong> untuk ringkasan, daftar temuan, pengaturan skala dan <strong>Pulihkan</strong>.</li>
</ol>
<p>Semua perhitungan berjalan di Excel Anda: tidak ada data buku kerja yang dikirim ke mana pun.</p>
<h2>Excel 2016 atau 2019</h2>
<p>Versi ini tidak dapat memasang add-in. Pakai <a href="capaian-pk-luring.html">halaman luring</a>:
dibuka di peramban, tanpa jaringan, memberi buku kerja hasil hitung untuk diunduh.</p>
<h2>Masalah</h2>
<p>Hubungi admin TI yang memasang add-in ini di organisasi Anda, dengan nama berkas dan pesan yang muncul.</p>
</body>
</html>
`;
}

module.exports = { bantuan };
