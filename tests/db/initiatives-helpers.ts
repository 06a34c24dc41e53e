// Helpers for the initiative rules tests (tests/db/initiatives-*.test.ts): propose as an actor at a point inside a
// district, look up seeded initiatives and entries, and add extra signed-in users.
import type { Transaction } from '@electric-sql/pglite';
import { scalar, type Claims } from './db-helpers';
import { district, str, theme, valueOf, type Who } from './documents-helpers';

export const initiative = (titleStart: string) =>
  `(select id from public.initiatives where title like '${titleStart.replaceAll("'", "''")}%')`;
export const initiativeVersion = (idSql: string) => `(select version from public.initiatives where id = ${idSql})`;
/** the lineage of an entry (any version) by title */
export const lineage = (title: string) =>
  `(select lineage_id from public.entries where title = '${title.replaceAll("'", "''")}' limit 1)`;

export const PLEIN = 'Het plein in Quirijnstok vergroenen'; // agenda item, Wijkagenda Noord
export const GEVELTUINEN = 'Geveltuinen-actie met bewoners'; // plan action, Uitvoeringsplan Noord 2026-2027
export const GROEN_GOAL = 'Een groen en klimaatbestendig Noord'; // vision goal that answers PLEIN
export const REESHOF_ITEM = 'Het wijkpunt in Heyhoef uitbreiden';

/** A point inside the district (a grid point near its centre), computed as the table owner. */
export async function pointIn(tx: Transaction, code: string): Promise<[number, number]> {
  const p = await scalar<number[]>(tx, `select private.district_anchor(${district(code)})`);
  return [p[0]!, p[1]!];
}

export type ProposeOptions = { title?: string; code?: string; isHome?: boolean; themeSlug?: string };

/** Proposes an initiative as `who` at a point in the district (Stokhasselt, Noord, by default); returns its id as a SQL literal. */
export async function propose(tx: Transaction, who: Who, o: ProposeOptions = {}): Promise<string> {
  const [lng, lat] = await pointIn(tx, o.code ?? 'WK085542');
  const r = await valueOf(
    tx,
    who,
    `public.propose_initiative('${o.title ?? 'Een nieuw bankje'}', 'Een beschrijving van minstens twintig tekens.', ${theme(o.themeSlug ?? 'wonen')}, ${lng}, ${lat}, ${o.isHome ?? false})`,
  );
  return `'${str(r, 'id')}'::uuid`;
}

/** A new signed-in user (a resident without memberships, e-mail confirmed as Supabase requires before a first
 *  sign-in), created as the table owner; `ageDays` makes the account that old (issue 16: only accounts of a week or
 *  older count towards hiding a reported item). */
export async function newUser(tx: Transaction, n: number, ageDays = 0): Promise<Claims> {
  const id = `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
  await tx.query(
    `insert into auth.users (id, aud, role, email, raw_user_meta_data, email_confirmed_at, created_at)
     values ($1, 'authenticated', 'authenticated', $2, $3, now(), now() - make_interval(days => $4))`,
    [id, `extra${n}@example.org`, JSON.stringify({ display_name: `Extra ${n}` }), ageDays],
  );
  return { role: 'authenticated', sub: id };
}
