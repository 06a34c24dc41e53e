// Supabase Auth's sessions and rotating refresh tokens. Runs as the database owner, like GoTrue does.
import type { PGliteInterface } from '@electric-sql/pglite';

/** The parts of Supabase's auth schema the shim leaves out: sessions, and token rotation columns. */
export async function ensureAuthTables(db: PGliteInterface): Promise<void> {
  await db.exec(`
    create table if not exists auth.sessions (
      id uuid primary key,
      user_id uuid not null references auth.users (id) on delete cascade,
      created_at timestamptz default now(),
      updated_at timestamptz default now(),
      refreshed_at timestamp,
      aal text default 'aal1',
      user_agent text
    );
    alter table auth.refresh_tokens
      add column if not exists parent varchar(255),
      add column if not exists session_id uuid references auth.sessions (id) on delete cascade;
    revoke all on auth.sessions from public, anon, authenticated;
  `);
}

function newRefreshToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export type IssuedSession = { userId: string; sessionId: string; refreshToken: string; signedInAt: number };

export async function startSession(
  db: PGliteInterface,
  userId: string,
  userAgent: string | null,
): Promise<IssuedSession> {
  const sessionId = crypto.randomUUID();
  const refreshToken = newRefreshToken();
  await db.transaction(async (tx) => {
    await tx.query('update auth.users set last_sign_in_at = now() where id = $1', [userId]);
    await tx.query('insert into auth.sessions (id, user_id, user_agent) values ($1, $2, $3)', [
      sessionId,
      userId,
      userAgent,
    ]);
    await tx.query('insert into auth.refresh_tokens (token, user_id, session_id) values ($1, $2, $3)', [
      refreshToken,
      userId,
      sessionId,
    ]);
  });
  return { userId, sessionId, refreshToken, signedInAt: Math.floor(Date.now() / 1000) };
}

type TokenRow = { id: number; user_id: string; revoked: boolean; session_id: string | null; age: number };

/** GoTrue's refresh: rotate the token; a revoked one is accepted only as the parent of the session's active token
 *  (the client lost the answer) or within the reuse interval; otherwise the whole session is revoked. */
export async function refreshSession(
  db: PGliteInterface,
  token: string,
  reuseIntervalSeconds: number,
): Promise<IssuedSession | 'not_found' | 'already_used'> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<TokenRow>(
      `select id, user_id, revoked, session_id, extract(epoch from clock_timestamp() - updated_at)::float8 as age
       from auth.refresh_tokens where token = $1 for update`,
      [token],
    );
    const old = rows[0];
    if (!old?.session_id) return 'not_found';
    let issued: string | undefined;
    if (old.revoked) {
      const { rows: active } = await tx.query<{ token: string; parent: string | null }>(
        'select token, parent from auth.refresh_tokens where session_id = $1 and not revoked order by id desc limit 1',
        [old.session_id],
      );
      if (active[0]?.parent === token) issued = active[0].token;
      else if (old.age > reuseIntervalSeconds) {
        await tx.query('update auth.refresh_tokens set revoked = true, updated_at = now() where session_id = $1', [
          old.session_id,
        ]);
        return 'already_used';
      }
    }
    if (!issued) {
      issued = newRefreshToken();
      await tx.query(
        'update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1 and not revoked',
        [old.id],
      );
      await tx.query('insert into auth.refresh_tokens (token, user_id, parent, session_id) values ($1, $2, $3, $4)', [
        issued,
        old.user_id,
        token,
        old.session_id,
      ]);
    }
    const { rows: session } = await tx.query<{ signed_in_at: number }>(
      `update auth.sessions set refreshed_at = now(), updated_at = now() where id = $1
       returning extract(epoch from created_at)::int as signed_in_at`,
      [old.session_id],
    );
    const signedInAt = session[0]?.signed_in_at ?? Math.floor(Date.now() / 1000);
    return { userId: old.user_id, sessionId: old.session_id, refreshToken: issued, signedInAt };
  });
}

export async function sessionExists(db: PGliteInterface, sessionId: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from auth.sessions where id = $1::uuid', [sessionId]);
  return rows.length > 0;
}

/** Sign-out: `global` ends every session of the user, `local` this one, `others` all but this one. */
export async function endSessions(
  db: PGliteInterface,
  userId: string,
  sessionId: string,
  scope: string,
): Promise<void> {
  if (scope === 'local') await db.query('delete from auth.sessions where id = $1::uuid', [sessionId]);
  else if (scope === 'others') {
    await db.query('delete from auth.sessions where user_id = $1::uuid and id <> $2::uuid', [userId, sessionId]);
  } else {
    await db.query('delete from auth.sessions where user_id = $1::uuid', [userId]);
    await db.query('update auth.refresh_tokens set revoked = true where user_id = $1', [userId]);
  }
}
