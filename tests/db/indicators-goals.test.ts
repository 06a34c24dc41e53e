// Vision goals with indicators (issue 14): a CBS figure with its baseline from the data (the area, or chosen wijken)
// or a custom one, with a target; only on a vision version that is not adopted, by the area team of its area and
// admins; a new version copies them; a newer year of the figure shows as the latest value; the plan shows them next
// to the actions that serve the goal; and who reads them follows the document (a concept: its area team and admins;
// in consultation: everyone, a council member too). The full role × RPC matrix: permissions.ts.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { rolledBack, scalar } from './db-helpers';
import {
  area,
  at,
  district,
  doc,
  docVersion,
  errorOf,
  list,
  NOORD_PLAN,
  NOORD_VISION,
  str,
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

const GOAL = 'Ieder kind in Noord krijgt een goede start';
/** the goal the seed gives an indicator (aandeel-koopwoningen, target 45% in 2035) */
const SEEDED_GOAL = 'Wijken waar het veilig en prettig wonen is';
const lineageOfGoal = (title: string) => `(select lineage_id from public.entries where title = '${title}' limit 1)`;
const NOORD = `array(select id from public.districts where area_id = ${area('noord')})`;
const aggregate = (tx: Transaction, key: string, year: number, scope: string) =>
  scalar<string>(
    tx,
    `select private.indicator_aggregate((select id from public.indicators where key = '${key}'), ${year}, ${scope}) ->> 'value'`,
  );

/** Starts version 2 of the Noord vision as the Noord area team; returns its id as a SQL literal. */
async function newVersion(tx: Transaction): Promise<string> {
  const v2 = await valueOf(tx, 'area_team_own_area', `public.start_revision(${doc(NOORD_VISION, 1)})`);
  return `'${str(v2, 'id')}'::uuid`;
}
const save = (docSql: string, args: string, goal = GOAL) =>
  `public.save_goal_indicator(${docSql}, ${lineageOfGoal(goal)}, ${args})`;
const CUSTOM = `80, 2030, p_name => 'Ouders die de VVE kennen', p_unit => '%', p_source => 'Peiling gebiedsteam', p_baseline_value => 55, p_baseline_year => 2025`;

describe('adding indicators to a goal', () => {
  it('a CBS figure over the whole area takes its baseline and year from the data, with the source', async () => {
    await rolledBack(db, async (tx) => {
      const v2 = await newVersion(tx);
      const r = await valueOf(tx, 'area_team_own_area', save(v2, `20, 2030, 'aandeel-0-15'`));
      expect(r).toMatchObject({ kind: 'cbs', scope: 'area', target: { value: 20, year: 2030 }, latest: null });
      expect(r).toMatchObject({ baseline: { year: 2024, source: { credit: 'Bron: CBS, Kadaster' } } });
      // Noord's wijken in 2024, weighted by inhabitants (tests/db/indicators-figures.test.ts checks the aggregate)
      expect(Number(at(r, 'baseline', 'value'))).toBe(Number(await aggregate(tx, 'aandeel-0-15', 2024, NOORD)));
      expect(list(r, 'districts')).toHaveLength(
        Number(await scalar(tx, `select count(*) from public.districts where area_id = ${area('noord')}`)),
      );
    });
  });

  it('over chosen wijken, for a chosen baseline year; wijken outside the area and missing data are refused', async () => {
    await rolledBack(db, async (tx) => {
      const v2 = await newVersion(tx);
      const r = await valueOf(
        tx,
        'area_team_own_area',
        save(v2, `6000, 2030, 'inwoners', array[${district('WK085542')}], 2024`),
      );
      // Stokhasselt: 7,095 inhabitants in 2024 and 7,060 in 2025 (the newer year shows as the latest value)
      expect(r).toMatchObject({
        scope: 'districts',
        baseline: { value: 7095, year: 2024 },
        latest: { year: 2025, value: 7060 },
      });
      expect(list(r, 'districts').map((d) => d.code)).toEqual(['WK085542']);
      const outside = await errorOf(
        tx,
        'area_team_own_area',
        save(v2, `1, 2030, 'inwoners', array[${district('WK085550')}]`),
      );
      expect(outside).toEqual({ code: '22023', message: 'Kies wijken uit het gebied van deze visie.' });
      // Bedrijventerrein Kraaiven: CBS suppressed its age shares
      const noData = await errorOf(
        tx,
        'area_team_own_area',
        save(v2, `1, 2030, 'aandeel-65-plus', array[${district('WK085559')}]`),
      );
      expect(noData.code).toBe('22023');
      expect(noData.message).toMatch(/geen waarde voor deze wijken/);
      const noYear = await errorOf(tx, 'area_team_own_area', save(v2, `1, 2030, 'inwoners', null, 2019`));
      expect(noYear.code).toBe('22023');
    });
  });

  it('a custom indicator needs a name, unit, source and baseline; a target before the baseline is refused', async () => {
    await rolledBack(db, async (tx) => {
      const v2 = await newVersion(tx);
      const r = await valueOf(tx, 'area_team_own_area', save(v2, CUSTOM));
      expect(r).toMatchObject({
        kind: 'custom',
        name: 'Ouders die de VVE kennen',
        unit: '%',
        source: 'Peiling gebiedsteam',
        baseline: { value: 55, year: 2025, source: null },
        latest: null,
      });
      for (const args of [
        `80, 2030, p_name => 'Zonder bron', p_unit => '%', p_baseline_value => 1, p_baseline_year => 2025`,
        `80, 2030, p_name => 'Zonder nulmeting', p_unit => '%', p_source => 'x y'`,
        `80, 2030, p_name => 'x', p_unit => '%', p_source => 'x y', p_baseline_value => 1, p_baseline_year => 2025`,
        `80, 2024, p_name => 'Te vroeg', p_unit => '%', p_source => 'x y', p_baseline_value => 1, p_baseline_year => 2025`,
        `'NaN', 2030, p_name => 'Geen getal', p_unit => '%', p_source => 'x y', p_baseline_value => 1, p_baseline_year => 2025`,
        `1e13, 2030, p_name => 'Te groot', p_unit => '%', p_source => 'x y', p_baseline_value => 1, p_baseline_year => 2025`,
        `1, 2030, 'aandeel-0-15', p_baseline_value => 12`,
        `1, 2030, p_name => 'Met wijken', p_unit => '%', p_source => 'x y', p_baseline_value => 1, p_baseline_year => 2025, p_district_ids => array[${district('WK085542')}]`,
        `1, 2030, p_name => E'Onzicht\\u200bbaar', p_unit => '%', p_source => 'x y', p_baseline_value => 1, p_baseline_year => 2025`,
      ]) {
        expect((await errorOf(tx, 'area_team_own_area', save(v2, args))).code, args).toBe('22023');
      }
      const unknown = await errorOf(tx, 'area_team_own_area', save(v2, `1, 2030, 'bestaat-niet'`));
      expect(unknown.code).toBe('P0002');
    });
  });

  it("every refusal of bad input names its problem in a hint, which the app says in the reader's language", async () => {
    const hints = await scalar<string[]>(
      db,
      `select array_agg(distinct m[1] order by m[1]) from regexp_matches((select prosrc from pg_proc where proname = 'save_goal_indicator'), 'hint = ''([a-z_]+)''', 'g') m`,
    );
    // src/features/indicators/goal-draft.ts: SERVER_HINTS (a unit test checks that each has copy in nl and en)
    const { SERVER_HINTS } = await import('../../src/features/indicators/goal-draft');
    // invisible_characters comes from the trigger on the table (private.guard_input)
    expect(hints).toEqual(SERVER_HINTS.filter((h) => h !== 'invisible_characters'));
  });

  it('changes with the version it was read at (else 40001) and can be removed', async () => {
    await rolledBack(db, async (tx) => {
      const v2 = await newVersion(tx);
      const r = await valueOf(tx, 'area_team_own_area', save(v2, `20, 2030, 'aandeel-0-15'`));
      const lineage = `'${str(r, 'lineage_id')}'::uuid`;
      const changed = await valueOf(
        tx,
        'area_team_own_area',
        save(v2, `22, 2032, 'aandeel-0-15', p_lineage_id => ${lineage}, p_version => 1`),
      );
      expect(changed).toMatchObject({ version: 2, target: { value: 22, year: 2032 } });
      const stale = await errorOf(
        tx,
        'area_team_own_area',
        save(v2, `23, 2032, 'aandeel-0-15', p_lineage_id => ${lineage}, p_version => 1`),
      );
      expect(stale.code).toBe('40001');
      await valueOf(tx, 'area_team_own_area', `public.delete_goal_indicator(${v2}, ${lineage}, 2)`);
      expect(
        await errorOf(tx, 'area_team_own_area', `public.delete_goal_indicator(${v2}, ${lineage}, 2)`),
      ).toMatchObject({ code: 'P0002' });
    });
  });

  it('at most 10 per goal; only on goals of a vision', async () => {
    await rolledBack(db, async (tx) => {
      const v2 = await newVersion(tx);
      for (let i = 0; i < 10; i++) await valueOf(tx, 'area_team_own_area', save(v2, CUSTOM));
      expect((await errorOf(tx, 'area_team_own_area', save(v2, CUSTOM))).code).toBe('22023');
      const plan = await errorOf(
        tx,
        'area_team_own_area',
        `public.save_goal_indicator(${doc('uitvoeringsplan-noord-2028-2029')}, ${lineageOfGoal(GOAL)}, ${CUSTOM})`,
      );
      expect(plan.code).toBe('22023');
    });
  });
});

describe('who may write', () => {
  it('the area team of Noord and admins; a council member, a resident and a visitor may not', async () => {
    await rolledBack(db, async (tx) => {
      const v2 = await newVersion(tx);
      expect(await valueOf(tx, 'admin', save(v2, CUSTOM))).toMatchObject({ kind: 'custom' });
      for (const who of ['council', 'resident'] as const) {
        expect((await errorOf(tx, who, save(v2, CUSTOM))).code, who).toBe('42501');
      }
      // anon has no EXECUTE on the writes at all
      expect((await errorOf(tx, 'anon', save(v2, CUSTOM))).code).toBe('42501');
      const lineage = await scalar<string>(
        tx,
        `select lineage_id::text from public.goal_indicators where document_id = ${v2} order by created_at limit 1`,
      );
      for (const who of ['council', 'resident', 'anon'] as const) {
        const del = await errorOf(tx, who, `public.delete_goal_indicator(${v2}, '${lineage}', 1)`);
        expect(del.code, who).toBe('42501');
      }
    });
  });

  it('a member of another area team may not write in Reeshof, even in a version that is open', async () => {
    await rolledBack(db, async (tx) => {
      const reeshof = await valueOf(tx, 'admin', `public.start_revision(${doc('gebiedsvisie-reeshof', 1)})`);
      const v2 = `'${str(reeshof, 'id')}'::uuid`;
      const goal = 'Iedereen in Reeshof kan meedoen';
      // Fatima is area team of Noord only: in Reeshof she is like anyone else
      const refused = await errorOf(tx, 'area_team_other_area', save(v2, CUSTOM, goal));
      expect(refused.code).toBe('42501');
      expect(await valueOf(tx, 'admin', save(v2, `20, 2030, 'aandeel-65-plus'`, goal))).toMatchObject({
        kind: 'cbs',
        baseline: { year: 2024 },
      });
    });
  });

  it('an adopted version takes no changes, not even from its own area team', async () => {
    await rolledBack(db, async (tx) => {
      const adopted = await errorOf(tx, 'area_team_own_area', save(doc(NOORD_VISION, 1), `20, 2030, 'aandeel-0-15'`));
      expect(adopted.code).toBe('22023');
      const lineage = await scalar<string>(tx, `select lineage_id::text from public.goal_indicators limit 1`);
      const del = await errorOf(tx, 'admin', `public.delete_goal_indicator(${doc(NOORD_VISION, 1)}, '${lineage}', 1)`);
      expect(del.code).toBe('22023');
    });
  });
});

describe('versions, visibility and the latest value', () => {
  it('the seed: the Noord vision measures a goal by a CBS figure, with its baseline from the data', async () => {
    await rolledBack(db, async (tx) => {
      const r = await valueOf(tx, 'anon', `public.area_goal_indicators(${area('noord')})`);
      expect(r).toMatchObject([{ goal: { title: SEEDED_GOAL }, document: { slug: NOORD_VISION, version_no: 1 } }]);
      const g = list(r, 0, 'indicators')[0]!;
      expect(g).toMatchObject({ indicator: { key: 'aandeel-koopwoningen' }, target: { value: 45, year: 2035 } });
      expect(g).toMatchObject({ baseline: { year: 2025, source: { transcribed: true } } });
      expect(Number(at(g, 'baseline', 'value'))).toBe(Number(await aggregate(tx, 'aandeel-koopwoningen', 2025, NOORD)));
    });
  });

  it('a new version of the vision copies the indicators of its goals, same lineage', async () => {
    await rolledBack(db, async (tx) => {
      const before = await valueOf(tx, 'anon', `public.document_indicators(${doc(NOORD_VISION, 1)})`);
      const v2 = await newVersion(tx);
      const after = await valueOf(tx, 'area_team_own_area', `public.document_indicators(${v2})`);
      const lineages = (r: Json) =>
        Object.values(r.goals as Record<string, Json[]>)
          .flat()
          .map((g) => g.lineage_id)
          .sort();
      expect(lineages(after)).toEqual(lineages(before));
      expect(lineages(after)).toHaveLength(1);
      expect(before).toMatchObject({ can_edit: false, districts: [] });
      expect(after).toMatchObject({ can_edit: true });
      expect(list(after, 'districts').length).toBeGreaterThan(0);
    });
  });

  it("a concept's indicators: only its area team and admins; in consultation: everyone, a council member too", async () => {
    await rolledBack(db, async (tx) => {
      const v2 = await newVersion(tx);
      await valueOf(tx, 'area_team_own_area', save(v2, `20, 2030, 'aandeel-0-15'`));
      const seen = async (who: Who) =>
        Number(
          await valueOf(tx, who, `(select to_jsonb(count(*)) from public.goal_indicators where document_id = ${v2})`),
        );
      expect(await seen('anon')).toBe(0);
      expect(await seen('council')).toBe(0);
      expect(await seen('resident')).toBe(0);
      expect(await seen('area_team_other_area')).toBe(2); // she is area team of Noord, whatever area she acts on
      expect(await seen('admin')).toBe(2);
      expect((await errorOf(tx, 'council', `public.document_indicators(${v2})`)).code).toBe('P0002');
      expect((await errorOf(tx, 'anon', `public.document_indicators(${v2})`)).code).toBe('P0002');
      // on the area page, the team sees the concept's goals; a visitor and a council member the adopted version's
      const team = await valueOf(tx, 'area_team_own_area', `public.area_goal_indicators(${area('noord')})`);
      const council = await valueOf(tx, 'council', `public.area_goal_indicators(${area('noord')})`);
      expect((team as unknown as Json[]).map((g) => at(g, 'goal', 'title'))).toEqual([GOAL, SEEDED_GOAL]);
      expect((council as unknown as Json[]).map((g) => at(g, 'goal', 'title'))).toEqual([SEEDED_GOAL]);

      await valueOf(tx, 'area_team_own_area', `public.set_document_status(${v2}, ${docVersion(v2)}, 'consultatie')`);
      expect(await seen('council')).toBe(2);
      expect(await seen('anon')).toBe(2);
      const inConsultation = await valueOf(tx, 'council', `public.document_indicators(${v2})`);
      expect(inConsultation).toMatchObject({ can_edit: false });
      expect(at(inConsultation, 'goals')).toHaveProperty(
        await scalar<string>(tx, `select ${lineageOfGoal(GOAL)}::text`),
        [expect.objectContaining({ indicator: expect.objectContaining({ key: 'aandeel-0-15' }) })],
      );
      // the area team can still change it in consultation, a council member cannot
      expect((await errorOf(tx, 'council', save(v2, CUSTOM))).code).toBe('42501');
      await valueOf(tx, 'area_team_own_area', save(v2, CUSTOM));
    });
  });

  it('the plan shows, next to each action that serves a goal, the indicators of that goal', async () => {
    await rolledBack(db, async (tx) => {
      const r = await valueOf(tx, 'anon', `public.document_indicators(${doc(NOORD_PLAN)})`);
      const served = Object.values(r.actions as Record<string, Json[]>)
        .flat()
        .filter((a) => at(a, 'goal', 'title') === SEEDED_GOAL);
      // the renovation and the school routes serve this goal (scripts/seed-examples.ts)
      expect(served).toHaveLength(2);
      expect(list(served[0], 'indicators')[0]).toMatchObject({ indicator: { key: 'aandeel-koopwoningen' } });
      expect(served[0]).toMatchObject({ goal: { document_slug: NOORD_VISION } });
      // the team's concept version 2 of the vision, with a new indicator, is what the team sees next to the action
      const v2 = await newVersion(tx);
      await valueOf(tx, 'area_team_own_area', save(v2, CUSTOM, SEEDED_GOAL));
      const forTeam = await valueOf(tx, 'area_team_own_area', `public.document_indicators(${doc(NOORD_PLAN)})`);
      const forVisitor = await valueOf(tx, 'anon', `public.document_indicators(${doc(NOORD_PLAN)})`);
      const count = (x: Json) =>
        Object.values(x.actions as Record<string, Json[]>)
          .flat()
          .filter((a) => at(a, 'goal', 'title') === SEEDED_GOAL)
          .map((a) => list(a, 'indicators').length);
      expect(count(forTeam)).toEqual([2, 2]);
      expect(count(forVisitor)).toEqual([1, 1]);
    });
  });

  it('when a newer year of the figure is loaded, the goal shows the latest value next to baseline and target', async () => {
    await rolledBack(db, async (tx) => {
      const seeded = async () =>
        list(await valueOf(tx, 'anon', `public.area_goal_indicators(${area('noord')})`), 0, 'indicators')[0]!;
      expect(await seeded()).toMatchObject({ baseline: { year: 2025 }, latest: null });
      // 2026: every wijk at 40% (as an admin's import would load it)
      await tx.exec(`insert into public.indicator_values (indicator_id, year, district_id, value, source_id)
        select i.id, 2026, d.id, 40, s.id from public.indicators i cross join public.districts d
        cross join public.indicator_sources s where i.key = 'aandeel-koopwoningen' and s.key = 'cbs-85984ned'`);
      expect(await seeded()).toMatchObject({
        baseline: { year: 2025 },
        target: { value: 45, year: 2035 },
        latest: { year: 2026, value: 40, source: { credit: 'Bron: CBS' } },
      });
    });
  });
});
