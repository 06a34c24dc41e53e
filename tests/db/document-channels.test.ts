// Realtime Authorization for document channels (migration 20261123120000): Supabase Realtime runs the policies of
// realtime.messages as the connecting client with realtime.topic() set to the channel topic. These tests do the same:
// who may join (receive changes and presence), show presence, and announce changes on which document's channel.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { actAs, actAsOwner, attempt, rolledBack, scalar } from './db-helpers';
import { doc, NOORD_AGENDA, NOORD_CONCEPT_PLAN, REESHOF_CONCEPT_PLAN, type Who } from './documents-helpers';
import type { Actor } from './permissions';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

type Extension = 'broadcast' | 'presence';

async function topicOf(tx: Transaction, docSql: string): Promise<string> {
  return `document:${await scalar<string>(tx, `select ${docSql}::text`)}`;
}

/** What Realtime asks when `who` joins `topic`: can it read (select) and write (insert) messages of `extension`? */
async function rights(who: Who, docSql: string | null, extension: Extension, topicOverride?: string) {
  return rolledBack(db, async (tx) => {
    const topic = topicOverride ?? (await topicOf(tx, docSql!));
    await tx.query(`insert into realtime.messages (topic, extension, event, private) values ($1, $2, 'probe', true)`, [
      topic,
      extension,
    ]);
    await tx.query(`select set_config('realtime.topic', $1, true)`, [topic]);
    await actAs(tx, who);
    const seen = await attempt<{ n: number }>(
      tx,
      `select count(*)::int as n from realtime.messages where topic = $1 and extension = $2`,
      [topic, extension],
    );
    const sent = await attempt(
      tx,
      `insert into realtime.messages (topic, extension, event, payload, private) values ($1, $2, 'changed', '{}', true)`,
      [topic, extension],
    );
    await actAsOwner(tx);
    return { read: (seen.rows?.[0]?.n ?? 0) > 0, write: !sent.error, writeError: sent.error?.code };
  });
}

const NOORD_PUBLISHED = doc(NOORD_AGENDA, 1);
const NOORD_CONCEPT = doc(NOORD_CONCEPT_PLAN);
const REESHOF_CONCEPT = doc(REESHOF_CONCEPT_PLAN);

describe('joining a document channel (receive changes, see presence)', () => {
  // issue 16: every reader hears change notices; presence only for who may edit or comment now
  it.each<[Actor, boolean, boolean]>([
    ['anon', true, false],
    ['resident', true, false],
    ['area_team_own_area', true, true],
  ])('a published document: %s hears changes = %s, sees presence = %s', async (actor, changes, presence) => {
    expect((await rights(actor, NOORD_PUBLISHED, 'broadcast')).read).toBe(changes);
    expect((await rights(actor, NOORD_PUBLISHED, 'presence')).read).toBe(presence);
  });

  it.each<[Actor, boolean]>([
    ['anon', false],
    ['resident', false],
    ['council', false],
    ['area_team_own_area', true],
    ['admin', true],
  ])('a concept of Noord: %s may join = %s', async (actor, expected) => {
    expect((await rights(actor, NOORD_CONCEPT, 'broadcast')).read).toBe(expected);
    expect((await rights(actor, NOORD_CONCEPT, 'presence')).read).toBe(expected);
  });

  it("the area team of Noord may not join a concept of another area's channel", async () => {
    expect((await rights('area_team_own_area', REESHOF_CONCEPT, 'presence')).read).toBe(false);
  });

  it('a topic that is not a document channel, or names no document, is closed to everyone', async () => {
    for (const topic of ['room:lobby', 'document:00000000-0000-4000-8000-0000000000ff', "document:' or 1=1 --"])
      expect((await rights('admin', null, 'broadcast', topic)).read, topic).toBe(false);
  });
});

describe('sending on a document channel', () => {
  it('participants may show their presence; a mere reader or a visitor may not (issue 16)', async () => {
    expect((await rights('resident', doc(NOORD_AGENDA, 2), 'presence')).write).toBe(true); // open to residents
    expect((await rights('resident', NOORD_PUBLISHED, 'presence')).writeError).toBe('42501'); // adopted: reads only
    expect((await rights('area_team_own_area', NOORD_CONCEPT, 'presence')).write).toBe(true);
    expect((await rights('anon', NOORD_PUBLISHED, 'presence')).writeError).toBe('42501');
    expect((await rights('resident', NOORD_CONCEPT, 'presence')).writeError).toBe('42501');
  });

  it('only the editors of the document may announce changes', async () => {
    expect((await rights('area_team_own_area', NOORD_CONCEPT, 'broadcast')).write).toBe(true);
    expect((await rights('admin', NOORD_PUBLISHED, 'broadcast')).write).toBe(true);
    for (const actor of ['anon', 'resident', 'council'] as const)
      expect((await rights(actor, NOORD_PUBLISHED, 'broadcast')).writeError, actor).toBe('42501');
    expect((await rights('area_team_own_area', REESHOF_CONCEPT, 'broadcast')).writeError).toBe('42501');
  });

  it('a message for another topic than the channel joined is refused', async () => {
    const result = await rolledBack(db, async (tx) => {
      const noord = await topicOf(tx, NOORD_CONCEPT);
      await tx.query(`select set_config('realtime.topic', $1, true)`, [noord]);
      await actAs(tx, 'area_team_own_area');
      return attempt(tx, `insert into realtime.messages (topic, extension) values ('document:other', 'broadcast')`);
    });
    expect(result.error?.code).toBe('42501');
  });
});
