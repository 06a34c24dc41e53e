// The real embedded backend for the admin console's route tests (admin-harness.tsx renders the routes): a PGlite
// database with the real migrations and seed, the real fetch handler (PostgREST and GoTrue as the browser gets them)
// and a real supabase-js client, which the test files put in place of '@/lib/supabase/client':
//   vi.mock('@/lib/supabase/client', async () => (await import('./admin-backend')).clientModule());
// Nothing here may import app code: that would import the mocked client while its mock is being made.
import type { PGlite } from '@electric-sql/pglite';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { TextEncoder as NodeTextEncoder } from 'node:util';
import { EMBEDDED_ANON_KEY } from '@/lib/embedded/anon-key';
import { createEmbeddedFetch } from '@/lib/embedded/handler';
import type { Database } from '@/lib/supabase/database.types';
import { createTestDb } from '../utils/test-db';

export const ADMIN = 'beheer@demo.agendakaart.nl';
export const RESIDENT = 'bewoner@demo.agendakaart.nl';
const PASSWORD = 'demo-wachtwoord';
const URL = 'http://embedded.test';

// jsdom gives the test its own Uint8Array, and jose (signing the embedded backend's tokens) checks its key with
// `instanceof Uint8Array`: Node's TextEncoder makes them in Node's realm, so encode into the test's own.
// (a stub: tests/setup.ts restores the real one after the file)
function useTestRealmTextEncoder() {
  const node = new NodeTextEncoder();
  vi.stubGlobal(
    'TextEncoder',
    class {
      readonly encoding = 'utf-8';
      encode(input = '') {
        return new Uint8Array(node.encode(input));
      }
      encodeInto(input: string, into: Uint8Array) {
        return node.encodeInto(input, into);
      }
    },
  );
}

type Backend = { db: PGlite; client: SupabaseClient<Database> };
let backend: Promise<Backend> | undefined;

/** One database per test file (the first call builds it from shim, migrations and seed: several seconds). */
export function embeddedBackend(): Promise<Backend> {
  backend ??= (async () => {
    useTestRealmTextEncoder();
    const db = await createTestDb();
    const fetch = await createEmbeddedFetch(db);
    const client = createClient<Database>(URL, EMBEDDED_ANON_KEY, {
      global: { fetch },
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    });
    return { db, client };
  })();
  return backend;
}

/** Closes this file's database (admin-harness.tsx calls it after the file's last test). */
export async function closeEmbeddedBackend(): Promise<void> {
  const built = backend;
  backend = undefined;
  if (built) await (await built).db.close();
}

/** What '@/lib/supabase/client' exports, answered by the embedded backend. */
export async function clientModule() {
  const { client } = await embeddedBackend();
  return {
    supabase: client,
    isEmbedded: true,
    EMBEDDED_URL: URL,
    warmUpBackend: () => undefined,
    resetDemoData: async () => undefined,
  };
}

export async function signInAs(email: string) {
  const { client } = await embeddedBackend();
  const { error } = await client.auth.signInWithPassword({ email, password: PASSWORD });
  if (error) throw error;
}

export async function signOut() {
  const { client } = await embeddedBackend();
  await client.auth.signOut({ scope: 'local' });
}

/** A query straight on the database, to check what a screen wrote. */
export async function sql<R>(query: string, params: unknown[] = []): Promise<R[]> {
  const { db } = await embeddedBackend();
  return (await db.query<R>(query, params)).rows;
}
