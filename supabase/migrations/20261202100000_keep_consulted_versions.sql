-- Nothing lost (issue 16): a document version that has ever been in consultatie, or that has comments, is kept for
-- good. Withdrawing the consultation (consultatie → concept) keeps the version, its comments and its history;
-- deleting it is refused with a clear message, on every path (the RPC and a trigger on the table). Deleting a
-- concept that was never consulted is allowed and lands in audit_log (its own revisions go with it).
--
-- Also here:
--   * only the CURRENT adopted version of a plan is live: the progress of actions in an adopted version that a newer
--     adopted version has replaced can no longer be changed (RPC, trigger and document_detail's flag);
--   * comments written while a version is a concept are internal notes of the area team: they stay internal (only the
--     area team of the area and admins read them) when the version goes into consultatie;
--   * private.require_area_editor(NULL) no longer lets any area-team member through;
--   * create_document's slug no longer tells whether another area has a (concept) document with that title;
--   * document_comments is paged (p_limit threads from p_offset) and does not need to read author ids as the caller
--     (see 20261202100300_hide_contributor_ids.sql).

-- ── tables ───────────────────────────────────────────────────────────────────────────────────────────────
alter table public.documents add column consulted_at timestamptz;
comment on column public.documents.consulted_at is
  'When this version first went into consultatie. From then on it is never deleted (private.version_is_kept).';

alter table public.comments add column is_internal boolean not null default false;
comment on column public.comments.is_internal is
  'Written while the version was a concept (or a reply in such a thread): an internal note that only the area team '
  'of the area and admins read, also after the version goes into consultatie. Set by a trigger, never changed.';

-- document deletions are life-cycle changes too
alter table public.audit_log drop constraint audit_log_entity_check;
alter table public.audit_log add constraint audit_log_entity_check
  check (entity in ('membership', 'area', 'district', 'council', 'theme', 'invitation', 'document'));
comment on table public.audit_log is
  'Every change to memberships, invitations, areas, districts, councils and themes, and every deleted document '
  'version (whose own revisions go with it). Written by triggers only; admins read it.';

-- ── data: what is already consulted, and which comments were internal notes ───────────────────────────────
-- (triggers off: this is not a change by anyone, and must not touch updated_at or write revisions)
alter table public.documents disable trigger user;
update public.documents d
set consulted_at = coalesce(
  (select min(r.changed_at) from public.revisions r
   where r.document_id = d.id and r.entity = 'document' and r.operation = 'status' and r.after ->> 'status' = 'consultatie'),
  d.adopted_at, d.updated_at)
where d.status <> 'concept'
   or exists (select 1 from public.revisions r
              where r.document_id = d.id and r.entity = 'document' and r.operation = 'status'
                and r.after ->> 'status' = 'consultatie');
alter table public.documents enable trigger user;

-- A comment is internal when its version was a concept at the moment it was written: the status after the last
-- status change before it, else the status before the first one after it, else the version's status now.
alter table public.comments disable trigger user;
update public.comments c set is_internal = true
where coalesce(
  (select r.after ->> 'status' from public.revisions r
   where r.document_id = c.document_id and r.entity = 'document' and r.operation = 'status' and r.changed_at <= c.created_at
   order by r.changed_at desc, r.id desc limit 1),
  (select r.before ->> 'status' from public.revisions r
   where r.document_id = c.document_id and r.entity = 'document' and r.operation = 'status' and r.changed_at > c.created_at
   order by r.changed_at, r.id limit 1),
  (select d.status::text from public.documents d where d.id = c.document_id)) = 'concept';
update public.comments c set is_internal = true
where not c.is_internal and exists (select 1 from public.comments p where p.id = c.parent_id and p.is_internal);
alter table public.comments enable trigger user;

create index comments_internal_idx on public.comments (document_id) where is_internal;

-- ── private helpers ──────────────────────────────────────────────────────────────────────────────────────
-- Any id that is not an area team's area (NULL included) is refused; before, NULL slipped through `not (… in …)`.
create or replace function private.require_area_editor(p_area_id uuid) returns uuid
  language plpgsql stable security definer set search_path = '' as $$
declare v_uid uuid := private.require_user();
begin
  if p_area_id is null
     or not (private.is_admin() or coalesce(p_area_id in (select private.my_area_ids('{area_team}')), false)) then
    raise exception using errcode = '42501', message = 'Je hebt geen rechten om dit gebied te bewerken.';
  end if;
  return v_uid;
end $$;
comment on function private.require_area_editor(uuid) is
  'Raises 42501 unless the caller is an admin or in the area team of p_area_id (NULL is never an area). Returns auth.uid().';

-- A version is kept for good once it has been in consultatie, or has any comment (also a withdrawn one).
create function private.version_is_kept(p_document_id uuid) returns boolean
  language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.documents d
                 where d.id = p_document_id and (d.status <> 'concept' or d.consulted_at is not null))
      or exists (select 1 from public.comments c where c.document_id = p_document_id)
      or exists (select 1 from public.revisions r
                 where r.document_id = p_document_id and r.entity = 'document' and r.operation = 'status'
                   and r.after ->> 'status' = 'consultatie')
$$;
comment on function private.version_is_kept(uuid) is
  'True when the version has ever been in consultatie or has comments: then it can never be deleted.';

-- An adopted version that a newer adopted version of the same document has replaced: no longer live.
create function private.is_superseded(p_document_id uuid) returns boolean
  language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.documents d
                 join public.documents n on n.series_id = d.series_id and n.version_no > d.version_no
                 where d.id = p_document_id and n.status = 'vastgesteld')
$$;
comment on function private.is_superseded(uuid) is
  'True when a newer version of the same document is vastgesteld: this version is history, its actions are not live.';

-- The slug of a new document: from the title, starting with (or containing) the area's own slug and no other
-- area's, so that it can only collide with documents of the same area, which the caller sees anyway. A numbered
-- suffix therefore never tells that another area has a (concept) document with that title.
create function private.document_slug_base(p_area_id uuid, p_title text, p_kind public.document_kind) returns text
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_area text := (select a.slug from public.areas a where a.id = p_area_id);
  v_base text := coalesce(nullif(private.slugify(p_title), ''), p_kind::text);
  v_rest text;
begin
  v_rest := replace('-' || v_base || '-', '-' || v_area || '-', '-');
  if v_rest = '-' || v_base || '-'
     or exists (select 1 from public.areas a
                where a.id <> p_area_id and strpos(v_rest, '-' || a.slug || '-') > 0) then
    v_base := left(v_area || '-' || v_base, 100);
  end if;
  return trim(both '-' from v_base);
end $$;
comment on function private.document_slug_base(uuid, text, public.document_kind) is
  'Slug base of a new document: the title''s slug when it names its own area and no other, else prefixed with the area slug.';

-- ── triggers ─────────────────────────────────────────────────────────────────────────────────────────────
-- The first status other than concept stamps consulted_at; nothing clears it.
create function private.documents_stamp_consulted() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  if new.status <> 'concept' then
    new.consulted_at := coalesce(new.consulted_at, old.consulted_at, now());
  else
    new.consulted_at := coalesce(new.consulted_at, old.consulted_at);
  end if;
  return new;
end $$;
comment on function private.documents_stamp_consulted() is
  'Trigger: stamps documents.consulted_at when a version first leaves concept; it is never cleared.';

create function private.documents_stamp_consulted_on_insert() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  if new.status <> 'concept' then
    new.consulted_at := coalesce(new.consulted_at, now());
  end if;
  return new;
end $$;
comment on function private.documents_stamp_consulted_on_insert() is
  'Trigger: a version inserted as consultatie or vastgesteld counts as consulted from the start.';

-- Refuses to delete a kept version, on every path (also a delete as the table owner); logs every other delete.
create function private.documents_before_delete() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  if private.version_is_kept(old.id) then
    raise exception using errcode = '22023',
      message = 'Deze versie is in consultatie geweest of heeft reacties en wordt daarom altijd bewaard; verwijderen kan niet.',
      hint = 'version_kept';
  end if;
  insert into public.audit_log (entity, entity_id, area_id, operation, changed_by, before)
  values ('document', old.id, old.area_id, 'delete', (select auth.uid()),
          jsonb_build_object('id', old.id, 'name', old.title, 'title', old.title, 'kind', old.kind, 'slug', old.slug,
                             'version_no', old.version_no, 'status', old.status, 'series_id', old.series_id,
                             'sections', (select count(*) from public.sections s where s.document_id = old.id),
                             'entries', (select count(*) from public.entries e where e.document_id = old.id)));
  return old;
end $$;
comment on function private.documents_before_delete() is
  'Trigger: refuses to delete a version that was ever consulted or has comments (22023, hint version_kept); logs any other delete in audit_log.';

-- comments: area from the document; internal when the version is a concept or the thread is internal
create or replace function private.comments_before_write() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare
  v_status public.document_status;
begin
  select d.area_id, d.status into new.area_id, v_status from public.documents d where d.id = new.document_id;
  if tg_op = 'INSERT' then
    new.is_internal := v_status = 'concept'
      or coalesce((select p.is_internal from public.comments p where p.id = new.parent_id), false);
  else
    new.is_internal := old.is_internal;
  end if;
  return new;
end $$;
comment on function private.comments_before_write() is
  'Trigger: copies area_id from the document; marks a comment internal when written on a concept (or in an internal thread); never changes it after.';

create trigger documents_stamp_consulted before update of status on public.documents
  for each row execute function private.documents_stamp_consulted();
create trigger documents_stamp_consulted_on_insert before insert on public.documents
  for each row execute function private.documents_stamp_consulted_on_insert();
create trigger documents_before_delete before delete on public.documents
  for each row execute function private.documents_before_delete();

-- The revision of a document update compares the fields people edit; consulted_at is bookkeeping.
create or replace function private.document_revision_json(d public.documents) returns jsonb
  language sql immutable set search_path = '' as $$
  select to_jsonb(d) - array['id', 'series_id', 'area_id', 'kind', 'version_no', 'version', 'created_by',
                             'created_at', 'updated_at', 'adopted_at', 'previous_version_id', 'status', 'consulted_at']
$$;

-- Adopted versions are read-only; the one exception, the progress and status of a plan action (monitoring), holds
-- only in the CURRENT adopted version: a version a newer adopted one replaced is history.
create or replace function private.content_before_write() returns trigger
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
    if private.is_superseded(v_doc.id) then
      raise exception using errcode = '22023', hint = 'superseded',
        message = 'Deze versie is vervangen door een nieuwere vastgestelde versie. Werk de voortgang bij in de huidige versie.';
    end if;
  end if;
  return new;
end $$;

-- ── public functions ─────────────────────────────────────────────────────────────────────────────────────
create or replace function public.update_action_progress(
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
  if private.is_superseded(v_entry.document_id) then
    raise exception using errcode = '22023', hint = 'superseded',
      message = 'Deze versie is vervangen door een nieuwere vastgestelde versie. Werk de voortgang bij in de huidige versie.';
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
comment on function public.update_action_progress(uuid, integer, public.action_status, integer) is
  'Monitoring: status and progress of a plan action, also in the current adopted plan; not in a version a newer adopted one replaced (22023, hint superseded).';

create or replace function public.delete_document(p_document_id uuid, p_version integer) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_doc public.documents := private.editable_document(p_document_id);
begin
  perform private.check_version(p_version, v_doc.version);
  if v_doc.status <> 'concept' or private.version_is_kept(v_doc.id) then
    raise exception using errcode = '22023', hint = 'version_kept',
      message = case when v_doc.status <> 'concept' then 'Alleen een concept kan worden verwijderd.'
                else 'Deze versie is in consultatie geweest of heeft reacties en wordt daarom altijd bewaard; verwijderen kan niet.' end;
  end if;
  perform set_config('agendakaart.bulk_document', v_doc.id::text, true);
  delete from public.documents where id = v_doc.id;
  perform set_config('agendakaart.bulk_document', '', true);
  return jsonb_build_object('id', v_doc.id, 'series_id', v_doc.series_id, 'previous_version_id', v_doc.previous_version_id);
end $$;
comment on function public.delete_document(uuid, integer) is
  'Deletes a concept version that was never in consultatie and has no comments (else 22023, hint version_kept); the delete lands in audit_log.';

create or replace function public.create_document(
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
  v_base := private.document_slug_base(p_area_id, v_title, p_kind);
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
comment on function public.create_document(uuid, public.document_kind, text, text, uuid[], public.agenda_kind, integer, integer, date, date) is
  'Creates a concept version 1 (area team of the area or admin). The slug names the area, so a numbered suffix only ever reflects documents of the same area.';

-- The detail of a version: as 20261123110000_faster_document_reads, plus can_delete / is_kept / is_superseded, and
-- can_update_progress only in the current adopted version.
create or replace function public.document_detail(p_document_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_doc public.documents;
  v_editor boolean;
  v_role public.comment_role;
  v_sections jsonb;
  v_kept boolean;
  v_superseded boolean;
begin
  select * into v_doc from public.documents where id = p_document_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Document niet gevonden.';
  end if;
  v_editor := private.can_edit_area(v_doc.area_id);
  v_role := private.comment_role(v_doc.id);
  v_kept := private.version_is_kept(v_doc.id);
  v_superseded := private.is_superseded(v_doc.id);

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
    'can_update_progress', v_editor and v_doc.kind = 'plan' and not v_superseded,
    'allowed_statuses', case when not v_editor then '[]'::jsonb
                             when v_doc.status = 'concept' then '["consultatie"]'::jsonb
                             when v_doc.status = 'consultatie' then '["concept", "vastgesteld"]'::jsonb
                             else '[]'::jsonb end,
    'can_start_revision', v_editor and v_doc.status = 'vastgesteld'
                          and not exists (select 1 from public.documents d
                                          where d.series_id = v_doc.series_id and d.version_no > v_doc.version_no),
    'can_delete', v_editor and v_doc.status = 'concept' and not v_kept,
    'is_kept', v_kept,
    'is_superseded', v_superseded,
    'can_comment', v_role is not null,
    'comment_role', v_role,
    'can_answer_officially', coalesce(v_role in ('area_team', 'admin'), false)
  ) || private.comment_counts(v_doc.id);
end $$;
comment on function public.document_detail(uuid) is
  'One version with sections, entries, links and comment counts, plus what the caller may do (can_edit, can_delete, can_update_progress, …). RLS decides what is readable.';

-- ── row level security: internal notes stay internal ─────────────────────────────────────────────────────
drop policy "everyone can read comments on published documents" on public.comments;
create policy "everyone can read comments on published documents" on public.comments for select to anon, authenticated
  using (document_id in (select private.published_document_ids()) and not is_internal);

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
revoke all on function private.version_is_kept(uuid), private.is_superseded(uuid),
  private.document_slug_base(uuid, text, public.document_kind), private.documents_stamp_consulted(),
  private.documents_stamp_consulted_on_insert(), private.documents_before_delete()
  from public, anon, authenticated;
grant execute on function private.version_is_kept(uuid), private.is_superseded(uuid) to anon, authenticated;
