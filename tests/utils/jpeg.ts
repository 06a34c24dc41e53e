// Reading (and, for the fixture, writing) the parts of a JPEG file that matter for privacy: its marker segments,
// the EXIF block (APP1 "Exif") and the GPS position in it, and its pixel size (SOF). Enough to prove that a photo
// we store has no EXIF left, without an image library.

export type Segment = { marker: number; offset: number; data: Uint8Array };

/** The marker segments before the image data (SOI … SOS). Throws when the bytes are not a JPEG. */
export function jpegSegments(bytes: Uint8Array): Segment[] {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG (no SOI marker)');
  const out: Segment[] = [];
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) throw new Error(`no marker at byte ${i}`);
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    out.push({ marker, offset: i, data: bytes.subarray(i + 4, i + 2 + length) });
    if (marker === 0xda) break; // start of scan: the compressed image follows
    i += 2 + length;
  }
  return out;
}

const ascii = (data: Uint8Array, from: number, n: number) => String.fromCharCode(...data.subarray(from, from + n));

/** APP1 segments that hold EXIF ("Exif\0\0" + a TIFF structure). */
export function exifSegments(bytes: Uint8Array): Segment[] {
  return jpegSegments(bytes).filter((s) => s.marker === 0xe1 && ascii(s.data, 0, 6) === 'Exif\0\0');
}

/** Any metadata a photo could carry: EXIF or XMP (APP1), IPTC (APP13), comments (COM), other APPn than JFIF. */
export function metadataSegments(bytes: Uint8Array): Segment[] {
  return jpegSegments(bytes).filter(
    (s) => s.marker === 0xfe || (s.marker >= 0xe1 && s.marker <= 0xef && s.marker !== 0xe2) /* ICC profile */,
  );
}

/** The pixel size from the frame header (SOF0-SOF15 except DHT, JPG and DAC). */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  const sof = jpegSegments(bytes).find(
    (s) => s.marker >= 0xc0 && s.marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(s.marker),
  );
  if (!sof) throw new Error('no SOF segment');
  return { height: (sof.data[1]! << 8) | sof.data[2]!, width: (sof.data[3]! << 8) | sof.data[4]! };
}

/** The GPS position in the EXIF block, in degrees, or null. */
export function readExifGps(bytes: Uint8Array): { lat: number; lng: number } | null {
  const exif = exifSegments(bytes)[0];
  if (!exif) return null;
  const tiff = exif.data.subarray(6);
  const big = ascii(tiff, 0, 2) === 'MM';
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const u16 = (o: number) => view.getUint16(o, !big);
  const u32 = (o: number) => view.getUint32(o, !big);
  const entries = (ifd: number) =>
    Array.from({ length: u16(ifd) }, (_, k) => {
      const e = ifd + 2 + k * 12;
      return { tag: u16(e), type: u16(e + 2), count: u32(e + 4), value: e + 8 };
    });
  const gpsPointer = entries(u32(4)).find((e) => e.tag === 0x8825);
  if (!gpsPointer) return null;
  const gps = entries(u32(gpsPointer.value));
  const degrees = (tag: number) => {
    const e = gps.find((x) => x.tag === tag);
    if (!e) return null;
    const at = u32(e.value);
    const part = (k: number) => u32(at + k * 8) / u32(at + k * 8 + 4);
    return part(0) + part(1) / 60 + part(2) / 3600;
  };
  const ref = (tag: number) => {
    const e = gps.find((x) => x.tag === tag);
    return e ? String.fromCharCode(tiff[e.value]!) : '';
  };
  const lat = degrees(0x0002);
  const lng = degrees(0x0004);
  if (lat === null || lng === null) return null;
  return { lat: ref(0x0001) === 'S' ? -lat : lat, lng: ref(0x0003) === 'W' ? -lng : lng };
}

/** An APP1 EXIF segment as a phone writes one: camera make and model, and the GPS position (big-endian TIFF). */
export function exifGpsSegment(p: { lat: number; lng: number; make: string; model: string }): Uint8Array {
  const out: number[] = [];
  const u16 = (v: number) => out.push((v >> 8) & 0xff, v & 0xff);
  const u32 = (v: number) => out.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
  const text = (s: string) => [...s].map((c) => c.charCodeAt(0)).concat(0);
  const dms = (deg: number) => {
    const d = Math.floor(Math.abs(deg));
    const m = Math.floor((Math.abs(deg) - d) * 60);
    const s = Math.round(((Math.abs(deg) - d) * 60 - m) * 60 * 100);
    return [d, 1, m, 1, s, 100];
  };
  const make = text(p.make);
  const model = text(p.model);
  // layout: header 8 | IFD0 (3 entries) 2+36+4 | make | model | GPS IFD (5 entries) 2+60+4 | lat 24 | lng 24
  const ifd0 = 8;
  const makeAt = ifd0 + 2 + 3 * 12 + 4;
  const modelAt = makeAt + make.length;
  const gpsAt = modelAt + model.length;
  const latAt = gpsAt + 2 + 5 * 12 + 4;
  const lngAt = latAt + 24;
  out.push(0x4d, 0x4d); // MM
  u16(42);
  u32(ifd0);
  u16(3);
  const entry = (tag: number, type: number, count: number, value: number | number[]) => {
    u16(tag);
    u16(type);
    u32(count);
    if (Array.isArray(value)) out.push(...value);
    else u32(value);
  };
  entry(0x010f, 2, make.length, makeAt);
  entry(0x0110, 2, model.length, modelAt);
  entry(0x8825, 4, 1, gpsAt);
  u32(0);
  out.push(...make, ...model);
  u16(5);
  entry(0x0000, 1, 4, [2, 3, 0, 0]); // GPSVersionID
  entry(0x0001, 2, 2, [p.lat < 0 ? 0x53 : 0x4e, 0, 0, 0]); // N / S
  entry(0x0002, 5, 3, latAt);
  entry(0x0003, 2, 2, [p.lng < 0 ? 0x57 : 0x45, 0, 0, 0]); // E / W
  entry(0x0004, 5, 3, lngAt);
  u32(0);
  dms(p.lat).forEach(u32);
  dms(p.lng).forEach(u32);
  const body = [...text('Exif'), 0, ...out];
  const length = body.length + 2;
  return new Uint8Array([0xff, 0xe1, (length >> 8) & 0xff, length & 0xff, ...body]);
}

/** The JPEG with its APP0 (JFIF) replaced by this APP1 segment, right after SOI, as cameras write it. */
export function withSegment(jpeg: Uint8Array, segment: Uint8Array): Uint8Array {
  const first = jpegSegments(jpeg)[0];
  // SOI (2 bytes), then APP0: marker (2), length (2) and its data
  const rest = first?.marker === 0xe0 ? jpeg.subarray(2 + 4 + first.data.length) : jpeg.subarray(2);
  return new Uint8Array([0xff, 0xd8, ...segment, ...rest]);
}
