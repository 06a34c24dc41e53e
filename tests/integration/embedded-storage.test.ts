// supabase-js's storage client against the embedded backend: the Storage API routes the app uses (upload, download,
// remove), answered from PGlite as the Storage API answers, with the RLS policies on storage.objects deciding for
// the signed-in user and the bytes kept in the database.
import type { PGlite } from '@electric-sql/pglite';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { createEmbeddedFetch, type EmbeddedFetch } from '../../src/lib/embedded/handler';
import { EMBEDDED_ANON_KEY } from '../../src/lib/embedded/jwt';
import type { Database } from '../../src/lib/supabase/database.types';
import { createTestDb } from '../utils/test-db';

const BASE = 'http://embedded.test';
const BUCKET = 'attachments';
type Client = SupabaseClient<Database>;

let db: PGlite;
let embeddedFetch: EmbeddedFetch;

beforeAll(async () => {
  db = await createTestDb();
  embeddedFetch = await createEmbeddedFetch(db);
});
afterAll(() => db.close());

function client(): Client {
  return createClient<Database>(BASE, EMBEDDED_ANON_KEY, {
    global: { fetch: embeddedFetch },
    auth: { persistSession: false, autoRefreshToken: false },
  });
}

async function signedIn(email: string): Promise<Client> {
  const c = client();
  const { error } = await c.auth.signInWithPassword({ email, password: 'demo-wachtwoord' });
  expect(error).toBeNull();
  return c;
}

/** 1×1 JPEG-like bytes with a marker, so a download can be compared byte for byte. */
const bytes = (n: number, marker: number) => new Uint8Array(n).map((_, i) => (i * 31 + marker) % 251);
const jpeg = (data: Uint8Array) => new Blob([data as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' });

async function rpc<T>(c: Client, fn: string, args: Record<string, unknown>): Promise<T> {
  const { data, error } = await c.rpc(fn as never, args as never);
  if (error) throw new Error(`${fn}: ${error.code} ${error.message}`);
  return data as T;
}

type Begun = { id: string; upload: string[] };

async function proposeWithPhoto(resident: Client): Promise<{ initiative: string; photo: Begun; data: Uint8Array }> {
  const { rows } = await db.query<{ id: string; anchor: number[] }>(
    `select id, private.district_anchor(id) as anchor from public.districts where code = 'WK085542'`,
  );
  const theme = (await db.query<{ id: string }>(`select id from public.themes order by sort_order limit 1`)).rows[0]!;
  const proposed = await rpc<{ id: string }>(resident, 'propose_initiative', {
    p_title: 'Een kapot hek bij de speeltuin',
    p_description: 'Het hek langs de speeltuin is kapot, kinderen lopen zo de straat op.',
    p_theme_id: theme.id,
    p_lng: rows[0]!.anchor[0],
    p_lat: rows[0]!.anchor[1],
  });
  const photo = await rpc<Begun>(resident, 'begin_attachment', {
    p_target_kind: 'initiative',
    p_target_id: proposed.id,
    p_kind: 'photo',
    p_mime_type: 'image/jpeg',
    p_byte_size: 3000,
    p_description: 'Het kapotte hek',
    p_width: 800,
    p_height: 600,
  });
  return { initiative: proposed.id, photo, data: bytes(3000, 7) };
}

describe('the Storage API of the embedded backend', () => {
  test('upload, download by anyone once ready, and remove: the policies decide, the bytes round-trip', async () => {
    const resident = await signedIn('bewoner@demo.agendakaart.nl');
    const other = await signedIn('wijkraad.heyhoef@demo.agendakaart.nl');
    const { photo, data } = await proposeWithPhoto(resident);
    const [photoPath, thumbPath] = photo.upload as [string, string];

    const up = await resident.storage.from(BUCKET).upload(photoPath, jpeg(data), { contentType: 'image/jpeg' });
    expect(up.error).toBeNull();
    expect(up.data).toMatchObject({ path: photoPath, fullPath: `${BUCKET}/${photoPath}` });
    expect(up.data?.id).toEqual(expect.any(String));

    // someone else may not upload into the resident's attachment, and nobody overwrites
    const intruder = await other.storage.from(BUCKET).upload(thumbPath, jpeg(data));
    expect(intruder.error).toMatchObject({ status: 400, statusCode: '403' });
    expect(intruder.error?.message).toMatch(/row-level security/);
    const again = await resident.storage.from(BUCKET).upload(photoPath, jpeg(data));
    expect(again.error).toMatchObject({ statusCode: '409', message: 'The resource already exists' });

    // pending: the visitor cannot read it yet, the uploader can
    expect((await client().storage.from(BUCKET).download(photoPath)).error).toMatchObject({ statusCode: '404' });
    const own = await resident.storage.from(BUCKET).download(photoPath);
    expect(new Uint8Array(await own.data!.arrayBuffer())).toEqual(data);
    expect(own.data!.type).toBe('image/jpeg');

    expect((await resident.storage.from(BUCKET).upload(thumbPath, jpeg(bytes(500, 3)))).error).toBeNull();
    await rpc(resident, 'finish_attachment', { p_attachment_id: photo.id });
    const visitor = await client().storage.from(BUCKET).download(photoPath);
    expect(new Uint8Array(await visitor.data!.arrayBuffer())).toEqual(data);
    expect(await client().storage.from(BUCKET).exists(thumbPath)).toMatchObject({ data: true });

    // a ready file cannot be removed; once removed through the RPC, by its manager only, and it is really gone
    expect((await resident.storage.from(BUCKET).remove([photoPath])).data).toEqual([]);
    const removal = await rpc<{ files: string[] }>(resident, 'remove_attachment', { p_attachment_id: photo.id });
    expect((await other.storage.from(BUCKET).remove(removal.files)).data).toEqual([]);
    const removed = await resident.storage.from(BUCKET).remove(removal.files);
    expect(removed.data?.map((o) => o.name).sort()).toEqual([photoPath, thumbPath].sort());
    expect((await resident.storage.from(BUCKET).download(photoPath)).error).toMatchObject({ statusCode: '404' });
    const left = await db.query(
      `select 1 from storage.embedded_object_data d join storage.objects o on o.id = d.object_id where o.name = any ($1)`,
      [[photoPath, thumbPath]],
    );
    expect(left.rows).toEqual([]);
    expect(
      (await db.query(`select count(*)::int as n from storage.embedded_object_data`)).rows[0],
      'no bytes without an object',
    ).toEqual({ n: 0 });
    expect(await rpc(resident, 'purge_attachments', { p_attachment_ids: [photo.id] })).toEqual({
      purged: [photo.id],
      remaining: [],
    });
  });

  test("the bucket's limits: other types and files over 10 MB are refused as the Storage API refuses them", async () => {
    const resident = await signedIn('bewoner@demo.agendakaart.nl');
    const { photo } = await proposeWithPhoto(resident);
    const path = photo.upload[0]!;
    const gif = await resident.storage
      .from(BUCKET)
      .upload(path, new Blob([bytes(100, 1)], { type: 'image/gif' }), { contentType: 'image/gif' });
    expect(gif.error).toMatchObject({
      status: 400,
      statusCode: '415',
      message: 'mime type image/gif is not supported',
    });
    const huge = await resident.storage.from(BUCKET).upload(path, jpeg(new Uint8Array(10 * 1024 * 1024 + 1)));
    expect(huge.error).toMatchObject({ statusCode: '413', message: 'The object exceeded the maximum allowed size' });
    const elsewhere = await resident.storage.from('avatars').upload('x.jpg', jpeg(bytes(10, 1)));
    expect(elsewhere.error).toMatchObject({ statusCode: '404', message: 'Bucket not found' });
  });

  test('a raw body (ArrayBuffer with contentType) uploads as well, and a bad token is refused', async () => {
    const resident = await signedIn('bewoner@demo.agendakaart.nl');
    const { photo, data } = await proposeWithPhoto(resident);
    const up = await resident.storage
      .from(BUCKET)
      .upload(photo.upload[0]!, data.buffer as ArrayBuffer, { contentType: 'image/jpeg' });
    expect(up.error).toBeNull();
    const own = await resident.storage.from(BUCKET).download(photo.upload[0]!);
    expect(new Uint8Array(await own.data!.arrayBuffer())).toEqual(data);

    const response = await embeddedFetch(`${BASE}/storage/v1/object/${BUCKET}/${photo.upload[0]}`, {
      headers: { apikey: EMBEDDED_ANON_KEY, Authorization: 'Bearer not-a-token' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ statusCode: '403', error: 'Unauthorized' });
    const unserved = await embeddedFetch(`${BASE}/storage/v1/object/sign/${BUCKET}/${photo.upload[0]}`, {
      method: 'POST',
      headers: { apikey: EMBEDDED_ANON_KEY },
    });
    expect(await unserved.json()).toMatchObject({ statusCode: '404', code: 'NotSupported' });
  });
});
