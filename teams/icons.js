#!/usr/bin/env node
// Draws the Teams app icons (`node teams/icons.js`) so they can be regenerated without an image
// editor or a new package: color.png (192x192, full colour) and outline.png (32x32, white on
// transparent), the two sizes the Teams manifest requires. The glyph is "FV" built from a few
// shapes on a 16x9 design grid; 4x4 supersampling gives smooth edges.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const TEAL = [0x0f, 0x6b, 0x73];
const WHITE = [0xff, 0xff, 0xff];

// --- shapes, in design units (x right, y down) ---------------------------------------------
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

function stroke(ax, ay, bx, by, halfWidth) {
  return (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= halfWidth;
  };
}

// F: upright, top bar, shorter middle bar. V: two strokes meeting at the baseline, tops cut flat.
const GLYPH_W = 16;
const GLYPH_H = 9;
const glyphParts = [
  rect(0, 0, 2, 9),
  rect(0, 0, 6.2, 2),
  rect(0, 3.9, 5.2, 5.8),
  stroke(8.6, 0, 12, 8, 1.05),
  stroke(15.4, 0, 12, 8, 1.05)
];
const inGlyph = (x, y) => y >= 0 && y <= GLYPH_H && glyphParts.some((part) => part(x, y));

function roundedSquare(size, radius) {
  return (x, y) => {
    const qx = Math.max(radius - x, x - (size - radius), 0);
    const qy = Math.max(radius - y, y - (size - radius), 0);
    return qx * qx + qy * qy <= radius * radius;
  };
}

// --- rasterising -------------------------------------------------------------------------------
const SAMPLES = 4;

function coverage(inside, px, py) {
  let hits = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      if (inside(px + (i + 0.5) / SAMPLES, py + (j + 0.5) / SAMPLES)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

// Maps pixel coordinates to the glyph grid, centred, `unit` pixels per design unit.
function placedGlyph(size, unit) {
  const ox = (size - GLYPH_W * unit) / 2;
  const oy = (size - GLYPH_H * unit) / 2;
  return (x, y) => inGlyph((x - ox) / unit, (y - oy) / unit);
}

function draw(size, pixel) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      rgba.set([r, g, b, a], (y * size + x) * 4);
    }
  }
  return rgba;
}

function colorIcon(size) {
  const background = roundedSquare(size, size * 0.125);
  const glyph = placedGlyph(size, size / 27);
  return draw(size, (x, y) => {
    const bg = coverage(background, x, y);
    const fg = coverage(glyph, x, y);
    const mix = TEAL.map((c, i) => Math.round(c * (1 - fg) + WHITE[i] * fg));
    return [...mix, Math.round(255 * bg)];
  });
}

// Teams shows the outline icon tinted on coloured bars, so it must be pure white plus alpha.
function outlineIcon(size) {
  const glyph = placedGlyph(size, size / 19);
  return draw(size, (x, y) => [...WHITE, Math.round(255 * coverage(glyph, x, y))]);
}

// --- PNG (8-bit RGBA, no filtering) ------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, no filter, no interlace
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

if (require.main === module) {
  const out = (name, size, rgba) => {
    fs.writeFileSync(path.join(__dirname, name), png(size, rgba));
    console.log(`wrote teams/${name} (${size}x${size})`);
  };
  out('color.png', 192, colorIcon(192));
  out('outline.png', 32, outlineIcon(32));
}

module.exports = { png, colorIcon, outlineIcon };
