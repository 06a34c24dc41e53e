// Compares two folders of screenshots (scripts/route-screenshots.ts) pixel by pixel, decoding the PNGs in Chromium
// (no image library needed). For each pair that differs it writes <name>.diff.png into the "after" folder: the
// changed pixels in red over a faded copy of "before".
// Usage: `tsx scripts/compare-screenshots.ts <before dir> <after dir>`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/utils/browser';

const [beforeDir, afterDir] = process.argv.slice(2);
if (!beforeDir || !afterDir) throw new Error('usage: tsx scripts/compare-screenshots.ts <before dir> <after dir>');

type Comparison = { sameSize: boolean; size: string; changed: number; diff: string | null };

const names = readdirSync(beforeDir)
  .filter((f) => f.endsWith('.png') && !f.endsWith('.diff.png'))
  .sort();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage();
// tsx keeps function names with a `__name(fn, 'name')` helper, which the page does not have
await page.evaluate('window.__name = (fn) => fn');
let identical = 0;
for (const name of names) {
  let after: Buffer;
  try {
    after = readFileSync(join(afterDir, name));
  } catch {
    console.log(`MISSING   ${name}`);
    continue;
  }
  const dataUrl = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
  const result = await page.evaluate(compareImages, [dataUrl(readFileSync(join(beforeDir, name))), dataUrl(after)]);
  if (result.sameSize && result.changed === 0) {
    identical++;
    continue;
  }
  console.log(`DIFFERENT ${name}: ${result.sameSize ? `${result.changed} pixels` : `size ${result.size}`}`);
  if (result.diff) writeFileSync(join(afterDir, name.replace(/\.png$/, '.diff.png')), result.diff, 'base64');
}
console.log(`${identical} of ${names.length} identical`);
await browser.close();

async function compareImages([before, after]: string[]): Promise<Comparison> {
  const load = async (src: string) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return { canvas, ctx, data: ctx.getImageData(0, 0, img.width, img.height) };
  };
  const [a, b] = await Promise.all([load(before!), load(after!)]);
  const size = `${a.data.width}×${a.data.height} → ${b.data.width}×${b.data.height}`;
  if (a.data.width !== b.data.width || a.data.height !== b.data.height)
    return { sameSize: false, size, changed: -1, diff: null };
  const out = a.ctx.createImageData(a.data.width, a.data.height);
  let changed = 0;
  for (let i = 0; i < a.data.data.length; i += 4) {
    const same = [0, 1, 2, 3].every((k) => a.data.data[i + k] === b.data.data[i + k]);
    if (!same) changed++;
    const grey = (a.data.data[i]! + a.data.data[i + 1]! + a.data.data[i + 2]!) / 3;
    out.data.set(same ? [grey, grey, grey, 60] : [255, 0, 0, 255], i);
  }
  if (changed === 0) return { sameSize: true, size, changed, diff: null };
  a.ctx.putImageData(out, 0, 0);
  return { sameSize: true, size, changed, diff: a.canvas.toDataURL('image/png').split(',')[1]! };
}
