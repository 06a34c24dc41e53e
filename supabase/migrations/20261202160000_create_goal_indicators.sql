-- Vision goals with indicators (issue 14): a goal of a gebiedsvisie carries one or more indicators, each a CBS
-- figure over the area or chosen wijken (its baseline computed from the data, with its year) or one the team defines
-- (name, unit, baseline, source), with a target value and year. They belong to one version of the vision, like its
-- goals: a new version copies them (same lineage), an adopted version keeps them read-only, and who may read them
-- follows the document (published: everyone; concept: its area team and admins). Written only through
-- save_goal_indicator and delete_goal_indicator, which check the caller (area team of the area, admins).

-- ── tables ───────────────────────────────────────────────────────────────────────────────────────────────
create table public.goal_indicators (
  id uuid primary key default gen_random_uuid(),
  entry_id uuid not null,
  document_id uuid not null,
  area_id uuid not null references public.areas (id),
  lineage_id uuid not null default gen_random_uuid(),
  indicator_id uuid references public.indicators (id),
  scope text not null default 'area' check (scope in ('area', 'districts')),
  district_ids uuid[] not null default '{}' check (cardinality(district_ids) <= 100),
  name text check (char_length(name) between 2 and 200),
  unit text check (char_length(unit) between 1 and 40),
  source text check (char_length(source) between 2 and 300),
  baseline_value numeric not null check (baseline_value > -1e12 and baseline_value < 1e12),
  baseline_year smallint not null check (baseline_year between 1900 and 2100),
  target_value numeric not null check (target_value > -1e12 and target_value < 1e12),
  target_year smallint not null check (target_year between 1900 and 2100),
  position integer not null default 0 check (position >= 0),
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint goal_indicators_entry foreign key (entry_id, document_id)
    references public.entries (id, document_id) on delete cascade,
  constraint goal_indicators_lineage unique (document_id, lineage_id),
  constraint goal_indicators_kind check (case when indicator_id is null
    then name is not null and unit is not null and source is not null and cardinality(district_ids) = 0
    else name is null and unit is null and source is null and cardinality(district_ids) > 0 end),
  constraint goal_indicators_years check (target_year >= baseline_year)
);
comment on table public.goal_indicators is
  'Indicators of a vision goal (one version of it; a new version of the vision copies them). A CBS figure '
  '(indicator_id) over district_ids with its baseline from the data, or a custom one (name, unit, source); '
  'target_value in target_year. lineage_id is the same in every version; version is the optimistic lock.';

-- ── indexes ──────────────────────────────────────────────────────────────────────────────────────────────
create index goal_indicators_entry_id_idx on public.goal_indicators (entry_id, position);
create index goal_indicators_area_id_idx on public.goal_indicators (area_id);
create index goal_indicators_indicator_id_idx on public.goal_indicators (indicator_id);

-- ── private helpers ──────────────────────────────────────────────────────────────────────────────────────
create function private.goal_indicator_json(g public.goal_indicators) returns jsonb
  language plpgsql stable set search_path = '' as $$
declare
  v_ind public.indicators;
  v_latest integer;
begin
  if g.indicator_id is not null then
    select * into v_ind from public.indicators where id = g.indicator_id;
    v_latest := private.indicator_latest_year(g.indicator_id);
  end if;
  return jsonb_build_object(
    'id', g.id, 'lineage_id', g.lineage_id, 'version', g.version, 'entry_id', g.entry_id, 'position', g.position,
    'kind', case when g.indicator_id is null then 'custom' else 'cbs' end,
    'indicator', case when g.indicator_id is not null then private.indicator_json(v_ind) end,
    'name', g.name, 'unit', g.unit, 'source', g.source, 'scope', g.scope,
    'districts', coalesce((select jsonb_agg(jsonb_build_object('id', d.id, 'code', d.code, 'name', d.name) order by d.name)
                           from public.districts d where d.id = any (g.district_ids)), '[]'::jsonb),
    'baseline', jsonb_build_object('value', g.baseline_value, 'year', g.baseline_year,
                                   'source', case when g.indicator_id is not null
                                                  then private.indicator_year_source(g.indicator_id, g.baseline_year) end),
    'target', jsonb_build_object('value', g.target_value, 'year', g.target_year),
    -- a newer year of the figure: its value over the same wijken, next to the baseline and the target
    'latest', case when v_latest > g.baseline_year
                   then private.indicator_aggregate(g.indicator_id, v_latest, g.district_ids)
                        || jsonb_build_object('source', private.indicator_year_source(g.indicator_id, v_latest)) end);
end $$;
comment on function private.goal_indicator_json(public.goal_indicators) is
  'A goal indicator as the API shows it, with its baseline (and source), target and, when a newer year of the CBS '
  'figure is loaded, the latest value over the same wijken.';

-- A new version of a vision copies its goals (start_revision); their indicators come along, same lineage.
create function private.copy_goal_indicators() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  insert into public.goal_indicators (entry_id, document_id, area_id, lineage_id, indicator_id, scope, district_ids,
                                      name, unit, source, baseline_value, baseline_year, target_value, target_year,
                                      position, created_at)
  select new.id, new.document_id, new.area_id, g.lineage_id, g.indicator_id, g.scope, g.district_ids, g.name, g.unit,
         g.source, g.baseline_value, g.baseline_year, g.target_value, g.target_year, g.position, g.created_at
  from public.documents d
  join public.entries oe on oe.document_id = d.previous_version_id and oe.lineage_id = new.lineage_id
  join public.goal_indicators g on g.entry_id = oe.id
  where d.id = new.document_id;
  return null;
end $$;
comment on function private.copy_goal_indicators() is
  'Trigger: a goal inserted into a new version of a vision gets the indicators of the same goal in the version before.';

create trigger entries_copy_goal_indicators after insert on public.entries
  for each row when (new.kind = 'vision_goal') execute function private.copy_goal_indicators();

create function private.goal_indicators_touch() returns trigger
  language plpgsql set search_path = '' as $$
begin
  new.updated_at := now();
  return new;
end $$;
comment on function private.goal_indicators_touch() is 'Trigger: stamps updated_at of a goal indicator.';
create trigger goal_indicators_touch before update on public.goal_indicators
  for each row execute function private.goal_indicators_touch();
create trigger goal_indicators_guard_input before insert or update on public.goal_indicators
  for each row execute function private.guard_input('text:name', 'text:unit', 'text:source');

-- ── public read functions (security invoker: RLS applies) ────────────────────────────────────────────────
create function public.document_indicators(p_document_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_doc public.documents;
  v_editor boolean;
begin
  select * into v_doc from public.documents where id = p_document_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Document niet gevonden.';
  end if;
  v_editor := v_doc.kind = 'vision' and v_doc.status <> 'vastgesteld' and private.can_edit_area(v_doc.area_id);
  return jsonb_build_object(
    'document_id', v_doc.id,
    'can_edit', v_editor,
    -- per goal lineage: its indicators (an empty list for a goal without)
    'goals', coalesce((select jsonb_object_agg(e.lineage_id, coalesce(
        (select jsonb_agg(private.goal_indicator_json(g) order by g.position, g.created_at)
         from public.goal_indicators g where g.entry_id = e.id), '[]'::jsonb))
      from public.entries e where e.document_id = v_doc.id and e.kind = 'vision_goal'), '{}'::jsonb),
    -- per action lineage: the goals it serves (their newest version the caller may read) that have indicators
    'actions', coalesce((select jsonb_object_agg(a.lineage_id, a.goals) from (
        select e.lineage_id, jsonb_agg(jsonb_build_object(
            'goal', jsonb_build_object('lineage_id', t.lineage_id, 'title', t.title, 'document_slug', t.slug,
                                       'document_title', t.doc_title),
            'indicators', t.indicators) order by t.doc_title, t.title) as goals
        from public.entries e
        join public.entry_links l on l.entry_id = e.id
        cross join lateral (
          select g.lineage_id, g.title, d.slug, d.title as doc_title,
                 (select jsonb_agg(private.goal_indicator_json(gi) order by gi.position, gi.created_at)
                  from public.goal_indicators gi where gi.entry_id = g.id) as indicators
          from public.entries g join public.documents d on d.id = g.document_id
          where g.lineage_id = l.target_lineage_id and g.kind = 'vision_goal'
          order by d.version_no desc limit 1) t
        where e.document_id = v_doc.id and e.kind = 'plan_action' and t.indicators is not null
        group by e.lineage_id) a), '{}'::jsonb),
    'districts', case when v_editor then coalesce((select jsonb_agg(jsonb_build_object('id', d.id, 'code', d.code,
                                                                                        'name', d.name) order by d.name)
                                                   from public.districts d where d.area_id = v_doc.area_id), '[]'::jsonb)
                      else '[]'::jsonb end);
end $$;
comment on function public.document_indicators(uuid) is
  'The indicators of a document version: { document_id, can_edit (a vision not yet adopted, for its area team and '
  'admins), goals: { goal lineage: [goal indicator] }, actions: { action lineage: [{ goal, indicators }] } (a plan: '
  'the goals each action serves, newest readable version, with their indicators), districts (the area''s wijken, '
  'for editors) }. Unknown or hidden document: P0002. Everyone; RLS decides.';

create function public.area_goal_indicators(p_area_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
begin
  if not exists (select 1 from public.areas where id = p_area_id) then
    raise exception using errcode = 'P0002', message = 'Gebied niet gevonden.';
  end if;
  return coalesce((select jsonb_agg(jsonb_build_object(
      'goal', jsonb_build_object('lineage_id', e.lineage_id, 'title', e.title),
      'document', jsonb_build_object('slug', d.slug, 'title', d.title, 'status', d.status, 'version_no', d.version_no,
                                     'is_example', d.is_example),
      'indicators', (select jsonb_agg(private.goal_indicator_json(g) order by g.position, g.created_at)
                     from public.goal_indicators g where g.entry_id = e.id))
    order by d.title, s.position, e.position)
    from public.documents d
    join public.entries e on e.document_id = d.id
    join public.sections s on s.id = e.section_id
    where d.area_id = p_area_id and d.kind = 'vision' and d.id in (select private.current_document_ids())
      and exists (select 1 from public.goal_indicators g where g.entry_id = e.id)), '[]'::jsonb);
end $$;
comment on function public.area_goal_indicators(uuid) is
  'The goals with indicators in the newest readable version of the area''s vision(s): [{ goal, document, '
  'indicators }]. Unknown area: P0002. Everyone; RLS decides.';

-- ── public write functions (security definer: they check the caller themselves) ─────────────────────────
-- Every refusal carries a hint (the client says it in the reader's language) and a Dutch message.
create function public.save_goal_indicator(
  p_document_id uuid, p_goal_lineage_id uuid, p_target_value numeric, p_target_year integer,
  p_indicator_key text default null, p_district_ids uuid[] default null, p_baseline_year integer default null,
  p_name text default null, p_unit text default null, p_source text default null, p_baseline_value numeric default null,
  p_lineage_id uuid default null, p_version integer default null
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_doc public.documents := private.editable_document(p_document_id);
  v_goal public.entries;
  v_ind public.indicators;
  v_row public.goal_indicators;
  v_districts uuid[] := '{}';
  v_scope text := 'area';
  v_year integer;
  v_baseline numeric;
  v_name text := nullif(trim(coalesce(p_name, '')), '');
  v_unit text := nullif(trim(coalesce(p_unit, '')), '');
  v_source text := nullif(trim(coalesce(p_source, '')), '');
begin
  if v_doc.kind <> 'vision' then
    raise exception using errcode = '22023', hint = 'goal_indicator_vision_only',
      message = 'Indicatoren horen bij de doelen van een gebiedsvisie.';
  end if;
  select * into v_goal from public.entries where document_id = v_doc.id and lineage_id = p_goal_lineage_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Doel niet gevonden in deze versie.';
  end if;
  if p_target_value is null or p_target_year is null then
    raise exception using errcode = '22023', hint = 'goal_indicator_target',
      message = 'Geef een streefwaarde en een streefjaar.';
  end if;
  if not (abs(p_target_value) < 1e12) or not (abs(coalesce(p_baseline_value, 0)) < 1e12) then
    raise exception using errcode = '22023', hint = 'goal_indicator_range',
      message = 'Een waarde ligt tussen -1 biljoen en 1 biljoen.';
  end if;
  if p_target_year not between 2000 and 2100 then
    raise exception using errcode = '22023', hint = 'goal_indicator_target_year',
      message = 'Het streefjaar ligt tussen 2000 en 2100.';
  end if;
  if p_indicator_key is not null then
    select * into v_ind from public.indicators where key = p_indicator_key;
    if not found then
      raise exception using errcode = 'P0002', message = 'Dit cijfer bestaat niet.';
    end if;
    if v_name is not null or v_unit is not null or v_source is not null or p_baseline_value is not null then
      raise exception using errcode = '22023', hint = 'goal_indicator_cbs_fields',
        message = 'Een CBS-cijfer neemt naam, eenheid, bron en nulmeting uit de gegevens; geef die niet zelf op.';
    end if;
    if coalesce(cardinality(p_district_ids), 0) = 0 then
      v_districts := array(select d.id from public.districts d where d.area_id = v_doc.area_id order by d.code);
    else
      if cardinality(p_district_ids) > 100 or exists (
           select 1 from unnest(p_district_ids) x
           where x is null or not exists (select 1 from public.districts d where d.id = x and d.area_id = v_doc.area_id)) then
        raise exception using errcode = '22023', hint = 'goal_indicator_districts',
          message = 'Kies wijken uit het gebied van deze visie.';
      end if;
      v_scope := 'districts';
      v_districts := array(select d.id from public.districts d where d.id = any (p_district_ids) order by d.code);
    end if;
    v_year := coalesce(p_baseline_year, private.indicator_latest_year(v_ind.id));
    if v_year is null or v_year not between 1900 and 2100 then
      raise exception using errcode = '22023', hint = 'goal_indicator_no_data',
        message = 'Voor dit cijfer zijn geen gegevens over dat jaar geladen.';
    end if;
    v_baseline := (private.indicator_aggregate(v_ind.id, v_year, v_districts) ->> 'value')::numeric;
    if v_baseline is null then
      raise exception using errcode = '22023', hint = 'goal_indicator_no_data',
        message = format('Voor "%s" is er over %s geen waarde voor deze wijken (CBS heeft die niet gepubliceerd).',
                         v_ind.name_nl, v_year);
    end if;
  else
    if char_length(coalesce(v_name, '')) not between 2 and 200 then
      raise exception using errcode = '22023', hint = 'goal_indicator_name',
        message = 'Geef de indicator een naam van 2 tot 200 tekens.';
    end if;
    if char_length(coalesce(v_unit, '')) not between 1 and 40 then
      raise exception using errcode = '22023', hint = 'goal_indicator_unit',
        message = 'Geef een eenheid van hoogstens 40 tekens (bijvoorbeeld %).';
    end if;
    if char_length(coalesce(v_source, '')) not between 2 and 300 then
      raise exception using errcode = '22023', hint = 'goal_indicator_source',
        message = 'Noem de bron van de nulmeting (2 tot 300 tekens).';
    end if;
    if coalesce(cardinality(p_district_ids), 0) > 0 then
      raise exception using errcode = '22023', hint = 'goal_indicator_districts',
        message = 'Wijken kies je alleen bij een CBS-cijfer.';
    end if;
    if p_baseline_value is null or p_baseline_year is null then
      raise exception using errcode = '22023', hint = 'goal_indicator_baseline',
        message = 'Geef de nulmeting: een waarde en het jaar.';
    end if;
    if p_baseline_year not between 1900 and 2100 then
      raise exception using errcode = '22023', hint = 'goal_indicator_baseline',
        message = 'Het jaar van de nulmeting ligt tussen 1900 en 2100.';
    end if;
    v_year := p_baseline_year;
    v_baseline := p_baseline_value;
  end if;
  if p_target_year < v_year then
    raise exception using errcode = '22023', hint = 'goal_indicator_years',
      message = format('Het streefjaar (%s) ligt niet voor het jaar van de nulmeting (%s).', p_target_year, v_year);
  end if;
  if p_lineage_id is null then
    if (select count(*) from public.goal_indicators where entry_id = v_goal.id) >= 10 then
      raise exception using errcode = '22023', hint = 'goal_indicator_limit',
        message = 'Een doel heeft hoogstens 10 indicatoren.';
    end if;
    insert into public.goal_indicators (entry_id, document_id, area_id, indicator_id, scope, district_ids, name, unit,
                                        source, baseline_value, baseline_year, target_value, target_year, position)
    values (v_goal.id, v_doc.id, v_doc.area_id, v_ind.id, v_scope, v_districts, v_name, v_unit, v_source, v_baseline,
            v_year, p_target_value, p_target_year,
            (select coalesce(max(position) + 1, 0) from public.goal_indicators where entry_id = v_goal.id))
    returning * into v_row;
  else
    select * into v_row from public.goal_indicators
    where entry_id = v_goal.id and lineage_id = p_lineage_id for update;
    if not found then
      raise exception using errcode = 'P0002', message = 'Indicator niet gevonden bij dit doel.';
    end if;
    perform private.check_version(p_version, v_row.version);
    update public.goal_indicators
    set indicator_id = v_ind.id, scope = v_scope, district_ids = v_districts, name = v_name, unit = v_unit,
        source = v_source, baseline_value = v_baseline, baseline_year = v_year, target_value = p_target_value,
        target_year = p_target_year, version = version + 1
    where id = v_row.id
    returning * into v_row;
  end if;
  return private.goal_indicator_json(v_row);
end $$;
comment on function public.save_goal_indicator(uuid, uuid, numeric, integer, text, uuid[], integer, text, text, text,
                                               numeric, uuid, integer) is
  'Adds (p_lineage_id null) or changes (with p_lineage_id and p_version) an indicator of a goal (p_goal_lineage_id) '
  'in a vision version that is not adopted. A CBS figure: p_indicator_key, the wijken (p_district_ids, default the '
  'whole area) and p_baseline_year (default the newest with data); the baseline is computed from the data. A custom '
  'one: p_name, p_unit, p_source, p_baseline_value, p_baseline_year. Both: p_target_value in p_target_year. Area '
  'team of the area and admins (42501); adopted version or bad input 22023 (with a hint naming the problem); unknown '
  'goal, figure or indicator P0002; stale p_version 40001. Returns the goal indicator.';

create function public.delete_goal_indicator(p_document_id uuid, p_lineage_id uuid, p_version integer) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_doc public.documents := private.editable_document(p_document_id);
  v_row public.goal_indicators;
begin
  select * into v_row from public.goal_indicators
  where document_id = v_doc.id and lineage_id = p_lineage_id for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Indicator niet gevonden in deze versie.';
  end if;
  perform private.check_version(p_version, v_row.version);
  delete from public.goal_indicators where id = v_row.id;
  return jsonb_build_object('id', v_row.id, 'lineage_id', v_row.lineage_id, 'entry_id', v_row.entry_id);
end $$;
comment on function public.delete_goal_indicator(uuid, uuid, integer) is
  'Removes an indicator (p_lineage_id) from a goal in a vision version that is not adopted. Area team of the area '
  'and admins (42501); adopted 22023; unknown P0002; stale p_version 40001.';

-- ── row level security ───────────────────────────────────────────────────────────────────────────────────
alter table public.goal_indicators enable row level security;

create policy "everyone can read goal indicators of published documents" on public.goal_indicators
  for select to anon, authenticated using (document_id in (select private.published_document_ids()));
create policy "area team can read goal indicators of their area" on public.goal_indicators
  for select to authenticated using (area_id in (select private.my_area_ids('{area_team}')));
create policy "admins can read all goal indicators" on public.goal_indicators
  for select to authenticated using ((select private.is_admin()));

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
revoke all on public.goal_indicators from anon, authenticated, public;
grant select on public.goal_indicators to anon, authenticated;

revoke all on function private.copy_goal_indicators(), private.goal_indicators_touch() from public, anon, authenticated;
-- goal_indicator_json builds what the read RPCs show for rows the caller may read (see PRIVATE_EXECUTE_ALLOW_LIST)
grant execute on function private.goal_indicator_json(public.goal_indicators) to anon, authenticated;

revoke all on function public.document_indicators(uuid), public.area_goal_indicators(uuid),
  public.save_goal_indicator(uuid, uuid, numeric, integer, text, uuid[], integer, text, text, text, numeric, uuid, integer),
  public.delete_goal_indicator(uuid, uuid, integer)
  from public, anon, authenticated;
grant execute on function public.document_indicators(uuid), public.area_goal_indicators(uuid) to anon, authenticated;
grant execute on function
  public.save_goal_indicator(uuid, uuid, numeric, integer, text, uuid[], integer, text, text, text, numeric, uuid, integer),
  public.delete_goal_indicator(uuid, uuid, integer)
  to authenticated;
