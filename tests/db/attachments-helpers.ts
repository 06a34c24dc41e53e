// Helpers for the photo and document tests (tests/db/attachments-*.test.ts): begin an attachment as an actor, and
// act on storage.objects the way the Storage API does, as the client (role + JWT claims), so its policies decide.
import type { Transaction } from '@electric-sql/pglite';
import { actAs, actAsOwner, attempt, scalar, type SqlError } from './db-helpers';
import { list, str, valueOf, type Json, type Who } from './documents-helpers';

export type Begun = { id: string; files: string[] };

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** begin_attachment for a photo (1200 × 800 JPEG) of an initiative, as `who`. */
export async function beginPhoto(
  tx: Transaction,
  who: Who,
  initiativeSql: string,
  alt = 'Het kapotte hek',
): Promise<Begun> {
  const r = await valueOf(
    tx,
    who,
    `public.begin_attachment('initiative', ${initiativeSql}, 'photo', 'image/jpeg', 120000, ${q(alt)}, 1200, 800)`,
  );
  return { id: str(r, 'id'), files: list(r, 'upload') as unknown as string[] };
}

/** begin_attachment for a PDF of an entry lineage, as `who`. */
export async function beginDocument(
  tx: Transaction,
  who: Who,
  kind: 'agenda_item' | 'plan_action',
  lineageSql: string,
): Promise<Begun> {
  const r = await valueOf(
    tx,
    who,
    `public.begin_attachment('${kind}', ${lineageSql}, 'document', 'application/pdf', 50000, 'Verslag van de schouw', p_file_name => 'schouw.pdf')`,
  );
  return { id: str(r, 'id'), files: list(r, 'upload') as unknown as string[] };
}

/** What the Storage API does on upload, as `who`: insert the object row (the insert policy decides). */
export async function upload(tx: Transaction, who: Who, name: string): Promise<SqlError | undefined> {
  await actAs(tx, who);
  const owner = typeof who === 'string' ? null : (who.sub ?? null);
  const r = await attempt(
    tx,
    `insert into storage.objects (bucket_id, name, owner_id, metadata)
     values ('attachments', $1, coalesce($2, (select auth.uid())::text), '{"size": 1000}')`,
    [name, owner],
  );
  await actAsOwner(tx);
  return r.error;
}

/** Uploads every file of a begun attachment as `who` and finishes it. */
export async function uploadAll(tx: Transaction, who: Who, begun: Begun): Promise<Json> {
  for (const f of begun.files) {
    const e = await upload(tx, who, f);
    if (e) throw new Error(`upload ${f}: ${e.code} ${e.message}`);
  }
  return valueOf(tx, who, `public.finish_attachment('${begun.id}')`);
}

/** How many of these objects `who` can read (the select policy decides). */
export async function readable(tx: Transaction, who: Who, names: string[]): Promise<number> {
  await actAs(tx, who);
  const n = Number(
    await scalar(tx, `select count(*) from storage.objects where bucket_id = 'attachments' and name = any ($1)`, [
      names,
    ]),
  );
  await actAsOwner(tx);
  return n;
}

/** What the Storage API does on remove, as `who`: delete what the policies allow; returns how many went. */
export async function removeFiles(tx: Transaction, who: Who, names: string[]): Promise<number> {
  await actAs(tx, who);
  await tx.query(`select set_config('storage.allow_delete_query', 'true', true)`);
  const r = await attempt<{ n: number }>(
    tx,
    `with d as (delete from storage.objects where bucket_id = 'attachments' and name = any ($1) returning 1)
     select count(*)::int as n from d`,
    [names],
  );
  await tx.query(`select set_config('storage.allow_delete_query', '', true)`);
  await actAsOwner(tx);
  if (r.error) throw new Error(`delete: ${r.error.code} ${r.error.message}`);
  return r.rows[0]!.n;
}

/** The status of an attachment, read as the table owner (undefined once purged). */
export async function statusOf(tx: Transaction, id: string): Promise<string | undefined> {
  return scalar<string | undefined>(tx, `select status::text from public.attachments where id = $1`, [id]);
}
