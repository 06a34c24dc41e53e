// Helpers for the admin console tests (tests/db/admin-*.test.ts): accounts written the way GoTrue (and the embedded
// GoTrue, src/lib/embedded/auth-store.ts) writes them, a person's roles, and the admin calls as SQL.
import { randomUUID } from 'node:crypto';
import type { Transaction } from '@electric-sql/pglite';
import type { Claims } from './db-helpers';

/** Signs a user up as GoTrue does with confirmation on (as the table owner): no email_confirmed_at yet. */
export async function signUp(tx: Transaction, email: string, name = 'Nieuw Lid'): Promise<string> {
  const id = randomUUID();
  const identity = { sub: id, email, email_verified: false, phone_verified: false };
  await tx.query(
    `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, raw_app_meta_data,
       raw_user_meta_data, confirmation_token, recovery_token, email_change_token_new, email_change)
     values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2, 'x',
       '{"provider":"email","providers":["email"]}', $3, 'token', '', '', '')`,
    [id, email, JSON.stringify({ display_name: name, ...identity })],
  );
  await tx.query(
    `insert into auth.identities (provider_id, user_id, identity_data, provider) values ($1::text, $1::uuid, $2, 'email')`,
    [id, JSON.stringify(identity)],
  );
  return id;
}

/** The confirmation link is followed: GoTrue sets email_confirmed_at (and signs the person in). */
export async function confirm(tx: Transaction, id: string): Promise<void> {
  await tx.query(`update auth.users set email_confirmed_at = now(), confirmation_token = '' where id = $1`, [id]);
  await tx.query(`update auth.users set last_sign_in_at = now() where id = $1`, [id]);
}

export const rolesOf = async (tx: Transaction, userId: string) =>
  (
    await tx.query<{ role: string; area: string | null; council: string | null }>(
      `select m.role::text as role, a.slug as area, c.name as council from public.memberships m
       left join public.areas a on a.id = m.area_id left join public.councils c on c.id = m.council_id
       where m.user_id = $1 order by 1, 2`,
      [userId],
    )
  ).rows;

export const invite = (email: string, role: string, areaSql = 'null', councilSql = 'null') =>
  `public.admin_invite('${email}', '${role}', ${areaSql}, ${councilSql})`;
export const HEYHOEF = `(select id from public.councils where name = 'Wijkraad Heyhoef (voorbeeld)')`;
/** The claims of a user that is not one of the permission table's actors. */
export const claimsOf = (sub: string, email: string): Claims => ({ role: 'authenticated', sub, email });
