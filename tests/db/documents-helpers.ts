// Helpers for the document rules tests (tests/db/documents-*.test.ts): call an RPC as an actor, look up seeded
// documents, sections and entries by slug and title, and read nested JSON without `any`.
import type { Transaction } from '@electric-sql/pglite';
import { expect } from 'vitest';
import { actAs, actAsOwner, attempt, scalar, type Claims, type SqlError } from './db-helpers';
import type { Actor } from './permissions';

export type Json = Record<string, unknown>;
export type Who = Actor | Claims;

/** Calls `sql` (one jsonb value) as `who`; returns the value or the SQL error (the call is undone on error). */
export async function call(tx: Transaction, who: Who, sql: string): Promise<{ value?: Json; error?: SqlError }> {
  await actAs(tx, who);
  const result = await attempt<{ r: Json | null }>(tx, `select (${sql}) as r`);
  await actAsOwner(tx);
  return result.error ? { error: result.error } : { value: result.rows[0]!.r ?? undefined };
}

export async function valueOf(tx: Transaction, who: Who, sql: string): Promise<Json> {
  const res = await call(tx, who, sql);
  if (res.error) throw new Error(`${sql} failed: ${res.error.code} ${res.error.message}`);
  return res.value!;
}

export async function errorOf(tx: Transaction, who: Who, sql: string): Promise<SqlError> {
  const res = await call(tx, who, sql);
  if (!res.error) throw new Error(`${sql} succeeded: ${JSON.stringify(res.value).slice(0, 300)}`);
  return res.error;
}

/** `v.a.b[0].c` for `at(v, 'a', 'b', 0, 'c')`; throws when a step is missing. */
export function at(v: unknown, ...path: (string | number)[]): unknown {
  let cur = v;
  for (const step of path) {
    if (cur === null || typeof cur !== 'object' || !(step in cur)) {
      throw new Error(`no ${String(step)} in ${JSON.stringify(cur)?.slice(0, 200)}`);
    }
    cur = (cur as Record<string | number, unknown>)[step];
  }
  return cur;
}

export const list = (v: unknown, ...path: (string | number)[]): Json[] => {
  const value = at(v, ...path);
  expect(Array.isArray(value), `${path.join('.')} is an array`).toBe(true);
  return value as Json[];
};

export const str = (v: unknown, ...path: (string | number)[]): string => String(at(v, ...path));

// ── demo users and seeded things, as SQL expressions ───────────────────────────────────────────────────────
export const U = {
  team: '00000000-0000-4000-8000-000000000001',
  council: '00000000-0000-4000-8000-000000000002',
  resident: '00000000-0000-4000-8000-000000000003',
  admin: '00000000-0000-4000-8000-000000000004',
} as const;

export const area = (slug: string) => `(select id from public.areas where slug = '${slug}')`;
export const theme = (slug: string) => `(select id from public.themes where slug = '${slug}')`;
export const district = (code: string) => `(select id from public.districts where code = '${code}')`;
/** a document version by slug (newest version when no number is given) */
export const doc = (slug: string, versionNo?: number) =>
  versionNo === undefined
    ? `(select id from public.documents where slug = '${slug}' order by version_no desc limit 1)`
    : `(select id from public.documents where slug = '${slug}' and version_no = ${versionNo})`;
export const docVersion = (docSql: string) => `(select version from public.documents where id = ${docSql})`;
export const section = (docSql: string, title: string) =>
  `(select id from public.sections where document_id = ${docSql} and title = '${title.replaceAll("'", "''")}')`;
export const firstSection = (docSql: string) =>
  `(select id from public.sections where document_id = ${docSql} order by position limit 1)`;
export const sectionVersion = (sectionSql: string) => `(select version from public.sections where id = ${sectionSql})`;
export const entry = (docSql: string, title: string) =>
  `(select id from public.entries where document_id = ${docSql} and title = '${title.replaceAll("'", "''")}')`;
export const entryVersion = (entrySql: string) => `(select version from public.entries where id = ${entrySql})`;
export const lineageOf = (entrySql: string) => `(select lineage_id from public.entries where id = ${entrySql})`;

export const NOORD_AGENDA = 'wijkagenda-noord';
export const REESHOF_AGENDA = 'wijkagenda-reeshof';
export const NOORD_VISION = 'gebiedsvisie-noord';
export const NOORD_PLAN = 'uitvoeringsplan-noord-2026-2027';
export const NOORD_CONCEPT_PLAN = 'uitvoeringsplan-noord-2028-2029';
export const REESHOF_CONCEPT_PLAN = 'uitvoeringsplan-reeshof-2027';

/** Creates a concept agenda in Noord as the Noord area team, with one section; returns their ids. */
export async function conceptAgenda(
  tx: Transaction,
  title = 'Testagenda Noord',
): Promise<{ doc: string; section: string }> {
  const d = await valueOf(
    tx,
    'area_team_own_area',
    `public.create_document(${area('noord')}, 'agenda', '${title}', p_district_ids => array[${district('WK085542')}])`,
  );
  const s = await valueOf(tx, 'area_team_own_area', `public.upsert_section('${str(d, 'id')}', 'Eerste sectie')`);
  return { doc: `'${str(d, 'id')}'::uuid`, section: `'${str(s, 'id')}'::uuid` };
}

/** Adds an agenda item as the Noord area team; returns its id as a SQL literal. */
export async function addItem(tx: Transaction, sectionSql: string, title: string, extra = ''): Promise<string> {
  const e = await valueOf(
    tx,
    'area_team_own_area',
    `public.upsert_entry(${sectionSql}, '${title}', p_origin => 'resident_ambition'${extra ? `, ${extra}` : ''})`,
  );
  return `'${str(e, 'id')}'::uuid`;
}

export async function count(tx: Transaction, sql: string): Promise<number> {
  return Number(await scalar(tx, `select count(*) from (${sql}) x`));
}
