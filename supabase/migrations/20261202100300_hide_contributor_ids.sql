-- Names, not account ids (issue 16). The account id behind a contribution was readable by anyone, through the
-- tables PostgREST exposes. Now:
--   * the API roles (anon, authenticated) may no longer SELECT the columns that hold the account id of someone who
--     wrote, changed, granted or resolved something: comments.author_id, initiatives.author_id,
--     initiative_comments.author_id, initiative_status_changes.changed_by, revisions.changed_by,
--     initiative_places.author_id, memberships.granted_by, abuse_reports.resolved_by (column privileges: every other
--     column stays readable under the same RLS). RLS policies may still compare them with auth.uid().
--   * documents.created_by is never filled any more: the creator goes to private.document_creators (and is in the
--     document's first revision anyway).
--   * the security-invoker read RPCs never read those columns as the caller; names come from security-definer
--     helpers for rows the caller could read (private.comment_out, private.revision_author_json, and the
--     initiative helpers of 20261202100100). RPC results carry display names, never ids, except the caller's own.
-- NOTE for later migrations: a security-invoker function cannot use a whole row of these tables (`c`, `i.*`,
-- `select *`) any more: select the columns it needs, or call private.comment_out / private.initiative_out /
-- private.initiative_comment_out. A column added to these tables later is not readable by the API roles until it is
-- granted (`grant select (col) on public.<table> to anon, authenticated`).

-- ── documents.created_by → private ───────────────────────────────────────────────────────────────────────
create table private.document_creators (
  document_id uuid primary key references public.documents (id) on delete cascade deferrable initially deferred,
  created_by uuid references public.profiles (id) on delete set null
);
comment on table private.document_creators is 'Who created a document version (never exposed through the API).';
insert into private.document_creators (document_id, created_by)
select d.id, d.created_by from public.documents d where d.created_by is not null;
alter table public.documents disable trigger user;
update public.documents set created_by = null where created_by is not null;
alter table public.documents enable trigger user;
comment on column public.documents.created_by is 'Always null: the creator is in private.document_creators and in the first revision.';

create function private.documents_hide_creator() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  if new.created_by is not null then
    insert into private.document_creators (document_id, created_by) values (new.id, new.created_by)
    on conflict (document_id) do update set created_by = excluded.created_by;
    new.created_by := null;
  end if;
  return new;
end $$;
comment on function private.documents_hide_creator() is 'Trigger: moves documents.created_by to private.document_creators.';
create trigger documents_hide_creator before insert or update of created_by on public.documents
  for each row execute function private.documents_hide_creator();

-- ── helpers: names for rows the caller could read ────────────────────────────────────────────────────────
-- A document comment as comment_json shows it (name and is_own, no author id), for a comment the caller may read:
-- the same rule as the RLS policies on public.comments.
create function private.comment_out(p_comment_id uuid) returns jsonb
  language sql stable security definer set search_path = '' as $$
  select private.comment_json(c) from public.comments c
  where c.id = p_comment_id
    and (private.is_admin()
         or c.area_id in (select private.my_area_ids('{area_team}'))
         or (c.document_id in (select private.published_document_ids()) and not c.is_internal))
$$;
comment on function private.comment_out(uuid) is 'comment_json of a document comment the caller may read (else null), without exposing the author id.';

create function private.revision_author_json(p_revision_id bigint) returns jsonb
  language sql stable security definer set search_path = '' as $$
  select case when r.changed_by is not null then jsonb_build_object('display_name', private.display_name(r.changed_by)) end
  from public.revisions r
  where r.id = p_revision_id
    and (private.is_admin() or r.area_id in (select private.my_area_ids('{area_team}'))
         or r.document_id in (select private.published_document_ids()))
$$;
comment on function private.revision_author_json(bigint) is '{display_name} of who made a revision the caller may read; never the account id.';

-- The counts of a document (or one entry), from columns only (the whole row is not readable any more).
create or replace function private.comment_counts(p_document_id uuid, p_entry_id uuid default null) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object(
    'comment_count', count(*) filter (where c.deleted_at is null),
    'open_comment_count', count(*) filter (
      where c.parent_id is null and c.author_role = 'council' and c.deleted_at is null
        and not exists (select 1 from public.comments r
                        where r.parent_id = c.id and r.is_official_response and r.deleted_at is null)))
  from public.comments c
  where c.document_id = p_document_id and (p_entry_id is null or c.entry_id = p_entry_id)
$$;

-- ── read RPCs without author ids ─────────────────────────────────────────────────────────────────────────
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
                             and c.parent_id is null and c.author_role = 'council' and c.deleted_at is null
                             and not exists (select 1 from public.comments r
                                             where r.parent_id = c.id and r.is_official_response and r.deleted_at is null)),
    'team', private.area_team_names(v_area.id),
    'can_edit', private.can_edit_area(v_area.id)
  );
end $$;

create or replace function public.document_history(p_document_id uuid) returns jsonb
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
        'changed_by', private.revision_author_json(r.id),
        'changed_at', r.changed_at, 'before', r.before, 'after', r.after
      ) order by r.changed_at desc, r.id desc)
      from public.revisions r join public.documents d on d.id = r.document_id
      where d.series_id = v_doc.series_id and d.version_no <= v_doc.version_no), '[]'::jsonb)
  );
end $$;

-- Paged by thread (oldest first): p_limit threads from p_offset, each with all its replies; thread_total and has_more
-- tell the rest. Internal notes (comments.is_internal) only for the area team of the area and admins (RLS).
create or replace function public.document_comments(p_document_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
begin
  return public.document_comments_page(p_document_id, 100, 0);
end $$;
comment on function public.document_comments(uuid) is
  'The first 100 comment threads of a version (document_comments_page for the rest), with what the caller may do.';

create function public.document_comments_page(p_document_id uuid, p_limit integer default 100, p_offset integer default 0)
returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_doc public.documents;
  v_role public.comment_role;
  v_total integer;
begin
  if coalesce(p_limit, 0) not between 1 and 200 or coalesce(p_offset, -1) < 0 then
    raise exception using errcode = '22023', message = 'Vraag 1 tot 200 gesprekken tegelijk op, vanaf 0.';
  end if;
  select * into v_doc from public.documents where id = p_document_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Document niet gevonden.';
  end if;
  v_role := private.comment_role(v_doc.id);
  select count(*) into v_total from public.comments c where c.document_id = v_doc.id and c.parent_id is null;
  return jsonb_build_object(
    'document_id', v_doc.id,
    'can_comment', v_role is not null,
    'comment_role', v_role,
    'can_answer_officially', coalesce(v_role in ('area_team', 'admin'), false),
    'comments_are_internal', v_doc.status = 'concept',
    'thread_total', v_total,
    'has_more', p_offset + p_limit < v_total,
    'threads', coalesce((select jsonb_agg(private.comment_out(t.id) || jsonb_build_object('replies', coalesce((
        select jsonb_agg(private.comment_out(r.id) order by r.created_at, r.id)
        from public.comments r where r.parent_id = t.id), '[]'::jsonb)) order by t.created_at, t.id)
      from (select c.id, c.created_at from public.comments c
            where c.document_id = v_doc.id and c.parent_id is null
            order by c.created_at, c.id limit p_limit offset p_offset) t), '[]'::jsonb)
  ) || private.comment_counts(v_doc.id);
end $$;
comment on function public.document_comments_page(uuid, integer, integer) is
  'Comment threads of a version, oldest first, paged (p_limit 1..200 threads from p_offset; thread_total, has_more), with what the caller may do. Comments on a concept are internal notes (is_internal).';

-- comment_json learns is_internal (a whole row: called only as the owner now, by comment_out and the write RPCs)
create or replace function private.comment_json(c public.comments) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object(
    'id', c.id, 'document_id', c.document_id, 'entry_id', c.entry_id, 'entry_lineage_id', c.entry_lineage_id,
    'entry_title', (select e.title from public.entries e where e.id = c.entry_id),
    'parent_id', c.parent_id,
    'body', case when c.deleted_at is null then c.body else '' end,
    'is_official_response', c.is_official_response,
    'is_internal', c.is_internal,
    'author_name', private.display_name(c.author_id), 'author_role', c.author_role,
    'council', (select jsonb_build_object('id', k.id, 'name', k.name) from public.councils k where k.id = c.council_id),
    'is_own', c.author_id is not null and c.author_id = (select auth.uid()),
    'is_open', private.comment_is_open(c),
    'created_at', c.created_at, 'edited_at', c.edited_at, 'deleted_at', c.deleted_at)
$$;

-- ── column privileges ────────────────────────────────────────────────────────────────────────────────────
do $$
declare
  r record;
begin
  for r in select * from (values
      ('comments', array['author_id'], 'anon, authenticated'),
      ('initiatives', array['author_id'], 'anon, authenticated'),
      ('initiative_comments', array['author_id'], 'anon, authenticated'),
      ('initiative_status_changes', array['changed_by'], 'anon, authenticated'),
      ('revisions', array['changed_by'], 'anon, authenticated'),
      ('initiative_places', array['author_id'], 'authenticated'),
      ('memberships', array['granted_by'], 'authenticated'),
      ('abuse_reports', array['resolved_by'], 'authenticated')) as v(tbl, hidden, roles)
  loop
    execute format('revoke select on public.%I from anon, authenticated', r.tbl);
    execute format('grant select (%s) on public.%I to %s',
      (select string_agg(quote_ident(c.column_name), ', ' order by c.ordinal_position)
       from information_schema.columns c
       where c.table_schema = 'public' and c.table_name = r.tbl and c.column_name <> all (r.hidden)),
      r.tbl, r.roles);
  end loop;
end $$;

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
revoke all on private.document_creators from public, anon, authenticated;
revoke all on function private.documents_hide_creator(), private.comment_out(uuid), private.revision_author_json(bigint)
  from public, anon, authenticated;
grant execute on function private.comment_out(uuid), private.revision_author_json(bigint) to anon, authenticated;
revoke all on function public.document_comments_page(uuid, integer, integer) from public;
grant execute on function public.document_comments_page(uuid, integer, integer) to anon, authenticated;
