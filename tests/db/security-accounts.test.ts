// Issue 16, accounts and privacy: rate limits on comment edits and renames, anonymous sign-ins are visitors, deleting
// an account leaves no copy of the person's data in our tables, the last admin stays, sequences are not granted to
// the API roles, and account ids of contributors are readable by nobody who does not need them (tables and RPCs).
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { actAs, actAsOwner, attempt, rolledBack, scalar } from './db-helpers';
import { doc, errorOf, NOORD_AGENDA, U, valueOf, type Who } from './documents-helpers';
import { propose } from './initiatives-helpers';
import { API_HIDDEN_COLUMNS, DEMO_USERS } from './permissions';
import { person, ROLES, uuidsIn } from './security-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

describe('rate limits on comment edits and renames (PT429)', () => {
  it('the 21st edit of a comment within ten minutes is refused with a clear message', async () => {
    await rolledBack(db, async (tx) => {
      const c = await valueOf(tx, 'resident', `public.add_comment(${doc(NOORD_AGENDA)}, 'Eerste versie')`);
      for (let i = 1; i <= 20; i++)
        await valueOf(tx, 'resident', `public.update_comment('${String(c.id)}', 'Versie ${i}')`);
      const err = await errorOf(tx, 'resident', `public.update_comment('${String(c.id)}', 'Versie 21')`);
      expect(err.code).toBe('PT429');
      expect(err.message).toMatch(
        /^Je hebt in korte tijd al 20 keer een reactie bewerkt of ingetrokken\. Probeer het over/,
      );
    });
  });

  it('the 6th rename within a day is refused; keeping the same name is not a rename', async () => {
    await rolledBack(db, async (tx) => {
      for (let i = 1; i <= 5; i++) await valueOf(tx, 'council', `public.update_profile('Joost ${i}')`);
      await valueOf(tx, 'council', `public.update_profile('Joost 5')`);
      const err = await errorOf(tx, 'council', `public.update_profile('Joost 6')`);
      expect(err.code).toBe('PT429');
      expect(err.message).toMatch(/5 keer je naam gewijzigd/);
    });
  });
});

describe('anonymous sign-ins are visitors', () => {
  it('an anonymous user cannot propose, support, comment, report or rename, and me() is null', async () => {
    await rolledBack(db, async (tx) => {
      const anonymous = await person(tx, 1, { anonymous: true });
      const initiative = await propose(tx, 'council');
      for (const call of [
        `public.propose_initiative('Nieuw bankje', 'Een beschrijving van minstens twintig tekens.', (select id from public.themes limit 1), p_district_id => (select id from public.districts limit 1), p_place_description => 'Bij de school')`,
        `public.support_initiative(${initiative})`,
        `public.comment_on_initiative(${initiative}, 'Hallo')`,
        `public.report_abuse('initiative', ${initiative})`,
        `public.add_comment(${doc(NOORD_AGENDA)}, 'Hallo allemaal')`,
        `public.update_profile('Anoniem')`,
      ]) {
        expect(await errorOf(tx, anonymous, call), call).toMatchObject({ code: '42501' });
      }
      await actAs(tx, anonymous);
      expect(await scalar(tx, 'select public.me()')).toBeNull();
      await actAsOwner(tx);
      expect(await valueOf(tx, anonymous, `public.document_detail(${doc(NOORD_AGENDA)})`)).toMatchObject({
        can_comment: false,
      });
    });
  });
});

describe('deleting an account removes or anonymises every copy of the personal data', () => {
  it("my name and comment excerpts leave other people's notifications; the audit log and invitations forget me", async () => {
    await rolledBack(db, async (tx) => {
      const me = await person(tx, 1, { email: 'vertrekker@example.org' });
      const id = await propose(tx, 'council'); // Joost's initiative: he gets a notification of my comment
      await valueOf(tx, me, `public.comment_on_initiative(${id}, 'Mijn persoonlijke mening hierover')`);
      await valueOf(
        tx,
        'admin',
        `public.admin_invite('vertrekker@example.org', 'area_team', (select id from public.areas where slug = 'west'))`,
      );
      const payload = () =>
        scalar<Record<string, unknown>>(
          tx,
          `select payload from public.notifications where user_id = '${U.council}' and initiative_id = ${id} order by created_at desc limit 1`,
        );
      expect(await payload()).toMatchObject({ author_name: 'Persoon 1', excerpt: 'Mijn persoonlijke mening hierover' });
      await valueOf(tx, me, `public.delete_my_account('VERWIJDER')`);
      expect(await payload()).toMatchObject({ author_name: 'Oud-gebruiker', excerpt: '' });
      const leftovers = await scalar<number>(
        tx,
        `select (select count(*) from public.audit_log where changed_by::text = $1 or before::text ~ $1 or after::text ~ $1
                   or before::text ~* 'vertrekker@' or after::text ~* 'vertrekker@')
              + (select count(*) from public.invitations where email ~* 'vertrekker@')
              + (select count(*) from public.notifications where payload::text ~ 'Persoon 1|persoonlijke mening')`,
        [me.sub],
      );
      expect(Number(leftovers)).toBe(0);
    });
  });

  it('an admin deleting the user in Supabase Auth (auth.users) anonymises the same', async () => {
    await rolledBack(db, async (tx) => {
      const me = await person(tx, 2);
      const id = await propose(tx, 'council');
      await valueOf(tx, me, `public.comment_on_initiative(${id}, 'Tekst van mij')`);
      await tx.query(`delete from auth.users where id = $1`, [me.sub]);
      expect(
        await scalar(
          tx,
          `select count(*)::int from public.notifications where payload::text ~ 'Tekst van mij|Persoon 2'`,
        ),
      ).toBe(0);
    });
  });
});

describe('the last admin stays', () => {
  it('neither revoking the own admin role nor deleting the own account leaves the gemeente without an admin', async () => {
    await rolledBack(db, async (tx) => {
      const own = `(select id from public.memberships where user_id = '${DEMO_USERS.admin}' and role = 'admin')`;
      expect((await errorOf(tx, 'admin', `public.admin_revoke_membership(${own})`)).code).toBe('22023');
      expect((await errorOf(tx, 'admin', `public.delete_my_account('VERWIJDER')`)).code).toBe('22023');
      expect(await scalar(tx, `select count(*)::int from public.memberships where role = 'admin'`)).toBe(1);
    });
  });
});

describe('sequences carry no grants for the API roles', () => {
  it('anon and authenticated can neither read nor advance any sequence', async () => {
    const offenders = await scalar<number>(
      db,
      `select count(*)::int from pg_class c cross join (values ('anon'), ('authenticated')) r(role)
       where c.relkind = 'S' and c.relnamespace in ('public'::regnamespace, 'private'::regnamespace)
         and (has_sequence_privilege(r.role, c.oid, 'USAGE') or has_sequence_privilege(r.role, c.oid, 'SELECT')
              or has_sequence_privilege(r.role, c.oid, 'UPDATE'))`,
    );
    expect(offenders).toBe(0);
  });
});

describe('account ids of contributors: names instead, on every path', () => {
  const READERS: Who[] = [...ROLES, 'area_team_own_area'];

  it.each(Object.entries(API_HIDDEN_COLUMNS))('no role may select %s.%s', async (table, columns) => {
    await rolledBack(db, async (tx) => {
      for (const who of READERS) {
        await actAs(tx, who);
        const res = await attempt(tx, `select ${columns[0]} from public.${table} limit 1`);
        await actAsOwner(tx);
        expect(res.error?.code, `${JSON.stringify(who)} reads ${table}.${columns[0]}`).toBe('42501');
      }
    });
  });

  it('documents.created_by holds no id for anyone', async () => {
    await rolledBack(db, async (tx) => {
      await valueOf(
        tx,
        'area_team_own_area',
        `public.create_document((select id from public.areas where slug = 'noord'), 'agenda', 'Wijkagenda Nieuw')`,
      );
      expect(await scalar(tx, `select count(*)::int from public.documents where created_by is not null`)).toBe(0);
    });
  });

  it("the read RPCs carry names and the caller's own id at most", async () => {
    await rolledBack(db, async (tx) => {
      const accountIds = new Set(
        (await tx.query<{ id: string }>(`select id::text from auth.users`)).rows.map((r) => r.id),
      );
      const initiative = await propose(tx, 'council');
      await valueOf(tx, 'resident', `public.comment_on_initiative(${initiative}, 'Mooi plan')`);
      const calls = [
        `public.document_detail(${doc(NOORD_AGENDA)})`,
        `public.document_comments(${doc(NOORD_AGENDA)})`,
        `public.document_history(${doc(NOORD_AGENDA)})`,
        `public.initiative_detail(${initiative})`,
        `public.list_initiatives()`,
        `public.area_page('noord')`,
      ];
      for (const who of READERS) {
        const own =
          typeof who === 'string'
            ? (({ anon: '', resident: U.resident, council: U.council, admin: U.admin } as Record<string, string>)[
                who
              ] ?? U.team)
            : '';
        for (const call of calls) {
          const leaked = uuidsIn(await valueOf(tx, who, call)).filter((u) => accountIds.has(u) && u !== own);
          expect(leaked, `${JSON.stringify(who)}: ${call}`).toEqual([]);
        }
      }
    });
  });
});
