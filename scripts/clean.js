#!/usr/bin/env node
'use strict';
// Removes build output folders before a build, so a file deleted or moved in src/ never leaves
// its stale .js behind (Node would load dist/x.js before dist/x/index.js).
const fs = require('fs');
for (const dir of process.argv.slice(2)) fs.rmSync(dir, { recursive: true, force: true });
