#!/usr/bin/env node
'use strict';
// Entry of `capaian-pk`: runs the compiled CLI (built by `npm ci` through the `prepare` script).
let main;
try {
  ({ main } = require('../dist/cli/main.js'));
} catch (e) {
  process.stderr.write('capaian-pk belum dibangun: jalankan `npm ci` atau `npm run build:cli` lebih dulu.\n');
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`Galat tak terduga: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  }
);
