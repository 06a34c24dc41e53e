// Editing a document as its area team: sections and entries (add, edit, reorder, move, remove), validation with
// Dutch messages and nothing half-written, places on the map checked in SQL, optimistic locking, and links between
// agenda items, vision goals and plan actions, readable both ways.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { publicFingerprint, rolledBack, scalar } from './db-helpers';
import {
  addItem,
  at,
  conceptAgenda,
  doc,
  entry,
  entryVersion,
  errorOf,
  lineageOf,
  list,
  NOORD_AGENDA,
  NOORD_CONCEPT_PLAN,
  NOORD_PLAN,
  NOORD_VISION,
  REESHOF_AGENDA,
  str,
  theme,
  valueOf,
} from './documents-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

const CONFLICT = 'Iemand anders heeft dit intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.';

async function titlesInOrder(tx: Transaction, sectionSql: string): Promise<string[]> {
  const { rows } = await tx.query<{ title: string; position: number }>(
    `select title, position from public.entries where section_id = ${sectionSql} order by position`,
  );
  rows.forEach((r, i) => expect(r.position).toBe(i)); // positions stay 0..n-1
  return rows.map((r) => r.title);
}

async function sectionTitles(tx: Transaction, docSql: string): Promise<string[]> {
  const { rows } = await tx.query<{ title: string; position: number }>(
    `select title, position from public.sections where document_id = ${docSql} order by position`,
  );
  rows.forEach((r, i) => expect(r.position).toBe(i));
  return rows.map((r) => r.title);
}

describe('sections', () => {
  it('are added at the end or at a position, reordered and removed; positions stay 0..n-1', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d } = await conceptAgenda(tx);
      const add = async (title: string, pos = '') =>
        `'${str(await valueOf(tx, 'area_team_own_area', `public.upsert_section(${d}, '${title}'${pos})`), 'id')}'::uuid`;
      const b = await add('Sectie B');
      await add('Sectie A', ', p_position => 0');
      await add('Sectie C', ', p_position => 99'); // clamped to the end
      expect(await sectionTitles(tx, d)).toEqual(['Sectie A', 'Eerste sectie', 'Sectie B', 'Sectie C']);
      const moved = await valueOf(tx, 'area_team_own_area', `public.move_section(${b}, 1, 0)`);
      expect(moved).toMatchObject({ position: 0, version: 2 });
      expect(await sectionTitles(tx, d)).toEqual(['Sectie B', 'Sectie A', 'Eerste sectie', 'Sectie C']);
      await valueOf(tx, 'area_team_own_area', `public.delete_section(${b}, 2)`);
      expect(await sectionTitles(tx, d)).toEqual(['Sectie A', 'Eerste sectie', 'Sectie C']);
      const edited = await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_section(${d}, '  Sectie A, herzien ', (select id from public.sections where document_id = ${d} and title = 'Sectie A'), 1, 'Tekst')`,
      );
      expect(edited).toMatchObject({ title: 'Sectie A, herzien', body: 'Tekst', version: 2, position: 0 });
    });
  });

  it('removing a section removes its entries, and the history keeps each of them', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d, section: s } = await conceptAgenda(tx);
      await addItem(tx, s, 'Punt A');
      await addItem(tx, s, 'Punt B');
      await valueOf(tx, 'area_team_own_area', `public.delete_section(${s}, 1)`);
      expect(await scalar(tx, `select count(*)::int from public.entries where document_id = ${d}`)).toBe(0);
      const revisions = list(await valueOf(tx, 'area_team_own_area', `public.document_history(${d})`), 'revisions');
      expect(
        revisions
          .slice(0, 3)
          .map((r) => `${String(r.entity)} ${String(r.operation)} ${String(r.title)}`)
          .sort(),
      ).toEqual(['entry delete Punt A', 'entry delete Punt B', 'section delete Eerste sectie']);
    });
  });

  it.each([
    ['a title of 1 character', `'X'`, 'Titel moet tussen 2 en 200 tekens zijn.'],
    ['a title of spaces', `'    '`, 'Titel moet tussen 2 en 200 tekens zijn.'],
    [
      'a text of 10001 characters',
      `'Titel', p_body => repeat('x', 10001)`,
      'De tekst mag hoogstens 10.000 tekens zijn.',
    ],
  ])('refuses %s (22023) and writes nothing', async (_name, args, message) => {
    await rolledBack(db, async (tx) => {
      const { doc: d } = await conceptAgenda(tx);
      const before = await publicFingerprint(tx);
      expect(await errorOf(tx, 'area_team_own_area', `public.upsert_section(${d}, ${args})`)).toEqual({
        code: '22023',
        message,
      });
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });

  it('a section of another document gives P0002', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d } = await conceptAgenda(tx);
      const other = `(select id from public.sections where document_id = ${doc(NOORD_AGENDA, 2)} limit 1)`;
      expect(await errorOf(tx, 'area_team_own_area', `public.upsert_section(${d}, 'Titel', ${other}, 1)`)).toEqual({
        code: 'P0002',
        message: 'Sectie niet gevonden.',
      });
    });
  });
});

describe('entries', () => {
  it('get their kind from the document and sensible defaults', async () => {
    await rolledBack(db, async (tx) => {
      const { section: s } = await conceptAgenda(tx);
      const item = await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry(${s}, 'Punt', p_origin => 'partner_task')`,
      );
      expect(item).toMatchObject({
        kind: 'agenda_item',
        origin: 'partner_task',
        priority: 2,
        item_status: 'open',
        owner_name: null,
        version: 1,
      });
      expect(item).not.toHaveProperty('progress');
      const plan = doc(NOORD_CONCEPT_PLAN);
      const planSection = `(select id from public.sections where document_id = ${plan} limit 1)`;
      const action = await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry(${planSection}, 'Actie', p_budget_eur => 1234.5)`,
      );
      expect(action).toMatchObject({
        kind: 'plan_action',
        owner_kind: 'gemeente',
        action_status: 'gepland',
        progress: 0,
        budget_eur: 1234.5,
        start_date: null,
      });
      expect(action).not.toHaveProperty('origin');
      const visionV2 = await valueOf(tx, 'area_team_own_area', `public.start_revision(${doc(NOORD_VISION)})`);
      const visionSection = `(select id from public.sections where document_id = '${str(visionV2, 'id')}' limit 1)`;
      const goal = await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry(${visionSection}, 'Doel', p_theme_id => ${theme('meedoen')})`,
      );
      expect(goal).toMatchObject({
        kind: 'vision_goal',
        theme_id: await scalar(tx, `select ${theme('meedoen')}::text`),
      });
      expect(Object.keys(goal).sort()).toEqual(
        [
          'bbox',
          'body',
          'document_id',
          'id',
          'kind',
          'lineage_id',
          'links',
          'location',
          'position',
          'section_id',
          'theme_id',
          'title',
          'updated_at',
          'version',
        ].sort(),
      );
    });
  });

  it('are added at a position, moved within and between sections, and removed; positions stay 0..n-1', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d, section: s1 } = await conceptAgenda(tx);
      const s2 = `'${str(await valueOf(tx, 'area_team_own_area', `public.upsert_section(${d}, 'Tweede sectie')`), 'id')}'::uuid`;
      const a = await addItem(tx, s1, 'Punt A');
      const b = await addItem(tx, s1, 'Punt B');
      await addItem(tx, s1, 'Punt C', 'p_position => 1');
      expect(await titlesInOrder(tx, s1)).toEqual(['Punt A', 'Punt C', 'Punt B']);
      await valueOf(tx, 'area_team_own_area', `public.move_entry(${b}, 1, ${s1}, 0)`);
      expect(await titlesInOrder(tx, s1)).toEqual(['Punt B', 'Punt A', 'Punt C']);
      const moved = await valueOf(tx, 'area_team_own_area', `public.move_entry(${a}, 1, ${s2}, 5)`);
      expect(moved).toMatchObject({ section_id: await scalar(tx, `select ${s2}::text`), position: 0, version: 2 });
      expect(await titlesInOrder(tx, s1)).toEqual(['Punt B', 'Punt C']);
      expect(await titlesInOrder(tx, s2)).toEqual(['Punt A']);
      await valueOf(tx, 'area_team_own_area', `public.delete_entry(${b}, 2)`);
      expect(await titlesInOrder(tx, s1)).toEqual(['Punt C']);
      // the detail shows the same order
      const detail = await valueOf(tx, 'area_team_own_area', `public.document_detail(${d})`);
      expect(list(detail, 'sections').map((s) => [s.title, list(s, 'entries').map((e) => e.title)])).toEqual([
        ['Eerste sectie', ['Punt C']],
        ['Tweede sectie', ['Punt A']],
      ]);
    });
  });

  it('move_entry stays within the document; an edit cannot move an entry to another section', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d, section: s } = await conceptAgenda(tx);
      const a = await addItem(tx, s, 'Punt A');
      const otherDoc = `(select id from public.sections where document_id = ${doc(NOORD_AGENDA, 2)} limit 1)`;
      expect(await errorOf(tx, 'area_team_own_area', `public.move_entry(${a}, 1, ${otherDoc}, 0)`)).toEqual({
        code: '22023',
        message: 'Een punt verplaats je alleen binnen hetzelfde document.',
      });
      const s2 = `'${str(await valueOf(tx, 'area_team_own_area', `public.upsert_section(${d}, 'Tweede')`), 'id')}'::uuid`;
      expect(
        await errorOf(
          tx,
          'area_team_own_area',
          `public.upsert_entry(${s2}, 'Punt A', ${a}, 1, p_origin => 'partner_task')`,
        ),
      ).toEqual({ code: '22023', message: 'Verplaats een punt naar een andere sectie met move_entry.' });
    });
  });

  const item = (args: string) => (s: string) => `public.upsert_entry(${s}, ${args})`;
  it.each([
    ['a title of 1 character', item(`'X', p_origin => 'partner_task'`), 'Titel moet tussen 2 en 300 tekens zijn.'],
    [
      'an agenda item without origin',
      item(`'Punt'`),
      'Kies de herkomst: ambitie van bewoners, gemeentelijke opgave of opgave van een partner.',
    ],
    [
      'priority 4',
      item(`'Punt', p_origin => 'partner_task', p_priority => 4`),
      'Prioriteit is 1 (hoog), 2 of 3 (laag).',
    ],
    [
      'priority 0',
      item(`'Punt', p_origin => 'partner_task', p_priority => 0`),
      'Prioriteit is 1 (hoog), 2 of 3 (laag).',
    ],
    [
      'an owner name of 121 characters',
      item(`'Punt', p_origin => 'partner_task', p_owner_name => repeat('a', 121)`),
      'De naam van de trekker mag hoogstens 120 tekens zijn.',
    ],
    [
      'progress on an agenda item',
      item(`'Punt', p_origin => 'partner_task', p_progress => 10`),
      'Het veld voortgang hoort niet bij dit soort punt.',
    ],
    [
      'a budget on an agenda item',
      item(`'Punt', p_origin => 'partner_task', p_budget_eur => 10`),
      'Het veld budget hoort niet bij dit soort punt.',
    ],
    ['a text of 10001 characters', item(`'Punt', p_origin => 'partner_task', p_body => repeat('x', 10001)`), null],
  ])('an agenda item with %s is refused (22023) and nothing is written', async (_name, sql, message) => {
    await rolledBack(db, async (tx) => {
      const { section: s } = await conceptAgenda(tx);
      const before = await publicFingerprint(tx);
      const err = await errorOf(tx, 'area_team_own_area', sql(s));
      expect(err.code).toBe('22023');
      if (message) expect(err.message).toBe(message);
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });

  const planSection = `(select id from public.sections where document_id = ${doc(NOORD_CONCEPT_PLAN)} limit 1)`;
  it.each([
    ['progress 101', `p_progress => 101`, 'Voortgang is een percentage van 0 tot en met 100.'],
    ['progress -1', `p_progress => -1`, 'Voortgang is een percentage van 0 tot en met 100.'],
    [
      'gereed at 80%',
      `p_action_status => 'gereed', p_progress => 80`,
      'Een actie die gereed is, staat op 100% voortgang.',
    ],
    [
      'an end before the start',
      `p_start_date => '2028-05-01', p_end_date => '2028-04-30'`,
      'De einddatum ligt voor de startdatum.',
    ],
    ['a negative budget', `p_budget_eur => -1`, 'Het budget is een bedrag van 0 euro of meer.'],
    ['an origin', `p_origin => 'partner_task'`, 'Het veld herkomst hoort niet bij dit soort punt.'],
    ['an item status', `p_item_status => 'open'`, 'Het veld status van het agendapunt hoort niet bij dit soort punt.'],
  ])('a plan action with %s is refused (22023) and nothing is written', async (_name, args, message) => {
    await rolledBack(db, async (tx) => {
      const before = await publicFingerprint(tx);
      expect(await errorOf(tx, 'area_team_own_area', `public.upsert_entry(${planSection}, 'Actie', ${args})`)).toEqual({
        code: '22023',
        message,
      });
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });

  it('a theme that does not exist gives P0002; a section that does not exist gives P0002', async () => {
    await rolledBack(db, async (tx) => {
      const { section: s } = await conceptAgenda(tx);
      expect(
        await errorOf(
          tx,
          'area_team_own_area',
          `public.upsert_entry(${s}, 'Punt', p_origin => 'partner_task', p_theme_id => gen_random_uuid())`,
        ),
      ).toEqual({ code: 'P0002', message: 'Thema niet gevonden.' });
      expect(
        await errorOf(
          tx,
          'area_team_own_area',
          `public.upsert_entry(gen_random_uuid(), 'Punt', p_origin => 'partner_task')`,
        ),
      ).toEqual({ code: 'P0002', message: 'Sectie niet gevonden.' });
    });
  });

  it('an edit replaces every field: a field left out is cleared', async () => {
    await rolledBack(db, async (tx) => {
      const { section: s } = await conceptAgenda(tx);
      const a = await addItem(
        tx,
        s,
        'Punt A',
        `p_theme_id => ${theme('wonen')}, p_owner_name => 'Trekker', p_priority => 1`,
      );
      const edited = await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry(${s}, 'Punt A', ${a}, 1, p_origin => 'municipal_task')`,
      );
      expect(edited).toMatchObject({
        theme_id: null,
        owner_name: null,
        priority: 2,
        origin: 'municipal_task',
        version: 2,
      });
    });
  });
});

describe('places: a GeoJSON Point or Polygon inside the area, checked in SQL', () => {
  // inside Stokhasselt (Noord), as the seed generator finds it
  const stokhasselt = async (tx: Transaction) =>
    await scalar<string>(
      tx,
      `select location::text from public.entries where title = 'Meer activiteiten voor jongeren in Stokhasselt' limit 1`,
    );

  it('stores a point with its bounding box and shows it on the map', async () => {
    await rolledBack(db, async (tx) => {
      const { section: s } = await conceptAgenda(tx);
      const loc = await stokhasselt(tx);
      const e = await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry(${s}, 'Punt', p_origin => 'partner_task', p_location => '${loc}'::jsonb)`,
      );
      const [lng, lat] = (JSON.parse(loc) as { coordinates: [number, number] }).coordinates;
      expect(e).toMatchObject({ location: { type: 'Point', coordinates: [lng, lat] }, bbox: [lng, lat, lng, lat] });
    });
  });

  it('stores a polygon (outer ring plus a hole) and keeps only the GeoJSON members it needs', async () => {
    await rolledBack(db, async (tx) => {
      const { section: s } = await conceptAgenda(tx);
      const [x, y] = (JSON.parse(await stokhasselt(tx)) as { coordinates: [number, number] }).coordinates;
      const r = 0.001;
      const outer = [
        [x - r, y - r],
        [x + r, y - r],
        [x + r, y + r],
        [x - r, y + r],
        [x - r, y - r],
      ];
      const hole = [
        [x - r / 2, y - r / 2],
        [x + r / 2, y - r / 2],
        [x, y + r / 2],
        [x - r / 2, y - r / 2],
      ];
      const geo = JSON.stringify({ type: 'Polygon', coordinates: [outer, hole], properties: { x: 1 } });
      const e = await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry(${s}, 'Vlak', p_origin => 'partner_task', p_location => '${geo}'::jsonb)`,
      );
      // stored to 6 decimals, about 0.1 m (issue 16)
      const round = (ring: number[][]) => ring.map((p) => p.map((c) => Math.round(c * 1e6) / 1e6));
      expect(e.location).toEqual({ type: 'Polygon', coordinates: [round(outer), round(hole)] });
      expect(e.bbox).toEqual(round([[x - r, y - r, x + r, y + r]])[0]);
    });
  });

  it.each([
    [
      'a point outside the area (in Reeshof)',
      async (tx: Transaction) =>
        await scalar<string>(
          tx,
          `select location::text from public.entries where title = 'Het wijkpunt in Heyhoef uitbreiden' limit 1`,
        ),
      'Deze plek ligt buiten het gebied van dit document.',
    ],
    [
      'a point in the sea',
      async () => '{"type":"Point","coordinates":[3.0,52.5]}',
      'Deze plek ligt buiten het gebied van dit document.',
    ],
    [
      'a point with the coordinates swapped',
      async (tx: Transaction) => {
        const [x, y] = (JSON.parse(await stokhasselt(tx)) as { coordinates: number[] }).coordinates;
        return JSON.stringify({ type: 'Point', coordinates: [y, x] });
      },
      'Deze plek ligt buiten het gebied van dit document.',
    ],
    [
      'a point with text coordinates',
      async () => '{"type":"Point","coordinates":["5.07","51.58"]}',
      'Deze plek is geen geldig GeoJSON-punt of -vlak in lengte- en breedtegraden.',
    ],
    [
      'a point with three numbers',
      async () => '{"type":"Point","coordinates":[5.07,51.58,3]}',
      'Deze plek is geen geldig GeoJSON-punt of -vlak in lengte- en breedtegraden.',
    ],
    [
      'a latitude of 95',
      async () => '{"type":"Point","coordinates":[5.07,95]}',
      'Deze plek is geen geldig GeoJSON-punt of -vlak in lengte- en breedtegraden.',
    ],
    [
      'a line',
      async () => '{"type":"LineString","coordinates":[[5.07,51.58],[5.08,51.59]]}',
      'Een plek is een punt (Point) of een vlak (Polygon).',
    ],
    [
      'an array',
      async () => '[5.07,51.58]',
      'Deze plek is geen geldig GeoJSON-punt of -vlak in lengte- en breedtegraden.',
    ],
    [
      'a polygon that is not closed',
      async () => '{"type":"Polygon","coordinates":[[[5.07,51.58],[5.08,51.58],[5.08,51.59],[5.07,51.59]]]}',
      'Een vlak bestaat uit gesloten ringen van minstens vier punten (het eerste punt is ook het laatste).',
    ],
    [
      'a polygon of three points',
      async () => '{"type":"Polygon","coordinates":[[[5.07,51.58],[5.08,51.58],[5.07,51.58]]]}',
      'Een vlak bestaat uit gesloten ringen van minstens vier punten (het eerste punt is ook het laatste).',
    ],
    [
      'a polygon far away',
      async () => '{"type":"Polygon","coordinates":[[[4.0,52.0],[4.1,52.0],[4.1,52.1],[4.0,52.0]]]}',
      'Deze plek ligt buiten het gebied van dit document.',
    ],
  ])('refuses %s (22023)', async (_name, location, message) => {
    await rolledBack(db, async (tx) => {
      const { section: s } = await conceptAgenda(tx);
      const loc = await location(tx);
      const before = await publicFingerprint(tx);
      expect(
        await errorOf(
          tx,
          'area_team_own_area',
          `public.upsert_entry(${s}, 'Punt', p_origin => 'partner_task', p_location => '${loc}'::jsonb)`,
        ),
      ).toEqual({ code: '22023', message });
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });

  it('point-in-polygon handles holes and multipolygons', async () => {
    await rolledBack(db, async (tx) => {
      const square = (x: number, y: number, r: number) => [
        [x - r, y - r],
        [x + r, y - r],
        [x + r, y + r],
        [x - r, y + r],
        [x - r, y - r],
      ];
      const pip = (x: number, y: number, g: unknown) =>
        scalar<boolean>(tx, `select private.point_in_geometry($1, $2, $3::jsonb)`, [x, y, JSON.stringify(g)]);
      const withHole = { type: 'Polygon', coordinates: [square(0, 0, 2), square(0, 0, 1)] };
      expect(await pip(1.5, 0, withHole)).toBe(true);
      expect(await pip(0, 0, withHole)).toBe(false);
      expect(await pip(3, 0, withHole)).toBe(false);
      const multi = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(10, 10, 1)]] };
      expect(await pip(10, 10.5, multi)).toBe(true);
      expect(await pip(5, 5, multi)).toBe(false);
      expect(await pip(5, 5, { type: 'Point', coordinates: [5, 5] })).toBe(false);
    });
  });
});

describe('optimistic locking', () => {
  it('a stale version gives 40001 with a Dutch message and the current version; nothing is written', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d, section: s } = await conceptAgenda(tx);
      const a = await addItem(tx, s, 'Punt A');
      // two team members opened version 1; the first saves
      await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry(${s}, 'Punt A (Fatima)', ${a}, 1, p_origin => 'partner_task')`,
      );
      const before = await publicFingerprint(tx);
      const conflicts = [
        `public.upsert_entry(${s}, 'Punt A (admin)', ${a}, 1, p_origin => 'partner_task')`,
        `public.move_entry(${a}, 1, ${s}, 0)`,
        `public.delete_entry(${a}, 1)`,
        `public.upsert_section(${d}, 'Nieuw', ${s}, 7)`,
        `public.move_section(${s}, 2, 0)`,
        `public.delete_section(${s}, 0)`,
        `public.update_document(${d}, 5, 'Nieuw')`,
        `public.set_document_status(${d}, 2, 'consultatie')`,
        `public.set_comments_open(${d}, 2, true)`,
        `public.delete_document(${d}, 2)`,
      ];
      for (const sql of conflicts) {
        const err = await errorOf(tx, 'admin', sql);
        expect({ sql, code: err.code, message: err.message }).toEqual({ sql, code: '40001', message: CONFLICT });
      }
      expect(await publicFingerprint(tx)).toBe(before);
      expect(await scalar(tx, `select title from public.entries where id = ${a}`)).toBe('Punt A (Fatima)');
    });
  });

  it('the error carries the current version in its detail, for the app to reload', async () => {
    await rolledBack(db, async (tx) => {
      const { section: s } = await conceptAgenda(tx);
      const a = await addItem(tx, s, 'Punt A');
      await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry(${s}, 'Punt A2', ${a}, 1, p_origin => 'partner_task')`,
      );
      await tx.query(`select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`, [
        JSON.stringify({ sub: '00000000-0000-4000-8000-000000000001', role: 'authenticated' }),
      ]);
      await tx.query('savepoint s');
      const err = await tx
        .query(`select public.upsert_entry(${s}, 'Punt A3', ${a}, 1, p_origin => 'partner_task')`)
        .catch((e: unknown) => e as { code: string; detail: string });
      await tx.query('rollback to savepoint s');
      expect(err).toMatchObject({ code: '40001' });
      expect(JSON.parse((err as { detail: string }).detail)).toEqual({ current_version: 2 });
    });
  });

  it('an edit without a version gives 22023', async () => {
    await rolledBack(db, async (tx) => {
      const { section: s } = await conceptAgenda(tx);
      const a = await addItem(tx, s, 'Punt A');
      expect(
        await errorOf(
          tx,
          'area_team_own_area',
          `public.upsert_entry(${s}, 'Punt', ${a}, null, p_origin => 'partner_task')`,
        ),
      ).toEqual({ code: '22023', message: 'Geef de versie mee van wat je hebt bewerkt.' });
    });
  });

  it('every successful edit raises the version by one; moving siblings does not', async () => {
    await rolledBack(db, async (tx) => {
      const { section: s } = await conceptAgenda(tx);
      const a = await addItem(tx, s, 'Punt A');
      const b = await addItem(tx, s, 'Punt B');
      await valueOf(tx, 'area_team_own_area', `public.move_entry(${b}, 1, ${s}, 0)`);
      expect(await scalar(tx, `select version from public.entries where id = ${a}`)).toBe(1);
      expect(await scalar(tx, `select version from public.entries where id = ${b}`)).toBe(2);
      // so the other editor's edit of A is still accepted
      const e = await valueOf(
        tx,
        'admin',
        `public.upsert_entry(${s}, 'Punt A', ${a}, 1, p_origin => 'partner_task', p_body => 'Meer')`,
      );
      expect(e).toMatchObject({ version: 2, position: 1 });
    });
  });
});

describe('links: goal → agenda items, action → agenda items and goals, readable both ways', () => {
  const agenda2 = doc(NOORD_AGENDA, 2);
  const item = (title: string) => entry(agenda2, title);
  const conceptPlan = doc(NOORD_CONCEPT_PLAN);
  const action = entry(conceptPlan, 'Renovatie Heikant, tweede fase');

  it('the seeded vision and plan link to the agenda; the agenda item shows what links to it', async () => {
    await rolledBack(db, async (tx) => {
      const vision = await valueOf(tx, 'anon', `public.document_detail(${doc(NOORD_VISION)})`);
      const goals = list(vision, 'sections').flatMap((s) => list(s, 'entries'));
      const goal = goals.find((g) => g.title === 'Ieder kind in Noord krijgt een goede start')!;
      expect(
        list(goal, 'links').map((l) => [
          l.title,
          at(l, 'document', 'slug'),
          at(l, 'document', 'version_no'),
          l.in_current_version,
        ]),
      ).toEqual([
        ['Meer activiteiten voor jongeren in Stokhasselt', NOORD_AGENDA, 2, true],
        ['Voorschoolse educatie voor alle peuters', NOORD_AGENDA, 2, true],
      ]);
      expect(list(goal, 'linked_from').map((l) => [l.kind, l.title])).toEqual([
        ['plan_action', 'Avondprogramma voor jongeren in Stokhasselt'],
        ['plan_action', 'Extra VVE-plaatsen in Heikant en Quirijnstok'],
      ]);
      const agenda = await valueOf(tx, 'anon', `public.document_detail(${agenda2})`);
      const jongeren = list(agenda, 'sections')
        .flatMap((s) => list(s, 'entries'))
        .find((e) => e.title === 'Meer activiteiten voor jongeren in Stokhasselt')!;
      expect(list(jongeren, 'links')).toEqual([]);
      expect(list(jongeren, 'linked_from').map((l) => [l.kind, l.title, at(l, 'document', 'kind')])).toEqual([
        ['vision_goal', 'Ieder kind in Noord krijgt een goede start', 'vision'],
        ['plan_action', 'Avondprogramma voor jongeren in Stokhasselt', 'plan'],
      ]);
    });
  });

  it('a link to an item that was removed in the newest version resolves to the version that still has it', async () => {
    await rolledBack(db, async (tx) => {
      const buurthuis = lineageOf(entry(doc(NOORD_AGENDA, 1), 'Het buurthuis ook in het weekend open'));
      const e = await valueOf(
        tx,
        'area_team_own_area',
        `public.set_entry_links(${action}, ${entryVersion(action)}, array[${buurthuis}])`,
      );
      expect(list(e, 'links').map((l) => [l.title, at(l, 'document', 'version_no'), l.in_current_version])).toEqual([
        ['Het buurthuis ook in het weekend open', 1, false],
      ]);
    });
  });

  it('concept entries link only for those who can see them: anon sees no link from a concept plan', async () => {
    await rolledBack(db, async (tx) => {
      const renovatie = async (who: 'anon' | 'area_team_own_area') =>
        list(await valueOf(tx, who, `public.document_detail(${agenda2})`), 'sections')
          .flatMap((s) => list(s, 'entries'))
          .find((e) => e.title === 'Renovatie van de portiekflats in Heikant')!;
      const fromTitles = async (who: 'anon' | 'area_team_own_area') =>
        list(await renovatie(who), 'linked_from').map((l) => l.title);
      expect(await fromTitles('anon')).toEqual([
        'Wijken waar het veilig en prettig wonen is',
        'Renovatie van de eerste 120 portiekwoningen in Heikant',
      ]);
      expect(await fromTitles('area_team_own_area')).toContain('Renovatie Heikant, tweede fase');
    });
  });

  it('set_entry_links replaces the links, ignores duplicates and raises the version', async () => {
    await rolledBack(db, async (tx) => {
      const a = lineageOf(item('Veilige looproutes naar school'));
      const g = lineageOf(entry(doc(NOORD_VISION), 'Een groen en klimaatbestendig Noord'));
      const e = await valueOf(
        tx,
        'area_team_own_area',
        `public.set_entry_links(${action}, ${entryVersion(action)}, array[${a}, ${a}, ${g}, null])`,
      );
      expect(
        list(e, 'links')
          .map((l) => l.title)
          .sort(),
      ).toEqual(['Een groen en klimaatbestendig Noord', 'Veilige looproutes naar school']);
      expect(e.version).toBe(3); // 1 → 2 by the seed's links, → 3
      const cleared = await valueOf(tx, 'area_team_own_area', `public.set_entry_links(${action}, 3, null)`);
      expect(cleared.links).toEqual([]);
    });
  });

  it.each([
    [
      'an agenda item linking to anything',
      'item',
      'goal',
      '22023',
      'Een agendapunt verwijst zelf niet: doelen en acties verwijzen naar agendapunten.',
    ],
    [
      'a goal linking to a goal',
      'goal',
      'goal',
      '22023',
      'Een doel verwijst alleen naar agendapunten van hetzelfde gebied.',
    ],
    [
      'a goal linking to an action',
      'goal',
      'action',
      '22023',
      'Een doel verwijst alleen naar agendapunten van hetzelfde gebied.',
    ],
    [
      'an action linking to an action',
      'action',
      'action',
      '22023',
      'Een actie verwijst alleen naar agendapunten en doelen van hetzelfde gebied.',
    ],
    [
      'an action linking to an item of another area',
      'action',
      'reeshof',
      '22023',
      'Een actie verwijst alleen naar agendapunten en doelen van hetzelfde gebied.',
    ],
    ['an action linking to nothing that exists', 'action', 'nothing', 'P0002', 'Agendapunt of doel niet gevonden.'],
  ])('refuses %s', async (_name, from, to, code, message) => {
    await rolledBack(db, async (tx) => {
      const { section: s } = await conceptAgenda(tx);
      const ownItem = await addItem(tx, s, 'Eigen punt');
      const visionV2 = await valueOf(tx, 'area_team_own_area', `public.start_revision(${doc(NOORD_VISION)})`);
      const v2 = `'${str(visionV2, 'id')}'::uuid`;
      const goal = entry(v2, 'Wijken waar het veilig en prettig wonen is');
      const sources = { item: ownItem, goal, action };
      const targets = {
        goal: lineageOf(entry(doc(NOORD_VISION), 'Een groen en klimaatbestendig Noord')),
        action: lineageOf(entry(doc(NOORD_PLAN), 'Geveltuinen-actie met bewoners')),
        reeshof: lineageOf(entry(doc(REESHOF_AGENDA), 'Het wijkpunt in Heyhoef uitbreiden')),
        nothing: 'gen_random_uuid()',
      };
      const source = sources[from as keyof typeof sources];
      const before = await publicFingerprint(tx);
      expect(
        await errorOf(
          tx,
          'area_team_own_area',
          `public.set_entry_links(${source}, ${entryVersion(source)}, array[${targets[to as keyof typeof targets]}])`,
        ),
      ).toEqual({ code, message });
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });

  it('links of a version are copied into the next version and can then change independently', async () => {
    await rolledBack(db, async (tx) => {
      const v2 = await valueOf(tx, 'area_team_own_area', `public.start_revision(${doc(NOORD_PLAN)})`);
      const a2 = entry(`'${str(v2, 'id')}'::uuid`, 'Geveltuinen-actie met bewoners');
      await valueOf(tx, 'area_team_own_area', `public.set_entry_links(${a2}, ${entryVersion(a2)}, '{}')`);
      const a1 = entry(doc(NOORD_PLAN, 1), 'Geveltuinen-actie met bewoners');
      expect(await scalar(tx, `select count(*)::int from public.entry_links where entry_id = ${a1}`)).toBe(2);
      // incoming links are read from the newest visible version of the plan: the team sees none, anon still two
      const plein = async (who: 'anon' | 'area_team_own_area') =>
        list(await valueOf(tx, who, `public.document_detail(${agenda2})`), 'sections')
          .flatMap((s) => list(s, 'entries'))
          .find((e) => e.title === 'Het plein in Quirijnstok vergroenen')!;
      expect(list(await plein('area_team_own_area'), 'linked_from').map((l) => l.kind)).toEqual(['vision_goal']);
      expect(list(await plein('anon'), 'linked_from').map((l) => l.kind)).toEqual(['vision_goal', 'plan_action']);
    });
  });

  it('the detail of an area team member says what they may do', async () => {
    await rolledBack(db, async (tx) => {
      const detail = await valueOf(tx, 'area_team_own_area', `public.document_detail(${doc(NOORD_PLAN)})`);
      expect(detail).toMatchObject({
        can_edit: false,
        can_update_progress: true,
        allowed_statuses: [],
        can_start_revision: true,
        can_comment: true,
        comment_role: 'area_team',
        can_answer_officially: true,
      });
      const agenda = await valueOf(tx, 'area_team_own_area', `public.document_detail(${agenda2})`);
      expect(agenda).toMatchObject({
        can_edit: true,
        can_update_progress: false,
        allowed_statuses: ['concept', 'vastgesteld'],
      });
    });
  });
});
