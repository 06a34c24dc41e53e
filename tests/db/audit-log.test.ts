// The audit log (issue 6): every change to memberships, areas, districts, councils and themes is kept with who,
// when, before and after, and admin_audit_log() shows it together with the document revisions. Who may call it
// and read the table is in the permission table (permissions.ts).
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { rolledBack } from './db-helpers';
import { area, at, errorOf, list, str, valueOf, type Json } from './documents-helpers';
import { DEMO_USERS } from './permissions';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

const feed = (args = '') => `public.admin_audit_log(${args})`;

describe('audit log', () => {
  it('shows a granted and a revoked membership with who did it, newest first', async () => {
    await rolledBack(db, async (tx) => {
      const granted = await valueOf(
        tx,
        'admin',
        `public.admin_grant_membership('${DEMO_USERS.resident}', 'area_team', ${area('noord')}, null)`,
      );
      await valueOf(tx, 'admin', `public.admin_revoke_membership('${str(granted, 'id')}')`);
      const items = list(await valueOf(tx, 'admin', feed(`'membership', null, 2, 0`)), 'items');
      expect(items.map((i) => [i.operation, i.title])).toEqual([
        ['delete', 'Sanne de Vries'],
        ['insert', 'Sanne de Vries'],
      ]);
      expect(str(items[0], 'changed_by', 'display_name')).toBe('Mark Jansen');
      expect(str(items[0], 'before', 'role')).toBe('area_team');
      expect(items[0]!.after).toBeNull();
      expect(str(items[1], 'area', 'slug')).toBe('noord');
    });
  });

  it("keeps the area team's description change with before, after and the changed field", async () => {
    await rolledBack(db, async (tx) => {
      const before = await valueOf(tx, 'area_team_own_area', `public.area_page('noord')`);
      await valueOf(tx, 'area_team_own_area', `public.update_area(${area('noord')}, 'Een nieuwe beschrijving.')`);
      const [item] = list(await valueOf(tx, 'admin', feed(`'area', ${area('noord')}, 1, 0`)), 'items');
      expect(item).toMatchObject({
        kind: 'area',
        operation: 'update',
        title: 'Noord',
        changed_fields: ['description'],
        changed_by: { id: DEMO_USERS.areaTeamNoord, display_name: 'Fatima El Amrani' },
      });
      expect(str(item, 'before', 'description')).toBe(str(before, 'area', 'description'));
      expect(str(item, 'after', 'description')).toBe('Een nieuwe beschrijving.');
      expect(item!.after).not.toHaveProperty('geometry');
    });
  });

  it('moves a wijk to another area and logs both the old and the new area', async () => {
    await rolledBack(db, async (tx) => {
      await valueOf(
        tx,
        'admin',
        `public.admin_set_district_area((select id from public.districts where code = 'WK085542'), ${area('reeshof')})`,
      );
      const [item] = list(await valueOf(tx, 'admin', feed(`'district', null, 1, 0`)), 'items');
      expect(item).toMatchObject({ operation: 'update', changed_fields: ['area_id'] });
      expect(at(item, 'before', 'area_id')).not.toEqual(at(item, 'after', 'area_id'));
    });
  });

  it('puts document changes in the same feed, with their document', async () => {
    await rolledBack(db, async (tx) => {
      const doc = await valueOf(tx, 'area_team_own_area', `public.document_by_slug('wijkagenda-noord')`);
      const sectionId = str(doc, 'sections', 0, 'id');
      await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry('${sectionId}', 'Bankjes langs de Piushaven', null, null, '', null, null, 'resident_ambition', 2)`,
      );
      const [item] = list(await valueOf(tx, 'admin', feed()), 'items');
      expect(item).toMatchObject({ kind: 'document', entity: 'entry', operation: 'insert' });
      expect(str(item, 'title')).toBe('Bankjes langs de Piushaven');
      expect(str(item, 'document', 'slug')).toBe('wijkagenda-noord');
      expect(str(item, 'changed_by', 'display_name')).toBe('Fatima El Amrani');
    });
  });

  it('pages through the feed without gaps or repeats', async () => {
    await rolledBack(db, async (tx) => {
      const all = list(await valueOf(tx, 'admin', feed(`null, null, 200, 0`)), 'items').map((i) => i.key);
      const pages: unknown[] = [];
      for (let offset = 0; offset < 60; offset += 20) {
        const page = await valueOf(tx, 'admin', feed(`null, null, 20, ${offset}`));
        expect(page.has_more).toBe(true);
        pages.push(...list(page, 'items').map((i) => i.key));
      }
      expect(pages).toEqual(all.slice(0, 60));
      expect(new Set(pages).size).toBe(60);
    });
  });

  it('refuses an unknown kind and an out-of-range page with a Dutch message', async () => {
    await rolledBack(db, async (tx) => {
      expect(await errorOf(tx, 'admin', feed(`'wachtwoord'`))).toMatchObject({ code: '22023' });
      expect((await errorOf(tx, 'admin', feed(`null, null, 0, 0`))).message).toMatch(/tussen 1 en 200/);
    });
  });

  it('keeps a change when the account that made it is deleted, without who made it (issue 16)', async () => {
    await rolledBack(db, async (tx) => {
      await valueOf(tx, 'admin', `public.admin_upsert_theme(null, 'test-thema', 'Testthema', 'Test theme', 9)`);
      await tx.exec(`delete from auth.users where id = '${DEMO_USERS.admin}'`);
      const { rows } = await tx.query<Json>(
        `select entity, operation, changed_by from public.audit_log where entity = 'theme' order by id desc limit 1`,
      );
      expect(rows[0]).toEqual({ entity: 'theme', operation: 'insert', changed_by: null });
    });
  });
});
