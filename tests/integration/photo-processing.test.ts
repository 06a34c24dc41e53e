// The browser's half of a photo's privacy (issue 15), in a real browser: reencodeImage (src/features/attachments/
// image.ts) runs in Chromium on a real JPEG taken "at home" — 2400 × 1800 px, with an EXIF block that holds the
// camera and the GPS position — and what comes out, the bytes that would be uploaded, has no EXIF or any other
// metadata, is at most 1600 px (and 480 px for the small copy) with the same proportions, and is a JPEG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { reencodeImage } from '../../src/features/attachments/image';
import { CHROMIUM_ARGS } from '../e2e/utils/browser';
import { exifSegments, jpegSize, metadataSegments, readExifGps } from '../utils/jpeg';

const fixture = new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'photo-with-gps.jpg')));

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 60_000 });
  page = await browser.newPage();
  await page.setContent('<!doctype html><title>photo</title>');
});
afterAll(async () => {
  await browser?.close();
});

/** Runs reencodeImage's own source in the page on these bytes; returns what it produced. */
async function reencodeInBrowser(bytes: Uint8Array, sides: number[], type = 'image/jpeg') {
  const results = await page.evaluate(
    async ({ source, data, sides, type }) => {
      // the function under test, as shipped
      const reencode = new Function(`return (${source})`)() as (
        file: Blob,
        sides: number[],
        quality: number,
      ) => Promise<{ width: number; height: number; blob: Blob }[]>;
      const out = await reencode(new Blob([new Uint8Array(data)], { type }), sides, 0.85);
      return Promise.all(
        out.map(async (r) => ({
          width: r.width,
          height: r.height,
          type: r.blob.type,
          bytes: Array.from(new Uint8Array(await r.blob.arrayBuffer())),
        })),
      );
    },
    { source: reencodeImage.toString(), data: Array.from(bytes), sides, type },
  );
  return results.map((r) => ({ ...r, bytes: new Uint8Array(r.bytes) }));
}

test('the fixture is a real photo taken at home: 2400 × 1800 with EXIF and its GPS position', () => {
  expect(jpegSize(fixture)).toEqual({ width: 2400, height: 1800 });
  expect(exifSegments(fixture)).toHaveLength(1);
  const gps = readExifGps(fixture)!;
  expect(gps.lat).toBeCloseTo(51.5701, 3);
  expect(gps.lng).toBeCloseTo(5.0824, 3);
});

test('the uploaded photo and its small copy carry no EXIF, no GPS, no metadata at all, and are scaled down', async () => {
  const [photo, thumb] = await reencodeInBrowser(fixture, [1600, 480]);
  for (const out of [photo!, thumb!]) {
    expect(out.type).toBe('image/jpeg');
    expect(exifSegments(out.bytes), 'no EXIF block').toEqual([]);
    expect(readExifGps(out.bytes), 'no GPS position').toBeNull();
    expect(metadataSegments(out.bytes), 'no XMP, IPTC, comment or other APPn').toEqual([]);
    // the GPS rationals and the camera are nowhere in the bytes either
    const text = new TextDecoder('latin1').decode(out.bytes);
    expect(text).not.toContain('Fairphone');
    expect(text).not.toContain('Exif');
  }
  expect({ width: photo!.width, height: photo!.height }).toEqual({ width: 1600, height: 1200 });
  expect(jpegSize(photo!.bytes)).toEqual({ width: 1600, height: 1200 });
  expect(jpegSize(thumb!.bytes)).toEqual({ width: 480, height: 360 });
});

test('a small photo is not enlarged, and a PNG becomes a JPEG too', async () => {
  const png = await page.evaluate(async () => {
    const c = new OffscreenCanvas(300, 500);
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = 'rgba(200, 30, 30, 0.5)';
    ctx.fillRect(0, 0, 300, 250);
    return Array.from(new Uint8Array(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer()));
  });
  const [out] = await reencodeInBrowser(new Uint8Array(png), [1600], 'image/png');
  expect(out!.type).toBe('image/jpeg');
  expect(jpegSize(out!.bytes)).toEqual({ width: 300, height: 500 });
});

test('a file the browser cannot read as an image is refused, not uploaded as it is', async () => {
  await expect(reencodeInBrowser(new TextEncoder().encode('geen foto'), [1600])).rejects.toThrow();
});
