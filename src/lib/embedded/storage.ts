// Supabase Storage's object API as the embedded backend answers it: the routes storage-js sends for upload,
// update, download and remove (/storage/v1/object/...). Like the Storage API, every statement on storage.objects
// runs as the client (role and request.jwt.claims from its JWT), so the RLS policies of our migrations decide who
// may upload, read and delete; the bucket's size and type limits are checked first. The bytes, which a project
// keeps in S3, live in this database (storage.embedded_object_data, see storage-objects.ts). Errors are answered as
// the Storage API answers them: HTTP 400 (500 for a fault) with the real code in `statusCode`.
import type { PGliteInterface } from '@electric-sql/pglite';
import { json } from './http';
import type { RpcCaller } from './rpc';
import { deleteObjects, readObject, writeObject, type ObjectWrite } from './storage-objects';
import { StorageError, bucketLimits, storageError } from './storage-errors';

type Caller = RpcCaller | { problem: { code: string; message: string } };

/** Object routes the app does not use (signed URLs, info, list, move, copy): answered as unknown, not guessed. */
const UNSERVED = new Set(['sign', 'info', 'list', 'list-v2', 'upload', 'move', 'copy']);

/** Answers one request under /storage/v1/. `flush` resolves once a write is durably stored. */
export async function storageApi(
  db: PGliteInterface,
  request: Request,
  url: URL,
  caller: Caller,
  flush: () => Promise<void>,
): Promise<Response> {
  try {
    if ('problem' in caller) throw new StorageError(403, 'InvalidJWT', caller.problem.message, 'Unauthorized');
    const parts = url.pathname.slice('/storage/v1/'.length).split('/').map(decodeURIComponent);
    if (parts[0] !== 'object' || parts.length < 2) {
      throw new StorageError(404, 'NotSupported', `The embedded backend does not serve ${url.pathname}`, 'not_found');
    }
    const [scope, ...rest] = parts.slice(1);
    if (UNSERVED.has(scope!)) {
      throw new StorageError(404, 'NotSupported', `The embedded backend does not serve ${url.pathname}`, 'not_found');
    }
    const method = request.method;
    if (method === 'DELETE' && rest.length === 0) {
      const body = (await request.json().catch(() => null)) as { prefixes?: unknown } | null;
      const prefixes = Array.isArray(body?.prefixes) ? body.prefixes.filter((p) => typeof p === 'string') : [];
      if (prefixes.length === 0)
        throw new StorageError(400, 'InvalidRequest', 'body/prefixes must be a non-empty array');
      const deleted = await deleteObjects(db, caller, scope!, prefixes);
      if (deleted.length > 0) await flush();
      return json(200, deleted);
    }
    if (method === 'GET' || method === 'HEAD') {
      const access = scope === 'authenticated' || scope === 'public' ? scope : 'authenticated';
      const [bucket, ...path] = access === scope ? rest : [scope!, ...rest];
      const object = await readObject(db, caller, bucket!, path.join('/'), access === 'public');
      const body = method === 'HEAD' ? null : (object.data as Uint8Array<ArrayBuffer>);
      return new Response(body, { status: 200, headers: object.headers });
    }
    if (method === 'POST' || method === 'PUT') {
      const name = rest.join('/');
      if (!name) throw new StorageError(400, 'InvalidKey', `Invalid key: ${scope}/`);
      const upload = await readUpload(request);
      await checkLimits(db, scope!, upload);
      const mode = method === 'PUT' ? 'update' : request.headers.get('x-upsert') === 'true' ? 'upsert' : 'insert';
      const id = await writeObject(db, caller, scope!, name, upload, mode);
      await flush();
      return json(200, { Id: id, Key: `${scope}/${name}` });
    }
    throw new StorageError(405, 'InvalidRequest', `Cannot ${method} ${url.pathname}`);
  } catch (e) {
    return storageError(e);
  }
}

/** The file of a multipart form (what storage-js sends for a Blob or File) or the raw body. */
async function readUpload(request: Request): Promise<ObjectWrite> {
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await request.formData();
    const file = [...form.values()].find((v): v is File => typeof v !== 'string');
    if (!file) throw new StorageError(400, 'InvalidRequest', 'No content provided');
    const cacheControl = form.get('cacheControl');
    const metadata = form.get('metadata');
    return {
      data: new Uint8Array(await file.arrayBuffer()),
      mimetype: file.type || 'application/octet-stream',
      cacheControl: `max-age=${typeof cacheControl === 'string' && cacheControl ? cacheControl : '3600'}`,
      userMetadata: typeof metadata === 'string' ? parseJson(metadata) : null,
    };
  }
  const encoded = request.headers.get('x-metadata');
  return {
    data: new Uint8Array(await request.arrayBuffer()),
    mimetype: type.split(';')[0]!.trim() || 'application/octet-stream',
    cacheControl: request.headers.get('cache-control') ?? 'max-age=3600',
    userMetadata: encoded ? parseJson(atob(encoded)) : null,
  };
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

async function checkLimits(db: PGliteInterface, bucket: string, upload: ObjectWrite): Promise<void> {
  const limits = await bucketLimits(db, bucket);
  if (upload.data.byteLength === 0) throw new StorageError(400, 'InvalidRequest', 'No content provided');
  if (limits.fileSizeLimit !== null && upload.data.byteLength > limits.fileSizeLimit) {
    throw new StorageError(413, 'EntityTooLarge', 'The object exceeded the maximum allowed size', 'Payload too large');
  }
  const allowed = limits.allowedMimeTypes;
  const matches = (pattern: string) =>
    pattern === upload.mimetype || (pattern.endsWith('/*') && upload.mimetype.startsWith(pattern.slice(0, -1)));
  if (allowed && allowed.length > 0 && !allowed.some(matches)) {
    throw new StorageError(
      415,
      'InvalidMimeType',
      `mime type ${upload.mimetype} is not supported`,
      'invalid_mime_type',
    );
  }
}
