// The Storage API's errors (supabase/storage src/internal/errors/codes.ts and src/http/error-handler.ts): HTTP 400,
// or 500 for a fault, with the real status in `statusCode`, a `code`, an `error` name and a `message`.
import type { PGliteInterface } from '@electric-sql/pglite';
import { json } from './http';
import { unpackDbError } from './worker-errors';

export class StorageError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly error: string = code,
  ) {
    super(message);
  }
}

/** What a Postgres error in a storage statement means to the client, as the Storage API maps it. */
export function fromDbError(thrown: unknown): StorageError | undefined {
  const e = unpackDbError(thrown) as { code?: string; message?: string } | undefined;
  switch (e?.code) {
    case '42501': // row level security: new row violates row-level security policy
      return new StorageError(403, 'AccessDenied', e.message ?? 'Access denied', 'Unauthorized');
    case '23505':
      return new StorageError(409, 'KeyAlreadyExists', 'The resource already exists', 'Duplicate');
    case '23503':
      return new StorageError(404, 'NoSuchBucket', 'Bucket not found', 'Bucket not found');
    default:
      return undefined;
  }
}

export function storageError(thrown: unknown): Response {
  const e = thrown instanceof StorageError ? thrown : fromDbError(thrown);
  if (!e) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return json(500, { statusCode: '500', code: 'InternalError', error: 'internal', message });
  }
  return json(e.status >= 500 ? 500 : 400, {
    statusCode: String(e.status),
    code: e.code,
    error: e.error,
    message: e.message,
  });
}

export type BucketLimits = { public: boolean; fileSizeLimit: number | null; allowedMimeTypes: string[] | null };

/** The bucket's settings, read as the Storage API reads them (as its own role, not the client's). */
export async function bucketLimits(db: PGliteInterface, bucket: string): Promise<BucketLimits> {
  const { rows } = await db.query<{
    public: boolean;
    file_size_limit: number | null;
    allowed_mime_types: string[] | null;
  }>(
    'select public, file_size_limit::float8 as file_size_limit, allowed_mime_types from storage.buckets where id = $1',
    [bucket],
  );
  const row = rows[0];
  if (!row) throw new StorageError(404, 'NoSuchBucket', 'Bucket not found', 'Bucket not found');
  return { public: !!row.public, fileSizeLimit: row.file_size_limit, allowedMimeTypes: row.allowed_mime_types };
}
