// Figures per wijk (issue 14): the CBS data as loaded, and area and city figures computed in SQL against
// expectations worked out by hand from the CSVs in supabase/data/cbs (sums, weighted means, suppressed values,
// partial coverage), the RPCs that read them, and the wijk page. Who may call what: permissions.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CBS_MIGRATION_PATH, generateCbsFiles } from '../../scripts/generate-cbs';
import { districtSlug } from '../../src/lib/district-slug';
import { createTestDb } from '../utils/test-db';
import { rolledBack, scalar } from './db-helpers';
import { area, at, district, list, valueOf, type Json } from './documents-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

const root = join(import.meta.dirname, '..', '..');
const REESHOF = [47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 60, 63, 65].map((n) => `WK0855${n}`);
const ids = (codes: string[]) =>
  `array(select id from public.districts where code in (${codes.map((c) => `'${c}'`).join(', ')}))`;
const ALL = 'array(select id from public.districts)';
const aggregate = (db: PGlite, key: string, year: number, scope: string) =>
  scalar<Json>(
    db,
    `select private.indicator_aggregate((select id from public.indicators where key = '${key}'), ${year}, ${scope})`,
  );
const codes = (v: Json) => list(v, 'missing').map((m) => m.code);

describe('the CBS data as loaded', () => {
  it(`${CBS_MIGRATION_PATH} matches supabase/data/cbs (npm run cbs:generate)`, () => {
    for (const [path, fresh] of Object.entries(generateCbsFiles())) {
      expect(readFileSync(join(root, path), 'utf8')).toBe(fresh);
    }
  });

  it('holds every cell of the three CSVs; an empty cell is NULL, never 0', async () => {
    const counts = await scalar<string>(
      db,
      `select count(*) || ' values, ' || count(*) filter (where value is null) || ' unknown, ' || count(distinct district_id) || ' wijken' from public.indicator_values`,
    );
    // 16 figures (2024) + 16 (2025; its three origin shares are not loaded) + 1 (2023), 59 rows each; empty cells: 5 × 5
    // age shares, 5 WOZ, 4 × 3 tenure and 10 social-minimum values
    expect(counts).toBe(`${59 * (16 + 16 + 1)} values, 52 unknown, 59 wijken`);
    const kraaiven = await scalar<string>(
      db,
      `select coalesce(v.value::text, 'onbekend') from public.indicator_values v join public.indicators i on i.id = v.indicator_id
       where i.key = 'aandeel-65-plus' and v.year = 2024 and v.district_id = ${district('WK085559')}`,
    );
    expect(kraaiven).toBe('onbekend');
  });

  it('labels its sources with their credit and licence, and the 2025 table as transcribed', async () => {
    const sources = await scalar<Json[]>(
      db,
      `select jsonb_agg(jsonb_build_object('key', key, 'credit', credit, 'licence', licence, 'transcribed', transcribed) order by key) from public.indicator_sources`,
    );
    expect(sources).toEqual([
      { key: 'cbs-85618ned', credit: 'Bron: CBS', licence: 'CC BY 4.0', transcribed: false },
      { key: 'cbs-85984ned', credit: 'Bron: CBS', licence: 'CC BY 4.0', transcribed: false },
      { key: 'cbs-86165ned', credit: 'Bron: CBS', licence: 'CC BY 4.0', transcribed: true },
      {
        key: 'cbs-kadaster-wijk-en-buurtkaart-2024',
        credit: 'Bron: CBS, Kadaster',
        licence: 'CC BY 4.0',
        transcribed: false,
      },
    ]);
  });
});

describe('area and city figures from the wijken (expectations computed by hand from the CSVs)', () => {
  it('a count sums: inhabitants of Reeshof (15 wijken) in 2024 and 2025', async () => {
    const y2024 = await aggregate(db, 'inwoners', 2024, ids(REESHOF));
    expect(y2024).toMatchObject({ value: 44760, with_value: 15, district_count: 15, missing: [], base_share: null });
    expect(await aggregate(db, 'inwoners', 2025, ids(REESHOF))).toMatchObject({ value: 44435, with_value: 15 });
    // the city: the sum of the 59 wijken (CBS rounds wijk counts to 5, so it differs a little from its gemeente total)
    expect(await aggregate(db, 'inwoners', 2024, ALL)).toMatchObject({ value: 229845, with_value: 59 });
  });

  it('a percentage is weighted by its base; a suppressed wijk is left out and named', async () => {
    // share 65+ in 2024: Σ(share × inhabitants) / Σ inhabitants over the 14 wijken with a share; WK085565
    // (Buitengebied Noord-West, 40 inhabitants) is suppressed by CBS
    const reeshof = await aggregate(db, 'aandeel-65-plus', 2024, ids(REESHOF));
    expect(reeshof).toMatchObject({ with_value: 14, district_count: 15, base_year: 2024 });
    expect(Number(reeshof.value)).toBeCloseTo(13.778064, 5);
    expect(Number(reeshof.base_share)).toBeCloseTo(0.999106, 5);
    expect(codes(reeshof)).toEqual(['WK085565']);
    const city = await aggregate(db, 'aandeel-65-plus', 2024, ALL);
    expect(Number(city.value)).toBeCloseTo(17.383783, 5);
    expect(codes(city).sort()).toEqual(['WK085541', 'WK085559', 'WK085561', 'WK085562', 'WK085565']);
  });

  it('counting a suppressed value as 0 would give another figure: it is not done', async () => {
    // Heyhoef (65+: 88 %, 320 inhabitants) with the suppressed Buitengebied Noord-West (40 inhabitants): as 0 it
    // would pull the share down to 78 %
    const two = await aggregate(db, 'aandeel-65-plus', 2024, ids(['WK085550', 'WK085565']));
    const heyhoef = await aggregate(db, 'aandeel-65-plus', 2024, ids(['WK085550']));
    expect(two.value).toBe(heyhoef.value);
    expect(two).toMatchObject({ with_value: 1, district_count: 2 });
    // only suppressed wijken: unknown, not 0
    expect(await aggregate(db, 'aandeel-65-plus', 2024, ids(['WK085565', 'WK085559']))).toMatchObject({
      value: null,
      with_value: 0,
    });
    expect(await aggregate(db, 'woz-waarde', 2025, ids(['WK085565']))).toMatchObject({ value: null, with_value: 0 });
  });

  it('an average weighted by a base of another year says which: WOZ 2025 by the housing stock of 2024', async () => {
    const woz = await aggregate(db, 'woz-waarde', 2025, ids(REESHOF));
    expect(woz).toMatchObject({ base_year: 2024, with_value: 14 });
    expect(Number(woz.value)).toBeCloseTo(397.662656, 5);
    const social = await aggregate(db, 'huishoudens-sociaal-minimum', 2023, ids(REESHOF));
    expect(social).toMatchObject({ base_year: 2024, with_value: 13 });
    expect(Number(social.value)).toBeCloseTo(3.136155, 5);
    expect(codes(social).sort()).toEqual(['WK085560', 'WK085565']);
    const size = await aggregate(db, 'huishoudensgrootte', 2024, ALL);
    expect(Number(size.value)).toBeCloseTo(1.94177, 4);
  });

  it('partial coverage of a count: a wijk without a value is left out of the sum and listed', async () => {
    await rolledBack(db, async (tx) => {
      await tx.query(
        `update public.indicator_values set value = null where year = 2025 and district_id = ${district('WK085550')}
         and indicator_id = (select id from public.indicators where key = 'inwoners')`,
      );
      const sum = await scalar<Json>(
        tx,
        `select private.indicator_aggregate((select id from public.indicators where key = 'inwoners'), 2025, ${ids(REESHOF)})`,
      );
      expect(sum).toMatchObject({
        value: 44435 - 325,
        with_value: 14,
        missing: [{ code: 'WK085550', name: 'Heyhoef' }],
      });
    });
  });
});

describe('reading figures through the RPCs', () => {
  it('area_figures: the key figures of Reeshof against the city, each in its newest year with its source', async () => {
    await rolledBack(db, async (tx) => {
      const r = await valueOf(tx, 'anon', `public.area_figures(${area('reeshof')})`);
      const figures = list(r, 'figures');
      const byKey = (key: string) => figures.find((f) => at(f, 'indicator', 'key') === key)!;
      expect(byKey('inwoners')).toMatchObject({ year: 2025, scope: { value: 44435 }, city: { value: 230335 } });
      expect(byKey('inwoners')).toMatchObject({
        source: { key: 'cbs-86165ned', transcribed: true, credit: 'Bron: CBS' },
      });
      expect(byKey('aandeel-65-plus')).toMatchObject({ year: 2024, source: { credit: 'Bron: CBS, Kadaster' } });
      expect(figures.every((f) => at(f, 'indicator', 'is_key_figure') === true)).toBe(true);
      expect(list(r, 'districts')).toHaveLength(15);
      const heyhoef = list(r, 'districts').find((d) => d.code === 'WK085550')!;
      expect(heyhoef).toMatchObject({ name: 'Heyhoef', values: { inwoners: 325, 'aandeel-65-plus': 88 } });
      const noordWest = list(r, 'districts').find((d) => d.code === 'WK085565')!;
      expect(at(noordWest, 'values', 'aandeel-65-plus')).toBeNull();
    });
  });

  it('district_figures: a wijk shows its own value, unknown where CBS suppressed it, next to the city', async () => {
    await rolledBack(db, async (tx) => {
      const r = await valueOf(tx, 'anon', `public.district_figures(${district('WK085559')})`);
      const share = list(r, 'figures').find((f) => at(f, 'indicator', 'key') === 'aandeel-65-plus')!;
      expect(share).toMatchObject({ year: 2024, scope: { value: null, with_value: 0 } });
      expect(Number(at(share, 'city', 'value'))).toBeCloseTo(17.383783, 5);
    });
  });

  it('indicator_map: every wijk in the newest year, a given year, and a clear refusal for a year without data', async () => {
    await rolledBack(db, async (tx) => {
      const r = await valueOf(tx, 'anon', `public.indicator_map('inwoners')`);
      expect(r).toMatchObject({ year: 2025, years: [2024, 2025] });
      expect(list(r, 'values')).toHaveLength(59);
      const older = await valueOf(tx, 'anon', `public.indicator_map('inwoners', 2024)`);
      expect(list(older, 'values').find((v) => v.code === 'WK085510')).toMatchObject({
        value: 8065,
        area_slug: 'binnenstad',
      });
      const { errorOf } = await import('./documents-helpers');
      expect(await errorOf(tx, 'anon', `public.indicator_map('inwoners', 2019)`)).toEqual({
        code: 'P0002',
        message: 'Voor dit cijfer zijn geen gegevens over 2019.',
      });
      expect((await errorOf(tx, 'anon', `public.indicator_map('bestaat-niet')`)).code).toBe('P0002');
    });
  });

  it('list_indicators: the catalog with, per year, how many wijken have a value and the source', async () => {
    await rolledBack(db, async (tx) => {
      const r = await valueOf(tx, 'anon', 'public.list_indicators()');
      const woz = list(r, 'indicators').find((i) => i.key === 'woz-waarde')!;
      expect(woz).toMatchObject({
        unit: 'eur_thousand',
        aggregation: 'weighted_mean',
        base: { key: 'woningvoorraad' },
      });
      expect(list(woz, 'years')).toEqual([
        expect.objectContaining({
          year: 2025,
          with_value: 54,
          district_count: 59,
          source: expect.objectContaining({ key: 'cbs-86165ned' }),
        }),
      ]);
    });
  });
});

describe('the wijk page', () => {
  it('is found by CBS code and by readable slug; the slugs the app builds are the ones the database matches', async () => {
    const names = await scalar<{ name: string; slug: string }[]>(
      db,
      `select jsonb_agg(jsonb_build_object('name', name, 'slug', private.slugify(name))) from public.districts`,
    );
    expect(names.filter((n) => districtSlug(n.name) !== n.slug)).toEqual([]);
    expect(new Set(names.map((n) => n.slug)).size).toBe(59);
    await rolledBack(db, async (tx) => {
      const bySlug = await valueOf(tx, 'anon', `public.district_page('trouwlaan-uitvindersbuurt')`);
      const byCode = await valueOf(tx, 'anon', `public.district_page('wk085518')`);
      expect(at(bySlug, 'district', 'code')).toBe('WK085518');
      expect(byCode).toEqual(bySlug);
    });
  });

  it('shows its area, councils, the agendas that cover it, what is placed in it and its initiatives', async () => {
    await rolledBack(db, async (tx) => {
      const r = await valueOf(tx, 'anon', `public.district_page('heikant')`);
      expect(r).toMatchObject({ district: { code: 'WK085543', slug: 'heikant' }, area: { slug: 'noord' } });
      expect(list(r, 'councils').map((c) => c.name)).toEqual(['Noordraad Heikant-Quirijnstok']);
      expect(list(r, 'agendas').map((a) => [a.slug, a.version_no])).toEqual([['wijkagenda-noord', 2]]);
      const entries = list(r, 'entries').map((e) => `${String(e.kind)}: ${String(e.title)}`);
      expect(entries).toContain('plan_action: Renovatie van de eerste 120 portiekwoningen in Heikant');
      expect(list(r, 'initiatives').map((i) => i.title)).toContain('Speelplek voor peuters in Heikant (voorbeeld)');
      // a concept is shown to its area team only
      const team = await valueOf(tx, 'area_team_own_area', `public.district_page('heikant')`);
      expect(list(team, 'entries').length).toBeGreaterThanOrEqual(entries.length);
    });
  });
});
