// Makes the app's supabase-js client (loaded on demand by client.ts). With VITE_SUPABASE_URL set it talks to that
// Supabase project and no PGlite code is ever loaded; without it, supabase-js gets a fetch that answers from the
// embedded database.
import { createClient } from '@supabase/supabase-js';
import { env } from '@/config/env';
import { EMBEDDED_ANON_KEY } from '../embedded/anon-key';
import { createEarlyAnswers, type EarlyAnswers } from '../embedded/early-answers';
import { currentGeneration, forgetAnswers, knownAnswer, mayWrite, rememberAnswer } from '../embedded/known-answers';
import type { EmbeddedBackend } from '../embedded/start';
import { authStorage } from './auth-storage';
import { markBackendOpen, waitFor } from './backend-wait';
import type { Database } from './database.types';
import { openWhenQuiet, type QuietOpener } from './open-when-quiet';

import { EMBEDDED_URL, isEmbedded } from './mode';

let backend: Promise<EmbeddedBackend> | undefined;
let backendReady = false;
let earlyAnswers: EarlyAnswers | undefined;
let quietOpener: QuietOpener | undefined;

// before the database starts: it looks whether the browser holds one yet
const early = (): EarlyAnswers => (earlyAnswers ??= createEarlyAnswers());

function embeddedBackend(): Promise<EmbeddedBackend> {
  // Written against import.meta.env directly so that a Supabase build folds this to the rejection and the
  // PGlite chunks are not even emitted.
  if (import.meta.env.VITE_SUPABASE_URL) return Promise.reject(new Error('Geen lokale database in Supabase-modus.'));
  early();
  backend ??= import('../embedded/start').then(async (m) => {
    const started = await m.startEmbeddedBackend();
    backendReady = true;
    markBackendOpen();
    return started;
  });
  return backend;
}

/** While PGlite starts, a first visit's reads are answered from the build (embedded/early-answers.ts) and a later
 *  visit's from this browser's own earlier answers (embedded/known-answers.ts); a later visit opens the database
 *  only when the page needs it or has gone quiet (open-when-quiet.ts). */
async function embeddedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  if (!backendReady) {
    quietOpener?.touch();
    const generation = currentGeneration();
    const prebuilt = await early().answer(input, init);
    // the build's answer is the database's own as long as nothing was written: kept for the next visit
    if (prebuilt) void rememberAnswer(input, init, prebuilt.clone(), generation).catch(() => undefined);
    const answer = prebuilt ?? (await knownAnswer(input, init));
    if (answer) return answer;
  }
  const started = embeddedBackend();
  const writes = mayWrite(input, init);
  if (writes) forgetAnswers();
  const generation = currentGeneration();
  try {
    const response = await waitFor(started.then((backend) => backend.fetch(input, init)));
    if (!writes) void rememberAnswer(input, init, response.clone(), generation).catch(() => undefined);
    return response;
  } finally {
    if (writes) forgetAnswers();
  }
}

export const client = isEmbedded
  ? createClient<Database>(EMBEDDED_URL, EMBEDDED_ANON_KEY, {
      global: { fetch: embeddedFetch },
      // localStorage like supabase-js's default (new tabs and a reopened browser stay signed in), unless this tab
      // signed in "in dit tabblad" (auth-storage.ts). No `lock`: supabase-js then coordinates without
      // navigator.locks, so a tab waiting for the embedded database never holds up another tab's auth.
      auth: { storage: authStorage, persistSession: true, autoRefreshToken: true, detectSessionInUrl: false },
    })
  : createClient<Database>(env.supabaseUrl!, env.supabaseAnonKey!);

/** Embedded mode only: throws the local database away and rebuilds it from migrations and seed. */
export async function resetDemoData(): Promise<void> {
  if (!isEmbedded) throw new Error('Demogegevens herstellen kan alleen met de lokale database.');
  await (await embeddedBackend()).reset();
  await client.auth.signOut({ scope: 'local' });
}

/** Starts the embedded database early on a first visit (it loads while the page draws from the build's answers), and
 *  on a later visit once the page has what it asked first; a no-op with Supabase. */
export function warmUpBackend(): void {
  if (!isEmbedded) return;
  void early().firstVisit.then((first) => {
    if (first) void embeddedBackend();
    else quietOpener ??= openWhenQuiet(() => void embeddedBackend());
  });
}
