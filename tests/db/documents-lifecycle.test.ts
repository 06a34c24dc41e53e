// Life cycle of documents (agendas, visions, plans): create, the status path concept → consultatie → vastgesteld
// (and back from consultatie to concept), read-only adopted versions, new versions with start_revision, who sees
// what, history and comparing versions. The permission table (permissions.ts) covers who may call what.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { publicFingerprint, rolledBack, scalar } from './db-helpers';
import {
  addItem,
  area,
  at,
  call,
  conceptAgenda,
  district,
  doc,
  docVersion,
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
  section,
  sectionVersion,
  str,
  theme,
  valueOf,
  type Json,
} from './documents-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

const READ_ONLY =
  'Deze versie is vastgesteld en kan niet meer worden gewijzigd. Begin een nieuwe versie om iets te veranderen.';

describe('create_document', () => {
  it('creates a concept version 1 with a slug from the title, covering all districts of the area by default', async () => {
    await rolledBack(db, async (tx) => {
      const d = await valueOf(
        tx,
        'area_team_own_area',
        `public.create_document(${area('noord')}, 'plan', 'Uitvoeringsplan Noord 2030: één stap', p_period_start => '2030-01-01', p_period_end => '2030-12-31')`,
      );
      expect(d).toMatchObject({
        kind: 'plan',
        status: 'concept',
        version_no: 1,
        version: 1,
        slug: 'uitvoeringsplan-noord-2030-een-stap',
        period_start: '2030-01-01',
        period_end: '2030-12-31',
        agenda_kind: null,
        comments_open_to_residents: false,
        is_example: false,
        previous_version_id: null,
      });
      expect(d.series_id).toBe(d.id);
      const noordDistricts = await scalar<number>(
        tx,
        `select count(*)::int from public.districts where area_id = ${area('noord')}`,
      );
      expect(list(d, 'districts')).toHaveLength(noordDistricts);
      const history = await valueOf(tx, 'area_team_own_area', `public.document_history('${str(d, 'id')}')`);
      expect(list(history, 'revisions').map((r) => [r.entity, r.operation])).toEqual([['document', 'insert']]);
      expect(at(history, 'revisions', 0, 'changed_by')).toEqual({ display_name: 'Fatima El Amrani' });
    });
  });

  it('makes the slug unique with a number and defaults an agenda to a wijkagenda', async () => {
    await rolledBack(db, async (tx) => {
      const d = await valueOf(tx, 'admin', `public.create_document(${area('noord')}, 'agenda', 'Wijkagenda Noord')`);
      expect(d).toMatchObject({ slug: 'wijkagenda-noord-2', agenda_kind: 'wijkagenda' });
      const d3 = await valueOf(tx, 'admin', `public.create_document(${area('noord')}, 'agenda', 'Wijkagenda Noord')`);
      expect(d3.slug).toBe('wijkagenda-noord-3');
    });
  });

  it('allows one vision per area (23505)', async () => {
    await rolledBack(db, async (tx) => {
      const err = await errorOf(
        tx,
        'area_team_own_area',
        `public.create_document(${area('noord')}, 'vision', 'Nog een visie', p_horizon_start => 2030, p_horizon_end => 2040)`,
      );
      expect(err).toEqual({ code: '23505', message: 'Dit gebied heeft al een gebiedsvisie.' });
      const west = await valueOf(
        tx,
        'admin',
        `public.create_document(${area('west')}, 'vision', 'Gebiedsvisie West', p_horizon_start => 2026, p_horizon_end => 2036)`,
      );
      expect(west).toMatchObject({ kind: 'vision', horizon_start: 2026, horizon_end: 2036 });
    });
  });

  const create = (args: string) => `public.create_document(${area('noord')}, ${args})`;
  it.each([
    ['a title of 1 character', create(`'agenda', 'X'`), 'Titel moet tussen 2 en 160 tekens zijn.'],
    ['no kind', create(`null, 'Iets'`), 'Kies een soort document: agenda, visie of plan.'],
    [
      'a vision without a horizon',
      create(`'vision', 'Visie'`),
      'Een gebiedsvisie heeft een begin- en eindjaar tussen 2000 en 2100; het begin ligt niet na het eind.',
    ],
    [
      'a vision ending before it starts',
      create(`'vision', 'Visie', p_horizon_start => 2035, p_horizon_end => 2025`),
      null,
    ],
    [
      'a plan without a period',
      create(`'plan', 'Plan'`),
      'Een uitvoeringsplan heeft een begin- en einddatum; het begin ligt niet na het eind.',
    ],
    [
      'a plan ending before it starts',
      create(`'plan', 'Plan', p_period_start => '2027-01-01', p_period_end => '2026-01-01'`),
      null,
    ],
    [
      'an agenda with a period',
      create(`'agenda', 'Agenda', p_period_start => '2027-01-01', p_period_end => '2027-02-01'`),
      'Alleen een uitvoeringsplan heeft een periode.',
    ],
    [
      'a plan with an agenda kind',
      create(
        `'plan', 'Plan', p_agenda_kind => 'dorpsagenda', p_period_start => '2027-01-01', p_period_end => '2027-02-01'`,
      ),
      'Alleen een agenda is een wijk- of dorpsagenda.',
    ],
    ['no districts', create(`'agenda', 'Agenda', p_district_ids => '{}'`), 'Kies minstens één wijk of dorp.'],
    [
      'a district of another area',
      create(`'agenda', 'Agenda', p_district_ids => array[${district('WK085550')}]`),
      'Kies alleen wijken en dorpen van het gebied van dit document.',
    ],
  ])('refuses %s (22023) and writes nothing', async (_name, sql, message) => {
    await rolledBack(db, async (tx) => {
      const before = await publicFingerprint(tx);
      const err = await errorOf(tx, 'area_team_own_area', sql);
      expect(err.code).toBe('22023');
      if (message) expect(err.message).toBe(message);
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });

  it('an area that does not exist gives P0002', async () => {
    await rolledBack(db, async (tx) => {
      const err = await errorOf(tx, 'admin', `public.create_document(gen_random_uuid(), 'agenda', 'Agenda')`);
      expect(err).toEqual({ code: 'P0002', message: 'Gebied niet gevonden.' });
    });
  });
});

describe('update_document', () => {
  it('changes only what is given, replaces the districts and records one revision per change', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d } = await conceptAgenda(tx);
      const updated = await valueOf(
        tx,
        'area_team_own_area',
        `public.update_document(${d}, 1, p_summary => 'Samenvatting', p_source_url => 'https://www.tilburg.nl/x', p_district_ids => array[${district('WK085543')}, ${district('WK085544')}], p_agenda_kind => 'dorpsagenda')`,
      );
      expect(updated).toMatchObject({
        title: 'Testagenda Noord',
        summary: 'Samenvatting',
        source_url: 'https://www.tilburg.nl/x',
        agenda_kind: 'dorpsagenda',
        version: 2,
      });
      expect(list(updated, 'districts').map((x) => x.code)).toEqual(['WK085543', 'WK085544']);
      const cleared = await valueOf(tx, 'area_team_own_area', `public.update_document(${d}, 2, p_source_url => '')`);
      expect(cleared).toMatchObject({ source_url: null, summary: 'Samenvatting', version: 3 });
      const history = await valueOf(tx, 'area_team_own_area', `public.document_history(${d})`);
      const lines = list(history, 'revisions').map(
        (r) => `${String(r.entity)} ${String(r.operation)} ${String(r.title)}`,
      );
      expect(lines.slice(0, 1)).toEqual(['document update Testagenda Noord']);
      expect(lines.slice(1, 4).sort()).toEqual([
        'district delete Stokhasselt',
        'district insert Heikant',
        'district insert Quirijnstok',
      ]);
      expect(lines.slice(4)).toEqual([
        'document update Testagenda Noord',
        'section insert Eerste sectie',
        'document insert Testagenda Noord',
      ]);
      expect(at(history, 'revisions', 4, 'changed_fields')).toEqual(['agenda_kind', 'source_url', 'summary']);
      expect(at(history, 'revisions', 0, 'changed_fields')).toEqual(['source_url']);
    });
  });

  it.each([
    [
      'a source that is not a web address',
      `p_source_url => 'ftp://x'`,
      'De bron moet een webadres zijn (http:// of https://).',
    ],
    ['a title of 161 characters', `p_title => repeat('a', 161)`, 'Titel moet tussen 2 en 160 tekens zijn.'],
    ['a horizon on an agenda', `p_horizon_start => 2030`, 'Alleen een gebiedsvisie heeft een horizon in jaren.'],
  ])('refuses %s (22023)', async (_name, args, message) => {
    await rolledBack(db, async (tx) => {
      const { doc: d } = await conceptAgenda(tx);
      expect(await errorOf(tx, 'area_team_own_area', `public.update_document(${d}, 1, ${args})`)).toEqual({
        code: '22023',
        message,
      });
    });
  });
});

describe('status: concept → consultatie → vastgesteld, and consultatie → concept', () => {
  const setStatus = (d: string, s: string) => `public.set_document_status(${d}, ${docVersion(d)}, '${s}')`;

  it('walks the path, sets adopted_at on adoption and records each step', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d } = await conceptAgenda(tx);
      expect(await valueOf(tx, 'area_team_own_area', setStatus(d, 'consultatie'))).toMatchObject({
        status: 'consultatie',
        adopted_at: null,
      });
      expect(await valueOf(tx, 'area_team_own_area', setStatus(d, 'concept'))).toMatchObject({ status: 'concept' });
      await valueOf(tx, 'area_team_own_area', setStatus(d, 'consultatie'));
      const adopted = await valueOf(tx, 'area_team_own_area', setStatus(d, 'vastgesteld'));
      expect(adopted.status).toBe('vastgesteld');
      expect(adopted.adopted_at).not.toBeNull();
      const history = await valueOf(tx, 'anon', `public.document_history(${d})`);
      expect(
        list(history, 'revisions')
          .filter((r) => r.operation === 'status')
          .map((r) => `${str(r, 'before', 'status')} → ${str(r, 'after', 'status')}`),
      ).toEqual([
        'consultatie → vastgesteld',
        'concept → consultatie',
        'consultatie → concept',
        'concept → consultatie',
      ]);
    });
  });

  it.each([
    [
      'concept → vastgesteld',
      [],
      'vastgesteld',
      'Een concept gaat eerst in consultatie voordat het wordt vastgesteld.',
    ],
    ['concept → concept', [], 'concept', 'Het document heeft deze status al.'],
    [
      'vastgesteld → concept',
      ['consultatie', 'vastgesteld'],
      'concept',
      'Een vastgestelde versie verandert niet meer van status. Begin een nieuwe versie.',
    ],
    [
      'vastgesteld → consultatie',
      ['consultatie', 'vastgesteld'],
      'consultatie',
      'Een vastgestelde versie verandert niet meer van status. Begin een nieuwe versie.',
    ],
  ])('refuses %s (22023) and writes nothing', async (_name, path, target, message) => {
    await rolledBack(db, async (tx) => {
      const { doc: d } = await conceptAgenda(tx);
      for (const s of path) await valueOf(tx, 'area_team_own_area', setStatus(d, s));
      const before = await publicFingerprint(tx);
      expect(await errorOf(tx, 'area_team_own_area', setStatus(d, target))).toEqual({ code: '22023', message });
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });

  it('a council member, a resident and another area team cannot change the status (42501)', async () => {
    await rolledBack(db, async (tx) => {
      const reeshof = doc(REESHOF_AGENDA, 2);
      for (const who of ['council', 'resident', 'area_team_own_area'] as const) {
        expect((await errorOf(tx, who, setStatus(reeshof, 'vastgesteld'))).code).toBe('42501');
      }
      expect((await valueOf(tx, 'admin', setStatus(reeshof, 'vastgesteld'))).status).toBe('vastgesteld');
    });
  });
});

describe('a vastgesteld version is read-only', () => {
  const adopted = doc(NOORD_AGENDA, 1);
  const item = entry(adopted, 'Veilige looproutes naar school');
  const sec = section(adopted, 'Samen opgroeien (voorbeeld)');
  it.each([
    ['update_document', `public.update_document(${adopted}, ${docVersion(adopted)}, 'Nieuw')`],
    ['set_comments_open', `public.set_comments_open(${adopted}, ${docVersion(adopted)}, true)`],
    ['delete_document', `public.delete_document(${adopted}, ${docVersion(adopted)})`],
    ['upsert_section (new)', `public.upsert_section(${adopted}, 'Nieuw')`],
    ['upsert_section (edit)', `public.upsert_section(${adopted}, 'Nieuw', ${sec}, ${sectionVersion(sec)})`],
    ['move_section', `public.move_section(${sec}, ${sectionVersion(sec)}, 2)`],
    ['delete_section', `public.delete_section(${sec}, ${sectionVersion(sec)})`],
    ['upsert_entry (new)', `public.upsert_entry(${sec}, 'Nieuw', p_origin => 'municipal_task')`],
    [
      'upsert_entry (edit)',
      `public.upsert_entry((select section_id from public.entries where id = ${item}), 'Nieuw', ${item}, ${entryVersion(item)}, p_origin => 'municipal_task')`,
    ],
    ['move_entry', `public.move_entry(${item}, ${entryVersion(item)}, ${sec}, 0)`],
    ['delete_entry', `public.delete_entry(${item}, ${entryVersion(item)})`],
  ])('%s gives 22023 for the area team, with a message that says what to do', async (_name, sql) => {
    await rolledBack(db, async (tx) => {
      const before = await publicFingerprint(tx);
      expect(await errorOf(tx, 'area_team_own_area', sql)).toEqual({ code: '22023', message: READ_ONLY });
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });

  it('set_entry_links on a goal of the adopted vision gives 22023', async () => {
    await rolledBack(db, async (tx) => {
      const goal = entry(doc(NOORD_VISION), 'Ieder kind in Noord krijgt een goede start');
      expect(
        await errorOf(tx, 'area_team_own_area', `public.set_entry_links(${goal}, ${entryVersion(goal)}, '{}')`),
      ).toEqual({ code: '22023', message: READ_ONLY });
    });
  });

  it('even the table owner cannot change the content of an adopted version (a trigger guards it)', async () => {
    await rolledBack(db, async (tx) => {
      for (const sql of [
        `update public.entries set title = 'Stiekem' where id = ${item}`,
        `delete from public.sections where id = ${sec}`,
        `insert into public.sections (document_id, title, position) values (${adopted}, 'Stiekem', 9)`,
        `delete from public.entry_links where document_id = ${doc(NOORD_VISION)}`,
      ]) {
        await tx.query('savepoint s');
        await expect(tx.query(sql)).rejects.toMatchObject({ code: '22023' });
        await tx.query('rollback to savepoint s');
      }
    });
  });

  it('but the progress of a plan action can still be followed in an adopted plan', async () => {
    await rolledBack(db, async (tx) => {
      const action = entry(doc(NOORD_PLAN), 'Schoolroutes verkeersveilig inrichten');
      const updated = await valueOf(
        tx,
        'area_team_own_area',
        `public.update_action_progress(${action}, ${entryVersion(action)}, 'in_uitvoering', 15)`,
      );
      expect(updated).toMatchObject({ action_status: 'in_uitvoering', progress: 15 });
      const history = await valueOf(tx, 'anon', `public.document_history(${doc(NOORD_PLAN)})`);
      expect(at(history, 'revisions', 0)).toMatchObject({
        entity: 'entry',
        operation: 'update',
        title: 'Schoolroutes verkeersveilig inrichten',
        changed_fields: ['action_status', 'progress'],
        before: { action_status: 'gepland', progress: 0 },
        after: { action_status: 'in_uitvoering', progress: 15 },
      });
      await tx.query('savepoint s');
      await expect(
        tx.query(`update public.entries set title = 'Stiekem', progress = 20 where id = ${action}`),
      ).rejects.toMatchObject({ code: '22023' });
      await tx.query('rollback to savepoint s');
    });
  });

  it.each([
    ['gereed below 100%', `'gereed', 90`, 'Een actie die gereed is, staat op 100% voortgang.'],
    ['progress above 100', `'in_uitvoering', 101`, 'Kies een status en een voortgang van 0 tot en met 100%.'],
    ['no status', `null, 10`, 'Kies een status en een voortgang van 0 tot en met 100%.'],
  ])('update_action_progress refuses %s (22023)', async (_name, args, message) => {
    await rolledBack(db, async (tx) => {
      const action = entry(doc(NOORD_PLAN), 'Schoolroutes verkeersveilig inrichten');
      expect(
        await errorOf(
          tx,
          'area_team_own_area',
          `public.update_action_progress(${action}, ${entryVersion(action)}, ${args})`,
        ),
      ).toEqual({ code: '22023', message });
    });
  });

  it('update_action_progress is for plan actions only', async () => {
    await rolledBack(db, async (tx) => {
      const item2 = entry(doc(NOORD_AGENDA, 2), 'Veilige looproutes naar school');
      expect(
        await errorOf(
          tx,
          'area_team_own_area',
          `public.update_action_progress(${item2}, ${entryVersion(item2)}, 'gereed', 100)`,
        ),
      ).toEqual({ code: '22023', message: 'Alleen een actie van een uitvoeringsplan heeft voortgang.' });
    });
  });
});

describe('start_revision: a new version of an adopted document', () => {
  const vision = doc(NOORD_VISION, 1);

  it('copies sections, entries and links into version n+1 in concept, with the same lineage ids', async () => {
    await rolledBack(db, async (tx) => {
      const v2 = await valueOf(tx, 'area_team_own_area', `public.start_revision(${vision})`);
      expect(v2).toMatchObject({ version_no: 2, status: 'concept', slug: 'gebiedsvisie-noord', horizon_start: 2025 });
      expect(v2.previous_version_id).toBe(await scalar(tx, `select ${vision}::text`));
      expect(v2.series_id).toBe(await scalar(tx, `select series_id::text from public.documents where id = ${vision}`));
      const v2id = `'${str(v2, 'id')}'::uuid`;
      const content = (d: string) =>
        `select s.lineage_id as s, s.title as st, s.position as sp, e.lineage_id as e, e.title, e.position, e.theme_id,
                (select array_agg(l.target_lineage_id order by l.target_lineage_id) from public.entry_links l where l.entry_id = e.id) as links
         from public.sections s left join public.entries e on e.section_id = s.id where s.document_id = ${d}
         order by s.position, e.position`;
      const before = (await tx.query(content(vision))).rows;
      const after = (await tx.query(content(v2id))).rows;
      expect(before.length).toBeGreaterThan(0);
      expect(after).toEqual(before);
      const sharedIds = await scalar<number>(
        tx,
        `select count(*)::int from public.entries a join public.entries b on a.id = b.id where a.document_id = ${vision} and b.document_id = ${v2id}`,
      );
      expect(sharedIds).toBe(0);
      const history = await valueOf(tx, 'area_team_own_area', `public.document_history(${v2id})`);
      const v2revisions = list(history, 'revisions').filter((r) => r.version_no === 2);
      expect(v2revisions.map((r) => r.operation)).toEqual(['revision_started']);
      // the history of version 2 also shows how version 1 came about
      expect(list(history, 'revisions').filter((r) => r.version_no === 1).length).toBeGreaterThan(3);
    });
  });

  it('leaves comments and the residents setting behind, and version 1 stays as it was', async () => {
    await rolledBack(db, async (tx) => {
      const v1 = doc(REESHOF_AGENDA, 2);
      await valueOf(tx, 'admin', `public.set_comments_open(${v1}, ${docVersion(v1)}, true)`);
      await valueOf(tx, 'admin', `public.set_document_status(${v1}, ${docVersion(v1)}, 'vastgesteld')`);
      const v3 = await valueOf(tx, 'admin', `public.start_revision(${v1})`);
      expect(v3).toMatchObject({ version_no: 3, comments_open_to_residents: false });
      const comments = await valueOf(tx, 'anon', `public.document_comments(${v1})`);
      expect(comments.comment_count).toBe(3);
      const detail = await valueOf(tx, 'admin', `public.document_detail('${str(v3, 'id')}')`);
      expect(detail).toMatchObject({ comment_count: 0, open_comment_count: 0 });
    });
  });

  it('refuses a second new version while one is open (23505), and a version that is not adopted (22023)', async () => {
    await rolledBack(db, async (tx) => {
      await valueOf(tx, 'area_team_own_area', `public.start_revision(${vision})`);
      expect(await errorOf(tx, 'area_team_own_area', `public.start_revision(${vision})`)).toEqual({
        code: '23505',
        message: 'Er is al een nieuwere versie van dit document.',
      });
      expect(await errorOf(tx, 'area_team_own_area', `public.start_revision(${doc(NOORD_AGENDA, 1)})`)).toEqual({
        code: '23505',
        message: 'Er is al een nieuwere versie van dit document.',
      });
      expect(await errorOf(tx, 'area_team_own_area', `public.start_revision(${doc(NOORD_AGENDA, 2)})`)).toEqual({
        code: '22023',
        message: 'Alleen van een vastgestelde versie begin je een nieuwe versie.',
      });
      expect((await errorOf(tx, 'area_team_own_area', `public.start_revision(gen_random_uuid())`)).code).toBe('P0002');
    });
  });

  it('a discarded concept version (delete_document) makes room for a new one', async () => {
    await rolledBack(db, async (tx) => {
      const v2 = await valueOf(tx, 'area_team_own_area', `public.start_revision(${vision})`);
      const deleted = await valueOf(tx, 'area_team_own_area', `public.delete_document('${str(v2, 'id')}', 1)`);
      expect(deleted).toMatchObject({ id: v2.id, previous_version_id: await scalar(tx, `select ${vision}::text`) });
      expect(await scalar(tx, `select count(*)::int from public.sections where document_id = '${str(v2, 'id')}'`)).toBe(
        0,
      );
      const again = await valueOf(tx, 'area_team_own_area', `public.start_revision(${vision})`);
      expect(again.version_no).toBe(2);
    });
  });

  it('only a concept can be deleted (22023)', async () => {
    await rolledBack(db, async (tx) => {
      const v = doc(NOORD_AGENDA, 2);
      expect(await errorOf(tx, 'area_team_own_area', `public.delete_document(${v}, ${docVersion(v)})`)).toEqual({
        code: '22023',
        message: 'Alleen een concept kan worden verwijderd.',
      });
    });
  });

  it('the adopted version 2 replaces version 1 in lists; version 1 stays readable', async () => {
    await rolledBack(db, async (tx) => {
      const v2 = await valueOf(tx, 'area_team_own_area', `public.start_revision(${vision})`);
      const v2id = `'${str(v2, 'id')}'::uuid`;
      const visions = async (who: 'anon' | 'area_team_own_area') =>
        list(await valueOf(tx, who, `public.area_page('noord')`), 'visions').map((v) => [v.version_no, v.status]);
      expect(await visions('anon')).toEqual([[1, 'vastgesteld']]);
      expect(await visions('area_team_own_area')).toEqual([[2, 'concept']]);
      await valueOf(tx, 'area_team_own_area', `public.set_document_status(${v2id}, 1, 'consultatie')`);
      expect(await visions('anon')).toEqual([[2, 'consultatie']]);
      await valueOf(tx, 'area_team_own_area', `public.set_document_status(${v2id}, 2, 'vastgesteld')`);
      expect(await visions('anon')).toEqual([[2, 'vastgesteld']]);
      const old = await valueOf(tx, 'anon', `public.document_detail(${vision})`);
      expect(at(old, 'document')).toMatchObject({ version_no: 1, status: 'vastgesteld' });
      expect(list(old, 'versions').map((v) => [v.version_no, v.status])).toEqual([
        [1, 'vastgesteld'],
        [2, 'vastgesteld'],
      ]);
      expect(old.can_start_revision).toBe(false);
      const newest = await valueOf(tx, 'area_team_own_area', `public.document_by_slug('gebiedsvisie-noord')`);
      expect(newest).toMatchObject({ can_start_revision: true, can_edit: false });
    });
  });
});

describe('who reads which version', () => {
  it('a concept is invisible to everyone but the area team of the area and admins', async () => {
    await rolledBack(db, async (tx) => {
      const concept = doc(NOORD_CONCEPT_PLAN);
      for (const who of ['anon', 'resident', 'council'] as const) {
        expect(await errorOf(tx, who, `public.document_detail(${concept})`)).toEqual({
          code: 'P0002',
          message: 'Document niet gevonden.',
        });
        expect((await errorOf(tx, who, `public.document_history(${concept})`)).code).toBe('P0002');
        expect((await errorOf(tx, who, `public.document_comments(${concept})`)).code).toBe('P0002');
        expect((await errorOf(tx, who, `public.document_by_slug('${NOORD_CONCEPT_PLAN}')`)).code).toBe('P0002');
      }
      for (const who of ['area_team_own_area', 'admin'] as const) {
        expect(at(await valueOf(tx, who, `public.document_detail(${concept})`), 'document', 'status')).toBe('concept');
      }
      // the Noord team member does not see the Reeshof concept
      expect(
        (await errorOf(tx, 'area_team_own_area', `public.document_detail(${doc('uitvoeringsplan-reeshof-2027')})`))
          .code,
      ).toBe('P0002');
    });
  });

  it('document_by_slug gives the newest version the caller can see, or the version asked for', async () => {
    await rolledBack(db, async (tx) => {
      const v2 = await valueOf(tx, 'area_team_own_area', `public.start_revision(${doc(NOORD_VISION, 1)})`);
      expect(
        at(await valueOf(tx, 'anon', `public.document_by_slug('${NOORD_VISION}')`), 'document', 'version_no'),
      ).toBe(1);
      expect(
        at(await valueOf(tx, 'area_team_own_area', `public.document_by_slug('${NOORD_VISION}')`), 'document', 'id'),
      ).toBe(v2.id);
      expect(
        at(await valueOf(tx, 'anon', `public.document_by_slug('${NOORD_AGENDA}', 1)`), 'document', 'version_no'),
      ).toBe(1);
      expect((await errorOf(tx, 'anon', `public.document_by_slug('${NOORD_VISION}', 2)`)).code).toBe('P0002');
      expect((await errorOf(tx, 'anon', `public.document_by_slug('bestaat-niet')`)).code).toBe('P0002');
    });
  });

  it('the versions list shows only the versions the caller can see', async () => {
    await rolledBack(db, async (tx) => {
      await valueOf(tx, 'area_team_own_area', `public.start_revision(${doc(NOORD_VISION, 1)})`);
      const versions = async (who: 'anon' | 'area_team_own_area') =>
        list(await valueOf(tx, who, `public.document_detail(${doc(NOORD_VISION, 1)})`), 'versions').map(
          (v) => v.version_no,
        );
      expect(await versions('anon')).toEqual([1]);
      expect(await versions('area_team_own_area')).toEqual([1, 2]);
    });
  });
});

describe('history: every change is kept (who, when, before, after), written by triggers only', () => {
  it('records insert, update, move and delete of sections and entries, and link changes, with before and after', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d, section: s } = await conceptAgenda(tx);
      const a = await addItem(tx, s, 'Punt A', `p_theme_id => ${theme('wonen')}`);
      const b = await addItem(tx, s, 'Punt B');
      await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry(${s}, 'Punt A, beter', ${a}, 1, p_origin => 'partner_task', p_theme_id => ${theme('wonen')})`,
      );
      await valueOf(tx, 'area_team_own_area', `public.move_entry(${b}, 1, ${s}, 0)`);
      await valueOf(tx, 'area_team_own_area', `public.delete_entry(${a}, 2)`);
      expect((await errorOf(tx, 'anon', `public.document_history(${d})`)).code).toBe('P0002'); // a concept
      const h = await valueOf(tx, 'area_team_own_area', `public.document_history(${d})`);
      const rows = list(h, 'revisions');
      expect(rows.map((r) => `${String(r.entity)} ${String(r.operation)} ${String(r.title)}`)).toEqual([
        'entry delete Punt A, beter',
        'entry move Punt B',
        'entry update Punt A, beter',
        'entry insert Punt B',
        'entry insert Punt A',
        'section insert Eerste sectie',
        'document insert Testagenda Noord',
      ]);
      expect(rows[2]).toMatchObject({
        changed_fields: ['origin', 'title'],
        before: { title: 'Punt A', origin: 'resident_ambition', version: 1 },
        after: { title: 'Punt A, beter', origin: 'partner_task', version: 2 },
        changed_by: { display_name: 'Fatima El Amrani' },
      });
      expect(rows[1]).toMatchObject({ changed_fields: ['position'], before: { position: 1 }, after: { position: 0 } });
      expect(rows[0]).toMatchObject({ after: null, before: { title: 'Punt A, beter' } });
      for (const r of rows) expect(Date.parse(String(r.changed_at))).not.toBeNaN();
    });
  });

  it('renumbering the siblings of a moved or inserted entry is not recorded as their change', async () => {
    await rolledBack(db, async (tx) => {
      const { doc: d, section: s } = await conceptAgenda(tx);
      const a = await addItem(tx, s, 'Punt A');
      await addItem(tx, s, 'Punt B', 'p_position => 0');
      expect(await scalar(tx, `select position from public.entries where id = ${a}`)).toBe(1);
      expect(await scalar(tx, `select version from public.entries where id = ${a}`)).toBe(1);
      const ops = list(await valueOf(tx, 'area_team_own_area', `public.document_history(${d})`), 'revisions').filter(
        (r) => r.entity === 'entry',
      );
      expect(ops.map((r) => `${String(r.operation)} ${String(r.title)}`)).toEqual(['insert Punt B', 'insert Punt A']);
    });
  });

  it('records link changes of a plan action, titled with the target', async () => {
    await rolledBack(db, async (tx) => {
      const plan = doc(NOORD_CONCEPT_PLAN);
      const action = entry(plan, 'Renovatie Heikant, tweede fase');
      const target = lineageOf(entry(doc(NOORD_AGENDA, 2), 'Veilige looproutes naar school'));
      await valueOf(
        tx,
        'area_team_own_area',
        `public.set_entry_links(${action}, ${entryVersion(action)}, array[${target}])`,
      );
      const rows = list(await valueOf(tx, 'area_team_own_area', `public.document_history(${plan})`), 'revisions');
      expect(
        rows
          .slice(0, 3)
          .map((r) => `${String(r.entity)} ${String(r.operation)} ${String(r.title)}`)
          .sort(),
      ).toEqual([
        'link delete Renovatie van de portiekflats in Heikant',
        'link delete Wijken waar het veilig en prettig wonen is',
        'link insert Veilige looproutes naar school',
      ]);
      // the lock version of the action went up, but that alone is no change of the action
      expect(rows.filter((r) => r.entity === 'entry' && String(r.changed_at) === String(rows[0]!.changed_at))).toEqual(
        [],
      );
    });
  });

  it('nobody writes revisions directly: no INSERT privilege for the API roles', async () => {
    await rolledBack(db, async (tx) => {
      for (const role of ['anon', 'authenticated']) {
        expect(await scalar(tx, `select has_table_privilege('${role}', 'public.revisions', 'INSERT')`)).toBe(false);
      }
    });
  });
});

describe('compare_versions', () => {
  type Change = { change: string; title: string; changed_fields: string[]; before: Json | null; after: Json | null };

  it('shows item by item what changed between the adopted Noord agenda and version 2', async () => {
    await rolledBack(db, async (tx) => {
      const cmp = await valueOf(
        tx,
        'anon',
        `public.compare_versions(${doc(NOORD_AGENDA, 1)}, ${doc(NOORD_AGENDA, 2)})`,
      );
      expect(cmp.summary).toEqual({ added: 1, removed: 1, changed: 3, unchanged: 2 });
      expect(at(cmp, 'from')).toMatchObject({ version_no: 1, status: 'vastgesteld' });
      expect(at(cmp, 'to')).toMatchObject({ version_no: 2, status: 'consultatie' });
      const entries = list(cmp, 'entries') as unknown as Change[];
      expect(entries.map((e) => [e.change, e.title, e.changed_fields])).toEqual([
        ['changed', 'Meer activiteiten voor jongeren in Stokhasselt', ['body', 'item_status']],
        ['changed', 'Voorschoolse educatie voor alle peuters', ['item_status']],
        ['changed', 'Veilige looproutes naar school', ['section_lineage_id']],
        ['added', 'Een ontmoetingsplek voor ouderen in Quirijnstok', []],
        ['removed', 'Het buurthuis ook in het weekend open', []],
      ]);
      expect(entries[1]).toMatchObject({
        before: { item_status: 'in_uitvoering' },
        after: { item_status: 'gerealiseerd' },
      });
      expect(entries[3]!.before).toBeNull();
      expect(entries[4]!.after).toBeNull();
      expect(list(cmp, 'sections').map((s) => [s.change, s.title, s.changed_fields])).toEqual([
        ['changed', 'Groen, klimaat en ontmoeten (voorbeeld)', ['title']],
      ]);
      expect(at(cmp, 'document', 'changed_fields')).toEqual(['summary']);
    });
  });

  it('the other way round, added and removed swap', async () => {
    await rolledBack(db, async (tx) => {
      const cmp = await valueOf(
        tx,
        'anon',
        `public.compare_versions(${doc(NOORD_AGENDA, 2)}, ${doc(NOORD_AGENDA, 1)})`,
      );
      expect(cmp.summary).toEqual({ added: 1, removed: 1, changed: 3, unchanged: 2 });
      const byChange = (c: string) =>
        list(cmp, 'entries')
          .filter((e) => e.change === c)
          .map((e) => e.title);
      expect(byChange('added')).toEqual(['Het buurthuis ook in het weekend open']);
      expect(byChange('removed')).toEqual(['Een ontmoetingsplek voor ouderen in Quirijnstok']);
    });
  });

  it('shows changed links of a plan action between versions', async () => {
    await rolledBack(db, async (tx) => {
      const v1 = doc(NOORD_PLAN, 1);
      const v2 = await valueOf(tx, 'area_team_own_area', `public.start_revision(${v1})`);
      const action = entry(`'${str(v2, 'id')}'::uuid`, 'Geveltuinen-actie met bewoners');
      await valueOf(tx, 'area_team_own_area', `public.set_entry_links(${action}, ${entryVersion(action)}, '{}')`);
      const cmp = await valueOf(tx, 'area_team_own_area', `public.compare_versions(${v1}, '${str(v2, 'id')}')`);
      expect(list(cmp, 'entries').map((e) => [e.title, e.changed_fields])).toEqual([
        ['Geveltuinen-actie met bewoners', ['links']],
      ]);
      expect(at(cmp, 'entries', 0, 'after', 'links')).toEqual([]);
      expect(at(cmp, 'entries', 0, 'before', 'links')).toHaveLength(2);
    });
  });

  it('refuses versions of different documents (22023) and versions the caller cannot see (P0002)', async () => {
    await rolledBack(db, async (tx) => {
      expect(
        await errorOf(tx, 'anon', `public.compare_versions(${doc(NOORD_AGENDA, 1)}, ${doc(REESHOF_AGENDA, 1)})`),
      ).toEqual({ code: '22023', message: 'Deze versies horen niet bij hetzelfde document.' });
      const v2 = await valueOf(tx, 'area_team_own_area', `public.start_revision(${doc(NOORD_VISION, 1)})`);
      expect(await errorOf(tx, 'anon', `public.compare_versions(${doc(NOORD_VISION, 1)}, '${str(v2, 'id')}')`)).toEqual(
        { code: 'P0002', message: 'Versie niet gevonden.' },
      );
      expect(
        (await call(tx, 'area_team_own_area', `public.compare_versions(${doc(NOORD_VISION, 1)}, '${str(v2, 'id')}')`))
          .value?.summary,
      ).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 3 });
    });
  });
});

describe('the foundation agendas are documents now', () => {
  it('the 13 published agendas are agenda documents with their districts; only Noord and Reeshof have example versions', async () => {
    await rolledBack(db, async (tx) => {
      const { rows } = await tx.query<{ slug: string; n: number; example: boolean; districts: number }>(
        `select slug, count(*)::int as n, bool_or(is_example) as example,
                min((select count(*)::int from public.document_districts dd where dd.document_id = d.id)) as districts
         from public.documents d where kind = 'agenda' group by slug order by slug`,
      );
      expect(rows).toHaveLength(13);
      expect(rows.filter((r) => r.n > 1).map((r) => r.slug)).toEqual([NOORD_AGENDA, REESHOF_AGENDA]);
      expect(rows.filter((r) => r.example).map((r) => r.slug)).toEqual([NOORD_AGENDA, REESHOF_AGENDA]);
      expect(rows.every((r) => r.districts > 0)).toBe(true);
      expect(await scalar(tx, `select to_regclass('public.agendas')`)).toBeNull();
      expect(await scalar(tx, `select to_regclass('public.agenda_districts')`)).toBeNull();
    });
  });
});
