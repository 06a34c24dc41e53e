// Before a photo leaves the browser it is scaled to at most 1600 px (and a 480 px copy for lists and the map) and
// encoded again as JPEG from its pixels. Only pixels go through the canvas, so nothing of the original file's
// metadata survives: no EXIF (the GPS position of the phone that took it, at home too), no camera, XMP or comments.
import { LIMITS } from './model';

export type EncodedImage = { width: number; height: number; blob: Blob };

/**
 * Decodes `file` (turned upright by its EXIF orientation), scales it to fit within each of `sides` (never enlarged)
 * and encodes each as a new JPEG. Self-contained on purpose, without imports or outer names: a test runs its source
 * in a real browser (tests/integration/photo-processing.test.ts).
 */
export async function reencodeImage(file: Blob, sides: number[], quality: number): Promise<EncodedImage[]> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const encoded: EncodedImage[] = [];
    for (const side of sides) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      const draw = (ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null) => {
        if (!ctx) throw new Error('Deze browser kan geen afbeeldingen tekenen.');
        ctx.fillStyle = '#ffffff'; // a transparent PNG becomes white, not black
        ctx.fillRect(0, 0, width, height);
        ctx.imageSmoothingEnabled = true;
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(bitmap, 0, 0, width, height);
      };
      let blob: Blob;
      if (typeof OffscreenCanvas !== 'undefined') {
        const canvas = new OffscreenCanvas(width, height);
        draw(canvas.getContext('2d'));
        blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
      } else {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        draw(canvas.getContext('2d'));
        blob = await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encoding failed'))), 'image/jpeg', quality),
        );
      }
      if (blob.type !== 'image/jpeg') throw new Error('Deze browser kan geen JPEG maken.');
      encoded.push({ width, height, blob });
    }
    return encoded;
  } finally {
    bitmap.close();
  }
}

export type PreparedPhoto = { photo: Blob; thumb: Blob; width: number; height: number };

/** The photo as it is uploaded: ≤ 1600 px and a ≤ 480 px copy, both JPEG without any metadata. Throws when the
 *  browser cannot read the file as an image (a HEIC photo in most browsers, a damaged file). */
export async function preparePhoto(file: Blob): Promise<PreparedPhoto> {
  const [photo, thumb] = await reencodeImage(file, [LIMITS.photoSide, LIMITS.thumbSide], 0.85);
  return { photo: photo!.blob, thumb: thumb!.blob, width: photo!.width, height: photo!.height };
}
