-- What a hosted Supabase project already has before our migrations run, built the way Supabase builds it: the
-- roles (postgres NOT a superuser), the auth schema owned by supabase_auth_admin with GoTrue's auth.users, Realtime's
-- partitioned realtime.messages owned by supabase_realtime_admin, auth.uid()/role()/jwt(), realtime.topic(), and
-- Supabase's grants and default privileges. NOT a migration: a real project provides all of it.
-- Run as a superuser: `supabase_admin` on the PostgreSQL 15 test cluster (scripts/pgtap.sh), `postgres` in PGlite
-- (the embedded backend and the tests). Idempotent: the embedded backend runs it on every start.
-- Sources, and every difference from a hosted project that we rely on: supabase/shim/README.md.

-- ── roles ────────────────────────────────────────────────────────────────────────────────────────────────
-- supabase/postgres migrations/db/migrations/10000000000000_demote-postgres.sql:
--   ALTER ROLE postgres NOSUPERUSER CREATEDB CREATEROLE LOGIN REPLICATION BYPASSRLS.
-- In PGlite `postgres` is the one superuser and stays so (it exists, so nothing is created).
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'postgres') then
    create role postgres nosuperuser createdb createrole login replication bypassrls;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'anon') then create role anon nologin; end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then create role authenticated nologin; end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin bypassrls;
  end if;
  -- GoTrue connects as supabase_auth_admin and owns the auth schema's tables
  if not exists (select 1 from pg_roles where rolname = 'supabase_auth_admin') then
    create role supabase_auth_admin noinherit login noreplication;
  end if;
  -- Realtime owns realtime.messages (supabase/realtime, migration 20260420000000_squash_migrations)
  if not exists (select 1 from pg_roles where rolname = 'supabase_realtime_admin') then
    create role supabase_realtime_admin noinherit nologin noreplication;
  end if;
end $$;
-- 20230529180330_alter_api_roles_for_inherit.sql: the API roles inherit
alter role anon inherit;
alter role authenticated inherit;
alter role service_role inherit;
-- postgres may SET ROLE to the API roles (20250605172253_grant_with_admin_to_postgres_16_and_above.sql), which is how
-- a migration, a seed or a pgTAP test acts as a client.
grant anon, authenticated, service_role to postgres with admin option;
-- postgres creates the RLS policies of realtime.messages (our migration 20261123120000) without owning the table.
-- A hosted project allows that through supautils.policy_grants, or, where that setting does not list Realtime's
-- tables, through this very membership (supabase/realtime 20260606120000_setup_supabase_realtime_admin).
grant supabase_realtime_admin to postgres;

-- ── database, public and extensions ──────────────────────────────────────────────────────────────────────
-- supabase/postgres migrations/tests/database/privs.sql: postgres has CONNECT, TEMPORARY, CREATE on the database,
-- CREATE and USAGE on public and extensions; the API roles USAGE.
do $$
begin
  execute format('grant all on database %I to postgres', current_database());
end $$;
create schema if not exists extensions;
grant usage, create on schema public, extensions to postgres;
grant usage on schema public, extensions to anon, authenticated, service_role;

-- Supabase's default privileges (00000000000000-initial-schema.sql; `supabase db dump` shows them FOR ROLE postgres):
-- whatever postgres creates in public is granted to the API roles, and RLS plus explicit revokes narrow it. Keeping
-- these defaults means our tests catch a migration that forgets to revoke. Set once, like on a project: the embedded
-- backend runs this file on every start, and re-granting would undo a migration's `alter default privileges … revoke`.
do $$
begin
  if to_regnamespace('auth') is null then
    alter default privileges for role postgres in schema public
      grant all on tables to postgres, anon, authenticated, service_role;
    alter default privileges for role postgres in schema public
      grant all on functions to postgres, anon, authenticated, service_role;
    alter default privileges for role postgres in schema public
      grant all on sequences to postgres, anon, authenticated, service_role;
  end if;
end $$;

-- ── auth: GoTrue's schema ────────────────────────────────────────────────────────────────────────────────
-- Owned by the superuser (supabase_admin on a project); GoTrue's tables belong to supabase_auth_admin.
create schema if not exists auth;
grant all on schema auth to supabase_auth_admin;
grant usage on schema auth to postgres, anon, authenticated, service_role;

-- auth.users exactly as GoTrue's migrations leave it (supabase/auth migrations/, see README.md): the token columns
-- are nullable WITHOUT a default, and GoTrue scans them into Go strings, so a row with NULL in one of them makes
-- every sign-in answer 500 "Database error querying schema". Writers of auth.users must put '' there.
-- supabase/tests/database/07-supabase-roles.test.sql checks these columns against a transcription of GoTrue's.
create table if not exists auth.users (
  instance_id uuid,
  id uuid not null,
  aud varchar(255),
  role varchar(255),
  email varchar(255),
  encrypted_password varchar(255),
  email_confirmed_at timestamptz,
  invited_at timestamptz,
  confirmation_token varchar(255),
  confirmation_sent_at timestamptz,
  recovery_token varchar(255),
  recovery_sent_at timestamptz,
  email_change_token_new varchar(255),
  email_change varchar(255),
  email_change_sent_at timestamptz,
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  is_super_admin boolean,
  created_at timestamptz,
  updated_at timestamptz,
  phone text default null::character varying,
  phone_confirmed_at timestamptz,
  phone_change text default ''::character varying,
  phone_change_token varchar(255) default ''::character varying,
  phone_change_sent_at timestamptz,
  confirmed_at timestamptz generated always as (least(email_confirmed_at, phone_confirmed_at)) stored,
  email_change_token_current varchar(255) default ''::character varying,
  email_change_confirm_status smallint default 0,
  banned_until timestamptz,
  reauthentication_token varchar(255) default ''::character varying,
  reauthentication_sent_at timestamptz,
  is_sso_user boolean not null default false,
  deleted_at timestamptz,
  is_anonymous boolean not null default false,
  constraint users_pkey primary key (id),
  constraint users_phone_key unique (phone),
  constraint users_email_change_confirm_status_check
    check (email_change_confirm_status >= 0 and email_change_confirm_status <= 2)
);
comment on table auth.users is 'Auth: Stores user login data within a secure schema.';
-- a database built by an earlier version of this file (the embedded backend keeps one in IndexedDB) lacks these
alter table auth.users
  add column if not exists invited_at timestamptz,
  add column if not exists confirmation_sent_at timestamptz,
  add column if not exists recovery_sent_at timestamptz,
  add column if not exists email_change_sent_at timestamptz,
  add column if not exists phone text default null::character varying,
  add column if not exists phone_confirmed_at timestamptz,
  add column if not exists phone_change text default ''::character varying,
  add column if not exists phone_change_token varchar(255) default ''::character varying,
  add column if not exists phone_change_sent_at timestamptz,
  add column if not exists confirmed_at timestamptz
    generated always as (least(email_confirmed_at, phone_confirmed_at)) stored,
  add column if not exists email_change_token_current varchar(255) default ''::character varying,
  add column if not exists email_change_confirm_status smallint default 0,
  add column if not exists banned_until timestamptz,
  add column if not exists reauthentication_token varchar(255) default ''::character varying,
  add column if not exists reauthentication_sent_at timestamptz,
  add column if not exists is_sso_user boolean not null default false;
-- e-mail is unique except for SSO users; a token is unique once it is more than a numeric OTP or ''
create unique index if not exists users_email_partial_key on auth.users (email) where (is_sso_user = false);
create unique index if not exists confirmation_token_idx on auth.users (confirmation_token)
  where confirmation_token !~ '^[0-9 ]*$';
create unique index if not exists recovery_token_idx on auth.users (recovery_token) where recovery_token !~ '^[0-9 ]*$';
create unique index if not exists email_change_token_current_idx on auth.users (email_change_token_current)
  where email_change_token_current !~ '^[0-9 ]*$';
create unique index if not exists email_change_token_new_idx on auth.users (email_change_token_new)
  where email_change_token_new !~ '^[0-9 ]*$';
create unique index if not exists reauthentication_token_idx on auth.users (reauthentication_token)
  where reauthentication_token !~ '^[0-9 ]*$';
create index if not exists users_instance_id_idx on auth.users (instance_id);

create table if not exists auth.identities (
  provider_id text not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  identity_data jsonb not null,
  provider text not null,
  last_sign_in_at timestamptz,
  created_at timestamptz default now(), -- GoTrue: no default (README.md: the embedded sign-up relies on it)
  updated_at timestamptz default now(), -- GoTrue: no default
  email text generated always as (lower(identity_data ->> 'email')) stored,
  id uuid not null default gen_random_uuid(),
  constraint identities_pkey primary key (id),
  constraint identities_provider_id_provider_unique unique (provider_id, provider)
);
create index if not exists identities_user_id_idx on auth.identities (user_id);

-- GoTrue's columns; parent and session_id (and auth.sessions) are added by the embedded backend
-- (src/lib/embedded/auth-sessions.ts), the only code that uses them.
create table if not exists auth.refresh_tokens (
  instance_id uuid,
  id bigserial primary key,
  token varchar(255),
  user_id varchar(255),
  revoked boolean default false,        -- GoTrue: no default (README.md: the embedded refresh relies on it)
  created_at timestamptz default now(), -- GoTrue: no default
  updated_at timestamptz default now(), -- GoTrue: no default
  constraint refresh_tokens_token_unique unique (token)
);

alter table auth.users owner to supabase_auth_admin;
alter table auth.identities owner to supabase_auth_admin;
alter table auth.refresh_tokens owner to supabase_auth_admin;
-- GoTrue enables RLS on its tables (20240612123726_enable_rls_update_grants); postgres has BYPASSRLS.
alter table auth.users enable row level security;
alter table auth.identities enable row level security;
alter table auth.refresh_tokens enable row level security;
-- What a project grants postgres on GoTrue's tables (`supabase db dump`: every privilege, SELECT with grant option):
-- enough to insert demo users in a seed and to create a trigger on auth.users (TRIGGER), not to alter or drop them.
grant all on auth.users, auth.identities, auth.refresh_tokens to postgres;
grant select on auth.users, auth.identities, auth.refresh_tokens to postgres with grant option;
grant all on sequence auth.refresh_tokens_id_seq to postgres;

-- GoTrue's definitions (20220224000811_update_auth_functions, 20220531120530_add_auth_jwt_function)
create or replace function auth.uid() returns uuid language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;
create or replace function auth.role() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;
create or replace function auth.email() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;
create or replace function auth.jwt() returns jsonb language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;
alter function auth.uid() owner to supabase_auth_admin;
alter function auth.role() owner to supabase_auth_admin;
alter function auth.email() owner to supabase_auth_admin;
alter function auth.jwt() owner to supabase_auth_admin;
grant execute on function auth.uid(), auth.role(), auth.email(), auth.jwt()
  to postgres, anon, authenticated, service_role;

-- ── realtime: Realtime Authorization's table ─────────────────────────────────────────────────────────────
-- Realtime checks a client's right to join a private channel, receive (select) and send or track presence (insert)
-- by running these statements against realtime.messages as that client, with realtime.topic() returning the
-- channel's topic. Table, owner and grants as supabase/realtime's 20260420000000_squash_migrations leaves them, with
-- the default partition of 20260604120000_add_messages_default_partition (Realtime also adds one per day).
create schema if not exists realtime;
grant usage on schema realtime to postgres, anon, authenticated, service_role;
grant all on schema realtime to supabase_realtime_admin with grant option;
create table if not exists realtime.messages (
  topic text not null,
  extension text not null,
  payload jsonb,
  event text,
  private boolean default false,
  updated_at timestamp without time zone not null default now(),
  inserted_at timestamp without time zone not null default now(),
  id uuid not null default gen_random_uuid(),
  constraint messages_pkey primary key (id, inserted_at)
) partition by range (inserted_at);
do $$
begin
  -- a database built by an earlier shim has an unpartitioned table; the embedded backend rebuilds such a database
  if (select relkind from pg_class where oid = 'realtime.messages'::regclass) = 'p' then
    create table if not exists realtime.messages_default partition of realtime.messages default;
    alter table realtime.messages_default owner to supabase_realtime_admin;
  end if;
end $$;
alter table realtime.messages owner to supabase_realtime_admin;
alter table realtime.messages enable row level security;
grant select, insert, update on realtime.messages to postgres, anon, authenticated, service_role;
grant delete, truncate, references, trigger on realtime.messages to postgres;
create or replace function realtime.topic() returns text language sql stable as $$
  select nullif(current_setting('realtime.topic', true), '')::text
$$;
alter function realtime.topic() owner to supabase_realtime_admin;
grant execute on function realtime.topic() to postgres, anon, authenticated, service_role;

-- ── storage: Supabase Storage's schema ───────────────────────────────────────────────────────────────────
-- The Storage API (supabase/storage) connects as supabase_storage_admin and runs every object operation as the
-- client (role + request.jwt.claims, like PostgREST), so the RLS policies on storage.objects decide who may upload,
-- read and delete. Tables, columns, owner and grants as supabase/storage's tenant migrations leave them
-- (0002-storage-schema, 0007-add-public-to-buckets, 0010 updated_at trigger, 0012-add-bucket-custom-limits,
-- 0014-add-version, 0017 owner_id, 0025-custom-metadata, 0050-prevent-direct-deletes); README.md lists what is
-- left out. The bytes of a file live outside Postgres on a project (S3); the embedded backend keeps them in its own
-- table (src/lib/embedded/storage.ts).
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'supabase_storage_admin') then
    create role supabase_storage_admin noinherit createrole login noreplication;
  end if;
end $$;
-- storage-api switches to the client's role for each request
grant anon, authenticated, service_role to supabase_storage_admin;
-- postgres creates the RLS policies of storage.objects (our migrations) without owning the table. A hosted project
-- allows that through supautils.policy_grants; without supautils this membership stands in for it (README.md).
grant supabase_storage_admin to postgres;

create schema if not exists storage;
grant usage on schema storage to postgres, anon, authenticated, service_role;
grant all on schema storage to supabase_storage_admin;

create table if not exists storage.buckets (
  id text not null,
  name text not null,
  owner uuid,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  public boolean default false,
  avif_autodetection boolean default false,
  file_size_limit bigint,
  allowed_mime_types text[],
  owner_id text,
  constraint buckets_pkey primary key (id)
);
create unique index if not exists bname on storage.buckets using btree (name);
comment on column storage.buckets.owner is 'Field is deprecated, use owner_id instead';

create table if not exists storage.objects (
  id uuid not null default gen_random_uuid(),
  bucket_id text,
  name text,
  owner uuid,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  last_accessed_at timestamptz default now(),
  metadata jsonb,
  path_tokens text[] generated always as (string_to_array(name, '/')) stored,
  version text,
  owner_id text,
  user_metadata jsonb,
  constraint objects_pkey primary key (id),
  constraint "objects_bucketId_fkey" foreign key (bucket_id) references storage.buckets (id)
);
create unique index if not exists bucketid_objname on storage.objects using btree (bucket_id, name);
create index if not exists name_prefix_search on storage.objects using btree (name text_pattern_ops);
comment on column storage.objects.owner is 'Field is deprecated, use owner_id instead';

create or replace function storage.foldername(name text) returns text[] language plpgsql as $function$
declare
  _parts text[];
begin
  select string_to_array(name, '/') into _parts;
  return _parts[1:array_length(_parts, 1) - 1];
end
$function$;
create or replace function storage.filename(name text) returns text language plpgsql as $function$
declare
  _parts text[];
begin
  select string_to_array(name, '/') into _parts;
  return _parts[array_length(_parts, 1)];
end
$function$;
create or replace function storage.extension(name text) returns text language plpgsql as $function$
declare
  _parts text[];
  _filename text;
begin
  select string_to_array(name, '/') into _parts;
  select _parts[array_length(_parts, 1)] into _filename;
  return reverse(split_part(reverse(_filename), '.', 1));
end
$function$;
create or replace function storage.operation() returns text language plpgsql stable as $function$
begin
  return current_setting('storage.operation', true);
end;
$function$;
create or replace function storage.update_updated_at_column() returns trigger language plpgsql as $function$
begin
  new.updated_at = now();
  return new;
end;
$function$;
-- 0050-prevent-direct-deletes: a DELETE from SQL would orphan the file in the storage backend, so only the Storage
-- API deletes (it sets storage.allow_delete_query for its own statement).
create or replace function storage.protect_delete() returns trigger language plpgsql as $function$
begin
  if coalesce(current_setting('storage.allow_delete_query', true), 'false') != 'true' then
    raise exception 'Direct deletion from storage tables is not allowed. Use the Storage API instead.'
      using hint = 'This prevents accidental data loss from orphaned objects.', errcode = '42501';
  end if;
  return null;
end;
$function$;
drop trigger if exists update_objects_updated_at on storage.objects;
create trigger update_objects_updated_at before update on storage.objects
  for each row execute function storage.update_updated_at_column();
drop trigger if exists protect_objects_delete on storage.objects;
create trigger protect_objects_delete before delete on storage.objects
  for each statement execute function storage.protect_delete();
drop trigger if exists protect_buckets_delete on storage.buckets;
create trigger protect_buckets_delete before delete on storage.buckets
  for each statement execute function storage.protect_delete();

alter table storage.buckets owner to supabase_storage_admin;
alter table storage.objects owner to supabase_storage_admin;
alter function storage.foldername(text) owner to supabase_storage_admin;
alter function storage.filename(text) owner to supabase_storage_admin;
alter function storage.extension(text) owner to supabase_storage_admin;
alter function storage.operation() owner to supabase_storage_admin;
alter function storage.update_updated_at_column() owner to supabase_storage_admin;
alter function storage.protect_delete() owner to supabase_storage_admin;
alter table storage.buckets enable row level security;
alter table storage.objects enable row level security;
-- what a project grants (`supabase db dump`): everything to the API roles and postgres, RLS narrows it
grant all on storage.buckets, storage.objects to postgres, anon, authenticated, service_role;
grant all on storage.buckets, storage.objects to supabase_storage_admin;
grant execute on function storage.foldername(text), storage.filename(text), storage.extension(text),
  storage.operation() to postgres, anon, authenticated, service_role;
