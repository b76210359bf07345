#!/usr/bin/env node
'use strict';
// `npm run demo`: capaian-pk hitung on the bundled sample workbook. The sample holds the real
// mistakes of the source report, so the CLI exits 1 (galat findings present); that is the
// expected outcome here, and only an unusable input (exit 2) fails the demo.
const path = require('path');
const { main } = require('../dist/cli/main.js');
const input = path.join('samples', 'kupang-2023.xlsx');
main(['hitung', input]).then((code) => {
  if (code === 1) process.stdout.write('\n(Kode keluar 1: ada temuan galat di buku kerja contoh, sesuai yang diharapkan.)\n');
  process.exitCode = code === 2 ? 2 : 0;
});
