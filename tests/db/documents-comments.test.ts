// Comments on documents: council members comment during consultatie on documents that cover their districts,
// residents only where the area team opened comments to them, the area team answers officially, nobody edits
// someone else's comment, and a council comment without an official answer stays open (counted everywhere).
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { publicFingerprint, rolledBack, scalar } from './db-helpers';
import {
  at,
  doc,
  docVersion,
  entry,
  entryVersion,
  errorOf,
  list,
  NOORD_AGENDA,
  NOORD_CONCEPT_PLAN,
  REESHOF_AGENDA,
  str,
  U,
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

const reeshof = doc(REESHOF_AGENDA, 2); // consultatie, covers Heyhoef, closed to residents
const noord = doc(NOORD_AGENDA, 2); // consultatie, does not cover Heyhoef, open to residents
const wijkpunt = entry(reeshof, 'Het wijkpunt in Heyhoef uitbreiden');
const eenzaamheid = entry(reeshof, 'Eenzaamheid onder ouderen verminderen');
const comment = (d: string, body: string, extra = '') => `public.add_comment(${d}, '${body}'${extra})`;
const threadRoot = (body: string) => `(select id from public.comments where body = '${body}')`;

async function counts(tx: Transaction, who: Who, d: string): Promise<Json> {
  const c = await valueOf(tx, who, `public.document_comments(${d})`);
  return { comment_count: c.comment_count, open_comment_count: c.open_comment_count };
}

describe('who may comment', () => {
  it('a council member comments on an entry of a document in consultatie that covers a district of the council', async () => {
    await rolledBack(db, async (tx) => {
      const c = await valueOf(tx, 'council', comment(reeshof, 'Wij denken graag mee.', `, p_entry_id => ${wijkpunt}`));
      expect(c).toMatchObject({
        author_role: 'council',
        author_name: 'Joost van Dijk',
        council: { name: 'Wijkraad Heyhoef (voorbeeld)' },
        entry_title: 'Het wijkpunt in Heyhoef uitbreiden',
        is_official_response: false,
        is_own: true,
        is_open: true,
        parent_id: null,
      });
      expect(c.entry_lineage_id).toBe(
        await scalar(tx, `select lineage_id::text from public.entries where id = ${wijkpunt}`),
      );
      // a comment on the document as a whole is possible too
      expect(await valueOf(tx, 'council', comment(reeshof, 'Algemene opmerking.'))).toMatchObject({
        entry_id: null,
        author_role: 'council',
      });
    });
  });

  it('the council member cannot comment on a document that does not cover a district of the council (42501)', async () => {
    await rolledBack(db, async (tx) => {
      const d = noord;
      await valueOf(tx, 'area_team_own_area', `public.set_comments_open(${d}, ${docVersion(d)}, false)`);
      expect(await errorOf(tx, 'council', comment(d, 'Mag dit?'))).toEqual({
        code: '42501',
        message: 'Hier reageren alleen de wijk- en dorpsraden van deze wijken en het gebiedsteam.',
      });
      // once the area team opens the document to residents, he comments as a resident
      await valueOf(tx, 'area_team_own_area', `public.set_comments_open(${d}, ${docVersion(d)}, true)`);
      expect(await valueOf(tx, 'council', comment(d, 'Als bewoner.'))).toMatchObject({
        author_role: 'resident',
        council: null,
      });
    });
  });

  it('nobody but the area team comments outside consultatie: not on a concept (P0002), not on an adopted version (42501)', async () => {
    await rolledBack(db, async (tx) => {
      const adopted = doc(REESHOF_AGENDA, 1);
      expect(await errorOf(tx, 'council', comment(adopted, 'Te laat.'))).toEqual({
        code: '42501',
        message: 'Reageren kan alleen zolang het document in consultatie is.',
      });
      await valueOf(tx, 'admin', `public.set_document_status(${reeshof}, ${docVersion(reeshof)}, 'concept')`);
      expect(await errorOf(tx, 'council', comment(reeshof, 'Nu?'))).toEqual({
        code: 'P0002',
        message: 'Document niet gevonden.',
      });
      expect(await errorOf(tx, 'resident', comment(doc(NOORD_CONCEPT_PLAN), 'Nu?'))).toEqual({
        code: 'P0002',
        message: 'Document niet gevonden.',
      });
    });
  });

  it('a resident comments only where the area team opened comments to residents', async () => {
    await rolledBack(db, async (tx) => {
      expect(await errorOf(tx, 'resident', comment(reeshof, 'Mag ik?'))).toEqual({
        code: '42501',
        message: 'Hier reageren alleen de wijk- en dorpsraden van deze wijken en het gebiedsteam.',
      });
      expect(await valueOf(tx, 'resident', comment(noord, 'Ik doe mee!'))).toMatchObject({
        author_role: 'resident',
        author_name: 'Sanne de Vries',
      });
      await valueOf(tx, 'admin', `public.set_comments_open(${reeshof}, ${docVersion(reeshof)}, true)`);
      expect(await valueOf(tx, 'resident', comment(reeshof, 'Nu wel.'))).toMatchObject({ author_role: 'resident' });
      // a new sign-up is a resident too
      const id = await scalar<string>(
        tx,
        `insert into auth.users (id, email, raw_user_meta_data) values (gen_random_uuid(), 'nieuw@example.org', '{"display_name":"Nieuwe Bewoner"}') returning id`,
      );
      expect(await valueOf(tx, { role: 'authenticated', sub: id }, comment(noord, 'Hallo wijk.'))).toMatchObject({
        author_name: 'Nieuwe Bewoner',
        author_role: 'resident',
      });
    });
  });

  it('anon cannot comment (42501: no EXECUTE)', async () => {
    await rolledBack(db, async (tx) => {
      expect((await errorOf(tx, 'anon', comment(noord, 'Anoniem'))).code).toBe('42501');
    });
  });

  it('the area team comments in every status, also on a concept and after adoption; admins too', async () => {
    await rolledBack(db, async (tx) => {
      expect(await valueOf(tx, 'area_team_own_area', comment(doc(NOORD_CONCEPT_PLAN), 'Intern.'))).toMatchObject({
        author_role: 'area_team',
      });
      expect(await valueOf(tx, 'area_team_own_area', comment(doc(NOORD_AGENDA, 1), 'Achteraf.'))).toMatchObject({
        author_role: 'area_team',
      });
      expect(await valueOf(tx, 'admin', comment(doc(NOORD_AGENDA, 1), 'Van de gemeente.'))).toMatchObject({
        author_role: 'admin',
      });
    });
  });

  it('document_detail and document_comments say whether and as whom the caller can comment', async () => {
    await rolledBack(db, async (tx) => {
      const roles = async (d: string) => {
        const out: Record<string, unknown> = {};
        for (const who of ['anon', 'resident', 'council', 'area_team_own_area', 'admin'] as const) {
          const detail = await valueOf(tx, who, `public.document_detail(${d})`);
          const comments = await valueOf(tx, who, `public.document_comments(${d})`);
          expect(comments.comment_role).toBe(detail.comment_role);
          out[who] = detail.comment_role;
        }
        return out;
      };
      expect(await roles(reeshof)).toEqual({
        anon: null,
        resident: null,
        council: 'council',
        area_team_own_area: null,
        admin: 'admin',
      });
      expect(await roles(noord)).toEqual({
        anon: null,
        resident: 'resident',
        council: 'resident',
        area_team_own_area: 'area_team',
        admin: 'admin',
      });
    });
  });

  it.each([
    ['a body of 1 character', `'x'`, 'Een reactie is 2 tot 4000 tekens lang.'],
    ['a body of spaces', `'    '`, 'Een reactie is 2 tot 4000 tekens lang.'],
    ['a body of 4001 characters', `repeat('x', 4001)`, 'Een reactie is 2 tot 4000 tekens lang.'],
  ])('refuses %s (22023) and writes nothing', async (_name, body, message) => {
    await rolledBack(db, async (tx) => {
      const before = await publicFingerprint(tx);
      expect(await errorOf(tx, 'council', `public.add_comment(${reeshof}, ${body})`)).toEqual({
        code: '22023',
        message,
      });
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });

  it('an entry of another document gives P0002', async () => {
    await rolledBack(db, async (tx) => {
      const other = entry(noord, 'Veilige looproutes naar school');
      expect(await errorOf(tx, 'council', comment(reeshof, 'Hier?', `, p_entry_id => ${other}`))).toEqual({
        code: 'P0002',
        message: 'Punt niet gevonden.',
      });
    });
  });
});

describe('threads and official answers', () => {
  it('only the area team (or an admin) answers officially, and only as an answer to a comment', async () => {
    await rolledBack(db, async (tx) => {
      const root = threadRoot(
        'Hoe worden de ouderen zelf betrokken bij deze aanpak? Wij horen graag hoe dat gaat. (voorbeeld)',
      );
      expect(
        await errorOf(
          tx,
          'council',
          comment(reeshof, 'Officieel!', `, p_parent_id => ${root}, p_is_official_response => true`),
        ),
      ).toEqual({
        code: '42501',
        message: 'Alleen het gebiedsteam geeft een officieel antwoord.',
      });
      expect(await errorOf(tx, 'admin', comment(reeshof, 'Officieel!', ', p_is_official_response => true'))).toEqual({
        code: '22023',
        message: 'Een officieel antwoord is een antwoord op een reactie.',
      });
      const answer = await valueOf(
        tx,
        'admin',
        comment(reeshof, 'Via het ouderenpanel.', `, p_parent_id => ${root}, p_is_official_response => true`),
      );
      expect(answer).toMatchObject({
        is_official_response: true,
        author_role: 'admin',
        entry_title: 'Eenzaamheid onder ouderen verminderen',
      });
    });
  });

  it('replies are one level deep: a reply to a reply joins the thread; it belongs to the entry of the thread', async () => {
    await rolledBack(db, async (tx) => {
      const root = await valueOf(tx, 'council', comment(reeshof, 'Vraag.', `, p_entry_id => ${eenzaamheid}`));
      const reply = await valueOf(tx, 'admin', comment(reeshof, 'Antwoord.', `, p_parent_id => '${str(root, 'id')}'`));
      const nested = await valueOf(
        tx,
        'council',
        comment(reeshof, 'Nog een vraag.', `, p_parent_id => '${str(reply, 'id')}'`),
      );
      expect(nested).toMatchObject({ parent_id: root.id, entry_id: root.entry_id });
      expect(
        await errorOf(
          tx,
          'council',
          comment(reeshof, 'Elders.', `, p_parent_id => '${str(root, 'id')}', p_entry_id => ${wijkpunt}`),
        ),
      ).toEqual({
        code: '22023',
        message: 'Een antwoord hoort bij hetzelfde punt als de reactie.',
      });
      expect(await errorOf(tx, 'council', comment(reeshof, 'Wees.', `, p_parent_id => gen_random_uuid()`))).toEqual({
        code: 'P0002',
        message: 'Reactie niet gevonden.',
      });
      const threads = list(await valueOf(tx, 'anon', `public.document_comments(${reeshof})`), 'threads');
      const thread = threads.find((t) => t.id === root.id)!;
      expect(list(thread, 'replies').map((r) => r.body)).toEqual(['Antwoord.', 'Nog een vraag.']);
    });
  });

  it('a council comment stays open until an official answer; counts follow on the document, its entries and the area page', async () => {
    await rolledBack(db, async (tx) => {
      // seed: one council comment answered officially, one open
      expect(await counts(tx, 'anon', reeshof)).toEqual({ comment_count: 3, open_comment_count: 1 });
      const page = async () => valueOf(tx, 'anon', `public.area_page('reeshof')`);
      expect((await page()).open_comment_count).toBe(1);
      const reeshofId = await scalar<string>(tx, `select ${reeshof}::text`);
      expect(list(await page(), 'comment_counts').find((c) => c.document_id === reeshofId)).toMatchObject({
        comment_count: 3,
        open_comment_count: 1,
      });
      const root = await valueOf(tx, 'council', comment(reeshof, 'Nieuwe vraag.', `, p_entry_id => ${wijkpunt}`));
      expect(await counts(tx, 'anon', reeshof)).toEqual({ comment_count: 4, open_comment_count: 2 });
      const detail = await valueOf(tx, 'anon', `public.document_detail(${reeshof})`);
      const item = list(detail, 'sections')
        .flatMap((s) => list(s, 'entries'))
        .find((e) => e.title === 'Het wijkpunt in Heyhoef uitbreiden')!;
      expect(item).toMatchObject({ comment_count: 3, open_comment_count: 1 });
      expect(detail).toMatchObject({ comment_count: 4, open_comment_count: 2 });
      // an answer that is not official does not close it
      await valueOf(tx, 'admin', comment(reeshof, 'We kijken ernaar.', `, p_parent_id => '${str(root, 'id')}'`));
      expect((await counts(tx, 'anon', reeshof)).open_comment_count).toBe(2);
      // a council reply in the thread does not either
      await valueOf(tx, 'council', comment(reeshof, 'Dank.', `, p_parent_id => '${str(root, 'id')}'`));
      expect((await counts(tx, 'anon', reeshof)).open_comment_count).toBe(2);
      const official = await valueOf(
        tx,
        'admin',
        comment(reeshof, 'Besloten: ja.', `, p_parent_id => '${str(root, 'id')}', p_is_official_response => true`),
      );
      expect((await counts(tx, 'anon', reeshof)).open_comment_count).toBe(1);
      expect((await page()).open_comment_count).toBe(1);
      // withdrawing the official answer opens the question again
      await valueOf(tx, 'admin', `public.delete_comment('${str(official, 'id')}')`);
      expect(await counts(tx, 'anon', reeshof)).toEqual({ comment_count: 6, open_comment_count: 2 });
    });
  });

  it('resident and area-team comments are never open questions', async () => {
    await rolledBack(db, async (tx) => {
      await valueOf(tx, 'resident', comment(noord, 'Een vraag van een bewoner.'));
      await valueOf(tx, 'area_team_own_area', comment(noord, 'Een vraag van het team.'));
      expect((await counts(tx, 'anon', noord)).open_comment_count).toBe(0);
    });
  });

  it('comments on an entry that is removed stay, on the document, with the lineage of the entry', async () => {
    await rolledBack(db, async (tx) => {
      const item = entry(noord, 'Een ontmoetingsplek voor ouderen in Quirijnstok');
      const lineage = await scalar<string>(tx, `select lineage_id::text from public.entries where id = ${item}`);
      await valueOf(tx, 'area_team_own_area', `public.delete_entry(${item}, ${entryVersion(item)})`);
      const threads = list(await valueOf(tx, 'anon', `public.document_comments(${noord})`), 'threads');
      expect(threads.map((t) => [t.entry_id, t.entry_lineage_id, t.entry_title])).toEqual([[null, lineage, null]]);
    });
  });
});

describe('nobody edits someone else’s comment', () => {
  const seededCouncilComment = threadRoot(
    'De wijkraad steunt dit. Kunnen wij meedenken over de inrichting van het wijkpunt? (voorbeeld)',
  );

  it('the author edits their own comment; edited_at is set', async () => {
    await rolledBack(db, async (tx) => {
      const c = await valueOf(tx, 'council', `public.update_comment(${seededCouncilComment}, '  Aangepaste tekst.  ')`);
      expect(c).toMatchObject({ body: 'Aangepaste tekst.', is_own: true });
      expect(c.edited_at).not.toBeNull();
    });
  });

  it.each<[string, Who]>([
    ['a resident', 'resident'],
    ['the area team of another area', 'area_team_own_area'],
    ['an admin', 'admin'],
  ])('%s cannot edit the council member’s comment (42501)', async (_name, who) => {
    await rolledBack(db, async (tx) => {
      const before = await publicFingerprint(tx);
      expect(await errorOf(tx, who, `public.update_comment(${seededCouncilComment}, 'Gekaapt')`)).toEqual({
        code: '42501',
        message: 'Je kunt alleen je eigen reacties bewerken.',
      });
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });

  it('the area team of the area cannot edit a resident’s comment either', async () => {
    await rolledBack(db, async (tx) => {
      const c = await valueOf(tx, 'resident', comment(noord, 'Van mij.'));
      expect(
        (await errorOf(tx, 'area_team_own_area', `public.update_comment('${str(c, 'id')}', 'Gekaapt')`)).code,
      ).toBe('42501');
    });
  });

  it('authors withdraw their own comment; admins remove any comment; the thread stays', async () => {
    await rolledBack(db, async (tx) => {
      const own = await valueOf(tx, 'resident', comment(noord, 'Toch niet.'));
      expect(await errorOf(tx, 'area_team_own_area', `public.delete_comment('${str(own, 'id')}')`)).toEqual({
        code: '42501',
        message: 'Je kunt alleen je eigen reacties verwijderen.',
      });
      const withdrawn = await valueOf(tx, 'resident', `public.delete_comment('${str(own, 'id')}')`);
      expect(withdrawn).toMatchObject({ body: '' });
      expect(withdrawn.deleted_at).not.toBeNull();
      expect((await errorOf(tx, 'resident', `public.delete_comment('${str(own, 'id')}')`)).code).toBe('P0002');
      expect((await errorOf(tx, 'resident', `public.update_comment('${str(own, 'id')}', 'Terug')`)).code).toBe('P0002');
      const moderated = await valueOf(tx, 'admin', `public.delete_comment(${seededCouncilComment})`);
      expect(moderated.body).toBe('');
      const thread = list(await valueOf(tx, 'anon', `public.document_comments(${reeshof})`), 'threads')[0]!;
      expect(thread).toMatchObject({ body: '', is_open: false });
      expect(list(thread, 'replies')).toHaveLength(1);
    });
  });

  it('after adoption, comments are fixed for their authors', async () => {
    await rolledBack(db, async (tx) => {
      await valueOf(tx, 'admin', `public.set_document_status(${reeshof}, ${docVersion(reeshof)}, 'vastgesteld')`);
      expect(await errorOf(tx, 'council', `public.update_comment(${seededCouncilComment}, 'Later')`)).toEqual({
        code: '22023',
        message: 'Dit document is vastgesteld; reacties liggen nu vast.',
      });
      expect((await errorOf(tx, 'council', `public.delete_comment(${seededCouncilComment})`)).code).toBe('22023');
      // the area team can still answer the open question
      const root = threadRoot(
        'Hoe worden de ouderen zelf betrokken bij deze aanpak? Wij horen graag hoe dat gaat. (voorbeeld)',
      );
      await valueOf(
        tx,
        'admin',
        comment(reeshof, 'Alsnog: via het ouderenpanel.', `, p_parent_id => ${root}, p_is_official_response => true`),
      );
      expect((await counts(tx, 'anon', reeshof)).open_comment_count).toBe(0);
    });
  });

  it('a deleted author leaves the comment without a name', async () => {
    await rolledBack(db, async (tx) => {
      await tx.query(`delete from auth.users where id = $1`, [U.council]);
      const thread = list(await valueOf(tx, 'anon', `public.document_comments(${reeshof})`), 'threads')[0]!;
      expect(thread).toMatchObject({ author_name: null, author_role: 'council', is_own: false });
      expect(at(thread, 'council', 'name')).toBe('Wijkraad Heyhoef (voorbeeld)');
    });
  });
});
