// storage.objects rows written and read as the client (RLS decides), and the bytes beside them in
// storage.embedded_object_data, which only the embedded backend itself (the database owner) touches.
import type { PGliteInterface, Transaction } from '@electric-sql/pglite';
import type { RpcCaller } from './rpc';
import { StorageError, bucketLimits } from './storage-errors';

export type ObjectWrite = {
  data: Uint8Array;
  mimetype: string;
  cacheControl: string;
  userMetadata: Record<string, unknown> | null;
};

const tables = new WeakMap<PGliteInterface, Promise<void>>();

/** The table of the bytes: created on first use, as the database owner; no API role may read it. */
function ensureTables(db: PGliteInterface): Promise<void> {
  let ready = tables.get(db);
  if (!ready) {
    ready = db
      .exec(
        `create table if not exists storage.embedded_object_data (
           object_id uuid primary key references storage.objects (id) on delete cascade,
           data bytea not null);
         revoke all on storage.embedded_object_data from public, anon, authenticated, service_role;`,
      )
      .then(() => undefined);
    ready.catch(() => tables.delete(db));
    tables.set(db, ready);
  }
  return ready;
}

/** Runs `fn` in a transaction as the client, as the Storage API does for every object operation. */
async function asClient<T>(
  db: PGliteInterface,
  caller: RpcCaller,
  operation: string,
  fn: (tx: Transaction) => Promise<T>,
): Promise<T> {
  await ensureTables(db);
  return db.transaction(async (tx) => {
    await tx.query(
      `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true),
              set_config('storage.operation', $3, true)`,
      [caller.role, JSON.stringify(caller.claims), operation],
    );
    return fn(tx);
  });
}

async function etagOf(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  return `"${Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')}"`;
}

/** Inserts (or with upsert/update replaces) the object row as the client, then stores its bytes. */
export async function writeObject(
  db: PGliteInterface,
  caller: RpcCaller,
  bucket: string,
  name: string,
  upload: ObjectWrite,
  mode: 'insert' | 'upsert' | 'update',
): Promise<string> {
  const metadata = {
    eTag: await etagOf(upload.data),
    size: upload.data.byteLength,
    mimetype: upload.mimetype,
    cacheControl: upload.cacheControl,
    lastModified: new Date().toISOString(),
    contentLength: upload.data.byteLength,
    httpStatusCode: 200,
  };
  const sub = typeof caller.claims.sub === 'string' ? caller.claims.sub : null;
  const values = [
    bucket,
    name,
    sub,
    JSON.stringify(metadata),
    upload.userMetadata && JSON.stringify(upload.userMetadata),
  ];
  return asClient(db, caller, `storage.object.${mode === 'insert' ? 'upload' : mode}`, async (tx) => {
    const sql =
      mode === 'update'
        ? `update storage.objects set metadata = $4, user_metadata = $5, owner = $3::uuid, owner_id = $3::text, version = gen_random_uuid()::text
           where bucket_id = $1 and name = $2 returning id`
        : `insert into storage.objects (bucket_id, name, owner, owner_id, metadata, user_metadata, version)
           values ($1, $2, $3::uuid, $3::text, $4, $5, gen_random_uuid()::text)
           ${mode === 'upsert' ? 'on conflict (bucket_id, name) do update set metadata = excluded.metadata, user_metadata = excluded.user_metadata, version = excluded.version' : ''}
           returning id`;
    const { rows } = await tx.query<{ id: string }>(sql, values);
    const id = rows[0]?.id;
    if (!id) throw new StorageError(404, 'NoSuchKey', 'Object not found', 'not_found');
    await tx.exec('reset role');
    await tx.query(
      `insert into storage.embedded_object_data (object_id, data) values ($1, $2)
       on conflict (object_id) do update set data = excluded.data`,
      [id, upload.data],
    );
    return id;
  });
}

export type StoredObject = { data: Uint8Array; headers: Record<string, string> };

/** The object if the client may read it (the select policies decide), or 404 as the Storage API answers. */
export async function readObject(
  db: PGliteInterface,
  caller: RpcCaller,
  bucket: string,
  name: string,
  publicUrl: boolean,
): Promise<StoredObject> {
  if (publicUrl && !(await bucketLimits(db, bucket)).public) {
    throw new StorageError(404, 'NoSuchBucket', 'Bucket not found', 'Bucket not found');
  }
  const row = await asClient(db, caller, 'storage.object.get', async (tx) => {
    if (publicUrl) await tx.exec('reset role'); // a public bucket serves every file to anyone
    const found = await tx.query<{ id: string; metadata: Record<string, unknown> | null; updated_at: Date }>(
      'select id, metadata, updated_at from storage.objects where bucket_id = $1 and name = $2',
      [bucket, name],
    );
    const object = found.rows[0];
    if (!object) return undefined;
    await tx.exec('reset role');
    const bytes = await tx.query<{ data: Uint8Array }>(
      'select data from storage.embedded_object_data where object_id = $1',
      [object.id],
    );
    return bytes.rows[0] ? { ...object, data: bytes.rows[0].data } : undefined;
  });
  if (!row) throw new StorageError(404, 'NoSuchKey', 'Object not found', 'not_found');
  const meta = row.metadata ?? {};
  const text = (key: string, fallback: string) => {
    const value = meta[key];
    return typeof value === 'string' ? value : fallback;
  };
  return {
    data: row.data,
    headers: {
      'Content-Type': text('mimetype', 'application/octet-stream'),
      'Content-Length': String(row.data.byteLength),
      'Cache-Control': text('cacheControl', 'no-cache'),
      ETag: text('eTag', ''),
      'Last-Modified': new Date(row.updated_at).toUTCString(),
    },
  };
}

/** Deletes what the client may delete of these names (the delete and select policies decide; the rest stays) and
 *  returns the deleted rows, as the Storage API does. The bytes go with them, and VACUUM clears their pages. */
export async function deleteObjects(
  db: PGliteInterface,
  caller: RpcCaller,
  bucket: string,
  names: string[],
): Promise<Record<string, unknown>[]> {
  const deleted = await asClient(db, caller, 'storage.object.delete_many', async (tx) => {
    // what the Storage API sets for its own deletes (storage.protect_delete refuses any other)
    await tx.query(`select set_config('storage.allow_delete_query', 'true', true)`);
    const { rows } = await tx.query<Record<string, unknown>>(
      `delete from storage.objects where bucket_id = $1 and name = any ($2)
       returning id, name, bucket_id, owner, owner_id, version, created_at, updated_at, last_accessed_at, metadata,
                 user_metadata`,
      [bucket, names],
    );
    return rows;
  });
  if (deleted.length > 0) await db.exec('vacuum storage.embedded_object_data');
  return deleted;
}
