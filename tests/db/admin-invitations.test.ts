// Invitations (issue 12): an admin invites an e-mail address with a role, and the trigger on auth.users turns it into
// a membership once a user has CONFIRMED that address (an unconfirmed insert, then email_confirmed_at,
// last_sign_in_at or a new email, as GoTrue writes them). Every invitation, acceptance and withdrawal, and every
// change the console makes, is in the audit log. Who may call what is in the permission table (permissions.ts).
import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { claimsOf, confirm, HEYHOEF, invite, rolesOf, signUp } from './admin-helpers';
import { rolledBack, scalar } from './db-helpers';
import { area, errorOf, list, str, valueOf } from './documents-helpers';
import { DEMO_USERS } from './permissions';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

describe('invitations attach only to a confirmed e-mail address', () => {
  it('invite → sign up (unconfirmed: nothing) → confirm: the membership appears, and the person edits Reeshof', async () => {
    await rolledBack(db, async (tx) => {
      const inv = await valueOf(tx, 'admin', invite('Nieuw.Lid@Gemeente.nl ', 'area_team', area('reeshof')));
      expect(inv).toMatchObject({ email: 'nieuw.lid@gemeente.nl', role: 'area_team', area_name: 'Reeshof' });
      expect(inv).toMatchObject({ status: 'pending', council_id: null, invited_by_name: 'Mark Jansen' });

      const id = await signUp(tx, 'nieuw.lid@gemeente.nl');
      expect(await rolesOf(tx, id)).toEqual([]);
      await tx.query(`update auth.users set last_sign_in_at = now() where id = $1`, [id]); // not confirmed yet
      expect(await rolesOf(tx, id)).toEqual([]);

      await confirm(tx, id);
      expect(await rolesOf(tx, id)).toEqual([{ role: 'area_team', area: 'reeshof', council: null }]);
      const [listed] = list(await valueOf(tx, 'admin', 'public.admin_list_invitations()'));
      expect(listed).toMatchObject({ id: inv.id, status: 'accepted', accepted_by_name: 'Nieuw Lid' });
      expect(await scalar(tx, `select granted_by::text from public.memberships where user_id = $1`, [id])).toBe(
        DEMO_USERS.admin,
      );

      const page = await valueOf(tx, claimsOf(id, 'nieuw.lid@gemeente.nl'), `public.area_page('reeshof')`);
      expect(page.can_edit).toBe(true);
    });
  });

  it('attaches at once when a user with that confirmed address already exists', async () => {
    await rolledBack(db, async (tx) => {
      const inv = await valueOf(tx, 'admin', invite('BEWONER@demo.agendakaart.nl', 'council', area('noord'), HEYHOEF));
      // a council invitation takes the council's area, whatever area was passed
      expect(inv).toMatchObject({
        status: 'accepted',
        area_name: 'Reeshof',
        council_name: 'Wijkraad Heyhoef (voorbeeld)',
      });
      expect(await rolesOf(tx, DEMO_USERS.resident)).toEqual([
        { role: 'council', area: 'reeshof', council: 'Wijkraad Heyhoef (voorbeeld)' },
      ]);
      // and a second invite for the role she now has is refused
      const again = await errorOf(tx, 'admin', invite('bewoner@demo.agendakaart.nl', 'council', 'null', HEYHOEF));
      expect(again).toMatchObject({ code: '23505', message: 'Iemand met dit e-mailadres heeft deze rol al.' });
    });
  });

  it('never attaches to an unconfirmed account, even one that signs in, until it is confirmed', async () => {
    await rolledBack(db, async (tx) => {
      const id = await signUp(tx, 'kaper@example.org');
      await valueOf(tx, 'admin', invite('kaper@example.org', 'admin'));
      expect(await rolesOf(tx, id)).toEqual([]);
      expect(str(list(await valueOf(tx, 'admin', 'public.admin_list_invitations()'))[0], 'status')).toBe('pending');
    });
  });

  it('attaches when a confirmed e-mail change gives a user the invited address, not while the change is pending', async () => {
    await rolledBack(db, async (tx) => {
      await valueOf(tx, 'admin', invite('sanne@gemeente.nl', 'area_team', area('noord')));
      await tx.query(`update auth.users set email_change = 'sanne@gemeente.nl' where id = $1`, [DEMO_USERS.resident]);
      await tx.query(`update auth.users set last_sign_in_at = now() where id = $1`, [DEMO_USERS.resident]);
      expect(await rolesOf(tx, DEMO_USERS.resident)).toEqual([]);
      await tx.query(`update auth.users set email = email_change, email_change = '' where id = $1`, [
        DEMO_USERS.resident,
      ]);
      expect(await rolesOf(tx, DEMO_USERS.resident)).toEqual([{ role: 'area_team', area: 'noord', council: null }]);
    });
  });

  it('does not attach an expired invitation', async () => {
    await rolledBack(db, async (tx) => {
      const inv = await valueOf(tx, 'admin', invite('laat@example.org', 'area_team', area('noord')));
      await tx.query(
        `update public.invitations set created_at = now() - interval '20 days', expires_at = now() - interval '6 days' where id = $1`,
        [inv.id],
      );
      const id = await signUp(tx, 'laat@example.org');
      await confirm(tx, id);
      expect(await rolesOf(tx, id)).toEqual([]);
      const listed = list(await valueOf(tx, 'admin', 'public.admin_list_invitations()')).find((i) => i.id === inv.id);
      expect(listed).toMatchObject({ status: 'expired', accepted_at: null });
      // an expired invitation is not open: it cannot be withdrawn, and the address can be invited again
      expect((await errorOf(tx, 'admin', `public.admin_withdraw_invitation('${str(inv, 'id')}')`)).code).toBe('P0002');
      expect(await valueOf(tx, 'admin', invite('laat@example.org', 'area_team', area('noord')))).toMatchObject({
        status: 'accepted',
      });
    });
  });

  it('does not attach a withdrawn invitation; withdrawing twice is P0002', async () => {
    await rolledBack(db, async (tx) => {
      const inv = await valueOf(tx, 'admin', invite('ingetrokken@example.org', 'admin'));
      const withdrawn = await valueOf(tx, 'admin', `public.admin_withdraw_invitation('${str(inv, 'id')}')`);
      expect(withdrawn).toMatchObject({ id: inv.id, status: 'withdrawn' });
      const id = await signUp(tx, 'ingetrokken@example.org');
      await confirm(tx, id);
      expect(await rolesOf(tx, id)).toEqual([]);
      const twice = await errorOf(tx, 'admin', `public.admin_withdraw_invitation('${str(inv, 'id')}')`);
      expect(twice.code).toBe('P0002');
    });
  });

  it('refuses a second pending invitation for the same address and role (23505), but not another role', async () => {
    await rolledBack(db, async (tx) => {
      const first = await valueOf(tx, 'admin', invite('dubbel@example.org', 'area_team', area('noord')));
      const dup = await errorOf(tx, 'admin', invite('DUBBEL@example.org', 'area_team', area('noord')));
      expect(dup).toMatchObject({
        code: '23505',
        message: 'Er staat al een uitnodiging open voor dit e-mailadres en deze rol.',
      });
      await valueOf(tx, 'admin', invite('dubbel@example.org', 'area_team', area('reeshof')));
      await valueOf(tx, 'admin', `public.admin_withdraw_invitation('${str(first, 'id')}')`);
      await valueOf(tx, 'admin', invite('dubbel@example.org', 'area_team', area('noord')));
      // both open invitations attach at sign-up
      const id = await signUp(tx, 'dubbel@example.org');
      await confirm(tx, id);
      expect((await rolesOf(tx, id)).map((r) => r.area)).toEqual(['noord', 'reeshof']);
    });
  });

  it('says clearly what is wrong with an invitation', async () => {
    await rolledBack(db, async (tx) => {
      const cases: [string, string, string][] = [
        [invite('geen-adres', 'admin'), '22023', 'Vul een geldig e-mailadres in.'],
        [invite('a@b.nl', 'area_team'), '22023', 'Kies een gebied voor een lid van het gebiedsteam.'],
        [invite('a@b.nl', 'council', area('noord')), '22023', 'Kies een wijk- of dorpsraad.'],
        [invite('a@b.nl', 'admin', area('noord')), '22023', 'Een beheerder hoort niet bij een gebied of raad.'],
        [invite('a@b.nl', 'area_team', `'${randomUUID()}'`), 'P0002', 'Gebied niet gevonden.'],
        [invite('a@b.nl', 'council', 'null', `'${randomUUID()}'`), 'P0002', 'Wijk- of dorpsraad niet gevonden.'],
        [`public.admin_invite('a@b.nl', null)`, '22023', 'Kies een rol.'],
      ];
      for (const [sql, code, message] of cases) {
        expect(await errorOf(tx, 'admin', sql), sql).toEqual({ code, message });
      }
      expect((await errorOf(tx, 'area_team_own_area', invite('a@b.nl', 'admin'))).code).toBe('42501');
    });
  });

  it('makes the first admin of a real deployment from one insert as postgres', async () => {
    await rolledBack(db, async (tx) => {
      await tx.query(`insert into public.invitations (email, role) values ('  Eerste.Beheerder@Gemeente.nl', 'admin')`);
      const id = await signUp(tx, 'eerste.beheerder@gemeente.nl', 'Eerste Beheerder');
      expect(await rolesOf(tx, id)).toEqual([]);
      await confirm(tx, id);
      expect(await rolesOf(tx, id)).toEqual([{ role: 'admin', area: null, council: null }]);
      // and for someone who already has a confirmed account, the same insert attaches at once
      await tx.query(`insert into public.invitations (email, role) values ('team.noord@demo.agendakaart.nl', 'admin')`);
      expect((await rolesOf(tx, DEMO_USERS.areaTeamNoord)).map((r) => r.role)).toContain('admin');
    });
  });

  it('shows invitations to admins only', async () => {
    await rolledBack(db, async (tx) => {
      await valueOf(tx, 'admin', invite('geheim@example.org', 'admin'));
      const count = async (who: 'resident' | 'area_team_own_area' | 'admin') => {
        await tx.query(`select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`, [
          JSON.stringify(
            who === 'admin'
              ? claimsOf(DEMO_USERS.admin, 'beheer@demo.agendakaart.nl')
              : who === 'resident'
                ? claimsOf(DEMO_USERS.resident, 'bewoner@demo.agendakaart.nl')
                : claimsOf(DEMO_USERS.areaTeamNoord, 'team.noord@demo.agendakaart.nl'),
          ),
        ]);
        const n = Number(await scalar(tx, `select count(*) from public.invitations`));
        await tx.query(`reset role`);
        return n;
      };
      // the seed holds two (one pending, one withdrawn), and now this one
      expect(await count('resident')).toBe(0);
      expect(await count('area_team_own_area')).toBe(0);
      expect(await count('admin')).toBe(3);
    });
  });
});

describe('everything written is in the audit log', () => {
  it('logs invite, acceptance, withdrawal, the membership, council, area and theme changes', async () => {
    await rolledBack(db, async (tx) => {
      const start = Number(await scalar(tx, `select coalesce(max(id), 0) from public.audit_log`));
      const accepted = await valueOf(tx, 'admin', invite('bewoner@demo.agendakaart.nl', 'area_team', area('noord')));
      const open = await valueOf(tx, 'admin', invite('open@example.org', 'admin'));
      await valueOf(tx, 'admin', `public.admin_withdraw_invitation('${str(open, 'id')}')`);
      const council = await valueOf(
        tx,
        'admin',
        `public.admin_save_council(null, 'Wijkraad Logboek', 'wijkraad', ${area('noord')}, '', array(select id from public.districts where code = 'WK085542'))`,
      );
      await valueOf(tx, 'admin', `public.admin_save_area(${area('noord')}, 'Noord', 2, 'Anders.', true)`);
      await valueOf(
        tx,
        'admin',
        `public.admin_reorder_themes(array(select id from public.themes order by sort_order desc, name_nl desc))`,
      );
      const rows = (
        await tx.query<{ entity: string; operation: string; entity_id: string; changed_by: string | null }>(
          `select entity, operation, entity_id::text, changed_by::text from public.audit_log where id > $1 order by id`,
          [start],
        )
      ).rows;
      const has = (entity: string, operation: string, entityId?: unknown) =>
        rows.some((r) => r.entity === entity && r.operation === operation && (!entityId || r.entity_id === entityId));
      expect(has('invitation', 'insert', accepted.id)).toBe(true);
      expect(has('invitation', 'update', accepted.id)).toBe(true); // accepted at once
      expect(has('membership', 'insert')).toBe(true);
      expect(has('invitation', 'insert', open.id)).toBe(true);
      expect(has('invitation', 'update', open.id)).toBe(true); // withdrawn
      expect(has('council', 'insert', council.id)).toBe(true);
      expect(has('council', 'update', council.id)).toBe(true); // its wijken
      expect(has('area', 'update')).toBe(true);
      expect(has('theme', 'update')).toBe(true);
      expect(rows.every((r) => r.changed_by === DEMO_USERS.admin)).toBe(true);

      // newest first: these four, then the seed's invitations
      const feed = list(await valueOf(tx, 'admin', `public.admin_audit_log('invitation', null, 4, 0)`), 'items');
      expect(feed.map((i) => [i.operation, i.title])).toEqual([
        ['update', 'open@example.org'],
        ['insert', 'open@example.org'],
        ['update', 'bewoner@demo.agendakaart.nl'],
        ['insert', 'bewoner@demo.agendakaart.nl'],
      ]);
      expect(feed[0]!.changed_fields).toEqual(['withdrawn_at']);
      const councilFeed = list(await valueOf(tx, 'admin', `public.admin_audit_log('council', null, 1, 0)`), 'items');
      expect(councilFeed[0]).toMatchObject({ title: 'Wijkraad Logboek', changed_fields: ['district_ids'] });
    });
  });

  it('logs an acceptance at sign-up too', async () => {
    await rolledBack(db, async (tx) => {
      const inv = await valueOf(tx, 'admin', invite('later@example.org', 'area_team', area('noord')));
      const id = await signUp(tx, 'later@example.org');
      await confirm(tx, id);
      const n = await scalar<string>(
        tx,
        `select count(*)::text from public.audit_log where entity = 'invitation' and entity_id = $1 and operation = 'update'
           and after ->> 'accepted_by' = $2`,
        [inv.id, id],
      );
      expect(n).toBe('1');
      const membership = await scalar<string>(
        tx,
        `select count(*)::text from public.audit_log where entity = 'membership' and after ->> 'user_id' = $1`,
        [id],
      );
      expect(membership).toBe('1');
    });
  });
});
