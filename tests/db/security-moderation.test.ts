// Issue 16, one person with many accounts and removed initiatives: reports from new or unconfirmed accounts do not
// hide anything (the item goes to the moderation queue), reports are limited per origin, and a removed initiative
// with its comments, history and exact place is unreadable for everyone but admins, through RPCs and tables.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { actAs, actAsOwner, attempt, rolledBack } from './db-helpers';
import { errorOf, list, valueOf, type Json, type Who } from './documents-helpers';
import { propose } from './initiatives-helpers';
import { noordRoles, person } from './security-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

type Tx = Parameters<typeof propose>[0];
const onMap = async (tx: Tx, who: Who, id: string) =>
  ((await valueOf(tx, who, 'public.map_initiatives()')) as unknown as { id: string }[]).some(
    (i) => `'${i.id}'::uuid` === id,
  );
const queued = async (tx: Tx, id: string) =>
  ((await valueOf(tx, 'admin', 'public.admin_moderation_queue()')) as unknown as Json[]).find(
    (q) => `'${String(q.target_id)}'::uuid` === id,
  );

describe('one person cannot take anything off the site', () => {
  it('three brand-new accounts report an initiative: it goes to the queue and stays visible', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      for (let n = 1; n <= 3; n++) {
        const r = await valueOf(tx, await person(tx, n, { ageDays: 0 }), `public.report_abuse('initiative', ${id})`);
        expect(r).toMatchObject({ reported: true, in_queue: true, hidden: false });
      }
      expect(await onMap(tx, 'anon', id)).toBe(true);
      expect(await queued(tx, id)).toMatchObject({ report_count: 3, trusted_report_count: 0, is_hidden: false });
    });
  });

  it('an account without a confirmed e-mail address cannot report at all', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      const err = await errorOf(
        tx,
        await person(tx, 1, { confirmed: false }),
        `public.report_abuse('initiative', ${id})`,
      );
      expect(err).toEqual({
        code: '42501',
        message: 'Bevestig eerst je e-mailadres met de link in de mail; daarna kun je iets melden.',
      });
    });
  });

  it('three confirmed accounts older than a week hide it until an admin decides', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      await valueOf(tx, await person(tx, 1, { ageDays: 8 }), `public.report_abuse('initiative', ${id})`);
      await valueOf(tx, await person(tx, 2, { ageDays: 0 }), `public.report_abuse('initiative', ${id})`);
      await valueOf(tx, await person(tx, 3, { ageDays: 30 }), `public.report_abuse('initiative', ${id})`);
      expect(await onMap(tx, 'anon', id)).toBe(true);
      const r = await valueOf(tx, await person(tx, 4, { ageDays: 400 }), `public.report_abuse('initiative', ${id})`);
      expect(r).toMatchObject({ hidden: true });
      expect(await onMap(tx, 'anon', id)).toBe(false);
      expect(await queued(tx, id)).toMatchObject({ report_count: 4, trusted_report_count: 3, is_hidden: true });
    });
  });

  it('reports are limited per origin (the client address PostgREST passes), whatever the account', async () => {
    await rolledBack(db, async (tx) => {
      const ids: string[] = [];
      const { rows } = await tx.query<{ id: string }>(
        `insert into public.initiatives (title, description, theme_id, district_id, area_id, lng, lat)
         select 'Bankje nummer ' || n, 'Een beschrijving van minstens twintig tekens.', t.id, d.id, d.area_id, 5.07, 51.58
         from generate_series(1, 31) n, (select id from public.themes limit 1) t, (select id, area_id from public.districts limit 1) d
         returning id`,
      );
      for (const r of rows) ids.push(`'${r.id}'::uuid`);
      const accounts = [];
      for (let n = 10; n < 14; n++) accounts.push(await person(tx, n)); // 4 × at most 9: under the per-account limit
      await tx.query(`select set_config('request.headers', '{"x-forwarded-for": "203.0.113.7, 10.0.0.1"}', true)`);
      for (let i = 0; i < 30; i++)
        await valueOf(tx, accounts[Math.floor(i / 9)]!, `public.report_abuse('initiative', ${ids[i]})`);
      const err = await errorOf(tx, accounts[3]!, `public.report_abuse('initiative', ${ids[30]})`);
      expect(err.code).toBe('PT429');
      expect(err.message).toMatch(/vanaf dit netwerk/);
      // another origin is not affected
      await tx.query(`select set_config('request.headers', '{"x-forwarded-for": "198.51.100.1"}', true)`);
      await valueOf(tx, accounts[3]!, `public.report_abuse('initiative', ${ids[30]})`);
    });
  });
});

describe('removed means removed for every reader but admins', () => {
  it('a removed initiative, its comments, history and exact place: only admins, on every path', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident', { isHome: true });
      await valueOf(tx, 'council', `public.comment_on_initiative(${id}, 'Een reactie')`);
      await valueOf(tx, 'admin', `public.admin_moderate('initiative', ${id}, 'remove')`);
      const readers: Who[] = [...(await noordRoles(tx)).filter((r) => r !== 'admin'), 'area_team_own_area'];
      for (const who of [...readers, 'resident'] as Who[]) {
        expect((await errorOf(tx, who, `public.initiative_detail(${id})`)).code).toBe('P0002');
        expect((await errorOf(tx, who, `public.initiative_comments_page(${id}, 10, 0)`)).code).toBe('P0002');
        await actAs(tx, who);
        for (const [table, column] of [
          ['initiatives', 'id'],
          ['initiative_comments', 'initiative_id'],
          ['initiative_status_changes', 'initiative_id'],
          ['initiative_places', 'initiative_id'],
          ['notifications', 'initiative_id'],
        ] as const) {
          const res = await attempt<{ n: number }>(
            tx,
            `select count(*)::int as n from public.${table} where ${column} = ${id}`,
          );
          // anon has no SELECT on exact places and notifications at all
          if (res.error) expect(res.error.code).toBe('42501');
          else expect(res.rows[0]!.n, `${JSON.stringify(who)} reads ${table}`).toBe(0);
        }
        await actAsOwner(tx);
      }
      const admin = await valueOf(tx, 'admin', `public.initiative_detail(${id})`);
      expect(admin).toMatchObject({ initiative: { is_removed: true } });
      expect(list(admin, 'comments')).toHaveLength(1);
    });
  });

  it('a hidden initiative: its history and comments follow it (not for the public)', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      await valueOf(tx, 'council', `public.comment_on_initiative(${id}, 'Zichtbaar tot verborgen')`);
      await tx.query(`update public.initiatives set hidden_at = now() where id = ${id}`);
      for (const who of (await noordRoles(tx)).filter((r) => r !== 'admin' && r !== 'resident')) {
        await actAs(tx, who);
        const history = await attempt<{ n: number }>(
          tx,
          `select count(*)::int as n from public.initiative_status_changes where initiative_id = ${id}`,
        );
        const comments = await attempt<{ n: number }>(
          tx,
          `select count(*)::int as n from public.initiative_comments where initiative_id = ${id}`,
        );
        await actAsOwner(tx);
        expect([history.rows?.[0]?.n, comments.rows?.[0]?.n], String(who)).toEqual([0, 0]);
      }
      expect(list(await valueOf(tx, 'resident', `public.initiative_detail(${id})`), 'history')).toHaveLength(1);
    });
  });
});

describe('pagination', () => {
  it('map_initiatives_page and initiative_comments_page page; the classic calls are bounded', async () => {
    await rolledBack(db, async (tx) => {
      const page = await valueOf(tx, 'anon', 'public.map_initiatives_page(p_limit => 2)');
      expect(list(page, 'items')).toHaveLength(2);
      expect(page).toMatchObject({ has_more: true, offset: 0, limit: 2 });
      expect((await errorOf(tx, 'anon', 'public.map_initiatives_page(p_limit => 20000)')).code).toBe('22023');
      const id = await propose(tx, 'resident');
      for (let i = 1; i <= 3; i++)
        await valueOf(tx, 'area_team_own_area', `public.comment_on_initiative(${id}, 'Reactie ${i}')`);
      const comments = await valueOf(tx, 'anon', `public.initiative_comments_page(${id}, 2, 1)`);
      expect(list(comments, 'items').map((c) => c.body)).toEqual(['Reactie 2', 'Reactie 3']);
      expect(comments).toMatchObject({ total: 3, has_more: false });
      expect(await valueOf(tx, 'anon', `public.initiative_detail(${id})`)).toMatchObject({
        comment_total: 3,
        has_more_comments: false,
      });
    });
  });
});
