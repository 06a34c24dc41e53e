// Supabase Auth's users in the shim's auth schema (auth.users + auth.identities). Runs as the database owner,
// like GoTrue does, never as anon.
import type { PGliteInterface } from '@electric-sql/pglite';

export type Identity = Record<string, unknown>;
export type UserRecord = {
  id: string;
  email: string;
  encrypted_password: string | null;
  raw_user_meta_data: Record<string, unknown> | null;
  raw_app_meta_data: Record<string, unknown> | null;
  email_confirmed_at: string | null;
  last_sign_in_at: string | null;
  created_at: string;
  updated_at: string;
  identities: Identity[];
};

const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const SELECT_USER = `
  select u.id, u.email, u.encrypted_password, u.raw_user_meta_data, u.raw_app_meta_data,
    ${iso('u.email_confirmed_at')} as email_confirmed_at, ${iso('u.last_sign_in_at')} as last_sign_in_at,
    ${iso('u.created_at')} as created_at, ${iso('u.updated_at')} as updated_at,
    coalesce((select jsonb_agg(jsonb_build_object('identity_id', i.id, 'id', i.provider_id, 'user_id', i.user_id,
        'identity_data', i.identity_data, 'provider', i.provider, 'last_sign_in_at', ${iso('i.last_sign_in_at')},
        'created_at', ${iso('i.created_at')}, 'updated_at', ${iso('i.updated_at')}, 'email', i.email))
      from auth.identities i where i.user_id = u.id), '[]'::jsonb) as identities
  from auth.users u`;

export async function findUser(
  db: PGliteInterface,
  by: 'id' | 'email',
  value: string,
): Promise<UserRecord | undefined> {
  const where = by === 'id' ? 'u.id = $1::uuid' : 'lower(u.email) = lower($1)';
  const { rows } = await db.query<UserRecord>(`${SELECT_USER} where ${where} and u.deleted_at is null`, [value]);
  return rows[0];
}

/** A confirmed email user plus the matching `email` identity, as GoTrue creates them with autoconfirm on. */
export async function insertUser(
  db: PGliteInterface,
  user: { email: string; passwordHash: string; data: Record<string, unknown> },
): Promise<string> {
  const id = crypto.randomUUID();
  const identityData = { sub: id, email: user.email, email_verified: true, phone_verified: false };
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
         raw_app_meta_data, raw_user_meta_data)
       values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2, $3, now(),
         '{"provider":"email","providers":["email"]}', $4)`,
      [id, user.email, user.passwordHash, JSON.stringify({ ...user.data, ...identityData })],
    );
    await tx.query(
      `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at)
       values ($1::text, $1::uuid, $2, 'email', now())`,
      [id, JSON.stringify(identityData)],
    );
  });
  return id;
}

export async function updateUser(
  db: PGliteInterface,
  id: string,
  change: { email?: string; passwordHash?: string; data?: Record<string, unknown> },
): Promise<void> {
  await db.query(
    `update auth.users set
       email = coalesce($2, email),
       encrypted_password = coalesce($3, encrypted_password),
       raw_user_meta_data = case when $4::jsonb is null then raw_user_meta_data
         else jsonb_strip_nulls(coalesce(raw_user_meta_data, '{}') || $4::jsonb) end,
       updated_at = now()
     where id = $1`,
    [id, change.email ?? null, change.passwordHash ?? null, change.data ? JSON.stringify(change.data) : null],
  );
  if (change.email) {
    await db.query(
      `update auth.identities set identity_data = identity_data || jsonb_build_object('email', $2::text), updated_at = now()
       where user_id = $1 and provider = 'email'`,
      [id, change.email],
    );
  }
}
