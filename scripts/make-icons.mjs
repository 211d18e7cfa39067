// Renders the app icon from assets/icon.svg into everything the app and electron-builder use:
//   assets/icon.png        1024×1024, the window icon (copied to <resources>/icon.png) and the master PNG
//   assets/icons/NxN.png   the Linux icon set (AppImage, deb)
//   assets/icon.ico        Windows (NSIS installer and the .exe): 16–256 px
//   assets/icon.icns       macOS (app bundle and dmg): 16–1024 px
// Shipping ready-made .ico/.icns means electron-builder never has to fetch its icon converter.
//
// Usage: node scripts/make-icons.mjs [--preview]   (--preview also writes .tmp/icon-preview.png, a sheet
// of every size magnified, to check legibility at 16 and 32 px).
// Needs Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own download.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import CHROMIUM from './chromium.json' with { type: 'json' };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const assets = path.join(root, 'assets');

/** At or below this size the artwork drops its thin text lines (class="small" on the root). */
const SMALL_MAX = 48;
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256];
/** ICNS element types that hold PNG data, by pixel size (the @2x types reuse the larger renderings). */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync(CHROMIUM.executablePath) ? CHROMIUM.executablePath : undefined);

async function render(svg, sizes) {
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM.args,
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    // Draws the SVG into a canvas at each size (vector-rasterized at that size, not downscaled), and
    // returns both the PNG and the raw RGBA pixels (the small .ico entries are bitmaps).
    const out = await page.evaluate(
      async ({ svg, sizes, smallMax }) => {
        const load = (src) =>
          new Promise((resolve, reject) => {
            const img = new Image();
            img.onload = () => resolve(img);
            img.onerror = () => reject(new Error('the SVG did not load'));
            img.src = src;
          });
        const result = {};
        for (const size of sizes) {
          const variant = size <= smallMax ? svg.replace('<svg ', '<svg class="small" ') : svg;
          const img = await load(`data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(variant)))}`);
          const canvas = document.createElement('canvas');
          canvas.width = size;
          canvas.height = size;
          const ctx = canvas.getContext('2d');
          ctx.imageSmoothingQuality = 'high';
          ctx.drawImage(img, 0, 0, size, size);
          result[size] = {
            png: canvas.toDataURL('image/png').split(',')[1],
            rgba: Array.from(ctx.getImageData(0, 0, size, size).data),
          };
        }
        return result;
      },
      { svg, sizes, smallMax: SMALL_MAX },
    );
    const images = new Map();
    for (const size of sizes) {
      const { png, rgba } = out[size];
      images.set(size, { png: Buffer.from(png, 'base64'), rgba: Uint8Array.from(rgba) });
    }
    return images;
  } finally {
    await browser.close();
  }
}

/** A classic 32-bit DIB icon entry (BITMAPINFOHEADER, bottom-up BGRA, 1-bit AND mask). */
function icoBitmap(size, rgba) {
  const maskStride = Math.ceil(size / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // XOR bitmap + AND mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4 + maskStride * size, 20);
  const pixels = Buffer.alloc(size * size * 4);
  const mask = Buffer.alloc(maskStride * size);
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y;
    for (let x = 0; x < size; x++) {
      const s = (y * size + x) * 4;
      const d = (row * size + x) * 4;
      pixels[d] = rgba[s + 2];
      pixels[d + 1] = rgba[s + 1];
      pixels[d + 2] = rgba[s];
      pixels[d + 3] = rgba[s + 3];
      if (rgba[s + 3] === 0) mask[row * maskStride + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([header, pixels, mask]);
}

/** ICO: bitmaps below 256 px (read by every Windows tool, NSIS included), PNG for the 256 px entry. */
function buildIco(images) {
  const entries = ICO_SIZES.map((size) => {
    const { png, rgba } = images.get(size);
    return { size, data: size >= 256 ? png : icoBitmap(size, rgba) };
  });
  const dir = Buffer.alloc(6 + 16 * entries.length);
  dir.writeUInt16LE(0, 0);
  dir.writeUInt16LE(1, 2);
  dir.writeUInt16LE(entries.length, 4);
  let offset = dir.length;
  entries.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    dir.writeUInt8(size >= 256 ? 0 : size, e);
    dir.writeUInt8(size >= 256 ? 0 : size, e + 1);
    dir.writeUInt8(0, e + 2);
    dir.writeUInt8(0, e + 3);
    dir.writeUInt16LE(1, e + 4);
    dir.writeUInt16LE(32, e + 6);
    dir.writeUInt32LE(data.length, e + 8);
    dir.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([dir, ...entries.map((e) => e.data)]);
}

function buildIcns(images) {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const data = images.get(size).png;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

/** A sheet of every size, each magnified 4× with hard pixels, on light and dark backgrounds. */
async function writePreview(images) {
  const sizes = [16, 24, 32, 48, 64, 128];
  const cell = (size, bg) =>
    `<div style="background:${bg};padding:12px;display:inline-block;vertical-align:top">` +
    `<img src="data:image/png;base64,${images.get(size).png.toString('base64')}" ` +
    `style="width:${size * 4}px;image-rendering:pixelated;display:block">` +
    `<img src="data:image/png;base64,${images.get(size).png.toString('base64')}" style="margin-top:8px"></div>`;
  const html = `<body style="margin:0;font:12px sans-serif">${['#ffffff', '#2b2b2b', '#dfe6ee']
    .map((bg) => `<div>${sizes.map((s) => cell(s, bg)).join('')}</div>`)
    .join('')}</body>`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM.args });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.setContent(html);
    await mkdir(path.join(root, '.tmp'), { recursive: true });
    await page.screenshot({ path: path.join(root, '.tmp', 'icon-preview.png'), fullPage: true });
  } finally {
    await browser.close();
  }
}

const svg = await readFile(path.join(assets, 'icon.svg'), 'utf8');
const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s), 1024])];
const images = await render(svg, sizes);

await mkdir(path.join(assets, 'icons'), { recursive: true });
await writeFile(path.join(assets, 'icon.png'), images.get(1024).png);
for (const size of LINUX_SIZES) {
  await writeFile(path.join(assets, 'icons', `${size}x${size}.png`), images.get(size).png);
}
await writeFile(path.join(assets, 'icon.ico'), buildIco(images));
await writeFile(path.join(assets, 'icon.icns'), buildIcns(images));
if (process.argv.includes('--preview')) await writePreview(images);
console.log(`icons written to ${path.relative(root, assets)}: icon.png, icon.ico, icon.icns, icons/*.png`);
