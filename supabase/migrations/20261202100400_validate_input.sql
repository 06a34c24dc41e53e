-- Bad input (issue 16), refused on every path:
--   * a place is checked cheaply first (size of the input, number of rings and vertices from the array lengths alone,
--     numbers in range), rounded to 6 decimals (about 0.1 m), and only then checked for containment of the WHOLE
--     shape: every piece of every edge of a polygon inside a district of the area, not just one corner;
--   * titles and names refuse zero-width, invisible and reading-direction (bidi) control characters;
--   * dates are real dates between 1900 and 2200 (no 'infinity'); URL fields are at most 500 characters, no spaces.
-- The RPCs' own checks stay; triggers make the rules hold for every writer.

-- ── places ───────────────────────────────────────────────────────────────────────────────────────────────
-- Does the polygon ring (closed, [lng, lat] positions) lie entirely inside the districts of the area? Every vertex
-- must lie inside, and every edge that crosses a district boundary is cut there: the midpoint of each piece must lie
-- inside too. Exact for the union of the area's districts (a border between two of its own districts is no exit).
-- One set-based query: the district edges near the shape are read once, and all probe points are tested together
-- by even-odd ray casting (as private.point_in_geometry does per point).
create function private.ring_inside_area(p_ring jsonb, p_area_id uuid) returns boolean
  language sql stable security definer set search_path = '' set jit = off as $$
  with pts as materialized (
    select k, (p_ring -> k ->> 0)::float8 as x, (p_ring -> k ->> 1)::float8 as y
    from generate_series(0, jsonb_array_length(p_ring) - 1) as k
  ),
  edges as materialized (
    select k, x1, y1, x2, y2 from (
      select k, x as x1, y as y1, lead(x) over (order by k) as x2, lead(y) over (order by k) as y2 from pts) e
    where x2 is not null
  ),
  box as materialized (
    select min(x) as x0, min(y) as y0, max(x) as x9, max(y) as y9 from pts
  ),
  -- edges of the districts whose box overlaps the shape's, as far as a ray from a point of the shape can meet them
  bounds as materialized (
    select d.id as did, poly.i as pi,
           (r.ring -> s.j ->> 0)::float8 as bx1, (r.ring -> s.j ->> 1)::float8 as by1,
           (r.ring -> (s.j + 1) ->> 0)::float8 as bx2, (r.ring -> (s.j + 1) ->> 1)::float8 as by2
    from public.districts d
    cross join box
    cross join lateral jsonb_array_elements(case d.geometry ->> 'type'
                                              when 'Polygon' then jsonb_build_array(d.geometry -> 'coordinates')
                                              else d.geometry -> 'coordinates' end) with ordinality as poly(p, i)
    cross join lateral jsonb_array_elements(poly.p) as r(ring)
    cross join lateral generate_series(0, jsonb_array_length(r.ring) - 2) as s(j)
    where d.area_id = p_area_id
      and d.min_lng <= box.x9 and d.max_lng >= box.x0 and d.min_lat <= box.y9 and d.max_lat >= box.y0
      and least((r.ring -> s.j ->> 1)::float8, (r.ring -> (s.j + 1) ->> 1)::float8) <= box.y9
      and greatest((r.ring -> s.j ->> 1)::float8, (r.ring -> (s.j + 1) ->> 1)::float8) >= box.y0
      and greatest((r.ring -> s.j ->> 0)::float8, (r.ring -> (s.j + 1) ->> 0)::float8) >= box.x0
  ),
  cuts as (
    select e.k, x.t
    from edges e
    join bounds b on least(b.bx1, b.bx2) <= greatest(e.x1, e.x2) and greatest(b.bx1, b.bx2) >= least(e.x1, e.x2)
                 and least(b.by1, b.by2) <= greatest(e.y1, e.y2) and greatest(b.by1, b.by2) >= least(e.y1, e.y2)
    cross join lateral (select (e.x2 - e.x1) * (b.by2 - b.by1) - (e.y2 - e.y1) * (b.bx2 - b.bx1) as den) dd
    cross join lateral (select ((b.bx1 - e.x1) * (b.by2 - b.by1) - (b.by1 - e.y1) * (b.bx2 - b.bx1)) / dd.den as t,
                               ((b.bx1 - e.x1) * (e.y2 - e.y1) - (b.by1 - e.y1) * (e.x2 - e.x1)) / dd.den as u) x
    where dd.den <> 0 and x.t > 0 and x.t < 1 and x.u >= 0 and x.u <= 1
  ),
  marks as (
    select k, 0::float8 as t from cuts group by k
    union all select k, 1::float8 from cuts group by k
    union all select k, t from cuts
  ),
  pieces as (
    select k, t, lead(t) over (partition by k order by t) as t2 from marks
  ),
  probe as materialized (
    select row_number() over () as pid, q.x, q.y from (
      select x, y from pts
      union all
      select e.x1 + (e.x2 - e.x1) * (p.t + p.t2) / 2, e.y1 + (e.y2 - e.y1) * (p.t + p.t2) / 2
      from pieces p join edges e on e.k = p.k
      where p.t2 is not null and p.t2 - p.t > 1e-12) q
  ),
  inside as (
    select p.pid from probe p
    join bounds b on ((b.by1 > p.y) <> (b.by2 > p.y))
                 and p.x < (b.bx2 - b.bx1) * (p.y - b.by1) / (b.by2 - b.by1) + b.bx1
    group by p.pid, b.did, b.pi
    having count(*) % 2 = 1
  ),
  -- a point on the boundary itself (a whole wijk chosen from the list, a corner snapped to its edge) is inside: within
  -- 2e-6 degrees (about 0.2 m, the rounding to 6 decimals) of an edge of the area's districts
  on_edge as (
    select distinct p.pid from probe p
    join bounds b on p.x between least(b.bx1, b.bx2) - 2e-6 and greatest(b.bx1, b.bx2) + 2e-6
                 and p.y between least(b.by1, b.by2) - 2e-6 and greatest(b.by1, b.by2) + 2e-6
    cross join lateral (select b.bx2 - b.bx1 as dx, b.by2 - b.by1 as dy) d
    cross join lateral (select case when d.dx * d.dx + d.dy * d.dy = 0 then 0
                                    else greatest(0, least(1, ((p.x - b.bx1) * d.dx + (p.y - b.by1) * d.dy)
                                                              / (d.dx * d.dx + d.dy * d.dy))) end as t) f
    where (p.x - (b.bx1 + f.t * d.dx)) ^ 2 + (p.y - (b.by1 + f.t * d.dy)) ^ 2 <= 4e-12
  )
  select not exists (select 1 from probe p
                     where p.pid not in (select i.pid from inside i) and p.pid not in (select e.pid from on_edge e))
$$;
comment on function private.ring_inside_area(jsonb, uuid) is
  'True when the closed ring lies entirely inside the union of the area''s districts (its boundary included, within 0.2 m): every vertex, and every piece of every edge cut at the district boundaries it crosses.';

-- Validates a place (GeoJSON Point or Polygon, [lng, lat]) and returns { geometry, bbox } with only the GeoJSON
-- members we keep, coordinates rounded to 6 decimals; raises 22023 with a Dutch message. Cheap checks first: the
-- size of the input and the number of vertices (array lengths only), then every number, then containment.
create or replace function private.validate_place(p_location jsonb, p_area_id uuid) returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_type text;
  v_coords jsonb;
  v_rings integer;
  v_count integer;
  v_closed_ok boolean;
  v_bad boolean;
  v_rounded jsonb;
  v_lng numeric;
  v_lat numeric;
  v_bbox double precision[];
  c_invalid constant text := 'Deze plek is geen geldig GeoJSON-punt of -vlak in lengte- en breedtegraden.';
  c_outside constant text := 'Deze plek ligt buiten het gebied van dit document.';
begin
  if p_location is null or p_location = 'null'::jsonb then
    return null;
  end if;
  -- 1. size of the input, before looking inside it
  if pg_column_size(p_location) > 200000 then
    raise exception using errcode = '22023', hint = 'place_too_large',
      message = 'Deze plek is te groot: teken een eenvoudiger vlak (hoogstens 2000 punten).';
  end if;
  if jsonb_typeof(p_location) <> 'object' then
    raise exception using errcode = '22023', message = c_invalid;
  end if;
  v_type := p_location ->> 'type';
  v_coords := p_location -> 'coordinates';
  if v_type = 'Point' then
    if jsonb_typeof(v_coords) is distinct from 'array' or jsonb_array_length(v_coords) <> 2
       or jsonb_typeof(v_coords -> 0) <> 'number' or jsonb_typeof(v_coords -> 1) <> 'number' then
      raise exception using errcode = '22023', message = c_invalid;
    end if;
    v_lng := (v_coords ->> 0)::numeric;
    v_lat := (v_coords ->> 1)::numeric;
    if v_lng not between -180 and 180 or v_lat not between -90 and 90 then
      raise exception using errcode = '22023', message = c_invalid;
    end if;
    v_lng := round(v_lng, 6);
    v_lat := round(v_lat, 6);
    if not private.point_in_area(v_lng::float8, v_lat::float8, p_area_id) then
      raise exception using errcode = '22023', message = c_outside;
    end if;
    return jsonb_build_object('geometry', jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(v_lng, v_lat)),
      'bbox', array[v_lng::float8, v_lat::float8, v_lng::float8, v_lat::float8]);
  elsif v_type = 'Polygon' then
    -- 2. the number of rings and vertices, from the array lengths alone
    if jsonb_typeof(v_coords) is distinct from 'array' or jsonb_array_length(v_coords) not between 1 and 20 then
      raise exception using errcode = '22023', message = c_invalid;
    end if;
    select count(*), sum(case when jsonb_typeof(r) = 'array' then jsonb_array_length(r) else 0 end),
           bool_and(jsonb_typeof(r) = 'array' and jsonb_array_length(r) >= 4)
      into v_rings, v_count, v_closed_ok
    from jsonb_array_elements(v_coords) as t(r);
    if v_count > 2000 then
      raise exception using errcode = '22023', message = 'Een vlak mag hoogstens 2000 punten hebben.';
    end if;
    if not v_closed_ok then
      raise exception using errcode = '22023',
        message = 'Een vlak bestaat uit gesloten ringen van minstens vier punten (het eerste punt is ook het laatste).';
    end if;
    -- 3. every position two numbers in range; rounded to 6 decimals (about 0.1 m)
    select bool_or(jsonb_typeof(p) <> 'array' or jsonb_array_length(p) <> 2
                   or jsonb_typeof(p -> 0) <> 'number' or jsonb_typeof(p -> 1) <> 'number'
                   or (case when jsonb_typeof(p -> 0) = 'number' then (p ->> 0)::numeric end) not between -180 and 180
                   or (case when jsonb_typeof(p -> 1) = 'number' then (p ->> 1)::numeric end) not between -90 and 90)
      into v_bad
    from jsonb_array_elements(v_coords) as t(r), jsonb_array_elements(r) as q(p);
    if v_bad then
      raise exception using errcode = '22023', message = c_invalid;
    end if;
    select jsonb_agg(x.ring order by x.ri) into v_rounded
    from (select t.ri, jsonb_agg(jsonb_build_array(round((q.p ->> 0)::numeric, 6), round((q.p ->> 1)::numeric, 6))
                                 order by q.pi) as ring
          from jsonb_array_elements(v_coords) with ordinality as t(r, ri),
               jsonb_array_elements(t.r) with ordinality as q(p, pi)
          group by t.ri) x;
    if exists (select 1 from jsonb_array_elements(v_rounded) as t(r) where (r -> 0) <> (r -> -1)) then
      raise exception using errcode = '22023',
        message = 'Een vlak bestaat uit gesloten ringen van minstens vier punten (het eerste punt is ook het laatste).';
    end if;
    select array[min((p ->> 0)::float8), min((p ->> 1)::float8), max((p ->> 0)::float8), max((p ->> 1)::float8)]
      into v_bbox
    from jsonb_array_elements(v_rounded -> 0) as t(p);
    -- 4. containment of the whole shape (the outer ring; holes lie inside it)
    if not private.ring_inside_area(v_rounded -> 0, p_area_id) then
      raise exception using errcode = '22023', message = c_outside;
    end if;
    return jsonb_build_object('geometry', jsonb_build_object('type', 'Polygon', 'coordinates', v_rounded), 'bbox', v_bbox);
  end if;
  raise exception using errcode = '22023', message = 'Een plek is een punt (Point) of een vlak (Polygon).';
end $$;
comment on function private.validate_place(jsonb, uuid) is
  'Validates a GeoJSON Point or Polygon: size and vertex count first, then numbers (rounded to 6 decimals), then that the WHOLE shape lies in the area. Returns {geometry, bbox}.';

-- ── text, dates and URLs ─────────────────────────────────────────────────────────────────────────────────
-- Zero-width and other invisible characters, bidi controls (LRM/RLM, embeddings, overrides, isolates, ALM) and
-- control characters other than tab and newline.
create function private.has_invisible_characters(p_text text) returns boolean
  language sql immutable set search_path = '' as $$
  select coalesce(p_text ~ '[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]', false)
$$;
comment on function private.has_invisible_characters(text) is
  'True when the text holds zero-width, invisible, bidi-control or control characters (tab and newlines excepted).';

-- Trigger: the columns named in the arguments, as 'text:<col>', 'date:<col>' or 'url:<col>'. Only values that
-- change are checked, so older rows never block an unrelated edit.
create function private.guard_input() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare
  v_arg text;
  v_kind text;
  v_col text;
  v_new jsonb := to_jsonb(new);
  v_old jsonb := case when tg_op = 'UPDATE' then to_jsonb(old) else '{}'::jsonb end;
  v_value text;
begin
  foreach v_arg in array tg_argv loop
    v_kind := split_part(v_arg, ':', 1);
    v_col := split_part(v_arg, ':', 2);
    if (v_new -> v_col) is not distinct from (v_old -> v_col) or v_new ->> v_col is null then
      continue;
    end if;
    v_value := v_new ->> v_col;
    if v_kind = 'text' and private.has_invisible_characters(v_value) then
      raise exception using errcode = '22023', hint = 'invisible_characters',
        message = 'Titels en namen mogen geen onzichtbare tekens of tekens voor de leesrichting bevatten.';
    elsif v_kind = 'date' and (v_value in ('infinity', '-infinity') or v_value::date not between date '1900-01-01' and date '2200-12-31') then
      raise exception using errcode = '22023', hint = 'date_range', message = 'Kies een datum tussen 1900 en 2200.';
    elsif v_kind = 'url' and (char_length(v_value) > 500 or v_value !~ '^https?://[^[:space:][:cntrl:]]+$') then
      raise exception using errcode = '22023', hint = 'url',
        message = 'Een webadres begint met http:// of https://, heeft geen spaties en is hoogstens 500 tekens.';
    end if;
  end loop;
  return new;
end $$;
comment on function private.guard_input() is
  'Trigger: refuses invisible/bidi characters in titles and names, unreal dates (infinity, outside 1900-2200) and long or malformed URLs (22023).';

create trigger documents_guard_input before insert or update on public.documents
  for each row execute function private.guard_input('text:title', 'date:period_start', 'date:period_end', 'url:source_url');
create trigger sections_guard_input before insert or update on public.sections
  for each row execute function private.guard_input('text:title');
create trigger entries_guard_input before insert or update on public.entries
  for each row execute function private.guard_input('text:title', 'text:owner_name', 'text:owner_org', 'date:start_date',
                                                    'date:end_date');
create trigger initiatives_guard_input before insert or update on public.initiatives
  for each row execute function private.guard_input('text:title', 'text:place_description');
create trigger profiles_guard_input before insert or update on public.profiles
  for each row execute function private.guard_input('text:display_name');
create trigger areas_guard_input before insert or update on public.areas
  for each row execute function private.guard_input('text:name');
create trigger councils_guard_input before insert or update on public.councils
  for each row execute function private.guard_input('text:name', 'url:website_url');
create trigger themes_guard_input before insert or update on public.themes
  for each row execute function private.guard_input('text:name_nl', 'text:name_en');

-- A name from sign-up metadata never blocks a sign-up: invisible characters are dropped there.
create or replace function private.handle_new_user() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare v_name text;
begin
  v_name := coalesce(nullif(trim(new.raw_user_meta_data ->> 'display_name'), ''), split_part(new.email, '@', 1));
  v_name := left(trim(regexp_replace(v_name,
    '[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]', '', 'g')), 80);
  insert into public.profiles (id, display_name)
  values (new.id, case when char_length(coalesce(v_name, '')) < 2 then 'Inwoner' else v_name end)
  on conflict (id) do nothing;
  return new;
end $$;

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
revoke all on function private.ring_inside_area(jsonb, uuid), private.has_invisible_characters(text),
  private.guard_input() from public, anon, authenticated;
