// Supports: one per user per initiative (a unique constraint, and a Dutch 23505), not for the proposer and not for
// a rejected initiative, withdrawable; the count is public, who supported is not.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { actAs, actAsOwner, attempt, rolledBack, scalar } from './db-helpers';
import { errorOf, U, valueOf } from './documents-helpers';
import { initiativeVersion, propose } from './initiatives-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

describe('supports', () => {
  it('once per user: a second support is refused, the count counts each supporter once', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      expect(await valueOf(tx, 'council', `public.support_initiative(${id})`)).toMatchObject({
        support_count: 1,
        supported_by_me: true,
      });
      expect(await errorOf(tx, 'council', `public.support_initiative(${id})`)).toEqual({
        code: '23505',
        message: 'Je steunt dit initiatief al.',
      });
      await valueOf(tx, 'admin', `public.support_initiative(${id})`);
      expect(await valueOf(tx, 'anon', `public.initiative_detail(${id})`)).toMatchObject({
        initiative: { support_count: 2 },
        supported_by_me: false,
        can_support: false,
      });
      expect(await valueOf(tx, 'council', `public.initiative_detail(${id})`)).toMatchObject({ supported_by_me: true });
    });
  });

  it('the database itself refuses a duplicate support row', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      await valueOf(tx, 'council', `public.support_initiative(${id})`);
      const dup = await attempt(
        tx,
        `insert into public.initiative_supports (initiative_id, user_id) values (${id}, '${U.council}')`,
      );
      expect(dup.error?.code).toBe('23505');
    });
  });

  it('not your own initiative, not a rejected one, and not as a visitor', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      expect((await errorOf(tx, 'resident', `public.support_initiative(${id})`)).message).toBe(
        'Je kunt je eigen initiatief niet steunen.',
      );
      expect((await errorOf(tx, 'anon', `public.support_initiative(${id})`)).code).toBe('42501');
      await valueOf(
        tx,
        'area_team_own_area',
        `public.set_initiative_status(${id}, ${initiativeVersion(id)}, 'afgewezen', 'Niet haalbaar')`,
      );
      expect((await errorOf(tx, 'council', `public.support_initiative(${id})`)).code).toBe('22023');
    });
  });

  it('a support can be withdrawn (and then given again)', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      await valueOf(tx, 'council', `public.support_initiative(${id})`);
      expect(await valueOf(tx, 'council', `public.withdraw_support(${id})`)).toMatchObject({
        support_count: 0,
        supported_by_me: false,
      });
      expect((await errorOf(tx, 'council', `public.withdraw_support(${id})`)).code).toBe('P0002');
      expect(await valueOf(tx, 'council', `public.support_initiative(${id})`)).toMatchObject({ support_count: 1 });
    });
  });

  it('who supports what is private: others see no support rows, visitors cannot read the table', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      await valueOf(tx, 'council', `public.support_initiative(${id})`);
      await actAs(tx, 'resident');
      expect(
        Number(await scalar(tx, `select count(*) from public.initiative_supports where initiative_id = ${id}`)),
      ).toBe(0);
      await actAs(tx, 'anon');
      expect((await attempt(tx, 'select count(*) from public.initiative_supports')).error?.code).toBe('42501');
      await actAsOwner(tx);
    });
  });
});
