// Privacy (AVG/GDPR): a home address is public only at reduced precision (about 250 m); only the proposer, the area
// team of the area and admins read the exact place. Every user exports their own data and deletes their account;
// their contributions stay, anonymised.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { actAs, actAsOwner, attempt, rolledBack, scalar } from './db-helpers';
import { at, errorOf, list, U, valueOf } from './documents-helpers';
import { initiative, pointIn, propose } from './initiatives-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

const metres = (a: [number, number], b: [number, number]) => {
  const dy = (a[1] - b[1]) * 111_320;
  const dx = (a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot(dx, dy);
};
const pointOf = (v: unknown): [number, number] => {
  const p = v as { lng: number; lat: number };
  return [p.lng, p.lat];
};

describe('a home address', () => {
  it('is public at reduced precision; the exact place only for the proposer, the area team and admins', async () => {
    await rolledBack(db, async (tx) => {
      const exact = await pointIn(tx, 'WK085542');
      const id = await propose(tx, 'resident', { isHome: true });
      const pub = await valueOf(tx, 'anon', `public.initiative_detail(${id})`);
      const shown = pointOf(at(pub, 'initiative', 'location'));
      expect(at(pub, 'initiative', 'exact_location')).toBeNull();
      expect(metres(shown, exact)).toBeGreaterThan(0);
      expect(metres(shown, exact)).toBeLessThan(250);
      const onMap = (await valueOf(tx, 'council', 'public.map_initiatives()')) as unknown as {
        id: string;
        lng: number;
        lat: number;
      }[];
      const marker = onMap.find((m) => `'${m.id}'::uuid` === id)!;
      expect([marker.lng, marker.lat]).toEqual(shown);
      for (const who of ['resident', 'area_team_own_area', 'admin'] as const) {
        const d = await valueOf(tx, who, `public.initiative_detail(${id})`);
        expect(pointOf(at(d, 'initiative', 'exact_location')), who).toEqual(exact);
      }
      expect(
        at(await valueOf(tx, 'council', `public.initiative_detail(${id})`), 'initiative', 'exact_location'),
      ).toBeNull();
      await actAs(tx, 'council');
      expect(
        Number(await scalar(tx, `select count(*) from public.initiative_places where initiative_id = ${id}`)),
      ).toBe(0);
      expect(
        Number(await scalar(tx, `select count(*) from public.initiatives where id = ${id} and lng = ${exact[0]}`)),
      ).toBe(0);
      await actAs(tx, 'anon');
      expect((await attempt(tx, 'select * from public.initiative_places')).error?.code).toBe('42501');
      await actAsOwner(tx);
    });
  });

  it('a place that is not a home is shown exactly', async () => {
    await rolledBack(db, async (tx) => {
      const exact = await pointIn(tx, 'WK085542');
      const id = await propose(tx, 'resident');
      expect(
        pointOf(at(await valueOf(tx, 'anon', `public.initiative_detail(${id})`), 'initiative', 'location')),
      ).toEqual(exact);
    });
  });
});

describe('export my data', () => {
  it('holds my account, initiatives with their exact place, supports, comments and notifications, and nobody else’s', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident', { isHome: true, title: 'Mijn eigen initiatief' });
      await valueOf(tx, 'resident', `public.comment_on_initiative(${initiative('Speelplek')}, 'Mijn reactie')`);
      const x = await valueOf(tx, 'resident', 'public.export_my_data()');
      expect(x.account).toMatchObject({ id: U.resident, email: 'bewoner@demo.agendakaart.nl' });
      const titles = list(x, 'initiatives').map((i) => i.title);
      expect(titles).toContain('Mijn eigen initiatief');
      expect(titles).not.toContain('Speelplek voor peuters in Heikant (voorbeeld)');
      const mine = list(x, 'initiatives').find((i) => `'${String(i.id)}'::uuid` === id)!;
      expect(mine.exact_location).toEqual({ lng: expect.any(Number), lat: expect.any(Number) });
      expect(list(x, 'supports').length).toBeGreaterThan(0);
      expect(list(x, 'initiative_comments').map((c) => c.body)).toContain('Mijn reactie');
      expect(list(x, 'notifications').length).toBeGreaterThan(0);
      expect((await errorOf(tx, 'anon', 'public.export_my_data()')).code).toBe('42501');
    });
  });
});

describe('delete my account', () => {
  it('asks for confirmation', async () => {
    await rolledBack(db, async (tx) => {
      expect((await errorOf(tx, 'resident', `public.delete_my_account('ja')`)).message).toContain('VERWIJDER');
    });
  });

  it('removes the account; initiatives, supports and comments stay, anonymised; a home keeps only its rounded place', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident', { isHome: true, title: 'Mijn eigen initiatief' });
      const shown = pointOf(at(await valueOf(tx, 'anon', `public.initiative_detail(${id})`), 'initiative', 'location'));
      const supportsBefore = Number(
        await scalar(tx, `select support_count from public.initiatives where title like 'Speelplek%'`),
      );
      expect(await valueOf(tx, 'resident', `public.delete_my_account('VERWIJDER')`)).toEqual({ deleted: true });

      expect(Number(await scalar(tx, `select count(*) from auth.users where id = '${U.resident}'`))).toBe(0);
      expect(Number(await scalar(tx, `select count(*) from public.profiles where id = '${U.resident}'`))).toBe(0);
      const d = await valueOf(tx, 'anon', `public.initiative_detail(${id})`);
      expect(d.initiative).toMatchObject({ title: 'Mijn eigen initiatief', author_name: 'Oud-gebruiker' });
      expect(
        Number(await scalar(tx, `select support_count from public.initiatives where title like 'Speelplek%'`)),
      ).toBe(supportsBefore);
      expect(
        Number(await scalar(tx, `select count(*) from public.initiative_supports where user_id is null`)),
      ).toBeGreaterThan(0);
      const exact = await scalar<number>(tx, `select lng from public.initiative_places where initiative_id = ${id}`);
      expect(exact).toBe(shown[0]);
      const comment = list(
        await valueOf(tx, 'anon', `public.initiative_detail(${initiative('Speelplek')})`),
        'comments',
      )[0]!;
      expect(comment).toMatchObject({ author_name: 'Oud-gebruiker' });
      expect(
        Number(await scalar(tx, `select count(*) from public.notifications where user_id = '${U.resident}'`)),
      ).toBe(0);
    });
  });

  it('the only admin cannot delete their account', async () => {
    await rolledBack(db, async (tx) => {
      expect((await errorOf(tx, 'admin', `public.delete_my_account('VERWIJDER')`)).message).toContain(
        'enige beheerder',
      );
    });
  });
});
