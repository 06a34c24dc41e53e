-- Foundation: areas (gebiedsteams), districts (wijken en dorpen), councils (wijk- en dorpsraden), profiles,
-- memberships, themes and agendas (titles only). Reads go through security-invoker functions so RLS applies;
-- writes go only through security-definer functions that check the caller's role for the area.

-- ── types ────────────────────────────────────────────────────────────────────────────────────────────────
create type public.membership_role as enum ('admin', 'area_team', 'council');
create type public.district_kind as enum ('wijk', 'dorp');
create type public.council_kind as enum ('wijkraad', 'dorpsraad', 'buurtraad', 'wijkvereniging', 'dorpscooperatie');
create type public.agenda_kind as enum ('wijkagenda', 'dorpsagenda');
create type public.document_status as enum ('concept', 'consultatie', 'vastgesteld');

create schema if not exists private;

-- ── tables ───────────────────────────────────────────────────────────────────────────────────────────────
create table public.areas (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null check (char_length(name) between 2 and 80),
  name_status text not null default 'presumed' check (name_status in ('confirmed', 'presumed')),
  color_index smallint not null check (color_index between 0 and 7),
  sort_order smallint not null default 0,
  description text not null default '' check (char_length(description) <= 2000),
  extra_investment boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.areas is 'The 8 gebieden, each with its gebiedsteam. Names and wijk mapping are editable data.';

create table public.districts (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^WK0855[0-9]{2}$'),
  name text not null,
  kind public.district_kind not null default 'wijk',
  area_id uuid not null references public.areas (id),
  geometry jsonb not null check (geometry ->> 'type' in ('Polygon', 'MultiPolygon')),
  min_lng double precision not null,
  min_lat double precision not null,
  max_lng double precision not null,
  max_lat double precision not null,
  team_basis text,
  geometry_source text,
  updated_at timestamptz not null default now(),
  check (min_lng <= max_lng and min_lat <= max_lat)
);
comment on table public.districts is 'Wijken en dorpen (CBS wijk codes WK0855xx), GeoJSON geometry in WGS84 with a bounding box.';

create table public.councils (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(name) between 2 and 120),
  kind public.council_kind not null,
  area_id uuid not null references public.areas (id),
  website_url text,
  is_example boolean not null default false,
  created_at timestamptz not null default now()
);
comment on table public.councils is 'Wijkraden, dorpsraden and similar resident councils; is_example marks seeded example councils.';

create table public.council_districts (
  council_id uuid not null references public.councils (id) on delete cascade,
  district_id uuid not null references public.districts (id) on delete cascade,
  primary key (council_id, district_id)
);

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text not null check (char_length(display_name) between 2 and 80),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.profiles is 'Public-facing name of a user; roles are NOT here but in memberships.';

create table public.memberships (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  role public.membership_role not null,
  area_id uuid references public.areas (id) on delete cascade,
  council_id uuid references public.councils (id) on delete cascade,
  granted_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint memberships_scope check (
    (role = 'admin' and area_id is null and council_id is null)
    or (role = 'area_team' and area_id is not null and council_id is null)
    or (role = 'council' and area_id is not null and council_id is not null)
  ),
  constraint memberships_unique unique nulls not distinct (user_id, role, area_id, council_id)
);
comment on table public.memberships is 'The only source of roles: admin, area_team of an area, council member of a council.';

create table public.themes (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_nl text not null check (char_length(name_nl) between 2 and 80),
  name_en text not null check (char_length(name_en) between 2 and 80),
  sort_order smallint not null default 0,
  is_example boolean not null default false
);

create table public.agendas (
  id uuid primary key default gen_random_uuid(),
  area_id uuid not null references public.areas (id),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title text not null check (char_length(title) between 2 and 160),
  kind public.agenda_kind not null default 'wijkagenda',
  status public.document_status not null default 'concept',
  source_url text,
  is_example boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.agendas is 'Wijk- en dorpsagendas; each covers one or more districts of one area.';

create table public.agenda_districts (
  agenda_id uuid not null references public.agendas (id) on delete cascade,
  district_id uuid not null references public.districts (id) on delete cascade,
  primary key (agenda_id, district_id)
);

-- ── indexes ──────────────────────────────────────────────────────────────────────────────────────────────
create index districts_area_id_idx on public.districts (area_id);
create index councils_area_id_idx on public.councils (area_id);
create index council_districts_district_id_idx on public.council_districts (district_id);
create index memberships_user_id_idx on public.memberships (user_id, role);
create index memberships_area_id_idx on public.memberships (area_id);
create index memberships_council_id_idx on public.memberships (council_id);
create index agendas_area_id_idx on public.agendas (area_id);
create index agenda_districts_district_id_idx on public.agenda_districts (district_id);

-- ── private helpers ──────────────────────────────────────────────────────────────────────────────────────
create function private.is_admin() returns boolean
  language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.memberships m where m.user_id = (select auth.uid()) and m.role = 'admin')
$$;

create function private.my_area_ids(p_roles public.membership_role[]) returns setof uuid
  language sql stable security definer set search_path = '' as $$
  select m.area_id from public.memberships m
  where m.user_id = (select auth.uid()) and m.role = any (p_roles) and m.area_id is not null
$$;

create function private.require_user() returns uuid
  language plpgsql stable security definer set search_path = '' as $$
declare v_uid uuid := (select auth.uid());
begin
  if v_uid is null then
    raise exception using errcode = '42501', message = 'Log in om dit te doen.';
  end if;
  return v_uid;
end $$;

create function private.require_admin() returns uuid
  language plpgsql stable security definer set search_path = '' as $$
declare v_uid uuid := private.require_user();
begin
  if not private.is_admin() then
    raise exception using errcode = '42501', message = 'Alleen een beheerder van de gemeente mag dit doen.';
  end if;
  return v_uid;
end $$;

create function private.require_area_editor(p_area_id uuid) returns uuid
  language plpgsql stable security definer set search_path = '' as $$
declare v_uid uuid := private.require_user();
begin
  if not (private.is_admin() or p_area_id in (select private.my_area_ids('{area_team}'))) then
    raise exception using errcode = '42501', message = 'Je hebt geen rechten om dit gebied te bewerken.';
  end if;
  return v_uid;
end $$;

create function private.area_team_names(p_area_id uuid) returns jsonb
  language sql stable security definer set search_path = '' as $$
  select coalesce(jsonb_agg(jsonb_build_object('display_name', p.display_name) order by p.display_name), '[]'::jsonb)
  from public.memberships m join public.profiles p on p.id = m.user_id
  where m.area_id = p_area_id and m.role = 'area_team'
$$;

create function private.area_json(a public.areas) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object(
    'id', a.id, 'slug', a.slug, 'name', a.name, 'name_status', a.name_status, 'color_index', a.color_index,
    'description', a.description, 'extra_investment', a.extra_investment,
    'bbox', (select jsonb_build_array(min(d.min_lng), min(d.min_lat), max(d.max_lng), max(d.max_lat))
             from public.districts d where d.area_id = a.id))
$$;

create function private.handle_new_user() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare v_name text;
begin
  v_name := left(coalesce(nullif(trim(new.raw_user_meta_data ->> 'display_name'), ''), split_part(new.email, '@', 1)), 80);
  insert into public.profiles (id, display_name)
  values (new.id, case when char_length(coalesce(v_name, '')) < 2 then 'Inwoner' else v_name end)
  on conflict (id) do nothing;
  return new;
end $$;

create function private.touch_updated_at() returns trigger
  language plpgsql set search_path = '' as $$
begin
  new.updated_at := now();
  return new;
end $$;

create function private.set_membership_area() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  if new.role = 'council' then
    select c.area_id into new.area_id from public.councils c where c.id = new.council_id;
  end if;
  return new;
end $$;

create trigger on_auth_user_created after insert on auth.users
  for each row execute function private.handle_new_user();
create trigger areas_touch before update on public.areas for each row execute function private.touch_updated_at();
create trigger districts_touch before update on public.districts for each row execute function private.touch_updated_at();
create trigger profiles_touch before update on public.profiles for each row execute function private.touch_updated_at();
create trigger agendas_touch before update on public.agendas for each row execute function private.touch_updated_at();
create trigger memberships_set_area before insert or update on public.memberships
  for each row execute function private.set_membership_area();

-- ── public read functions (security invoker: RLS applies) ────────────────────────────────────────────────
create function public.map_overview() returns jsonb
  language sql stable security invoker set search_path = '' as $$
  select jsonb_build_object(
    'areas', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', a.id, 'slug', a.slug, 'name', a.name, 'color_index', a.color_index,
        'district_count', (select count(*) from public.districts d where d.area_id = a.id),
        'agenda_count', (select count(*) from public.agendas g where g.area_id = a.id),
        'council_count', (select count(*) from public.councils c where c.area_id = a.id)
      ) order by a.sort_order, a.name) from public.areas a), '[]'::jsonb),
    'districts', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', d.id, 'code', d.code, 'name', d.name, 'kind', d.kind, 'area_id', d.area_id, 'area_slug', a.slug,
        'geometry', d.geometry, 'bbox', jsonb_build_array(d.min_lng, d.min_lat, d.max_lng, d.max_lat)
      ) order by d.code) from public.districts d join public.areas a on a.id = d.area_id), '[]'::jsonb),
    'bbox', (select jsonb_build_array(min(min_lng), min(min_lat), max(max_lng), max(max_lat)) from public.districts)
  )
$$;

create function public.area_page(p_slug text) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_area public.areas;
begin
  select * into v_area from public.areas where slug = p_slug;
  if not found then
    raise exception using errcode = 'P0002', message = 'Gebied niet gevonden.';
  end if;
  return jsonb_build_object(
    'area', private.area_json(v_area),
    'districts', coalesce((select jsonb_agg(jsonb_build_object('id', d.id, 'code', d.code, 'name', d.name, 'kind', d.kind)
                           order by d.name) from public.districts d where d.area_id = v_area.id), '[]'::jsonb),
    'councils', coalesce((select jsonb_agg(jsonb_build_object(
        'id', c.id, 'name', c.name, 'kind', c.kind, 'website_url', c.website_url, 'is_example', c.is_example,
        'districts', coalesce((select jsonb_agg(jsonb_build_object('id', d.id, 'name', d.name) order by d.name)
                               from public.council_districts cd join public.districts d on d.id = cd.district_id
                               where cd.council_id = c.id), '[]'::jsonb)
      ) order by c.name) from public.councils c where c.area_id = v_area.id), '[]'::jsonb),
    'agendas', coalesce((select jsonb_agg(jsonb_build_object(
        'id', g.id, 'slug', g.slug, 'title', g.title, 'kind', g.kind, 'status', g.status, 'is_example', g.is_example
      ) order by g.title) from public.agendas g where g.area_id = v_area.id), '[]'::jsonb),
    'team', private.area_team_names(v_area.id),
    'can_edit', (select auth.uid()) is not null
                and (private.is_admin() or v_area.id in (select private.my_area_ids('{area_team}')))
  );
end $$;

create function public.list_themes() returns jsonb
  language sql stable security invoker set search_path = '' as $$
  select coalesce(jsonb_agg(jsonb_build_object('id', t.id, 'slug', t.slug, 'name_nl', t.name_nl, 'name_en', t.name_en,
                                               'sort_order', t.sort_order, 'is_example', t.is_example)
                            order by t.sort_order, t.name_nl), '[]'::jsonb)
  from public.themes t
$$;

create function public.me() returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_uid uuid := (select auth.uid());
  v_profile public.profiles;
begin
  if v_uid is null then
    return null;
  end if;
  select * into v_profile from public.profiles where id = v_uid;
  if not found then
    return null;
  end if;
  return jsonb_build_object(
    'id', v_uid,
    'email', (select auth.jwt()) ->> 'email',
    'display_name', v_profile.display_name,
    'is_admin', exists (select 1 from public.memberships m where m.user_id = v_uid and m.role = 'admin'),
    'roles', (select jsonb_agg(r order by r) from (
               select 'resident'::text as r
               union select distinct m.role::text from public.memberships m where m.user_id = v_uid) roles),
    'area_team_areas', coalesce((select jsonb_agg(jsonb_build_object('id', a.id, 'slug', a.slug, 'name', a.name) order by a.name)
                                 from public.memberships m join public.areas a on a.id = m.area_id
                                 where m.user_id = v_uid and m.role = 'area_team'), '[]'::jsonb),
    'councils', coalesce((select jsonb_agg(jsonb_build_object('id', c.id, 'name', c.name, 'area_slug', a.slug) order by c.name)
                          from public.memberships m join public.councils c on c.id = m.council_id
                          join public.areas a on a.id = c.area_id
                          where m.user_id = v_uid and m.role = 'council'), '[]'::jsonb)
  );
end $$;

-- ── public write functions (security definer: they check the caller themselves) ─────────────────────────
create function public.update_profile(p_display_name text) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_name text := trim(coalesce(p_display_name, ''));
begin
  if char_length(v_name) not between 2 and 80 then
    raise exception using errcode = '22023', message = 'Naam moet tussen 2 en 80 tekens zijn.';
  end if;
  update public.profiles set display_name = v_name where id = v_uid;
  if not found then
    raise exception using errcode = 'P0002', message = 'Profiel niet gevonden.';
  end if;
  return public.me();
end $$;

create function public.update_area(p_area_id uuid, p_description text) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_area public.areas;
begin
  perform private.require_area_editor(p_area_id);
  if char_length(coalesce(p_description, '')) > 2000 then
    raise exception using errcode = '22023', message = 'De beschrijving mag hoogstens 2000 tekens zijn.';
  end if;
  update public.areas set description = coalesce(p_description, '') where id = p_area_id returning * into v_area;
  if not found then
    raise exception using errcode = 'P0002', message = 'Gebied niet gevonden.';
  end if;
  return private.area_json(v_area);
end $$;

create function public.admin_update_area(p_area_id uuid, p_name text, p_color_index int) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_area public.areas;
  v_name text := trim(coalesce(p_name, ''));
begin
  perform private.require_admin();
  if char_length(v_name) not between 2 and 80 then
    raise exception using errcode = '22023', message = 'Naam moet tussen 2 en 80 tekens zijn.';
  end if;
  if p_color_index is null or p_color_index not between 0 and 7 then
    raise exception using errcode = '22023', message = 'Kies een kleur van 0 tot en met 7.';
  end if;
  update public.areas set name = v_name, color_index = p_color_index where id = p_area_id returning * into v_area;
  if not found then
    raise exception using errcode = 'P0002', message = 'Gebied niet gevonden.';
  end if;
  return private.area_json(v_area);
end $$;

create function public.admin_set_district_area(p_district_id uuid, p_area_id uuid) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_district public.districts;
begin
  perform private.require_admin();
  if not exists (select 1 from public.areas where id = p_area_id) then
    raise exception using errcode = 'P0002', message = 'Gebied niet gevonden.';
  end if;
  update public.districts set area_id = p_area_id where id = p_district_id returning * into v_district;
  if not found then
    raise exception using errcode = 'P0002', message = 'Wijk niet gevonden.';
  end if;
  return jsonb_build_object('id', v_district.id, 'code', v_district.code, 'name', v_district.name, 'area_id', v_district.area_id);
end $$;

create function public.admin_list_users() returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
begin
  perform private.require_admin();
  return coalesce((select jsonb_agg(jsonb_build_object(
      'id', p.id, 'email', u.email, 'display_name', p.display_name,
      'memberships', coalesce((select jsonb_agg(jsonb_build_object(
          'id', m.id, 'role', m.role, 'area_id', m.area_id, 'area_name', a.name, 'council_id', m.council_id, 'council_name', c.name
        ) order by m.role, a.name) from public.memberships m
        left join public.areas a on a.id = m.area_id left join public.councils c on c.id = m.council_id
        where m.user_id = p.id), '[]'::jsonb)
    ) order by p.display_name) from public.profiles p join auth.users u on u.id = p.id), '[]'::jsonb);
end $$;

create function public.admin_grant_membership(
  p_user_id uuid, p_role public.membership_role, p_area_id uuid default null, p_council_id uuid default null
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_admin uuid := private.require_admin();
  v_row public.memberships;
begin
  if p_role is null then
    raise exception using errcode = '22023', message = 'Kies een rol.';
  end if;
  if not exists (select 1 from public.profiles where id = p_user_id) then
    raise exception using errcode = 'P0002', message = 'Gebruiker niet gevonden.';
  end if;
  if p_role = 'area_team' and (p_area_id is null or p_council_id is not null) then
    raise exception using errcode = '22023', message = 'Kies een gebied voor een lid van het gebiedsteam.';
  elsif p_role = 'council' and p_council_id is null then
    raise exception using errcode = '22023', message = 'Kies een wijk- of dorpsraad.';
  elsif p_role = 'admin' and (p_area_id is not null or p_council_id is not null) then
    raise exception using errcode = '22023', message = 'Een beheerder hoort niet bij een gebied of raad.';
  end if;
  -- checked here because the memberships_set_area trigger would leave area_id null and fail the scope check first
  if p_council_id is not null and not exists (select 1 from public.councils where id = p_council_id) then
    raise exception using errcode = 'P0002', message = 'Gebied of raad niet gevonden.';
  end if;
  insert into public.memberships (user_id, role, area_id, council_id, granted_by)
  values (p_user_id, p_role, case when p_role = 'area_team' then p_area_id end, p_council_id, v_admin)
  returning * into v_row;
  return to_jsonb(v_row);
exception
  when unique_violation then
    raise exception using errcode = '23505', message = 'Dit lidmaatschap bestaat al.';
  when foreign_key_violation then
    raise exception using errcode = 'P0002', message = 'Gebied of raad niet gevonden.';
end $$;

create function public.admin_revoke_membership(p_membership_id uuid) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
begin
  perform private.require_admin();
  delete from public.memberships where id = p_membership_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Lidmaatschap niet gevonden.';
  end if;
  return jsonb_build_object('id', p_membership_id);
end $$;

create function public.admin_upsert_theme(
  p_id uuid, p_slug text, p_name_nl text, p_name_en text, p_sort_order int default 0
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_row public.themes;
begin
  perform private.require_admin();
  if coalesce(p_slug, '') !~ '^[a-z0-9]+(-[a-z0-9]+)*$' then
    raise exception using errcode = '22023', message = 'Gebruik voor de code alleen kleine letters, cijfers en streepjes.';
  end if;
  if char_length(trim(coalesce(p_name_nl, ''))) not between 2 and 80 or char_length(trim(coalesce(p_name_en, ''))) not between 2 and 80 then
    raise exception using errcode = '22023', message = 'Naam moet tussen 2 en 80 tekens zijn.';
  end if;
  if p_id is null then
    insert into public.themes (slug, name_nl, name_en, sort_order)
    values (p_slug, trim(p_name_nl), trim(p_name_en), coalesce(p_sort_order, 0)) returning * into v_row;
  else
    update public.themes set slug = p_slug, name_nl = trim(p_name_nl), name_en = trim(p_name_en),
      sort_order = coalesce(p_sort_order, 0), is_example = false
    where id = p_id returning * into v_row;
    if not found then
      raise exception using errcode = 'P0002', message = 'Thema niet gevonden.';
    end if;
  end if;
  return to_jsonb(v_row);
exception
  when unique_violation then
    raise exception using errcode = '23505', message = 'Er bestaat al een thema met deze code.';
end $$;

-- ── row level security ───────────────────────────────────────────────────────────────────────────────────
alter table public.areas enable row level security;
alter table public.districts enable row level security;
alter table public.councils enable row level security;
alter table public.council_districts enable row level security;
alter table public.profiles enable row level security;
alter table public.memberships enable row level security;
alter table public.themes enable row level security;
alter table public.agendas enable row level security;
alter table public.agenda_districts enable row level security;

create policy "everyone can read areas" on public.areas for select to anon, authenticated using (true);
create policy "everyone can read districts" on public.districts for select to anon, authenticated using (true);
create policy "everyone can read councils" on public.councils for select to anon, authenticated using (true);
create policy "everyone can read council districts" on public.council_districts for select to anon, authenticated using (true);
create policy "everyone can read themes" on public.themes for select to anon, authenticated using (true);
create policy "everyone can read agendas" on public.agendas for select to anon, authenticated using (true);
create policy "everyone can read agenda districts" on public.agenda_districts for select to anon, authenticated using (true);
create policy "users can read their own profile" on public.profiles for select to authenticated
  using (id = (select auth.uid()));
create policy "admins can read all profiles" on public.profiles for select to authenticated
  using ((select private.is_admin()));
create policy "users can read their own memberships" on public.memberships for select to authenticated
  using (user_id = (select auth.uid()));
create policy "admins can read all memberships" on public.memberships for select to authenticated
  using ((select private.is_admin()));

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
-- Supabase grants everything in public to the API roles by default; take writes away, give back reads.
revoke all on all tables in schema public from anon, authenticated, public;
grant select on public.areas, public.districts, public.councils, public.council_districts, public.themes,
  public.agendas, public.agenda_districts to anon, authenticated;
grant select on public.profiles, public.memberships to authenticated;

revoke all on schema private from public;
grant usage on schema private to anon, authenticated;
revoke all on all functions in schema private from public, anon, authenticated;
grant execute on function private.is_admin(), private.my_area_ids(public.membership_role[]),
  private.area_team_names(uuid), private.area_json(public.areas) to anon, authenticated;

revoke all on all functions in schema public from public, anon, authenticated;
grant execute on function public.map_overview(), public.area_page(text), public.list_themes(), public.me()
  to anon, authenticated;
grant execute on function public.update_profile(text), public.update_area(uuid, text),
  public.admin_update_area(uuid, text, int), public.admin_set_district_area(uuid, uuid), public.admin_list_users(),
  public.admin_grant_membership(uuid, public.membership_role, uuid, uuid), public.admin_revoke_membership(uuid),
  public.admin_upsert_theme(uuid, text, text, text, int)
  to authenticated;

-- Functions created by later migrations must be granted explicitly too. Supabase's grants to anon/authenticated are
-- per-schema defaults, so a per-schema revoke removes them; PUBLIC's EXECUTE is a built-in global default that a
-- per-schema revoke cannot remove, so that one is revoked globally (for the role that runs migrations) and handed
-- back only in the extensions schema, where extension functions must stay callable.
alter default privileges in schema public revoke execute on functions from anon, authenticated;
alter default privileges revoke execute on functions from public;
alter default privileges in schema extensions grant execute on functions to public;
