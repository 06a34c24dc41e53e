// The life of an initiative: proposing (the district and area are derived from the place; a place outside the
// gemeente or bad input is refused with a Dutch message), the status workflow that only the area team of the
// area walks (and only along allowed steps, guarded by a trigger too), notifications for the proposer, and the
// chain initiative → agenda item → vision goal → plan action and back.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { attempt, publicFingerprint, rolledBack, scalar } from './db-helpers';
import { district, errorOf, list, str, theme, U, valueOf } from './documents-helpers';
import {
  GEVELTUINEN,
  GROEN_GOAL,
  initiative,
  initiativeVersion,
  lineage,
  PLEIN,
  pointIn,
  propose,
  REESHOF_ITEM,
} from './initiatives-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

const status = (id: string, to: string, explanation = 'Toelichting', extra = '') =>
  `public.set_initiative_status(${id}, ${initiativeVersion(id)}, '${to}', '${explanation}'${extra})`;

describe('proposing', () => {
  it('derives the district and the area from the place and starts as ingediend with one history row', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident', { code: 'WK085550' });
      const d = await valueOf(tx, 'resident', `public.initiative_detail(${id})`);
      expect(d.initiative).toMatchObject({
        status: 'ingediend',
        district: { code: 'WK085550', name: 'Heyhoef' },
        area: { slug: 'reeshof' },
        author_name: 'Sanne de Vries',
        is_own: true,
        placed_by_district: false,
      });
      expect(list(d, 'history').map((h) => [h.from_status, h.to_status])).toEqual([[null, 'ingediend']]);
    });
  });

  it('refuses a place outside the gemeente Tilburg and writes nothing', async () => {
    await rolledBack(db, async (tx) => {
      const before = await publicFingerprint(tx);
      const e = await errorOf(
        tx,
        'resident',
        `public.propose_initiative('Een bankje', 'Een beschrijving van minstens twintig tekens.', ${theme('wonen')}, 4.9, 52.37)`,
      );
      expect(e).toEqual({ code: '22023', message: expect.stringContaining('buiten de gemeente Tilburg') });
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });

  it.each([
    ['a title of 4 characters', `'Kort', 'Een beschrijving van minstens twintig tekens.', ${theme('wonen')}`, 'titel'],
    ['a description of 10 characters', `'Een bankje', 'Te kort...', ${theme('wonen')}`, 'beschrijving'],
    ['no theme', `'Een bankje', 'Een beschrijving van minstens twintig tekens.', null`, 'thema'],
  ])('refuses %s with a Dutch message naming the field', async (_name, args, word) => {
    await rolledBack(db, async (tx) => {
      const [lng, lat] = await pointIn(tx, 'WK085542');
      const e = await errorOf(tx, 'resident', `public.propose_initiative(${args}, ${lng}, ${lat})`);
      expect(e.code).toBe('22023');
      expect(e.message.toLowerCase()).toContain(word);
    });
  });

  it('without the map: a district from the list and a description of the place give a point inside that district', async () => {
    await rolledBack(db, async (tx) => {
      const r = await valueOf(
        tx,
        'resident',
        `public.propose_initiative('Een bankje', 'Een beschrijving van minstens twintig tekens.', ${theme('wonen')}, p_district_id => ${district('WK085543')}, p_place_description => 'Bij de ingang van het park')`,
      );
      expect(r).toMatchObject({ placed_by_district: true, place_description: 'Bij de ingang van het park' });
      const inDistrict = await scalar<string>(
        tx,
        `select d.code from public.initiatives i join public.districts d on d.id = private.district_at(i.lng, i.lat) where i.id = '${str(r, 'id')}'`,
      );
      expect(inDistrict).toBe('WK085543');
      const noPlace = await errorOf(
        tx,
        'resident',
        `public.propose_initiative('Een bankje', 'Een beschrijving van minstens twintig tekens.', ${theme('wonen')}, p_district_id => ${district('WK085543')})`,
      );
      expect(noPlace.message).toContain('Beschrijf waar');
    });
  });

  it('a visitor cannot propose', async () => {
    await rolledBack(db, async (tx) => {
      expect((await errorOf(tx, 'anon', `public.propose_initiative('a', 'b', null)`)).code).toBe('42501');
    });
  });
});

describe('the workflow', () => {
  it('the area team walks ingediend → in behandeling → opgenomen → in uitvoering → gerealiseerd, with links', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      await valueOf(tx, 'area_team_own_area', status(id, 'in_behandeling', 'We kijken ernaar'));
      const opgenomen = await valueOf(
        tx,
        'area_team_own_area',
        status(id, 'opgenomen', 'In de agenda', `, p_agenda_item_lineage_id => ${lineage(PLEIN)}`),
      );
      expect(opgenomen.status).toBe('opgenomen');
      await valueOf(
        tx,
        'area_team_own_area',
        status(id, 'in_uitvoering', 'In het plan', `, p_plan_action_lineage_id => ${lineage(GEVELTUINEN)}`),
      );
      const done = await valueOf(tx, 'area_team_own_area', status(id, 'gerealiseerd', 'Klaar!'));
      expect(done).toMatchObject({ status: 'gerealiseerd' });
      const d = await valueOf(tx, 'anon', `public.initiative_detail(${id})`);
      expect(list(d, 'history').map((h) => `${h.to_status}: ${h.explanation}`)).toEqual([
        'ingediend: ',
        'in_behandeling: We kijken ernaar',
        'opgenomen: In de agenda',
        'in_uitvoering: In het plan',
        'gerealiseerd: Klaar!',
      ]);
      expect(d.allowed_statuses).toEqual([]);
      const after = await errorOf(tx, 'area_team_own_area', status(id, 'in_behandeling'));
      expect(after).toEqual({
        code: '22023',
        message: 'Een initiatief dat gerealiseerd is, kan niet naar in behandeling.',
      });
    });
  });

  it('refuses steps that skip the workflow, and opgenomen / in uitvoering without their link', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      expect(
        (
          await errorOf(
            tx,
            'area_team_own_area',
            status(id, 'opgenomen', 'x!', `, p_agenda_item_lineage_id => ${lineage(PLEIN)}`),
          )
        ).message,
      ).toBe('Een initiatief dat ingediend is, kan niet naar opgenomen in de agenda.');
      await valueOf(tx, 'area_team_own_area', status(id, 'in_behandeling'));
      expect((await errorOf(tx, 'area_team_own_area', status(id, 'opgenomen'))).message).toContain(
        'Kies het agendapunt',
      );
      const otherArea = await errorOf(
        tx,
        'area_team_own_area',
        status(id, 'opgenomen', 'x!', `, p_agenda_item_lineage_id => ${lineage(REESHOF_ITEM)}`),
      );
      expect(otherArea.message).toContain('agenda van dit gebied');
      const actionAsItem = await errorOf(
        tx,
        'area_team_own_area',
        status(id, 'opgenomen', 'x!', `, p_agenda_item_lineage_id => ${lineage(GEVELTUINEN)}`),
      );
      expect(actionAsItem.code).toBe('22023');
    });
  });

  it('afgewezen needs a reason, which everyone reads; a rejected initiative can be reconsidered', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      const noReason = await errorOf(tx, 'area_team_own_area', status(id, 'afgewezen', ' '));
      expect(noReason.message).toContain('Geef een reden');
      await valueOf(tx, 'area_team_own_area', status(id, 'afgewezen', 'Dit valt buiten de gemeente'));
      expect(await valueOf(tx, 'anon', `public.initiative_detail(${id})`)).toMatchObject({
        initiative: { status: 'afgewezen', rejection_reason: 'Dit valt buiten de gemeente' },
      });
      const again = await valueOf(tx, 'area_team_own_area', status(id, 'in_behandeling', 'We kijken opnieuw'));
      expect(again).toMatchObject({ status: 'in_behandeling', rejection_reason: null });
    });
  });

  it('only the area team of the initiative’s area and admins move it; a stale version is a conflict', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      for (const who of ['resident', 'council'] as const) {
        expect((await errorOf(tx, who, status(id, 'in_behandeling'))).code).toBe('42501');
      }
      const reeshof = await propose(tx, 'resident', { code: 'WK085550' });
      expect((await errorOf(tx, 'area_team_own_area', status(reeshof, 'in_behandeling'))).code).toBe('42501');
      await valueOf(tx, 'admin', status(reeshof, 'in_behandeling'));
      const stale = await errorOf(
        tx,
        'area_team_own_area',
        `public.set_initiative_status(${id}, ${initiativeVersion(id)} + 1, 'in_behandeling', 'Toelichting')`,
      );
      expect(stale.code).toBe('40001');
    });
  });

  it('a trigger guards the workflow even for writes outside the functions', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident');
      const direct = await attempt(tx, `update public.initiatives set status = 'gerealiseerd' where id = ${id}`);
      expect(direct.error?.code).toBe('22023');
      const moved = await attempt(
        tx,
        `update public.initiatives set area_id = (select id from public.areas where slug = 'west') where id = ${id}`,
      );
      expect(moved.error?.message).toContain('liggen vast');
    });
  });
});

describe('notifications for the proposer', () => {
  it('every status change (with its explanation) and every comment by someone else, until marked read', async () => {
    await rolledBack(db, async (tx) => {
      await valueOf(tx, 'resident', 'public.mark_notifications_read()');
      const id = await propose(tx, 'resident');
      await valueOf(tx, 'resident', `public.comment_on_initiative(${id}, 'Mijn eigen aanvulling')`);
      await valueOf(tx, 'area_team_own_area', status(id, 'in_behandeling', 'We bellen je deze week'));
      await valueOf(tx, 'area_team_own_area', `public.comment_on_initiative(${id}, 'Wat een goed plan')`);
      const n = await valueOf(tx, 'resident', 'public.my_notifications()');
      expect(n.unread_count).toBe(2);
      expect(
        list(n, 'items').map((i) => [
          i.kind,
          (i.payload as Record<string, unknown>).explanation ?? (i.payload as Record<string, unknown>).excerpt,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['status_changed', 'We bellen je deze week'],
          ['comment_added', 'Wat een goed plan'],
        ]),
      );
      const first = list(n, 'items')[0]!;
      expect(
        await valueOf(tx, 'resident', `public.mark_notifications_read(array['${String(first.id)}'::uuid])`),
      ).toMatchObject({
        marked: 1,
        unread_count: 1,
      });
      // nobody else reads them
      const theirs = list(await valueOf(tx, 'council', 'public.my_notifications()'), 'items');
      expect(JSON.stringify(theirs)).not.toContain('We bellen je deze week');
      expect(
        Number(await scalar(tx, `select count(*) from public.notifications where user_id = '${U.resident}'`)),
      ).toBeGreaterThan(2);
    });
  });
});

describe('the chain', () => {
  it('from the seeded example to its agenda item, vision goal and plan action with progress', async () => {
    await rolledBack(db, async (tx) => {
      const c = await valueOf(tx, 'anon', `public.initiative_chain(${initiative('Buurtmoestuin')})`);
      expect(c).toMatchObject({
        initiative: { status: 'in_uitvoering' },
        agenda_item: { title: PLEIN, kind: 'agenda_item', document: { slug: 'wijkagenda-noord' } },
        vision_goals: [{ title: GROEN_GOAL, document: { slug: 'gebiedsvisie-noord' } }],
        plan_actions: [{ title: GEVELTUINEN, is_linked: true, document: { slug: 'uitvoeringsplan-noord-2026-2027' } }],
      });
      expect(typeof (c.plan_actions as Record<string, unknown>[])[0]!.progress).toBe('number');
    });
  });

  it('back from each entry to the initiatives behind it', async () => {
    await rolledBack(db, async (tx) => {
      for (const title of [PLEIN, GROEN_GOAL, GEVELTUINEN]) {
        const r = (await valueOf(tx, 'anon', `public.entry_initiatives(${lineage(title)})`)) as unknown as Record<
          string,
          unknown
        >[];
        expect(
          r.map((i) => i.title),
          title,
        ).toContain('Buurtmoestuin en geveltuinen rond het plein (voorbeeld)');
      }
      const unrelated = (await valueOf(
        tx,
        'anon',
        `public.entry_initiatives(${lineage(REESHOF_ITEM)})`,
      )) as unknown as unknown[];
      expect(unrelated).toEqual([]);
    });
  });

  it('the triage options are the agenda items and plan actions of the initiative’s area', async () => {
    await rolledBack(db, async (tx) => {
      const o = await valueOf(tx, 'area_team_own_area', `public.triage_options(${initiative('Speelplek')})`);
      expect(list(o, 'agenda_items').map((i) => i.title)).toContain(PLEIN);
      expect(list(o, 'agenda_items').map((i) => i.title)).not.toContain(REESHOF_ITEM);
      expect(list(o, 'plan_actions').map((i) => i.title)).toContain(GEVELTUINEN);
    });
  });
});
