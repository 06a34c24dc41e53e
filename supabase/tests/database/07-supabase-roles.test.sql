-- The test run builds the database the way a hosted Supabase project has it (supabase/shim/README.md), and applies
-- the migrations and the seed as postgres, which is not a superuser there (scripts/pgtap.sh). This proves it:
-- postgres is no superuser and owns what the migrations made, GoTrue's and Realtime's tables belong to their own
-- roles, the seeded accounts have no NULL where GoTrue reads a string, and the shim's auth.users is GoTrue's.
begin;
select plan(20);

-- ── postgres: the role that ran the migrations and the seed ──────────────────────────────────────────────
select is((select rolsuper from pg_roles where rolname = 'postgres'), false, 'postgres is not a superuser');
select is((select rolcreaterole and rolbypassrls and rolcanlogin from pg_roles where rolname = 'postgres'), true,
  'postgres has CREATEROLE, BYPASSRLS and LOGIN, as on a Supabase project');
select is(current_user::text, 'postgres', 'the tests run as postgres');
select is_empty($$
  select c.relname from pg_class c
  where c.relnamespace in ('public'::regnamespace, 'private'::regnamespace) and c.relkind in ('r', 'p', 'v', 'S')
    and c.relowner <> 'postgres'::regrole $$,
  'every table, view and sequence in public and private belongs to postgres (the migrations ran as postgres)');
select is_empty($$
  select p.proname from pg_proc p
  where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace) and p.proowner <> 'postgres'::regrole $$,
  'every function in public and private belongs to postgres, so security definer runs without superuser rights');
select is((select count(*)::int from public.areas), 8, 'the reference data (migration 20261201090000) is there');
select ok(not pg_has_role('postgres', 'supabase_auth_admin', 'usage'), 'postgres is not a member of supabase_auth_admin');

-- ── auth: GoTrue's tables ────────────────────────────────────────────────────────────────────────────────
select table_owner_is('auth', 'users', 'supabase_auth_admin', 'auth.users belongs to supabase_auth_admin');
select table_owner_is('auth', 'identities', 'supabase_auth_admin', 'auth.identities belongs to supabase_auth_admin');
select ok(has_table_privilege('postgres', 'auth.users', 'insert, select, trigger'),
  'postgres may insert into auth.users and put a trigger on it (not own it)');
select is_empty($$
  select email from auth.users
  where aud is null or role is null or confirmation_token is null or recovery_token is null
     or email_change_token_new is null or email_change is null or email_change_token_current is null
     or phone_change is null or phone_change_token is null or reauthentication_token is null
     or is_super_admin is null or created_at is null or updated_at is null or email_change_confirm_status is null $$,
  'no seeded account has NULL in a column GoTrue scans into a Go string, bool, int or time (500 on sign-in)');
select is((select count(*)::int from auth.users), 5, 'the demo seed created the five demo accounts');

-- GoTrue's auth.users: the columns its migrations leave (github.com/supabase/auth, migrations/00_init_auth_schema,
-- 20210710035447_alter_users, 20210722035447_adds_confirmed_at, 20210730183235_add_email_change_confirmed,
-- 20220114185340_add_banned_until, 20220323170000_add_user_reauthentication, 20221130112646_add_deleted_at,
-- 20221215195500_modify_users_email_unique_index, 20230116124310_alter_phone_type and the is_anonymous column),
-- transcribed from `pg_dump --schema-only` of hosted projects (2025-2026). The Go struct that reads them:
-- internal/models/user.go. Name, type, NOT NULL, default (or generated expression).
select is_empty($$
  with shim (name, type, not_null, default_or_generated) as (
    select a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull,
           coalesce(pg_get_expr(d.adbin, d.adrelid), '') || case a.attgenerated when 's' then ' (generated)' else '' end
    from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where a.attrelid = 'auth.users'::regclass and a.attnum > 0 and not a.attisdropped
  ), gotrue (name, type, not_null, default_or_generated) as (values
    ('aud', 'character varying(255)', false, ''),
    ('banned_until', 'timestamp with time zone', false, ''),
    ('confirmation_sent_at', 'timestamp with time zone', false, ''),
    ('confirmation_token', 'character varying(255)', false, ''),
    ('confirmed_at', 'timestamp with time zone', false, 'LEAST(email_confirmed_at, phone_confirmed_at) (generated)'),
    ('created_at', 'timestamp with time zone', false, ''),
    ('deleted_at', 'timestamp with time zone', false, ''),
    ('email', 'character varying(255)', false, ''),
    ('email_change', 'character varying(255)', false, ''),
    ('email_change_confirm_status', 'smallint', false, '0'),
    ('email_change_sent_at', 'timestamp with time zone', false, ''),
    ('email_change_token_current', 'character varying(255)', false, '''''::character varying'),
    ('email_change_token_new', 'character varying(255)', false, ''),
    ('email_confirmed_at', 'timestamp with time zone', false, ''),
    ('encrypted_password', 'character varying(255)', false, ''),
    ('id', 'uuid', true, ''),
    ('instance_id', 'uuid', false, ''),
    ('invited_at', 'timestamp with time zone', false, ''),
    ('is_anonymous', 'boolean', true, 'false'),
    ('is_sso_user', 'boolean', true, 'false'),
    ('is_super_admin', 'boolean', false, ''),
    ('last_sign_in_at', 'timestamp with time zone', false, ''),
    ('phone', 'text', false, 'NULL::character varying'),
    ('phone_change', 'text', false, '''''::character varying'),
    ('phone_change_sent_at', 'timestamp with time zone', false, ''),
    ('phone_change_token', 'character varying(255)', false, '''''::character varying'),
    ('phone_confirmed_at', 'timestamp with time zone', false, ''),
    ('raw_app_meta_data', 'jsonb', false, ''),
    ('raw_user_meta_data', 'jsonb', false, ''),
    ('reauthentication_sent_at', 'timestamp with time zone', false, ''),
    ('reauthentication_token', 'character varying(255)', false, '''''::character varying'),
    ('recovery_sent_at', 'timestamp with time zone', false, ''),
    ('recovery_token', 'character varying(255)', false, ''),
    ('role', 'character varying(255)', false, ''),
    ('updated_at', 'timestamp with time zone', false, '')
  )
  (select 'only in the shim', * from shim except select 'only in the shim', * from gotrue)
  union all
  (select 'only in GoTrue', * from gotrue except select 'only in GoTrue', * from shim) $$,
  'auth.users has exactly GoTrue''s columns, types, nullability and defaults');

-- ── realtime: Realtime's table ───────────────────────────────────────────────────────────────────────────
select is((select relkind::text from pg_class where oid = 'realtime.messages'::regclass), 'p',
  'realtime.messages is partitioned');
select is(pg_get_partkeydef('realtime.messages'::regclass), 'RANGE (inserted_at)',
  'realtime.messages is partitioned by range of inserted_at');
select table_owner_is('realtime', 'messages', 'supabase_realtime_admin',
  'realtime.messages belongs to supabase_realtime_admin');
select is((select count(*)::int from pg_policies where schemaname = 'realtime' and tablename = 'messages'), 4,
  'the migrations (as postgres) put the four channel policies on realtime.messages (issue 16: presence apart)');
select function_owner_is('realtime', 'topic', array[]::name[], 'supabase_realtime_admin',
  'realtime.topic() belongs to supabase_realtime_admin');
select ok((select relrowsecurity from pg_class where oid = 'realtime.messages'::regclass),
  'row level security is enabled on realtime.messages');
select function_owner_is('auth', 'uid', array[]::name[], 'supabase_auth_admin',
  'auth.uid() belongs to supabase_auth_admin');

select * from finish();
rollback;
