// Helpers for the issue-16 security tests (tests/db/security-*.test.ts): extra accounts of a chosen age and kind,
// a document walked through its life cycle, and the five roles an attacker can be.
import type { Transaction } from '@electric-sql/pglite';
import type { Claims } from './db-helpers';
import { area, str, valueOf, type Who } from './documents-helpers';

/** The roles of the issue: a visitor, a resident, a council member, an area-team member of ANOTHER area, an admin. */
export const ROLES = ['anon', 'resident', 'council', 'area_team_other_area', 'admin'] as const satisfies readonly Who[];

export type PersonOptions = { confirmed?: boolean; ageDays?: number; anonymous?: boolean; email?: string };

/** A new account (a resident), created as the table owner: confirmed or not, of a given age, or anonymous. */
export async function person(tx: Transaction, n: number, o: PersonOptions = {}): Promise<Claims> {
  const id = `00000000-0000-4000-8000-0000000016${String(n).padStart(2, '0')}`;
  const email = o.anonymous ? null : (o.email ?? `persoon${n}@example.org`);
  await tx.query(
    `insert into auth.users (id, aud, role, email, raw_user_meta_data, email_confirmed_at, created_at, is_anonymous)
     values ($1, 'authenticated', 'authenticated', $2, $3, case when $4 then now() end, now() - make_interval(days => $5), $6)`,
    [id, email, JSON.stringify({ display_name: `Persoon ${n}` }), o.confirmed ?? true, o.ageDays ?? 30, !!o.anonymous],
  );
  return o.anonymous
    ? ({ role: 'authenticated', sub: id, is_anonymous: true } as Claims)
    : { role: 'authenticated', sub: id, ...(email ? { email } : {}) };
}

/** An area-team member of Reeshof: for documents and initiatives of Noord, "an area-team member of another area"
 *  (the demo's area_team_other_area is Fatima of Noord acting on Reeshof). */
export async function reeshofTeam(tx: Transaction): Promise<Claims> {
  const who = await person(tx, 90, { email: 'team.reeshof@example.org' });
  await tx.query(
    `insert into public.memberships (user_id, role, area_id) values ($1, 'area_team', (select id from public.areas where slug = 'reeshof'))`,
    [who.sub],
  );
  return who;
}

/** The roles of the issue for things in Noord: visitor, resident, council member, Reeshof team, admin. */
export async function noordRoles(tx: Transaction): Promise<Who[]> {
  return ['anon', 'resident', 'council', await reeshofTeam(tx), 'admin'];
}

/** A concept agenda in Noord made by the Noord area team, with one section and item; ids as SQL literals. */
export async function noordConcept(
  tx: Transaction,
  title = 'Wijkagenda Noord-Test',
): Promise<{ doc: string; section: string; entry: string }> {
  const d = await valueOf(tx, 'area_team_own_area', `public.create_document(${area('noord')}, 'agenda', '${title}')`);
  const docId = `'${str(d, 'id')}'::uuid`;
  const s = await valueOf(tx, 'area_team_own_area', `public.upsert_section(${docId}, 'Sectie')`);
  const e = await valueOf(
    tx,
    'area_team_own_area',
    `public.upsert_entry('${str(s, 'id')}'::uuid, 'Punt', p_origin => 'resident_ambition')`,
  );
  return { doc: docId, section: `'${str(s, 'id')}'::uuid`, entry: `'${str(e, 'id')}'::uuid` };
}

/** Moves a document to a status as the Noord area team (reads its lock version first). */
export async function setStatus(tx: Transaction, docSql: string, status: string): Promise<void> {
  await valueOf(
    tx,
    'area_team_own_area',
    `public.set_document_status(${docSql}, (select version from public.documents where id = ${docSql}), '${status}')`,
  );
}

/** Every uuid in a JSON value (as text), to check that no account id leaks. */
export function uuidsIn(value: unknown): string[] {
  return JSON.stringify(value ?? null).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [];
}
