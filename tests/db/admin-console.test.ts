// The admin console (issue 12) beyond invitations: the last admin stays, revoking a role keeps what the person
// wrote, councils with their wijken, areas, the order of the themes, searching people, and admin_console().
// Who may call what is in the permission table (permissions.ts).
import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { claimsOf, rolesOf } from './admin-helpers';
import { rolledBack, scalar } from './db-helpers';
import { area, errorOf, list, str, valueOf, type Json } from './documents-helpers';
import { DEMO_USERS } from './permissions';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

describe('the last admin and what a person wrote', () => {
  const adminMembership = `(select id from public.memberships where user_id = '${DEMO_USERS.admin}' and role = 'admin')`;

  it('the last admin cannot revoke their own admin role; with a second admin they can', async () => {
    await rolledBack(db, async (tx) => {
      const err = await errorOf(tx, 'admin', `public.admin_revoke_membership(${adminMembership})`);
      expect(err).toEqual({ code: '22023', message: 'Er moet minstens één beheerder overblijven.' });
      const second = await valueOf(
        tx,
        'admin',
        `public.admin_grant_membership('${DEMO_USERS.resident}', 'admin', null, null)`,
      );
      await valueOf(tx, 'admin', `public.admin_revoke_membership(${adminMembership})`);
      // the other admin is now the last one
      const last = await errorOf(
        tx,
        claimsOf(DEMO_USERS.resident, 'bewoner@demo.agendakaart.nl'),
        `public.admin_revoke_membership('${str(second, 'id')}')`,
      );
      expect(last.code).toBe('22023');
    });
  });

  it('revoking a role keeps the documents, comments, initiatives and revisions the person wrote', async () => {
    await rolledBack(db, async (tx) => {
      const written = (user: string) =>
        scalar<string>(
          tx,
          `select concat_ws(' ',
             (select count(*) from public.comments where author_id = $1),
             (select count(*) from public.documents where created_by = $1),
             (select count(*) from public.revisions where changed_by = $1),
             (select count(*) from public.initiatives where author_id = $1),
             (select count(*) from public.initiative_comments where author_id = $1))`,
          [user],
        );
      const beforeCouncil = await written(DEMO_USERS.councilHeyhoef);
      const beforeTeam = await written(DEMO_USERS.areaTeamNoord);
      expect(beforeCouncil.split(' ').map(Number)[0]).toBeGreaterThan(0);
      expect(beforeTeam.split(' ').map(Number)[2]).toBeGreaterThan(0);
      for (const user of [DEMO_USERS.councilHeyhoef, DEMO_USERS.areaTeamNoord]) {
        const ids = (await tx.query<{ id: string }>(`select id from public.memberships where user_id = $1`, [user]))
          .rows;
        for (const { id } of ids) await valueOf(tx, 'admin', `public.admin_revoke_membership('${id}')`);
        expect(await rolesOf(tx, user)).toEqual([]);
      }
      expect(await written(DEMO_USERS.councilHeyhoef)).toBe(beforeCouncil);
      expect(await written(DEMO_USERS.areaTeamNoord)).toBe(beforeTeam);
    });
  });

  it('revoking an unknown membership is P0002', async () => {
    await rolledBack(db, async (tx) => {
      const err = await errorOf(tx, 'admin', `public.admin_revoke_membership('${randomUUID()}')`);
      expect(err).toEqual({ code: 'P0002', message: 'Lidmaatschap niet gevonden.' });
    });
  });
});

describe('councils, areas, themes and the console', () => {
  const districts = (...codes: string[]) =>
    `array(select id from public.districts where code in (${codes.map((c) => `'${c}'`).join(', ')}))`;

  it('adds a council with wijken, then moves it to another area with its members following', async () => {
    await rolledBack(db, async (tx) => {
      const created = await valueOf(
        tx,
        'admin',
        `public.admin_save_council(null, ' Wijkraad Proef ', 'wijkraad', ${area('noord')}, 'https://proef.example.org', ${districts('WK085542')} || ${districts('WK085542')})`,
      );
      expect(created).toMatchObject({ name: 'Wijkraad Proef', kind: 'wijkraad', is_example: false });
      expect(created.district_ids).toEqual([
        await scalar(tx, `select id from public.districts where code = 'WK085542'`),
      ]);
      const id = str(created, 'id');
      await valueOf(tx, 'admin', `public.admin_grant_membership('${DEMO_USERS.resident}', 'council', null, '${id}')`);

      const moved = await valueOf(
        tx,
        'admin',
        `public.admin_save_council('${id}', 'Wijkraad Proef', 'dorpsraad', ${area('reeshof')}, '', ${districts('WK085542', 'WK085541')})`,
      );
      expect(moved).toMatchObject({ id, kind: 'dorpsraad', website_url: null });
      expect((moved.district_ids as string[]).length).toBe(2);
      expect(await rolesOf(tx, DEMO_USERS.resident)).toEqual([
        { role: 'council', area: 'reeshof', council: 'Wijkraad Proef' },
      ]);
      const console = await valueOf(tx, 'admin', 'public.admin_console()');
      expect(list(console, 'councils').find((c) => c.id === id)).toEqual(moved);
    });
  });

  it('says clearly what is wrong with a council', async () => {
    await rolledBack(db, async (tx) => {
      const save = (name: string, url: string, districtSql: string) =>
        `public.admin_save_council(null, '${name}', 'wijkraad', ${area('noord')}, '${url}', ${districtSql})`;
      const one = districts('WK085542');
      const cases: [string, string, string][] = [
        [save('X', '', one), '22023', 'Naam moet tussen 2 en 120 tekens zijn.'],
        [
          save('Raad', 'javascript:alert(1)', one),
          '22023',
          'Het webadres moet met http:// of https:// beginnen (of laat het leeg).',
        ],
        [save('Raad', '', `'{}'::uuid[]`), '22023', 'Kies minstens één wijk of dorp.'],
        [save('Raad', '', 'null'), '22023', 'Kies minstens één wijk of dorp.'],
        [save('Raad', '', `array['${randomUUID()}'::uuid]`), 'P0002', 'Wijk niet gevonden.'],
        [save('wijkraad heyhoef (VOORBEELD)', '', one), '23505', 'Er bestaat al een raad met deze naam.'],
        [
          `public.admin_save_council('${randomUUID()}', 'Raad', 'wijkraad', ${area('noord')}, '', ${one})`,
          'P0002',
          'Raad niet gevonden.',
        ],
      ];
      for (const [sql, code, message] of cases) {
        expect(await errorOf(tx, 'admin', sql), sql).toEqual({ code, message });
      }
    });
  });

  it('saves an area: name, colour, description and whether the name is confirmed', async () => {
    await rolledBack(db, async (tx) => {
      const saved = await valueOf(
        tx,
        'admin',
        `public.admin_save_area(${area('noord')}, 'Tilburg Noord', 6, 'Het noorden.', true)`,
      );
      expect(saved).toMatchObject({ slug: 'noord', name: 'Tilburg Noord', color_index: 6, name_status: 'confirmed' });
      expect(saved).toMatchObject({ description: 'Het noorden.' });
      const back = await valueOf(tx, 'admin', `public.admin_save_area(${area('noord')}, 'Noord', 1, '', false)`);
      expect(back).toMatchObject({ name_status: 'presumed', description: '' });
      const err = await errorOf(tx, 'admin', `public.admin_save_area(${area('noord')}, 'Noord', 8, '', false)`);
      expect(err).toEqual({ code: '22023', message: 'Kies een kleur van 0 tot en met 7.' });
    });
  });

  it('reorders the themes, and only with every theme exactly once', async () => {
    await rolledBack(db, async (tx) => {
      const before = (await valueOf(tx, 'admin', 'public.list_themes()')) as unknown as Json[];
      const reversed = before.map((t) => String(t.id)).reverse();
      const after = (await valueOf(
        tx,
        'admin',
        `public.admin_reorder_themes(array[${reversed.map((id) => `'${id}'`).join(', ')}]::uuid[])`,
      )) as unknown as Json[];
      expect(after.map((t) => t.id)).toEqual(reversed);
      expect(after.map((t) => t.sort_order)).toEqual(reversed.map((_, i) => i + 1));
      const listed = (await valueOf(tx, 'resident', 'public.list_themes()')) as unknown as Json[];
      expect(listed.map((t) => t.id)).toEqual(reversed);
      const message = 'Geef elk thema precies één keer op, in de nieuwe volgorde.';
      const missing = `array[${reversed
        .slice(1)
        .map((id) => `'${id}'`)
        .join(', ')}]::uuid[]`;
      const doubled = `array[${[reversed[0], ...reversed.slice(0, -1)].map((id) => `'${id}'`).join(', ')}]::uuid[]`;
      for (const arg of [missing, doubled, 'null']) {
        expect(await errorOf(tx, 'admin', `public.admin_reorder_themes(${arg})`)).toEqual({ code: '22023', message });
      }
    });
  });

  it('searches people by name or e-mail, case- and accent-insensitively', async () => {
    await rolledBack(db, async (tx) => {
      const names = async (q: string, limit = 50) =>
        ((await valueOf(tx, 'admin', `public.admin_search_users(${q}, ${limit})`)) as unknown as Json[]).map(
          (u) => u.display_name,
        );
      expect(await names(`'FÁTIMA'`)).toEqual(['Fatima El Amrani']);
      expect(await names(`'wijkraad.heyhoef@'`)).toEqual(['Joost van Dijk']);
      expect(await names(`'%'`)).toEqual([]);
      expect(await names('null', 2)).toEqual(['Daan Bakker', 'Fatima El Amrani']);
      const [joost] = (await valueOf(tx, 'admin', `public.admin_search_users('joost')`)) as unknown as Json[];
      expect(joost).toMatchObject({ email: 'wijkraad.heyhoef@demo.agendakaart.nl' });
      expect(list(joost, 'memberships')[0]).toMatchObject({
        role: 'council',
        council_name: 'Wijkraad Heyhoef (voorbeeld)',
        area_name: 'Reeshof',
      });
      expect((await errorOf(tx, 'admin', `public.admin_search_users('', 0)`)).code).toBe('22023');
    });
  });

  it('lists the latest version of each document in the console, and no geometry', async () => {
    await rolledBack(db, async (tx) => {
      const console = await valueOf(tx, 'admin', 'public.admin_console()');
      const noord = list(console, 'documents').filter((d) => d.slug === 'wijkagenda-noord');
      expect(noord).toHaveLength(1);
      expect(noord[0]!.version_no).toBe(
        Number(await scalar(tx, `select max(version_no) from public.documents where slug = 'wijkagenda-noord'`)),
      );
      expect(list(console, 'districts')[0]).not.toHaveProperty('geometry');
      expect(Object.keys(list(console, 'areas')[0]!).sort()).toEqual(
        ['color_index', 'description', 'id', 'name', 'name_status', 'slug', 'sort_order'].sort(),
      );
    });
  });
});
