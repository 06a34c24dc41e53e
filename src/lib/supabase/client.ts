// The app's one path to its backend: `supabase`, a supabase-js client (made in create-client.ts). It is loaded on
// first use, and in Supabase mode only after the map has painted (lib/first-paint.ts), so the JavaScript before the
// map stays small. Calls made before it has loaded are replayed on it (deferred.ts). Until then the one public read
// the map needs, map_overview(), is sent as the same PostgREST request supabase-js would send.
import type { SupabaseClient } from '@supabase/supabase-js';
import { env } from '@/config/env';
import { firstPaint } from '../first-paint';
import type { Database } from './database.types';
import { deferred } from './deferred';
import { isEmbedded } from './mode';

export { EMBEDDED_URL, isEmbedded } from './mode';

type Client = SupabaseClient<Database>;

let client: Client | undefined;
let loading: Promise<Client> | undefined;

function loadClient(): Promise<Client> {
  loading ??= (isEmbedded ? Promise.resolve() : firstPaint())
    .then(() => import('./create-client'))
    .then(
      (m) => (client = m.client),
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    );
  return loading;
}

const EARLY_PUBLIC_RPCS = new Set(['map_overview']);

/** A public RPC without arguments, as supabase-js's builder would send it for a visitor. */
function publicRpc(fn: string) {
  let signal: AbortSignal | undefined;
  const send = async () => {
    const response = await fetch(`${env.supabaseUrl}/rest/v1/rpc/${fn}`, {
      method: 'POST',
      headers: {
        apikey: env.supabaseAnonKey!,
        Authorization: `Bearer ${env.supabaseAnonKey}`,
        'Content-Type': 'application/json',
      },
      body: '{}',
      signal,
    });
    const body: unknown = await response.json().catch(() => null);
    return response.ok
      ? { data: body, error: null, status: response.status }
      : { data: null, error: body ?? { message: response.statusText }, status: response.status };
  };
  const builder = {
    abortSignal(s: AbortSignal) {
      signal = s;
      return builder;
    },
    then<A, B>(resolve: (v: Awaited<ReturnType<typeof send>>) => A, reject?: (e: unknown) => B) {
      return send().then(resolve, reject);
    },
  };
  return builder;
}

function early(prop: PropertyKey, fallback: () => unknown): unknown {
  if (isEmbedded || prop !== 'rpc') return undefined;
  return (fn: string, args?: object, options?: object) =>
    EARLY_PUBLIC_RPCS.has(fn) && (!args || Object.keys(args).length === 0)
      ? publicRpc(fn)
      : (fallback() as (...a: unknown[]) => unknown)(fn, args, options);
}

export const supabase: Client = deferred<Client>(() => client, loadClient, early);

/** Embedded mode only: throws the local database away and rebuilds it from migrations and seed. */
export async function resetDemoData(): Promise<void> {
  await (await import('./create-client')).resetDemoData();
}

/** Starts the embedded database early (e.g. while the map geometry loads); a no-op with Supabase. */
export function warmUpBackend(): void {
  if (isEmbedded) void loadClient().then(() => import('./create-client').then((m) => m.warmUpBackend()));
}
