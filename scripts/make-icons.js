#!/usr/bin/env node
/**
 * Writes the add-in icons assets/icon-{16,32,64,80,128}.png: a blue rounded square with three
 * rising white bars and a gold tick (capaian). Plain Node: zlib for the PNG IDAT, a CRC32 table.
 *   node scripts/make-icons.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** RGBA pixels (Uint8Array, size*size*4) -> PNG bytes. */
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage (0..1) of pixel (x, y) by a shape, 4x4 supersampled. */
function cover(x, y, inside) {
  let n = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) n++;
  return n / 16;
}

function draw(size) {
  const px = new Uint8Array(size * size * 4);
  const s = size;
  const r = s * 0.18; // corner radius
  const inSquare = (x, y) => {
    const cx = Math.min(Math.max(x, r), s - r);
    const cy = Math.min(Math.max(y, r), s - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const bars = [
    [0.2, 0.62],
    [0.42, 0.46],
    [0.64, 0.3],
  ].map(([x, top]) => (X, Y) => X >= x * s && X <= (x + 0.16) * s && Y >= top * s && Y <= 0.8 * s);
  const tick = (X, Y) => {
    // a thick polyline (0.18,0.36)-(0.3,0.48)-(0.52,0.2) scaled
    const seg = (ax, ay, bx, by) => {
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((X / s - ax) * dx + (Y / s - ay) * dy) / (dx * dx + dy * dy)));
      const qx = ax + t * dx - X / s;
      const qy = ay + t * dy - Y / s;
      return Math.sqrt(qx * qx + qy * qy) <= 0.045;
    };
    return seg(0.14, 0.3, 0.24, 0.4) || seg(0.24, 0.4, 0.44, 0.16);
  };
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const a = cover(x, y, inSquare);
      let rgb = [15, 108, 189]; // Fluent brand blue #0F6CBD
      const w = Math.max(...bars.map((b) => cover(x, y, b)));
      rgb = rgb.map((c) => Math.round(c * (1 - w) + 255 * w));
      if (size >= 32) {
        const t = cover(x, y, tick);
        const gold = [255, 200, 40];
        rgb = rgb.map((c, i) => Math.round(c * (1 - t) + gold[i] * t));
      }
      const o = (y * s + x) * 4;
      px[o] = rgb[0];
      px[o + 1] = rgb[1];
      px[o + 2] = rgb[2];
      px[o + 3] = Math.round(255 * a);
    }
  }
  return px;
}

function main() {
  const dir = path.resolve(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, png(size, draw(size)));
    console.log(`${path.relative(process.cwd(), file)} ${size}x${size}`);
  }
}

if (require.main === module) main();
module.exports = { png, draw, SIZES };
