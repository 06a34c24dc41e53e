-- Admins load figures (issue 14): a CSV in the CBS layout (a wijk code column and one column per figure) for one
-- year, parsed in the browser and sent as header + rows. admin_import_indicator_values answers what loading it would
-- change (per figure: new, changed, unchanged, unknown; the changed values; unknown codes; every problem with its row
-- and column) and, with p_apply, loads it: all or nothing, checked again here, so a file with any problem (an unknown
-- wijk code, a cell that is not a number, a year that differs) changes nothing. Every load is logged.

-- ── tables ───────────────────────────────────────────────────────────────────────────────────────────────
create table public.indicator_imports (
  id uuid primary key default gen_random_uuid(),
  year smallint not null,
  source_id uuid not null references public.indicator_sources (id),
  file_name text check (char_length(file_name) <= 200),
  indicator_keys text[] not null,
  district_count integer not null,
  inserted_count integer not null,
  updated_count integer not null,
  unchanged_count integer not null,
  -- no foreign key: a deleted account must not take the history with it
  imported_by uuid,
  imported_at timestamptz not null default now()
);
comment on table public.indicator_imports is 'Every CSV of figures an admin loaded. Written by admin_import_indicator_values only.';

-- ── indexes ──────────────────────────────────────────────────────────────────────────────────────────────
create index indicator_imports_imported_at_idx on public.indicator_imports (imported_at desc);
create index indicator_imports_source_id_idx on public.indicator_imports (source_id);

-- ── private helpers ──────────────────────────────────────────────────────────────────────────────────────
-- A number from a CSV cell: NULL for an empty or suppressed cell ('', '.', 'x', '-', '?', or CBS's missing-value
-- codes -99990 and below), 'NaN' for anything that is not a number. A decimal comma is read as a decimal point.
create function private.parse_figure(p_cell text) returns numeric
  language plpgsql immutable set search_path = '' as $$
declare
  v_text text := replace(trim(coalesce(p_cell, '')), ',', '.');
  v_value numeric;
begin
  if v_text in ('', '.', 'x', 'X', '-', '?') then
    return null;
  end if;
  if v_text !~ '^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$' or char_length(v_text) > 20 then
    return 'NaN';
  end if;
  v_value := v_text::numeric;
  if v_value <= -99990 then
    return null;
  end if;
  if v_value >= 1e12 then
    return 'NaN';
  end if;
  return v_value;
end $$;
comment on function private.parse_figure(text) is
  'A CSV cell as a figure: NULL when empty or suppressed (., x, -, ?, or a CBS missing-value code <= -99990), NaN '
  'when it is not a number; a decimal comma counts as a decimal point.';

-- ── admin functions (security definer: they check the caller themselves) ────────────────────────────────
create function public.admin_indicator_imports() returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
begin
  perform private.require_admin();
  return coalesce((select jsonb_agg(jsonb_build_object(
      'id', m.id, 'year', m.year, 'source', private.indicator_source_json(s), 'file_name', m.file_name,
      'indicator_keys', to_jsonb(m.indicator_keys), 'district_count', m.district_count,
      'inserted_count', m.inserted_count, 'updated_count', m.updated_count, 'unchanged_count', m.unchanged_count,
      'imported_by', private.display_name(m.imported_by), 'imported_at', m.imported_at)
    order by m.imported_at desc, m.id)
    from public.indicator_imports m join public.indicator_sources s on s.id = m.source_id), '[]'::jsonb);
end $$;
comment on function public.admin_indicator_imports() is
  'The CSV imports of figures, newest first: [{ id, year, source, file_name, indicator_keys, district_count, '
  'inserted_count, updated_count, unchanged_count, imported_by, imported_at }]. Admins only (42501).';

-- Checks a CSV in the CBS layout (a wijk code column and one column per figure) for one year and source, and
-- answers what loading it would change. With p_apply it loads it, all or nothing: a file with any problem (an unknown
-- wijk code, a cell that is not a number, a year that differs) changes nothing.
create function public.admin_import_indicator_values(
  p_year integer, p_source jsonb, p_header text[], p_rows jsonb, p_apply boolean default false,
  p_file_name text default null
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_admin uuid := private.require_admin();
  v_source public.indicator_sources;
  v_new_source jsonb;
  v_header text[];
  v_code_index integer;
  v_year_index integer;
  v_columns jsonb := '[]'::jsonb;
  v_ignored text[] := '{}';
  v_problems jsonb := '[]'::jsonb;
  v_cells jsonb;
  v_result jsonb;
  v_h text;
  v_ind public.indicators;
  v_counts record;
  i integer;
begin
  if p_year is null or p_year not between 1900 and 2100 then
    raise exception using errcode = '22023', message = 'Kies een jaar tussen 1900 en 2100.';
  end if;
  -- the source: an existing one by key, or a new one by name, credit and licence
  if jsonb_typeof(p_source) is distinct from 'object' then
    raise exception using errcode = '22023', message = 'Kies de bron van de cijfers.';
  end if;
  if p_source ? 'key' then
    select * into v_source from public.indicator_sources where key = p_source ->> 'key';
    if not found then
      raise exception using errcode = 'P0002', message = 'Deze bron bestaat niet.';
    end if;
  else
    select * into v_source from public.indicator_sources where name = trim(coalesce(p_source ->> 'name', ''));
    if not found then
      if char_length(trim(coalesce(p_source ->> 'name', ''))) not between 2 and 200
         or char_length(trim(coalesce(p_source ->> 'credit', ''))) not between 2 and 120
         or char_length(trim(coalesce(p_source ->> 'licence', ''))) not between 2 and 80
         or char_length(trim(coalesce(p_source ->> 'publisher', 'CBS'))) not between 2 and 120 then
        raise exception using errcode = '22023',
          message = 'Een nieuwe bron heeft een naam, een bronvermelding (bijvoorbeeld "Bron: CBS") en een licentie.';
      end if;
      if coalesce(p_source ->> 'url', '') <> '' and (p_source ->> 'url' !~ '^https?://' or char_length(p_source ->> 'url') > 500) then
        raise exception using errcode = '22023', message = 'De link naar de bron begint met http:// of https://.';
      end if;
      v_new_source := jsonb_build_object(
        'key', left(private.slugify(p_source ->> 'name'), 60), 'name', trim(p_source ->> 'name'),
        'publisher', trim(coalesce(p_source ->> 'publisher', 'CBS')), 'credit', trim(p_source ->> 'credit'),
        'licence', trim(p_source ->> 'licence'), 'url', nullif(trim(coalesce(p_source ->> 'url', '')), ''),
        'transcribed', coalesce(p_source ->> 'transcribed' = 'true', false), 'note_nl', '', 'note_en', '');
      if coalesce(v_new_source ->> 'key', '') !~ '^[a-z0-9]+(-[a-z0-9]+)*$' then
        raise exception using errcode = '22023', message = 'Geef de bron een naam met letters of cijfers.';
      end if;
    end if;
  end if;
  if p_header is null or cardinality(p_header) = 0 then
    raise exception using errcode = '22023', message = 'Het bestand heeft geen kopregel.';
  end if;
  if cardinality(p_header) > 200 then
    raise exception using errcode = '22023', message = 'Het bestand heeft meer dan 200 kolommen.';
  end if;
  if jsonb_typeof(p_rows) is distinct from 'array' or jsonb_array_length(p_rows) = 0 then
    raise exception using errcode = '22023', message = 'Het bestand heeft geen rijen met cijfers.';
  end if;
  if jsonb_array_length(p_rows) > 1000 then
    raise exception using errcode = '22023', message = 'Het bestand heeft meer dan 1000 rijen.';
  end if;
  if char_length(coalesce(p_file_name, '')) > 200 then
    raise exception using errcode = '22023', message = 'De bestandsnaam is te lang.';
  end if;

  -- the header: which column holds the wijk code, which the year, which a known figure; the rest is ignored
  v_header := array(select trim(coalesce(h, '')) from unnest(p_header) h);
  for i in 1 .. cardinality(v_header) loop
    v_h := v_header[i];
    if lower(v_h) in ('code', 'wijkcode', 'wijkenenbuurten', 'codering_3', 'gwb_code', 'statcode') then
      if v_code_index is null then
        v_code_index := i;
      end if;
    elsif lower(v_h) in ('year', 'jaar') then
      v_year_index := i;
    else
      select * into v_ind from public.indicators x
      where lower(v_h) = x.key or lower(v_h) in (select lower(c) from unnest(x.cbs_columns) c);
      if found then
        if v_columns @> jsonb_build_array(jsonb_build_object('key', v_ind.key)) then
          v_problems := v_problems || jsonb_build_object('problem', 'duplicate_column', 'column', v_h);
        else
          v_columns := v_columns || jsonb_build_object('index', i, 'column', v_h, 'id', v_ind.id, 'key', v_ind.key,
                                                       'name_nl', v_ind.name_nl, 'name_en', v_ind.name_en);
        end if;
      elsif v_h <> '' then
        v_ignored := v_ignored || v_h;
      end if;
    end if;
  end loop;
  if v_code_index is null then
    v_problems := v_problems || jsonb_build_object('problem', 'no_code_column');
  end if;
  if jsonb_array_length(v_columns) = 0 then
    v_problems := v_problems || jsonb_build_object('problem', 'no_known_columns');
  end if;

  -- every row: a known wijk code (once), the year if the file has one, and a number or an empty cell per figure
  with r as (
    select t.n::integer as row_no, t.cells,
           case when jsonb_typeof(t.cells) = 'array' then upper(trim(coalesce(t.cells ->> (v_code_index - 1), ''))) end as code,
           case when jsonb_typeof(t.cells) = 'array' and v_year_index is not null
                then trim(coalesce(t.cells ->> (v_year_index - 1), '')) end as year_text
    from jsonb_array_elements(p_rows) with ordinality as t(cells, n)
  ), rd as (
    select r.*, d.id as district_id, d.name as district_name, count(*) over (partition by r.code) as times
    from r left join public.districts d on d.code = r.code
  ), row_problems as (
    select jsonb_build_object('problem', 'not_a_row', 'row', rd.row_no) as p, rd.row_no, 0 as k
    from rd where jsonb_typeof(rd.cells) is distinct from 'array'
    union all
    select jsonb_build_object('problem', case when rd.code = '' then 'missing_code' else 'unknown_code' end,
                              'row', rd.row_no, 'value', left(rd.code, 40)), rd.row_no, 1
    from rd where rd.code is not null and v_code_index is not null and rd.district_id is null
    union all
    select jsonb_build_object('problem', 'duplicate_code', 'row', rd.row_no, 'value', rd.code), rd.row_no, 2
    from rd where rd.district_id is not null and rd.times > 1
    union all
    select jsonb_build_object('problem', 'year_mismatch', 'row', rd.row_no, 'value', left(rd.year_text, 40)), rd.row_no, 3
    from rd where rd.year_text is not null and rd.year_text <> '' and rd.year_text is distinct from p_year::text
  ), cells as (
    select rd.row_no, rd.code, rd.district_id, rd.district_name, (c ->> 'id')::uuid as indicator_id, c ->> 'key' as key,
           c ->> 'column' as column_name, c ->> 'name_nl' as name_nl, c ->> 'name_en' as name_en,
           left(trim(coalesce(rd.cells ->> ((c ->> 'index')::integer - 1), '')), 40) as raw,
           private.parse_figure(rd.cells ->> ((c ->> 'index')::integer - 1)) as value
    from rd cross join jsonb_array_elements(v_columns) c
    where jsonb_typeof(rd.cells) = 'array' and rd.district_id is not null
  ), cell_problems as (
    select jsonb_build_object('problem', 'not_a_number', 'row', c.row_no, 'code', c.code, 'column', c.column_name,
                              'value', c.raw) as p, c.row_no, 4 as k
    from cells c where c.value = 'NaN'
  ), compared as (
    select c.*, v.value as old_value, v.indicator_id is not null as existed,
           case when v.indicator_id is null then 'new'
                when v.value is distinct from c.value then 'changed' else 'unchanged' end as change
    from cells c
    left join public.indicator_values v
      on v.indicator_id = c.indicator_id and v.year = p_year and v.district_id = c.district_id
    where c.value is distinct from 'NaN'::numeric
  )
  select jsonb_build_object(
    'problems', v_problems || coalesce((select jsonb_agg(x.p order by x.row_no, x.k) from (
        select * from row_problems union all select * from cell_problems) x), '[]'::jsonb),
    'district_count', (select count(distinct district_id) from rd where district_id is not null),
    'unknown_codes', coalesce((select jsonb_agg(distinct rd.code) from rd
                               where rd.code is not null and rd.code <> '' and rd.district_id is null), '[]'::jsonb),
    'missing_districts', coalesce((select jsonb_agg(jsonb_build_object('code', d.code, 'name', d.name) order by d.code)
                                   from public.districts d where not exists (select 1 from rd where rd.district_id = d.id)),
                                  '[]'::jsonb),
    'indicators', coalesce((select jsonb_agg(jsonb_build_object(
        'key', c ->> 'key', 'column', c ->> 'column', 'name_nl', c ->> 'name_nl', 'name_en', c ->> 'name_en',
        'new', (select count(*) from compared x where x.key = c ->> 'key' and x.change = 'new'),
        'changed', (select count(*) from compared x where x.key = c ->> 'key' and x.change = 'changed'),
        'unchanged', (select count(*) from compared x where x.key = c ->> 'key' and x.change = 'unchanged'),
        'unknown', (select count(*) from compared x where x.key = c ->> 'key' and x.value is null))
      order by (c ->> 'index')::integer) from jsonb_array_elements(v_columns) c), '[]'::jsonb),
    'changes', coalesce((select jsonb_agg(jsonb_build_object('code', x.code, 'name', x.district_name, 'key', x.key,
                                                             'name_nl', x.name_nl, 'name_en', x.name_en,
                                                             'old', x.old_value, 'new', x.value)
                                          order by x.code, x.key)
                         from (select * from compared where change = 'changed' order by code, key limit 200) x), '[]'::jsonb),
    'changed_count', (select count(*) from compared where change = 'changed'),
    'cells', (select coalesce(jsonb_agg(jsonb_build_array(x.indicator_id, x.district_id, x.value, x.change)), '[]'::jsonb)
              from compared x)
  ) into v_result
  from (select 1) one;

  v_cells := v_result -> 'cells';
  v_result := (v_result - 'cells') || jsonb_build_object(
    'year', p_year,
    'source', case when v_source.id is null then v_new_source else private.indicator_source_json(v_source) end,
    'new_source', v_source.id is null,
    'ignored_columns', to_jsonb(v_ignored),
    'problem_count', jsonb_array_length(v_result -> 'problems'),
    'can_apply', jsonb_array_length(v_result -> 'problems') = 0,
    'applied', false);
  v_result := jsonb_set(v_result, '{problems}', coalesce((select jsonb_agg(p) from (
    select p from jsonb_array_elements(v_result -> 'problems') with ordinality t(p, n) order by n limit 100) x), '[]'::jsonb));

  if not coalesce(p_apply, false) then
    return v_result;
  end if;
  if (v_result ->> 'problem_count')::integer > 0 then
    raise exception using errcode = '22023',
      message = format('Het bestand heeft %s probleem/problemen; er is niets geladen. Bekijk de controle en verbeter het bestand.',
                       v_result ->> 'problem_count');
  end if;
  if v_source.id is null then
    insert into public.indicator_sources (key, name, publisher, credit, licence, url, transcribed)
    values (v_new_source ->> 'key', v_new_source ->> 'name', v_new_source ->> 'publisher', v_new_source ->> 'credit',
            v_new_source ->> 'licence', v_new_source ->> 'url', (v_new_source ->> 'transcribed')::boolean)
    returning * into v_source;
  end if;
  insert into public.indicator_values (indicator_id, year, district_id, value, source_id)
  select (c ->> 0)::uuid, p_year, (c ->> 1)::uuid, (c ->> 2)::numeric, v_source.id
  from jsonb_array_elements(v_cells) c
  on conflict (indicator_id, year, district_id)
    do update set value = excluded.value, source_id = excluded.source_id, updated_at = now();
  select count(*) filter (where c ->> 3 = 'new') as inserted, count(*) filter (where c ->> 3 = 'changed') as updated,
         count(*) filter (where c ->> 3 = 'unchanged') as unchanged
  into v_counts from jsonb_array_elements(v_cells) c;
  insert into public.indicator_imports (year, source_id, file_name, indicator_keys, district_count, inserted_count,
                                        updated_count, unchanged_count, imported_by)
  values (p_year, v_source.id, nullif(trim(coalesce(p_file_name, '')), ''),
          array(select c ->> 'key' from jsonb_array_elements(v_columns) c), (v_result ->> 'district_count')::integer,
          v_counts.inserted, v_counts.updated, v_counts.unchanged, v_admin);
  return v_result || jsonb_build_object('applied', true, 'source', private.indicator_source_json(v_source),
                                        'new_source', false);
exception
  when unique_violation then
    raise exception using errcode = '23505', message = 'Er bestaat al een bron met deze code; kies die bron.';
end $$;
comment on function public.admin_import_indicator_values(integer, jsonb, text[], jsonb, boolean, text) is
  'Checks (and with p_apply loads) a CSV of figures for p_year: p_header the header cells (a wijk code column: code, '
  'WijkenEnBuurten or Codering_3; figures by their CBS column or key; other columns are ignored), p_rows the rows as '
  'arrays of cells (empty, ., x, - or ? = unknown), p_source { key } of a source or a new { name, credit, licence, '
  'url?, publisher?, transcribed? }. Returns { year, source, new_source, district_count, indicators: [{ key, column, '
  'new, changed, unchanged, unknown }], changes (first 200), changed_count, unknown_codes, missing_districts, '
  'ignored_columns, problems: [{ problem, row?, column?, value? }] (first 100), problem_count, can_apply, applied }. '
  'Loading is all or nothing: with any problem p_apply raises 22023 and changes nothing. Admins only (42501).';

-- ── data ─────────────────────────────────────────────────────────────────────────────────────────────────
-- the figures loaded with the reference data (20261202150100_load_cbs_figures.sql) count as loaded at installation
insert into public.indicator_imports (year, source_id, file_name, indicator_keys, district_count, inserted_count,
                                      updated_count, unchanged_count, imported_by, imported_at)
select v.year, v.source_id, null, array_agg(distinct i.key order by i.key), count(distinct v.district_id), count(*), 0, 0,
       null, min(v.updated_at)
from public.indicator_values v join public.indicators i on i.id = v.indicator_id
group by v.year, v.source_id;

-- ── row level security ───────────────────────────────────────────────────────────────────────────────────
alter table public.indicator_imports enable row level security;
create policy "admins can read indicator imports" on public.indicator_imports
  for select to authenticated using ((select private.is_admin()));

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
revoke all on public.indicator_imports from anon, authenticated, public;
-- admins read the import log through RLS; who loaded a file is a name from admin_indicator_imports, never an id
grant select (id, year, source_id, file_name, indicator_keys, district_count, inserted_count, updated_count,
              unchanged_count, imported_at) on public.indicator_imports to authenticated;

revoke all on function private.parse_figure(text) from public, anon, authenticated;
revoke all on function public.admin_indicator_imports(),
  public.admin_import_indicator_values(integer, jsonb, text[], jsonb, boolean, text)
  from public, anon, authenticated;
grant execute on function public.admin_indicator_imports(),
  public.admin_import_indicator_values(integer, jsonb, text[], jsonb, boolean, text)
  to authenticated;
