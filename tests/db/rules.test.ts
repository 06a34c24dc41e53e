// Behaviour rules of the foundation schema that the permission table does not express: validation, duplicates,
// triggers, cascades, the editable wijk → team mapping, me() and area_page().
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { actAs, actAsOwner, attempt, publicFingerprint, rolledBack, scalar, type Claims } from './db-helpers';
import { DEMO_USERS as U, type Actor } from './permissions';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

const areaId = (slug: string) => `(select id from public.areas where slug = '${slug}')`;
const HEYHOEF = `(select id from public.councils where name = 'Wijkraad Heyhoef (voorbeeld)')`;
const STOKHASSELT = `(select id from public.districts where code = 'WK085542')`;

type Json = Record<string, unknown>;

/** Calls `sql` (one jsonb value) as `who`; returns the value or the SQL error. */
async function call(tx: Transaction, who: Actor | Claims, sql: string) {
  await actAs(tx, who);
  const result = await attempt<{ r: Json | null }>(tx, `select (${sql}) as r`);
  await actAsOwner(tx);
  return result.error ? { error: result.error } : { value: result.rows[0]!.r };
}

async function valueOf(tx: Transaction, who: Actor | Claims, sql: string): Promise<Json> {
  const res = await call(tx, who, sql);
  if ('error' in res) throw new Error(`${sql} failed: ${res.error!.code} ${res.error!.message}`);
  return res.value as Json;
}

describe('validation errors (22023) leave nothing written', () => {
  const long = (n: number) => `repeat('a', ${n})`;
  it.each<[string, Actor, string]>([
    ['update_profile: a name of 1 character', 'resident', `public.update_profile('x')`],
    ['update_profile: a name of 81 characters', 'resident', `public.update_profile(${long(81)})`],
    ['update_profile: only spaces', 'council', `public.update_profile('     ')`],
    ['update_profile: null', 'admin', `public.update_profile(null)`],
    [
      'update_area: a description of 2001 characters',
      'area_team_own_area',
      `public.update_area(${areaId('noord')}, ${long(2001)})`,
    ],
    ['admin_update_area: a name of 1 character', 'admin', `public.admin_update_area(${areaId('noord')}, 'N', 1)`],
    ['admin_update_area: colour 8', 'admin', `public.admin_update_area(${areaId('noord')}, 'Noord', 8)`],
    ['admin_update_area: no colour', 'admin', `public.admin_update_area(${areaId('noord')}, 'Noord', null)`],
    [
      'admin_upsert_theme: a code with capitals',
      'admin',
      `public.admin_upsert_theme(null, 'Nieuw-Thema', 'Nieuw thema', 'New theme', 1)`,
    ],
    [
      'admin_upsert_theme: an existing theme renamed to 1 character',
      'admin',
      `public.admin_upsert_theme((select id from public.themes where slug = 'wonen'), 'wonen', 'W', 'Housing', 1)`,
    ],
    [
      'admin_grant_membership: area team without an area',
      'admin',
      `public.admin_grant_membership('${U.resident}', 'area_team')`,
    ],
    [
      'admin_grant_membership: area team with a council',
      'admin',
      `public.admin_grant_membership('${U.resident}', 'area_team', ${areaId('noord')}, ${HEYHOEF})`,
    ],
    [
      'admin_grant_membership: council without a council',
      'admin',
      `public.admin_grant_membership('${U.resident}', 'council', ${areaId('noord')})`,
    ],
    [
      'admin_grant_membership: admin with an area',
      'admin',
      `public.admin_grant_membership('${U.resident}', 'admin', ${areaId('noord')})`,
    ],
    ['admin_grant_membership: no role', 'admin', `public.admin_grant_membership('${U.resident}', null)`],
  ])('%s', async (_name, who, sql) => {
    await rolledBack(db, async (tx) => {
      const before = await publicFingerprint(tx);
      const res = await call(tx, who, sql);
      expect(res.error?.code).toBe('22023');
      expect(res.error?.message).toMatch(/\S/);
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });
});

describe('admin_grant_membership', () => {
  it.each([
    ['area team Noord for the Noord team member', `'${U.areaTeamNoord}', 'area_team', ${areaId('noord')}, null`],
    ['council Heyhoef for its member', `'${U.councilHeyhoef}', 'council', null, ${HEYHOEF}`],
    ['admin for the admin (no area, no council: nulls count as equal)', `'${U.admin}', 'admin', null, null`],
  ])('granting an existing membership again gives 23505 and writes nothing: %s', async (_name, args) => {
    await rolledBack(db, async (tx) => {
      const before = await publicFingerprint(tx);
      const res = await call(tx, 'admin', `public.admin_grant_membership(${args})`);
      expect(res.error).toEqual({ code: '23505', message: 'Dit lidmaatschap bestaat al.' });
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });

  it('a new membership granted twice: the second gives 23505', async () => {
    await rolledBack(db, async (tx) => {
      const sql = `public.admin_grant_membership('${U.resident}', 'area_team', ${areaId('west')})`;
      expect((await call(tx, 'admin', sql)).error).toBeUndefined();
      expect((await call(tx, 'admin', sql)).error?.code).toBe('23505');
    });
  });

  it("a council membership gets the council's area_id, whatever area is passed", async () => {
    await rolledBack(db, async (tx) => {
      const m = await valueOf(
        tx,
        'admin',
        `public.admin_grant_membership('${U.resident}', 'council', ${areaId('noord')}, ${HEYHOEF})`,
      );
      const reeshof = await scalar<string>(tx, `select ${areaId('reeshof')}`);
      expect(m).toMatchObject({ role: 'council', area_id: reeshof, granted_by: U.admin });
      expect(await scalar(tx, `select area_id from public.memberships where id = $1`, [m.id])).toBe(reeshof);
    });
  });

  it('a council that does not exist gives P0002 (not a check violation)', async () => {
    await rolledBack(db, async (tx) => {
      const res = await call(
        tx,
        'admin',
        `public.admin_grant_membership('${U.resident}', 'council', null, gen_random_uuid())`,
      );
      expect(res.error).toEqual({ code: 'P0002', message: 'Gebied of raad niet gevonden.' });
    });
  });

  it('an area or user that does not exist gives P0002', async () => {
    await rolledBack(db, async (tx) => {
      const area = await call(
        tx,
        'admin',
        `public.admin_grant_membership('${U.resident}', 'area_team', gen_random_uuid())`,
      );
      expect(area.error?.code).toBe('P0002');
      const user = await call(tx, 'admin', `public.admin_grant_membership(gen_random_uuid(), 'admin')`);
      expect(user.error).toEqual({ code: 'P0002', message: 'Gebruiker niet gevonden.' });
    });
  });

  it('area-team rights follow the membership: granted → can edit, revoked → cannot', async () => {
    await rolledBack(db, async (tx) => {
      const edit = `public.update_area(${areaId('west')}, 'Door de bewoner bewerkt')`;
      expect((await call(tx, 'resident', edit)).error?.code).toBe('42501');
      const m = await valueOf(
        tx,
        'admin',
        `public.admin_grant_membership('${U.resident}', 'area_team', ${areaId('west')})`,
      );
      expect((await call(tx, 'resident', edit)).error).toBeUndefined();
      expect(await valueOf(tx, 'resident', `public.area_page('west')`)).toMatchObject({ can_edit: true });
      await valueOf(tx, 'admin', `public.admin_revoke_membership('${String(m.id)}')`);
      expect((await call(tx, 'resident', edit)).error?.code).toBe('42501');
      expect(await valueOf(tx, 'resident', `public.area_page('west')`)).toMatchObject({ can_edit: false });
    });
  });

  it('revoking a membership that does not exist gives P0002', async () => {
    await rolledBack(db, async (tx) => {
      expect((await call(tx, 'admin', `public.admin_revoke_membership(gen_random_uuid())`)).error?.code).toBe('P0002');
    });
  });
});

describe('auth users, profiles and memberships', () => {
  it('deleting an auth user cascades to the profile and the memberships', async () => {
    await rolledBack(db, async (tx) => {
      expect(
        await scalar(tx, `select count(*)::int from public.memberships where user_id = $1`, [U.councilHeyhoef]),
      ).toBe(1);
      await tx.query(`delete from auth.users where id = $1`, [U.councilHeyhoef]);
      expect(await scalar(tx, `select count(*)::int from public.profiles where id = $1`, [U.councilHeyhoef])).toBe(0);
      expect(
        await scalar(tx, `select count(*)::int from public.memberships where user_id = $1`, [U.councilHeyhoef]),
      ).toBe(0);
    });
  });

  it('deleting the admin who granted a membership keeps the membership, without granted_by', async () => {
    await rolledBack(db, async (tx) => {
      const m = await valueOf(
        tx,
        'admin',
        `public.admin_grant_membership('${U.resident}', 'area_team', ${areaId('west')})`,
      );
      await tx.query(`delete from auth.users where id = $1`, [U.admin]);
      expect(await scalar(tx, `select granted_by from public.memberships where id = $1`, [m.id])).toBeNull();
    });
  });

  it.each([
    ['the display_name in the metadata', 'anna@example.org', { display_name: '  Anna de Boer ' }, 'Anna de Boer'],
    ['the local part of the email without metadata', 'piet.pieters@example.org', {}, 'piet.pieters'],
    ['the local part of the email when the metadata name is blank', 'kees@example.org', { display_name: '  ' }, 'kees'],
    ['"Inwoner" when the local part is 1 character', 'x@example.org', {}, 'Inwoner'],
    ['at most 80 characters', `${'l'.repeat(100)}@example.org`, {}, 'l'.repeat(80)],
  ])('sign-up creates a profile with %s', async (_name, email, meta, expected) => {
    await rolledBack(db, async (tx) => {
      const id = await scalar<string>(
        tx,
        `insert into auth.users (id, email, raw_user_meta_data) values (gen_random_uuid(), $1, $2) returning id`,
        [email, JSON.stringify(meta)],
      );
      expect(await scalar(tx, `select display_name from public.profiles where id = $1`, [id])).toBe(expected);
      const me = await valueOf(tx, { role: 'authenticated', sub: id, email }, 'public.me()');
      expect(me).toMatchObject({ id, email, display_name: expected, is_admin: false, roles: ['resident'] });
    });
  });

  it('update_profile trims the name and me() and area_page() show it', async () => {
    await rolledBack(db, async (tx) => {
      const me = await valueOf(tx, 'area_team_own_area', `public.update_profile('  Fatima A.  ')`);
      expect(me).toMatchObject({ id: U.areaTeamNoord, display_name: 'Fatima A.' });
      const page = await valueOf(tx, 'anon', `public.area_page('noord')`);
      expect(page.team).toContainEqual({ display_name: 'Fatima A.' });
    });
  });
});

describe('the wijk → team mapping is editable data', () => {
  type Overview = {
    areas: { slug: string; district_count: number }[];
    districts: { code: string; area_id: string; area_slug: string }[];
  };
  const countOf = (o: Overview, slug: string) => o.areas.find((a) => a.slug === slug)?.district_count;

  it('admin moves a district to another area and map_overview and area_page follow', async () => {
    await rolledBack(db, async (tx) => {
      const before = (await valueOf(tx, 'anon', 'public.map_overview()')) as unknown as Overview;
      expect(before.districts.find((d) => d.code === 'WK085542')?.area_slug).toBe('noord');

      const moved = await valueOf(tx, 'admin', `public.admin_set_district_area(${STOKHASSELT}, ${areaId('reeshof')})`);
      expect(moved).toMatchObject({ code: 'WK085542', name: 'Stokhasselt' });

      const after = (await valueOf(tx, 'anon', 'public.map_overview()')) as unknown as Overview;
      expect(after.districts.find((d) => d.code === 'WK085542')).toMatchObject({
        area_slug: 'reeshof',
        area_id: moved.area_id,
      });
      expect(countOf(after, 'noord')).toBe(countOf(before, 'noord')! - 1);
      expect(countOf(after, 'reeshof')).toBe(countOf(before, 'reeshof')! + 1);

      const codes = async (slug: string) =>
        ((await valueOf(tx, 'anon', `public.area_page('${slug}')`)).districts as { code: string }[]).map((d) => d.code);
      expect(await codes('noord')).not.toContain('WK085542');
      expect(await codes('reeshof')).toContain('WK085542');
    });
  });

  it('a district or area that does not exist gives P0002', async () => {
    await rolledBack(db, async (tx) => {
      const noArea = await call(tx, 'admin', `public.admin_set_district_area(${STOKHASSELT}, gen_random_uuid())`);
      expect(noArea.error).toEqual({ code: 'P0002', message: 'Gebied niet gevonden.' });
      const noDistrict = await call(
        tx,
        'admin',
        `public.admin_set_district_area(gen_random_uuid(), ${areaId('noord')})`,
      );
      expect(noDistrict.error).toEqual({ code: 'P0002', message: 'Wijk niet gevonden.' });
    });
  });
});

describe('me()', () => {
  it('is null for anon', async () => {
    await rolledBack(db, async (tx) => {
      expect((await call(tx, 'anon', 'public.me()')).value).toBeNull();
    });
  });

  it.each<[Actor, Json]>([
    [
      'resident',
      {
        id: U.resident,
        display_name: 'Sanne de Vries',
        is_admin: false,
        roles: ['resident'],
        area_team_areas: [],
        councils: [],
      },
    ],
    [
      'council',
      {
        id: U.councilHeyhoef,
        display_name: 'Joost van Dijk',
        is_admin: false,
        roles: ['council', 'resident'],
        area_team_areas: [],
        councils: [{ name: 'Wijkraad Heyhoef (voorbeeld)', area_slug: 'reeshof' }],
      },
    ],
    [
      'area_team_own_area',
      {
        id: U.areaTeamNoord,
        email: 'team.noord@demo.agendakaart.nl',
        display_name: 'Fatima El Amrani',
        is_admin: false,
        roles: ['area_team', 'resident'],
        area_team_areas: [{ slug: 'noord', name: 'Noord' }],
        councils: [],
      },
    ],
    [
      'admin',
      {
        id: U.admin,
        display_name: 'Mark Jansen',
        is_admin: true,
        roles: ['admin', 'resident'],
        area_team_areas: [],
        councils: [],
      },
    ],
  ])('roles and scopes of the demo %s', async (who, expected) => {
    await rolledBack(db, async (tx) => {
      const me = await valueOf(tx, who, 'public.me()');
      const { councils, area_team_areas, ...rest } = expected;
      expect(me).toMatchObject(rest);
      expect(me.councils).toEqual((councils as Json[]).map((c) => expect.objectContaining(c)));
      expect(me.area_team_areas).toEqual((area_team_areas as Json[]).map((a) => expect.objectContaining(a)));
    });
  });
});

describe('area_page()', () => {
  const SLUGS = ['binnenstad', 'noord', 'oud-noord', 'west', 'oud-zuid', 'zuid-oost', 'reeshof', 'dorpen'];
  const canEdit: Record<'anon' | 'resident' | 'council' | 'area_team_own_area' | 'admin', (slug: string) => boolean> = {
    anon: () => false,
    resident: () => false,
    council: () => false,
    area_team_own_area: (slug) => slug === 'noord',
    admin: () => true,
  };

  it('knows the eight seeded areas', async () => {
    const { rows } = await db.query<{ slug: string }>('select slug from public.areas');
    expect(rows.map((r) => r.slug).sort()).toEqual([...SLUGS].sort());
  });

  it.each(Object.entries(canEdit))('can_edit for %s: true only for the own area team and admins', async (who, rule) => {
    await rolledBack(db, async (tx) => {
      for (const slug of SLUGS) {
        const page = await valueOf(tx, who as Actor, `public.area_page('${slug}')`);
        expect({ slug, can_edit: page.can_edit }).toEqual({ slug, can_edit: rule(slug) });
      }
    });
  });

  it.each<Actor>(['anon', 'resident', 'admin'])('an unknown slug gives P0002 for %s', async (who) => {
    await rolledBack(db, async (tx) => {
      const res = await call(tx, who, `public.area_page('bestaat-niet')`);
      expect(res.error).toEqual({ code: 'P0002', message: 'Gebied niet gevonden.' });
    });
  });

  it('shows what the area team wrote with update_area', async () => {
    await rolledBack(db, async (tx) => {
      const area = await valueOf(
        tx,
        'area_team_own_area',
        `public.update_area(${areaId('noord')}, 'Samen aan de slag.')`,
      );
      expect(area).toMatchObject({ slug: 'noord', description: 'Samen aan de slag.' });
      expect((await valueOf(tx, 'anon', `public.area_page('noord')`)).area).toMatchObject({
        description: 'Samen aan de slag.',
      });
    });
  });
});
