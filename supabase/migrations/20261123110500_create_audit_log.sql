-- Audit log (issue 6): who changed what, when, before and after. Changes to agendas, visions and plans are in
-- public.revisions already (written by the documents triggers); this adds the rest of what decides who may do
-- what: memberships, areas (incl. the team's description), the wijk → area mapping, councils and themes.
-- admin_audit_log() reads both as one feed, for admins only.

create table public.audit_log (
  id bigint generated always as identity primary key,
  entity text not null check (entity in ('membership', 'area', 'district', 'council', 'theme')),
  entity_id uuid not null,
  area_id uuid,
  operation text not null check (operation in ('insert', 'update', 'delete')),
  -- no foreign key: a deleted account must not take its history with it, nor block its own deletion
  changed_by uuid,
  changed_at timestamptz not null default now(),
  before jsonb,
  after jsonb
);
comment on table public.audit_log is
  'Every change to memberships, areas, districts, councils and themes. Written by triggers only; admins read it.';
create index audit_log_changed_at_idx on public.audit_log (changed_at desc, id desc);
create index audit_log_entity_idx on public.audit_log (entity, changed_at desc);

create function private.audit_change() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare
  -- geometry is large and changes only with a data import; its source fields say enough
  v_before jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - 'geometry' - 'updated_at' end;
  v_after jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) - 'geometry' - 'updated_at' end;
  v_row jsonb := coalesce(v_after, v_before);
begin
  if tg_op = 'UPDATE' and v_before = v_after then
    return null;
  end if;
  insert into public.audit_log (entity, entity_id, area_id, operation, changed_by, before, after)
  values (tg_argv[0], (v_row ->> 'id')::uuid,
          case when tg_argv[0] = 'area' then (v_row ->> 'id')::uuid else (v_row ->> 'area_id')::uuid end,
          lower(tg_op), (select auth.uid()), v_before, v_after);
  return null;
end $$;

create trigger memberships_audit after insert or update or delete on public.memberships
  for each row execute function private.audit_change('membership');
create trigger areas_audit after insert or update or delete on public.areas
  for each row execute function private.audit_change('area');
create trigger districts_audit after insert or update or delete on public.districts
  for each row execute function private.audit_change('district');
create trigger councils_audit after insert or update or delete on public.councils
  for each row execute function private.audit_change('council');
create trigger themes_audit after insert or update or delete on public.themes
  for each row execute function private.audit_change('theme');

alter table public.audit_log enable row level security;
create policy "admins can read the audit log" on public.audit_log for select to authenticated
  using ((select private.is_admin()));
revoke all on public.audit_log from anon, authenticated, public;
grant select on public.audit_log to authenticated;
revoke all on function private.audit_change() from public, anon, authenticated;

-- One feed, newest first: audit_log rows and document revisions. p_kind: null (everything), 'document', or an
-- audit_log entity. Paged with an offset because a seed or an import writes many rows in one instant.
create function public.admin_audit_log(
  p_kind text default null, p_area_id uuid default null, p_limit integer default 50, p_offset integer default 0
) returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_items jsonb;
  v_limit integer := coalesce(p_limit, 50);
  v_offset integer := coalesce(p_offset, 0);
begin
  perform private.require_admin();
  if p_kind is not null and p_kind not in ('document', 'membership', 'area', 'district', 'council', 'theme') then
    raise exception using errcode = '22023', message = 'Kies een soort wijziging uit de lijst.';
  end if;
  if v_limit not between 1 and 200 or v_offset < 0 then
    raise exception using errcode = '22023', message = 'Vraag tussen 1 en 200 regels op, vanaf 0.';
  end if;
  with feed as (
    select 'a' as src, l.id as n, l.entity as kind, l.entity as entity, l.entity_id, l.area_id, l.operation,
           l.changed_by, l.changed_at, l.before, l.after, null::jsonb as document,
           coalesce(l.after ->> 'name', l.before ->> 'name', l.after ->> 'name_nl', l.before ->> 'name_nl',
                    (select p.display_name from public.profiles p
                     where p.id = ((coalesce(l.after, l.before)) ->> 'user_id')::uuid)) as title
    from public.audit_log l
    where (p_kind is null or l.entity = p_kind) and (p_area_id is null or l.area_id = p_area_id)
    union all
    select 'r', r.id, 'document', r.entity, r.entity_id, r.area_id, r.operation,
           r.changed_by, r.changed_at, r.before, r.after,
           jsonb_build_object('id', d.id, 'slug', d.slug, 'kind', d.kind, 'title', d.title, 'version_no', d.version_no),
           coalesce(r.after ->> 'title', r.before ->> 'title', r.after ->> 'target_title', r.before ->> 'target_title',
                    r.after ->> 'name', r.before ->> 'name', d.title)
    from public.revisions r join public.documents d on d.id = r.document_id
    where (p_kind is null or p_kind = 'document') and (p_area_id is null or r.area_id = p_area_id)
  ),
  page as (
    select * from feed order by changed_at desc, src, n desc limit v_limit + 1 offset v_offset
  )
  select coalesce(jsonb_agg(jsonb_build_object(
      'key', f.src || f.n, 'kind', f.kind, 'entity', f.entity, 'entity_id', f.entity_id, 'operation', f.operation,
      'title', f.title, 'document', f.document,
      'area', (select jsonb_build_object('id', a.id, 'slug', a.slug, 'name', a.name) from public.areas a where a.id = f.area_id),
      'changed_at', f.changed_at,
      'changed_by', case when f.changed_by is null then null
                         else jsonb_build_object('id', f.changed_by, 'display_name',
                              (select p.display_name from public.profiles p where p.id = f.changed_by)) end,
      'changed_fields', case when f.operation in ('update', 'move', 'status')
                             then private.changed_fields(f.before - 'version', f.after - 'version') else '[]'::jsonb end,
      'before', f.before, 'after', f.after
    ) order by f.changed_at desc, f.src, f.n desc), '[]'::jsonb)
  into v_items
  from page f;
  return jsonb_build_object(
    'items', (select coalesce(jsonb_agg(x order by n), '[]'::jsonb)
              from jsonb_array_elements(v_items) with ordinality as t(x, n) where n <= v_limit),
    'has_more', jsonb_array_length(v_items) > v_limit,
    'offset', v_offset, 'limit', v_limit);
end $$;

revoke all on function public.admin_audit_log(text, uuid, integer, integer) from public, anon;
grant execute on function public.admin_audit_log(text, uuid, integer, integer) to authenticated;
