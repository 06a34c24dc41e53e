// Catalog checks that keep the API safe whatever later migrations add. Each check is a query that lists offenders
// and must return no rows. Two runners read this list: tests/db/schema-safety.test.ts (PGlite) and
// scripts/gen-pgtap.ts, which writes them as `is_empty` tests into supabase/tests/database/01-rls-enabled.test.sql and
// 03-schema-safety.test.sql for PostgreSQL 15. `canary` breaks the schema on purpose: the test proves that the check
// then reports an offender, so no check passes vacuously.

export type SafetyCheck = {
  file: '01-rls-enabled' | '03-schema-safety';
  name: string;
  /** runs first, as the owner, inside the same (rolled back) transaction */
  setup?: string;
  /** one text column `offender`; no rows = pass */
  offenders: string;
  canary: string;
};

/** Private helpers that policies and security-invoker RPCs call, so the API roles must be able to execute them.
 *  The SECURITY DEFINER ones among them answer only about the caller (is_admin, my_area_ids, can_edit_area,
 *  comment_role), return public-facing names (area_team_names, display_name) or ids of published documents. */
export const PRIVATE_EXECUTE_ALLOW_LIST = [
  'area_json(a areas)',
  'area_team_names(p_area_id uuid)',
  'is_admin()',
  'my_area_ids(p_roles membership_role[])',
  // documents (issue 3)
  'can_edit_area(p_area_id uuid)',
  'changed_fields(p_before jsonb, p_after jsonb)',
  'comment_counts(p_document_id uuid, p_entry_id uuid)',
  'comment_is_open(c comments)',
  'comment_json(c comments)',
  'comment_role(p_document_id uuid)',
  'current_document_ids()',
  'display_name(p_user_id uuid)',
  'document_json(d documents)',
  'document_list_json(d documents)',
  'entry_compare_json(e entries)',
  'entry_json(e entries)',
  'entry_linked_from_json(p_lineage_id uuid)',
  'entry_links_json(p_entry_id uuid)',
  'progress_json(p_entry_ids uuid[])',
  'published_document_ids()',
  'section_json(s sections)',
  // initiatives (issue 4): can_see_initiative_private, initiative_exact_place and my_initiative_flags answer only
  // about the caller (the exact place goes to the proposer, the area team of the area and admins, else null)
  'can_see_initiative_private(p_initiative_id uuid)',
  'initiative_comment_json(c initiative_comments)',
  'initiative_exact_place(p_initiative_id uuid)',
  'initiative_json(i initiatives)',
  'initiative_next_statuses(p_status initiative_status)',
  'lineage_entry_json(p_lineage_id uuid)',
  'my_initiative_flags(p_initiative_id uuid)',
  'validate_initiative_filters(p_statuses text[], p_area_id uuid)',
  // realtime channels of documents (issue 5): parses the topic in the realtime.messages policies
  'channel_document_id()',
  // issue 16: answers about one version (kept? replaced?), about the caller (anonymous? may take part?), or builds
  // what the read RPCs show for rows the caller may read, with names instead of account ids
  'comment_out(p_comment_id uuid)',
  'initiative_comment_out(p_comment_id uuid)',
  'initiative_history_json(p_initiative_id uuid)',
  'initiative_out(p_initiative_id uuid)',
  'is_anonymous_user()',
  'is_superseded(p_document_id uuid)',
  'may_take_part(p_document_id uuid)',
  'revision_author_json(p_revision_id bigint)',
  'version_is_kept(p_document_id uuid)',
  // figures per wijk (issue 14): computed from the public figures (indicators, their values and sources), and two
  // pure functions (slugify for /wijk/<slug>, point_in_geometry for what lies in a wijk)
  'indicator_aggregate(p_indicator_id uuid, p_year integer, p_district_ids uuid[])',
  'indicator_base_year(p_base_id uuid, p_year integer)',
  'indicator_json(i indicators)',
  'indicator_latest_year(p_indicator_id uuid)',
  'indicator_source_json(s indicator_sources)',
  'indicator_year_source(p_indicator_id uuid, p_year integer)',
  // vision goals with indicators (issue 14): builds what document_indicators and area_goal_indicators show for rows
  // the caller may read
  'goal_indicator_json(g goal_indicators)',
  'point_in_geometry(p_lng double precision, p_lat double precision, p_geometry jsonb)',
  'scope_figures(p_district_ids uuid[])',
  'slugify(p_text text)',
  // search (issue 15): pure text helpers; search_query reads the public names of areas, wijken and councils;
  // search_hits returns only ids and ranks, which public.search (security invoker) joins to the tables under RLS;
  // search_result_json and search_excerpt run as the caller (RLS applies to what they read)
  'search_excerpt(p_text text, p_tsq tsquery, p_whole boolean)',
  'search_hits(p_tsq tsquery, p_exact tsquery, p_cap integer)',
  'search_plain(p_text text)',
  'search_query(p_query text, OUT tsq tsquery, OUT exact tsquery, OUT corrections text[])',
  'search_body(p_text text, p_tsq tsquery, p_matches boolean)',
  'search_lead(p_text text)',
  'search_result_json(p_source text, p_id uuid, p_kind text, p_rank real, p_tsq tsquery, p_body_match boolean)',
  'search_unaccent(p_text text)',
  // photos and documents (issue 15): the storage.objects policies and the security-invoker reads call these; the
  // SECURITY DEFINER ones answer only about the caller (may I manage, add, upload, delete this attachment?) or count
  'attachment_count(p_target_kind attachment_target, p_target_id uuid)',
  'attachment_files(p_id uuid, p_kind attachment_kind, p_mime_type text)',
  'attachment_id_of(p_name text)',
  'attachment_item(p_id uuid, p_target_kind attachment_target, p_target_id uuid, p_kind attachment_kind, p_status attachment_status, p_description text, p_file_name text, p_mime_type text, p_byte_size integer, p_width integer, p_height integer, p_position integer, p_created_at timestamp with time zone)',
  'attachment_limit(p_target_kind attachment_target)',
  'can_attach(p_target_kind attachment_target, p_target_id uuid)',
  'can_manage_attachment(p_attachment_id uuid)',
  'may_delete_attachment_file(p_name text)',
  'may_upload_attachment_file(p_name text)',
];

/** Functions allowed to read user metadata: the sign-up trigger takes the display name from it, never a role. */
export const USER_METADATA_ALLOW_LIST = ['handle_new_user()'];

const API_ROLES = `(values ('anon'), ('authenticated')) as api(role)`;
const fnSignature = (p: string) => `${p}.proname || '(' || pg_get_function_identity_arguments(${p}.oid) || ')'`;
const sqlList = (items: string[]) => items.map((i) => `'${i}'`).join(', ');

export const SAFETY_CHECKS: SafetyCheck[] = [
  {
    file: '01-rls-enabled',
    name: 'every table in public has row level security enabled',
    offenders: `select c.relname::text as offender from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relrowsecurity`,
    canary: `alter table public.themes disable row level security`,
  },
  {
    file: '01-rls-enabled',
    name: 'every policy in public applies to anon or authenticated, never to PUBLIC',
    offenders: `select tablename || ': ' || policyname as offender from pg_policies
      where schemaname = 'public' and 'public' = any (roles)`,
    canary: `create policy "everyone reads themes" on public.themes for select using (true)`,
  },
  {
    file: '01-rls-enabled',
    name: 'policies call auth.uid() as (select auth.uid()), evaluated once per statement',
    offenders: `select tablename || ': ' || policyname as offender from pg_policies
      where schemaname = 'public'
        and regexp_replace(coalesce(qual, '') || ' ' || coalesce(with_check, ''), '\\(\\s*SELECT auth\\.uid\\(\\) AS uid\\)', '', 'gi')
            ~* 'auth\\.uid\\(\\)'`,
    canary: `create policy "own profile, slow" on public.profiles for select to authenticated using (id = auth.uid())`,
  },
  {
    file: '01-rls-enabled',
    name: 'views in public run with the rights of the caller (security_invoker), so RLS applies',
    offenders: `select c.relname::text as offender from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'v'
        and not coalesce(c.reloptions @> array['security_invoker=true'], false)`,
    canary: `create view public.all_profiles as select * from public.profiles`,
  },
  {
    file: '03-schema-safety',
    name: 'every SECURITY DEFINER function in public and private fixes its search_path',
    offenders: `select p.oid::regprocedure::text as offender from pg_proc p
      where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace) and p.prosecdef
        and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')`,
    canary: `create function private.unsafe() returns int language sql security definer as 'select 1'`,
  },
  {
    file: '03-schema-safety',
    name: 'every function in public and private fixes its search_path (docs/api.md)',
    offenders: `select p.oid::regprocedure::text as offender from pg_proc p
      where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace)
        and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')`,
    canary: `create function public.loose() returns int language sql as 'select 1'`,
  },
  {
    file: '03-schema-safety',
    name: 'anon, authenticated and PUBLIC hold no INSERT, UPDATE, DELETE or TRUNCATE on anything in public',
    offenders: `select api.role || ' ' || priv.p || ' on ' || c.relname as offender
      from pg_class c
      cross join ${API_ROLES}
      cross join (values ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE')) as priv(p)
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f')
        and case when priv.p in ('INSERT', 'UPDATE') then has_any_column_privilege(api.role, c.oid, priv.p)
                 else has_table_privilege(api.role, c.oid, priv.p) end
      union all
      select 'PUBLIC ' || a.privilege_type || ' on ' || c.relname
      from pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
      where c.relnamespace = 'public'::regnamespace and a.grantee = 0
        and a.privilege_type in ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')`,
    canary: `grant update (description) on public.areas to authenticated`,
  },
  {
    file: '03-schema-safety',
    name: 'no function in public is executable by PUBLIC',
    offenders: `select p.oid::regprocedure::text as offender
      from pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
      where p.pronamespace = 'public'::regnamespace and a.grantee = 0 and a.privilege_type = 'EXECUTE'`,
    canary: `grant execute on function public.admin_list_users() to public`,
  },
  {
    file: '03-schema-safety',
    name: 'private functions that anon or authenticated can execute are on the allow-list',
    offenders: `select api.role || ' can execute private.' || ${fnSignature('p')} as offender
      from pg_proc p cross join ${API_ROLES}
      where p.pronamespace = 'private'::regnamespace and has_function_privilege(api.role, p.oid, 'EXECUTE')
        and ${fnSignature('p')} not in (${sqlList(PRIVATE_EXECUTE_ALLOW_LIST)})`,
    canary: `grant execute on function private.require_user() to anon`,
  },
  {
    file: '03-schema-safety',
    name: 'no policy reads user metadata (roles come from memberships)',
    offenders: `select tablename || ': ' || policyname as offender from pg_policies
      where coalesce(qual, '') || ' ' || coalesce(with_check, '') ~* 'user_?meta_?data'`,
    canary: `create policy "metadata admin" on public.themes for select to authenticated
      using ((select auth.jwt()) -> 'user_metadata' ->> 'role' = 'admin')`,
  },
  {
    file: '03-schema-safety',
    name: 'no function in public or private reads user metadata, except the sign-up trigger',
    offenders: `select p.oid::regprocedure::text as offender from pg_proc p
      where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace)
        and p.prosrc ~* 'user_?meta_?data' and ${fnSignature('p')} not in (${sqlList(USER_METADATA_ALLOW_LIST)})`,
    canary: `create function private.role_from_metadata() returns text language sql stable set search_path = '' as
      $$ select (select auth.jwt()) -> 'user_metadata' ->> 'role' $$`,
  },
  {
    file: '03-schema-safety',
    name: 'functions that later migrations create in public and private are executable by nobody until granted',
    setup: `create function public.probe_later_rpc() returns int language sql set search_path = '' as 'select 1';
      create function private.probe_later_helper() returns int language sql set search_path = '' as 'select 1'`,
    offenders: `select api.role || ' can execute ' || p.oid::regprocedure::text as offender
      from pg_proc p cross join ${API_ROLES}
      where p.proname in ('probe_later_rpc', 'probe_later_helper') and has_function_privilege(api.role, p.oid, 'EXECUTE')`,
    canary: `alter default privileges in schema public grant execute on functions to anon`,
  },
  {
    file: '03-schema-safety',
    name: 'anon and authenticated hold no privilege on any sequence in public or private (issue 16)',
    offenders: `select api.role || ' on sequence ' || c.relname as offender
      from pg_class c cross join ${API_ROLES}
      where c.relkind = 'S' and c.relnamespace in ('public'::regnamespace, 'private'::regnamespace)
        and (has_sequence_privilege(api.role, c.oid, 'USAGE') or has_sequence_privilege(api.role, c.oid, 'SELECT')
             or has_sequence_privilege(api.role, c.oid, 'UPDATE'))`,
    canary: `grant usage on sequence public.audit_log_id_seq to anon`,
  },
  {
    file: '03-schema-safety',
    name: 'anon and authenticated cannot create objects in public, private or auth',
    offenders: `select api.role || ' can create in ' || n.nspname as offender
      from pg_namespace n cross join ${API_ROLES}
      where n.nspname in ('public', 'private', 'auth') and has_schema_privilege(api.role, n.oid, 'CREATE')`,
    canary: `grant create on schema private to authenticated`,
  },
];
