// Photos and documents in Storage (issue 15), per role: who may upload a file, read it and delete it, through the
// policies on storage.objects exactly as the Storage API runs them (as the client), and how the attachment rows
// follow their initiative (hidden, removed) and their entry (concept documents). The same rules run on
// PostgreSQL 15 in supabase/tests/database/08-attachment-storage.test.sql.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { rolledBack, scalar } from './db-helpers';
import {
  beginDocument,
  beginPhoto,
  readable,
  removeFiles,
  statusOf,
  upload,
  uploadAll,
  type Begun,
} from './attachments-helpers';
import {
  doc,
  entry,
  errorOf,
  lineageOf,
  list,
  valueOf,
  NOORD_AGENDA,
  NOORD_CONCEPT_PLAN,
  type Who,
} from './documents-helpers';
import { propose } from './initiatives-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

const ROLES: [string, Who][] = [
  ['anon', 'anon'],
  ['resident (owner)', 'resident'],
  ['other resident', 'council'],
  ['area team of the area', 'area_team_own_area'],
  ['admin', 'admin'],
];

async function readsBy(tx: Transaction, begun: Begun): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [label, who] of ROLES) out[label] = await readable(tx, who, begun.files);
  return out;
}

/** A photo of the resident's initiative in Stokhasselt (Noord), begun but not uploaded. */
async function residentPhoto(tx: Transaction): Promise<{ initiative: string; begun: Begun }> {
  const initiative = await propose(tx, 'resident', { title: 'Een kapot hek bij de speeltuin' });
  return { initiative, begun: await beginPhoto(tx, 'resident', initiative) };
}

describe('photos of an initiative in Storage', () => {
  it('only the proposer uploads, and only the names of the attachment she began', async () => {
    await rolledBack(db, async (tx) => {
      const { begun } = await residentPhoto(tx);
      expect(begun.files).toEqual([`${begun.id}/photo.jpg`, `${begun.id}/thumb.jpg`]);
      for (const who of ['anon', 'council', 'area_team_own_area', 'admin'] as const) {
        expect((await upload(tx, who, begun.files[0]!))?.code, who).toBe('42501');
      }
      expect((await upload(tx, 'resident', `${begun.id}/document.pdf`))?.code).toBe('42501');
      expect((await upload(tx, 'resident', `${crypto.randomUUID()}/photo.jpg`))?.code).toBe('42501');
      expect((await upload(tx, 'resident', `mijn-huis.jpg`))?.code).toBe('42501');
      expect(await upload(tx, 'resident', begun.files[0]!)).toBeUndefined();
      // no overwriting: the same name again is a duplicate, and there is no update policy
      expect((await upload(tx, 'resident', begun.files[0]!))?.code).toBe('23505');
    });
  });

  it('is read by everyone once ready, by nobody but its managers before', async () => {
    await rolledBack(db, async (tx) => {
      const { begun } = await residentPhoto(tx);
      expect((await errorOf(tx, 'resident', `public.finish_attachment('${begun.id}')`)).message).toMatch(
        /nog niet helemaal geüpload/,
      );
      await upload(tx, 'resident', begun.files[0]!);
      await upload(tx, 'resident', begun.files[1]!);
      expect(await readsBy(tx, begun)).toEqual({
        anon: 0,
        'resident (owner)': 2,
        'other resident': 0,
        'area team of the area': 2,
        admin: 2,
      });
      expect((await errorOf(tx, 'council', `public.finish_attachment('${begun.id}')`)).code).toBe('P0002');
      await valueOf(tx, 'resident', `public.finish_attachment('${begun.id}')`);
      expect(Object.values(await readsBy(tx, begun))).toEqual([2, 2, 2, 2, 2]);
    });
  });

  it('the area team of another area does not read a pending photo', async () => {
    await rolledBack(db, async (tx) => {
      const code = await scalar<string>(
        tx,
        `select d.code from public.districts d join public.areas a on a.id = d.area_id where a.slug = 'reeshof' order by d.code limit 1`,
      );
      const initiative = await propose(tx, 'resident', { code });
      const begun = await beginPhoto(tx, 'resident', initiative);
      await upload(tx, 'resident', begun.files[0]!);
      expect(await readable(tx, 'area_team_other_area', begun.files)).toBe(0);
    });
  });

  it('reports that hide the initiative hide its photos; its proposer, the area team and admins still see them', async () => {
    await rolledBack(db, async (tx) => {
      const { initiative, begun } = await residentPhoto(tx);
      await uploadAll(tx, 'resident', begun);
      // what enough reports do (the reporting rules have their own tests)
      await tx.query(`update public.initiatives set hidden_at = now() where id = ${initiative}`);
      expect(await readsBy(tx, begun)).toEqual({
        anon: 0,
        'resident (owner)': 2,
        'other resident': 0,
        'area team of the area': 2,
        admin: 2,
      });
      expect((await errorOf(tx, 'anon', `public.attachments_of('initiative', ${initiative})`)).code).toBe('P0002');
      expect(await valueOf(tx, 'anon', `public.attachments_of_targets('initiative', array[${initiative}])`)).toEqual(
        {},
      );
    });
  });

  it('nobody deletes a ready file; once removed, only its managers delete it, and then it is purged', async () => {
    await rolledBack(db, async (tx) => {
      const { begun } = await residentPhoto(tx);
      await uploadAll(tx, 'resident', begun);
      for (const who of ['council', 'area_team_own_area', 'admin', 'resident'] as const) {
        expect(await removeFiles(tx, who, begun.files), who).toBe(0);
      }
      expect((await errorOf(tx, 'council', `public.remove_attachment('${begun.id}')`)).code).toBe('42501');
      expect((await errorOf(tx, 'area_team_own_area', `public.remove_attachment('${begun.id}')`)).code).toBe('42501');
      expect(await valueOf(tx, 'resident', `public.remove_attachment('${begun.id}')`)).toEqual({
        id: begun.id,
        files: begun.files,
      });
      // hidden at once, for everyone but its managers
      expect(await readable(tx, 'anon', begun.files)).toBe(0);
      expect(await readable(tx, 'council', begun.files)).toBe(0);
      expect(await removeFiles(tx, 'council', begun.files)).toBe(0);
      expect(await valueOf(tx, 'resident', `public.purge_attachments(array['${begun.id}'::uuid])`)).toEqual({
        purged: [],
        remaining: [begun.id],
      });
      expect(await removeFiles(tx, 'resident', begun.files)).toBe(2);
      expect(await valueOf(tx, 'resident', `public.purge_attachments(array['${begun.id}'::uuid])`)).toEqual({
        purged: [begun.id],
        remaining: [],
      });
      expect(await statusOf(tx, begun.id)).toBeUndefined();
    });
  });

  it('an admin removes a single photo of someone else', async () => {
    await rolledBack(db, async (tx) => {
      const { initiative, begun } = await residentPhoto(tx);
      await uploadAll(tx, 'resident', begun);
      const second = await beginPhoto(tx, 'resident', initiative, 'De speeltuin van bovenaf');
      await uploadAll(tx, 'resident', second);
      await valueOf(tx, 'admin', `public.remove_attachment('${begun.id}')`);
      expect(await removeFiles(tx, 'admin', begun.files)).toBe(2);
      await valueOf(tx, 'admin', `public.purge_attachments(array['${begun.id}'::uuid])`);
      const left = await valueOf(tx, 'anon', `public.attachments_of('initiative', ${initiative})`);
      expect(list(left, 'items').map((a) => a.description)).toEqual(['De speeltuin van bovenaf']);
    });
  });

  it('removing the initiative (moderation) marks its photos for removal; the admin finishes it', async () => {
    await rolledBack(db, async (tx) => {
      const { initiative, begun } = await residentPhoto(tx);
      await uploadAll(tx, 'resident', begun);
      await valueOf(tx, 'council', `public.report_abuse('initiative', ${initiative})`);
      await valueOf(tx, 'admin', `public.admin_moderate('initiative', ${initiative}, 'remove')`);
      expect(await statusOf(tx, begun.id)).toBe('removing');
      expect(await readable(tx, 'anon', begun.files)).toBe(0);
      const removals = await valueOf(tx, 'admin', 'public.attachment_removals()');
      expect(removals).toEqual([{ id: begun.id, files: begun.files }]);
      expect(await removeFiles(tx, 'admin', begun.files)).toBe(2);
      await valueOf(tx, 'admin', `public.purge_attachments(array['${begun.id}'::uuid])`);
      expect(await statusOf(tx, begun.id)).toBeUndefined();
    });
  });

  it('deleting the account removes its photos: released and deleted first, or left for an admin', async () => {
    await rolledBack(db, async (tx) => {
      const { begun } = await residentPhoto(tx);
      await uploadAll(tx, 'resident', begun);
      expect(list(await valueOf(tx, 'resident', 'public.my_attachments()')).map((a) => a.file)).toEqual([
        begun.files[0],
      ]);
      const released = await valueOf(tx, 'resident', 'public.release_my_attachments()');
      expect(released).toEqual([{ id: begun.id, files: begun.files }]);
      expect(await readable(tx, 'anon', begun.files)).toBe(0);
      expect(await removeFiles(tx, 'resident', begun.files)).toBe(2);
      await valueOf(tx, 'resident', `public.purge_attachments(array['${begun.id}'::uuid])`);
      expect(await statusOf(tx, begun.id)).toBeUndefined();
    });
    await rolledBack(db, async (tx) => {
      const { begun } = await residentPhoto(tx);
      await uploadAll(tx, 'resident', begun);
      await valueOf(tx, 'resident', `public.delete_my_account('VERWIJDER')`);
      expect(await statusOf(tx, begun.id)).toBe('removing');
      expect(await scalar(tx, `select uploaded_by from public.attachments where id = $1`, [begun.id])).toBeNull();
      expect(await readable(tx, 'anon', begun.files)).toBe(0);
      expect(await valueOf(tx, 'admin', 'public.attachment_removals()')).toEqual([
        { id: begun.id, files: begun.files },
      ]);
      expect(await removeFiles(tx, 'admin', begun.files)).toBe(2);
    });
  });
});

describe('rules for adding', () => {
  it('at most 3 photos on an initiative, each with a description; nothing but photos, by nobody but the proposer', async () => {
    await rolledBack(db, async (tx) => {
      const { initiative, begun } = await residentPhoto(tx);
      await uploadAll(tx, 'resident', begun);
      const add = (alt: string) =>
        `public.begin_attachment('initiative', ${initiative}, 'photo', 'image/jpeg', 1000, '${alt}', 800, 600)`;
      expect(await errorOf(tx, 'resident', add('x'))).toMatchObject({
        code: '22023',
        message: /Beschrijf wat er op de foto/,
      });
      expect((await errorOf(tx, 'area_team_own_area', add('Het hek'))).code).toBe('42501');
      expect((await errorOf(tx, 'admin', add('Het hek'))).code).toBe('42501');
      expect((await errorOf(tx, 'anon', add('Het hek'))).code).toBe('42501');
      expect(
        (
          await errorOf(
            tx,
            'resident',
            `public.begin_attachment('initiative', ${initiative}, 'photo', 'image/gif', 1000, 'Het hek', 800, 600)`,
          )
        ).code,
      ).toBe('22023');
      expect(
        (
          await errorOf(
            tx,
            'resident',
            `public.begin_attachment('initiative', ${initiative}, 'photo', 'image/jpeg', 1000, 'Het hek', 2400, 600)`,
          )
        ).message,
      ).toMatch(/1600 pixels/);
      expect(
        (
          await errorOf(
            tx,
            'resident',
            `public.begin_attachment('initiative', ${initiative}, 'document', 'application/pdf', 1000, 'Plan')`,
          )
        ).message,
      ).toMatch(/alleen foto/);
      await valueOf(tx, 'resident', add('Tweede foto'));
      await valueOf(tx, 'resident', add('Derde foto'));
      expect(await valueOf(tx, 'resident', `public.attachments_of('initiative', ${initiative})`)).toMatchObject({
        can_add: false,
        limit: 3,
        count: 3,
      });
      expect(await errorOf(tx, 'resident', add('Vierde foto'))).toMatchObject({
        code: '22023',
        message: /hoogstens 3 foto/,
      });
    });
  });

  it('the area team adds documents to the agenda items and plan actions of its own area only', async () => {
    await rolledBack(db, async (tx) => {
      const item = lineageOf(entry(doc(NOORD_AGENDA), 'Het plein in Quirijnstok vergroenen'));
      for (const who of ['resident', 'council', 'area_team_other_area'] as Who[]) {
        const reeshof = lineageOf(
          `(select e.id from public.entries e join public.areas a on a.id = e.area_id where a.slug = 'reeshof' and e.kind = 'agenda_item' limit 1)`,
        );
        const target = who === 'area_team_other_area' ? reeshof : item;
        expect(
          (
            await errorOf(
              tx,
              who,
              `public.begin_attachment('agenda_item', ${target}, 'document', 'application/pdf', 1000, 'Verslag')`,
            )
          ).code,
          String(who),
        ).toBe('42501');
      }
      const begun = await beginDocument(tx, 'area_team_own_area', 'agenda_item', item);
      expect(begun.files).toEqual([`${begun.id}/document.pdf`]);
      await uploadAll(tx, 'area_team_own_area', begun);
      expect(await readable(tx, 'anon', begun.files)).toBe(1);
      await beginDocument(tx, 'admin', 'agenda_item', item);
      expect(
        (
          await errorOf(
            tx,
            'area_team_own_area',
            `public.begin_attachment('plan_action', ${item}, 'document', 'application/pdf', 1000, 'Verslag')`,
          )
        ).code,
      ).toBe('P0002');
    });
  });

  it('the attachments of an entry in a concept document are read only by the area team and admins', async () => {
    await rolledBack(db, async (tx) => {
      const action = lineageOf(
        `(select id from public.entries where document_id = ${doc(NOORD_CONCEPT_PLAN)} and kind = 'plan_action' order by position limit 1)`,
      );
      const begun = await beginDocument(tx, 'area_team_own_area', 'plan_action', action);
      await uploadAll(tx, 'area_team_own_area', begun);
      expect(await readsBy(tx, begun)).toEqual({
        anon: 0,
        'resident (owner)': 0,
        'other resident': 0,
        'area team of the area': 1,
        admin: 1,
      });
      expect((await errorOf(tx, 'anon', `public.attachments_of('plan_action', ${action})`)).code).toBe('P0002');
      // the team removes it; the resident cannot
      expect((await errorOf(tx, 'resident', `public.remove_attachment('${begun.id}')`)).code).toBe('42501');
      await valueOf(tx, 'area_team_own_area', `public.remove_attachment('${begun.id}')`);
      expect(await removeFiles(tx, 'area_team_own_area', begun.files)).toBe(1);
    });
  });
});
