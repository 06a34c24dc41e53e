// Per-user rate limits in the database: every write a resident can make (propose, support, comment on an
// initiative, report, comment on a document) stops at its limit with SQLSTATE PT429 (HTTP 429) and a Dutch
// message; failed writes do not count, other users and other actions are not affected, the window slides.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { rolledBack, scalar } from './db-helpers';
import { doc, errorOf, NOORD_AGENDA, theme, valueOf } from './documents-helpers';
import { newUser, pointIn, propose } from './initiatives-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

const limitOf = (action: string) =>
  scalar<number>(db, `select max_events from private.rate_limits where action = '${action}'`);

describe('rate limits', () => {
  it('the seed leaves no traces and the limits in force', async () => {
    expect(Number(await scalar(db, 'select count(*) from private.rate_limit_events'))).toBe(0);
    expect(await limitOf('propose_initiative')).toBe(5);
  });

  it('a sixth proposal within the hour is refused with PT429 and a Dutch message; others can still propose', async () => {
    await rolledBack(db, async (tx) => {
      for (let i = 0; i < 5; i++) await propose(tx, 'resident', { title: `Initiatief ${i + 1}` });
      const e = await errorOf(tx, 'resident', await proposeSql(tx));
      expect(e.code).toBe('PT429');
      expect(e.message).toMatch(
        /^Je hebt in korte tijd al 5 keer een initiatief voorgesteld\. Probeer het over \d+ minuten opnieuw\.$/,
      );
      await propose(tx, 'council');
      // another action of the same user is not limited by this one
      await valueOf(
        tx,
        'resident',
        `public.comment_on_initiative((select id from public.initiatives where title like 'Speelplek%'), 'Nog een reactie')`,
      );
    });
  });

  it('failed attempts do not count', async () => {
    await rolledBack(db, async (tx) => {
      for (let i = 0; i < 6; i++) {
        expect((await errorOf(tx, 'resident', `public.propose_initiative('Kort', 'x', null, 5.07, 51.58)`)).code).toBe(
          '22023',
        );
      }
      for (let i = 0; i < 5; i++) await propose(tx, 'resident');
    });
  });

  it('the window slides: once the oldest write is older than the window, it is allowed again', async () => {
    await rolledBack(db, async (tx) => {
      for (let i = 0; i < 5; i++) await propose(tx, 'resident');
      expect((await errorOf(tx, 'resident', await proposeSql(tx))).code).toBe('PT429');
      await tx.query(`update private.rate_limit_events set created_at = now() - interval '61 minutes'`);
      await propose(tx, 'resident');
    });
  });

  it.each([
    [
      'comment_on_initiative',
      `public.comment_on_initiative((select id from public.initiatives where title like 'Speelplek%'), 'Reactie')`,
    ],
    [
      'add_comment on a document (redefined with the limit)',
      `public.add_comment(${doc(NOORD_AGENDA, 2)}, 'Reactie op de agenda')`,
    ],
  ])('%s: 10 in 10 minutes, then PT429', async (_name, sql) => {
    await rolledBack(db, async (tx) => {
      for (let i = 0; i < 10; i++) await valueOf(tx, 'resident', sql);
      const e = await errorOf(tx, 'resident', sql);
      expect(e.code).toBe('PT429');
      expect(e.message).toContain('Probeer het over');
    });
  });

  it('add_comment keeps its behaviour: a resident comments where the area team opened comments', async () => {
    await rolledBack(db, async (tx) => {
      const c = await valueOf(tx, 'resident', `public.add_comment(${doc(NOORD_AGENDA, 2)}, 'Reactie op de agenda')`);
      expect(c).toMatchObject({ author_role: 'resident', is_own: true, body: 'Reactie op de agenda' });
    });
  });

  it('supports and reports are limited too', async () => {
    await rolledBack(db, async (tx) => {
      await tx.query(
        `update private.rate_limits set max_events = 2 where action in ('support_initiative', 'report_abuse')`,
      );
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push(await propose(tx, 'council', { title: `Initiatief ${i + 1}` }));
      const user = await newUser(tx, 1);
      await valueOf(tx, user, `public.support_initiative(${ids[0]})`);
      await valueOf(tx, user, `public.support_initiative(${ids[1]})`);
      expect((await errorOf(tx, user, `public.support_initiative(${ids[2]})`)).message).toContain(
        'een initiatief gesteund',
      );
      await valueOf(tx, user, `public.report_abuse('initiative', ${ids[0]})`);
      await valueOf(tx, user, `public.report_abuse('initiative', ${ids[1]})`);
      expect((await errorOf(tx, user, `public.report_abuse('initiative', ${ids[2]})`)).message).toContain(
        'iets gemeld',
      );
    });
  });
});

async function proposeSql(tx: Parameters<typeof pointIn>[0]): Promise<string> {
  const [lng, lat] = await pointIn(tx, 'WK085542');
  return `public.propose_initiative('Nog een initiatief', 'Een beschrijving van minstens twintig tekens.', ${theme('wonen')}, ${lng}, ${lat})`;
}
