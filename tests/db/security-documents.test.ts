// Issue 16, documents: a version that was in consultatie or has comments is never lost, every life-cycle change is in
// the audit log, only the current adopted plan is live, internal notes stay internal, require_area_editor(NULL) lets
// nobody through, a slug does not reveal another area's concept, and comments come in pages. Each role of the issue
// is tried through the RPCs and through the tables.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { actAs, actAsOwner, attempt, rolledBack, scalar } from './db-helpers';
import {
  area,
  count,
  doc,
  entry,
  errorOf,
  list,
  NOORD_CONCEPT_PLAN,
  NOORD_PLAN,
  str,
  valueOf,
  type Json,
  type Who,
} from './documents-helpers';
import { noordConcept, noordRoles, setStatus } from './security-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

describe('a version that was in consultatie or has comments is never lost', () => {
  it('withdrawing the consultation keeps the version, its comments and history; deleting it is refused for everyone', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d } = await noordConcept(tx);
      await setStatus(tx, d, 'consultatie');
      await valueOf(
        tx,
        'area_team_own_area',
        `public.set_comments_open(${d}, (select version from public.documents where id = ${d}), true)`,
      );
      await valueOf(tx, 'resident', `public.add_comment(${d}, 'Een reactie van een bewoner')`);
      await setStatus(tx, d, 'concept');
      const version = `(select version from public.documents where id = ${d})`;
      for (const who of ['area_team_own_area', 'admin'] as const) {
        const err = await errorOf(tx, who, `public.delete_document(${d}, ${version})`);
        expect(err).toEqual({
          code: '22023',
          message:
            'Deze versie is in consultatie geweest of heeft reacties en wordt daarom altijd bewaard; verwijderen kan niet.',
        });
      }
      for (const who of (await noordRoles(tx)).filter((r) => r !== 'admin')) {
        expect((await errorOf(tx, who, `public.delete_document(${d}, ${version})`)).code).toBe('42501');
      }
      // not even the table owner (a migration, the SQL editor) deletes it
      const owner = await attempt(tx, `delete from public.documents where id = ${d}`);
      expect(owner.error?.code).toBe('22023');
      expect(await count(tx, `select 1 from public.comments where document_id = ${d}`)).toBe(1);
      const history = await valueOf(tx, 'area_team_own_area', `public.document_history(${d})`);
      const statuses = list(history, 'revisions')
        .filter((r) => r.operation === 'status')
        .map((r) => (r.after as Json).status);
      expect(statuses).toEqual(['concept', 'consultatie']);
      const detail = await valueOf(tx, 'area_team_own_area', `public.document_detail(${d})`);
      expect(detail).toMatchObject({ can_delete: false, is_kept: true });
    });
  });

  it('a concept with only an internal note is kept too', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d } = await noordConcept(tx);
      await valueOf(tx, 'area_team_own_area', `public.add_comment(${d}, 'Even overleggen')`);
      expect((await errorOf(tx, 'area_team_own_area', `public.delete_document(${d}, 1)`)).code).toBe('22023');
    });
  });

  it('a concept never consulted can be deleted, and the audit log shows who deleted which version', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d } = await noordConcept(tx, 'Wijkagenda Noord-Weg');
      const detail = await valueOf(tx, 'area_team_own_area', `public.document_detail(${d})`);
      expect(detail).toMatchObject({ can_delete: true, is_kept: false });
      const id = await scalar<string>(tx, `select ${d}::text`);
      await valueOf(
        tx,
        'area_team_own_area',
        `public.delete_document(${d}, (select version from public.documents where id = ${d}))`,
      );
      const feed = await valueOf(tx, 'admin', `public.admin_audit_log('document')`);
      const deleted = list(feed, 'items').find((i) => i.entity_id === id && i.operation === 'delete');
      expect(deleted).toMatchObject({
        kind: 'document',
        title: 'Wijkagenda Noord-Weg',
        changed_by: { display_name: 'Fatima El Amrani' },
        before: { status: 'concept', version_no: 1 },
      });
    });
  });
});

describe('only the current adopted version of a plan is live', () => {
  it('a newer adopted version freezes the progress of the old one, through the RPC and the table', async () => {
    await rolledBack(db, async (tx) => {
      const v1 = doc(NOORD_PLAN, 1);
      const v2 = await valueOf(tx, 'area_team_own_area', `public.start_revision(${v1})`);
      const d2 = `'${str(v2, 'id')}'::uuid`;
      await setStatus(tx, d2, 'consultatie');
      await setStatus(tx, d2, 'vastgesteld');
      const oldAction = `(select id from public.entries where document_id = ${v1} and kind = 'plan_action' order by position limit 1)`;
      const call = `public.update_action_progress(${oldAction}, (select version from public.entries where id = ${oldAction}), 'in_uitvoering', 40)`;
      for (const who of ['area_team_own_area', 'admin'] as const) {
        expect(await errorOf(tx, who, call)).toEqual({
          code: '22023',
          message:
            'Deze versie is vervangen door een nieuwere vastgestelde versie. Werk de voortgang bij in de huidige versie.',
        });
      }
      for (const who of (await noordRoles(tx)).filter((r) => r !== 'admin')) {
        expect((await errorOf(tx, who, call)).code).toBe('42501');
      }
      // the trigger holds for any writer
      const direct = await attempt(
        tx,
        `update public.entries set progress = 41, version = version + 1 where id = ${oldAction}`,
      );
      expect(direct.error?.code).toBe('22023');
      expect(await valueOf(tx, 'area_team_own_area', `public.document_detail(${v1})`)).toMatchObject({
        can_update_progress: false,
        is_superseded: true,
      });
      // the current adopted version is live
      const newAction = `(select id from public.entries where document_id = ${d2} and kind = 'plan_action' order by position limit 1)`;
      expect(
        await valueOf(
          tx,
          'area_team_own_area',
          `public.update_action_progress(${newAction}, (select version from public.entries where id = ${newAction}), 'in_uitvoering', 40)`,
        ),
      ).toMatchObject({ progress: 40 });
    });
  });
});

describe("the area team's internal notes stay internal", () => {
  it('a note written on a concept is not readable by others after the version goes into consultatie', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d } = await noordConcept(tx);
      await valueOf(tx, 'area_team_own_area', `public.add_comment(${d}, 'Intern: eerst de wethouder bellen')`);
      await setStatus(tx, d, 'consultatie');
      await valueOf(
        tx,
        'area_team_own_area',
        `public.set_comments_open(${d}, (select version from public.documents where id = ${d}), true)`,
      );
      await valueOf(tx, 'resident', `public.add_comment(${d}, 'Openbare reactie')`);
      const bodies = async (who: Who) =>
        list(await valueOf(tx, who, `public.document_comments(${d})`), 'threads').map((t) => t.body);
      for (const who of (await noordRoles(tx)).filter((r) => r !== 'admin')) {
        expect(await bodies(who)).toEqual(['Openbare reactie']);
        await actAs(tx, who);
        const rows = await attempt<{ body: string }>(
          tx,
          `select body from public.comments where document_id = ${d} order by created_at`,
        );
        await actAsOwner(tx);
        expect(rows.rows?.map((r) => r.body)).toEqual(['Openbare reactie']);
      }
      for (const who of ['area_team_own_area', 'admin'] as const) {
        expect(await bodies(who)).toEqual(['Intern: eerst de wethouder bellen', 'Openbare reactie']);
      }
      const threads = list(await valueOf(tx, 'admin', `public.document_comments(${d})`), 'threads');
      expect(threads.map((t) => t.is_internal)).toEqual([true, false]);
      // counts follow what the reader may see
      expect((await valueOf(tx, 'anon', `public.document_detail(${d})`)).comment_count).toBe(1);
    });
  });

  it('the seeded internal notes of a concept stay internal when it goes into consultatie', async () => {
    await rolledBack(db, async (tx) => {
      const d = doc(NOORD_CONCEPT_PLAN);
      await setStatus(tx, d, 'consultatie');
      expect(list(await valueOf(tx, 'anon', `public.document_comments(${d})`), 'threads')).toEqual([]);
      expect(list(await valueOf(tx, 'area_team_own_area', `public.document_comments(${d})`), 'threads')).toHaveLength(
        1,
      );
    });
  });
});

describe('near misses', () => {
  it('private.require_area_editor(NULL) lets no area-team member through', async () => {
    await rolledBack(db, async (tx) => {
      // before: NULL slipped through `not (… in …)` and update_area answered 'not found' instead of 'not allowed'
      expect((await errorOf(tx, 'area_team_own_area', `public.update_area(null, 'Beschrijving')`)).code).toBe('42501');
    });
  });

  it("a new document's slug is the same whether or not another area has a concept with that title", async () => {
    await rolledBack(db, async (tx) => {
      const plan = (who: 'area_team_own_area' | 'admin', areaSlug: string) =>
        valueOf(
          tx,
          who,
          `public.create_document(${area(areaSlug)}, 'plan', 'Groen plan', p_period_start => '2030-01-01', p_period_end => '2030-12-31')`,
        );
      expect(str(await plan('area_team_own_area', 'noord'), 'slug')).toBe('noord-groen-plan');
      // the admin makes a concept with the same title in Reeshof: no suffix, no clash with Noord's
      expect(str(await plan('admin', 'reeshof'), 'slug')).toBe('reeshof-groen-plan');
      // the Noord team's second one is numbered because of its OWN first one, which it can see
      expect(str(await plan('area_team_own_area', 'noord'), 'slug')).toBe('noord-groen-plan-2');
    });
  });

  it('document comments come in pages of threads', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d } = await noordConcept(tx);
      for (let i = 1; i <= 3; i++) await valueOf(tx, 'area_team_own_area', `public.add_comment(${d}, 'Notitie ${i}')`);
      const page = await valueOf(tx, 'area_team_own_area', `public.document_comments_page(${d}, 2, 2)`);
      expect(page).toMatchObject({ thread_total: 3, has_more: false });
      expect(list(page, 'threads').map((t) => t.body)).toEqual(['Notitie 3']);
      expect((await errorOf(tx, 'anon', `public.document_comments_page(${d}, 500, 0)`)).code).toBe('22023');
      expect(list(await valueOf(tx, 'area_team_own_area', `public.document_comments(${d})`), 'threads')).toHaveLength(
        3,
      );
    });
  });

  it("an entry's comment keeps its place when a withdrawn version's entry is deleted", async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d, entry: e } = await noordConcept(tx);
      await setStatus(tx, d, 'consultatie');
      await valueOf(tx, 'area_team_own_area', `public.add_comment(${d}, 'Over dit punt', p_entry_id => ${e})`);
      await setStatus(tx, d, 'concept');
      await valueOf(
        tx,
        'area_team_own_area',
        `public.delete_entry(${e}, (select version from public.entries where id = ${e}))`,
      );
      expect(
        await count(tx, `select 1 from public.comments where document_id = ${d} and entry_lineage_id is not null`),
      ).toBe(1);
      expect(await count(tx, `select 1 from public.entries where id = ${entry(d, 'Punt')}`)).toBe(0);
    });
  });
});
