-- Faster reads of the two heaviest view-model RPCs at ten times Tilburg's volume (npm run bench), same answers.
-- Functions with `set search_path` are never inlined, so the per-row helpers (entry_json, comment_counts,
-- entry_links_json, entry_linked_from_json — each a query of its own) cost a function call and a query per entry.
-- Here each is computed once per call for all entries, set-based, and joined.

create or replace function public.document_detail(p_document_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_doc public.documents;
  v_editor boolean;
  v_role public.comment_role;
  v_sections jsonb;
begin
  select * into v_doc from public.documents where id = p_document_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Document niet gevonden.';
  end if;
  v_editor := private.can_edit_area(v_doc.area_id);
  v_role := private.comment_role(v_doc.id);

  with current_docs as materialized (
    select id from private.current_document_ids() as id
  ),
  doc_entries as materialized (
    select e.* from public.entries e where e.document_id = v_doc.id
  ),
  counts as (
    select c.entry_id,
           count(*) filter (where c.deleted_at is null) as comment_count,
           count(*) filter (where c.parent_id is null and c.author_role = 'council' and c.deleted_at is null
                              and not exists (select 1 from public.comments r
                                              where r.parent_id = c.id and r.is_official_response
                                                and r.deleted_at is null)) as open_comment_count
    from public.comments c
    where c.document_id = v_doc.id and c.entry_id is not null
    group by c.entry_id
  ),
  links as (
    select l.entry_id, jsonb_agg(jsonb_build_object(
        'lineage_id', t.lineage_id, 'id', t.id, 'kind', t.kind, 'title', t.title,
        'in_current_version', t.document_id in (select id from current_docs),
        'document', jsonb_build_object('id', t.doc_id, 'slug', t.doc_slug, 'kind', t.doc_kind, 'title', t.doc_title,
                                       'version_no', t.doc_version_no, 'status', t.doc_status)
      ) order by t.doc_kind, t.doc_title, t.title) as links
    from public.entry_links l
    join doc_entries de on de.id = l.entry_id
    cross join lateral (
      select e.id, e.lineage_id, e.kind, e.title, e.document_id, d.id as doc_id, d.slug as doc_slug,
             d.kind as doc_kind, d.title as doc_title, d.version_no as doc_version_no, d.status as doc_status
      from public.entries e join public.documents d on d.id = e.document_id
      where e.lineage_id = l.target_lineage_id
      order by d.version_no desc
      limit 1) t
    group by l.entry_id
  ),
  linked_from as (
    select l.target_lineage_id as lineage_id, jsonb_agg(jsonb_build_object(
        'lineage_id', f.lineage_id, 'id', f.id, 'kind', f.kind, 'title', f.title,
        'document', jsonb_build_object('id', d.id, 'slug', d.slug, 'kind', d.kind, 'title', d.title,
                                       'version_no', d.version_no, 'status', d.status)
      ) order by d.kind, d.title, f.position, f.title) as linked_from
    from public.entry_links l
    join public.entries f on f.id = l.entry_id
    join public.documents d on d.id = f.document_id
    where l.target_lineage_id in (select lineage_id from doc_entries)
      and d.id in (select id from current_docs)
    group by l.target_lineage_id
  ),
  entry_rows as (
    select e.section_id, jsonb_agg(
        private.entry_json(e)
        || jsonb_build_object('comment_count', coalesce(c.comment_count, 0),
                              'open_comment_count', coalesce(c.open_comment_count, 0),
                              'links', coalesce(l.links, '[]'::jsonb),
                              'linked_from', coalesce(lf.linked_from, '[]'::jsonb))
        order by e.position, e.id) as entries
    from doc_entries e
    left join counts c on c.entry_id = e.id
    left join links l on l.entry_id = e.id
    left join linked_from lf on lf.lineage_id = e.lineage_id
    group by e.section_id
  )
  select coalesce(jsonb_agg(private.section_json(s) || jsonb_build_object('entries', coalesce(er.entries, '[]'::jsonb))
                            order by s.position, s.id), '[]'::jsonb)
  into v_sections
  from public.sections s
  left join entry_rows er on er.section_id = s.id
  where s.document_id = v_doc.id;

  return jsonb_build_object(
    'document', private.document_json(v_doc),
    'versions', (select jsonb_agg(jsonb_build_object('id', d.id, 'version_no', d.version_no, 'status', d.status,
                                                     'title', d.title, 'created_at', d.created_at, 'adopted_at', d.adopted_at)
                                  order by d.version_no)
                 from public.documents d where d.series_id = v_doc.series_id),
    'sections', v_sections,
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

create or replace function public.map_entries(
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
  -- the properties are entry_json(e) without location, bbox, body and updated_at, written out (see the top)
  return jsonb_build_object(
    'type', 'FeatureCollection',
    'features', coalesce((select jsonb_agg(jsonb_build_object(
        'type', 'Feature', 'id', e.id, 'geometry', e.location,
        'bbox', jsonb_build_array(e.min_lng, e.min_lat, e.max_lng, e.max_lat),
        'properties', jsonb_build_object(
            'id', e.id, 'lineage_id', e.lineage_id, 'document_id', e.document_id, 'section_id', e.section_id,
            'kind', e.kind, 'title', e.title, 'theme_id', e.theme_id, 'position', e.position, 'version', e.version,
            'status', coalesce(e.item_status::text, e.action_status::text),
            'area', jsonb_build_object('id', a.id, 'slug', a.slug, 'name', a.name),
            'document', jsonb_build_object('id', d.id, 'slug', d.slug, 'kind', d.kind, 'title', d.title,
                                           'status', d.status, 'version_no', d.version_no, 'is_example', d.is_example))
          || case e.kind
               when 'agenda_item' then jsonb_build_object('origin', e.origin, 'priority', e.priority,
                                                          'owner_name', e.owner_name, 'item_status', e.item_status)
               when 'plan_action' then jsonb_build_object('owner_org', e.owner_org, 'owner_kind', e.owner_kind,
                                                          'action_status', e.action_status, 'start_date', e.start_date,
                                                          'end_date', e.end_date, 'progress', e.progress,
                                                          'budget_eur', e.budget_eur)
               else '{}'::jsonb end)
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
