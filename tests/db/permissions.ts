// THE permission table of the API: for every actor and every operation (each public RPC, and select / insert /
// update / delete straight on every table in `public`) the outcome the database must give. Two runners read it:
// tests/db/permissions.test.ts (PGlite) and scripts/gen-pgtap.ts, which writes
// supabase/tests/database/02-permissions.test.sql for PostgreSQL 15. Change the rules here, never in those files.
//
// Every row compiles to one SQL statement that yields one text value, run as the actor (role + JWT claims, as
// PostgREST does). The result is compared with the expectation:
//   ok(check)     the RPC succeeds and `check` (SQL over its jsonb result `r`) holds      → 'ok'
//   denied / err  the statement fails with this SQLSTATE                                   → e.g. '42501'
//   sees(rows)    a select on the table returns exactly these rows ('all' or the actor's 'own' rows), compared as
//                 "<count> rows <md5 of the sorted rows>" against the same query run as the table owner
// Ids are random per database, so statements refer to `current_setting('test.<name>')`, set by contextAssignments() as the
// table owner before the role switch.

export const ACTORS = ['anon', 'resident', 'council', 'area_team_own_area', 'area_team_other_area', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];

export const DEMO_USERS = {
  areaTeamNoord: '00000000-0000-4000-8000-000000000001',
  councilHeyhoef: '00000000-0000-4000-8000-000000000002',
  resident: '00000000-0000-4000-8000-000000000003',
  admin: '00000000-0000-4000-8000-000000000004',
} as const;

export type ActorSpec = {
  role: 'anon' | 'authenticated';
  sub?: string;
  email?: string;
  /** slug of the area this actor acts on (update_area, area_page, ...) */
  area: string;
  who: string;
};

export const ACTOR_SPECS: Record<Actor, ActorSpec> = {
  anon: { role: 'anon', area: 'noord', who: 'visitor, not signed in' },
  resident: {
    role: 'authenticated',
    sub: DEMO_USERS.resident,
    email: 'bewoner@demo.agendakaart.nl',
    area: 'noord',
    who: 'Sanne de Vries, resident without memberships',
  },
  council: {
    role: 'authenticated',
    sub: DEMO_USERS.councilHeyhoef,
    email: 'wijkraad.heyhoef@demo.agendakaart.nl',
    area: 'reeshof',
    who: "Joost van Dijk, council member in Reeshof, acting on his council's own area",
  },
  area_team_own_area: {
    role: 'authenticated',
    sub: DEMO_USERS.areaTeamNoord,
    email: 'team.noord@demo.agendakaart.nl',
    area: 'noord',
    who: 'Fatima El Amrani, area team Noord, acting on Noord',
  },
  area_team_other_area: {
    role: 'authenticated',
    sub: DEMO_USERS.areaTeamNoord,
    email: 'team.noord@demo.agendakaart.nl',
    area: 'reeshof',
    who: 'Fatima El Amrani, area team Noord, acting on Reeshof',
  },
  admin: {
    role: 'authenticated',
    sub: DEMO_USERS.admin,
    email: 'beheer@demo.agendakaart.nl',
    area: 'reeshof',
    who: 'Mark Jansen, admin (no area team membership anywhere)',
  },
};

/** The JWT claims PostgREST would put in `request.jwt.claims` for this actor. */
export function claimsOf(actor: Actor): { role: 'anon' | 'authenticated'; sub?: string; email?: string } {
  const { role, sub, email } = ACTOR_SPECS[actor];
  return sub ? { sub, role, email } : { role };
}

// ── context: values the statements use, looked up as the table owner ───────────────────────────────────────
const CONTEXT = {
  /** the area the actor acts on */
  area: (a: ActorSpec) => `(select id::text from public.areas where slug = '${a.area}')`,
  area_slug: (a: ActorSpec) => `'${a.area}'`,
  /** Stokhasselt (Noord): the district admin_set_district_area moves to the actor's area */
  district: () => `(select id::text from public.districts where code = 'WK085542')`,
  council: () => `(select id::text from public.councils where name = 'Wijkraad Heyhoef (voorbeeld)')`,
  /** the council membership of the demo council member */
  membership: () =>
    `(select id::text from public.memberships where user_id = '${DEMO_USERS.councilHeyhoef}' and role = 'council')`,
  theme: () => `(select id::text from public.themes where slug = 'wonen')`,
  /** an agenda that covers exactly one district (Zorgvlied, West) */
  agenda: () => `(select id::text from public.agendas where slug = 'wijkagenda-zorgvlied')`,
  n_areas: () => `(select count(*)::text from public.areas)`,
  n_districts: () => `(select count(*)::text from public.districts)`,
  n_themes: () => `(select count(*)::text from public.themes)`,
  n_profiles: () => `(select count(*)::text from public.profiles)`,
} satisfies Record<string, (a: ActorSpec) => string>;
type ContextName = keyof typeof CONTEXT;

const ctx = (name: ContextName) => `current_setting('test.${name}')`;
const uuid = (name: ContextName) => `${ctx(name)}::uuid`;

/** SQL expressions `set_config('test.<name>', <value>, true)` for one actor; run them as the table owner. */
export function contextAssignments(actor: Actor): string[] {
  const spec = ACTOR_SPECS[actor];
  return Object.entries(CONTEXT).map(([name, value]) => `set_config('test.${name}', ${value(spec)}, true)`);
}

// ── outcomes ────────────────────────────────────────────────────────────────────────────────────────────────
export type SqlState = '42501' | 'P0002' | '22023' | '23505' | '23503';
export type Outcome = { ok: string } | { error: SqlState } | { sees: 'all' | 'own' };

const ok = (check = 'true'): Outcome => ({ ok: check });
const denied: Outcome = { error: '42501' };
const sees = (rows: 'all' | 'own'): Outcome => ({ sees: rows });

/** One outcome per actor, in the order of ACTORS: anon, resident, council, area_team_own_area, area_team_other_area, admin. */
type PerActor = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

// ── operations ──────────────────────────────────────────────────────────────────────────────────────────────
export type RpcOperation = {
  kind: 'rpc';
  /** name and identity arguments as pg_get_function_identity_arguments() prints them */
  signature: string;
  /** the call, an expression of type jsonb */
  call: string;
  outcomes: PerActor;
};

export const PUBLIC_TABLES = [
  'agenda_districts',
  'agendas',
  'areas',
  'council_districts',
  'councils',
  'districts',
  'memberships',
  'profiles',
  'themes',
] as const;
export type PublicTable = (typeof PUBLIC_TABLES)[number];
export type TableVerb = 'select' | 'insert' | 'update' | 'delete';
export const TABLE_VERBS: readonly TableVerb[] = ['select', 'insert', 'update', 'delete'];

export type TableOperation = {
  kind: 'table';
  table: PublicTable;
  verb: TableVerb;
  /** insert/update/delete: a statement that would work for the table owner */
  dml?: string;
  /** what the table owner gets from `dml` (the control that proves the refusal comes from privileges): default 1 row */
  owner?: string;
  outcomes: PerActor;
};

export type Operation = RpcOperation | TableOperation;

const rpc = (signature: string, call: string, outcomes: PerActor): RpcOperation => ({
  kind: 'rpc',
  signature,
  call,
  outcomes,
});

const NEW_NAME = 'Nieuwe Naam';
const NEW_DESCRIPTION = 'Nieuwe beschrijving van het gebied.';

const everyone = (o: Outcome): PerActor => [o, o, o, o, o, o];
const signedIn = (o: Outcome, anon: Outcome = denied): PerActor => [anon, o, o, o, o, o];
const adminOnly = (o: Outcome): PerActor => [denied, denied, denied, denied, denied, o];
const canEdit = (v: boolean) =>
  ok(`(r ->> 'can_edit')::boolean = ${v} and r -> 'area' ->> 'slug' = ${ctx('area_slug')}`);

export const RPC_OPERATIONS: RpcOperation[] = [
  // reads: anon + authenticated
  rpc(
    'map_overview()',
    'public.map_overview()',
    everyone(
      ok(
        `jsonb_array_length(r -> 'areas') = ${ctx('n_areas')}::int and jsonb_array_length(r -> 'districts') = ${ctx('n_districts')}::int`,
      ),
    ),
  ),
  rpc('area_page(p_slug text)', `public.area_page(${ctx('area_slug')})`, [
    canEdit(false), // anon
    canEdit(false), // resident
    canEdit(false), // council (in its own area)
    canEdit(true), // area_team_own_area
    canEdit(false), // area_team_other_area
    canEdit(true), // admin
  ]),
  rpc('list_themes()', 'public.list_themes()', everyone(ok(`jsonb_array_length(r) = ${ctx('n_themes')}::int`))),
  rpc('me()', 'public.me()', signedIn(ok(`r ->> 'id' = (select auth.uid())::text`), ok('r is null'))),
  // signed in
  rpc(
    'update_profile(p_display_name text)',
    `public.update_profile('${NEW_NAME}')`,
    signedIn(ok(`r ->> 'display_name' = '${NEW_NAME}'`)),
  ),
  rpc('update_area(p_area_id uuid, p_description text)', `public.update_area(${uuid('area')}, '${NEW_DESCRIPTION}')`, [
    denied, // anon
    denied, // resident
    denied, // council (in its own area)
    ok(`r ->> 'description' = '${NEW_DESCRIPTION}'`), // area_team_own_area
    denied, // area_team_other_area
    ok(`r ->> 'description' = '${NEW_DESCRIPTION}'`), // admin
  ]),
  // admin only
  rpc(
    'admin_list_users()',
    'public.admin_list_users()',
    adminOnly(ok(`jsonb_array_length(r) = ${ctx('n_profiles')}::int`)),
  ),
  rpc(
    'admin_grant_membership(p_user_id uuid, p_role membership_role, p_area_id uuid, p_council_id uuid)',
    `public.admin_grant_membership('${DEMO_USERS.resident}', 'area_team', ${uuid('area')}, null)`,
    adminOnly(ok(`r ->> 'user_id' = '${DEMO_USERS.resident}' and r ->> 'area_id' = ${ctx('area')}`)),
  ),
  rpc(
    'admin_revoke_membership(p_membership_id uuid)',
    `public.admin_revoke_membership(${uuid('membership')})`,
    adminOnly(ok(`r ->> 'id' = ${ctx('membership')}`)),
  ),
  rpc(
    'admin_update_area(p_area_id uuid, p_name text, p_color_index integer)',
    `public.admin_update_area(${uuid('area')}, '${NEW_NAME}', 3)`,
    adminOnly(ok(`r ->> 'name' = '${NEW_NAME}' and r ->> 'color_index' = '3'`)),
  ),
  rpc(
    'admin_set_district_area(p_district_id uuid, p_area_id uuid)',
    `public.admin_set_district_area(${uuid('district')}, ${uuid('area')})`,
    adminOnly(ok(`r ->> 'area_id' = ${ctx('area')}`)),
  ),
  rpc(
    'admin_upsert_theme(p_id uuid, p_slug text, p_name_nl text, p_name_en text, p_sort_order integer)',
    `public.admin_upsert_theme(null, 'test-thema', 'Testthema', 'Test theme', 9)`,
    adminOnly(ok(`r ->> 'slug' = 'test-thema' and r ->> 'is_example' = 'false'`)),
  ),
];

// Direct table access. Reads: what each actor sees. Writes: always refused (42501: no INSERT/UPDATE/DELETE grant),
// because every write goes through a function. The statements are real attacks that work for the table owner.
const OWN_ROWS: Partial<Record<PublicTable, string>> = {
  profiles: 'id = (select auth.uid())',
  memberships: 'user_id = (select auth.uid())',
};

const EVERYONE_READS = everyone(sees('all'));
// anon has no SELECT grant on profiles and memberships at all (42501, not an empty list); a signed-in user sees
// only their own rows; an admin sees all.
const SIGNED_IN_READ_OWN: PerActor = [denied, sees('own'), sees('own'), sees('own'), sees('own'), sees('all')];
const NOBODY = everyone(denied);

const R = DEMO_USERS.resident;
const TABLES: Record<
  PublicTable,
  { select: PerActor; insert: string; update: string; delete: string; deleteOwner?: string }
> = {
  areas: {
    select: EVERYONE_READS,
    insert: `insert into public.areas (slug, name, color_index) values ('testgebied', 'Testgebied', 0)`,
    update: `update public.areas set description = 'Buiten de functies om' where id = ${uuid('area')}`,
    delete: `delete from public.areas where id = ${uuid('area')}`,
    deleteOwner: '23503', // districts refer to every area: the owner reaches the row, the foreign key stops it
  },
  districts: {
    select: EVERYONE_READS,
    insert: `insert into public.districts (code, name, area_id, geometry, min_lng, min_lat, max_lng, max_lat) values ('WK085599', 'Testwijk', ${uuid('area')}, '{"type":"Polygon","coordinates":[]}', 5, 51, 5.1, 51.1)`,
    update: `update public.districts set area_id = ${uuid('area')} where id = ${uuid('district')}`,
    delete: `delete from public.districts where id = ${uuid('district')}`,
  },
  councils: {
    select: EVERYONE_READS,
    insert: `insert into public.councils (name, kind, area_id) values ('Testraad', 'wijkraad', ${uuid('area')})`,
    update: `update public.councils set website_url = 'https://example.org' where id = ${uuid('council')}`,
    delete: `delete from public.councils where id = ${uuid('council')}`,
  },
  council_districts: {
    select: EVERYONE_READS,
    insert: `insert into public.council_districts (council_id, district_id) values (${uuid('council')}, ${uuid('district')})`,
    update: `update public.council_districts set district_id = ${uuid('district')} where council_id = ${uuid('council')}`,
    delete: `delete from public.council_districts where council_id = ${uuid('council')}`,
  },
  profiles: {
    select: SIGNED_IN_READ_OWN,
    insert: `insert into public.profiles (id, display_name) values ('${R}', 'Indringer') on conflict (id) do update set display_name = excluded.display_name`,
    update: `update public.profiles set display_name = 'Indringer' where id = '${R}'`,
    delete: `delete from public.profiles where id = '${R}'`,
  },
  memberships: {
    select: SIGNED_IN_READ_OWN,
    insert: `insert into public.memberships (user_id, role) values ('${R}', 'admin')`,
    update: `update public.memberships set role = 'admin', area_id = null, council_id = null where id = ${uuid('membership')}`,
    delete: `delete from public.memberships where id = ${uuid('membership')}`,
  },
  themes: {
    select: EVERYONE_READS,
    insert: `insert into public.themes (slug, name_nl, name_en) values ('test-thema', 'Testthema', 'Test theme')`,
    update: `update public.themes set name_nl = 'Gewijzigd' where id = ${uuid('theme')}`,
    delete: `delete from public.themes where id = ${uuid('theme')}`,
  },
  agendas: {
    select: EVERYONE_READS,
    insert: `insert into public.agendas (area_id, slug, title) values (${uuid('area')}, 'test-agenda', 'Testagenda')`,
    update: `update public.agendas set status = 'vastgesteld' where id = ${uuid('agenda')}`,
    delete: `delete from public.agendas where id = ${uuid('agenda')}`,
  },
  agenda_districts: {
    select: EVERYONE_READS,
    insert: `insert into public.agenda_districts (agenda_id, district_id) values (${uuid('agenda')}, ${uuid('district')})`,
    update: `update public.agenda_districts set district_id = ${uuid('district')} where agenda_id = ${uuid('agenda')}`,
    delete: `delete from public.agenda_districts where agenda_id = ${uuid('agenda')}`,
  },
};

export const TABLE_OPERATIONS: TableOperation[] = PUBLIC_TABLES.flatMap((table): TableOperation[] => {
  const t = TABLES[table];
  return [
    { kind: 'table', table, verb: 'select', outcomes: t.select },
    { kind: 'table', table, verb: 'insert', dml: t.insert, outcomes: NOBODY },
    { kind: 'table', table, verb: 'update', dml: t.update, outcomes: NOBODY },
    { kind: 'table', table, verb: 'delete', dml: t.delete, owner: t.deleteOwner, outcomes: NOBODY },
  ];
});

export const OPERATIONS: Operation[] = [...RPC_OPERATIONS, ...TABLE_OPERATIONS];

// ── rows ────────────────────────────────────────────────────────────────────────────────────────────────────
export type PermissionRow = {
  actor: Actor;
  operation: Operation;
  expect: Outcome;
  /** e.g. "council: rpc update_area -> 42501" */
  name: string;
  /** one statement returning one text value: the actual outcome (an error becomes its SQLSTATE) */
  statement: string;
  /** set_config expressions to run as the table owner (after the claims, before the role switch) */
  expectationSetup: string[];
  /** SQL expression of the expected text value, evaluated as the actor right before `statement` */
  expected: string;
};

export function operationLabel(op: Operation): string {
  return op.kind === 'rpc' ? `rpc ${op.signature.split('(')[0]}` : `${op.verb} ${op.table}`;
}

function outcomeLabel(o: Outcome): string {
  if ('ok' in o) return 'ok';
  if ('error' in o) return o.error;
  return `sees ${o.sees}`;
}

/** "<n> rows <md5>" of a whole table as the current role sees it, optionally filtered. */
export function tableDigest(table: PublicTable, where?: string): string {
  return (
    `select count(*)::text || ' rows ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') ` +
    `from public.${table} t${where ? ` where ${where}` : ''}`
  );
}

function statementOf(op: Operation, expect: Outcome): string {
  if (op.kind === 'rpc') {
    const check = 'ok' in expect ? expect.ok : 'true';
    // `|| left(r::text, 0)` uses r in every case: a stable function whose result is unused is never called
    return (
      `select case when ${check} then 'ok' else 'unexpected result: ' || left(coalesce(r::text, 'null'), 300) end ` +
      `|| coalesce(left(r::text, 0), '') from (select ${op.call} as r) s`
    );
  }
  if (op.verb === 'select') return tableDigest(op.table);
  return `with w as (${op.dml} returning 1) select count(*)::text || ' rows written' from w`;
}

function expectationOf(op: Operation, expect: Outcome): { setup: string[]; expected: string } {
  if ('ok' in expect) return { setup: [], expected: `'ok'` };
  if ('error' in expect) return { setup: [], expected: `'${expect.error}'` };
  if (op.kind !== 'table') throw new Error(`"sees" only applies to table reads (${operationLabel(op)})`);
  const where = expect.sees === 'own' ? OWN_ROWS[op.table] : undefined;
  if (expect.sees === 'own' && !where) throw new Error(`no "own rows" rule for ${op.table}`);
  return {
    setup: [`set_config('test.expected', (${tableDigest(op.table, where)}), true)`],
    expected: `current_setting('test.expected')`,
  };
}

export const PERMISSION_ROWS: PermissionRow[] = OPERATIONS.flatMap((operation) =>
  ACTORS.map((actor, i): PermissionRow => {
    const expect = operation.outcomes[i]!;
    const { setup, expected } = expectationOf(operation, expect);
    return {
      actor,
      operation,
      expect,
      name: `${actor}: ${operationLabel(operation)} -> ${outcomeLabel(expect)}`,
      statement: statementOf(operation, expect),
      expectationSetup: setup,
      expected,
    };
  }),
);

/** The owner control for a direct write: the statement and what the table owner must get. */
export function ownerControl(op: TableOperation): { statement: string; expected: string } {
  if (op.verb === 'select') throw new Error('owner control is for writes');
  return { statement: statementOf(op, { error: '42501' }), expected: op.owner ?? '1 rows written' };
}
