// Search (issue 15): one RPC over everything, Dutch-aware (stemming, accents, misspelt names), ranked, with
// highlights, and only what the caller may read: concept documents for their area team and admins, removed
// initiatives never.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { actAsOwner, rolledBack, scalar } from './db-helpers';
import { area, doc, errorOf, firstSection, NOORD_AGENDA, valueOf, type Who } from './documents-helpers';
import { initiative, propose } from './initiatives-helpers';
import { ACTORS, type Actor } from './permissions';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

type Result = {
  kind: string;
  id: string;
  title: string;
  title_marked: string;
  excerpt: string | null;
  status: string | null;
  rank: number;
  target: { page: string; slug?: string; anchor?: string; id?: string };
};
type Answer = {
  total: number;
  counts: Record<string, number>;
  corrections: string[];
  groups: { kind: string; count: number; items: Result[] }[];
};

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

async function search(
  tx: Transaction,
  who: Who,
  query: string,
  o: { kinds?: string[]; area?: string; statuses?: string[]; limit?: number } = {},
): Promise<Answer> {
  const args = [
    lit(query),
    o.kinds ? `p_kinds => array[${o.kinds.map(lit).join(', ')}]` : null,
    o.area ? `p_area_id => ${area(o.area)}` : null,
    o.statuses ? `p_statuses => array[${o.statuses.map(lit).join(', ')}]` : null,
    `p_limit => ${o.limit ?? 50}`,
  ].filter(Boolean);
  return (await valueOf(tx, who, `public.search(${args.join(', ')})`)) as unknown as Answer;
}

const results = (a: Answer, kind?: string) => a.groups.filter((g) => !kind || g.kind === kind).flatMap((g) => g.items);
const titles = (a: Answer, kind?: string) => results(a, kind).map((r) => r.title);
/** U+E000 … U+E001 around the highlighted words, as [ … ] for readable assertions */
const marked = (s: string | null) => (s ?? '').replaceAll('\uE000', '[').replaceAll('\uE001', ']');

/** Adds an agenda item to the consultatie version of Wijkagenda Noord as its area team; returns its id. */
async function addItem(tx: Transaction, title: string, body = ''): Promise<string> {
  const r = await valueOf(
    tx,
    'area_team_own_area',
    `public.upsert_entry(${firstSection(doc(NOORD_AGENDA))}, ${lit(title)}, p_body => ${lit(body)}, p_origin => 'resident_ambition', p_priority => 2)`,
  );
  return String((r as { id: string }).id);
}

describe('Dutch-aware matching', () => {
  it('finds a word by another ending (stemming), at once after it was written', async () => {
    await rolledBack(db, async (tx) => {
      await addItem(tx, 'Een nieuwe speeltuin bij de Heikantlaan');
      const found = await search(tx, 'anon', 'speeltuinen');
      expect(titles(found, 'agenda_item')).toContain('Een nieuwe speeltuin bij de Heikantlaan');
      // as you type: the start of a word is enough
      expect(titles(await search(tx, 'anon', 'speelt'), 'agenda_item')).toContain(
        'Een nieuwe speeltuin bij de Heikantlaan',
      );
    });
  });

  it('ignores accents both ways, and shows the text with its accents and the match highlighted', async () => {
    await rolledBack(db, async (tx) => {
      await addItem(tx, 'Een café voor ideeën', 'Een crèche en betere coördinatie van de façade-renovatie.');
      await addItem(tx, 'Repair cafe in het wijkhuis');
      const plain = await search(tx, 'anon', 'cafe');
      expect(titles(plain, 'agenda_item')).toEqual(
        expect.arrayContaining(['Een café voor ideeën', 'Repair cafe in het wijkhuis']),
      );
      expect(titles(await search(tx, 'anon', 'café'), 'agenda_item')).toContain('Repair cafe in het wijkhuis');
      const accented = results(await search(tx, 'anon', 'creche coordinatie facade'), 'agenda_item');
      expect(accented.map((r) => r.title)).toEqual(['Een café voor ideeën']);
      expect(marked(accented[0]!.excerpt)).toBe('Een [crèche] en betere [coördinatie] van de [façade]-renovatie.');
      const title = results(await search(tx, 'anon', 'ideeen cafe'), 'agenda_item')[0]!;
      expect(marked(title.title_marked)).toBe('Een [café] voor [ideeën]');
    });
  });

  it('finds a misspelt wijk name and says which name it searched instead', async () => {
    await rolledBack(db, async (tx) => {
      const found = await search(tx, 'anon', 'Quirijnstock');
      expect(found.corrections).toEqual(['Quirijnstok']);
      expect(titles(found, 'district')).toEqual(['Quirijnstok']);
      // the items that mention the wijk come along
      expect(titles(found, 'agenda_item')).toContain('Het plein in Quirijnstok vergroenen');
      // a word that is right is not "corrected"
      expect((await search(tx, 'anon', 'Quirijnstok')).corrections).toEqual([]);
    });
  });

  it('leaves stop words out and answers an empty query with nothing', async () => {
    await rolledBack(db, async (tx) => {
      const none = await search(tx, 'anon', 'de het van');
      expect(none.total).toBe(0);
      expect(none.groups).toEqual([]);
      expect((await search(tx, 'anon', '  ')).total).toBe(0);
      // "het plein" is the same as "plein"
      expect(titles(await search(tx, 'anon', 'het plein'))).toEqual(titles(await search(tx, 'anon', 'plein')));
    });
  });

  it('treats markup and quotes in a query as plain words', async () => {
    await rolledBack(db, async (tx) => {
      const a = await search(tx, 'anon', `plein' & | ! <b>(:*`);
      expect(titles(a)).toContain('Het plein in Quirijnstok vergroenen');
    });
  });
});

describe('ranking and highlighting', () => {
  it('ranks a match in the title above a match in the text, and the name of a wijk first', async () => {
    await rolledBack(db, async (tx) => {
      await addItem(tx, 'Bankjes in het park', 'Ook een waterspeelplaats zou mooi zijn.');
      await addItem(tx, 'Een waterspeelplaats in Noord', 'Voor de zomer.');
      expect(titles(await search(tx, 'anon', 'waterspeelplaats'), 'agenda_item')).toEqual([
        'Een waterspeelplaats in Noord',
        'Bankjes in het park',
      ]);
      const wijk = await search(tx, 'anon', 'Quirijnstok');
      expect(wijk.groups[0]!.kind).toBe('district');
    });
  });

  it('marks the matched words in the title and in a short excerpt, and returns markup as text', async () => {
    await rolledBack(db, async (tx) => {
      const long = `${'Eerst veel andere woorden over het leven in de wijk. '.repeat(20)}Dan de <b>jeu-de-boulesbaan</b> die bewoners willen. ${'En nog meer tekst. '.repeat(20)}`;
      await addItem(tx, 'Ruimte voor spel', long);
      const r = results(await search(tx, 'anon', 'boulesbaan'), 'agenda_item')[0]!;
      expect(r.excerpt!.length).toBeLessThan(300);
      expect(r.excerpt).toMatch(/^… .* …$/);
      expect(marked(r.excerpt)).toContain('Dan de <b>jeu-de-[boulesbaan]</b> die bewoners willen.');
      expect(r.title_marked).toBe('Ruimte voor spel');
    });
  });
});

describe('what is found', () => {
  it('every kind: areas, wijken, councils, agendas, visions, plans, items, goals, actions, initiatives, comments', async () => {
    await rolledBack(db, async (tx) => {
      const kinds = async (q: string) => (await search(tx, 'admin', q)).groups.map((g) => g.kind);
      expect(await kinds('Reeshof')).toEqual(expect.arrayContaining(['area', 'agenda', 'vision']));
      expect(await kinds('Heyhoef')).toEqual(expect.arrayContaining(['district', 'council']));
      expect(await kinds('uitvoeringsplan')).toContain('plan');
      expect(await kinds('klimaatbestendig')).toContain('vision_goal');
      expect(await kinds('geveltuinen')).toContain('plan_action');
      expect(await kinds('speelplek peuters')).toContain('initiative');
      expect(await kinds('ruimtes school')).toContain('comment');
    });
  });

  it('searches only the current version of a document', async () => {
    await rolledBack(db, async (tx) => {
      const found = results(await search(tx, 'anon', 'plein Quirijnstok vergroenen'), 'agenda_item');
      expect(found).toHaveLength(1);
      const current = await scalar<string>(
        tx,
        `select e.id::text from public.entries e where e.document_id = ${doc(NOORD_AGENDA)} and e.title = 'Het plein in Quirijnstok vergroenen'`,
      );
      expect(found[0]!.id).toBe(current);
      expect(found[0]!.target).toMatchObject({ page: 'document', slug: NOORD_AGENDA });
      expect(found[0]!.target.anchor).toMatch(/^punt-/);
    });
  });

  it('follows edits, deletions and renamed wijken at once', async () => {
    await rolledBack(db, async (tx) => {
      const id = await addItem(tx, 'Een trapveldje voor de jeugd');
      expect(titles(await search(tx, 'anon', 'trapveldje'))).toHaveLength(1);
      const version = await scalar<number>(tx, `select version from public.entries where id = '${id}'`);
      await valueOf(
        tx,
        'area_team_own_area',
        `public.upsert_entry(${firstSection(doc(NOORD_AGENDA))}, 'Een pannaveldje voor de jeugd', '${id}', ${version}, p_origin => 'resident_ambition', p_priority => 2)`,
      );
      expect(titles(await search(tx, 'anon', 'trapveldje'))).toEqual([]);
      expect(titles(await search(tx, 'anon', 'pannaveldje'))).toEqual(['Een pannaveldje voor de jeugd']);
      await valueOf(tx, 'area_team_own_area', `public.delete_entry('${id}', ${version + 1})`);
      expect(titles(await search(tx, 'anon', 'pannaveldje'))).toEqual([]);

      await tx.query(`update public.districts set name = 'Quirijnsdal' where name = 'Quirijnstok'`);
      const renamed = await search(tx, 'anon', 'Quirijnsdal');
      expect(titles(renamed, 'district')).toEqual(['Quirijnsdal']);
      expect(renamed.counts.agenda).toBeGreaterThan(0); // Wijkagenda Noord covers it
      expect(titles(await search(tx, 'anon', 'Quirijnstok'), 'district')).toEqual([]);
    });
  });
});

describe('who finds what', () => {
  const conceptTitle = 'Uitvoeringsplan Noord 2028-2029 (voorbeeld, concept)';
  const finds: Record<Actor, boolean> = {
    anon: false,
    resident: false,
    council: false,
    area_team_own_area: true, // Noord
    area_team_other_area: true, // the same person: her own area's concept
    admin: true,
  };

  it('a concept document and its actions only by the area team of its area and admins', async () => {
    await rolledBack(db, async (tx) => {
      const action = await scalar<string>(
        tx,
        `select e.title from public.entries e join public.documents d on d.id = e.document_id where d.title = ${lit(conceptTitle)} and e.kind = 'plan_action' order by e.position limit 1`,
      );
      for (const actor of ACTORS) {
        const plans = await search(tx, actor, '2029 concept', { kinds: ['plan'] });
        expect(titles(plans).includes(conceptTitle), actor).toBe(finds[actor]);
        const actions = await search(tx, actor, action, { kinds: ['plan_action'] });
        expect(titles(actions).includes(action), actor).toBe(finds[actor]);
      }
      // the Reeshof concept: not by the Noord area team
      const reeshof = await search(tx, 'area_team_own_area', 'Uitvoeringsplan Reeshof 2027', { kinds: ['plan'] });
      expect(titles(reeshof)).not.toContain('Uitvoeringsplan Reeshof 2027 (voorbeeld, concept)');
      expect(titles(await search(tx, 'admin', 'Uitvoeringsplan Reeshof 2027', { kinds: ['plan'] }))).toContain(
        'Uitvoeringsplan Reeshof 2027 (voorbeeld, concept)',
      );
    });
  });

  it('an internal note of the area team only by that team and admins; a deleted comment by nobody', async () => {
    await rolledBack(db, async (tx) => {
      const note = 'ruimtes school delen'; // the Reeshof team's note on its concept plan
      expect(titles(await search(tx, 'admin', note, { kinds: ['comment'] }))).toHaveLength(1);
      for (const actor of ['anon', 'resident', 'council', 'area_team_own_area'] as const) {
        expect(titles(await search(tx, actor, note, { kinds: ['comment'] })), actor).toEqual([]);
      }
      const comment = await valueOf(
        tx,
        'resident',
        `public.add_comment(${doc(NOORD_AGENDA)}, 'Graag een zebrapad bij de Bredaseweg-oversteek.')`,
      );
      expect(titles(await search(tx, 'anon', 'zebrapad'), 'comment')).toHaveLength(1);
      await valueOf(tx, 'resident', `public.delete_comment('${String(comment.id)}')`);
      for (const actor of ACTORS) {
        expect(titles(await search(tx, actor, 'zebrapad', { kinds: ['comment'] })), actor).toEqual([]);
      }
    });
  });

  it('a hidden initiative by its proposer, its area team and admins; a removed one by nobody', async () => {
    await rolledBack(db, async (tx) => {
      const id = await propose(tx, 'resident', { title: 'Een hondenuitlaatveld bij de vijver' });
      expect(titles(await search(tx, 'anon', 'hondenuitlaatveld'))).toHaveLength(1);
      await actAsOwner(tx);
      await tx.query(`update public.initiatives set hidden_at = now() where id = ${id}`);
      const sees: Record<Actor, boolean> = {
        anon: false,
        resident: true, // the proposer
        council: false,
        area_team_own_area: true, // Noord (Stokhasselt)
        area_team_other_area: true,
        admin: true,
      };
      for (const actor of ACTORS) {
        expect(titles(await search(tx, actor, 'hondenuitlaatveld')).length, actor).toBe(sees[actor] ? 1 : 0);
      }
      await valueOf(tx, 'admin', `public.admin_moderate('initiative', ${id}, 'remove')`);
      for (const actor of ACTORS) expect(titles(await search(tx, actor, 'hondenuitlaatveld')), actor).toEqual([]);
      expect(await scalar<number>(tx, `select count(*)::int from private.search_index where id = ${id}`)).toBe(0);
    });
  });

  it('comments on a removed initiative are not found either', async () => {
    await rolledBack(db, async (tx) => {
      const id = initiative('Jeu-de-boulesbaan bij het wijkpunt');
      const comment = 'balletje gooien'; // the resident's comment on it
      expect(titles(await search(tx, 'anon', comment), 'comment')).toEqual([
        'Jeu-de-boulesbaan bij het wijkpunt (voorbeeld)',
      ]);
      await tx.query(`update public.initiatives set removed_at = now() where id = ${id}`);
      for (const actor of ACTORS) expect((await search(tx, actor, comment)).total, actor).toBe(0);
    });
  });
});

describe('filters', () => {
  it('by kind, area and status; the counts per kind ignore the kind filter', async () => {
    await rolledBack(db, async (tx) => {
      const all = await search(tx, 'anon', 'wijkagenda');
      const agendas = await search(tx, 'anon', 'wijkagenda', { kinds: ['agenda'] });
      expect(agendas.groups.map((g) => g.kind)).toEqual(['agenda']);
      expect(agendas.counts).toEqual(all.counts);
      expect(agendas.total).toBe(all.counts.agenda);

      const noord = await search(tx, 'anon', 'wijkagenda', { kinds: ['agenda'], area: 'noord' });
      expect(titles(noord)).toEqual(['Wijkagenda Noord']);

      const open = await search(tx, 'anon', 'Quirijnstok', { statuses: ['item:open'] });
      expect(open.groups.map((g) => g.kind)).toEqual(['agenda_item']);
      expect(results(open).every((r) => r.status === 'open')).toBe(true);
      const adopted = await search(tx, 'anon', 'wijkagenda', { statuses: ['document:vastgesteld'] });
      expect(titles(adopted)).not.toContain('Wijkagenda Noord'); // its current version is in consultatie
      expect(titles(adopted)).toContain('Wijkagenda West');
    });
  });

  it('pages through one kind', async () => {
    await rolledBack(db, async (tx) => {
      const first = await valueOf(tx, 'anon', `public.search('wijkagenda', p_kinds => array['agenda'], p_limit => 2)`);
      const second = await valueOf(
        tx,
        'anon',
        `public.search('wijkagenda', p_kinds => array['agenda'], p_limit => 2, p_offset => 2)`,
      );
      const a = titles(first as unknown as Answer);
      const b = titles(second as unknown as Answer);
      expect(a).toHaveLength(2);
      expect(b).toHaveLength(2);
      expect(a.filter((t) => b.includes(t))).toEqual([]);
    });
  });

  it('refuses unknown kinds, statuses, areas and page sizes with a clear message', async () => {
    await rolledBack(db, async (tx) => {
      expect(await errorOf(tx, 'anon', `public.search('x', p_kinds => array['users'])`)).toMatchObject({
        code: '22023',
        message: 'Onbekende soort in het zoekfilter.',
      });
      expect((await errorOf(tx, 'anon', `public.search('x', p_statuses => array['item:klaar'])`)).code).toBe('22023');
      expect((await errorOf(tx, 'anon', `public.search('x', p_area_id => gen_random_uuid())`)).code).toBe('P0002');
      expect((await errorOf(tx, 'anon', `public.search('x', p_limit => 500)`)).code).toBe('22023');
    });
  });
});
