-- Documents: wijk- en dorpsagenda's, gebiedsvisies and uitvoeringsplannen as ONE versioned model (issue 3).
--
--   documents          one row per VERSION of a document; versions of one document share series_id and slug
--   document_districts the wijken/dorpen a version covers (councils of those districts comment during consultatie)
--   sections           ordered parts of a version; lineage_id is stable across versions
--   entries            agenda items, vision goals and plan actions (kind follows the document), lineage_id stable
--   entry_links        vision goal → agenda items, plan action → agenda items and vision goals, by target LINEAGE
--   revisions          every change (who, when, before, after), written by triggers only
--   comments           threaded comments on a version or one of its entries; official answers by the area team
--
-- Reads go through security-invoker functions (RLS: published = consultatie or vastgesteld for everyone, concept only
-- for the area team of the area and admins). Writes go through security-definer functions that check the caller's
-- role, the life cycle (a vastgesteld version is read-only) and an optimistic lock (p_version; SQLSTATE 40001).
-- The foundation's agendas/agenda_districts become documents of kind 'agenda' with the same ids. See docs/api.md.

-- ── types ────────────────────────────────────────────────────────────────────────────────────────────────
create type public.document_kind as enum ('agenda', 'vision', 'plan');
create type public.entry_kind as enum ('agenda_item', 'vision_goal', 'plan_action');
create type public.item_origin as enum ('resident_ambition', 'municipal_task', 'partner_task');
create type public.item_status as enum ('open', 'in_uitvoering', 'gerealiseerd', 'vervallen');
create type public.action_status as enum ('gepland', 'in_uitvoering', 'gereed', 'vertraagd', 'gestopt');
create type public.owner_kind as enum ('gemeente', 'partner');
create type public.comment_role as enum ('area_team', 'admin', 'council', 'resident');

-- ── tables ───────────────────────────────────────────────────────────────────────────────────────────────
create table public.documents (
  id uuid primary key default gen_random_uuid(),
  series_id uuid not null,
  version_no integer not null default 1 check (version_no >= 1),
  area_id uuid not null references public.areas (id),
  kind public.document_kind not null,
  slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 120),
  title text not null check (char_length(title) between 2 and 160),
  summary text not null default '' check (char_length(summary) <= 4000),
  status public.document_status not null default 'concept',
  comments_open_to_residents boolean not null default false,
  agenda_kind public.agenda_kind,
  horizon_start smallint,
  horizon_end smallint,
  period_start date,
  period_end date,
  source_url text check (source_url ~ '^https?://'),
  is_example boolean not null default false,
  previous_version_id uuid unique references public.documents (id),
  version integer not null default 1 check (version >= 1),
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  adopted_at timestamptz,
  constraint documents_series_version unique (series_id, version_no),
  constraint documents_slug_version unique (slug, version_no),
  constraint documents_previous check ((version_no = 1) = (previous_version_id is null)),
  constraint documents_agenda_kind check ((kind = 'agenda') = (agenda_kind is not null)),
  constraint documents_horizon check (case when kind = 'vision'
    then horizon_start between 2000 and 2100 and horizon_end between horizon_start and 2100
    else horizon_start is null and horizon_end is null end),
  constraint documents_period check (case when kind = 'plan'
    then period_start is not null and period_end is not null and period_start <= period_end
    else period_start is null and period_end is null end),
  constraint documents_adopted check ((status = 'vastgesteld') = (adopted_at is not null))
);
comment on table public.documents is
  'One version of a wijk-/dorpsagenda, gebiedsvisie or uitvoeringsplan. Versions of one document share series_id and slug; '
  'version is the optimistic lock, version_no the document version. vastgesteld versions are read-only.';

create table public.document_districts (
  document_id uuid not null references public.documents (id) on delete cascade,
  district_id uuid not null references public.districts (id) on delete cascade,
  area_id uuid not null references public.areas (id),
  primary key (document_id, district_id)
);
comment on table public.document_districts is 'The wijken and dorpen a document version covers; area_id is copied from the document.';

create table public.sections (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references public.documents (id) on delete cascade,
  area_id uuid not null references public.areas (id),
  lineage_id uuid not null default gen_random_uuid(),
  title text not null check (char_length(title) between 2 and 200),
  body text not null default '' check (char_length(body) <= 10000),
  position integer not null check (position >= 0),
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint sections_lineage unique (document_id, lineage_id),
  constraint sections_id_document unique (id, document_id)
);
comment on table public.sections is 'Ordered parts of a document version (position 0..n-1); lineage_id is the same in every version.';

create table public.entries (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references public.documents (id) on delete cascade,
  section_id uuid not null,
  area_id uuid not null references public.areas (id),
  kind public.entry_kind not null,
  lineage_id uuid not null default gen_random_uuid(),
  title text not null check (char_length(title) between 2 and 300),
  body text not null default '' check (char_length(body) <= 10000),
  theme_id uuid references public.themes (id),
  position integer not null check (position >= 0),
  version integer not null default 1 check (version >= 1),
  -- agenda item
  origin public.item_origin,
  priority smallint check (priority between 1 and 3),
  owner_name text check (char_length(owner_name) <= 120),
  item_status public.item_status,
  -- plan action
  owner_org text check (char_length(owner_org) <= 120),
  owner_kind public.owner_kind,
  action_status public.action_status,
  start_date date,
  end_date date,
  progress smallint check (progress between 0 and 100),
  budget_eur numeric(14, 2) check (budget_eur >= 0),
  -- place: a GeoJSON Point or Polygon in WGS84 ([lng, lat]) and its bounding box
  location jsonb,
  min_lng double precision,
  min_lat double precision,
  max_lng double precision,
  max_lat double precision,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint entries_section foreign key (section_id, document_id)
    references public.sections (id, document_id) on delete cascade,
  constraint entries_lineage unique (document_id, lineage_id),
  constraint entries_id_document unique (id, document_id),
  constraint entries_kind_fields check (case kind
    when 'agenda_item' then origin is not null and priority is not null and item_status is not null
      and owner_org is null and owner_kind is null and action_status is null and start_date is null
      and end_date is null and progress is null and budget_eur is null
    when 'plan_action' then owner_kind is not null and action_status is not null and progress is not null
      and origin is null and priority is null and owner_name is null and item_status is null
    else origin is null and priority is null and owner_name is null and item_status is null and owner_org is null
      and owner_kind is null and action_status is null and start_date is null and end_date is null
      and progress is null and budget_eur is null
    end),
  constraint entries_dates check (start_date is null or end_date is null or start_date <= end_date),
  constraint entries_done check (action_status is distinct from 'gereed' or progress = 100),
  constraint entries_location check (
    (location is null and min_lng is null and min_lat is null and max_lng is null and max_lat is null)
    or (location ->> 'type' in ('Point', 'Polygon') and min_lng <= max_lng and min_lat <= max_lat))
);
comment on table public.entries is
  'Agenda items, vision goals and plan actions (kind follows the document kind), ordered within a section; '
  'lineage_id is the same in every version; version is the optimistic lock.';

create table public.entry_links (
  entry_id uuid not null references public.entries (id) on delete cascade,
  target_lineage_id uuid not null,
  document_id uuid not null references public.documents (id) on delete cascade,
  area_id uuid not null references public.areas (id),
  created_at timestamptz not null default now(),
  primary key (entry_id, target_lineage_id)
);
comment on table public.entry_links is
  'A vision goal answers agenda items; a plan action serves agenda items and vision goals. The target is a lineage, '
  'so a link survives new versions of the target document; reads resolve it to the newest visible version.';

create table public.revisions (
  id bigint generated always as identity primary key,
  document_id uuid not null references public.documents (id) on delete cascade,
  area_id uuid not null references public.areas (id),
  entity text not null check (entity in ('document', 'section', 'entry', 'link', 'district')),
  entity_id uuid not null,
  lineage_id uuid,
  operation text not null check (operation in ('insert', 'update', 'move', 'delete', 'status', 'revision_started')),
  changed_by uuid references public.profiles (id) on delete set null,
  changed_at timestamptz not null default now(),
  before jsonb,
  after jsonb
);
comment on table public.revisions is 'History of every change to a document version, its sections, entries, links and districts. Written by triggers only.';

create table public.comments (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references public.documents (id) on delete cascade,
  entry_id uuid,
  entry_lineage_id uuid,
  area_id uuid not null references public.areas (id),
  parent_id uuid references public.comments (id) on delete cascade,
  author_id uuid references public.profiles (id) on delete set null,
  author_role public.comment_role not null,
  council_id uuid references public.councils (id) on delete set null,
  body text not null check (char_length(body) <= 4000),
  is_official_response boolean not null default false,
  created_at timestamptz not null default now(),
  edited_at timestamptz,
  deleted_at timestamptz,
  constraint comments_entry foreign key (entry_id, document_id)
    references public.entries (id, document_id) on delete set null (entry_id),
  constraint comments_official check (not is_official_response or (author_role in ('area_team', 'admin') and parent_id is not null)),
  constraint comments_council check (council_id is null or author_role = 'council')
);
comment on table public.comments is
  'Comments on a document version or one of its entries; one level of replies (parent_id is the thread root). '
  'A council comment without an official answer in its thread is open.';

-- ── indexes ──────────────────────────────────────────────────────────────────────────────────────────────
create index documents_area_id_idx on public.documents (area_id);
create index documents_status_idx on public.documents (status);
create unique index documents_one_open_version on public.documents (series_id) where status <> 'vastgesteld';
create unique index documents_one_vision_per_area on public.documents (area_id) where kind = 'vision' and version_no = 1;
create index document_districts_district_id_idx on public.document_districts (district_id);
create index document_districts_area_id_idx on public.document_districts (area_id);
create index sections_document_id_idx on public.sections (document_id, position);
create index sections_area_id_idx on public.sections (area_id);
create index entries_document_id_idx on public.entries (document_id);
create index entries_section_id_idx on public.entries (section_id, position);
create index entries_area_id_idx on public.entries (area_id);
create index entries_lineage_id_idx on public.entries (lineage_id);
create index entries_theme_id_idx on public.entries (theme_id);
create index entry_links_target_lineage_id_idx on public.entry_links (target_lineage_id);
create index entry_links_document_id_idx on public.entry_links (document_id);
create index entry_links_area_id_idx on public.entry_links (area_id);
create index revisions_document_id_idx on public.revisions (document_id, id);
create index revisions_area_id_idx on public.revisions (area_id);
create index comments_document_id_idx on public.comments (document_id, created_at);
create index comments_entry_id_idx on public.comments (entry_id);
create index comments_parent_id_idx on public.comments (parent_id);
create index comments_area_id_idx on public.comments (area_id);
create index comments_author_id_idx on public.comments (author_id);

-- ── data: the foundation's agendas become documents of kind 'agenda' (same ids), before any trigger exists ─
insert into public.documents (id, series_id, version_no, area_id, kind, slug, title, status, agenda_kind, source_url,
                              is_example, created_at, updated_at, adopted_at)
select g.id, g.id, 1, g.area_id, 'agenda', g.slug, g.title, g.status, g.kind, g.source_url, g.is_example, g.created_at,
       g.updated_at, case when g.status = 'vastgesteld' then g.updated_at end
from public.agendas g;
insert into public.document_districts (document_id, district_id, area_id)
select ad.agenda_id, ad.district_id, g.area_id
from public.agenda_districts ad join public.agendas g on g.id = ad.agenda_id;
drop table public.agenda_districts;
drop table public.agendas;

-- ── private helpers ──────────────────────────────────────────────────────────────────────────────────────
-- Set by the functions that write a whole version at once (create, start_revision, delete): the content triggers
-- then skip per-row revisions for THAT document only, and the document's own revision tells the story.
create function private.bulk_document() returns uuid
  language sql stable set search_path = '' as $$
  select nullif(current_setting('agendakaart.bulk_document', true), '')::uuid
$$;

create function private.current_profile_id() returns uuid
  language sql stable security definer set search_path = '' as $$
  select p.id from public.profiles p where p.id = (select auth.uid())
$$;

create function private.can_edit_area(p_area_id uuid) returns boolean
  language sql stable security definer set search_path = '' as $$
  select (select auth.uid()) is not null
         and (private.is_admin() or p_area_id in (select private.my_area_ids('{area_team}')))
$$;

-- ids of the documents everyone may read; the policies of the child tables use it (set form, no join)
create function private.published_document_ids() returns setof uuid
  language sql stable security definer set search_path = '' as $$
  select d.id from public.documents d where d.status <> 'concept'
$$;

-- the newest version of every series that the CALLER can see (security invoker: RLS decides)
create function private.current_document_ids() returns setof uuid
  language sql stable set search_path = '' as $$
  select distinct on (d.series_id) d.id from public.documents d order by d.series_id, d.version_no desc
$$;

create function private.display_name(p_user_id uuid) returns text
  language sql stable security definer set search_path = '' as $$
  select p.display_name from public.profiles p where p.id = p_user_id
$$;

create function private.slugify(p_text text) returns text
  language sql immutable set search_path = '' as $$
  select trim(both '-' from left(trim(both '-' from regexp_replace(lower(translate(coalesce(p_text, ''),
    'ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿÇçÑñ',
    'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuYyyCcNn')), '[^a-z0-9]+', '-', 'g')), 100))
$$;

create function private.check_version(p_expected integer, p_current integer) returns void
  language plpgsql volatile set search_path = '' as $$
begin
  if p_expected is null then
    raise exception using errcode = '22023', message = 'Geef de versie mee van wat je hebt bewerkt.';
  end if;
  if p_expected <> p_current then
    raise exception using errcode = '40001',
      message = 'Iemand anders heeft dit intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
      detail = jsonb_build_object('current_version', p_current)::text;
  end if;
end $$;

-- Even-odd ray casting over all rings of a Polygon or of each polygon of a MultiPolygon (holes subtract).
create function private.point_in_geometry(p_lng double precision, p_lat double precision, p_geometry jsonb) returns boolean
  language sql immutable set search_path = '' as $$
  select coalesce(bool_or(x.crossings % 2 = 1), false)
  from (
    select poly.i, count(*) filter (where
        ((ring.r -> s.k -> 1)::float8 > p_lat) <> ((ring.r -> (s.k + 1) -> 1)::float8 > p_lat)
        and p_lng < ((ring.r -> (s.k + 1) -> 0)::float8 - (ring.r -> s.k -> 0)::float8)
                    * (p_lat - (ring.r -> s.k -> 1)::float8)
                    / nullif((ring.r -> (s.k + 1) -> 1)::float8 - (ring.r -> s.k -> 1)::float8, 0)
                    + (ring.r -> s.k -> 0)::float8) as crossings
    from jsonb_array_elements(case p_geometry ->> 'type'
                                when 'Polygon' then jsonb_build_array(p_geometry -> 'coordinates')
                                when 'MultiPolygon' then p_geometry -> 'coordinates'
                                else '[]'::jsonb end) with ordinality as poly(p, i)
    cross join lateral jsonb_array_elements(poly.p) as ring(r)
    cross join lateral generate_series(0, jsonb_array_length(ring.r) - 2) as s(k)
    group by poly.i
  ) x
$$;

create function private.point_in_area(p_lng double precision, p_lat double precision, p_area_id uuid) returns boolean
  language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.districts d
    where d.area_id = p_area_id and p_lng between d.min_lng and d.max_lng and p_lat between d.min_lat and d.max_lat
      and private.point_in_geometry(p_lng, p_lat, d.geometry))
$$;

-- Validates a place (GeoJSON Point or Polygon, [lng, lat]) and returns { geometry, bbox } with only the GeoJSON
-- members we keep; raises 22023 with a Dutch message. A Point must lie in a district of the area; a Polygon must
-- have at least one corner in a district of the area.
create function private.validate_place(p_location jsonb, p_area_id uuid) returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_type text;
  v_coords jsonb;
  v_ring jsonb;
  v_pos jsonb;
  v_count integer := 0;
  v_inside boolean := false;
  v_bbox double precision[];
  c_invalid constant text := 'Deze plek is geen geldig GeoJSON-punt of -vlak in lengte- en breedtegraden.';
begin
  if p_location is null or p_location = 'null'::jsonb then
    return null;
  end if;
  if jsonb_typeof(p_location) <> 'object' then
    raise exception using errcode = '22023', message = c_invalid;
  end if;
  v_type := p_location ->> 'type';
  v_coords := p_location -> 'coordinates';
  if v_type = 'Point' then
    if jsonb_typeof(v_coords) <> 'array' or jsonb_array_length(v_coords) <> 2
       or jsonb_typeof(v_coords -> 0) <> 'number' or jsonb_typeof(v_coords -> 1) <> 'number'
       or (v_coords ->> 0)::float8 not between -180 and 180 or (v_coords ->> 1)::float8 not between -90 and 90 then
      raise exception using errcode = '22023', message = c_invalid;
    end if;
    if not private.point_in_area((v_coords ->> 0)::float8, (v_coords ->> 1)::float8, p_area_id) then
      raise exception using errcode = '22023', message = 'Deze plek ligt buiten het gebied van dit document.';
    end if;
    return jsonb_build_object('geometry', jsonb_build_object('type', 'Point', 'coordinates', v_coords),
      'bbox', array[(v_coords ->> 0)::float8, (v_coords ->> 1)::float8, (v_coords ->> 0)::float8, (v_coords ->> 1)::float8]);
  elsif v_type = 'Polygon' then
    if jsonb_typeof(v_coords) <> 'array' or jsonb_array_length(v_coords) not between 1 and 20 then
      raise exception using errcode = '22023', message = c_invalid;
    end if;
    for v_ring in select r from jsonb_array_elements(v_coords) as t(r) loop
      if jsonb_typeof(v_ring) <> 'array' or jsonb_array_length(v_ring) < 4 or (v_ring -> 0) <> (v_ring -> -1) then
        raise exception using errcode = '22023',
          message = 'Een vlak bestaat uit gesloten ringen van minstens vier punten (het eerste punt is ook het laatste).';
      end if;
      for v_pos in select p from jsonb_array_elements(v_ring) as t(p) loop
        v_count := v_count + 1;
        if jsonb_typeof(v_pos) <> 'array' or jsonb_array_length(v_pos) <> 2
           or jsonb_typeof(v_pos -> 0) <> 'number' or jsonb_typeof(v_pos -> 1) <> 'number'
           or (v_pos ->> 0)::float8 not between -180 and 180 or (v_pos ->> 1)::float8 not between -90 and 90 then
          raise exception using errcode = '22023', message = c_invalid;
        end if;
      end loop;
    end loop;
    if v_count > 2000 then
      raise exception using errcode = '22023', message = 'Een vlak mag hoogstens 2000 punten hebben.';
    end if;
    select bool_or(private.point_in_area((p ->> 0)::float8, (p ->> 1)::float8, p_area_id)),
           array[min((p ->> 0)::float8), min((p ->> 1)::float8), max((p ->> 0)::float8), max((p ->> 1)::float8)]
      into v_inside, v_bbox
    from jsonb_array_elements(v_coords -> 0) as t(p);
    if not v_inside then
      raise exception using errcode = '22023', message = 'Deze plek ligt buiten het gebied van dit document.';
    end if;
    return jsonb_build_object('geometry', jsonb_build_object('type', 'Polygon', 'coordinates', v_coords), 'bbox', v_bbox);
  end if;
  raise exception using errcode = '22023', message = 'Een plek is een punt (Point) of een vlak (Polygon).';
end $$;

-- Locks a document for writing: exists (P0002), the caller edits its area (42501), not vastgesteld (22023).
create function private.editable_document(p_document_id uuid) returns public.documents
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_doc public.documents;
begin
  select * into v_doc from public.documents where id = p_document_id for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Document niet gevonden.';
  end if;
  perform private.require_area_editor(v_doc.area_id);
  if v_doc.status = 'vastgesteld' then
    raise exception using errcode = '22023',
      message = 'Deze versie is vastgesteld en kan niet meer worden gewijzigd. Begin een nieuwe versie om iets te veranderen.';
  end if;
  return v_doc;
end $$;

create function private.validate_document_fields(
  p_kind public.document_kind, p_title text, p_summary text, p_agenda_kind public.agenda_kind,
  p_horizon_start integer, p_horizon_end integer, p_period_start date, p_period_end date, p_source_url text
) returns void
  language plpgsql immutable set search_path = '' as $$
begin
  if char_length(coalesce(p_title, '')) not between 2 and 160 then
    raise exception using errcode = '22023', message = 'Titel moet tussen 2 en 160 tekens zijn.';
  end if;
  if char_length(coalesce(p_summary, '')) > 4000 then
    raise exception using errcode = '22023', message = 'De samenvatting mag hoogstens 4000 tekens zijn.';
  end if;
  if p_source_url is not null and p_source_url !~ '^https?://' then
    raise exception using errcode = '22023', message = 'De bron moet een webadres zijn (http:// of https://).';
  end if;
  if p_kind <> 'agenda' and p_agenda_kind is not null then
    raise exception using errcode = '22023', message = 'Alleen een agenda is een wijk- of dorpsagenda.';
  end if;
  if p_kind = 'vision' then
    if p_horizon_start is null or p_horizon_end is null or p_horizon_start not between 2000 and 2100
       or p_horizon_end not between 2000 and 2100 or p_horizon_start > p_horizon_end then
      raise exception using errcode = '22023',
        message = 'Een gebiedsvisie heeft een begin- en eindjaar tussen 2000 en 2100; het begin ligt niet na het eind.';
    end if;
  elsif p_horizon_start is not null or p_horizon_end is not null then
    raise exception using errcode = '22023', message = 'Alleen een gebiedsvisie heeft een horizon in jaren.';
  end if;
  if p_kind = 'plan' then
    if p_period_start is null or p_period_end is null or p_period_start > p_period_end then
      raise exception using errcode = '22023',
        message = 'Een uitvoeringsplan heeft een begin- en einddatum; het begin ligt niet na het eind.';
    end if;
  elsif p_period_start is not null or p_period_end is not null then
    raise exception using errcode = '22023', message = 'Alleen een uitvoeringsplan heeft een periode.';
  end if;
end $$;

-- Replaces the districts of a document; null = all districts of the document's area.
create function private.set_document_districts(p_document_id uuid, p_area_id uuid, p_district_ids uuid[]) returns void
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_ids uuid[];
begin
  if p_district_ids is null then
    select array_agg(d.id) into v_ids from public.districts d where d.area_id = p_area_id;
  else
    select array_agg(distinct x) into v_ids from unnest(p_district_ids) as t(x) where x is not null;
  end if;
  if coalesce(cardinality(v_ids), 0) = 0 then
    raise exception using errcode = '22023', message = 'Kies minstens één wijk of dorp.';
  end if;
  if exists (select 1 from unnest(v_ids) as t(x)
             where not exists (select 1 from public.districts d where d.id = x and d.area_id = p_area_id)) then
    raise exception using errcode = '22023', message = 'Kies alleen wijken en dorpen van het gebied van dit document.';
  end if;
  delete from public.document_districts where document_id = p_document_id and district_id <> all (v_ids);
  insert into public.document_districts (document_id, district_id)
  select p_document_id, x from unnest(v_ids) as t(x)
  on conflict (document_id, district_id) do nothing;
end $$;

-- Renumbers the sections of a document 0..n-1, except p_except, leaving a gap at p_position (clamped; null = at
-- the end). Returns the gap's position. Siblings keep their lock version: reordering is not an edit of them.
create function private.make_room_for_section(p_document_id uuid, p_except uuid, p_position integer) returns integer
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_count integer;
  v_pos integer;
begin
  select count(*) into v_count from public.sections where document_id = p_document_id and id is distinct from p_except;
  v_pos := greatest(0, least(coalesce(p_position, v_count), v_count));
  update public.sections s set position = o.pos
  from (select x.id, case when x.idx >= v_pos then x.idx + 1 else x.idx end as pos
        from (select id, (row_number() over (order by position, created_at, id) - 1)::integer as idx
              from public.sections where document_id = p_document_id and id is distinct from p_except) x) o
  where s.id = o.id and s.position <> o.pos;
  return v_pos;
end $$;

create function private.make_room_for_entry(p_section_id uuid, p_except uuid, p_position integer) returns integer
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_count integer;
  v_pos integer;
begin
  select count(*) into v_count from public.entries where section_id = p_section_id and id is distinct from p_except;
  v_pos := greatest(0, least(coalesce(p_position, v_count), v_count));
  update public.entries e set position = o.pos
  from (select x.id, case when x.idx >= v_pos then x.idx + 1 else x.idx end as pos
        from (select id, (row_number() over (order by position, created_at, id) - 1)::integer as idx
              from public.entries where section_id = p_section_id and id is distinct from p_except) x) o
  where e.id = o.id and e.position <> o.pos;
  return v_pos;
end $$;

-- The capacity in which the caller may comment on this document now, or null:
-- area team of the area / admin (any status), council member whose council covers one of the document's districts
-- (consultatie), any signed-in user when the area team opened comments to residents (consultatie).
create function private.comment_role(p_document_id uuid) returns public.comment_role
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_uid uuid := (select auth.uid());
  v_doc public.documents;
begin
  if v_uid is null then
    return null;
  end if;
  select * into v_doc from public.documents where id = p_document_id;
  if not found then
    return null;
  end if;
  if v_doc.area_id in (select private.my_area_ids('{area_team}')) then
    return 'area_team';
  end if;
  if private.is_admin() then
    return 'admin';
  end if;
  if v_doc.status <> 'consultatie' then
    return null;
  end if;
  if private.commenting_council_id(p_document_id) is not null then
    return 'council';
  end if;
  if v_doc.comments_open_to_residents then
    return 'resident';
  end if;
  return null;
end $$;

-- The caller's council (first by name) that covers one of the document's districts.
create function private.commenting_council_id(p_document_id uuid) returns uuid
  language sql stable security definer set search_path = '' as $$
  select c.id from public.memberships m
  join public.councils c on c.id = m.council_id
  where m.user_id = (select auth.uid()) and m.role = 'council'
    and exists (select 1 from public.council_districts cd join public.document_districts dd on dd.district_id = cd.district_id
                where cd.council_id = c.id and dd.document_id = p_document_id)
  order by c.name, c.id
  limit 1
$$;

-- ── JSON view models (security invoker: what the caller can read) ────────────────────────────────────────
create function private.document_json(d public.documents) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object(
    'id', d.id, 'series_id', d.series_id, 'version_no', d.version_no, 'version', d.version, 'kind', d.kind,
    'slug', d.slug, 'title', d.title, 'summary', d.summary, 'status', d.status, 'agenda_kind', d.agenda_kind,
    'horizon_start', d.horizon_start, 'horizon_end', d.horizon_end, 'period_start', d.period_start,
    'period_end', d.period_end, 'source_url', d.source_url, 'is_example', d.is_example,
    'comments_open_to_residents', d.comments_open_to_residents, 'previous_version_id', d.previous_version_id,
    'created_at', d.created_at, 'updated_at', d.updated_at, 'adopted_at', d.adopted_at,
    'area', (select jsonb_build_object('id', a.id, 'slug', a.slug, 'name', a.name) from public.areas a where a.id = d.area_id),
    'districts', coalesce((select jsonb_agg(jsonb_build_object('id', x.id, 'code', x.code, 'name', x.name, 'kind', x.kind)
                                   order by x.name)
                           from public.document_districts dd join public.districts x on x.id = dd.district_id
                           where dd.document_id = d.id), '[]'::jsonb))
$$;

create function private.section_json(s public.sections) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object('id', s.id, 'lineage_id', s.lineage_id, 'document_id', s.document_id, 'title', s.title,
                            'body', s.body, 'position', s.position, 'version', s.version, 'updated_at', s.updated_at)
$$;

create function private.entry_json(e public.entries) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object(
      'id', e.id, 'lineage_id', e.lineage_id, 'document_id', e.document_id, 'section_id', e.section_id,
      'kind', e.kind, 'title', e.title, 'body', e.body, 'theme_id', e.theme_id, 'position', e.position,
      'version', e.version, 'location', e.location,
      'bbox', case when e.location is not null then jsonb_build_array(e.min_lng, e.min_lat, e.max_lng, e.max_lat) end,
      'updated_at', e.updated_at)
    || case e.kind
         when 'agenda_item' then jsonb_build_object('origin', e.origin, 'priority', e.priority,
                                                    'owner_name', e.owner_name, 'item_status', e.item_status)
         when 'plan_action' then jsonb_build_object('owner_org', e.owner_org, 'owner_kind', e.owner_kind,
                                                    'action_status', e.action_status, 'start_date', e.start_date,
                                                    'end_date', e.end_date, 'progress', e.progress,
                                                    'budget_eur', e.budget_eur)
         else '{}'::jsonb end
$$;

-- Links from this entry, each resolved to the newest visible version that holds the target lineage.
create function private.entry_links_json(p_entry_id uuid) returns jsonb
  language sql stable set search_path = '' as $$
  select coalesce(jsonb_agg(jsonb_build_object(
      'lineage_id', t.lineage_id, 'id', t.id, 'kind', t.kind, 'title', t.title,
      'in_current_version', t.document_id in (select private.current_document_ids()),
      'document', jsonb_build_object('id', t.doc_id, 'slug', t.doc_slug, 'kind', t.doc_kind, 'title', t.doc_title,
                                     'version_no', t.doc_version_no, 'status', t.doc_status)
    ) order by t.doc_kind, t.doc_title, t.title), '[]'::jsonb)
  from public.entry_links l
  cross join lateral (
    select e.id, e.lineage_id, e.kind, e.title, e.document_id, d.id as doc_id, d.slug as doc_slug, d.kind as doc_kind,
           d.title as doc_title, d.version_no as doc_version_no, d.status as doc_status
    from public.entries e join public.documents d on d.id = e.document_id
    where e.lineage_id = l.target_lineage_id
    order by d.version_no desc
    limit 1) t
  where l.entry_id = p_entry_id
$$;

-- Entries that link to this lineage, from the newest visible version of their own document.
create function private.entry_linked_from_json(p_lineage_id uuid) returns jsonb
  language sql stable set search_path = '' as $$
  select coalesce(jsonb_agg(jsonb_build_object(
      'lineage_id', f.lineage_id, 'id', f.id, 'kind', f.kind, 'title', f.title,
      'document', jsonb_build_object('id', d.id, 'slug', d.slug, 'kind', d.kind, 'title', d.title,
                                     'version_no', d.version_no, 'status', d.status)
    ) order by d.kind, d.title, f.position, f.title), '[]'::jsonb)
  from public.entry_links l
  join public.entries f on f.id = l.entry_id
  join public.documents d on d.id = f.document_id
  where l.target_lineage_id = p_lineage_id and d.id in (select private.current_document_ids())
$$;

create function private.comment_is_open(c public.comments) returns boolean
  language sql stable set search_path = '' as $$
  select c.parent_id is null and c.author_role = 'council' and c.deleted_at is null
         and not exists (select 1 from public.comments r
                         where r.parent_id = c.id and r.is_official_response and r.deleted_at is null)
$$;

create function private.comment_counts(p_document_id uuid, p_entry_id uuid default null) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object(
    'comment_count', count(*) filter (where c.deleted_at is null),
    'open_comment_count', count(*) filter (where private.comment_is_open(c)))
  from public.comments c
  where c.document_id = p_document_id and (p_entry_id is null or c.entry_id = p_entry_id)
$$;

create function private.comment_json(c public.comments) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object(
    'id', c.id, 'document_id', c.document_id, 'entry_id', c.entry_id, 'entry_lineage_id', c.entry_lineage_id,
    'entry_title', (select e.title from public.entries e where e.id = c.entry_id),
    'parent_id', c.parent_id,
    'body', case when c.deleted_at is null then c.body else '' end,
    'is_official_response', c.is_official_response,
    'author_name', private.display_name(c.author_id), 'author_role', c.author_role,
    'council', (select jsonb_build_object('id', k.id, 'name', k.name) from public.councils k where k.id = c.council_id),
    'is_own', c.author_id is not null and c.author_id = (select auth.uid()),
    'is_open', private.comment_is_open(c),
    'created_at', c.created_at, 'edited_at', c.edited_at, 'deleted_at', c.deleted_at)
$$;

-- A list entry of area_page: the newest visible version of one document.
create function private.document_list_json(d public.documents) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object('id', d.id, 'slug', d.slug, 'title', d.title, 'kind', d.kind, 'status', d.status,
                            'version_no', d.version_no, 'is_example', d.is_example, 'adopted_at', d.adopted_at,
                            'horizon_start', d.horizon_start, 'horizon_end', d.horizon_end,
                            'period_start', d.period_start, 'period_end', d.period_end)
         || private.comment_counts(d.id)
$$;

-- What compare_versions compares (no ids, no positions, no lock versions).
create function private.entry_compare_json(e public.entries) returns jsonb
  language sql stable set search_path = '' as $$
  select (private.entry_json(e)
          - array['id', 'document_id', 'section_id', 'position', 'version', 'updated_at', 'bbox', 'lineage_id', 'kind'])
         || jsonb_build_object(
              'section_lineage_id', (select s.lineage_id from public.sections s where s.id = e.section_id),
              'links', coalesce((select jsonb_agg(l.target_lineage_id order by l.target_lineage_id)
                                 from public.entry_links l where l.entry_id = e.id), '[]'::jsonb))
$$;

create function private.changed_fields(p_before jsonb, p_after jsonb) returns jsonb
  language sql immutable set search_path = '' as $$
  select coalesce(jsonb_agg(k order by k), '[]'::jsonb)
  from (select jsonb_object_keys(coalesce(p_before, '{}'::jsonb) || coalesce(p_after, '{}'::jsonb)) as k) keys
  where p_before -> k is distinct from p_after -> k
$$;

-- ── triggers ─────────────────────────────────────────────────────────────────────────────────────────────
create function private.documents_before_write() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    new.series_id := coalesce(new.series_id, new.id);
    if exists (select 1 from public.documents d where d.slug = new.slug and d.series_id <> new.series_id) then
      raise exception using errcode = '23505', message = 'Er bestaat al een document met deze code.';
    end if;
  else
    if new.series_id <> old.series_id or new.area_id <> old.area_id or new.kind <> old.kind
       or new.slug <> old.slug or new.version_no <> old.version_no then
      raise exception using errcode = '22023', message = 'Gebied, soort, code en versienummer van een document liggen vast.';
    end if;
    new.updated_at := now();
  end if;
  return new;
end $$;

create function private.document_revision_json(d public.documents) returns jsonb
  language sql immutable set search_path = '' as $$
  select to_jsonb(d) - array['id', 'series_id', 'area_id', 'kind', 'version_no', 'version', 'created_by',
                             'created_at', 'updated_at', 'adopted_at', 'previous_version_id', 'status']
$$;

create function private.documents_after_write() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    insert into public.revisions (document_id, area_id, entity, entity_id, operation, changed_by, after)
    values (new.id, new.area_id, 'document', new.id,
            case when new.previous_version_id is null then 'insert' else 'revision_started' end,
            private.current_profile_id(),
            private.document_revision_json(new) || jsonb_build_object('status', new.status, 'version_no', new.version_no));
  elsif new.status <> old.status then
    insert into public.revisions (document_id, area_id, entity, entity_id, operation, changed_by, before, after)
    values (new.id, new.area_id, 'document', new.id, 'status', private.current_profile_id(),
            jsonb_build_object('status', old.status), jsonb_build_object('status', new.status));
  elsif private.document_revision_json(old) <> private.document_revision_json(new) then
    insert into public.revisions (document_id, area_id, entity, entity_id, operation, changed_by, before, after)
    values (new.id, new.area_id, 'document', new.id, 'update', private.current_profile_id(),
            private.document_revision_json(old), private.document_revision_json(new));
  end if;
  return null;
end $$;

-- Copies area_id (and for entries the kind) from the document and keeps vastgesteld versions read-only. The one
-- exception: the progress and status of a plan action can still be updated in an adopted plan (monitoring).
create function private.content_before_write() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare
  v_doc public.documents;
  c_readonly constant text :=
    'Deze versie is vastgesteld en kan niet meer worden gewijzigd. Begin een nieuwe versie om iets te veranderen.';
begin
  if tg_op = 'DELETE' then
    if tg_table_name = 'document_districts' then
      return old;
    end if;
    select * into v_doc from public.documents where id = old.document_id;
    if found and v_doc.status = 'vastgesteld' then
      raise exception using errcode = '22023', message = c_readonly;
    end if;
    return old;
  end if;
  if tg_table_name = 'entry_links' then
    select e.document_id into new.document_id from public.entries e where e.id = new.entry_id;
  end if;
  select * into v_doc from public.documents where id = new.document_id;
  if not found then
    return new; -- the foreign key reports it
  end if;
  new.area_id := v_doc.area_id;
  if tg_table_name = 'entries' then
    new.kind := case v_doc.kind when 'agenda' then 'agenda_item' when 'vision' then 'vision_goal'
                else 'plan_action' end::public.entry_kind;
  end if;
  if tg_table_name in ('sections', 'entries') and tg_op = 'UPDATE' then
    new.updated_at := now();
  end if;
  if v_doc.status = 'vastgesteld' and tg_table_name <> 'document_districts' then
    if not (tg_table_name = 'entries' and tg_op = 'UPDATE'
            and (to_jsonb(old) - array['action_status', 'progress', 'version', 'updated_at'])
                = (to_jsonb(new) - array['action_status', 'progress', 'version', 'updated_at'])) then
      raise exception using errcode = '22023', message = c_readonly;
    end if;
  end if;
  return new;
end $$;

create function private.content_snapshot(p_row jsonb) returns jsonb
  language sql immutable set search_path = '' as $$
  select p_row - array['created_at', 'updated_at', 'area_id', 'document_id', 'min_lng', 'min_lat', 'max_lng', 'max_lat']
$$;

-- Revisions of sections and entries. An update that does not raise the lock version (renumbering siblings) or that
-- changes nothing is not a change; an update of only position/section is a 'move'.
create function private.record_content_revision() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare
  v_doc uuid;
  v_area uuid;
  v_id uuid;
  v_lineage uuid;
  v_before jsonb;
  v_after jsonb;
  v_op text := lower(tg_op);
begin
  if tg_op = 'DELETE' then
    v_doc := old.document_id; v_area := old.area_id; v_id := old.id; v_lineage := old.lineage_id;
    v_before := private.content_snapshot(to_jsonb(old));
  else
    v_doc := new.document_id; v_area := new.area_id; v_id := new.id; v_lineage := new.lineage_id;
    v_after := private.content_snapshot(to_jsonb(new));
  end if;
  if v_doc = private.bulk_document() then
    return null;
  end if;
  if tg_op = 'DELETE' and not exists (select 1 from public.documents where id = v_doc) then
    return null;
  end if;
  if tg_op = 'UPDATE' then
    v_before := private.content_snapshot(to_jsonb(old));
    if new.version = old.version or (v_before - 'version') = (v_after - 'version') then
      return null;
    end if;
    if (v_before - array['version', 'position', 'section_id']) = (v_after - array['version', 'position', 'section_id']) then
      v_op := 'move';
    end if;
  end if;
  insert into public.revisions (document_id, area_id, entity, entity_id, lineage_id, operation, changed_by, before, after)
  values (v_doc, v_area, case tg_table_name when 'sections' then 'section' else 'entry' end, v_id, v_lineage, v_op,
          private.current_profile_id(), v_before, v_after);
  return null;
end $$;

-- Revisions of links (entity 'link', entity_id = the linking entry) and of districts (entity 'district').
create function private.record_relation_revision() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare
  v_row record;
  v_entity text;
  v_entity_id uuid;
  v_lineage uuid;
  v_data jsonb;
begin
  if tg_op = 'DELETE' then v_row := old; else v_row := new; end if;
  if v_row.document_id = private.bulk_document()
     or not exists (select 1 from public.documents where id = v_row.document_id) then
    return null;
  end if;
  if tg_table_name = 'entry_links' then
    select e.lineage_id into v_lineage from public.entries e where e.id = v_row.entry_id;
    if not found then
      return null; -- the entry itself is being deleted: its own revision says so
    end if;
    v_entity := 'link';
    v_entity_id := v_row.entry_id;
    v_data := jsonb_build_object('entry_id', v_row.entry_id, 'target_lineage_id', v_row.target_lineage_id,
      'target_title', (select e.title from public.entries e join public.documents d on d.id = e.document_id
                       where e.lineage_id = v_row.target_lineage_id order by d.version_no desc limit 1));
  else
    v_entity := 'district';
    v_entity_id := v_row.district_id;
    v_data := (select jsonb_build_object('district_id', x.id, 'code', x.code, 'name', x.name)
               from public.districts x where x.id = v_row.district_id);
    if v_data is null then
      return null;
    end if;
  end if;
  insert into public.revisions (document_id, area_id, entity, entity_id, lineage_id, operation, changed_by, before, after)
  values (v_row.document_id, v_row.area_id, v_entity, v_entity_id, v_lineage, lower(tg_op), private.current_profile_id(),
          case when tg_op = 'DELETE' then v_data end, case when tg_op = 'INSERT' then v_data end);
  return null;
end $$;

create function private.comments_before_write() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  select d.area_id into new.area_id from public.documents d where d.id = new.document_id;
  return new;
end $$;

create trigger documents_before_write before insert or update on public.documents
  for each row execute function private.documents_before_write();
create trigger documents_record_revision after insert or update on public.documents
  for each row execute function private.documents_after_write();
create trigger document_districts_before_write before insert or update or delete on public.document_districts
  for each row execute function private.content_before_write();
create trigger document_districts_record_revision after insert or delete on public.document_districts
  for each row execute function private.record_relation_revision();
create trigger sections_before_write before insert or update or delete on public.sections
  for each row execute function private.content_before_write();
create trigger sections_record_revision after insert or update or delete on public.sections
  for each row execute function private.record_content_revision();
create trigger entries_before_write before insert or update or delete on public.entries
  for each row execute function private.content_before_write();
create trigger entries_record_revision after insert or update or delete on public.entries
  for each row execute function private.record_content_revision();
create trigger entry_links_before_write before insert or update or delete on public.entry_links
  for each row execute function private.content_before_write();
create trigger entry_links_record_revision after insert or delete on public.entry_links
  for each row execute function private.record_relation_revision();
create trigger comments_before_write before insert or update on public.comments
  for each row execute function private.comments_before_write();

-- ── public read functions (security invoker: RLS applies) ────────────────────────────────────────────────
create or replace function public.map_overview() returns jsonb
  language sql stable security invoker set search_path = '' as $$
  select jsonb_build_object(
    'areas', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', a.id, 'slug', a.slug, 'name', a.name, 'color_index', a.color_index,
        'district_count', (select count(*) from public.districts d where d.area_id = a.id),
        'agenda_count', (select count(*) from public.documents g
                         where g.area_id = a.id and g.kind = 'agenda' and g.id in (select private.current_document_ids())),
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

create or replace function public.area_page(p_slug text) returns jsonb
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
        'id', g.id, 'slug', g.slug, 'title', g.title, 'kind', g.agenda_kind, 'status', g.status, 'is_example', g.is_example
      ) order by g.title) from public.documents g
      where g.area_id = v_area.id and g.kind = 'agenda' and g.id in (select private.current_document_ids())), '[]'::jsonb),
    'visions', coalesce((select jsonb_agg(private.document_list_json(g) order by g.horizon_start, g.title)
      from public.documents g
      where g.area_id = v_area.id and g.kind = 'vision' and g.id in (select private.current_document_ids())), '[]'::jsonb),
    'plans', coalesce((select jsonb_agg(private.document_list_json(g) order by g.period_start, g.title)
      from public.documents g
      where g.area_id = v_area.id and g.kind = 'plan' and g.id in (select private.current_document_ids())), '[]'::jsonb),
    'comment_counts', coalesce((select jsonb_agg(jsonb_build_object('document_id', g.id) || private.comment_counts(g.id)
                                                 order by g.kind, g.title)
      from public.documents g where g.area_id = v_area.id and g.id in (select private.current_document_ids())), '[]'::jsonb),
    'open_comment_count', (select count(*) from public.comments c
                           where c.area_id = v_area.id and c.document_id in (select private.current_document_ids())
                             and private.comment_is_open(c)),
    'team', private.area_team_names(v_area.id),
    'can_edit', private.can_edit_area(v_area.id)
  );
end $$;

create function public.document_detail(p_document_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_doc public.documents;
  v_editor boolean;
  v_role public.comment_role;
begin
  select * into v_doc from public.documents where id = p_document_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Document niet gevonden.';
  end if;
  v_editor := private.can_edit_area(v_doc.area_id);
  v_role := private.comment_role(v_doc.id);
  return jsonb_build_object(
    'document', private.document_json(v_doc),
    'versions', (select jsonb_agg(jsonb_build_object('id', d.id, 'version_no', d.version_no, 'status', d.status,
                                                     'title', d.title, 'created_at', d.created_at, 'adopted_at', d.adopted_at)
                                  order by d.version_no)
                 from public.documents d where d.series_id = v_doc.series_id),
    'sections', coalesce((select jsonb_agg(private.section_json(s) || jsonb_build_object('entries', coalesce((
        select jsonb_agg(private.entry_json(e) || private.comment_counts(v_doc.id, e.id)
                         || jsonb_build_object('links', private.entry_links_json(e.id),
                                               'linked_from', private.entry_linked_from_json(e.lineage_id))
                         order by e.position, e.id)
        from public.entries e where e.section_id = s.id), '[]'::jsonb)) order by s.position, s.id)
      from public.sections s where s.document_id = v_doc.id), '[]'::jsonb),
    'can_edit', v_editor and v_doc.status <> 'vastgesteld',
    'can_update_progress', v_editor and v_doc.kind = 'plan',
    'allowed_statuses', case when not v_editor then '[]'::jsonb
                             when v_doc.status = 'concept' then '["consultatie"]'::jsonb
                             when v_doc.status = 'consultatie' then '["concept", "vastgesteld"]'::jsonb
                             else '[]'::jsonb end,
    'can_start_revision', v_editor and v_doc.status = 'vastgesteld'
                          and not exists (select 1 from public.documents d
                                          where d.series_id = v_doc.series_id and d.version_no > v_doc.version_no),
    'can_comment', v_role is not null,
    'comment_role', v_role,
    'can_answer_officially', coalesce(v_role in ('area_team', 'admin'), false)
  ) || private.comment_counts(v_doc.id);
end $$;

create function public.document_by_slug(p_slug text, p_version_no integer default null) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_id uuid;
begin
  select d.id into v_id from public.documents d
  where d.slug = p_slug and (p_version_no is null or d.version_no = p_version_no)
  order by d.version_no desc limit 1;
  if v_id is null then
    raise exception using errcode = 'P0002', message = 'Document niet gevonden.';
  end if;
  return public.document_detail(v_id);
end $$;

create function public.document_history(p_document_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_doc public.documents;
begin
  select * into v_doc from public.documents where id = p_document_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Document niet gevonden.';
  end if;
  return jsonb_build_object(
    'document', jsonb_build_object('id', v_doc.id, 'series_id', v_doc.series_id, 'version_no', v_doc.version_no,
                                   'title', v_doc.title, 'status', v_doc.status),
    'revisions', coalesce((select jsonb_agg(jsonb_build_object(
        'id', r.id, 'document_id', r.document_id, 'version_no', d.version_no, 'entity', r.entity,
        'entity_id', r.entity_id, 'lineage_id', r.lineage_id, 'operation', r.operation,
        'title', coalesce(r.after ->> 'title', r.before ->> 'title', r.after ->> 'target_title', r.before ->> 'target_title',
                          r.after ->> 'name', r.before ->> 'name', case when r.entity = 'document' then d.title end),
        'changed_fields', case when r.operation in ('update', 'move', 'status')
                               then private.changed_fields(r.before - 'version', r.after - 'version') else '[]'::jsonb end,
        'changed_by', case when r.changed_by is not null
                           then jsonb_build_object('display_name', private.display_name(r.changed_by)) end,
        'changed_at', r.changed_at, 'before', r.before, 'after', r.after
      ) order by r.changed_at desc, r.id desc)
      from public.revisions r join public.documents d on d.id = r.document_id
      where d.series_id = v_doc.series_id and d.version_no <= v_doc.version_no), '[]'::jsonb)
  );
end $$;

create function public.compare_versions(p_from uuid, p_to uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_from public.documents;
  v_to public.documents;
  v_doc_before jsonb;
  v_doc_after jsonb;
  v_sections jsonb;
  v_entries jsonb;
begin
  select * into v_from from public.documents where id = p_from;
  if not found then
    raise exception using errcode = 'P0002', message = 'Versie niet gevonden.';
  end if;
  select * into v_to from public.documents where id = p_to;
  if not found then
    raise exception using errcode = 'P0002', message = 'Versie niet gevonden.';
  end if;
  if v_from.series_id <> v_to.series_id then
    raise exception using errcode = '22023', message = 'Deze versies horen niet bij hetzelfde document.';
  end if;

  v_doc_before := (private.document_json(v_from) - array['id', 'series_id', 'version_no', 'version', 'status', 'created_at',
                     'updated_at', 'adopted_at', 'previous_version_id', 'area', 'slug', 'kind', 'districts', 'is_example',
                     'comments_open_to_residents'])
                  || jsonb_build_object('districts', (select coalesce(jsonb_agg(x ->> 'name' order by x ->> 'name'), '[]'::jsonb)
                                                      from jsonb_array_elements(private.document_json(v_from) -> 'districts') x));
  v_doc_after := (private.document_json(v_to) - array['id', 'series_id', 'version_no', 'version', 'status', 'created_at',
                    'updated_at', 'adopted_at', 'previous_version_id', 'area', 'slug', 'kind', 'districts', 'is_example',
                     'comments_open_to_residents'])
                 || jsonb_build_object('districts', (select coalesce(jsonb_agg(x ->> 'name' order by x ->> 'name'), '[]'::jsonb)
                                                     from jsonb_array_elements(private.document_json(v_to) -> 'districts') x));

  with a as (select s.lineage_id, s.position, jsonb_build_object('title', s.title, 'body', s.body) as j
             from public.sections s where s.document_id = v_from.id),
       b as (select s.lineage_id, s.position, jsonb_build_object('title', s.title, 'body', s.body) as j
             from public.sections s where s.document_id = v_to.id),
       pairs as (select coalesce(b.lineage_id, a.lineage_id) as lineage_id, a.j as before, b.j as after,
                        b.position as to_pos, a.position as from_pos
                 from a full join b on a.lineage_id = b.lineage_id)
  select coalesce(jsonb_agg(jsonb_build_object(
           'lineage_id', p.lineage_id,
           'change', case when p.before is null then 'added' when p.after is null then 'removed' else 'changed' end,
           'title', coalesce(p.after ->> 'title', p.before ->> 'title'),
           'before', p.before, 'after', p.after,
           'changed_fields', case when p.before is null or p.after is null then '[]'::jsonb
                                  else private.changed_fields(p.before, p.after) end)
         order by p.to_pos nulls last, p.from_pos), '[]'::jsonb)
    into v_sections
  from pairs p where p.before is distinct from p.after;

  with a as (select e.lineage_id, e.kind, s.position as s_pos, e.position, private.entry_compare_json(e) as j
             from public.entries e join public.sections s on s.id = e.section_id where e.document_id = v_from.id),
       b as (select e.lineage_id, e.kind, s.position as s_pos, e.position, private.entry_compare_json(e) as j
             from public.entries e join public.sections s on s.id = e.section_id where e.document_id = v_to.id),
       pairs as (select coalesce(b.lineage_id, a.lineage_id) as lineage_id, coalesce(b.kind, a.kind) as kind,
                        a.j as before, b.j as after, b.s_pos as to_s, b.position as to_pos, a.s_pos as from_s,
                        a.position as from_pos
                 from a full join b on a.lineage_id = b.lineage_id)
  select jsonb_build_object(
           'changes', coalesce(jsonb_agg(jsonb_build_object(
               'lineage_id', p.lineage_id, 'kind', p.kind,
               'change', case when p.before is null then 'added' when p.after is null then 'removed' else 'changed' end,
               'title', coalesce(p.after ->> 'title', p.before ->> 'title'),
               'section_lineage_id', coalesce(p.after ->> 'section_lineage_id', p.before ->> 'section_lineage_id'),
               'before', p.before, 'after', p.after,
               'changed_fields', case when p.before is null or p.after is null then '[]'::jsonb
                                      else private.changed_fields(p.before, p.after) end)
             order by p.to_s nulls last, p.to_pos nulls last, p.from_s, p.from_pos)
             filter (where p.before is distinct from p.after), '[]'::jsonb),
           'summary', jsonb_build_object(
             'added', count(*) filter (where p.before is null),
             'removed', count(*) filter (where p.after is null),
             'changed', count(*) filter (where p.before is not null and p.after is not null and p.before <> p.after),
             'unchanged', count(*) filter (where p.before = p.after)))
    into v_entries
  from pairs p;

  return jsonb_build_object(
    'from', jsonb_build_object('id', v_from.id, 'version_no', v_from.version_no, 'status', v_from.status,
                               'title', v_from.title, 'adopted_at', v_from.adopted_at),
    'to', jsonb_build_object('id', v_to.id, 'version_no', v_to.version_no, 'status', v_to.status,
                             'title', v_to.title, 'adopted_at', v_to.adopted_at),
    'document', jsonb_build_object('changed_fields', private.changed_fields(v_doc_before, v_doc_after),
                                   'before', v_doc_before, 'after', v_doc_after),
    'sections', v_sections,
    'entries', v_entries -> 'changes',
    'summary', v_entries -> 'summary'
  );
end $$;

create function public.document_comments(p_document_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_doc public.documents;
  v_role public.comment_role;
begin
  select * into v_doc from public.documents where id = p_document_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Document niet gevonden.';
  end if;
  v_role := private.comment_role(v_doc.id);
  return jsonb_build_object(
    'document_id', v_doc.id,
    'can_comment', v_role is not null,
    'comment_role', v_role,
    'can_answer_officially', coalesce(v_role in ('area_team', 'admin'), false),
    'threads', coalesce((select jsonb_agg(private.comment_json(c) || jsonb_build_object('replies', coalesce((
        select jsonb_agg(private.comment_json(r) order by r.created_at, r.id)
        from public.comments r where r.parent_id = c.id), '[]'::jsonb)) order by c.created_at, c.id)
      from public.comments c where c.document_id = v_doc.id and c.parent_id is null), '[]'::jsonb)
  ) || private.comment_counts(v_doc.id);
end $$;

create function private.progress_json(p_entry_ids uuid[]) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object(
    'action_count', count(*),
    'counted_action_count', count(*) filter (where e.action_status <> 'gestopt'),
    'progress', round(avg(e.progress) filter (where e.action_status <> 'gestopt'), 1),
    'overdue_count', count(*) filter (where e.end_date < current_date and e.action_status not in ('gereed', 'gestopt')),
    'by_status', jsonb_build_object(
      'gepland', count(*) filter (where e.action_status = 'gepland'),
      'in_uitvoering', count(*) filter (where e.action_status = 'in_uitvoering'),
      'gereed', count(*) filter (where e.action_status = 'gereed'),
      'vertraagd', count(*) filter (where e.action_status = 'vertraagd'),
      'gestopt', count(*) filter (where e.action_status = 'gestopt')))
  from public.entries e where e.id = any (p_entry_ids)
$$;

-- Progress of plan actions, over the newest visible version of every plan. The progress of a set of actions is the
-- plain mean of their progress (0-100) over the actions that are not 'gestopt'; every action weighs the same.
create function public.plan_progress(p_area_id uuid default null) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
begin
  if p_area_id is not null and not exists (select 1 from public.areas where id = p_area_id) then
    raise exception using errcode = 'P0002', message = 'Gebied niet gevonden.';
  end if;
  return (
    with plans as (
      select d.* from public.documents d
      where d.kind = 'plan' and (p_area_id is null or d.area_id = p_area_id)
        and d.id in (select private.current_document_ids())
    ), actions as (
      select e.id, e.document_id, e.area_id, e.theme_id from public.entries e join plans p on p.id = e.document_id
    )
    select jsonb_build_object(
      'plans', coalesce((select jsonb_agg(jsonb_build_object(
          'id', p.id, 'slug', p.slug, 'title', p.title, 'status', p.status, 'version_no', p.version_no,
          'area_id', p.area_id, 'period_start', p.period_start, 'period_end', p.period_end, 'is_example', p.is_example)
          || private.progress_json(array(select a.id from actions a where a.document_id = p.id))
          order by p.period_start, p.title) from plans p), '[]'::jsonb),
      'areas', coalesce((select jsonb_agg(jsonb_build_object('area_id', ar.id, 'slug', ar.slug, 'name', ar.name,
          'plan_count', (select count(*) from plans p where p.area_id = ar.id))
          || private.progress_json(array(select a.id from actions a where a.area_id = ar.id))
          order by ar.sort_order, ar.name)
        from public.areas ar where ar.id in (select p.area_id from plans p)), '[]'::jsonb),
      'themes', coalesce((select jsonb_agg(jsonb_build_object('theme_id', t.theme_id, 'slug', th.slug,
          'name_nl', th.name_nl, 'name_en', th.name_en)
          || private.progress_json(array(select a.id from actions a where a.theme_id is not distinct from t.theme_id))
          order by th.sort_order nulls last, th.name_nl)
        from (select distinct a.theme_id from actions a) t left join public.themes th on th.id = t.theme_id), '[]'::jsonb)
    )
  );
end $$;

-- Everything with a place, as a GeoJSON FeatureCollection, over the newest visible version of every document.
-- Filters: null = no filter; an empty array matches nothing.
create function public.map_entries(
  p_area_id uuid default null, p_kinds text[] default null, p_theme_ids uuid[] default null, p_statuses text[] default null
) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
begin
  if p_kinds is not null and exists (select 1 from unnest(p_kinds) k
                                     where k is null or k not in ('agenda_item', 'vision_goal', 'plan_action')) then
    raise exception using errcode = '22023', message = 'Kies als soort agenda_item, vision_goal of plan_action.';
  end if;
  if p_statuses is not null and exists (
       select 1 from unnest(p_statuses) s
       where s is null or s not in (select unnest(enum_range(null::public.item_status))::text
                                    union select unnest(enum_range(null::public.action_status))::text)) then
    raise exception using errcode = '22023', message = 'Onbekende status in het filter.';
  end if;
  if p_area_id is not null and not exists (select 1 from public.areas where id = p_area_id) then
    raise exception using errcode = 'P0002', message = 'Gebied niet gevonden.';
  end if;
  return jsonb_build_object(
    'type', 'FeatureCollection',
    'features', coalesce((select jsonb_agg(jsonb_build_object(
        'type', 'Feature', 'id', e.id, 'geometry', e.location,
        'bbox', jsonb_build_array(e.min_lng, e.min_lat, e.max_lng, e.max_lat),
        'properties', (private.entry_json(e) - array['location', 'bbox', 'body', 'updated_at'])
          || jsonb_build_object(
               'status', coalesce(e.item_status::text, e.action_status::text),
               'area', jsonb_build_object('id', a.id, 'slug', a.slug, 'name', a.name),
               'document', jsonb_build_object('id', d.id, 'slug', d.slug, 'kind', d.kind, 'title', d.title,
                                              'status', d.status, 'version_no', d.version_no, 'is_example', d.is_example)))
        order by a.sort_order, d.kind, d.title, s.position, e.position)
      from public.entries e
      join public.documents d on d.id = e.document_id
      join public.sections s on s.id = e.section_id
      join public.areas a on a.id = e.area_id
      where e.location is not null
        and d.id in (select private.current_document_ids())
        and (p_area_id is null or e.area_id = p_area_id)
        and (p_kinds is null or e.kind::text = any (p_kinds))
        and (p_theme_ids is null or e.theme_id = any (p_theme_ids))
        and (p_statuses is null or coalesce(e.item_status::text, e.action_status::text) = any (p_statuses))), '[]'::jsonb)
  );
end $$;

-- ── public write functions (security definer: they check the caller themselves) ─────────────────────────
create function public.create_document(
  p_area_id uuid, p_kind public.document_kind, p_title text, p_summary text default '',
  p_district_ids uuid[] default null, p_agenda_kind public.agenda_kind default null,
  p_horizon_start integer default null, p_horizon_end integer default null,
  p_period_start date default null, p_period_end date default null
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid;
  v_title text := trim(coalesce(p_title, ''));
  v_agenda_kind public.agenda_kind := p_agenda_kind;
  v_base text;
  v_slug text;
  v_n integer := 1;
  v_id uuid := gen_random_uuid();
  v_doc public.documents;
begin
  if not exists (select 1 from public.areas where id = p_area_id) then
    raise exception using errcode = 'P0002', message = 'Gebied niet gevonden.';
  end if;
  v_uid := private.require_area_editor(p_area_id);
  if p_kind is null then
    raise exception using errcode = '22023', message = 'Kies een soort document: agenda, visie of plan.';
  end if;
  if p_kind = 'agenda' then
    v_agenda_kind := coalesce(v_agenda_kind, 'wijkagenda');
  end if;
  perform private.validate_document_fields(p_kind, v_title, coalesce(p_summary, ''), case when p_kind <> 'agenda' then v_agenda_kind end,
                                           p_horizon_start, p_horizon_end, p_period_start, p_period_end, null);
  if p_kind = 'vision' and exists (select 1 from public.documents where area_id = p_area_id and kind = 'vision') then
    raise exception using errcode = '23505', message = 'Dit gebied heeft al een gebiedsvisie.';
  end if;
  v_base := coalesce(nullif(private.slugify(v_title), ''), p_kind::text);
  v_slug := v_base;
  while exists (select 1 from public.documents where slug = v_slug) loop
    v_n := v_n + 1;
    v_slug := left(v_base, 110) || '-' || v_n;
  end loop;
  perform set_config('agendakaart.bulk_document', v_id::text, true);
  insert into public.documents (id, area_id, kind, slug, title, summary, agenda_kind, horizon_start, horizon_end,
                                period_start, period_end, created_by)
  values (v_id, p_area_id, p_kind, v_slug, v_title, coalesce(p_summary, ''), v_agenda_kind, p_horizon_start,
          p_horizon_end, p_period_start, p_period_end, private.current_profile_id())
  returning * into v_doc;
  perform private.set_document_districts(v_id, p_area_id, p_district_ids);
  perform set_config('agendakaart.bulk_document', '', true);
  return private.document_json(v_doc);
end $$;

-- Partial update: an argument left null keeps the current value ('' clears summary and source_url).
create function public.update_document(
  p_document_id uuid, p_version integer, p_title text default null, p_summary text default null,
  p_district_ids uuid[] default null, p_agenda_kind public.agenda_kind default null,
  p_horizon_start integer default null, p_horizon_end integer default null,
  p_period_start date default null, p_period_end date default null, p_source_url text default null
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_doc public.documents := private.editable_document(p_document_id);
  v_title text := coalesce(trim(p_title), v_doc.title);
  v_summary text := coalesce(p_summary, v_doc.summary);
  v_source text := case when p_source_url is null then v_doc.source_url else nullif(trim(p_source_url), '') end;
begin
  perform private.check_version(p_version, v_doc.version);
  if v_doc.kind <> 'agenda' and p_agenda_kind is not null then
    raise exception using errcode = '22023', message = 'Alleen een agenda is een wijk- of dorpsagenda.';
  end if;
  perform private.validate_document_fields(v_doc.kind, v_title, v_summary, null,
    case when v_doc.kind = 'vision' then coalesce(p_horizon_start, v_doc.horizon_start) else p_horizon_start end,
    case when v_doc.kind = 'vision' then coalesce(p_horizon_end, v_doc.horizon_end) else p_horizon_end end,
    case when v_doc.kind = 'plan' then coalesce(p_period_start, v_doc.period_start) else p_period_start end,
    case when v_doc.kind = 'plan' then coalesce(p_period_end, v_doc.period_end) else p_period_end end,
    v_source);
  update public.documents set
    title = v_title, summary = v_summary, source_url = v_source,
    agenda_kind = coalesce(p_agenda_kind, agenda_kind),
    horizon_start = coalesce(p_horizon_start, horizon_start), horizon_end = coalesce(p_horizon_end, horizon_end),
    period_start = coalesce(p_period_start, period_start), period_end = coalesce(p_period_end, period_end),
    version = version + 1
  where id = v_doc.id returning * into v_doc;
  if p_district_ids is not null then
    perform private.set_document_districts(v_doc.id, v_doc.area_id, p_district_ids);
  end if;
  return private.document_json(v_doc);
end $$;

create function public.set_document_status(p_document_id uuid, p_version integer, p_status public.document_status)
  returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_doc public.documents;
begin
  select * into v_doc from public.documents where id = p_document_id for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Document niet gevonden.';
  end if;
  perform private.require_area_editor(v_doc.area_id);
  perform private.check_version(p_version, v_doc.version);
  if p_status is null then
    raise exception using errcode = '22023', message = 'Kies een status.';
  end if;
  if p_status = v_doc.status then
    raise exception using errcode = '22023', message = 'Het document heeft deze status al.';
  end if;
  if not ((v_doc.status = 'concept' and p_status = 'consultatie')
          or (v_doc.status = 'consultatie' and p_status in ('concept', 'vastgesteld'))) then
    raise exception using errcode = '22023', message = case v_doc.status
      when 'concept' then 'Een concept gaat eerst in consultatie voordat het wordt vastgesteld.'
      else 'Een vastgestelde versie verandert niet meer van status. Begin een nieuwe versie.' end;
  end if;
  update public.documents set status = p_status, version = version + 1,
    adopted_at = case when p_status = 'vastgesteld' then now() end
  where id = v_doc.id returning * into v_doc;
  return private.document_json(v_doc);
end $$;

create function public.set_comments_open(p_document_id uuid, p_version integer, p_open boolean) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_doc public.documents := private.editable_document(p_document_id);
begin
  perform private.check_version(p_version, v_doc.version);
  if p_open is null then
    raise exception using errcode = '22023', message = 'Kies of inwoners mogen reageren.';
  end if;
  update public.documents set comments_open_to_residents = p_open, version = version + 1
  where id = v_doc.id returning * into v_doc;
  return private.document_json(v_doc);
end $$;

create function public.start_revision(p_document_id uuid) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_old public.documents;
  v_new public.documents;
  v_id uuid := gen_random_uuid();
begin
  select * into v_old from public.documents where id = p_document_id for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Document niet gevonden.';
  end if;
  perform private.require_area_editor(v_old.area_id);
  if v_old.status <> 'vastgesteld' then
    raise exception using errcode = '22023', message = 'Alleen van een vastgestelde versie begin je een nieuwe versie.';
  end if;
  if exists (select 1 from public.documents where series_id = v_old.series_id and version_no > v_old.version_no) then
    raise exception using errcode = '23505', message = 'Er is al een nieuwere versie van dit document.';
  end if;
  perform set_config('agendakaart.bulk_document', v_id::text, true);
  insert into public.documents (id, series_id, version_no, area_id, kind, slug, title, summary, agenda_kind,
                                horizon_start, horizon_end, period_start, period_end, source_url, is_example,
                                previous_version_id, created_by)
  values (v_id, v_old.series_id, v_old.version_no + 1, v_old.area_id, v_old.kind, v_old.slug, v_old.title,
          v_old.summary, v_old.agenda_kind, v_old.horizon_start, v_old.horizon_end, v_old.period_start,
          v_old.period_end, v_old.source_url, v_old.is_example, v_old.id, private.current_profile_id())
  returning * into v_new;
  insert into public.document_districts (document_id, district_id)
  select v_id, dd.district_id from public.document_districts dd where dd.document_id = v_old.id;
  insert into public.sections (document_id, lineage_id, title, body, position)
  select v_id, s.lineage_id, s.title, s.body, s.position from public.sections s where s.document_id = v_old.id;
  insert into public.entries (document_id, section_id, lineage_id, title, body, theme_id, position, origin, priority,
                              owner_name, item_status, owner_org, owner_kind, action_status, start_date, end_date,
                              progress, budget_eur, location, min_lng, min_lat, max_lng, max_lat)
  select v_id, ns.id, e.lineage_id, e.title, e.body, e.theme_id, e.position, e.origin, e.priority, e.owner_name,
         e.item_status, e.owner_org, e.owner_kind, e.action_status, e.start_date, e.end_date, e.progress, e.budget_eur,
         e.location, e.min_lng, e.min_lat, e.max_lng, e.max_lat
  from public.entries e
  join public.sections os on os.id = e.section_id
  join public.sections ns on ns.document_id = v_id and ns.lineage_id = os.lineage_id
  where e.document_id = v_old.id;
  insert into public.entry_links (entry_id, target_lineage_id)
  select ne.id, l.target_lineage_id
  from public.entry_links l
  join public.entries oe on oe.id = l.entry_id
  join public.entries ne on ne.document_id = v_id and ne.lineage_id = oe.lineage_id
  where oe.document_id = v_old.id;
  perform set_config('agendakaart.bulk_document', '', true);
  return private.document_json(v_new);
end $$;

create function public.delete_document(p_document_id uuid, p_version integer) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_doc public.documents := private.editable_document(p_document_id);
begin
  perform private.check_version(p_version, v_doc.version);
  if v_doc.status <> 'concept' then
    raise exception using errcode = '22023', message = 'Alleen een concept kan worden verwijderd.';
  end if;
  perform set_config('agendakaart.bulk_document', v_doc.id::text, true);
  delete from public.documents where id = v_doc.id;
  perform set_config('agendakaart.bulk_document', '', true);
  return jsonb_build_object('id', v_doc.id, 'series_id', v_doc.series_id, 'previous_version_id', v_doc.previous_version_id);
end $$;

create function public.upsert_section(
  p_document_id uuid, p_title text, p_section_id uuid default null, p_version integer default null,
  p_body text default '', p_position integer default null
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_doc public.documents;
  v_section public.sections;
  v_title text := trim(coalesce(p_title, ''));
  v_pos integer;
begin
  if p_section_id is not null then
    select * into v_section from public.sections where id = p_section_id;
    if not found or v_section.document_id is distinct from p_document_id then
      raise exception using errcode = 'P0002', message = 'Sectie niet gevonden.';
    end if;
  end if;
  v_doc := private.editable_document(p_document_id);
  if p_section_id is not null then
    perform private.check_version(p_version, v_section.version);
  end if;
  if char_length(v_title) not between 2 and 200 then
    raise exception using errcode = '22023', message = 'Titel moet tussen 2 en 200 tekens zijn.';
  end if;
  if char_length(coalesce(p_body, '')) > 10000 then
    raise exception using errcode = '22023', message = 'De tekst mag hoogstens 10.000 tekens zijn.';
  end if;
  if p_section_id is null then
    v_pos := private.make_room_for_section(v_doc.id, null, p_position);
    insert into public.sections (document_id, title, body, position)
    values (v_doc.id, v_title, coalesce(p_body, ''), v_pos) returning * into v_section;
  else
    update public.sections set title = v_title, body = coalesce(p_body, ''), version = version + 1
    where id = p_section_id returning * into v_section;
  end if;
  return private.section_json(v_section);
end $$;

create function public.move_section(p_section_id uuid, p_version integer, p_position integer) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_section public.sections;
  v_pos integer;
begin
  select * into v_section from public.sections where id = p_section_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Sectie niet gevonden.';
  end if;
  perform private.editable_document(v_section.document_id);
  perform private.check_version(p_version, v_section.version);
  if p_position is null then
    raise exception using errcode = '22023', message = 'Kies een positie.';
  end if;
  v_pos := private.make_room_for_section(v_section.document_id, v_section.id, p_position);
  update public.sections set position = v_pos, version = version + 1 where id = v_section.id returning * into v_section;
  return private.section_json(v_section);
end $$;

create function public.delete_section(p_section_id uuid, p_version integer) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_section public.sections;
begin
  select * into v_section from public.sections where id = p_section_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Sectie niet gevonden.';
  end if;
  perform private.editable_document(v_section.document_id);
  perform private.check_version(p_version, v_section.version);
  delete from public.sections where id = v_section.id;
  perform private.make_room_for_section(v_section.document_id, v_section.id, null);
  return jsonb_build_object('id', v_section.id, 'document_id', v_section.document_id);
end $$;

-- Full replacement of an entry's fields (a null clears an optional field). Fields of another kind must be null.
create function public.upsert_entry(
  p_section_id uuid, p_title text, p_entry_id uuid default null, p_version integer default null,
  p_body text default '', p_theme_id uuid default null, p_location jsonb default null,
  p_origin public.item_origin default null, p_priority integer default null, p_owner_name text default null,
  p_item_status public.item_status default null,
  p_owner_org text default null, p_owner_kind public.owner_kind default null,
  p_action_status public.action_status default null, p_start_date date default null, p_end_date date default null,
  p_progress integer default null, p_budget_eur numeric default null, p_position integer default null
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_section public.sections;
  v_doc public.documents;
  v_entry public.entries;
  v_kind public.entry_kind;
  v_title text := trim(coalesce(p_title, ''));
  v_place jsonb;
  v_pos integer;
  v_foreign text;
begin
  select * into v_section from public.sections where id = p_section_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Sectie niet gevonden.';
  end if;
  if p_entry_id is not null then
    select * into v_entry from public.entries where id = p_entry_id;
    if not found then
      raise exception using errcode = 'P0002', message = 'Punt niet gevonden.';
    end if;
  end if;
  v_doc := private.editable_document(v_section.document_id);
  if p_entry_id is not null then
    if v_entry.section_id <> v_section.id then
      raise exception using errcode = '22023', message = 'Verplaats een punt naar een andere sectie met move_entry.';
    end if;
    perform private.check_version(p_version, v_entry.version);
  end if;
  v_kind := (case v_doc.kind when 'agenda' then 'agenda_item' when 'vision' then 'vision_goal'
             else 'plan_action' end)::public.entry_kind;

  -- fields of another kind
  v_foreign := case
    when v_kind <> 'agenda_item' and p_origin is not null then 'herkomst'
    when v_kind <> 'agenda_item' and p_priority is not null then 'prioriteit'
    when v_kind <> 'agenda_item' and p_owner_name is not null then 'trekker'
    when v_kind <> 'agenda_item' and p_item_status is not null then 'status van het agendapunt'
    when v_kind <> 'plan_action' and p_owner_org is not null then 'eigenaar'
    when v_kind <> 'plan_action' and p_owner_kind is not null then 'soort eigenaar'
    when v_kind <> 'plan_action' and p_action_status is not null then 'status van de actie'
    when v_kind <> 'plan_action' and p_start_date is not null then 'startdatum'
    when v_kind <> 'plan_action' and p_end_date is not null then 'einddatum'
    when v_kind <> 'plan_action' and p_progress is not null then 'voortgang'
    when v_kind <> 'plan_action' and p_budget_eur is not null then 'budget'
  end;
  if v_foreign is not null then
    raise exception using errcode = '22023', message = format('Het veld %s hoort niet bij dit soort punt.', v_foreign);
  end if;

  if char_length(v_title) not between 2 and 300 then
    raise exception using errcode = '22023', message = 'Titel moet tussen 2 en 300 tekens zijn.';
  end if;
  if char_length(coalesce(p_body, '')) > 10000 then
    raise exception using errcode = '22023', message = 'De tekst mag hoogstens 10.000 tekens zijn.';
  end if;
  if p_theme_id is not null and not exists (select 1 from public.themes where id = p_theme_id) then
    raise exception using errcode = 'P0002', message = 'Thema niet gevonden.';
  end if;
  if v_kind = 'agenda_item' then
    if p_origin is null then
      raise exception using errcode = '22023',
        message = 'Kies de herkomst: ambitie van bewoners, gemeentelijke opgave of opgave van een partner.';
    end if;
    if coalesce(p_priority, 2) not between 1 and 3 then
      raise exception using errcode = '22023', message = 'Prioriteit is 1 (hoog), 2 of 3 (laag).';
    end if;
    if char_length(coalesce(p_owner_name, '')) > 120 then
      raise exception using errcode = '22023', message = 'De naam van de trekker mag hoogstens 120 tekens zijn.';
    end if;
  end if;
  if v_kind = 'plan_action' then
    if coalesce(p_progress, 0) not between 0 and 100 then
      raise exception using errcode = '22023', message = 'Voortgang is een percentage van 0 tot en met 100.';
    end if;
    if p_action_status = 'gereed' and coalesce(p_progress, 0) <> 100 then
      raise exception using errcode = '22023', message = 'Een actie die gereed is, staat op 100% voortgang.';
    end if;
    if p_start_date > p_end_date then
      raise exception using errcode = '22023', message = 'De einddatum ligt voor de startdatum.';
    end if;
    if p_budget_eur < 0 or p_budget_eur >= 1e12 then
      raise exception using errcode = '22023', message = 'Het budget is een bedrag van 0 euro of meer.';
    end if;
    if char_length(coalesce(p_owner_org, '')) > 120 then
      raise exception using errcode = '22023', message = 'De naam van de eigenaar mag hoogstens 120 tekens zijn.';
    end if;
  end if;
  v_place := private.validate_place(p_location, v_doc.area_id);

  if p_entry_id is null then
    v_pos := private.make_room_for_entry(v_section.id, null, p_position);
    insert into public.entries (document_id, section_id, title, body, theme_id, position, origin, priority, owner_name,
                                item_status, owner_org, owner_kind, action_status, start_date, end_date, progress,
                                budget_eur, location, min_lng, min_lat, max_lng, max_lat)
    values (v_doc.id, v_section.id, v_title, coalesce(p_body, ''), p_theme_id, v_pos,
            p_origin, case when v_kind = 'agenda_item' then coalesce(p_priority, 2) end, nullif(trim(p_owner_name), ''),
            case when v_kind = 'agenda_item' then coalesce(p_item_status, 'open') end,
            nullif(trim(p_owner_org), ''), case when v_kind = 'plan_action' then coalesce(p_owner_kind, 'gemeente') end,
            case when v_kind = 'plan_action' then coalesce(p_action_status, 'gepland') end, p_start_date, p_end_date,
            case when v_kind = 'plan_action' then coalesce(p_progress, 0) end, p_budget_eur,
            v_place -> 'geometry', (v_place -> 'bbox' ->> 0)::float8, (v_place -> 'bbox' ->> 1)::float8,
            (v_place -> 'bbox' ->> 2)::float8, (v_place -> 'bbox' ->> 3)::float8)
    returning * into v_entry;
  else
    update public.entries set
      title = v_title, body = coalesce(p_body, ''), theme_id = p_theme_id,
      origin = p_origin, priority = case when v_kind = 'agenda_item' then coalesce(p_priority, 2) end,
      owner_name = nullif(trim(p_owner_name), ''),
      item_status = case when v_kind = 'agenda_item' then coalesce(p_item_status, 'open') end,
      owner_org = nullif(trim(p_owner_org), ''),
      owner_kind = case when v_kind = 'plan_action' then coalesce(p_owner_kind, 'gemeente') end,
      action_status = case when v_kind = 'plan_action' then coalesce(p_action_status, 'gepland') end,
      start_date = p_start_date, end_date = p_end_date,
      progress = case when v_kind = 'plan_action' then coalesce(p_progress, 0) end, budget_eur = p_budget_eur,
      location = v_place -> 'geometry', min_lng = (v_place -> 'bbox' ->> 0)::float8,
      min_lat = (v_place -> 'bbox' ->> 1)::float8, max_lng = (v_place -> 'bbox' ->> 2)::float8,
      max_lat = (v_place -> 'bbox' ->> 3)::float8,
      version = version + 1
    where id = p_entry_id returning * into v_entry;
  end if;
  return private.entry_json(v_entry) || jsonb_build_object('links', private.entry_links_json(v_entry.id));
end $$;

-- Monitoring an execution plan: status and progress of a plan action, also in an adopted (vastgesteld) plan.
create function public.update_action_progress(
  p_entry_id uuid, p_version integer, p_action_status public.action_status, p_progress integer
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_entry public.entries;
begin
  select * into v_entry from public.entries where id = p_entry_id for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Punt niet gevonden.';
  end if;
  perform private.require_area_editor(v_entry.area_id);
  if v_entry.kind <> 'plan_action' then
    raise exception using errcode = '22023', message = 'Alleen een actie van een uitvoeringsplan heeft voortgang.';
  end if;
  perform private.check_version(p_version, v_entry.version);
  if p_action_status is null or p_progress is null or p_progress not between 0 and 100 then
    raise exception using errcode = '22023', message = 'Kies een status en een voortgang van 0 tot en met 100%.';
  end if;
  if p_action_status = 'gereed' and p_progress <> 100 then
    raise exception using errcode = '22023', message = 'Een actie die gereed is, staat op 100% voortgang.';
  end if;
  update public.entries set action_status = p_action_status, progress = p_progress, version = version + 1
  where id = v_entry.id returning * into v_entry;
  return private.entry_json(v_entry) || jsonb_build_object('links', private.entry_links_json(v_entry.id));
end $$;

create function public.move_entry(p_entry_id uuid, p_version integer, p_section_id uuid, p_position integer) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_entry public.entries;
  v_target public.sections;
  v_from_section uuid;
  v_pos integer;
begin
  select * into v_entry from public.entries where id = p_entry_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Punt niet gevonden.';
  end if;
  perform private.editable_document(v_entry.document_id);
  perform private.check_version(p_version, v_entry.version);
  select * into v_target from public.sections where id = coalesce(p_section_id, v_entry.section_id);
  if not found then
    raise exception using errcode = 'P0002', message = 'Sectie niet gevonden.';
  end if;
  if v_target.document_id <> v_entry.document_id then
    raise exception using errcode = '22023', message = 'Een punt verplaats je alleen binnen hetzelfde document.';
  end if;
  if p_position is null then
    raise exception using errcode = '22023', message = 'Kies een positie.';
  end if;
  v_from_section := v_entry.section_id;
  v_pos := private.make_room_for_entry(v_target.id, v_entry.id, p_position);
  update public.entries set section_id = v_target.id, position = v_pos, version = version + 1
  where id = v_entry.id returning * into v_entry;
  if v_from_section <> v_target.id then
    perform private.make_room_for_entry(v_from_section, v_entry.id, null);
  end if;
  return private.entry_json(v_entry) || jsonb_build_object('links', private.entry_links_json(v_entry.id));
end $$;

create function public.delete_entry(p_entry_id uuid, p_version integer) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_entry public.entries;
begin
  select * into v_entry from public.entries where id = p_entry_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Punt niet gevonden.';
  end if;
  perform private.editable_document(v_entry.document_id);
  perform private.check_version(p_version, v_entry.version);
  delete from public.entries where id = v_entry.id;
  perform private.make_room_for_entry(v_entry.section_id, v_entry.id, null);
  return jsonb_build_object('id', v_entry.id, 'document_id', v_entry.document_id, 'section_id', v_entry.section_id);
end $$;

-- Replaces the links of a vision goal (→ agenda items) or plan action (→ agenda items and vision goals), by lineage.
create function public.set_entry_links(p_entry_id uuid, p_version integer, p_target_lineage_ids uuid[]) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_entry public.entries;
  v_targets uuid[];
begin
  select * into v_entry from public.entries where id = p_entry_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Punt niet gevonden.';
  end if;
  perform private.editable_document(v_entry.document_id);
  perform private.check_version(p_version, v_entry.version);
  if v_entry.kind = 'agenda_item' then
    raise exception using errcode = '22023',
      message = 'Een agendapunt verwijst zelf niet: doelen en acties verwijzen naar agendapunten.';
  end if;
  select coalesce(array_agg(distinct x), '{}') into v_targets from unnest(coalesce(p_target_lineage_ids, '{}')) as t(x)
  where x is not null;
  if cardinality(v_targets) > 100 then
    raise exception using errcode = '22023', message = 'Een punt verwijst naar hoogstens 100 andere punten.';
  end if;
  if exists (select 1 from unnest(v_targets) as t(x) where not exists (select 1 from public.entries e where e.lineage_id = x)) then
    raise exception using errcode = 'P0002', message = 'Agendapunt of doel niet gevonden.';
  end if;
  if exists (select 1 from unnest(v_targets) as t(x)
             join public.entries e on e.lineage_id = x
             where e.area_id <> v_entry.area_id
                or not (e.kind = 'agenda_item' or (v_entry.kind = 'plan_action' and e.kind = 'vision_goal'))) then
    raise exception using errcode = '22023', message = case v_entry.kind
      when 'vision_goal' then 'Een doel verwijst alleen naar agendapunten van hetzelfde gebied.'
      else 'Een actie verwijst alleen naar agendapunten en doelen van hetzelfde gebied.' end;
  end if;
  delete from public.entry_links where entry_id = v_entry.id and target_lineage_id <> all (v_targets);
  insert into public.entry_links (entry_id, target_lineage_id)
  select v_entry.id, x from unnest(v_targets) as t(x)
  on conflict (entry_id, target_lineage_id) do nothing;
  update public.entries set version = version + 1 where id = v_entry.id returning * into v_entry;
  return private.entry_json(v_entry) || jsonb_build_object('links', private.entry_links_json(v_entry.id));
end $$;

create function public.add_comment(
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

-- Authors edit their own comments (never anyone else's) while the document is not vastgesteld.
create function public.update_comment(p_comment_id uuid, p_body text) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_comment public.comments;
  v_body text := trim(coalesce(p_body, ''));
begin
  select * into v_comment from public.comments where id = p_comment_id and deleted_at is null for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Reactie niet gevonden.';
  end if;
  if v_comment.author_id is distinct from v_uid then
    raise exception using errcode = '42501', message = 'Je kunt alleen je eigen reacties bewerken.';
  end if;
  if (select status from public.documents where id = v_comment.document_id) = 'vastgesteld' then
    raise exception using errcode = '22023', message = 'Dit document is vastgesteld; reacties liggen nu vast.';
  end if;
  if char_length(v_body) not between 2 and 4000 then
    raise exception using errcode = '22023', message = 'Een reactie is 2 tot 4000 tekens lang.';
  end if;
  update public.comments set body = v_body, edited_at = now() where id = v_comment.id returning * into v_comment;
  return private.comment_json(v_comment);
end $$;

-- Authors withdraw their own comments; admins remove any comment (moderation). The thread stays, the text goes.
create function public.delete_comment(p_comment_id uuid) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_comment public.comments;
begin
  select * into v_comment from public.comments where id = p_comment_id and deleted_at is null for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Reactie niet gevonden.';
  end if;
  if private.is_admin() then
    null; -- moderation
  elsif v_comment.author_id is distinct from v_uid then
    raise exception using errcode = '42501', message = 'Je kunt alleen je eigen reacties verwijderen.';
  elsif (select status from public.documents where id = v_comment.document_id) = 'vastgesteld' then
    raise exception using errcode = '22023', message = 'Dit document is vastgesteld; reacties liggen nu vast.';
  end if;
  update public.comments set body = '', deleted_at = now() where id = v_comment.id returning * into v_comment;
  return private.comment_json(v_comment);
end $$;

-- ── row level security ───────────────────────────────────────────────────────────────────────────────────
alter table public.documents enable row level security;
alter table public.document_districts enable row level security;
alter table public.sections enable row level security;
alter table public.entries enable row level security;
alter table public.entry_links enable row level security;
alter table public.revisions enable row level security;
alter table public.comments enable row level security;

create policy "everyone can read published documents" on public.documents for select to anon, authenticated
  using (status <> 'concept');
create policy "area team can read concept documents of their area" on public.documents for select to authenticated
  using (area_id in (select private.my_area_ids('{area_team}')));
create policy "admins can read all documents" on public.documents for select to authenticated
  using ((select private.is_admin()));

create policy "everyone can read districts of published documents" on public.document_districts
  for select to anon, authenticated using (document_id in (select private.published_document_ids()));
create policy "area team can read document districts of their area" on public.document_districts
  for select to authenticated using (area_id in (select private.my_area_ids('{area_team}')));
create policy "admins can read all document districts" on public.document_districts
  for select to authenticated using ((select private.is_admin()));

create policy "everyone can read sections of published documents" on public.sections
  for select to anon, authenticated using (document_id in (select private.published_document_ids()));
create policy "area team can read sections of their area" on public.sections
  for select to authenticated using (area_id in (select private.my_area_ids('{area_team}')));
create policy "admins can read all sections" on public.sections
  for select to authenticated using ((select private.is_admin()));

create policy "everyone can read entries of published documents" on public.entries
  for select to anon, authenticated using (document_id in (select private.published_document_ids()));
create policy "area team can read entries of their area" on public.entries
  for select to authenticated using (area_id in (select private.my_area_ids('{area_team}')));
create policy "admins can read all entries" on public.entries
  for select to authenticated using ((select private.is_admin()));

create policy "everyone can read links of published documents" on public.entry_links
  for select to anon, authenticated using (document_id in (select private.published_document_ids()));
create policy "area team can read links of their area" on public.entry_links
  for select to authenticated using (area_id in (select private.my_area_ids('{area_team}')));
create policy "admins can read all links" on public.entry_links
  for select to authenticated using ((select private.is_admin()));

create policy "everyone can read revisions of published documents" on public.revisions
  for select to anon, authenticated using (document_id in (select private.published_document_ids()));
create policy "area team can read revisions of their area" on public.revisions
  for select to authenticated using (area_id in (select private.my_area_ids('{area_team}')));
create policy "admins can read all revisions" on public.revisions
  for select to authenticated using ((select private.is_admin()));

create policy "everyone can read comments on published documents" on public.comments
  for select to anon, authenticated using (document_id in (select private.published_document_ids()));
create policy "area team can read comments in their area" on public.comments
  for select to authenticated using (area_id in (select private.my_area_ids('{area_team}')));
create policy "admins can read all comments" on public.comments
  for select to authenticated using ((select private.is_admin()));

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
-- New tables get Supabase's default grants (everything) to the API roles: take them away, give back reads.
revoke all on public.documents, public.document_districts, public.sections, public.entries, public.entry_links,
  public.revisions, public.comments from anon, authenticated, public;
revoke all on all sequences in schema public from anon, authenticated, public;
grant select on public.documents, public.document_districts, public.sections, public.entries, public.entry_links,
  public.revisions, public.comments to anon, authenticated;

-- private helpers that policies and security-invoker functions call (see PRIVATE_EXECUTE_ALLOW_LIST)
grant execute on function private.can_edit_area(uuid), private.published_document_ids(),
  private.current_document_ids(), private.display_name(uuid), private.comment_role(uuid),
  private.document_json(public.documents), private.section_json(public.sections),
  private.entry_json(public.entries), private.entry_links_json(uuid), private.entry_linked_from_json(uuid),
  private.comment_is_open(public.comments), private.comment_counts(uuid, uuid), private.comment_json(public.comments),
  private.document_list_json(public.documents), private.entry_compare_json(public.entries),
  private.changed_fields(jsonb, jsonb), private.progress_json(uuid[])
  to anon, authenticated;

grant execute on function public.document_detail(uuid), public.document_by_slug(text, integer),
  public.document_history(uuid), public.compare_versions(uuid, uuid), public.document_comments(uuid),
  public.plan_progress(uuid), public.map_entries(uuid, text[], uuid[], text[])
  to anon, authenticated;
grant execute on function
  public.create_document(uuid, public.document_kind, text, text, uuid[], public.agenda_kind, integer, integer, date, date),
  public.update_document(uuid, integer, text, text, uuid[], public.agenda_kind, integer, integer, date, date, text),
  public.set_document_status(uuid, integer, public.document_status), public.set_comments_open(uuid, integer, boolean),
  public.start_revision(uuid), public.delete_document(uuid, integer),
  public.upsert_section(uuid, text, uuid, integer, text, integer), public.move_section(uuid, integer, integer),
  public.delete_section(uuid, integer),
  public.upsert_entry(uuid, text, uuid, integer, text, uuid, jsonb, public.item_origin, integer, text,
                      public.item_status, text, public.owner_kind, public.action_status, date, date, integer, numeric,
                      integer),
  public.update_action_progress(uuid, integer, public.action_status, integer),
  public.move_entry(uuid, integer, uuid, integer), public.delete_entry(uuid, integer),
  public.set_entry_links(uuid, integer, uuid[]),
  public.add_comment(uuid, text, uuid, uuid, boolean), public.update_comment(uuid, text), public.delete_comment(uuid)
  to authenticated;
