// Abuse reports: anyone signed in with a confirmed address reports an initiative or comment once; at 3 open reports
// of accounts a week or older (issue 16) it is hidden from the public (map, list, detail) but not from its author,
// the area team and admins, until an admin restores or removes it; removed, only admins still read it.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { rolledBack } from './db-helpers';
import { errorOf, list, valueOf, type Who } from './documents-helpers';
import { newUser, propose } from './initiatives-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

const onMap = async (tx: Parameters<typeof propose>[0], who: Who, id: string) =>
  ((await valueOf(tx, who, 'public.map_initiatives()')) as unknown as { id: string }[]).some(
    (i) => `'${i.id}'::uuid` === id,
  );

describe('reporting', () => {
  it('once per reporter', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      expect(await valueOf(tx, 'council', `public.report_abuse('initiative', ${id}, 'Reclame')`)).toMatchObject({
        reported: true,
        hidden: false,
      });
      expect(await errorOf(tx, 'council', `public.report_abuse('initiative', ${id})`)).toEqual({
        code: '23505',
        message: 'Je hebt dit al gemeld. Een beheerder kijkt ernaar.',
      });
      expect((await errorOf(tx, 'anon', `public.report_abuse('initiative', ${id})`)).code).toBe('42501');
    });
  });

  it('the third report hides the initiative from the public, not from its author, the area team or admins', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      await valueOf(tx, await newUser(tx, 4, 30), `public.report_abuse('initiative', ${id})`);
      await valueOf(tx, await newUser(tx, 1, 30), `public.report_abuse('initiative', ${id})`);
      expect(await onMap(tx, 'anon', id)).toBe(true);
      const third = await valueOf(
        tx,
        await newUser(tx, 2, 30),
        `public.report_abuse('initiative', ${id}, 'Scheldwoorden')`,
      );
      expect(third).toMatchObject({ hidden: true });
      expect(await onMap(tx, 'anon', id)).toBe(false);
      expect(await onMap(tx, 'council', id)).toBe(false);
      expect((await errorOf(tx, 'anon', `public.initiative_detail(${id})`)).code).toBe('P0002');
      expect(await valueOf(tx, 'resident', `public.initiative_detail(${id})`)).toMatchObject({
        initiative: { is_hidden: true },
      });
      expect(await onMap(tx, 'area_team_own_area', id)).toBe(true);
      // a hidden thing cannot be reported again, supported or commented on by the public
      expect((await errorOf(tx, await newUser(tx, 3), `public.report_abuse('initiative', ${id})`)).code).toBe('P0002');
      expect((await errorOf(tx, 'council', `public.support_initiative(${id})`)).code).toBe('P0002');
      const queue = (await valueOf(tx, 'admin', 'public.admin_moderation_queue()')) as unknown as Record<
        string,
        unknown
      >[];
      expect(queue.find((q) => `'${String(q.target_id)}'::uuid` === id)).toMatchObject({
        report_count: 3,
        is_hidden: true,
        reasons: ['Scheldwoorden'],
      });
    });
  });

  it('an admin restores it (visible again, reports resolved) or removes it (gone for everyone but admins)', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      for (let n = 1; n <= 3; n++) {
        await valueOf(tx, await newUser(tx, n, 30), `public.report_abuse('initiative', ${id})`);
      }
      expect(
        (await errorOf(tx, 'area_team_own_area', `public.admin_moderate('initiative', ${id}, 'restore')`)).code,
      ).toBe('42501');
      await valueOf(tx, 'admin', `public.admin_moderate('initiative', ${id}, 'restore')`);
      expect(await onMap(tx, 'anon', id)).toBe(true);
      const queue = (await valueOf(tx, 'admin', 'public.admin_moderation_queue()')) as unknown as Record<
        string,
        unknown
      >[];
      expect(queue.some((q) => `'${String(q.target_id)}'::uuid` === id)).toBe(false);

      await valueOf(tx, 'admin', `public.admin_moderate('initiative', ${id}, 'remove')`);
      expect(await onMap(tx, 'anon', id)).toBe(false);
      expect(await onMap(tx, 'resident', id)).toBe(false);
      expect((await errorOf(tx, 'resident', `public.initiative_detail(${id})`)).code).toBe('P0002');
      expect(await valueOf(tx, 'admin', `public.initiative_detail(${id})`)).toMatchObject({
        initiative: { is_removed: true },
      });
    });
  });

  it('comments are reported and hidden the same way', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      const c = await valueOf(tx, 'council', `public.comment_on_initiative(${id}, 'Kwetsende reactie')`);
      for (let n = 1; n <= 3; n++) {
        await valueOf(tx, await newUser(tx, n, 30), `public.report_abuse('comment', '${String(c.id)}')`);
      }
      expect(list(await valueOf(tx, 'anon', `public.initiative_detail(${id})`), 'comments')).toEqual([]);
      expect(list(await valueOf(tx, 'council', `public.initiative_detail(${id})`), 'comments')).toHaveLength(1);
      await valueOf(tx, 'admin', `public.admin_moderate('comment', '${String(c.id)}', 'restore')`);
      expect(list(await valueOf(tx, 'anon', `public.initiative_detail(${id})`), 'comments')).toHaveLength(1);
    });
  });
});
