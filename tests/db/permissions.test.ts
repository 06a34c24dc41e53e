// Runs every row of the permission table (tests/db/permissions.ts) on PGlite, checks that the table covers every
// function and table in `public`, and proves on purpose-broken schemas that the rows can fail.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { rolledBack, runPermissionRow, scalar } from './db-helpers';
import {
  ACTORS,
  claimsOf,
  contextAssignments,
  ownerControl,
  PERMISSION_ROWS,
  PUBLIC_TABLES,
  ROW_FILTERS,
  RPC_OPERATIONS,
  TABLE_OPERATIONS,
  TABLE_VERBS,
  type PermissionRow,
} from './permissions';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

const PUBLIC_FUNCTIONS_SQL = `
  select p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as signature
  from pg_proc p where p.pronamespace = 'public'::regnamespace order by 1`;
const PUBLIC_RELATIONS_SQL = `
  select c.relname as name from pg_class c
  where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f') order by 1`;

async function functionsWithoutRows(mutation?: string): Promise<string[]> {
  return rolledBack(db, async (tx) => {
    if (mutation) await tx.exec(mutation);
    const { rows } = await tx.query<{ signature: string }>(PUBLIC_FUNCTIONS_SQL);
    const covered = new Set(RPC_OPERATIONS.map((op) => op.signature));
    return rows.map((r) => r.signature).filter((s) => !covered.has(s));
  });
}

function row(actor: PermissionRow['actor'], label: string): PermissionRow {
  const found = PERMISSION_ROWS.find((r) => r.actor === actor && r.name.startsWith(`${actor}: ${label} ->`));
  if (!found) throw new Error(`no row ${actor}: ${label}`);
  return found;
}

describe('the permission table covers the schema', () => {
  it('has rows for every function in public (adding an RPC without permission rows fails here)', async () => {
    expect(await functionsWithoutRows()).toEqual([]);
  });

  it('has no rows for functions that do not exist (renamed or re-typed arguments fail here)', async () => {
    const { rows } = await db.query<{ signature: string }>(PUBLIC_FUNCTIONS_SQL);
    const existing = new Set(rows.map((r) => r.signature));
    expect(RPC_OPERATIONS.map((op) => op.signature).filter((s) => !existing.has(s))).toEqual([]);
  });

  it('notices a new function without rows', async () => {
    const missing = await functionsWithoutRows(
      `create function public.new_rpc(p_x int) returns jsonb language sql as $$ select '{}'::jsonb $$`,
    );
    expect(missing).toEqual(['new_rpc(p_x integer)']);
  });

  it('has select, insert, update and delete rows for every table and view in public', async () => {
    const { rows } = await db.query<{ name: string }>(PUBLIC_RELATIONS_SQL);
    expect(rows.map((r) => r.name).sort()).toEqual([...PUBLIC_TABLES].sort());
    for (const table of PUBLIC_TABLES) {
      expect(
        TABLE_OPERATIONS.filter((op) => op.table === table).map((op) => op.verb),
        table,
      ).toEqual(TABLE_VERBS);
    }
  });

  it('has one row per actor and operation', () => {
    expect(PERMISSION_ROWS).toHaveLength((RPC_OPERATIONS.length + TABLE_OPERATIONS.length) * ACTORS.length);
    expect(new Set(PERMISSION_ROWS.map((r) => r.name)).size).toBe(PERMISSION_ROWS.length);
  });

  it.each(ACTORS)('finds every context value for %s', async (actor) => {
    const values = await scalar<string[]>(db, `select array[${contextAssignments(actor).join(', ')}]`);
    expect(values.filter((v) => !v)).toEqual([]);
  });
});

describe('the row filters of the document tables are not vacuous', () => {
  // Every document table holds rows of concept documents in Noord (the demo area team's area) and elsewhere, so
  // "published" hides rows from everyone and "published_or_team" shows the Noord team more, but not everything.
  const documentTables = Object.entries(ROW_FILTERS).filter(([, f]) => f.published);
  it.each(documentTables)('%s', async (table, filters) => {
    const counts = await rolledBack(db, async (tx) => {
      if (table === 'goal_indicators') {
        // the seed measures one goal of an adopted vision only: concept versions of two visions give the others
        await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claimsOf('admin'))]);
        await tx.exec(`select public.start_revision(id) from public.documents where slug = 'gebiedsvisie-noord';
          select public.start_revision(id) from public.documents where slug = 'gebiedsvisie-reeshof';
          select public.save_goal_indicator(e.document_id, e.lineage_id, 50, 2035, p_indicator_key => 'aandeel-65-plus')
          from public.entries e join public.documents d on d.id = e.document_id
          where d.slug = 'gebiedsvisie-reeshof' and d.version_no = 2 and e.kind = 'vision_goal' limit 1`);
      }
      await tx.query(`select set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify(claimsOf('area_team_own_area')),
      ]);
      const n = async (where?: string) =>
        Number(await scalar(tx, `select count(*) from public.${table}${where ? ` where ${where}` : ''}`));
      return [await n(filters.published), await n(filters.published_or_team), await n()];
    });
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[0]).toBeLessThan(counts[1]!);
    expect(counts[1]).toBeLessThan(counts[2]!);
  });
});

describe('permission rows', () => {
  it.each(PERMISSION_ROWS.map((r) => [r.name, r] as const))('%s', async (_name, r) => {
    const { actual, expected } = await runPermissionRow(db, r);
    expect(actual).toBe(expected);
  });
});

describe('every refused direct write would work for the table owner (so the refusal comes from privileges)', () => {
  const writes = TABLE_OPERATIONS.filter((op) => op.verb !== 'select');
  it.each(writes.map((op) => [`${op.verb} ${op.table}`, op] as const))('%s', async (_name, op) => {
    const { statement, expected } = ownerControl(op);
    const actual = await rolledBack(db, async (tx) => {
      await tx.query(`select ${contextAssignments('admin').join(', ')}`);
      try {
        return await scalar<string>(tx, statement);
      } catch (e) {
        return (e as { code: string }).code;
      }
    });
    expect(actual).toBe(expected);
  });
});

describe('the rows fail when the schema is broken on purpose', () => {
  it.each([
    {
      breakage: 'a policy that shows every membership to every signed-in user',
      mutation: `create policy "leak" on public.memberships for select to authenticated using (true)`,
      row: row('resident', 'select memberships'),
    },
    {
      breakage: 'a policy that lets anyone read profiles, plus the grant for anon',
      mutation: `grant select on public.profiles to anon; create policy "leak" on public.profiles for select to anon using (true)`,
      row: row('anon', 'select profiles'),
    },
    {
      breakage: 'an INSERT grant with a permissive policy on themes',
      mutation: `grant insert on public.themes to authenticated;
        create policy "anyone inserts" on public.themes for insert to authenticated with check (true)`,
      row: row('resident', 'insert themes'),
    },
    {
      breakage: 'require_area_editor that checks any area team membership instead of this area',
      mutation: `create or replace function private.require_area_editor(p_area_id uuid) returns uuid
        language plpgsql stable security definer set search_path = '' as $$
        begin
          if not (private.is_admin() or exists (select private.my_area_ids('{area_team}'))) then
            raise exception using errcode = '42501', message = 'nee';
          end if;
          return (select auth.uid());
        end $$`,
      row: row('area_team_other_area', 'rpc update_area'),
    },
    {
      breakage: 'admin_list_users without its admin check',
      mutation: `create or replace function public.admin_list_users() returns jsonb
        language sql stable security definer set search_path = '' as $$ select '[]'::jsonb $$`,
      row: row('council', 'rpc admin_list_users'),
    },
    {
      breakage: 'a policy that shows concept documents to everyone',
      mutation: `create policy "leak" on public.documents for select to anon using (true)`,
      row: row('anon', 'select documents'),
    },
    {
      breakage: 'child tables that follow the document of any status',
      mutation: `create or replace function private.published_document_ids() returns setof uuid
        language sql stable security definer set search_path = '' as $$ select d.id from public.documents d $$`,
      row: row('council', 'select entries'),
    },
    {
      breakage: 'editable_document without the vastgesteld check, and without the trigger that guards it too',
      mutation: `create or replace function private.editable_document(p_document_id uuid) returns public.documents
        language plpgsql volatile security definer set search_path = '' as $$
        declare v_doc public.documents;
        begin
          select * into v_doc from public.documents where id = p_document_id;
          perform private.require_area_editor(v_doc.area_id);
          return v_doc;
        end $$;
        alter table public.sections disable trigger sections_before_write`,
      row: row('area_team_own_area', 'rpc upsert_section (vastgesteld)'),
    },
    {
      breakage: 'comment_role that lets every signed-in user comment as a resident',
      mutation: `create or replace function private.comment_role(p_document_id uuid) returns public.comment_role
        language sql stable security definer set search_path = '' as $$
        select case when (select auth.uid()) is not null then 'resident'::public.comment_role end $$`,
      row: row('area_team_other_area', 'rpc add_comment'),
    },
    {
      breakage: 'update_comment without its author check',
      mutation: `create or replace function public.update_comment(p_comment_id uuid, p_body text) returns jsonb
        language sql volatile security definer set search_path = '' as $$
        update public.comments set body = p_body where id = p_comment_id returning to_jsonb(comments.*) $$`,
      row: row('area_team_other_area', 'rpc update_comment'),
    },
    {
      breakage: 'a policy that shows invitations to every signed-in user (the seed holds two)',
      mutation: `create policy "leak" on public.invitations for select to authenticated using (true)`,
      row: row('area_team_own_area', 'select invitations'),
    },
    {
      breakage: 'invitations without the policy that lets admins read them',
      mutation: `drop policy "admins can read invitations" on public.invitations`,
      row: row('admin', 'select invitations'),
    },
    {
      breakage: 'area_page that says every signed-in user can edit',
      mutation: `create or replace function private.is_admin() returns boolean
        language sql stable security definer set search_path = '' as $$ select (select auth.uid()) is not null $$`,
      row: row('resident', 'rpc area_page'),
    },
  ])('$breakage', async ({ mutation, row: r }) => {
    const intact = await runPermissionRow(db, r);
    expect(intact.actual).toBe(intact.expected);
    const broken = await runPermissionRow(db, r, mutation);
    expect(broken.actual).not.toBe(broken.expected);
  });
});
