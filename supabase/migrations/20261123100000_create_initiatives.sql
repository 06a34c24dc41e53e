-- Initiatives (bewonersinitiatieven, issue 4): residents propose an initiative at a place on the map; the area team
-- of the area moves it along ingediend → in_behandeling → opgenomen (an agenda item) → in_uitvoering (a plan action)
-- → gerealiseerd, or afgewezen with a public reason; everyone follows the chain initiative → agenda item → vision
-- goal → plan action → progress, and back.
--
--   initiatives                 one row per initiative; lng/lat are the PUBLIC place (rounded to ~250 m when the
--                               place is the proposer's home); district and area are derived from the place
--   initiative_places           the exact place; only the proposer, the area team of the area and admins read it
--   initiative_status_changes   every status change with its (public) explanation; written by a trigger
--   initiative_supports         one support per user per initiative; counts are kept on initiatives.support_count
--   initiative_comments         comments on an initiative
--   abuse_reports               reports of an initiative or comment; at REPORT_THRESHOLD open reports it is hidden
--                               from the public until an admin restores or removes it
--   notifications               in-app notifications (status changes, comments) for the proposer
--
-- Every write a resident can make is rate limited per user and action (private.check_rate_limit, SQLSTATE PT429:
-- PostgREST answers it with HTTP 429). public.add_comment of the documents migration is redefined with that limit.

-- ── types ────────────────────────────────────────────────────────────────────────────────────────────────
create type public.initiative_status as enum
  ('ingediend', 'in_behandeling', 'opgenomen', 'in_uitvoering', 'gerealiseerd', 'afgewezen');
create type public.report_target as enum ('initiative', 'comment');
create type public.moderation_decision as enum ('restore', 'remove');

-- ── tables ───────────────────────────────────────────────────────────────────────────────────────────────
create table public.initiatives (
  id uuid primary key default gen_random_uuid(),
  author_id uuid references public.profiles (id) on delete set null,
  title text not null check (char_length(title) between 5 and 120),
  description text not null check (char_length(description) between 20 and 4000),
  theme_id uuid not null references public.themes (id),
  district_id uuid not null references public.districts (id),
  area_id uuid not null references public.areas (id),
  lng double precision not null check (lng between -180 and 180),
  lat double precision not null check (lat between -90 and 90),
  is_home boolean not null default false,
  place_description text not null default '' check (char_length(place_description) <= 300),
  placed_by_district boolean not null default false,
  status public.initiative_status not null default 'ingediend',
  agenda_item_lineage_id uuid,
  plan_action_lineage_id uuid,
  rejection_reason text check (char_length(rejection_reason) between 2 and 2000),
  support_count integer not null default 0 check (support_count >= 0),
  hidden_at timestamptz,
  removed_at timestamptz,
  is_example boolean not null default false,
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint initiatives_agenda_item check (
    status not in ('opgenomen', 'in_uitvoering', 'gerealiseerd') or agenda_item_lineage_id is not null),
  constraint initiatives_plan_action check (
    status not in ('in_uitvoering', 'gerealiseerd') or plan_action_lineage_id is not null),
  constraint initiatives_rejection check ((status = 'afgewezen') = (rejection_reason is not null))
);
comment on table public.initiatives is
  'Bewonersinitiatieven. lng/lat is the public place (rounded to about 250 m when is_home); the exact place is in '
  'initiative_places. district_id and area_id are derived from the place. version is the optimistic lock.';

create table public.initiative_places (
  initiative_id uuid primary key references public.initiatives (id) on delete cascade,
  author_id uuid references public.profiles (id) on delete set null,
  area_id uuid not null references public.areas (id),
  lng double precision not null,
  lat double precision not null
);
comment on table public.initiative_places is
  'The exact place of an initiative: only the proposer, the area team of the area and admins read it.';

create table public.initiative_status_changes (
  id bigint generated always as identity primary key,
  initiative_id uuid not null references public.initiatives (id) on delete cascade,
  area_id uuid not null references public.areas (id),
  from_status public.initiative_status,
  to_status public.initiative_status not null,
  explanation text not null default '' check (char_length(explanation) <= 2000),
  changed_by uuid references public.profiles (id) on delete set null,
  changed_at timestamptz not null default now()
);
comment on table public.initiative_status_changes is 'Every status of an initiative with its public explanation. Written by a trigger.';

create table public.initiative_supports (
  id uuid primary key default gen_random_uuid(),
  initiative_id uuid not null references public.initiatives (id) on delete cascade,
  user_id uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint initiative_supports_once unique (initiative_id, user_id)
);
comment on table public.initiative_supports is
  'One support per user per initiative; user_id becomes null (the support stays, anonymised) when the account goes.';

create table public.initiative_comments (
  id uuid primary key default gen_random_uuid(),
  initiative_id uuid not null references public.initiatives (id) on delete cascade,
  area_id uuid not null references public.areas (id),
  author_id uuid references public.profiles (id) on delete set null,
  is_area_team boolean not null default false,
  body text not null check (char_length(body) between 2 and 2000),
  hidden_at timestamptz,
  removed_at timestamptz,
  created_at timestamptz not null default now()
);
comment on table public.initiative_comments is 'Comments on an initiative; is_area_team marks a comment by the area team of its area.';

create table public.abuse_reports (
  id uuid primary key default gen_random_uuid(),
  target_kind public.report_target not null,
  target_id uuid not null,
  area_id uuid not null references public.areas (id),
  reporter_id uuid references public.profiles (id) on delete set null,
  reason text not null default '' check (char_length(reason) <= 500),
  created_at timestamptz not null default now(),
  resolved_at timestamptz,
  resolution public.moderation_decision,
  resolved_by uuid references public.profiles (id) on delete set null,
  constraint abuse_reports_once unique (target_kind, target_id, reporter_id),
  constraint abuse_reports_resolved check ((resolved_at is null) = (resolution is null))
);
comment on table public.abuse_reports is
  'Reports of an initiative or initiative comment, once per reporter. Open reports at the threshold hide the target.';

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  initiative_id uuid references public.initiatives (id) on delete cascade,
  kind text not null check (kind in ('status_changed', 'comment_added')),
  payload jsonb not null default '{}',
  created_at timestamptz not null default now(),
  read_at timestamptz
);
comment on table public.notifications is 'In-app notifications; each user reads and marks only their own.';

-- Per-user rate limits of resident writes (private: not exposed through the API).
create table private.rate_limits (
  action text primary key,
  max_events integer not null check (max_events > 0),
  per interval not null,
  label text not null
);
create table private.rate_limit_events (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  action text not null references private.rate_limits (action),
  created_at timestamptz not null default now()
);
insert into private.rate_limits (action, max_events, per, label) values
  ('propose_initiative', 5, '1 hour', 'een initiatief voorgesteld'),
  ('support_initiative', 30, '1 hour', 'een initiatief gesteund'),
  ('comment_initiative', 10, '10 minutes', 'gereageerd op een initiatief'),
  ('report_abuse', 10, '1 hour', 'iets gemeld'),
  ('document_comment', 10, '10 minutes', 'gereageerd op een document');

-- ── indexes ──────────────────────────────────────────────────────────────────────────────────────────────
create index initiatives_area_id_idx on public.initiatives (area_id, status);
create index initiatives_author_id_idx on public.initiatives (author_id);
create index initiatives_district_id_idx on public.initiatives (district_id);
create index initiatives_theme_id_idx on public.initiatives (theme_id);
create index initiatives_agenda_item_idx on public.initiatives (agenda_item_lineage_id);
create index initiatives_plan_action_idx on public.initiatives (plan_action_lineage_id);
create index initiatives_created_at_idx on public.initiatives (created_at desc);
create index initiative_places_author_id_idx on public.initiative_places (author_id);
create index initiative_places_area_id_idx on public.initiative_places (area_id);
create index initiative_status_changes_initiative_idx on public.initiative_status_changes (initiative_id, id);
create index initiative_status_changes_area_id_idx on public.initiative_status_changes (area_id);
create index initiative_supports_user_id_idx on public.initiative_supports (user_id);
create index initiative_comments_initiative_idx on public.initiative_comments (initiative_id, created_at);
create index initiative_comments_author_id_idx on public.initiative_comments (author_id);
create index initiative_comments_area_id_idx on public.initiative_comments (area_id);
create index abuse_reports_target_idx on public.abuse_reports (target_kind, target_id) where resolved_at is null;
create index abuse_reports_reporter_id_idx on public.abuse_reports (reporter_id);
create index notifications_user_id_idx on public.notifications (user_id, created_at desc);
create index rate_limit_events_user_idx on private.rate_limit_events (user_id, action, created_at);

-- ── private helpers ──────────────────────────────────────────────────────────────────────────────────────
-- Raises PT429 (HTTP 429) when the caller already did p_action max_events times within `per`; else records it.
-- A write that fails afterwards rolls the record back with it, so only successful writes count.
create function private.check_rate_limit(p_action text) returns void
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_rule private.rate_limits;
  v_count integer;
  v_oldest timestamptz;
begin
  select * into v_rule from private.rate_limits where action = p_action;
  if not found then
    raise exception using errcode = '22023', message = 'Onbekende handeling voor de limiet.';
  end if;
  perform pg_advisory_xact_lock(hashtextextended(v_uid::text || '/' || p_action, 0));
  select count(*), min(created_at) into v_count, v_oldest from private.rate_limit_events
  where user_id = v_uid and action = p_action and created_at > now() - v_rule.per;
  if v_count >= v_rule.max_events then
    raise exception using errcode = 'PT429',
      message = format('Je hebt in korte tijd al %s keer %s. Probeer het over %s opnieuw.', v_rule.max_events,
        v_rule.label, case when ceil(extract(epoch from v_oldest + v_rule.per - now()) / 60) <= 1 then 'een minuut'
                           else ceil(extract(epoch from v_oldest + v_rule.per - now()) / 60)::int || ' minuten' end),
      hint = 'rate_limited';
  end if;
  insert into private.rate_limit_events (user_id, action) values (v_uid, p_action);
end $$;

-- point_in_geometry (documents migration) is planned with the default row estimates of its set-returning functions
-- (100 x 100 x 1000 rows), so PostgreSQL 15 with JIT on (as on Supabase) compiles it on every call: about a second
-- for one point, minutes for district_anchor. The functions below and it run without JIT.
alter function private.point_in_geometry(double precision, double precision, jsonb) set jit = off;

-- The district that contains the point, or null (outside the gemeente).
create function private.district_at(p_lng double precision, p_lat double precision) returns uuid
  language sql stable security definer set search_path = '' set jit = off as $$
  select d.id from public.districts d
  where p_lng between d.min_lng and d.max_lng and p_lat between d.min_lat and d.max_lat
    and private.point_in_geometry(p_lng, p_lat, d.geometry)
  order by d.code
  limit 1
$$;

-- A point inside the district, for an initiative placed by choosing the wijk from a list: the point of a 21×21 grid
-- over the bounding box nearest to its centre that lies inside.
create function private.district_anchor(p_district_id uuid) returns double precision[]
  language sql stable security definer set search_path = '' set jit = off as $$
  select array[round((d.min_lng + (d.max_lng - d.min_lng) * gx / 20)::numeric, 6)::float8,
               round((d.min_lat + (d.max_lat - d.min_lat) * gy / 20)::numeric, 6)::float8]
  from public.districts d
  cross join generate_series(0, 20) gx
  cross join generate_series(0, 20) gy
  where d.id = p_district_id
    and private.point_in_geometry(round((d.min_lng + (d.max_lng - d.min_lng) * gx / 20)::numeric, 6)::float8,
                                  round((d.min_lat + (d.max_lat - d.min_lat) * gy / 20)::numeric, 6)::float8, d.geometry)
  order by (gx - 10) * (gx - 10) + (gy - 10) * (gy - 10), gx, gy
  limit 1
$$;

-- A home address is shown publicly at reduced precision: the centre of its cell in a grid of about 250 × 250 m.
create function private.coarse_point(p_lng double precision, p_lat double precision) returns double precision[]
  language sql immutable set search_path = '' as $$
  select array[round(((floor(p_lng / 0.0036) + 0.5) * 0.0036)::numeric, 6)::float8,
               round(((floor(p_lat / 0.00225) + 0.5) * 0.00225)::numeric, 6)::float8]
$$;

-- May the caller see the exact place and the moderation state: the proposer, the area team of the area, admins.
create function private.can_see_initiative_private(p_initiative_id uuid) returns boolean
  language sql stable security definer set search_path = '' as $$
  select (select auth.uid()) is not null and exists (
    select 1 from public.initiatives i
    where i.id = p_initiative_id
      and (i.author_id = (select auth.uid()) or private.can_edit_area(i.area_id)))
$$;

create function private.initiative_exact_place(p_initiative_id uuid) returns jsonb
  language sql stable security definer set search_path = '' as $$
  select jsonb_build_object('lng', p.lng, 'lat', p.lat) from public.initiative_places p
  where p.initiative_id = p_initiative_id and private.can_see_initiative_private(p_initiative_id)
$$;

-- Whether the CALLER supports / reported this initiative (the tables are not readable by visitors).
create function private.my_initiative_flags(p_initiative_id uuid) returns jsonb
  language sql stable security definer set search_path = '' as $$
  select jsonb_build_object(
    'supported_by_me', (select auth.uid()) is not null and exists (
      select 1 from public.initiative_supports s where s.initiative_id = p_initiative_id and s.user_id = (select auth.uid())),
    'reported_by_me', (select auth.uid()) is not null and exists (
      select 1 from public.abuse_reports r where r.target_kind = 'initiative' and r.target_id = p_initiative_id
        and r.reporter_id = (select auth.uid())))
$$;

-- The newest version (visible to the caller: security invoker) of the entry with this lineage, as JSON.
create function private.lineage_entry_json(p_lineage_id uuid) returns jsonb
  language sql stable set search_path = '' as $$
  select private.entry_json(e) || jsonb_build_object(
    'document', jsonb_build_object('id', d.id, 'slug', d.slug, 'kind', d.kind, 'title', d.title,
                                   'status', d.status, 'version_no', d.version_no))
  from public.entries e join public.documents d on d.id = e.document_id
  where e.lineage_id = p_lineage_id
  order by d.version_no desc
  limit 1
$$;

create function private.initiative_json(i public.initiatives) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object(
    'id', i.id, 'title', i.title, 'description', i.description, 'status', i.status,
    'location', jsonb_build_object('lng', i.lng, 'lat', i.lat), 'is_home', i.is_home,
    'place_description', i.place_description, 'placed_by_district', i.placed_by_district,
    'theme', (select jsonb_build_object('id', t.id, 'slug', t.slug, 'name_nl', t.name_nl, 'name_en', t.name_en)
              from public.themes t where t.id = i.theme_id),
    'district', (select jsonb_build_object('id', d.id, 'code', d.code, 'name', d.name) from public.districts d
                 where d.id = i.district_id),
    'area', (select jsonb_build_object('id', a.id, 'slug', a.slug, 'name', a.name) from public.areas a where a.id = i.area_id),
    'author_name', coalesce(private.display_name(i.author_id), 'Oud-gebruiker'),
    'is_own', i.author_id is not null and i.author_id = (select auth.uid()),
    'agenda_item_lineage_id', i.agenda_item_lineage_id, 'plan_action_lineage_id', i.plan_action_lineage_id,
    'rejection_reason', i.rejection_reason, 'support_count', i.support_count,
    'comment_count', (select count(*) from public.initiative_comments c
                      where c.initiative_id = i.id and c.removed_at is null and c.hidden_at is null),
    'is_hidden', i.hidden_at is not null, 'is_removed', i.removed_at is not null,
    'is_example', i.is_example, 'version', i.version, 'created_at', i.created_at, 'updated_at', i.updated_at)
$$;

create function private.initiative_comment_json(c public.initiative_comments) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object(
    'id', c.id, 'initiative_id', c.initiative_id,
    'body', case when c.removed_at is null then c.body else '' end,
    'author_name', coalesce(private.display_name(c.author_id), 'Oud-gebruiker'),
    'is_area_team', c.is_area_team,
    'is_own', c.author_id is not null and c.author_id = (select auth.uid()),
    'is_hidden', c.hidden_at is not null, 'is_removed', c.removed_at is not null,
    'created_at', c.created_at)
$$;

-- The allowed next statuses. Also the rule the trigger enforces.
create function private.initiative_next_statuses(p_status public.initiative_status) returns public.initiative_status[]
  language sql immutable set search_path = '' as $$
  select case p_status
    when 'ingediend' then array['in_behandeling', 'afgewezen']::public.initiative_status[]
    when 'in_behandeling' then array['opgenomen', 'afgewezen']::public.initiative_status[]
    when 'opgenomen' then array['in_uitvoering', 'afgewezen']::public.initiative_status[]
    when 'in_uitvoering' then array['gerealiseerd']::public.initiative_status[]
    when 'afgewezen' then array['in_behandeling']::public.initiative_status[]
    else array[]::public.initiative_status[] end
$$;

create function private.initiative_status_label(p_status public.initiative_status) returns text
  language sql immutable set search_path = '' as $$
  select case p_status
    when 'ingediend' then 'ingediend' when 'in_behandeling' then 'in behandeling'
    when 'opgenomen' then 'opgenomen in de agenda' when 'in_uitvoering' then 'in uitvoering'
    when 'gerealiseerd' then 'gerealiseerd' else 'afgewezen' end
$$;

-- ── triggers ─────────────────────────────────────────────────────────────────────────────────────────────
-- Guards the workflow on every write, also when a function forgets to: only allowed transitions, and the derived
-- columns (district, area, author) never change.
create function private.initiatives_before_write() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    if new.status <> 'ingediend' then
      raise exception using errcode = '22023', message = 'Een nieuw initiatief begint als ingediend.';
    end if;
    return new;
  end if;
  if new.area_id <> old.area_id or new.district_id <> old.district_id
     or new.author_id is distinct from old.author_id and new.author_id is not null then
    raise exception using errcode = '22023', message = 'Plek, gebied en indiener van een initiatief liggen vast.';
  end if;
  if new.status <> old.status and not new.status = any (private.initiative_next_statuses(old.status)) then
    raise exception using errcode = '22023',
      message = format('Een initiatief dat %s is, kan niet naar %s.', private.initiative_status_label(old.status),
                       private.initiative_status_label(new.status));
  end if;
  new.updated_at := now();
  return new;
end $$;

create function private.initiatives_after_write() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' or new.status <> old.status then
    insert into public.initiative_status_changes (initiative_id, area_id, from_status, to_status, explanation, changed_by)
    values (new.id, new.area_id, case when tg_op = 'UPDATE' then old.status end, new.status,
            coalesce(nullif(current_setting('agendakaart.status_explanation', true), ''), ''),
            private.current_profile_id());
  end if;
  return null;
end $$;

-- The proposer hears of every status change and every comment by someone else.
create function private.notify_status_change() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare
  v_i public.initiatives;
begin
  select * into v_i from public.initiatives where id = new.initiative_id;
  if new.from_status is not null and v_i.author_id is not null and v_i.author_id is distinct from new.changed_by then
    insert into public.notifications (user_id, initiative_id, kind, payload)
    values (v_i.author_id, v_i.id, 'status_changed', jsonb_build_object(
      'title', v_i.title, 'from_status', new.from_status, 'to_status', new.to_status,
      'explanation', new.explanation));
  end if;
  return null;
end $$;

create function private.notify_comment() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare
  v_i public.initiatives;
begin
  select * into v_i from public.initiatives where id = new.initiative_id;
  if v_i.author_id is not null and v_i.author_id is distinct from new.author_id then
    insert into public.notifications (user_id, initiative_id, kind, payload)
    values (v_i.author_id, v_i.id, 'comment_added', jsonb_build_object(
      'title', v_i.title, 'author_name', coalesce(private.display_name(new.author_id), 'Oud-gebruiker'),
      'is_area_team', new.is_area_team, 'excerpt', left(new.body, 140)));
  end if;
  return null;
end $$;

create trigger initiatives_before_write before insert or update on public.initiatives
  for each row execute function private.initiatives_before_write();
create trigger initiatives_after_write after insert or update on public.initiatives
  for each row execute function private.initiatives_after_write();
create trigger initiative_status_changes_notify after insert on public.initiative_status_changes
  for each row execute function private.notify_status_change();
create trigger initiative_comments_notify after insert on public.initiative_comments
  for each row execute function private.notify_comment();

-- ── public read functions (security invoker: RLS applies) ────────────────────────────────────────────────
create function private.validate_initiative_filters(p_statuses text[], p_area_id uuid) returns void
  language plpgsql stable set search_path = '' as $$
begin
  if p_statuses is not null and exists (
       select 1 from unnest(p_statuses) s
       where s is null or s not in (select unnest(enum_range(null::public.initiative_status))::text)) then
    raise exception using errcode = '22023', message = 'Onbekende status in het filter.';
  end if;
  if p_area_id is not null and not exists (select 1 from public.areas where id = p_area_id) then
    raise exception using errcode = 'P0002', message = 'Gebied niet gevonden.';
  end if;
end $$;

-- Every initiative the caller sees, compact, for the map layer. Filters: null = no filter.
create function public.map_initiatives(
  p_statuses text[] default null, p_theme_ids uuid[] default null, p_area_id uuid default null
) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
begin
  perform private.validate_initiative_filters(p_statuses, p_area_id);
  return coalesce((select jsonb_agg(jsonb_build_object(
      'id', i.id, 'title', i.title, 'status', i.status, 'theme_id', i.theme_id, 'area_id', i.area_id,
      'lng', i.lng, 'lat', i.lat) order by i.created_at desc, i.id)
    from public.initiatives i
    where i.removed_at is null
      and (p_statuses is null or i.status::text = any (p_statuses))
      and (p_theme_ids is null or i.theme_id = any (p_theme_ids))
      and (p_area_id is null or i.area_id = p_area_id)), '[]'::jsonb);
end $$;

-- The same initiatives as a page of the list, newest first, with the total for the filters.
create function public.list_initiatives(
  p_statuses text[] default null, p_theme_ids uuid[] default null, p_area_id uuid default null,
  p_limit integer default 50, p_offset integer default 0
) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
begin
  perform private.validate_initiative_filters(p_statuses, p_area_id);
  if coalesce(p_limit, 0) not between 1 and 200 or coalesce(p_offset, -1) < 0 then
    raise exception using errcode = '22023', message = 'Vraag 1 tot 200 initiatieven tegelijk op.';
  end if;
  return (
    with filtered as (
      select i.* from public.initiatives i
      where i.removed_at is null
        and (p_statuses is null or i.status::text = any (p_statuses))
        and (p_theme_ids is null or i.theme_id = any (p_theme_ids))
        and (p_area_id is null or i.area_id = p_area_id)
    ), page as (
      select f.* from filtered f order by f.created_at desc, f.id limit p_limit offset p_offset
    )
    select jsonb_build_object(
      'total', (select count(*) from filtered),
      'items', coalesce((select jsonb_agg(private.initiative_json(p::public.initiatives) - 'description'
                                          order by p.created_at desc, p.id) from page p), '[]'::jsonb))
  );
end $$;

create function public.initiative_detail(p_initiative_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_i public.initiatives;
  v_uid uuid := (select auth.uid());
  v_team boolean;
begin
  select * into v_i from public.initiatives where id = p_initiative_id;
  if not found or (v_i.removed_at is not null and not private.can_see_initiative_private(v_i.id)) then
    raise exception using errcode = 'P0002', message = 'Initiatief niet gevonden.';
  end if;
  v_team := private.can_edit_area(v_i.area_id);
  return jsonb_build_object(
    'initiative', private.initiative_json(v_i) || jsonb_build_object('exact_location', private.initiative_exact_place(v_i.id)),
    'history', coalesce((select jsonb_agg(jsonb_build_object(
        'id', h.id, 'from_status', h.from_status, 'to_status', h.to_status, 'explanation', h.explanation,
        'changed_by_name', private.display_name(h.changed_by), 'changed_at', h.changed_at) order by h.id)
      from public.initiative_status_changes h where h.initiative_id = v_i.id), '[]'::jsonb),
    'comments', coalesce((select jsonb_agg(private.initiative_comment_json(c) order by c.created_at, c.id)
      from public.initiative_comments c where c.initiative_id = v_i.id and c.removed_at is null), '[]'::jsonb),
    'can_support', v_uid is not null and v_i.author_id is distinct from v_uid and v_i.status <> 'afgewezen',
    'can_triage', v_team,
    'allowed_statuses', case when v_team then to_jsonb(private.initiative_next_statuses(v_i.status)) else '[]'::jsonb end,
    'agenda_item', private.lineage_entry_json(v_i.agenda_item_lineage_id),
    'plan_action', private.lineage_entry_json(v_i.plan_action_lineage_id)
  ) || private.my_initiative_flags(v_i.id);
end $$;

-- The chain of an initiative: its agenda item, the vision goals that answer that item, the plan actions that serve
-- the item (and the one it is linked to) with their progress. Everything is the newest version the caller may see.
create function public.initiative_chain(p_initiative_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_i public.initiatives;
  v_actions uuid[];
begin
  select * into v_i from public.initiatives where id = p_initiative_id and removed_at is null;
  if not found then
    raise exception using errcode = 'P0002', message = 'Initiatief niet gevonden.';
  end if;
  -- plan actions (lineages): the linked one, and every current action that links to the agenda item
  select coalesce(array_agg(distinct x), '{}') into v_actions from (
    select v_i.plan_action_lineage_id as x where v_i.plan_action_lineage_id is not null
    union
    select f.lineage_id from public.entry_links l join public.entries f on f.id = l.entry_id
    where l.target_lineage_id = v_i.agenda_item_lineage_id and f.kind = 'plan_action'
      and f.document_id in (select private.current_document_ids())) a;
  return jsonb_build_object(
    'initiative', jsonb_build_object('id', v_i.id, 'title', v_i.title, 'status', v_i.status,
                                     'location', jsonb_build_object('lng', v_i.lng, 'lat', v_i.lat)),
    'agenda_item', private.lineage_entry_json(v_i.agenda_item_lineage_id),
    'vision_goals', coalesce((select jsonb_agg(g.j order by g.j ->> 'title') from (
        select distinct on (f.lineage_id) private.lineage_entry_json(f.lineage_id) as j
        from public.entry_links l join public.entries f on f.id = l.entry_id
        where v_i.agenda_item_lineage_id is not null and l.target_lineage_id = v_i.agenda_item_lineage_id
          and f.kind = 'vision_goal' and f.document_id in (select private.current_document_ids())) g
        where g.j is not null), '[]'::jsonb),
    'plan_actions', coalesce((select jsonb_agg(a.j || jsonb_build_object('is_linked', a.x is not distinct from v_i.plan_action_lineage_id)
                                               order by a.x is not distinct from v_i.plan_action_lineage_id desc, a.j ->> 'title')
      from (select x, private.lineage_entry_json(x) as j from unnest(v_actions) as t(x)) a where a.j is not null), '[]'::jsonb)
  );
end $$;

-- The initiatives behind an entry (any lineage): those linked to it directly, and for a vision goal or plan action
-- those linked to the agenda items it answers.
create function public.entry_initiatives(p_lineage_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_items uuid[];
begin
  select coalesce(array_agg(distinct l.target_lineage_id), '{}') into v_items
  from public.entry_links l join public.entries f on f.id = l.entry_id
  where f.lineage_id = p_lineage_id and f.document_id in (select private.current_document_ids());
  return coalesce((select jsonb_agg(private.initiative_json(i) - 'description' order by i.created_at desc, i.id)
    from public.initiatives i
    where i.removed_at is null
      and (i.agenda_item_lineage_id = p_lineage_id or i.plan_action_lineage_id = p_lineage_id
           or i.agenda_item_lineage_id = any (v_items))), '[]'::jsonb);
end $$;

-- What the area team can link an initiative to: the agenda items and plan actions of its area (newest versions).
create function public.triage_options(p_initiative_id uuid) returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_i public.initiatives;
begin
  select * into v_i from public.initiatives where id = p_initiative_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Initiatief niet gevonden.';
  end if;
  perform private.require_area_editor(v_i.area_id);
  return jsonb_build_object(
    'agenda_items', coalesce((select jsonb_agg(jsonb_build_object(
        'lineage_id', e.lineage_id, 'title', e.title, 'document_title', d.title, 'document_slug', d.slug,
        'document_status', d.status) order by d.title, s.position, e.position)
      from public.entries e join public.documents d on d.id = e.document_id join public.sections s on s.id = e.section_id
      where e.area_id = v_i.area_id and e.kind = 'agenda_item' and d.id in (select private.current_document_ids())), '[]'::jsonb),
    'plan_actions', coalesce((select jsonb_agg(jsonb_build_object(
        'lineage_id', e.lineage_id, 'title', e.title, 'document_title', d.title, 'document_slug', d.slug,
        'document_status', d.status, 'progress', e.progress, 'action_status', e.action_status)
        order by d.title, s.position, e.position)
      from public.entries e join public.documents d on d.id = e.document_id join public.sections s on s.id = e.section_id
      where e.area_id = v_i.area_id and e.kind = 'plan_action' and d.id in (select private.current_document_ids())), '[]'::jsonb)
  );
end $$;

create function public.my_notifications() returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
begin
  return jsonb_build_object(
    'unread_count', (select count(*) from public.notifications n where n.user_id = v_uid and n.read_at is null),
    'items', coalesce((select jsonb_agg(jsonb_build_object(
        'id', n.id, 'initiative_id', n.initiative_id, 'kind', n.kind, 'payload', n.payload,
        'created_at', n.created_at, 'read_at', n.read_at) order by n.created_at desc, n.id)
      from (select * from public.notifications where user_id = v_uid order by created_at desc, id limit 100) n), '[]'::jsonb));
end $$;

-- ── public write functions (security definer: they check the caller themselves) ─────────────────────────
-- Propose at a point ([lng, lat]), or without a map: choose the district and describe the place (then the point is
-- a point inside the district and the description says where).
create function public.propose_initiative(
  p_title text, p_description text, p_theme_id uuid, p_lng double precision default null,
  p_lat double precision default null, p_is_home boolean default false, p_district_id uuid default null,
  p_place_description text default ''
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_title text := trim(coalesce(p_title, ''));
  v_description text := trim(coalesce(p_description, ''));
  v_place text := trim(coalesce(p_place_description, ''));
  v_lng double precision := p_lng;
  v_lat double precision := p_lat;
  v_district uuid;
  v_area uuid;
  v_public double precision[];
  v_i public.initiatives;
begin
  perform private.check_rate_limit('propose_initiative');
  if char_length(v_title) not between 5 and 120 then
    raise exception using errcode = '22023', message = 'De titel is 5 tot 120 tekens lang.', hint = 'title';
  end if;
  if char_length(v_description) not between 20 and 4000 then
    raise exception using errcode = '22023', message = 'De beschrijving is 20 tot 4000 tekens lang.', hint = 'description';
  end if;
  if p_theme_id is null or not exists (select 1 from public.themes where id = p_theme_id) then
    raise exception using errcode = '22023', message = 'Kies een thema.', hint = 'theme';
  end if;
  if char_length(v_place) > 300 then
    raise exception using errcode = '22023', message = 'De omschrijving van de plek is hoogstens 300 tekens.', hint = 'place';
  end if;
  if v_lng is null or v_lat is null then
    if p_district_id is null then
      raise exception using errcode = '22023', message = 'Kies een plek op de kaart of kies een wijk.', hint = 'place';
    end if;
    if not exists (select 1 from public.districts where id = p_district_id) then
      raise exception using errcode = 'P0002', message = 'Wijk niet gevonden.', hint = 'place';
    end if;
    if char_length(v_place) < 3 then
      raise exception using errcode = '22023', message = 'Beschrijf waar in de wijk het is (straat, plein of gebouw).',
        hint = 'place';
    end if;
    select a[1], a[2] into v_lng, v_lat from private.district_anchor(p_district_id) as t(a);
    v_district := p_district_id;
  else
    if v_lng not between -180 and 180 or v_lat not between -90 and 90 or v_lng = 'NaN' or v_lat = 'NaN' then
      raise exception using errcode = '22023', message = 'Deze plek is geen geldig punt.', hint = 'place';
    end if;
    v_district := private.district_at(v_lng, v_lat);
    if v_district is null then
      raise exception using errcode = '22023',
        message = 'Deze plek ligt buiten de gemeente Tilburg. Kies een plek in een wijk of dorp.', hint = 'place';
    end if;
  end if;
  select area_id into v_area from public.districts where id = v_district;
  v_public := case when coalesce(p_is_home, false) then private.coarse_point(v_lng, v_lat) else array[v_lng, v_lat] end;
  insert into public.initiatives (author_id, title, description, theme_id, district_id, area_id, lng, lat, is_home,
                                  place_description, placed_by_district)
  values (v_uid, v_title, v_description, p_theme_id, v_district, v_area, v_public[1], v_public[2],
          coalesce(p_is_home, false), v_place, p_lng is null or p_lat is null)
  returning * into v_i;
  insert into public.initiative_places (initiative_id, author_id, area_id, lng, lat)
  values (v_i.id, v_uid, v_area, v_lng, v_lat);
  return private.initiative_json(v_i) || jsonb_build_object('exact_location', jsonb_build_object('lng', v_lng, 'lat', v_lat));
end $$;

-- The area team of the initiative's area (or an admin) moves it along the workflow, with an explanation that the
-- proposer gets as a notification. opgenomen links an agenda item, in_uitvoering a plan action (lineages).
create function public.set_initiative_status(
  p_initiative_id uuid, p_version integer, p_status public.initiative_status, p_explanation text,
  p_agenda_item_lineage_id uuid default null, p_plan_action_lineage_id uuid default null
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_i public.initiatives;
  v_explanation text := trim(coalesce(p_explanation, ''));
  v_item uuid;
  v_action uuid;
begin
  select * into v_i from public.initiatives where id = p_initiative_id and removed_at is null for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Initiatief niet gevonden.';
  end if;
  perform private.require_area_editor(v_i.area_id);
  perform private.check_version(p_version, v_i.version);
  if p_status is null or not p_status = any (private.initiative_next_statuses(v_i.status)) then
    raise exception using errcode = '22023',
      message = format('Een initiatief dat %s is, kan niet naar %s.', private.initiative_status_label(v_i.status),
                       coalesce(private.initiative_status_label(p_status), 'een lege status')), hint = 'status';
  end if;
  if char_length(v_explanation) not between 2 and 2000 then
    raise exception using errcode = '22023', message = case when p_status = 'afgewezen'
      then 'Geef een reden waarom het initiatief is afgewezen (2 tot 2000 tekens). Iedereen kan die lezen.'
      else 'Licht de stap toe voor de indiener (2 tot 2000 tekens).' end, hint = 'explanation';
  end if;
  v_item := coalesce(p_agenda_item_lineage_id, v_i.agenda_item_lineage_id);
  v_action := coalesce(p_plan_action_lineage_id, v_i.plan_action_lineage_id);
  if p_status = 'opgenomen' and v_item is null then
    raise exception using errcode = '22023', message = 'Kies het agendapunt waarin het initiatief is opgenomen.',
      hint = 'agenda_item';
  end if;
  if p_status = 'in_uitvoering' and v_action is null then
    raise exception using errcode = '22023', message = 'Kies de actie uit het uitvoeringsplan die het uitvoert.',
      hint = 'plan_action';
  end if;
  if v_item is not null and not exists (select 1 from public.entries e where e.lineage_id = v_item
                                        and e.kind = 'agenda_item' and e.area_id = v_i.area_id) then
    raise exception using errcode = '22023', message = 'Kies een agendapunt uit een agenda van dit gebied.',
      hint = 'agenda_item';
  end if;
  if v_action is not null and not exists (select 1 from public.entries e where e.lineage_id = v_action
                                          and e.kind = 'plan_action' and e.area_id = v_i.area_id) then
    raise exception using errcode = '22023', message = 'Kies een actie uit een uitvoeringsplan van dit gebied.',
      hint = 'plan_action';
  end if;
  perform set_config('agendakaart.status_explanation', v_explanation, true);
  update public.initiatives set
    status = p_status, version = version + 1,
    agenda_item_lineage_id = v_item, plan_action_lineage_id = v_action,
    rejection_reason = case when p_status = 'afgewezen' then v_explanation end
  where id = v_i.id returning * into v_i;
  perform set_config('agendakaart.status_explanation', '', true);
  return private.initiative_json(v_i);
end $$;

create function public.support_initiative(p_initiative_id uuid) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_i public.initiatives;
begin
  select * into v_i from public.initiatives
  where id = p_initiative_id and removed_at is null and (hidden_at is null or private.can_see_initiative_private(id))
  for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Initiatief niet gevonden.';
  end if;
  perform private.check_rate_limit('support_initiative');
  if v_i.author_id = v_uid then
    raise exception using errcode = '22023', message = 'Je kunt je eigen initiatief niet steunen.';
  end if;
  if v_i.status = 'afgewezen' then
    raise exception using errcode = '22023', message = 'Een afgewezen initiatief kun je niet meer steunen.';
  end if;
  insert into public.initiative_supports (initiative_id, user_id) values (v_i.id, v_uid);
  update public.initiatives set support_count = support_count + 1 where id = v_i.id returning * into v_i;
  return jsonb_build_object('id', v_i.id, 'support_count', v_i.support_count, 'supported_by_me', true);
exception
  when unique_violation then
    raise exception using errcode = '23505', message = 'Je steunt dit initiatief al.';
end $$;

create function public.withdraw_support(p_initiative_id uuid) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_i public.initiatives;
begin
  delete from public.initiative_supports where initiative_id = p_initiative_id and user_id = v_uid;
  if not found then
    raise exception using errcode = 'P0002', message = 'Je steunde dit initiatief niet.';
  end if;
  update public.initiatives set support_count = support_count - 1 where id = p_initiative_id returning * into v_i;
  return jsonb_build_object('id', v_i.id, 'support_count', v_i.support_count, 'supported_by_me', false);
end $$;

create function public.comment_on_initiative(p_initiative_id uuid, p_body text) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_i public.initiatives;
  v_body text := trim(coalesce(p_body, ''));
  v_c public.initiative_comments;
begin
  select * into v_i from public.initiatives
  where id = p_initiative_id and removed_at is null and (hidden_at is null or private.can_see_initiative_private(id));
  if not found then
    raise exception using errcode = 'P0002', message = 'Initiatief niet gevonden.';
  end if;
  perform private.check_rate_limit('comment_initiative');
  if char_length(v_body) not between 2 and 2000 then
    raise exception using errcode = '22023', message = 'Een reactie is 2 tot 2000 tekens lang.', hint = 'body';
  end if;
  insert into public.initiative_comments (initiative_id, area_id, author_id, is_area_team, body)
  values (v_i.id, v_i.area_id, v_uid, v_i.area_id in (select private.my_area_ids('{area_team}')), v_body)
  returning * into v_c;
  return private.initiative_comment_json(v_c);
end $$;

-- Anyone signed in reports an initiative or a comment once. At the threshold of open reports it is hidden from the
-- public (the proposer, the area team and admins still see it) until an admin restores or removes it.
create function public.report_abuse(p_target_kind public.report_target, p_target_id uuid, p_reason text default '')
returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  c_threshold constant integer := 3;
  v_uid uuid := private.require_user();
  v_area uuid;
  v_open integer;
  v_hidden boolean := false;
begin
  if p_target_kind = 'initiative' then
    select area_id into v_area from public.initiatives where id = p_target_id and removed_at is null and hidden_at is null;
  else
    select c.area_id into v_area from public.initiative_comments c join public.initiatives i on i.id = c.initiative_id
    where c.id = p_target_id and c.removed_at is null and c.hidden_at is null and i.removed_at is null;
  end if;
  if v_area is null then
    raise exception using errcode = 'P0002', message = 'Niet gevonden, of al verborgen in afwachting van de beheerder.';
  end if;
  perform private.check_rate_limit('report_abuse');
  if char_length(coalesce(p_reason, '')) > 500 then
    raise exception using errcode = '22023', message = 'De toelichting is hoogstens 500 tekens.', hint = 'reason';
  end if;
  insert into public.abuse_reports (target_kind, target_id, area_id, reporter_id, reason)
  values (p_target_kind, p_target_id, v_area, v_uid, trim(coalesce(p_reason, '')));
  select count(*) into v_open from public.abuse_reports
  where target_kind = p_target_kind and target_id = p_target_id and resolved_at is null;
  if v_open >= c_threshold then
    v_hidden := true;
    if p_target_kind = 'initiative' then
      update public.initiatives set hidden_at = now() where id = p_target_id;
    else
      update public.initiative_comments set hidden_at = now() where id = p_target_id;
    end if;
  end if;
  return jsonb_build_object('target_kind', p_target_kind, 'target_id', p_target_id, 'reported', true, 'hidden', v_hidden);
exception
  when unique_violation then
    raise exception using errcode = '23505', message = 'Je hebt dit al gemeld. Een beheerder kijkt ernaar.';
end $$;

create function public.mark_notifications_read(p_ids uuid[] default null) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_count integer;
begin
  update public.notifications set read_at = now()
  where user_id = v_uid and read_at is null and (p_ids is null or id = any (p_ids));
  get diagnostics v_count = row_count;
  return jsonb_build_object('marked', v_count,
    'unread_count', (select count(*) from public.notifications where user_id = v_uid and read_at is null));
end $$;

create function public.admin_moderation_queue() returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
begin
  perform private.require_admin();
  return coalesce((select jsonb_agg(x.j order by x.first_report) from (
    select min(r.created_at) as first_report, jsonb_build_object(
      'target_kind', r.target_kind, 'target_id', r.target_id, 'report_count', count(*),
      'reasons', jsonb_agg(r.reason order by r.created_at) filter (where r.reason <> ''),
      'is_hidden', coalesce((select i.hidden_at is not null from public.initiatives i where i.id = r.target_id),
                            (select c.hidden_at is not null from public.initiative_comments c where c.id = r.target_id)),
      'initiative_id', coalesce((select i.id from public.initiatives i where i.id = r.target_id),
                                (select c.initiative_id from public.initiative_comments c where c.id = r.target_id)),
      'title', coalesce((select i.title from public.initiatives i where i.id = r.target_id),
                        (select left(c.body, 140) from public.initiative_comments c where c.id = r.target_id))) as j
    from public.abuse_reports r where r.resolved_at is null
    group by r.target_kind, r.target_id) x), '[]'::jsonb);
end $$;

create function public.admin_moderate(
  p_target_kind public.report_target, p_target_id uuid, p_decision public.moderation_decision
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_admin uuid := private.require_admin();
begin
  if p_decision is null then
    raise exception using errcode = '22023', message = 'Kies herstellen of verwijderen.';
  end if;
  if p_target_kind = 'initiative' then
    update public.initiatives set hidden_at = null,
      removed_at = case when p_decision = 'remove' then now() end where id = p_target_id;
  else
    update public.initiative_comments set hidden_at = null,
      removed_at = case when p_decision = 'remove' then now() end where id = p_target_id;
  end if;
  if not found then
    raise exception using errcode = 'P0002', message = 'Niet gevonden.';
  end if;
  update public.abuse_reports set resolved_at = now(), resolution = p_decision, resolved_by = v_admin
  where target_kind = p_target_kind and target_id = p_target_id and resolved_at is null;
  return jsonb_build_object('target_kind', p_target_kind, 'target_id', p_target_id, 'decision', p_decision);
end $$;

-- Everything the database holds about the caller (AVG/GDPR art. 15 and 20), as one JSON document.
create function public.export_my_data() returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
begin
  return jsonb_build_object(
    'exported_at', now(),
    'account', (select jsonb_build_object('id', u.id, 'email', u.email, 'created_at', u.created_at)
                from auth.users u where u.id = v_uid),
    'profile', (select to_jsonb(p) from public.profiles p where p.id = v_uid),
    'memberships', coalesce((select jsonb_agg(to_jsonb(m) order by m.created_at) from public.memberships m
                             where m.user_id = v_uid), '[]'::jsonb),
    'initiatives', coalesce((select jsonb_agg(to_jsonb(i) || jsonb_build_object(
        'exact_location', (select jsonb_build_object('lng', p.lng, 'lat', p.lat) from public.initiative_places p
                           where p.initiative_id = i.id)) order by i.created_at)
      from public.initiatives i where i.author_id = v_uid), '[]'::jsonb),
    'supports', coalesce((select jsonb_agg(jsonb_build_object('initiative_id', s.initiative_id, 'created_at', s.created_at)
                                           order by s.created_at)
      from public.initiative_supports s where s.user_id = v_uid), '[]'::jsonb),
    'initiative_comments', coalesce((select jsonb_agg(to_jsonb(c) order by c.created_at)
      from public.initiative_comments c where c.author_id = v_uid), '[]'::jsonb),
    'document_comments', coalesce((select jsonb_agg(to_jsonb(c) order by c.created_at)
      from public.comments c where c.author_id = v_uid), '[]'::jsonb),
    'abuse_reports', coalesce((select jsonb_agg(jsonb_build_object('target_kind', r.target_kind, 'target_id', r.target_id,
        'reason', r.reason, 'created_at', r.created_at) order by r.created_at)
      from public.abuse_reports r where r.reporter_id = v_uid), '[]'::jsonb),
    'notifications', coalesce((select jsonb_agg(to_jsonb(n) order by n.created_at)
      from public.notifications n where n.user_id = v_uid), '[]'::jsonb),
    'status_changes_made', coalesce((select jsonb_agg(to_jsonb(h) order by h.id)
      from public.initiative_status_changes h where h.changed_by = v_uid), '[]'::jsonb)
  );
end $$;

-- Deletes the caller's account (AVG/GDPR art. 17). Contributions stay, anonymised: author and supporter become
-- null ("Oud-gebruiker"), and a home address keeps only its rounded public place.
create function public.delete_my_account(p_confirmation text) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
begin
  if coalesce(p_confirmation, '') <> 'VERWIJDER' then
    raise exception using errcode = '22023', message = 'Typ VERWIJDER in hoofdletters om te bevestigen.', hint = 'confirmation';
  end if;
  if private.is_admin() and (select count(*) from public.memberships where role = 'admin') = 1 then
    raise exception using errcode = '22023', message = 'Je bent de enige beheerder. Maak eerst iemand anders beheerder.';
  end if;
  update public.initiative_places p set lng = i.lng, lat = i.lat
  from public.initiatives i where i.id = p.initiative_id and p.author_id = v_uid and i.is_home;
  delete from auth.users where id = v_uid;
  return jsonb_build_object('deleted', true);
end $$;

-- The documents migration's add_comment, unchanged but for the rate limit.
create or replace function public.add_comment(
  p_document_id uuid, p_body text, p_entry_id uuid default null, p_parent_id uuid default null,
  p_is_official_response boolean default false
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_doc public.documents;
  v_parent public.comments;
  v_entry_id uuid := p_entry_id;
  v_role public.comment_role;
  v_body text := trim(coalesce(p_body, ''));
  v_comment public.comments;
begin
  perform private.check_rate_limit('document_comment');
  select * into v_doc from public.documents where id = p_document_id;
  if not found or (v_doc.status = 'concept' and not private.can_edit_area(v_doc.area_id)) then
    raise exception using errcode = 'P0002', message = 'Document niet gevonden.';
  end if;
  if p_parent_id is not null then
    select * into v_parent from public.comments where id = p_parent_id and document_id = v_doc.id;
    if not found then
      raise exception using errcode = 'P0002', message = 'Reactie niet gevonden.';
    end if;
    if v_parent.parent_id is not null then -- one level of replies: answer the thread
      select * into v_parent from public.comments where id = v_parent.parent_id;
    end if;
    if v_entry_id is not null and v_entry_id is distinct from v_parent.entry_id then
      raise exception using errcode = '22023', message = 'Een antwoord hoort bij hetzelfde punt als de reactie.';
    end if;
    v_entry_id := v_parent.entry_id;
  elsif v_entry_id is not null and not exists (select 1 from public.entries where id = v_entry_id and document_id = v_doc.id) then
    raise exception using errcode = 'P0002', message = 'Punt niet gevonden.';
  end if;
  v_role := private.comment_role(v_doc.id);
  if v_role is null then
    raise exception using errcode = '42501', message = case
      when v_doc.status <> 'consultatie' then 'Reageren kan alleen zolang het document in consultatie is.'
      else 'Hier reageren alleen de wijk- en dorpsraden van deze wijken en het gebiedsteam.' end;
  end if;
  if coalesce(p_is_official_response, false) then
    if v_role not in ('area_team', 'admin') then
      raise exception using errcode = '42501', message = 'Alleen het gebiedsteam geeft een officieel antwoord.';
    end if;
    if v_parent.id is null then
      raise exception using errcode = '22023', message = 'Een officieel antwoord is een antwoord op een reactie.';
    end if;
  end if;
  if char_length(v_body) not between 2 and 4000 then
    raise exception using errcode = '22023', message = 'Een reactie is 2 tot 4000 tekens lang.';
  end if;
  insert into public.comments (document_id, entry_id, entry_lineage_id, parent_id, author_id, author_role, council_id,
                               body, is_official_response)
  values (v_doc.id, v_entry_id, (select lineage_id from public.entries where id = v_entry_id), v_parent.id, v_uid, v_role,
          case when v_role = 'council' then private.commenting_council_id(v_doc.id) end, v_body,
          coalesce(p_is_official_response, false))
  returning * into v_comment;
  return private.comment_json(v_comment);
end $$;

-- ── row level security ───────────────────────────────────────────────────────────────────────────────────
alter table public.initiatives enable row level security;
alter table public.initiative_places enable row level security;
alter table public.initiative_status_changes enable row level security;
alter table public.initiative_supports enable row level security;
alter table public.initiative_comments enable row level security;
alter table public.abuse_reports enable row level security;
alter table public.notifications enable row level security;

create policy "everyone can read initiatives that are not hidden" on public.initiatives for select to anon, authenticated
  using (hidden_at is null and removed_at is null);
create policy "proposers can read their own initiatives" on public.initiatives for select to authenticated
  using (author_id = (select auth.uid()));
create policy "area team can read initiatives of their area" on public.initiatives for select to authenticated
  using (area_id in (select private.my_area_ids('{area_team}')));
create policy "admins can read all initiatives" on public.initiatives for select to authenticated
  using ((select private.is_admin()));

create policy "proposers can read the exact place of their initiatives" on public.initiative_places
  for select to authenticated using (author_id = (select auth.uid()));
create policy "area team can read exact places in their area" on public.initiative_places
  for select to authenticated using (area_id in (select private.my_area_ids('{area_team}')));
create policy "admins can read all exact places" on public.initiative_places
  for select to authenticated using ((select private.is_admin()));

create policy "everyone can read status changes" on public.initiative_status_changes
  for select to anon, authenticated using (true);

create policy "users can read their own supports" on public.initiative_supports
  for select to authenticated using (user_id = (select auth.uid()));
create policy "admins can read all supports" on public.initiative_supports
  for select to authenticated using ((select private.is_admin()));

create policy "everyone can read comments that are not hidden" on public.initiative_comments
  for select to anon, authenticated using (hidden_at is null and removed_at is null);
create policy "authors can read their own initiative comments" on public.initiative_comments
  for select to authenticated using (author_id = (select auth.uid()));
create policy "area team can read initiative comments of their area" on public.initiative_comments
  for select to authenticated using (area_id in (select private.my_area_ids('{area_team}')));
create policy "admins can read all initiative comments" on public.initiative_comments
  for select to authenticated using ((select private.is_admin()));

create policy "reporters can read their own reports" on public.abuse_reports
  for select to authenticated using (reporter_id = (select auth.uid()));
create policy "admins can read all reports" on public.abuse_reports
  for select to authenticated using ((select private.is_admin()));

create policy "users can read their own notifications" on public.notifications
  for select to authenticated using (user_id = (select auth.uid()));

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
revoke all on public.initiatives, public.initiative_places, public.initiative_status_changes,
  public.initiative_supports, public.initiative_comments, public.abuse_reports, public.notifications
  from anon, authenticated, public;
revoke all on all sequences in schema public from anon, authenticated, public;
revoke all on private.rate_limits, private.rate_limit_events from anon, authenticated, public;
grant select on public.initiatives, public.initiative_status_changes, public.initiative_comments to anon, authenticated;
grant select on public.initiative_places, public.initiative_supports, public.abuse_reports, public.notifications
  to authenticated;

grant execute on function private.can_see_initiative_private(uuid), private.initiative_exact_place(uuid),
  private.my_initiative_flags(uuid),
  private.lineage_entry_json(uuid), private.initiative_json(public.initiatives),
  private.initiative_comment_json(public.initiative_comments), private.initiative_next_statuses(public.initiative_status),
  private.validate_initiative_filters(text[], uuid)
  to anon, authenticated;

grant execute on function public.map_initiatives(text[], uuid[], uuid),
  public.list_initiatives(text[], uuid[], uuid, integer, integer), public.initiative_detail(uuid),
  public.initiative_chain(uuid), public.entry_initiatives(uuid)
  to anon, authenticated;
grant execute on function public.triage_options(uuid), public.my_notifications(),
  public.propose_initiative(text, text, uuid, double precision, double precision, boolean, uuid, text),
  public.set_initiative_status(uuid, integer, public.initiative_status, text, uuid, uuid),
  public.support_initiative(uuid), public.withdraw_support(uuid), public.comment_on_initiative(uuid, text),
  public.report_abuse(public.report_target, uuid, text), public.mark_notifications_read(uuid[]),
  public.admin_moderation_queue(), public.admin_moderate(public.report_target, uuid, public.moderation_decision),
  public.export_my_data(), public.delete_my_account(text)
  to authenticated;
