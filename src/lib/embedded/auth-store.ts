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
  confirmation_sent_at: string | null;
  recovery_sent_at: string | null;
  /** the address an e-mail change waits to confirm ('' when none) */
  email_change: string;
  email_change_sent_at: string | null;
  created_at: string;
  updated_at: string;
  identities: Identity[];
};

/** The one-time tokens GoTrue keeps in auth.users, each with the time its mail was sent. */
export type TokenKind = 'confirmation' | 'recovery' | 'email_change';
const TOKEN_COLUMNS: Record<TokenKind, { token: string; sentAt: keyof UserRecord & `${string}_sent_at` }> = {
  confirmation: { token: 'confirmation_token', sentAt: 'confirmation_sent_at' },
  recovery: { token: 'recovery_token', sentAt: 'recovery_sent_at' },
  email_change: { token: 'email_change_token_new', sentAt: 'email_change_sent_at' },
};
export const sentAtOf = (kind: TokenKind) => TOKEN_COLUMNS[kind].sentAt;

/** Supabase's default e-mail OTP expiry (Authentication → Providers → Email → Email OTP Expiration). */
export const OTP_EXPIRY_SECONDS = 3600;

const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const SELECT_USER = `
  select u.id, u.email, u.encrypted_password, u.raw_user_meta_data, u.raw_app_meta_data,
    ${iso('u.email_confirmed_at')} as email_confirmed_at, ${iso('u.last_sign_in_at')} as last_sign_in_at,
    ${iso('u.confirmation_sent_at')} as confirmation_sent_at, ${iso('u.recovery_sent_at')} as recovery_sent_at,
    coalesce(u.email_change, '') as email_change, ${iso('u.email_change_sent_at')} as email_change_sent_at,
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

/** An unconfirmed email user plus the matching `email` identity, as GoTrue signs one up with confirmation on.
 *  Like GoTrue it writes every column Supabase's auth.users gives no default, the four string token columns as ''
 *  (GoTrue cannot read NULL there). */
export async function insertUser(
  db: PGliteInterface,
  user: { email: string; passwordHash: string; data: Record<string, unknown> },
): Promise<string> {
  const id = crypto.randomUUID();
  const identityData = { sub: id, email: user.email, email_verified: false, phone_verified: false };
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, raw_app_meta_data,
         raw_user_meta_data, confirmation_token, recovery_token, email_change_token_new, email_change,
         created_at, updated_at)
       values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2, $3,
         '{"provider":"email","providers":["email"]}', $4, '', '', '', '', now(), now())`,
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
  change: { passwordHash?: string; data?: Record<string, unknown> },
): Promise<void> {
  await db.query(
    `update auth.users set
       encrypted_password = coalesce($2, encrypted_password),
       raw_user_meta_data = case when $3::jsonb is null then raw_user_meta_data
         else jsonb_strip_nulls(coalesce(raw_user_meta_data, '{}') || $3::jsonb) end,
       updated_at = now()
     where id = $1`,
    [id, change.passwordHash ?? null, change.data ? JSON.stringify(change.data) : null],
  );
}

/** GoTrue's crypto.GenerateTokenHash: hex SHA-224 of the address and the OTP; the mail's link carries it and the
 *  token column holds it. An e-mail change's token belongs to the new address, which waits in `email_change`. */
export async function storeToken(
  db: PGliteInterface,
  userId: string,
  kind: TokenKind,
  address: string,
  otp: string,
): Promise<string> {
  const { token, sentAt } = TOKEN_COLUMNS[kind];
  const { rows } = await db.query<{ token_hash: string }>(
    `update auth.users set ${token} = encode(sha224(convert_to($2::text || $3::text, 'UTF8')), 'hex'),
       ${sentAt} = now(), updated_at = now() ${kind === 'email_change' ? ', email_change = $2::text' : ''}
     where id = $1 returning ${token} as token_hash`,
    [userId, address, otp],
  );
  return rows[0]!.token_hash;
}

export async function tokenHashOf(db: PGliteInterface, address: string, otp: string): Promise<string> {
  const { rows } = await db.query<{ h: string }>(
    `select encode(sha224(convert_to(lower($1::text) || $2::text, 'UTF8')), 'hex') as h`,
    [address, otp],
  );
  return rows[0]!.h;
}

/** The user whose `kind` token is this hash, and whether it is older than the OTP expiry. */
export async function findByToken(
  db: PGliteInterface,
  kind: TokenKind,
  tokenHash: string,
): Promise<{ id: string; expired: boolean } | undefined> {
  const { token, sentAt } = TOKEN_COLUMNS[kind];
  const { rows } = await db.query<{ id: string; expired: boolean }>(
    `select id, coalesce(${sentAt} + make_interval(secs => $2) < now(), true) as expired
     from auth.users where ${token} = $1 and $1 <> '' and deleted_at is null`,
    [tokenHash, OTP_EXPIRY_SECONDS],
  );
  return rows[0];
}

/** Uses the token once (only the first of two racing requests clears it) and applies what it confirms, as GoTrue's
 *  Confirm, Recover and ConfirmEmailChange do. False when the token was already used. */
export async function consumeToken(
  db: PGliteInterface,
  kind: TokenKind,
  userId: string,
  tokenHash: string,
): Promise<boolean> {
  const { token } = TOKEN_COLUMNS[kind];
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ email_change: string }>(
      `update auth.users set ${token} = '', updated_at = now() where id = $1 and ${token} = $2
       returning coalesce(email_change, '') as email_change`,
      [userId, tokenHash],
    );
    if (!rows[0]) return false;
    if (kind === 'email_change') {
      const email = rows[0].email_change;
      await tx.query(`update auth.users set email = $2, email_change = '' where id = $1`, [userId, email]);
      await tx.query(
        `update auth.identities set identity_data = identity_data || jsonb_build_object('email', $2::text,
           'email_verified', true), updated_at = now() where user_id = $1 and provider = 'email'`,
        [userId, email],
      );
      await tx.query(
        `update auth.users set raw_user_meta_data = coalesce(raw_user_meta_data, '{}') || jsonb_build_object('email', $2::text)
         where id = $1`,
        [userId, email],
      );
    }
    // a signup or recovery link, or an e-mail change, proves the address: an unconfirmed user is confirmed now
    const { rows: confirmed } = await tx.query(
      `update auth.users set email_confirmed_at = now(), confirmation_token = '',
         raw_user_meta_data = coalesce(raw_user_meta_data, '{}') || '{"email_verified":true}'
       where id = $1 and email_confirmed_at is null returning id`,
      [userId],
    );
    if (confirmed[0]) {
      await tx.query(
        `update auth.identities set identity_data = identity_data || '{"email_verified":true}', updated_at = now()
         where user_id = $1 and provider = 'email'`,
        [userId],
      );
    }
    return true;
  });
}
