// Issue 16, bad input and presence: places are checked cheaply first (size, vertex count), rounded to ~0.1 m and then
// contained WHOLE in the area; invisible and bidi characters, unreal dates and long URLs are refused on every path;
// realtime presence is only for participants, visible only to them, under names from the database.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { actAs, actAsOwner, attempt, rolledBack, scalar } from './db-helpers';
import { area, doc, errorOf, list, NOORD_AGENDA, REESHOF_AGENDA, str, valueOf, type Who } from './documents-helpers';
import { pointIn } from './initiatives-helpers';
import { noordConcept, person, ROLES } from './security-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

type Tx = Parameters<typeof pointIn>[0];
const square = ([x, y]: [number, number], r: number) => [
  [x - r, y - r],
  [x + r, y - r],
  [x + r, y + r],
  [x - r, y + r],
  [x - r, y - r],
];
const polygon = (ring: number[][]) => JSON.stringify({ type: 'Polygon', coordinates: [ring] });
const place = (tx: Tx, sectionSql: string, geo: string) =>
  errorOf(
    tx,
    'area_team_own_area',
    `public.upsert_entry(${sectionSql}, 'Vlak', p_origin => 'partner_task', p_location => '${geo}'::jsonb)`,
  );

describe('places: cheap checks first, rounded, then the whole shape inside the area', () => {
  it('refuses a polygon with one corner inside and the rest outside the area', async () => {
    await rolledBack(db, async (tx) => {
      const { section } = await noordConcept(tx);
      const inside = await pointIn(tx, 'WK085542'); // Stokhasselt, Noord
      // one corner in Noord, the others far into Reeshof and beyond
      const ring = [inside, [inside[0] - 0.3, inside[1]], [inside[0] - 0.3, inside[1] - 0.2], inside];
      expect(await place(tx, section, polygon(ring))).toEqual({
        code: '22023',
        message: 'Deze plek ligt buiten het gebied van dit document.',
      });
      // a small square around the same point is fine
      const ok = await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry(${section}, 'Vlak', p_origin => 'partner_task', p_location => '${polygon(square(inside, 0.0005))}'::jsonb)`,
      );
      expect(ok.location).toMatchObject({ type: 'Polygon' });
    });
  });

  it('accepts a whole wijk chosen from the list: its boundary is part of the area', async () => {
    await rolledBack(db, async (tx) => {
      const { section } = await noordConcept(tx);
      const ring = await scalar<number[][]>(
        tx,
        `select case geometry ->> 'type' when 'Polygon' then geometry -> 'coordinates' -> 0
                else geometry -> 'coordinates' -> 0 -> 0 end
         from public.districts where code = 'WK085542'`,
      );
      const e = await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry(${section}, 'Heel Stokhasselt', p_origin => 'partner_task', p_location => '${polygon(ring)}'::jsonb)`,
      );
      expect(e.location).toMatchObject({ type: 'Polygon' });
    });
  });

  it('refuses a polygon whose corners are all inside but whose edge leaves the area', async () => {
    await rolledBack(db, async (tx) => {
      const { section } = await noordConcept(tx);
      // two points inside Noord whose straight line leaves Noord (found by sampling the segment, as the owner)
      const pair = await scalar<number[][]>(
        tx,
        `with a as (select private.district_anchor(d.id) as p from public.districts d where d.area_id = ${area('noord')})
         select jsonb_build_array(x.p, y.p) from a x, a y
         where x.p < y.p and exists (select 1 from generate_series(1, 199) s
           where not private.point_in_area(x.p[1] + (y.p[1] - x.p[1]) * s / 200.0, x.p[2] + (y.p[2] - x.p[2]) * s / 200.0, ${area('noord')}))
         order by x.p, y.p limit 1`,
      );
      const [a, b] = pair as [number[], number[]];
      const ring = [a, b, [b[0]! + 0.00005, b[1]!], a];
      expect(await scalar(tx, `select private.point_in_area(${b[0]! + 0.00005}, ${b[1]}, ${area('noord')})`)).toBe(
        true,
      );
      expect(await place(tx, section, polygon(ring))).toEqual({
        code: '22023',
        message: 'Deze plek ligt buiten het gebied van dit document.',
      });
    });
  });

  it('rounds coordinates with thousands of digits to 6 decimals (about 0.1 m)', async () => {
    await rolledBack(db, async (tx) => {
      const { section } = await noordConcept(tx);
      const [x, y] = await pointIn(tx, 'WK085542');
      const longX = `${x.toFixed(6)}${'3'.repeat(3000)}`;
      const e = await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry(${section}, 'Punt', p_origin => 'partner_task', p_location => '{"type":"Point","coordinates":[${longX}, ${y}]}'::jsonb)`,
      );
      expect((e.location as { coordinates: number[] }).coordinates).toEqual([
        Number(x.toFixed(6)),
        Number(y.toFixed(6)),
      ]);
      const stored = await scalar<string>(tx, `select location::text from public.entries where id = '${str(e, 'id')}'`);
      expect(stored.length).toBeLessThan(80);
    });
  });

  it('counts vertices from the array lengths before looking at any of them', async () => {
    await rolledBack(db, async (tx) => {
      const { section } = await noordConcept(tx);
      // 2,500 positions that are not even numbers: the count is refused first (before: "geen geldig GeoJSON")
      const ring = JSON.stringify({ type: 'Polygon', coordinates: [Array.from({ length: 2500 }, () => ['x', 'y'])] });
      expect(await place(tx, section, ring)).toEqual({
        code: '22023',
        message: 'Een vlak mag hoogstens 2000 punten hebben.',
      });
      const huge = JSON.stringify({ type: 'Point', coordinates: [5, 51], pad: 'x'.repeat(300_000) });
      expect((await place(tx, section, huge)).message).toMatch(/te groot/);
    });
  });
});

describe('titles and names, dates and URLs', () => {
  it.each([
    ['a zero-width space', 'Wijk\u200Bagenda'],
    ['a right-to-left override', 'Agenda \u202Egnp.exe'],
    ['a left-to-right isolate', 'Agenda \u2066x\u2069'],
  ])('refuses %s in titles and names, through every write', async (_label, text) => {
    await rolledBack(db, async (tx) => {
      const { doc: d, section } = await noordConcept(tx);
      for (const call of [
        `public.update_document(${d}, 1, p_title => '${text}')`,
        `public.upsert_section(${d}, '${text}')`,
        `public.upsert_entry(${section}, '${text}', p_origin => 'partner_task')`,
      ]) {
        expect((await errorOf(tx, 'area_team_own_area', call)).message).toBe(
          'Titels en namen mogen geen onzichtbare tekens of tekens voor de leesrichting bevatten.',
        );
      }
      expect((await errorOf(tx, 'resident', `public.update_profile('Sanne${text}')`)).code).toBe('22023');
      const owner = await attempt(tx, `update public.areas set name = '${text}' where slug = 'noord'`);
      expect(owner.error?.code).toBe('22023');
    });
  });

  it('a sign-up with such characters in its name still works, without them', async () => {
    await rolledBack(db, async (tx) => {
      await tx.query(
        `insert into auth.users (id, aud, role, email, raw_user_meta_data) values (gen_random_uuid(), 'authenticated', 'authenticated', 'x@example.org', '{"display_name":"Anna\u202E de Boer"}')`,
      );
      expect(
        await scalar(
          tx,
          `select display_name from public.profiles where id = (select id from auth.users where email = 'x@example.org')`,
        ),
      ).toBe('Anna de Boer');
    });
  });

  it('refuses infinity dates and URLs without limit', async () => {
    await rolledBack(db, async (tx) => {
      const plan = await valueOf(
        tx,
        'area_team_own_area',
        `public.create_document(${area('noord')}, 'plan', 'Plan', p_period_start => '2030-01-01', p_period_end => '2030-12-31')`,
      );
      const d = `'${str(plan, 'id')}'::uuid`;
      expect(
        await errorOf(tx, 'area_team_own_area', `public.update_document(${d}, 1, p_period_end => 'infinity')`),
      ).toEqual({
        code: '22023',
        message: 'Kies een datum tussen 1900 en 2200.',
      });
      const s = await valueOf(tx, 'area_team_own_area', `public.upsert_section(${d}, 'Acties')`);
      expect(
        (
          await errorOf(
            tx,
            'area_team_own_area',
            `public.upsert_entry('${str(s, 'id')}', 'Actie', p_start_date => '-infinity')`,
          )
        ).code,
      ).toBe('22023');
      const longUrl = `https://example.org/${'a'.repeat(600)}`;
      expect(
        (await errorOf(tx, 'area_team_own_area', `public.update_document(${d}, 1, p_source_url => '${longUrl}')`)).code,
      ).toBe('22023');
      expect(
        (
          await errorOf(
            tx,
            'admin',
            `public.admin_save_council(null, 'Raad', 'wijkraad', ${area('noord')}, 'https://a.nl/ x', array[(select id from public.districts limit 1)])`,
          )
        ).code,
      ).toBe('22023');
    });
  });
});

describe('presence: only participants, visible only to them, names from the database', () => {
  const topic = (slug: string) => `'document:' || ${doc(slug)}::text`;

  it('realtime policies: a visitor or a mere reader neither shows up nor sees who is there', async () => {
    await rolledBack(db, async (tx) => {
      await tx.query(
        `insert into realtime.messages (topic, extension, event, private) select ${topic(REESHOF_AGENDA)}, e, 'probe', true from unnest(array['broadcast', 'presence']) e`,
      );
      const probe = async (who: Who) => {
        await actAs(tx, who);
        await tx.query(`select set_config('realtime.topic', ${topic(REESHOF_AGENDA)}, true)`);
        const seen = await attempt<{ extension: string }>(
          tx,
          `select distinct extension from realtime.messages where topic = ${topic(REESHOF_AGENDA)} order by 1`,
        );
        const track = await attempt(
          tx,
          `insert into realtime.messages (topic, extension, event) values (${topic(REESHOF_AGENDA)}, 'presence', 'x')`,
        );
        await actAsOwner(tx);
        return { seen: seen.rows?.map((r) => r.extension) ?? seen.error?.code, tracks: !track.error };
      };
      // Wijkagenda Reeshof is in consultatie for the councils only
      expect(await probe('anon')).toEqual({ seen: ['broadcast'], tracks: false });
      expect(await probe('resident')).toEqual({ seen: ['broadcast'], tracks: false });
      expect(await probe('area_team_other_area')).toEqual({ seen: ['broadcast'], tracks: false });
      expect(await probe('council')).toEqual({ seen: ['broadcast', 'presence'], tracks: true });
      expect(await probe('admin')).toEqual({ seen: ['broadcast', 'presence'], tracks: true });
    });
  });

  it('a ticket carries a per-document pseudonym and the name from the database; forged tickets are ignored', async () => {
    await rolledBack(db, async (tx) => {
      const d = doc(NOORD_AGENDA);
      const fatima = await valueOf(tx, 'area_team_own_area', `public.join_document_presence(${d})`);
      expect(fatima).toMatchObject({ name: 'Fatima El Amrani' });
      expect(JSON.stringify(fatima)).not.toContain('00000000-0000-4000-8000-000000000001');
      const sanne = await valueOf(tx, 'resident', `public.join_document_presence(${d})`);
      const people = await valueOf(
        tx,
        'resident',
        `public.document_presence_people(${d}, array['${str(fatima, 'ticket')}', '${str(sanne, 'ticket')}', gen_random_uuid()]::uuid[])`,
      );
      expect((people as unknown as { name: string }[]).map((p) => p.name).sort()).toEqual([
        'Fatima El Amrani',
        'Sanne de Vries',
      ]);
      // a ticket of another document names nobody here
      const other = await valueOf(tx, 'council', `public.join_document_presence(${doc(REESHOF_AGENDA)})`);
      expect(
        await valueOf(
          tx,
          'resident',
          `public.document_presence_people(${d}, array['${str(other, 'ticket')}']::uuid[])`,
        ),
      ).toEqual([]);
      // non-participants may not resolve tickets
      for (const who of ['area_team_other_area'] as const) {
        expect(
          (
            await errorOf(
              tx,
              who,
              `public.document_presence_people(${doc(REESHOF_AGENDA)}, array['${str(other, 'ticket')}']::uuid[])`,
            )
          ).code,
        ).toBe('42501');
      }
      for (const who of ROLES.filter((r) => r === 'anon')) {
        expect((await errorOf(tx, who, `public.join_document_presence(${d})`)).code).toBe('42501');
      }
      expect(
        list(
          await valueOf(
            tx,
            'admin',
            `public.document_presence_people(${d}, array['${str(fatima, 'ticket')}']::uuid[])`,
          ),
        ),
      ).toHaveLength(1);
    });
  });

  it('an unconfirmed or anonymous account is no participant', async () => {
    await rolledBack(db, async (tx) => {
      const anonymous = await person(tx, 1, { anonymous: true });
      expect((await errorOf(tx, anonymous, `public.join_document_presence(${doc(NOORD_AGENDA)})`)).code).toBe('42501');
    });
  });
});
