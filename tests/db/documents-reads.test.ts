// Reading documents: area_page and map_overview keep the foundation's shape (agendas now come from documents) and
// add visions, plans and open-comment counts; map_entries is everything with a place, with filters; plan_progress
// rolls progress up per plan, per area and per theme; the seed holds the example content; and the migration turns
// existing agendas into documents with the same ids.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGLITE_EXTENSIONS } from '../../src/lib/embedded/pglite-extensions';
import { createTestDb } from '../utils/test-db';
import { loadSqlBundle } from '../utils/sql-bundle-node';
import { rolledBack, scalar } from './db-helpers';
import {
  area,
  at,
  doc,
  entry,
  entryVersion,
  errorOf,
  list,
  NOORD_AGENDA,
  NOORD_CONCEPT_PLAN,
  NOORD_PLAN,
  NOORD_VISION,
  REESHOF_AGENDA,
  str,
  theme,
  valueOf,
  type Json,
  type Who,
} from './documents-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

describe('area_page and map_overview', () => {
  it('list agendas in the foundation shape, one per agenda (its newest visible version)', async () => {
    await rolledBack(db, async (tx) => {
      const page = await valueOf(tx, 'anon', `public.area_page('noord')`);
      expect(list(page, 'agendas')).toEqual([
        {
          id: await scalar(tx, `select ${doc(NOORD_AGENDA, 2)}::text`),
          slug: NOORD_AGENDA,
          title: 'Wijkagenda Noord',
          kind: 'wijkagenda',
          status: 'consultatie',
          is_example: true,
        },
      ]);
      const dorpen = await valueOf(tx, 'anon', `public.area_page('dorpen')`);
      expect(list(dorpen, 'agendas').map((a) => [a.title, a.kind, a.status, a.is_example])).toEqual([
        ['Dorpsagenda Berkel-Enschot', 'dorpsagenda', 'vastgesteld', false],
        ['Dorpsagenda Biezenmortel', 'dorpsagenda', 'vastgesteld', false],
        ['Dorpsagenda Udenhout', 'dorpsagenda', 'vastgesteld', false],
      ]);
      for (const a of list(dorpen, 'agendas')) {
        expect(Object.keys(a).sort()).toEqual(['id', 'is_example', 'kind', 'slug', 'status', 'title']);
      }
      expect(Object.keys(page).sort()).toEqual(
        [
          'agendas',
          'area',
          'can_edit',
          'comment_counts',
          'councils',
          'districts',
          'open_comment_count',
          'plans',
          'team',
          'visions',
        ].sort(),
      );
    });
  });

  it('add visions and plans; concept plans only for the area team', async () => {
    await rolledBack(db, async (tx) => {
      const plans = async (who: 'anon' | 'area_team_own_area' | 'council') =>
        list(await valueOf(tx, who, `public.area_page('noord')`), 'plans').map((p) => [
          p.title,
          p.status,
          p.period_start,
        ]);
      expect(await plans('anon')).toEqual([
        ['Uitvoeringsplan Noord 2026-2027 (voorbeeld)', 'vastgesteld', '2026-01-01'],
      ]);
      expect(await plans('council')).toEqual(await plans('anon'));
      expect(await plans('area_team_own_area')).toEqual([
        ['Uitvoeringsplan Noord 2026-2027 (voorbeeld)', 'vastgesteld', '2026-01-01'],
        ['Uitvoeringsplan Noord 2028-2029 (voorbeeld, concept)', 'concept', '2028-01-01'],
      ]);
      const page = await valueOf(tx, 'anon', `public.area_page('noord')`);
      expect(list(page, 'visions')).toEqual([
        expect.objectContaining({
          slug: NOORD_VISION,
          kind: 'vision',
          status: 'vastgesteld',
          version_no: 1,
          horizon_start: 2025,
          horizon_end: 2035,
          is_example: true,
          comment_count: 0,
          open_comment_count: 0,
        }),
      ]);
      expect(list(await valueOf(tx, 'anon', `public.area_page('west')`), 'visions')).toEqual([]);
    });
  });

  it('count open council comments per area and per document', async () => {
    await rolledBack(db, async (tx) => {
      const reeshof = await valueOf(tx, 'anon', `public.area_page('reeshof')`);
      expect(reeshof.open_comment_count).toBe(1);
      const reeshofAgenda = await scalar<string>(tx, `select ${doc(REESHOF_AGENDA, 2)}::text`);
      expect(list(reeshof, 'comment_counts')).toContainEqual({
        document_id: reeshofAgenda,
        comment_count: 3,
        open_comment_count: 1,
      });
      expect((await valueOf(tx, 'anon', `public.area_page('noord')`)).open_comment_count).toBe(0);
    });
  });

  it('map_overview counts one agenda per agenda document, not per version', async () => {
    await rolledBack(db, async (tx) => {
      const overview = await valueOf(tx, 'anon', 'public.map_overview()');
      const counts = Object.fromEntries(list(overview, 'areas').map((a) => [a.slug, a.agenda_count]));
      expect(counts).toEqual({
        binnenstad: 1,
        noord: 1,
        'oud-noord': 1,
        west: 4,
        'oud-zuid': 1,
        'zuid-oost': 1,
        reeshof: 1,
        dorpen: 3,
      });
      for (const a of list(overview, 'areas')) {
        expect(Object.keys(a).sort()).toEqual([
          'agenda_count',
          'color_index',
          'council_count',
          'district_count',
          'id',
          'name',
          'slug',
        ]);
      }
      // a new concept agenda counts for the area team only
      await valueOf(
        tx,
        'area_team_own_area',
        `public.create_document(${area('noord')}, 'agenda', 'Wijkagenda Stokhasselt')`,
      );
      const noordCount = async (who: 'anon' | 'area_team_own_area') =>
        list(await valueOf(tx, who, 'public.map_overview()'), 'areas').find((a) => a.slug === 'noord')!.agenda_count;
      expect(await noordCount('anon')).toBe(1);
      expect(await noordCount('area_team_own_area')).toBe(2);
    });
  });
});

describe('map_entries: everything with a place, with the filters of the map and the list', () => {
  type Feature = { id: string; geometry: Json; bbox: number[]; properties: Json };
  const features = async (tx: Transaction, who: Who, args = '') =>
    list(await valueOf(tx, who, `public.map_entries(${args})`), 'features') as unknown as Feature[];
  const titles = (f: Feature[]) => f.map((x) => String(x.properties.title));

  it('is a GeoJSON FeatureCollection of the newest visible version of every document', async () => {
    await rolledBack(db, async (tx) => {
      const all = await features(tx, 'anon');
      expect(titles(all)).toEqual([
        'Meer activiteiten voor jongeren in Stokhasselt',
        'Renovatie van de portiekflats in Heikant',
        'Het plein in Quirijnstok vergroenen',
        'Renovatie van de eerste 120 portiekwoningen in Heikant',
        'Het wijkpunt in Heyhoef uitbreiden',
      ]);
      const first = all[0]!;
      expect(first).toMatchObject({
        type: 'Feature',
        geometry: { type: 'Point' },
        properties: {
          kind: 'agenda_item',
          origin: 'resident_ambition',
          status: 'in_uitvoering',
          priority: 1,
          area: { slug: 'noord', name: 'Noord' },
          document: { slug: NOORD_AGENDA, kind: 'agenda', version_no: 2, status: 'consultatie', is_example: true },
        },
      });
      expect(first.properties).not.toHaveProperty('location');
      expect(first.bbox).toEqual([
        ...(at(first, 'geometry', 'coordinates') as number[]),
        ...(at(first, 'geometry', 'coordinates') as number[]),
      ]);
      expect(all.find((f) => f.properties.title === 'Het plein in Quirijnstok vergroenen')!.geometry.type).toBe(
        'Polygon',
      );
      // a concept is on the map for those who can read it: the Reeshof concept plan's action for an admin only
      expect(titles(await features(tx, 'area_team_own_area'))).toEqual(titles(all));
      expect(titles(await features(tx, 'admin'))).toContain('Verkenning uitbreiding wijkpunt Heyhoef');
    });
  });

  it.each([
    ['area Reeshof', `p_area_id => ${area('reeshof')}`, ['Het wijkpunt in Heyhoef uitbreiden']],
    ['plan actions', `p_kinds => '{plan_action}'`, ['Renovatie van de eerste 120 portiekwoningen in Heikant']],
    [
      'theme wonen',
      `p_theme_ids => array[${theme('wonen')}]`,
      ['Renovatie van de portiekflats in Heikant', 'Renovatie van de eerste 120 portiekwoningen in Heikant'],
    ],
    [
      'status vertraagd or open',
      `p_statuses => '{vertraagd,open}'`,
      [
        'Het plein in Quirijnstok vergroenen',
        'Renovatie van de eerste 120 portiekwoningen in Heikant',
        'Het wijkpunt in Heyhoef uitbreiden',
      ],
    ],
    [
      'in_uitvoering (both items and actions)',
      `p_statuses => '{in_uitvoering}'`,
      ['Meer activiteiten voor jongeren in Stokhasselt', 'Renovatie van de portiekflats in Heikant'],
    ],
    [
      'agenda items in Noord about wonen',
      `${area('noord')}, '{agenda_item}', array[${theme('wonen')}]`,
      ['Renovatie van de portiekflats in Heikant'],
    ],
    ['an empty kind list', `p_kinds => '{}'`, []],
  ])('filters on %s', async (_name, args, expected) => {
    await rolledBack(db, async (tx) => {
      expect(titles(await features(tx, 'anon', args))).toEqual(expected);
    });
  });

  it.each([
    [
      'an unknown kind',
      `p_kinds => '{initiative}'`,
      '22023',
      'Kies als soort agenda_item, vision_goal of plan_action.',
    ],
    ['an unknown status', `p_statuses => '{klaar}'`, '22023', 'Onbekende status in het filter.'],
    ['an unknown area', `p_area_id => gen_random_uuid()`, 'P0002', 'Gebied niet gevonden.'],
  ])('refuses %s', async (_name, args, code, message) => {
    await rolledBack(db, async (tx) => {
      expect(await errorOf(tx, 'anon', `public.map_entries(${args})`)).toEqual({ code, message });
    });
  });
});

describe('plan_progress: the plain mean of the progress of the actions that are not stopped', () => {
  it('rolls up per plan, per area and per theme (seed: 100, 60, 25 and 0 → 46.3; the stopped action does not count)', async () => {
    await rolledBack(db, async (tx) => {
      const p = await valueOf(tx, 'anon', `public.plan_progress()`);
      const overdue = await scalar<number>(
        tx,
        `select count(*)::int from public.entries where document_id = ${doc(NOORD_PLAN)} and end_date < current_date and action_status not in ('gereed', 'gestopt')`,
      );
      expect(list(p, 'plans')).toEqual([
        expect.objectContaining({
          slug: NOORD_PLAN,
          status: 'vastgesteld',
          period_start: '2026-01-01',
          period_end: '2027-12-31',
          action_count: 5,
          counted_action_count: 4,
          progress: 46.3,
          overdue_count: overdue,
          by_status: { gepland: 1, in_uitvoering: 1, gereed: 1, vertraagd: 1, gestopt: 1 },
        }),
      ]);
      expect(list(p, 'areas')).toEqual([
        expect.objectContaining({ slug: 'noord', plan_count: 1, action_count: 5, progress: 46.3 }),
      ]);
      expect(list(p, 'themes').map((t) => [t.slug, t.action_count, t.progress])).toEqual([
        ['goede-start', 2, 80],
        ['wonen', 1, 25],
        ['groen-en-klimaat', 1, null],
        ['mobiliteit', 1, 0],
      ]);
      expect(overdue).toBeGreaterThanOrEqual(1); // the delayed renovation ended on 30 September 2026
    });
  });

  it('follows the plans the caller can see: the area team counts its concept plan too', async () => {
    await rolledBack(db, async (tx) => {
      const p = await valueOf(tx, 'area_team_own_area', `public.plan_progress(${area('noord')})`);
      expect(list(p, 'plans').map((x) => [x.slug, x.progress])).toEqual([
        [NOORD_PLAN, 46.3],
        [NOORD_CONCEPT_PLAN, 0],
      ]);
      expect(list(p, 'areas')).toEqual([
        expect.objectContaining({ slug: 'noord', plan_count: 2, action_count: 6, progress: 37 }),
      ]);
      expect(list(await valueOf(tx, 'anon', `public.plan_progress(${area('reeshof')})`), 'plans')).toEqual([]);
      expect(list(await valueOf(tx, 'admin', `public.plan_progress(${area('reeshof')})`), 'plans')).toHaveLength(1);
      expect((await errorOf(tx, 'anon', `public.plan_progress(gen_random_uuid())`)).code).toBe('P0002');
    });
  });

  it('follows progress updates', async () => {
    await rolledBack(db, async (tx) => {
      const action = entry(doc(NOORD_PLAN), 'Schoolroutes verkeersveilig inrichten');
      await valueOf(
        tx,
        'area_team_own_area',
        `public.update_action_progress(${action}, ${entryVersion(action)}, 'in_uitvoering', 35)`,
      );
      const p = await valueOf(tx, 'anon', `public.plan_progress(${area('noord')})`);
      expect(at(p, 'plans', 0, 'progress')).toBe(55); // (100 + 60 + 25 + 35) / 4
    });
  });
});

describe('the seed holds clearly marked example content', () => {
  it('Wijkagenda Noord: sections, items of every origin with themes, one point inside Stokhasselt', async () => {
    await rolledBack(db, async (tx) => {
      const d = await valueOf(tx, 'anon', `public.document_detail(${doc(NOORD_AGENDA, 1)})`);
      expect(at(d, 'document')).toMatchObject({ is_example: true, status: 'vastgesteld', version_no: 1 });
      expect(str(d, 'document', 'summary')).toMatch(/^VOORBEELDINHOUD/);
      const sections = list(d, 'sections');
      expect(sections.map((s) => s.title)).toEqual([
        'Samen opgroeien (voorbeeld)',
        'Wonen en leefbaarheid (voorbeeld)',
        'Groen en ontmoeten (voorbeeld)',
      ]);
      const items = sections.flatMap((s) => list(s, 'entries'));
      expect(new Set(items.map((i) => i.origin))).toEqual(
        new Set(['resident_ambition', 'municipal_task', 'partner_task']),
      );
      expect(items.every((i) => i.theme_id !== null && String(i.body).includes('(voorbeeld)'))).toBe(true);
      const inStokhasselt = await scalar<boolean>(
        tx,
        `select private.point_in_geometry((e.location -> 'coordinates' ->> 0)::float8, (e.location -> 'coordinates' ->> 1)::float8, d.geometry)
         from public.entries e, public.districts d
         where e.document_id = ${doc(NOORD_AGENDA, 1)} and e.title = 'Meer activiteiten voor jongeren in Stokhasselt' and d.code = 'WK085542'`,
      );
      expect(inStokhasselt).toBe(true);
    });
  });

  it('a history for Noord: adopted version 1 (2024) and version 2 in consultatie with changes', async () => {
    await rolledBack(db, async (tx) => {
      const d = await valueOf(tx, 'anon', `public.document_detail(${doc(NOORD_AGENDA, 2)})`);
      expect(list(d, 'versions').map((v) => [v.version_no, v.status, String(v.adopted_at).slice(0, 10)])).toEqual([
        [1, 'vastgesteld', '2024-04-18'],
        [2, 'consultatie', 'null'],
      ]);
      expect(at(d, 'document')).toMatchObject({ comments_open_to_residents: true });
      const history = list(await valueOf(tx, 'anon', `public.document_history(${doc(NOORD_AGENDA, 2)})`), 'revisions');
      const dates = history.map((r) => String(r.changed_at));
      expect([...dates].sort().reverse()).toEqual(dates); // newest first
      expect(dates.at(-1)!.slice(0, 10)).toBe('2024-01-15');
      expect(
        history.every((r) => (r.operation === 'insert' && r.entity === 'document' ? true : r.changed_by !== null)),
      ).toBe(true);
    });
  });

  it('Gebiedsvisie Noord 2025-2035 with goals linked to items, and Uitvoeringsplan Noord 2026-2027 with actions', async () => {
    await rolledBack(db, async (tx) => {
      const vision = await valueOf(tx, 'anon', `public.document_detail(${doc(NOORD_VISION)})`);
      expect(at(vision, 'document')).toMatchObject({ horizon_start: 2025, horizon_end: 2035, is_example: true });
      const goals = list(vision, 'sections').flatMap((s) => list(s, 'entries'));
      expect(goals.length).toBeGreaterThanOrEqual(3);
      expect(goals.every((g) => list(g, 'links').length > 0)).toBe(true);
      const plan = await valueOf(tx, 'anon', `public.document_detail(${doc(NOORD_PLAN)})`);
      const actions = list(plan, 'sections').flatMap((s) => list(s, 'entries'));
      expect(new Set(actions.map((a) => a.action_status)).size).toBe(5);
      expect(actions.every((a) => a.start_date !== null && a.end_date !== null)).toBe(true);
      expect(actions.filter((a) => a.location !== null)).toHaveLength(1);
      for (const a of actions) {
        expect(
          list(a, 'links')
            .map((l) => l.kind)
            .sort(),
        ).toEqual(['agenda_item', 'vision_goal']);
      }
    });
  });

  it('Reeshof: a council comment with and one without an official answer', async () => {
    await rolledBack(db, async (tx) => {
      const c = await valueOf(tx, 'anon', `public.document_comments(${doc(REESHOF_AGENDA, 2)})`);
      expect(
        list(c, 'threads').map((t) => [
          t.author_role,
          t.is_open,
          list(t, 'replies').map((r) => r.is_official_response),
        ]),
      ).toEqual([
        ['council', false, [true]],
        ['council', true, []],
      ]);
    });
  });
});

describe('the migration turns existing agendas into documents', () => {
  it('keeps ids, slugs, titles, kinds, statuses and districts, and the area page shows them as before', async () => {
    const bundle = loadSqlBundle();
    const [foundation, documents, ...later] = bundle.migrations;
    expect(foundation!.name).toBe('create_foundation');
    expect(documents!.name).toBe('create_documents');
    expect(later.every((m) => m.version > documents!.version)).toBe(true);
    const fresh = new PGlite({ extensions: PGLITE_EXTENSIONS });
    try {
      await fresh.exec(bundle.shim);
      await fresh.exec(foundation!.sql);
      await fresh.exec(`
        insert into public.areas (slug, name, color_index) values ('noord', 'Noord', 1);
        insert into public.districts (code, name, area_id, geometry, min_lng, min_lat, max_lng, max_lat)
          select 'WK0855' || n, 'Wijk ' || n, (select id from public.areas), '{"type":"Polygon","coordinates":[]}', 5, 51, 5.1, 51.1
          from (values ('42'), ('43')) v(n);
        insert into public.agendas (id, area_id, slug, title, kind, status, source_url) values
          ('00000000-0000-4000-8000-0000000000b1', (select id from public.areas), 'wijkagenda-noord', 'Wijkagenda Noord', 'wijkagenda', 'vastgesteld', 'https://www.tilburg.nl/noord'),
          ('00000000-0000-4000-8000-0000000000b2', (select id from public.areas), 'dorpsagenda-x', 'Dorpsagenda X', 'dorpsagenda', 'concept', null);
        insert into public.agenda_districts (agenda_id, district_id) select '00000000-0000-4000-8000-0000000000b1', id from public.districts;
        insert into public.agenda_districts (agenda_id, district_id) select '00000000-0000-4000-8000-0000000000b2', id from public.districts where code = 'WK085543';`);
      await fresh.exec(documents!.sql);
      const { rows } = await fresh.query<Json>(
        `select d.id, d.series_id, d.version_no, d.kind, d.slug, d.title, d.agenda_kind, d.status, d.source_url,
                d.adopted_at is not null as adopted, array(select x.code from public.document_districts dd join public.districts x on x.id = dd.district_id where dd.document_id = d.id order by 1) as codes
         from public.documents d order by d.id`,
      );
      expect(rows).toEqual([
        {
          id: '00000000-0000-4000-8000-0000000000b1',
          series_id: '00000000-0000-4000-8000-0000000000b1',
          version_no: 1,
          kind: 'agenda',
          slug: 'wijkagenda-noord',
          title: 'Wijkagenda Noord',
          agenda_kind: 'wijkagenda',
          status: 'vastgesteld',
          source_url: 'https://www.tilburg.nl/noord',
          adopted: true,
          codes: ['WK085542', 'WK085543'],
        },
        {
          id: '00000000-0000-4000-8000-0000000000b2',
          series_id: '00000000-0000-4000-8000-0000000000b2',
          version_no: 1,
          kind: 'agenda',
          slug: 'dorpsagenda-x',
          title: 'Dorpsagenda X',
          agenda_kind: 'dorpsagenda',
          status: 'concept',
          source_url: null,
          adopted: false,
          codes: ['WK085543'],
        },
      ]);
      const page = (await fresh.query<{ r: Json }>(`select public.area_page('noord') as r`)).rows[0]!.r;
      expect(list(page, 'agendas')).toEqual([
        {
          id: '00000000-0000-4000-8000-0000000000b2',
          slug: 'dorpsagenda-x',
          title: 'Dorpsagenda X',
          kind: 'dorpsagenda',
          status: 'concept',
          is_example: false,
        },
        {
          id: '00000000-0000-4000-8000-0000000000b1',
          slug: 'wijkagenda-noord',
          title: 'Wijkagenda Noord',
          kind: 'wijkagenda',
          status: 'vastgesteld',
          is_example: false,
        },
      ]);
      expect((await fresh.query(`select 1 from public.revisions`)).rows).toEqual([]); // migrated, not edited
    } finally {
      await fresh.close();
    }
  });
});
