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
const FIRST_ENTRY = (area: string, column: string) =>
  `select ${column} from public.entries e join public.sections s on s.id = e.section_id join public.documents d on d.id = e.document_id ` +
  `where d.slug = 'wijkagenda-${area}' and d.status = 'consultatie' order by s.position, e.position limit 1`;
const FIRST_CONCEPT_ACTION = (area: string, column: string) =>
  `select ${column} from public.entries e join public.documents d on d.id = e.document_id join public.areas ar on ar.id = d.area_id ` +
  `where ar.slug = '${area}' and d.status = 'concept' and e.kind = 'plan_action' order by d.slug, e.position limit 1`;

const INITIATIVE_OF: Record<string, string> = {
  noord: `'Speelplek voor peuters in Heikant (voorbeeld)'`,
  reeshof: `'Jeu-de-boulesbaan bij het wijkpunt (voorbeeld)'`,
};

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
  // documents (issue 3): everything below is looked up in the actor's area (Noord or Reeshof)
  /** the wijkagenda of the area in consultatie (version 2 in the seed) */
  doc: (a) => `(select id::text from public.documents where slug = 'wijkagenda-${a.area}' and status = 'consultatie')`,
  doc_version: (a) =>
    `(select version::text from public.documents where slug = 'wijkagenda-${a.area}' and status = 'consultatie')`,
  doc_slug: (a) => `'wijkagenda-${a.area}'`,
  /** version 1 of that wijkagenda (vastgesteld) */
  doc_v1: (a) => `(select id::text from public.documents where slug = 'wijkagenda-${a.area}' and version_no = 1)`,
  /** the gebiedsvisie of the area: vastgesteld, no newer version */
  adopted_doc: (a) =>
    `(select d.id::text from public.documents d join public.areas ar on ar.id = d.area_id where ar.slug = '${a.area}' and d.kind = 'vision')`,
  /** a concept (an uitvoeringsplan in the seed): only the area team of the area and admins see it */
  concept_doc: (a) =>
    `(select d.id::text from public.documents d join public.areas ar on ar.id = d.area_id where ar.slug = '${a.area}' and d.status = 'concept' order by d.slug limit 1)`,
  concept_doc_version: (a) =>
    `(select d.version::text from public.documents d join public.areas ar on ar.id = d.area_id where ar.slug = '${a.area}' and d.status = 'concept' order by d.slug limit 1)`,
  /** the first section and entry of doc */
  section: (a) =>
    `(select s.id::text from public.sections s join public.documents d on d.id = s.document_id where d.slug = 'wijkagenda-${a.area}' and d.status = 'consultatie' order by s.position limit 1)`,
  section_version: (a) =>
    `(select s.version::text from public.sections s join public.documents d on d.id = s.document_id where d.slug = 'wijkagenda-${a.area}' and d.status = 'consultatie' order by s.position limit 1)`,
  entry: (a) => `(${FIRST_ENTRY(a.area, 'e.id::text')})`,
  entry_version: (a) => `(${FIRST_ENTRY(a.area, 'e.version::text')})`,
  entry_lineage: (a) => `(${FIRST_ENTRY(a.area, 'e.lineage_id::text')})`,
  /** the first plan action of concept_doc */
  action: (a) => `(${FIRST_CONCEPT_ACTION(a.area, 'e.id::text')})`,
  action_version: (a) => `(${FIRST_CONCEPT_ACTION(a.area, 'e.version::text')})`,
  /** a comment in the area by the actor, else the first comment in the area */
  own_comment: (a) =>
    `(select c.id::text from public.comments c join public.areas ar on ar.id = c.area_id where ar.slug = '${a.area}' order by c.author_id is not distinct from (select auth.uid()) desc, c.created_at, c.id limit 1)`,
  /** the first comment in the area by someone else than the actor */
  others_comment: (a) =>
    `(select c.id::text from public.comments c join public.areas ar on ar.id = c.area_id where ar.slug = '${a.area}' and c.author_id is distinct from (select auth.uid()) order by c.created_at, c.id limit 1)`,
  // initiatives (issue 4): Noord → the council member's speelplek (the resident supports it), Reeshof → his
  // jeu-de-boulesbaan (the resident supports and comments on it)
  initiative: (a) => `(select id::text from public.initiatives where title = ${INITIATIVE_OF[a.area]})`,
  initiative_version: (a) => `(select version::text from public.initiatives where title = ${INITIATIVE_OF[a.area]})`,
  initiative_comment: (a) =>
    `(select c.id::text from public.initiative_comments c join public.initiatives i on i.id = c.initiative_id where i.title = ${INITIATIVE_OF[a.area]} order by c.created_at limit 1)`,
  /** the example whose chain runs to a plan action of Uitvoeringsplan Noord, and that plan action's lineage */
  chain_initiative: () => `(select id::text from public.initiatives where title like 'Buurtmoestuin%')`,
  chain_action_lineage: () =>
    `(select plan_action_lineage_id::text from public.initiatives where title like 'Buurtmoestuin%')`,
  report: () => `(select id::text from public.abuse_reports order by created_at, id limit 1)`,
  notification: () => `(select id::text from public.notifications order by created_at, id limit 1)`,
  status_change: () => `(select max(id)::text from public.initiative_status_changes)`,
  n_areas: () => `(select count(*)::text from public.areas)`,
  n_districts: () => `(select count(*)::text from public.districts)`,
  n_themes: () => `(select count(*)::text from public.themes)`,
  n_profiles: () => `(select count(*)::text from public.profiles)`,
  // admin console (issue 12)
  n_councils: () => `(select count(*)::text from public.councils)`,
  /** the pending invitation of the demo seed (uitgenodigd.reeshof@demo.agendakaart.nl, area team Reeshof) */
  invitation: () =>
    `(select id::text from public.invitations where accepted_at is null and withdrawn_at is null and expires_at > now() order by created_at, id limit 1)`,
  /** the theme that comes last today: admin_reorder_themes reverses the order, so it comes first */
  last_theme: () => `(select id::text from public.themes order by sort_order desc, name_nl desc limit 1)`,
  // figures per wijk (issue 14)
  n_indicators: () => `(select count(*)::text from public.indicators)`,
  n_area_districts: (a) =>
    `(select count(*)::text from public.districts d join public.areas ar on ar.id = d.area_id where ar.slug = '${a.area}')`,
  /** the first goal of the area's gebiedsvisie (adopted_doc) */
  vision_goal_lineage: (a) =>
    `(select e.lineage_id::text from public.entries e join public.documents d on d.id = e.document_id join public.areas ar on ar.id = d.area_id where ar.slug = '${a.area}' and d.kind = 'vision' and e.kind = 'vision_goal' order by (select s.position from public.sections s where s.id = e.section_id), e.position limit 1)`,
  /** the goal indicator of the seed (Gebiedsvisie Noord, 'Wijken waar het veilig en prettig wonen is') */
  goal_indicator_lineage: () =>
    `(select g.lineage_id::text from public.goal_indicators g join public.documents d on d.id = g.document_id where d.slug = 'gebiedsvisie-noord' order by g.created_at limit 1)`,
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
export type SqlState = '42501' | 'P0002' | '22023' | '23505' | '23503' | '40001' | 'PT429';
/** Which rows of a table an actor sees: all, their own, those of published documents (consultatie or vastgesteld),
 *  or those plus the concept documents of the area they are area team of; for initiatives and their comments
 *  those not hidden by reports plus their own and those of their team's area (moderated); exact places: their own
 *  and those of their team's area (own_or_team). */
export type Rows =
  | 'all'
  | 'own'
  | 'published'
  | 'published_or_team'
  | 'moderated'
  | 'own_or_team'
  | 'of_readable_initiatives'
  | 'none';
export type Outcome = { ok: string } | { error: SqlState } | { sees: Rows };

const ok = (check = 'true'): Outcome => ({ ok: check });
const denied: Outcome = { error: '42501' };
const notFound: Outcome = { error: 'P0002' };
const invalid: Outcome = { error: '22023' };
const sees = (rows: Rows): Outcome => ({ sees: rows });

/** One outcome per actor, in the order of ACTORS: anon, resident, council, area_team_own_area, area_team_other_area, admin. */
type PerActor = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

// ── operations ──────────────────────────────────────────────────────────────────────────────────────────────
export type RpcOperation = {
  kind: 'rpc';
  /** name and identity arguments as pg_get_function_identity_arguments() prints them */
  signature: string;
  /** tells apart two operations on the same function, e.g. "(concept)" */
  variant?: string;
  /** the call, an expression of type jsonb */
  call: string;
  outcomes: PerActor;
};

export const PUBLIC_TABLES = [
  'abuse_reports',
  'areas',
  'attachments',
  'audit_log',
  'comments',
  'council_districts',
  'councils',
  'districts',
  'document_districts',
  'documents',
  'entries',
  'entry_links',
  'goal_indicators',
  'indicator_imports',
  'indicator_sources',
  'indicator_values',
  'indicators',
  'memberships',
  'initiative_comments',
  'initiative_places',
  'initiative_status_changes',
  'initiative_supports',
  'initiatives',
  'invitations',
  'notifications',
  'profiles',
  'revisions',
  'sections',
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

const rpc = (signature: string, call: string, outcomes: PerActor, variant?: string): RpcOperation => ({
  kind: 'rpc',
  signature,
  call,
  outcomes,
  ...(variant ? { variant } : {}),
});

const NEW_NAME = 'Nieuwe Naam';
const NEW_DESCRIPTION = 'Nieuwe beschrijving van het gebied.';

const everyone = (o: Outcome): PerActor => [o, o, o, o, o, o];
const signedIn = (o: Outcome, anon: Outcome = denied): PerActor => [anon, o, o, o, o, o];
const adminOnly = (o: Outcome): PerActor => [denied, denied, denied, denied, denied, o];
const canEdit = (v: boolean) =>
  ok(`(r ->> 'can_edit')::boolean = ${v} and r -> 'area' ->> 'slug' = ${ctx('area_slug')}`);
/** area team of the actor's area and admins: `o`; everyone else (anon has no EXECUTE on writes): `others` */
const editors = (o: Outcome): PerActor => [denied, denied, denied, o, denied, o];
const teamOnly = (o: Outcome, others: Outcome): PerActor => [others, others, others, o, others, o];
const docDetail = (v: boolean) =>
  ok(
    `(r ->> 'can_edit')::boolean = ${v} and r -> 'document' ->> 'id' = ${ctx('doc')} and jsonb_array_length(r -> 'sections') > 0`,
  );
const canComment = (v: boolean) => ok(`(r ->> 'can_comment')::boolean = ${v} and (r ->> 'comment_count')::int > 0`);
const exactPlace = (v: boolean) =>
  ok(`(r -> 'initiative' -> 'exact_location' is not null and r -> 'initiative' -> 'exact_location' <> 'null') = ${v}`);
const supported = ok(`r ->> 'supported_by_me' = 'true'`);
const presenceTicket = ok(`r ? 'ticket' and r ? 'peer_id' and r ->> 'name' is not null and not r ? 'user_id'`);
const presencePeople = ok(
  `jsonb_array_length(r) = 1 and r -> 0 ->> 'name' = (select display_name from public.profiles where id = (select auth.uid()))`,
);
const canAddPhotos = (v: boolean) =>
  ok(`jsonb_array_length(r -> 'items') = 0 and (r ->> 'can_add')::boolean = ${v} and (r ->> 'limit')::int = 3`);
const commentAs = (role: string) => ok(`r ->> 'author_role' = '${role}' and r ->> 'is_own' = 'true'`);

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
    'admin_audit_log(p_kind text, p_area_id uuid, p_limit integer, p_offset integer)',
    `public.admin_audit_log(null, null, 20, 0)`,
    adminOnly(ok(`jsonb_array_length(r -> 'items') = 20 and (r ->> 'has_more')::boolean`)),
  ),
  rpc(
    'admin_upsert_theme(p_id uuid, p_slug text, p_name_nl text, p_name_en text, p_sort_order integer)',
    `public.admin_upsert_theme(null, 'test-thema', 'Testthema', 'Test theme', 9)`,
    adminOnly(ok(`r ->> 'slug' = 'test-thema' and r ->> 'is_example' = 'false'`)),
  ),

  // ── admin console (issue 12) ─────────────────────────────────────────────────────────────────────────────
  rpc(
    'admin_console()',
    'public.admin_console()',
    adminOnly(
      ok(
        `jsonb_array_length(r -> 'areas') = ${ctx('n_areas')}::int and jsonb_array_length(r -> 'districts') = ${ctx('n_districts')}::int ` +
          `and jsonb_array_length(r -> 'councils') = ${ctx('n_councils')}::int and jsonb_array_length(r -> 'themes') = ${ctx('n_themes')}::int ` +
          `and jsonb_array_length(r -> 'documents') > 0 and not (r -> 'districts' -> 0 ? 'geometry')`,
      ),
    ),
  ),
  rpc(
    'admin_search_users(p_query text, p_limit integer)',
    `public.admin_search_users('VRIÉS')`,
    adminOnly(ok(`jsonb_array_length(r) = 1 and r -> 0 ->> 'id' = '${DEMO_USERS.resident}'`)),
  ),
  rpc(
    'admin_invite(p_email text, p_role membership_role, p_area_id uuid, p_council_id uuid)',
    `public.admin_invite('Nieuw.Lid@Example.org', 'area_team', ${uuid('area')})`,
    adminOnly(
      ok(`r ->> 'status' = 'pending' and r ->> 'email' = 'nieuw.lid@example.org' and r ->> 'area_id' = ${ctx('area')}`),
    ),
  ),
  rpc(
    'admin_list_invitations()',
    'public.admin_list_invitations()',
    adminOnly(
      ok(
        `jsonb_array_length(r) = (select count(*) from public.invitations) ` +
          `and r @> jsonb_build_array(jsonb_build_object('id', ${ctx('invitation')}, 'status', 'pending'))`,
      ),
    ),
  ),
  rpc(
    'admin_withdraw_invitation(p_invitation_id uuid)',
    // the pending invitation of the demo seed
    `public.admin_withdraw_invitation(${uuid('invitation')})`,
    adminOnly(
      ok(`r ->> 'id' = ${ctx('invitation')} and r ->> 'status' = 'withdrawn' and r ->> 'withdrawn_at' is not null`),
    ),
  ),
  rpc(
    'admin_save_area(p_area_id uuid, p_name text, p_color_index integer, p_description text, p_name_confirmed boolean)',
    `public.admin_save_area(${uuid('area')}, '${NEW_NAME}', 5, '${NEW_DESCRIPTION}', true)`,
    adminOnly(
      ok(
        `r ->> 'name' = '${NEW_NAME}' and r ->> 'color_index' = '5' and r ->> 'name_status' = 'confirmed' and r ->> 'description' = '${NEW_DESCRIPTION}'`,
      ),
    ),
  ),
  rpc(
    'admin_save_council(p_id uuid, p_name text, p_kind council_kind, p_area_id uuid, p_website_url text, p_district_ids uuid[])',
    `public.admin_save_council(null, 'Testraad', 'wijkraad', ${uuid('area')}, 'https://example.org', array[${uuid('district')}])`,
    adminOnly(
      ok(
        `r ->> 'name' = 'Testraad' and r ->> 'area_id' = ${ctx('area')} and r -> 'district_ids' = jsonb_build_array(${ctx('district')})`,
      ),
    ),
  ),
  rpc(
    'admin_save_council(p_id uuid, p_name text, p_kind council_kind, p_area_id uuid, p_website_url text, p_district_ids uuid[])',
    `public.admin_save_council(${uuid('council')}, 'Wijkraad Heyhoef (proef)', 'wijkraad', ${uuid('area')}, '', array[${uuid('district')}])`,
    adminOnly(ok(`r ->> 'id' = ${ctx('council')} and r ->> 'website_url' is null and r ->> 'is_example' = 'true'`)),
    '(existing)',
  ),
  rpc(
    'admin_reorder_themes(p_theme_ids uuid[])',
    'public.admin_reorder_themes(array(select id from public.themes order by sort_order desc, name_nl desc))',
    adminOnly(ok(`jsonb_array_length(r) = ${ctx('n_themes')}::int and r -> 0 ->> 'id' = ${ctx('last_theme')}`)),
  ),

  // ── documents (issue 3) ──────────────────────────────────────────────────────────────────────────────────
  // reads: the wijkagenda in consultatie of the actor's area is published, so everyone reads it
  rpc('document_detail(p_document_id uuid)', `public.document_detail(${uuid('doc')})`, [
    docDetail(false), // anon
    docDetail(false), // resident
    docDetail(false), // council (in its own area)
    docDetail(true), // area_team_own_area
    docDetail(false), // area_team_other_area
    docDetail(true), // admin
  ]),
  rpc(
    'document_detail(p_document_id uuid)',
    `public.document_detail(${uuid('concept_doc')})`,
    teamOnly(ok(`r -> 'document' ->> 'status' = 'concept'`), notFound),
    '(concept)',
  ),
  rpc(
    'document_by_slug(p_slug text, p_version_no integer)',
    `public.document_by_slug(${ctx('doc_slug')})`,
    everyone(ok(`r -> 'document' ->> 'id' = ${ctx('doc')}`)),
  ),
  rpc(
    'document_history(p_document_id uuid)',
    `public.document_history(${uuid('doc')})`,
    everyone(ok(`jsonb_array_length(r -> 'revisions') > 0 and r -> 'document' ->> 'id' = ${ctx('doc')}`)),
  ),
  rpc(
    'compare_versions(p_from uuid, p_to uuid)',
    `public.compare_versions(${uuid('doc_v1')}, ${uuid('doc')})`,
    everyone(ok(`r -> 'to' ->> 'id' = ${ctx('doc')} and (r -> 'summary' ->> 'added')::int > 0`)),
  ),
  rpc('document_comments(p_document_id uuid)', `public.document_comments(${uuid('doc')})`, [
    canComment(false), // anon
    canComment(true), // resident: the area team opened the Noord agenda to residents
    canComment(true), // council: Heyhoef lies in the Reeshof agenda's districts
    canComment(true), // area_team_own_area
    canComment(false), // area_team_other_area: Reeshof is not open to residents
    canComment(true), // admin
  ]),
  // issue 16: comments are paged by thread
  rpc(
    'document_comments_page(p_document_id uuid, p_limit integer, p_offset integer)',
    `public.document_comments_page(${uuid('doc')}, 1, 0)`,
    everyone(ok(`jsonb_array_length(r -> 'threads') = 1 and (r ->> 'thread_total')::int >= 1`)),
  ),
  // issue 16: presence only for who may edit or comment now, under a ticket; names come from the database
  rpc('join_document_presence(p_document_id uuid)', `public.join_document_presence(${uuid('doc')})`, [
    denied, // anon
    presenceTicket, // resident: the Noord agenda is open to residents
    presenceTicket, // council: Heyhoef lies in the Reeshof agenda's districts
    presenceTicket, // area_team_own_area
    denied, // area_team_other_area: may neither edit nor comment on the Reeshof agenda
    presenceTicket, // admin
  ]),
  rpc(
    'document_presence_people(p_document_id uuid, p_tickets uuid[])',
    `public.document_presence_people(${uuid('doc')}, array[(public.join_document_presence(${uuid('doc')}) ->> 'ticket')::uuid])`,
    [denied, presencePeople, presencePeople, presencePeople, denied, presencePeople],
  ),
  rpc(
    'plan_progress(p_area_id uuid)',
    `public.plan_progress(${uuid('area')})`,
    everyone(
      ok(
        `jsonb_array_length(r -> 'plans') = (select count(distinct d.series_id)::int from public.documents d where d.kind = 'plan' and d.area_id = ${uuid('area')})`,
      ),
    ),
  ),
  rpc(
    'map_entries(p_area_id uuid, p_kinds text[], p_theme_ids uuid[], p_statuses text[])',
    `public.map_entries(${uuid('area')})`,
    everyone(ok(`r ->> 'type' = 'FeatureCollection' and json_array_length(r -> 'features') > 0`)),
  ),
  // writes: the area team of the area and admins, nobody else
  rpc(
    'create_document(p_area_id uuid, p_kind document_kind, p_title text, p_summary text, p_district_ids uuid[], p_agenda_kind agenda_kind, p_horizon_start integer, p_horizon_end integer, p_period_start date, p_period_end date)',
    `public.create_document(${uuid('area')}, 'plan', 'Testplan', p_period_start => '2027-01-01', p_period_end => '2027-12-31')`,
    // issue 16: the slug names the area, so a numbered suffix never reveals another area's concept
    editors(
      ok(
        `r ->> 'status' = 'concept' and r ->> 'slug' = ${ctx('area_slug')} || '-testplan' and r -> 'area' ->> 'id' = ${ctx('area')}`,
      ),
    ),
  ),
  rpc(
    'update_document(p_document_id uuid, p_version integer, p_title text, p_summary text, p_district_ids uuid[], p_agenda_kind agenda_kind, p_horizon_start integer, p_horizon_end integer, p_period_start date, p_period_end date, p_source_url text)',
    `public.update_document(${uuid('doc')}, ${ctx('doc_version')}::int, 'Nieuwe titel')`,
    editors(ok(`r ->> 'title' = 'Nieuwe titel'`)),
  ),
  rpc(
    'set_document_status(p_document_id uuid, p_version integer, p_status document_status)',
    `public.set_document_status(${uuid('doc')}, ${ctx('doc_version')}::int, 'concept')`,
    editors(ok(`r ->> 'status' = 'concept'`)),
  ),
  rpc(
    'set_comments_open(p_document_id uuid, p_version integer, p_open boolean)',
    `public.set_comments_open(${uuid('doc')}, ${ctx('doc_version')}::int, false)`,
    editors(ok(`r ->> 'comments_open_to_residents' = 'false'`)),
  ),
  rpc(
    'start_revision(p_document_id uuid)',
    `public.start_revision(${uuid('adopted_doc')})`,
    editors(ok(`r ->> 'version_no' = '2' and r ->> 'status' = 'concept'`)),
  ),
  rpc(
    'delete_document(p_document_id uuid, p_version integer)',
    `public.delete_document(${uuid('concept_doc')}, ${ctx('concept_doc_version')}::int)`,
    editors(invalid), // issue 16: the seed's concepts hold internal notes, so they are kept for good
  ),
  rpc(
    'delete_document(p_document_id uuid, p_version integer)',
    `public.delete_document((public.create_document(${uuid('area')}, 'plan', 'Weg ermee', p_period_start => '2027-01-01', p_period_end => '2027-12-31') ->> 'id')::uuid, 1)`,
    editors(ok(`r ? 'id' and r ? 'series_id'`)), // a concept never consulted and without comments
    '(fresh concept)',
  ),
  rpc(
    'upsert_section(p_document_id uuid, p_title text, p_section_id uuid, p_version integer, p_body text, p_position integer)',
    `public.upsert_section(${uuid('doc')}, 'Nieuwe sectie')`,
    editors(ok(`r ->> 'title' = 'Nieuwe sectie' and r ->> 'version' = '1'`)),
  ),
  rpc(
    'upsert_section(p_document_id uuid, p_title text, p_section_id uuid, p_version integer, p_body text, p_position integer)',
    `public.upsert_section(${uuid('adopted_doc')}, 'Nieuwe sectie')`,
    editors(invalid), // a vastgesteld version is read-only, also for its editors
    '(vastgesteld)',
  ),
  rpc(
    'move_section(p_section_id uuid, p_version integer, p_position integer)',
    `public.move_section(${uuid('section')}, ${ctx('section_version')}::int, 1)`,
    editors(ok(`r ->> 'position' = '1'`)),
  ),
  rpc(
    'delete_section(p_section_id uuid, p_version integer)',
    `public.delete_section(${uuid('section')}, ${ctx('section_version')}::int)`,
    editors(ok(`r ->> 'id' = ${ctx('section')}`)),
  ),
  rpc(
    'upsert_entry(p_section_id uuid, p_title text, p_entry_id uuid, p_version integer, p_body text, p_theme_id uuid, p_location jsonb, p_origin item_origin, p_priority integer, p_owner_name text, p_item_status item_status, p_owner_org text, p_owner_kind owner_kind, p_action_status action_status, p_start_date date, p_end_date date, p_progress integer, p_budget_eur numeric, p_position integer)',
    `public.upsert_entry(${uuid('section')}, 'Nieuw punt', p_origin => 'resident_ambition')`,
    editors(ok(`r ->> 'kind' = 'agenda_item' and r ->> 'item_status' = 'open' and r ->> 'priority' = '2'`)),
  ),
  rpc(
    'update_action_progress(p_entry_id uuid, p_version integer, p_action_status action_status, p_progress integer)',
    `public.update_action_progress(${uuid('action')}, ${ctx('action_version')}::int, 'in_uitvoering', 50)`,
    editors(ok(`r ->> 'progress' = '50' and r ->> 'action_status' = 'in_uitvoering'`)),
  ),
  rpc(
    'move_entry(p_entry_id uuid, p_version integer, p_section_id uuid, p_position integer)',
    `public.move_entry(${uuid('entry')}, ${ctx('entry_version')}::int, ${uuid('section')}, 1)`,
    editors(ok(`r ->> 'position' = '1'`)),
  ),
  rpc(
    'delete_entry(p_entry_id uuid, p_version integer)',
    `public.delete_entry(${uuid('entry')}, ${ctx('entry_version')}::int)`,
    editors(ok(`r ->> 'id' = ${ctx('entry')}`)),
  ),
  rpc(
    'set_entry_links(p_entry_id uuid, p_version integer, p_target_lineage_ids uuid[])',
    `public.set_entry_links(${uuid('action')}, ${ctx('action_version')}::int, array[${uuid('entry_lineage')}])`,
    editors(
      ok(`r -> 'links' -> 0 ->> 'lineage_id' = ${ctx('entry_lineage')} and jsonb_array_length(r -> 'links') = 1`),
    ),
  ),
  rpc(
    'add_comment(p_document_id uuid, p_body text, p_entry_id uuid, p_parent_id uuid, p_is_official_response boolean)',
    `public.add_comment(${uuid('doc')}, 'Een reactie', p_entry_id => ${uuid('entry')})`,
    [
      denied, // anon
      commentAs('resident'), // the Noord agenda is open to residents
      commentAs('council'), // Heyhoef lies in the Reeshof agenda's districts
      commentAs('area_team'),
      denied, // area_team_other_area: in Reeshof only a resident, and Reeshof is not open to residents
      commentAs('admin'),
    ],
  ),
  rpc(
    'add_comment(p_document_id uuid, p_body text, p_entry_id uuid, p_parent_id uuid, p_is_official_response boolean)',
    `public.add_comment(${uuid('concept_doc')}, 'Een reactie')`,
    [denied, notFound, notFound, commentAs('area_team'), notFound, commentAs('admin')],
    '(concept)',
  ),
  rpc('update_comment(p_comment_id uuid, p_body text)', `public.update_comment(${uuid('own_comment')}, 'Aangepast')`, [
    denied, // anon
    ok(`r ->> 'body' = 'Aangepast'`), // resident: her own comment on the Noord agenda
    ok(`r ->> 'body' = 'Aangepast'`), // council: his own comment on the Reeshof agenda
    ok(`r ->> 'body' = 'Aangepast'`), // area_team_own_area: her own note on the Noord concept plan
    denied, // area_team_other_area: she wrote nothing in Reeshof; nobody edits someone else's comment
    ok(`r ->> 'body' = 'Aangepast'`), // admin: his own answer in Reeshof
  ]),
  rpc(
    'delete_comment(p_comment_id uuid)',
    `public.delete_comment(${uuid('others_comment')})`,
    adminOnly(ok(`r ->> 'deleted_at' is not null and r ->> 'body' = ''`)), // moderation only
  ),

  // ── initiatives (issue 4) ────────────────────────────────────────────────────────────────────────────────
  rpc(
    'map_initiatives(p_statuses text[], p_theme_ids uuid[], p_area_id uuid)',
    `public.map_initiatives(p_area_id => ${uuid('area')})`,
    everyone(ok(`jsonb_array_length(r) > 0 and r -> 0 ->> 'area_id' = ${ctx('area')} and r -> 0 ? 'lng'`)),
  ),
  rpc(
    'map_initiatives_page(p_statuses text[], p_theme_ids uuid[], p_area_id uuid, p_limit integer, p_offset integer)',
    `public.map_initiatives_page(p_area_id => ${uuid('area')}, p_limit => 1)`,
    everyone(ok(`jsonb_array_length(r -> 'items') = 1 and r -> 'items' -> 0 ->> 'area_id' = ${ctx('area')}`)),
  ),
  rpc(
    'list_initiatives(p_statuses text[], p_theme_ids uuid[], p_area_id uuid, p_limit integer, p_offset integer)',
    `public.list_initiatives(p_area_id => ${uuid('area')}, p_limit => 1)`,
    everyone(ok(`(r ->> 'total')::int > 0 and jsonb_array_length(r -> 'items') = 1`)),
  ),
  rpc('initiative_detail(p_initiative_id uuid)', `public.initiative_detail(${uuid('initiative')})`, [
    exactPlace(false), // anon
    exactPlace(false), // resident: not her initiative
    exactPlace(true), // council: his own jeu-de-boulesbaan
    exactPlace(true), // area_team_own_area
    exactPlace(false), // area_team_other_area
    exactPlace(true), // admin
  ]),
  rpc(
    'initiative_comments_page(p_initiative_id uuid, p_limit integer, p_offset integer)',
    `public.initiative_comments_page(${uuid('initiative')}, 1, 0)`,
    everyone(ok(`jsonb_typeof(r -> 'items') = 'array' and (r ->> 'total')::int >= jsonb_array_length(r -> 'items')`)),
  ),
  rpc(
    'initiative_chain(p_initiative_id uuid)',
    `public.initiative_chain(${uuid('chain_initiative')})`,
    everyone(
      ok(
        `r -> 'agenda_item' ->> 'title' = 'Het plein in Quirijnstok vergroenen' and jsonb_array_length(r -> 'vision_goals') > 0 and r -> 'plan_actions' -> 0 ->> 'lineage_id' = ${ctx('chain_action_lineage')}`,
      ),
    ),
  ),
  rpc(
    'entry_initiatives(p_lineage_id uuid)',
    `public.entry_initiatives(${uuid('chain_action_lineage')})`,
    everyone(ok(`r -> 0 ->> 'id' = ${ctx('chain_initiative')}`)),
  ),
  rpc(
    'triage_options(p_initiative_id uuid)',
    `public.triage_options(${uuid('initiative')})`,
    editors(ok(`jsonb_array_length(r -> 'agenda_items') > 0`)),
  ),
  rpc(
    'my_notifications()',
    'public.my_notifications()',
    signedIn(ok(`(r ->> 'unread_count')::int = (select count(*) from public.notifications where read_at is null)`)),
  ),
  rpc(
    'propose_initiative(p_title text, p_description text, p_theme_id uuid, p_lng double precision, p_lat double precision, p_is_home boolean, p_district_id uuid, p_place_description text)',
    `public.propose_initiative('Nieuw initiatief', 'Een beschrijving van minstens twintig tekens.', ${uuid('theme')}, p_district_id => ${uuid('district')}, p_place_description => 'Bij de school')`,
    signedIn(ok(`r ->> 'status' = 'ingediend' and r -> 'area' ->> 'slug' = 'noord' and r ->> 'is_own' = 'true'`)),
  ),
  rpc(
    'set_initiative_status(p_initiative_id uuid, p_version integer, p_status initiative_status, p_explanation text, p_agenda_item_lineage_id uuid, p_plan_action_lineage_id uuid)',
    `public.set_initiative_status(${uuid('initiative')}, ${ctx('initiative_version')}::int, 'afgewezen', 'Een reden')`,
    editors(ok(`r ->> 'status' = 'afgewezen' and r ->> 'rejection_reason' = 'Een reden'`)),
  ),
  rpc('support_initiative(p_initiative_id uuid)', `public.support_initiative(${uuid('initiative')})`, [
    denied, // anon
    { error: '23505' }, // resident: she already supports it
    invalid, // council: his own initiative
    supported,
    supported,
    supported,
  ]),
  rpc('withdraw_support(p_initiative_id uuid)', `public.withdraw_support(${uuid('initiative')})`, [
    denied, // anon
    ok(`r ->> 'supported_by_me' = 'false'`), // resident: she supports it
    notFound, // the others never supported it
    notFound,
    notFound,
    notFound,
  ]),
  rpc(
    'comment_on_initiative(p_initiative_id uuid, p_body text)',
    `public.comment_on_initiative(${uuid('initiative')}, 'Een reactie')`,
    [
      denied, // anon
      ok(`r ->> 'is_area_team' = 'false' and r ->> 'is_own' = 'true'`),
      ok(`r ->> 'is_area_team' = 'false' and r ->> 'is_own' = 'true'`),
      ok(`r ->> 'is_area_team' = 'true' and r ->> 'is_own' = 'true'`), // the team of the initiative's area
      ok(`r ->> 'is_area_team' = 'false' and r ->> 'is_own' = 'true'`),
      ok(`r ->> 'is_area_team' = 'false' and r ->> 'is_own' = 'true'`), // admins are not the area team
    ],
  ),
  rpc(
    'report_abuse(p_target_kind report_target, p_target_id uuid, p_reason text)',
    `public.report_abuse('comment', ${uuid('initiative_comment')}, 'Ongepast')`,
    signedIn(ok(`r ->> 'reported' = 'true' and r ->> 'hidden' = 'false'`)),
  ),
  rpc(
    'mark_notifications_read(p_ids uuid[])',
    'public.mark_notifications_read()',
    signedIn(ok(`(r ->> 'unread_count')::int = 0`)),
  ),
  rpc(
    'admin_moderation_queue()',
    'public.admin_moderation_queue()',
    adminOnly(ok(`r -> 0 ->> 'target_kind' = 'initiative' and (r -> 0 ->> 'report_count')::int = 1`)),
  ),
  rpc(
    'admin_moderate(p_target_kind report_target, p_target_id uuid, p_decision moderation_decision)',
    `public.admin_moderate('initiative', ${uuid('initiative')}, 'restore')`,
    adminOnly(ok(`r ->> 'decision' = 'restore'`)),
  ),
  rpc(
    'export_my_data()',
    'public.export_my_data()',
    signedIn(ok(`r -> 'account' ->> 'id' = (select auth.uid())::text and r ? 'initiatives' and r ? 'supports'`)),
  ),
  rpc('delete_my_account(p_confirmation text)', `public.delete_my_account('VERWIJDER')`, [
    denied, // anon
    ok(`r ->> 'deleted' = 'true'`),
    ok(`r ->> 'deleted' = 'true'`),
    ok(`r ->> 'deleted' = 'true'`),
    ok(`r ->> 'deleted' = 'true'`),
    invalid, // the only admin cannot leave the gemeente without one
  ]),

  // ── photos and documents (issue 15): the seed has none; tests/db/attachments-storage.test.ts adds them ──────
  // attachments_of on the council member's initiative of the actor's area: he may add photos to his own only
  rpc(
    'attachments_of(p_target_kind attachment_target, p_target_id uuid)',
    `public.attachments_of('initiative', ${uuid('initiative')})`,
    [
      canAddPhotos(false), // anon
      canAddPhotos(false), // resident
      canAddPhotos(true), // council: his own initiative
      canAddPhotos(false), // area_team_own_area
      canAddPhotos(false), // area_team_other_area
      canAddPhotos(false), // admin
    ],
  ),
  rpc(
    'attachments_of_targets(p_target_kind attachment_target, p_target_ids uuid[])',
    `public.attachments_of_targets('initiative', array[${uuid('initiative')}])`,
    everyone(ok(`r = '{}'::jsonb`)),
  ),
  rpc('my_attachments()', 'public.my_attachments()', signedIn(ok(`r = '[]'::jsonb`))),
  rpc(
    'begin_attachment(p_target_kind attachment_target, p_target_id uuid, p_kind attachment_kind, p_mime_type text, p_byte_size integer, p_description text, p_width integer, p_height integer, p_file_name text)',
    `public.begin_attachment('initiative', ${uuid('initiative')}, 'photo', 'image/jpeg', 1000, 'Het plein', 800, 600)`,
    // only the proposer adds photos to an initiative (the council member, to his own in Reeshof)
    [
      denied,
      denied,
      ok(`r ->> 'status' = 'pending' and jsonb_array_length(r -> 'upload') = 2`),
      denied,
      denied,
      denied,
    ],
  ),
  rpc(
    'begin_attachment(p_target_kind attachment_target, p_target_id uuid, p_kind attachment_kind, p_mime_type text, p_byte_size integer, p_description text, p_width integer, p_height integer, p_file_name text)',
    `public.begin_attachment('agenda_item', ${uuid('entry_lineage')}, 'document', 'application/pdf', 1000, 'Verslag', p_file_name => 'verslag.pdf')`,
    editors(ok(`r ->> 'status' = 'pending' and r ->> 'file' like '%/document.pdf'`)),
    '(agenda item)',
  ),
  rpc('finish_attachment(p_attachment_id uuid)', 'public.finish_attachment(gen_random_uuid())', signedIn(notFound)),
  rpc('remove_attachment(p_attachment_id uuid)', 'public.remove_attachment(gen_random_uuid())', signedIn(notFound)),
  rpc(
    'purge_attachments(p_attachment_ids uuid[])',
    'public.purge_attachments(array[gen_random_uuid()])',
    signedIn(ok(`r -> 'purged' = '[]'::jsonb`)),
  ),
  rpc('attachment_removals()', 'public.attachment_removals()', signedIn(ok(`r = '[]'::jsonb`))),
  rpc('release_my_attachments()', 'public.release_my_attachments()', signedIn(ok(`r = '[]'::jsonb`))),

  // ── figures per wijk (issue 14): public reads ──────────────────────────────────────────────────────────
  rpc(
    'list_indicators()',
    'public.list_indicators()',
    everyone(
      ok(
        `jsonb_array_length(r -> 'indicators') = ${ctx('n_indicators')}::int and jsonb_array_length(r -> 'sources') = 4`,
      ),
    ),
  ),
  rpc(
    'indicator_map(p_key text, p_year integer)',
    `public.indicator_map('aandeel-65-plus')`,
    everyone(
      ok(
        `r ->> 'year' = '2024' and jsonb_array_length(r -> 'values') = ${ctx('n_districts')}::int and r -> 'city' ->> 'with_value' = '54'`,
      ),
    ),
  ),
  rpc(
    'area_figures(p_area_id uuid)',
    `public.area_figures(${uuid('area')})`,
    everyone(
      ok(
        `r -> 'area' ->> 'id' = ${ctx('area')} and jsonb_array_length(r -> 'figures') > 10 and jsonb_array_length(r -> 'districts') = ${ctx('n_area_districts')}::int`,
      ),
    ),
  ),
  rpc(
    'district_figures(p_district_id uuid)',
    `public.district_figures(${uuid('district')})`,
    everyone(
      ok(
        `r -> 'figures' -> 0 -> 'indicator' ->> 'key' = 'inwoners' and r -> 'figures' -> 0 -> 'scope' ->> 'value' = '7060'`,
      ),
    ),
  ),
  rpc(
    'district_page(p_slug text)',
    `public.district_page('stokhasselt')`,
    everyone(ok(`r -> 'district' ->> 'code' = 'WK085542' and r -> 'area' ->> 'slug' = 'noord'`)),
  ),

  // ── admins load figures from a CSV (issue 14) ───────────────────────────────────────────────────────────
  rpc(
    'admin_indicator_imports()',
    'public.admin_indicator_imports()',
    adminOnly(ok(`jsonb_array_length(r) = (select count(*)::int from public.indicator_imports)`)),
  ),
  rpc(
    'admin_import_indicator_values(p_year integer, p_source jsonb, p_header text[], p_rows jsonb, p_apply boolean, p_file_name text)',
    `public.admin_import_indicator_values(2026, '{"key": "cbs-86165ned"}', array['code', 'AantalInwoners_5'], '[["WK085510", "8200"]]')`,
    adminOnly(ok(`r ->> 'can_apply' = 'true' and r ->> 'applied' = 'false'`)),
  ),
  rpc(
    'admin_import_indicator_values(p_year integer, p_source jsonb, p_header text[], p_rows jsonb, p_apply boolean, p_file_name text)',
    `public.admin_import_indicator_values(2026, '{"key": "cbs-86165ned"}', array['code', 'AantalInwoners_5'], '[["WK085510", "8200"]]', true)`,
    adminOnly(ok(`r ->> 'applied' = 'true'`)),
    '(load)',
  ),
  rpc(
    'admin_import_indicator_values(p_year integer, p_source jsonb, p_header text[], p_rows jsonb, p_apply boolean, p_file_name text)',
    `public.admin_import_indicator_values(2026, '{"key": "cbs-86165ned"}', array['code', 'AantalInwoners_5'], '[["WK089999", "x"]]', true)`,
    adminOnly(invalid), // a bad file loads nothing
    '(bad file)',
  ),

  // ── vision goals with indicators (issue 14): reads follow the document, writes the area team and admins ───────
  rpc(
    'document_indicators(p_document_id uuid)',
    `public.document_indicators(${uuid('adopted_doc')})`,
    everyone(ok(`r ->> 'can_edit' = 'false' and r -> 'goals' ? ${ctx('vision_goal_lineage')}`)),
  ),
  rpc(
    'document_indicators(p_document_id uuid)',
    `public.document_indicators(${uuid('concept_doc')})`,
    teamOnly(ok(`r ->> 'document_id' = ${ctx('concept_doc')}`), notFound),
    '(concept)',
  ),
  rpc(
    'area_goal_indicators(p_area_id uuid)',
    `public.area_goal_indicators(${uuid('area')})`,
    everyone(
      ok(
        `jsonb_array_length(r) = (select count(distinct g.entry_id)::int from public.goal_indicators g where g.area_id = ${uuid('area')})`,
      ),
    ),
  ),
  rpc(
    'save_goal_indicator(p_document_id uuid, p_goal_lineage_id uuid, p_target_value numeric, p_target_year integer, p_indicator_key text, p_district_ids uuid[], p_baseline_year integer, p_name text, p_unit text, p_source text, p_baseline_value numeric, p_lineage_id uuid, p_version integer)',
    `public.save_goal_indicator((public.start_revision(${uuid('adopted_doc')}) ->> 'id')::uuid, ${uuid('vision_goal_lineage')}, 40, 2035, p_indicator_key => 'aandeel-koopwoningen')`,
    editors(ok(`r ->> 'kind' = 'cbs' and r -> 'target' ->> 'value' = '40' and r -> 'baseline' ->> 'year' = '2025'`)),
    '(new version)',
  ),
  rpc(
    'save_goal_indicator(p_document_id uuid, p_goal_lineage_id uuid, p_target_value numeric, p_target_year integer, p_indicator_key text, p_district_ids uuid[], p_baseline_year integer, p_name text, p_unit text, p_source text, p_baseline_value numeric, p_lineage_id uuid, p_version integer)',
    `public.save_goal_indicator(${uuid('adopted_doc')}, ${uuid('vision_goal_lineage')}, 12, 2030, p_name => 'Eigen', p_unit => '%', p_source => 'Enquête', p_baseline_value => 10, p_baseline_year => 2024)`,
    editors(invalid), // a vastgesteld version is read-only, also for its editors
    '(vastgesteld)',
  ),
  rpc(
    'delete_goal_indicator(p_document_id uuid, p_lineage_id uuid, p_version integer)',
    `(select public.delete_goal_indicator(x.doc, (public.save_goal_indicator(x.doc, ${uuid('vision_goal_lineage')}, 12, 2030, p_name => 'Eigen', p_unit => '%', p_source => 'Enquête', p_baseline_value => 10, p_baseline_year => 2024) ->> 'lineage_id')::uuid, 1) from (select (public.start_revision(${uuid('adopted_doc')}) ->> 'id')::uuid as doc) x)`,
    editors(ok(`r ? 'lineage_id'`)),
    '(new version)',
  ),
  rpc(
    'delete_goal_indicator(p_document_id uuid, p_lineage_id uuid, p_version integer)',
    `public.delete_goal_indicator(${uuid('adopted_doc')}, ${uuid('goal_indicator_lineage')}, 1)`,
    editors(invalid),
    '(vastgesteld)',
  ),

  // ── search (issue 15): one public read, RLS decides what is found ─────────────────────────────────────────
  rpc(
    'search(p_query text, p_kinds text[], p_area_id uuid, p_statuses text[], p_limit integer, p_offset integer, p_groups integer)',
    `public.search('Quirijnstock')`,
    everyone(
      ok(
        `r -> 'corrections' = '["Quirijnstok"]' and (r -> 'counts' ->> 'district')::int = 1 and (r -> 'counts' ->> 'agenda_item')::int >= 1`,
      ),
    ),
  ),
  rpc(
    'search(p_query text, p_kinds text[], p_area_id uuid, p_statuses text[], p_limit integer, p_offset integer, p_groups integer)',
    `public.search('uitvoeringsplan 2029 concept', p_kinds => array['plan'])`,
    // the concept plan of Noord: its area team (acting anywhere) and admins find it, nobody else
    [
      ok(`r -> 'counts' ->> 'plan' is null`),
      ok(`r -> 'counts' ->> 'plan' is null`),
      ok(`r -> 'counts' ->> 'plan' is null`),
      ok(`(r -> 'counts' ->> 'plan')::int = 1`),
      ok(`(r -> 'counts' ->> 'plan')::int = 1`),
      ok(`(r -> 'counts' ->> 'plan')::int = 1`),
    ],
    'concept plan',
  ),
  rpc(
    'search(p_query text, p_kinds text[], p_area_id uuid, p_statuses text[], p_limit integer, p_offset integer, p_groups integer)',
    `public.search('x', p_kinds => array['users'])`,
    everyone(invalid),
    'unknown kind',
  ),
];

// Direct table access. Reads: what each actor sees. Writes: always refused (42501: no INSERT/UPDATE/DELETE grant),
// because every write goes through a function. The statements are real attacks that work for the table owner.
const TEAM_AREAS = `(select m.area_id from public.memberships m where m.user_id = (select auth.uid()) and m.role = 'area_team')`;
const PUBLISHED_DOCS = `(select d.id from public.documents d where d.status <> 'concept')`;
// issue 16: removed is removed for everyone but admins; what hangs under an initiative follows the initiative
const IS_ADMIN = `(select auth.uid()) in (select m.user_id from public.memberships m where m.role = 'admin')`;
const MODERATED = `removed_at is null and (hidden_at is null or author_id = (select auth.uid()) or area_id in ${TEAM_AREAS})`;
const READABLE_INITIATIVES = `(select i.id from public.initiatives i where ${IS_ADMIN} or (i.removed_at is null and (i.hidden_at is null or i.author_id = (select auth.uid()) or i.area_id in ${TEAM_AREAS})))`;
/** rows of documents and of tables that hang under a document */
const documentRows = (documentId: string) => ({
  published: `${documentId} in ${PUBLISHED_DOCS}`,
  published_or_team: `${documentId} in ${PUBLISHED_DOCS} or area_id in ${TEAM_AREAS}`,
});
export const ROW_FILTERS: Partial<Record<PublicTable, Partial<Record<Rows, string>>>> = {
  profiles: { own: 'id = (select auth.uid())' },
  memberships: { own: 'user_id = (select auth.uid())' },
  documents: documentRows('id'),
  document_districts: documentRows('document_id'),
  sections: documentRows('document_id'),
  entries: documentRows('document_id'),
  entry_links: documentRows('document_id'),
  goal_indicators: documentRows('document_id'),
  revisions: documentRows('document_id'),
  comments: documentRows('document_id'),
  audit_log: { none: 'false' },
  invitations: { none: 'false' },
  indicator_imports: { none: 'false' },
  initiatives: { moderated: MODERATED },
  initiative_comments: { moderated: `${MODERATED} and initiative_id in ${READABLE_INITIATIVES}` },
  initiative_places: {
    own_or_team: `(author_id = (select auth.uid()) or area_id in ${TEAM_AREAS}) and initiative_id in ${READABLE_INITIATIVES}`,
  },
  initiative_status_changes: { of_readable_initiatives: `initiative_id in ${READABLE_INITIATIVES}` },
  initiative_supports: { own: `user_id = (select auth.uid()) and initiative_id in ${READABLE_INITIATIVES}` },
  abuse_reports: { own: 'reporter_id = (select auth.uid())' },
  notifications: {
    own: `user_id = (select auth.uid()) and (initiative_id is null or initiative_id in ${READABLE_INITIATIVES})`,
  },
};

const EVERYONE_READS = everyone(sees('all'));
// anon has no SELECT grant on profiles and memberships at all (42501, not an empty list); a signed-in user sees
// only their own rows; an admin sees all.
const SIGNED_IN_READ_OWN: PerActor = [denied, sees('own'), sees('own'), sees('own'), sees('own'), sees('all')];
// documents and everything under them: published ones for everyone, concepts only for the area team of the area
// (the demo area team member is in Noord, whatever area she acts on) and admins
const DOCUMENT_READS: PerActor = [
  sees('published'),
  sees('published'),
  sees('published'),
  sees('published_or_team'),
  sees('published_or_team'),
  sees('all'),
];
const NOBODY = everyone(denied);
const MODERATED_READS: PerActor = [
  sees('moderated'),
  sees('moderated'),
  sees('moderated'),
  sees('moderated'),
  sees('moderated'),
  sees('all'),
];
const EXACT_PLACE_READS: PerActor = [
  denied,
  sees('own_or_team'),
  sees('own_or_team'),
  sees('own_or_team'),
  sees('own_or_team'),
  sees('all'),
];
const OWN_ONLY: PerActor = [denied, sees('own'), sees('own'), sees('own'), sees('own'), sees('own')];

const R = DEMO_USERS.resident;
const FIRST_DISTRICT_OF_DOC = `(select dd.district_id from public.document_districts dd where dd.document_id = ${uuid('doc')} order by dd.district_id limit 1)`;
const FIRST_LINK_OF_ACTION = `(select l.target_lineage_id from public.entry_links l where l.entry_id = ${uuid('action')} order by l.target_lineage_id limit 1)`;
const LAST_REVISION_OF_DOC = `(select max(r.id) from public.revisions r where r.document_id = ${uuid('doc')})`;
const TABLES: Record<
  PublicTable,
  { select: PerActor; insert: string; update: string; delete: string; updateOwner?: string; deleteOwner?: string }
> = {
  audit_log: {
    // only admins read it; anon has no SELECT grant at all
    select: [denied, sees('none'), sees('none'), sees('none'), sees('none'), sees('all')],
    insert: `insert into public.audit_log (entity, entity_id, operation) values ('area', ${uuid('area')}, 'update')`,
    update: `update public.audit_log set changed_at = now() where id = (select max(id) from public.audit_log)`,
    delete: `delete from public.audit_log where id = (select max(id) from public.audit_log)`,
  },
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
    deleteOwner: '23503', // an example initiative lies in Stokhasselt: the owner reaches the row, the foreign key stops it
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
    deleteOwner: '23503', // entries refer to the theme: the owner reaches the row, the foreign key stops it
  },
  documents: {
    select: DOCUMENT_READS,
    insert: `insert into public.documents (area_id, kind, slug, title, agenda_kind) values (${uuid('area')}, 'agenda', 'test-agenda', 'Testagenda', 'wijkagenda')`,
    update: `update public.documents set title = 'Buiten de functies om' where id = ${uuid('doc')}`,
    delete: `delete from public.documents where id = ${uuid('doc')}`,
    deleteOwner: '22023', // issue 16: a version that was in consultatie is kept for good, for the owner too
  },
  document_districts: {
    select: DOCUMENT_READS,
    insert: `insert into public.document_districts (document_id, district_id) values (${uuid('doc')}, ${uuid('district')})`,
    update: `update public.document_districts set district_id = ${uuid('district')} where document_id = ${uuid('doc')} and district_id = ${FIRST_DISTRICT_OF_DOC}`,
    delete: `delete from public.document_districts where document_id = ${uuid('doc')} and district_id = ${FIRST_DISTRICT_OF_DOC}`,
  },
  sections: {
    select: DOCUMENT_READS,
    insert: `insert into public.sections (document_id, title, position) values (${uuid('doc')}, 'Testsectie', 99)`,
    update: `update public.sections set title = 'Buiten de functies om' where id = ${uuid('section')}`,
    delete: `delete from public.sections where id = ${uuid('section')}`,
  },
  entries: {
    select: DOCUMENT_READS,
    insert: `insert into public.entries (document_id, section_id, title, position, origin, priority, item_status) values (${uuid('doc')}, ${uuid('section')}, 'Testpunt', 99, 'resident_ambition', 2, 'open')`,
    update: `update public.entries set title = 'Buiten de functies om' where id = ${uuid('entry')}`,
    delete: `delete from public.entries where id = ${uuid('entry')}`,
  },
  entry_links: {
    select: DOCUMENT_READS,
    insert: `insert into public.entry_links (entry_id, target_lineage_id) values (${uuid('action')}, gen_random_uuid())`,
    update: `update public.entry_links set target_lineage_id = gen_random_uuid() where entry_id = ${uuid('action')} and target_lineage_id = ${FIRST_LINK_OF_ACTION}`,
    delete: `delete from public.entry_links where entry_id = ${uuid('action')} and target_lineage_id = ${FIRST_LINK_OF_ACTION}`,
  },
  revisions: {
    select: DOCUMENT_READS,
    insert: `insert into public.revisions (document_id, area_id, entity, entity_id, operation) values (${uuid('doc')}, ${uuid('area')}, 'document', ${uuid('doc')}, 'update')`,
    update: `update public.revisions set changed_at = now() where id = ${LAST_REVISION_OF_DOC}`,
    delete: `delete from public.revisions where id = ${LAST_REVISION_OF_DOC}`,
  },
  initiatives: {
    select: MODERATED_READS,
    insert: `insert into public.initiatives (title, description, theme_id, district_id, area_id, lng, lat) values ('Nep-initiatief', repeat('x', 30), ${uuid('theme')}, ${uuid('district')}, (select area_id from public.districts where id = ${uuid('district')}), 5.07, 51.58)`,
    update: `update public.initiatives set title = 'Buiten de functies om' where id = ${uuid('initiative')}`,
    delete: `delete from public.initiatives where id = ${uuid('initiative')}`,
  },
  initiative_places: {
    select: EXACT_PLACE_READS,
    insert: `insert into public.initiative_places (initiative_id, area_id, lng, lat) values (${uuid('initiative')}, ${uuid('area')}, 5, 51) on conflict (initiative_id) do update set lng = excluded.lng`,
    update: `update public.initiative_places set lng = 5.1 where initiative_id = ${uuid('initiative')}`,
    delete: `delete from public.initiative_places where initiative_id = ${uuid('initiative')}`,
  },
  initiative_status_changes: {
    // issue 16: the history of an initiative follows it (a removed one: admins only)
    select: [
      sees('of_readable_initiatives'),
      sees('of_readable_initiatives'),
      sees('of_readable_initiatives'),
      sees('of_readable_initiatives'),
      sees('of_readable_initiatives'),
      sees('all'),
    ],
    insert: `insert into public.initiative_status_changes (initiative_id, area_id, to_status) values (${uuid('initiative')}, ${uuid('area')}, 'gerealiseerd')`,
    update: `update public.initiative_status_changes set explanation = 'Vervalst' where id = ${ctx('status_change')}::bigint`,
    delete: `delete from public.initiative_status_changes where id = ${ctx('status_change')}::bigint`,
  },
  initiative_supports: {
    select: SIGNED_IN_READ_OWN,
    insert: `insert into public.initiative_supports (initiative_id, user_id) values (${uuid('initiative')}, null)`,
    update: `update public.initiative_supports set created_at = now() where initiative_id = ${uuid('initiative')}`,
    delete: `delete from public.initiative_supports where initiative_id = ${uuid('initiative')}`,
  },
  initiative_comments: {
    select: MODERATED_READS,
    insert: `insert into public.initiative_comments (initiative_id, area_id, body) values (${uuid('initiative')}, ${uuid('area')}, 'Nep-reactie')`,
    update: `update public.initiative_comments set body = 'Buiten de functies om' where id = ${uuid('initiative_comment')}`,
    delete: `delete from public.initiative_comments where id = ${uuid('initiative_comment')}`,
  },
  attachments: {
    // the seed holds none (so every actor's digest is of zero rows); who reads which attachment is proven per role in
    // tests/db/attachments-storage.test.ts. No writes but through the RPCs.
    select: EVERYONE_READS,
    insert: `insert into public.attachments (target_kind, target_id, initiative_id, area_id, kind, description, mime_type, byte_size, width, height) values ('initiative', ${uuid('initiative')}, ${uuid('initiative')}, ${uuid('area')}, 'photo', 'Nepfoto', 'image/jpeg', 1000, 10, 10)`,
    update: `update public.attachments set status = 'ready', ready_at = now()`,
    delete: `delete from public.attachments`,
    updateOwner: '0 rows written',
    deleteOwner: '0 rows written',
  },
  abuse_reports: {
    select: SIGNED_IN_READ_OWN,
    insert: `insert into public.abuse_reports (target_kind, target_id, area_id, reporter_id) values ('initiative', ${uuid('initiative')}, ${uuid('area')}, '${R}')`,
    update: `update public.abuse_reports set resolved_at = now(), resolution = 'remove' where id = ${uuid('report')}`,
    delete: `delete from public.abuse_reports where id = ${uuid('report')}`,
  },
  invitations: {
    // only admins read them (the seed holds a pending and a withdrawn one); anon has no SELECT grant at all. Writes
    // only through admin_invite and admin_withdraw_invitation, and the trigger on auth.users that accepts them.
    select: [denied, sees('none'), sees('none'), sees('none'), sees('none'), sees('all')],
    insert: `insert into public.invitations (email, role) values ('indringer@example.org', 'admin')`,
    update: `update public.invitations set role = 'admin', area_id = null, expires_at = now() + interval '1 year' where id = ${uuid('invitation')}`,
    delete: `delete from public.invitations where id = ${uuid('invitation')}`,
  },
  notifications: {
    select: OWN_ONLY,
    insert: `insert into public.notifications (user_id, kind) values ('${R}', 'status_changed')`,
    update: `update public.notifications set read_at = now() where id = ${uuid('notification')}`,
    delete: `delete from public.notifications where id = ${uuid('notification')}`,
  },
  // figures per wijk (issue 14): public reference data, read by everyone, written by no API role (migrations only)
  // issue 14: the log of loaded CSVs, for admins only; written by admin_import_indicator_values alone
  indicator_imports: {
    select: [denied, sees('none'), sees('none'), sees('none'), sees('none'), sees('all')],
    insert: `insert into public.indicator_imports (year, source_id, indicator_keys, district_count, inserted_count, updated_count, unchanged_count) select 2030, id, '{inwoners}', 1, 1, 0, 0 from public.indicator_sources where key = 'cbs-85984ned'`,
    update: `update public.indicator_imports set inserted_count = 0 where year = 2024 and source_id = (select id from public.indicator_sources where key = 'cbs-85984ned')`,
    delete: `delete from public.indicator_imports where year = 2024 and source_id = (select id from public.indicator_sources where key = 'cbs-85984ned')`,
  },
  indicator_sources: {
    select: EVERYONE_READS,
    insert: `insert into public.indicator_sources (key, name, publisher, credit, licence) values ('nepbron', 'Nepbron', 'Niemand', 'Bron: niemand', 'geen')`,
    update: `update public.indicator_sources set credit = 'Bron: niemand' where key = 'cbs-85984ned'`,
    delete: `delete from public.indicator_sources where key = 'cbs-85618ned'`,
    deleteOwner: '23503', // values refer to the source: the owner reaches the row, the foreign key stops it
  },
  indicators: {
    select: EVERYONE_READS,
    insert: `insert into public.indicators (key, name_nl, name_en, unit, aggregation) values ('nep', 'Nep', 'Fake', 'count', 'sum')`,
    update: `update public.indicators set name_nl = 'Vervalst' where key = 'inwoners'`,
    delete: `delete from public.indicators where key = 'personenautos'`,
  },
  indicator_values: {
    select: EVERYONE_READS,
    insert: `insert into public.indicator_values (indicator_id, year, district_id, value, source_id) select i.id, 2030, ${uuid('district')}, 1, s.id from public.indicators i, public.indicator_sources s where i.key = 'inwoners' and s.key = 'cbs-85984ned'`,
    update: `update public.indicator_values set value = 0 where year = 2024 and district_id = ${uuid('district')} and indicator_id = (select id from public.indicators where key = 'inwoners')`,
    delete: `delete from public.indicator_values where year = 2024 and district_id = ${uuid('district')} and indicator_id = (select id from public.indicators where key = 'inwoners')`,
  },
  // issue 14: written only through save_goal_indicator and delete_goal_indicator
  goal_indicators: {
    select: DOCUMENT_READS,
    insert: `insert into public.goal_indicators (entry_id, document_id, area_id, name, unit, source, baseline_value, baseline_year, target_value, target_year) select e.id, e.document_id, e.area_id, 'Nep', '%', 'Nergens', 1, 2024, 2, 2030 from public.entries e where e.kind = 'vision_goal' and e.lineage_id = ${uuid('vision_goal_lineage')} limit 1`,
    update: `update public.goal_indicators set target_value = 0 where lineage_id = ${uuid('goal_indicator_lineage')}`,
    delete: `delete from public.goal_indicators where lineage_id = ${uuid('goal_indicator_lineage')}`,
  },
  comments: {
    select: DOCUMENT_READS,
    insert: `insert into public.comments (document_id, author_role, body) values (${uuid('doc')}, 'council', 'Nep-reactie')`,
    update: `update public.comments set body = 'Buiten de functies om' where id = ${uuid('own_comment')}`,
    delete: `delete from public.comments where id = ${uuid('own_comment')}`,
  },
};

export const TABLE_OPERATIONS: TableOperation[] = PUBLIC_TABLES.flatMap((table): TableOperation[] => {
  const t = TABLES[table];
  return [
    { kind: 'table', table, verb: 'select', outcomes: t.select },
    { kind: 'table', table, verb: 'insert', dml: t.insert, outcomes: NOBODY },
    { kind: 'table', table, verb: 'update', dml: t.update, owner: t.updateOwner, outcomes: NOBODY },
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
  if (op.kind === 'table') return `${op.verb} ${op.table}`;
  return `rpc ${op.signature.split('(')[0]}${op.variant ? ` ${op.variant}` : ''}`;
}

function outcomeLabel(o: Outcome): string {
  if ('ok' in o) return 'ok';
  if ('error' in o) return o.error;
  return `sees ${o.sees}`;
}

/** Columns the API roles may not SELECT (issue 16: account ids of contributors); every other column they may. */
export const API_HIDDEN_COLUMNS: Partial<Record<PublicTable, readonly string[]>> = {
  abuse_reports: ['resolved_by'],
  comments: ['author_id'],
  initiative_comments: ['author_id'],
  initiative_places: ['author_id'],
  initiative_status_changes: ['changed_by'],
  indicator_imports: ['imported_by'],
  attachments: ['uploaded_by'],
  initiatives: ['author_id'],
  memberships: ['granted_by'],
  revisions: ['changed_by'],
};

/** The readable columns of the tables with hidden ones, in table order (a whole row `t` needs them all). */
export const API_READABLE_COLUMNS: Partial<Record<PublicTable, readonly string[]>> = {
  attachments: [
    'id',
    'target_kind',
    'target_id',
    'initiative_id',
    'area_id',
    'kind',
    'status',
    'description',
    'file_name',
    'mime_type',
    'byte_size',
    'width',
    'height',
    'position',
    'created_at',
    'ready_at',
  ],
  abuse_reports: [
    'id',
    'target_kind',
    'target_id',
    'area_id',
    'reporter_id',
    'reason',
    'created_at',
    'resolved_at',
    'resolution',
  ],
  indicator_imports: [
    'id',
    'year',
    'source_id',
    'file_name',
    'indicator_keys',
    'district_count',
    'inserted_count',
    'updated_count',
    'unchanged_count',
    'imported_at',
  ],
  comments: [
    'id',
    'document_id',
    'entry_id',
    'entry_lineage_id',
    'area_id',
    'parent_id',
    'author_role',
    'council_id',
    'body',
    'is_official_response',
    'created_at',
    'edited_at',
    'deleted_at',
    'is_internal',
  ],
  initiative_comments: [
    'id',
    'initiative_id',
    'area_id',
    'is_area_team',
    'body',
    'hidden_at',
    'removed_at',
    'created_at',
  ],
  initiative_places: ['initiative_id', 'area_id', 'lng', 'lat'],
  initiative_status_changes: [
    'id',
    'initiative_id',
    'area_id',
    'from_status',
    'to_status',
    'explanation',
    'changed_at',
  ],
  initiatives: [
    'id',
    'title',
    'description',
    'theme_id',
    'district_id',
    'area_id',
    'lng',
    'lat',
    'is_home',
    'place_description',
    'placed_by_district',
    'status',
    'agenda_item_lineage_id',
    'plan_action_lineage_id',
    'rejection_reason',
    'support_count',
    'hidden_at',
    'removed_at',
    'is_example',
    'version',
    'created_at',
    'updated_at',
  ],
  memberships: ['id', 'user_id', 'role', 'area_id', 'council_id', 'created_at'],
  revisions: [
    'id',
    'document_id',
    'area_id',
    'entity',
    'entity_id',
    'lineage_id',
    'operation',
    'changed_at',
    'before',
    'after',
  ],
};

/** "<n> rows <md5>" of a table as the current role sees it (the columns it may read), optionally filtered. */
export function tableDigest(table: PublicTable, where?: string): string {
  const columns = API_READABLE_COLUMNS[table];
  const row = columns ? `row(${columns.map((c) => `t.${c}`).join(', ')})` : 't';
  return (
    `select count(*)::text || ' rows ' || coalesce(md5(string_agg(${row}::text, '|' order by ${row}::text)), '-') ` +
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
  const where = expect.sees === 'all' ? undefined : ROW_FILTERS[op.table]?.[expect.sees];
  if (expect.sees !== 'all' && !where) throw new Error(`no "${expect.sees}" rows rule for ${op.table}`);
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
