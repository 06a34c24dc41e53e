-- Photos and documents (issue 15): a resident adds up to 3 photos to their own initiative, when proposing it or
-- afterwards; the area team adds photos and PDF documents to the agenda items and plan actions of its area. Every
-- photo has a short description, its alt text. The browser scales photos to at most 1600 px and re-encodes them
-- (which drops EXIF, GPS included) before they are uploaded.
--
--   attachments      one row per photo or document: what it belongs to (an initiative, or the LINEAGE of an agenda
--                    item or plan action, so it stays with the item in every version), the area, the uploader, the
--                    description, and a status: pending (being uploaded) → ready → removing (hidden at once, its
--                    files are being deleted)
--   storage          the files, in Supabase Storage's private bucket `attachments`, named
--                    <attachment id>/photo.jpg, <attachment id>/thumb.jpg (a small copy for lists and the map) or
--                    <attachment id>/document.pdf
--
-- The policies on storage.objects read this table as the client (the Storage API runs every request as the client):
--   read    whoever may read the attachment's row: a ready attachment of an initiative or entry they can see (so a
--           hidden or removed initiative hides its photos, and a concept document its attachments), and the
--           uploader, the area team of the area and admins also while it is pending or being removed
--   upload  only the uploader of a pending attachment, only its own file names; nobody overwrites (no update policy)
--   delete  whoever manages the attachment (the proposer for an initiative's photos, the area team for an entry's,
--           admins for all) once it is being removed or was never finished
-- Adding: begin_attachment → upload the files → finish_attachment. Removing: remove_attachment (hidden at once) →
-- the Storage API deletes the files (really gone: a SQL delete would leave them in the storage backend) →
-- purge_attachments. Removing an initiative (moderation) or deleting the proposer's account marks its photos for
-- removal; attachment_removals() hands whoever may delete them the files still to go.

-- ── types ────────────────────────────────────────────────────────────────────────────────────────────────
create type public.attachment_target as enum ('initiative', 'agenda_item', 'plan_action');
create type public.attachment_kind as enum ('photo', 'document');
create type public.attachment_status as enum ('pending', 'ready', 'removing');

-- ── tables ───────────────────────────────────────────────────────────────────────────────────────────────
create table public.attachments (
  id uuid primary key default gen_random_uuid(),
  target_kind public.attachment_target not null,
  target_id uuid not null,
  initiative_id uuid references public.initiatives (id) on delete cascade,
  area_id uuid not null references public.areas (id),
  kind public.attachment_kind not null,
  status public.attachment_status not null default 'pending',
  description text not null default '',
  file_name text check (char_length(file_name) between 1 and 200),
  mime_type text not null,
  byte_size integer not null check (byte_size > 0),
  width integer,
  height integer,
  position integer not null default 0 check (position >= 0),
  uploaded_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  ready_at timestamptz,
  constraint attachments_initiative check (
    (target_kind = 'initiative') = (initiative_id is not null) and initiative_id is not distinct from
    case when target_kind = 'initiative' then target_id end),
  constraint attachments_kind check (case kind
    when 'photo' then mime_type in ('image/jpeg', 'image/webp') and width between 1 and 1600
      and height between 1 and 1600 and file_name is null and byte_size <= 5242880
    else target_kind <> 'initiative' and mime_type = 'application/pdf' and width is null and height is null
      and byte_size <= 10485760 end),
  constraint attachments_description check (status = 'removing' or char_length(description) between 3 and 250),
  constraint attachments_ready check ((status = 'ready') = (ready_at is not null) or status = 'removing')
);
comment on table public.attachments is
  'Photos (with their alt text in description) and PDF documents of initiatives, agenda items and plan actions. '
  'target_id is the initiative, or the lineage of the entry. The files are in Storage bucket attachments as '
  '<id>/photo.jpg, <id>/thumb.jpg or <id>/document.pdf; the storage.objects policies read this table.';

-- ── storage: the bucket ──────────────────────────────────────────────────────────────────────────────────
-- Private: files are read through the Storage API as the client, so the policies below decide (a public bucket
-- would serve any file to anyone who knows its name, also after its initiative was hidden).
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('attachments', 'attachments', false, 10485760, array['image/jpeg', 'image/webp', 'application/pdf'])
on conflict (id) do update set public = excluded.public, file_size_limit = excluded.file_size_limit,
  allowed_mime_types = excluded.allowed_mime_types;

insert into private.rate_limits (action, max_events, per, label) values
  ('add_attachment', 30, '1 hour', 'een foto of document toegevoegd');

-- ── indexes ──────────────────────────────────────────────────────────────────────────────────────────────
create index attachments_target_idx on public.attachments (target_kind, target_id, position);
create index attachments_initiative_id_idx on public.attachments (initiative_id);
create index attachments_area_id_idx on public.attachments (area_id);
create index attachments_uploaded_by_idx on public.attachments (uploaded_by);
create index attachments_status_idx on public.attachments (status) where status <> 'ready';

-- ── private helpers ──────────────────────────────────────────────────────────────────────────────────────
-- The attachment a Storage object name belongs to: <uuid>/photo.jpg|webp, thumb.jpg|webp or document.pdf; else null.
create function private.attachment_id_of(p_name text) returns uuid
  language sql immutable set search_path = '' as $$
  select case when p_name ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/(photo\.(jpg|webp)|thumb\.(jpg|webp)|document\.pdf)$'
    then left(p_name, 36)::uuid end
$$;
comment on function private.attachment_id_of(text) is
  'The attachment id in a Storage object name of bucket attachments (<id>/photo.jpg, thumb.jpg, document.pdf), or null.';

-- The Storage object names of an attachment: photo and thumbnail, or the document.
create function private.attachment_files(p_id uuid, p_kind public.attachment_kind, p_mime_type text) returns text[]
  language sql immutable set search_path = '' as $$
  select case when p_kind = 'photo'
    then array[p_id || '/photo.' || case p_mime_type when 'image/webp' then 'webp' else 'jpg' end,
               p_id || '/thumb.' || case p_mime_type when 'image/webp' then 'webp' else 'jpg' end]
    else array[p_id || '/document.pdf'] end
$$;
comment on function private.attachment_files(uuid, public.attachment_kind, text) is
  'The names of an attachment''s files in Storage bucket attachments: photo and thumbnail, or the PDF document.';

-- May the caller remove this attachment: the proposer for the photos of their initiative, the area team of the area
-- for those of an agenda item or plan action, admins for every one.
create function private.can_manage_attachment(p_attachment_id uuid) returns boolean
  language sql stable security definer set search_path = '' as $$
  select (select auth.uid()) is not null and exists (
    select 1 from public.attachments a
    where a.id = p_attachment_id
      and (private.is_admin()
           or (a.target_kind = 'initiative' and a.uploaded_by = (select auth.uid()))
           or (a.target_kind <> 'initiative' and private.can_edit_area(a.area_id))))
$$;
comment on function private.can_manage_attachment(uuid) is
  'Whether the caller may remove the attachment: the uploader of an initiative photo, the area team of the area for an entry''s attachments, admins always.';

-- Attachments that count against the limit of a target: ready ones and uploads begun in the last hour.
create function private.attachment_count(p_target_kind public.attachment_target, p_target_id uuid) returns integer
  language sql stable security definer set search_path = '' as $$
  select count(*)::integer from public.attachments a
  where a.target_kind = p_target_kind and a.target_id = p_target_id
    and (a.status = 'ready' or (a.status = 'pending' and a.created_at > now() - interval '1 hour'))
$$;
comment on function private.attachment_count(public.attachment_target, uuid) is
  'How many attachments count against the limit of an initiative or entry: ready ones and uploads begun in the last hour.';

-- Most attachments per target: 3 photos on an initiative (issue 15), 20 photos and documents on an entry.
create function private.attachment_limit(p_target_kind public.attachment_target) returns integer
  language sql immutable set search_path = '' as $$
  select case p_target_kind when 'initiative' then 3 else 20 end
$$;
comment on function private.attachment_limit(public.attachment_target) is
  'The most attachments a target holds: 3 photos on an initiative, 20 photos and documents on an agenda item or plan action.';

-- May the caller add an attachment here now: the proposer of an initiative that is not removed, the area team of an
-- entry's area (and admins); below the limit.
create function private.can_attach(p_target_kind public.attachment_target, p_target_id uuid) returns boolean
  language sql stable security definer set search_path = '' as $$
  select (select auth.uid()) is not null
    and private.attachment_count(p_target_kind, p_target_id) < private.attachment_limit(p_target_kind)
    and case when p_target_kind = 'initiative'
      then exists (select 1 from public.initiatives i where i.id = p_target_id and i.removed_at is null
                   and i.author_id = (select auth.uid()))
      else exists (select 1 from public.entries e where e.lineage_id = p_target_id
                   and e.kind::text = p_target_kind::text and private.can_edit_area(e.area_id)) end
$$;
comment on function private.can_attach(public.attachment_target, uuid) is
  'Whether the caller may add a photo or document to this initiative (its proposer) or entry lineage (its area team, admins) now, below the limit.';

-- An attachment as the API returns it, from its columns: the API roles may not read uploaded_by (no account ids in
-- what the API hands out), so the security-invoker reads pass the columns they may read instead of the whole row.
create function private.attachment_item(
  p_id uuid, p_target_kind public.attachment_target, p_target_id uuid, p_kind public.attachment_kind,
  p_status public.attachment_status, p_description text, p_file_name text, p_mime_type text, p_byte_size integer,
  p_width integer, p_height integer, p_position integer, p_created_at timestamptz
) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object(
    'id', p_id, 'target_kind', p_target_kind, 'target_id', p_target_id, 'kind', p_kind, 'status', p_status,
    'description', p_description, 'file_name', p_file_name, 'mime_type', p_mime_type, 'byte_size', p_byte_size,
    'width', p_width, 'height', p_height, 'position', p_position, 'created_at', p_created_at,
    'file', (private.attachment_files(p_id, p_kind, p_mime_type))[1],
    'thumb', (private.attachment_files(p_id, p_kind, p_mime_type))[2],
    'can_remove', private.can_manage_attachment(p_id))
$$;
comment on function private.attachment_item(uuid, public.attachment_target, uuid, public.attachment_kind, public.attachment_status, text, text, text, integer, integer, integer, integer, timestamptz) is
  'An attachment as the API returns it: description (alt text or title), type, size, the Storage names of its files (file, thumb) and whether the caller may remove it.';

create function private.attachment_json(a public.attachments) returns jsonb
  language sql stable set search_path = '' as $$
  select private.attachment_item(a.id, a.target_kind, a.target_id, a.kind, a.status, a.description, a.file_name,
                                 a.mime_type, a.byte_size, a.width, a.height, a.position, a.created_at)
$$;
comment on function private.attachment_json(public.attachments) is
  'private.attachment_item of a whole row (for the security-definer functions).';

-- Storage policy helpers (they run as the client inside the Storage API).
create function private.may_upload_attachment_file(p_name text) returns boolean
  language sql stable security definer set search_path = '' as $$
  select (select auth.uid()) is not null and exists (
    select 1 from public.attachments a
    where a.id = private.attachment_id_of(p_name) and a.status = 'pending'
      and a.uploaded_by = (select auth.uid()) and p_name = any (private.attachment_files(a.id, a.kind, a.mime_type)))
$$;
comment on function private.may_upload_attachment_file(text) is
  'Storage insert policy: the caller began this attachment (pending) and the name is one of its files.';

create function private.may_delete_attachment_file(p_name text) returns boolean
  language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.attachments a
    where a.id = private.attachment_id_of(p_name) and a.status in ('pending', 'removing')
      and private.can_manage_attachment(a.id))
$$;
comment on function private.may_delete_attachment_file(text) is
  'Storage delete policy: the attachment is being removed (or was never finished) and the caller manages it.';

-- The files of the given attachments that are still in Storage (read as the owner: postgres reads storage.objects).
create function private.stored_files(p_names text[]) returns text[]
  language sql stable security definer set search_path = '' as $$
  select coalesce(array_agg(o.name order by o.name), '{}') from storage.objects o
  where o.bucket_id = 'attachments' and o.name = any (p_names)
$$;
comment on function private.stored_files(text[]) is
  'Which of these names exist as objects in Storage bucket attachments.';

create function private.removal_json(a public.attachments) returns jsonb
  language sql stable set search_path = '' as $$
  select jsonb_build_object('id', a.id, 'files', to_jsonb(private.attachment_files(a.id, a.kind, a.mime_type)))
$$;
comment on function private.removal_json(public.attachments) is
  'An attachment being removed: its id and the Storage names of its files.';

-- ── triggers ─────────────────────────────────────────────────────────────────────────────────────────────
-- An initiative removed by moderation takes its photos with it (they were hidden with it already).
create function private.remove_attachments_of_removed_initiative() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  update public.attachments set status = 'removing', description = ''
  where initiative_id = new.id and status <> 'removing';
  return null;
end $$;
comment on function private.remove_attachments_of_removed_initiative() is
  'Trigger: when moderation removes an initiative, its photos are marked for removal (their files are deleted through the Storage API).';

-- Deleting an account deletes the photos of its initiatives: marked for removal here, also when the client did not
-- delete the files first (release_my_attachments); an admin's attachment_removals() then deletes the files.
create function private.remove_attachments_of_deleted_profile() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  update public.attachments set status = 'removing', description = ''
  where uploaded_by = old.id and target_kind = 'initiative';
  return old;
end $$;
comment on function private.remove_attachments_of_deleted_profile() is
  'Trigger: when an account (its profile) is deleted, the photos it added to initiatives are marked for removal.';

create trigger initiatives_remove_attachments after update of removed_at on public.initiatives
  for each row when (new.removed_at is not null and old.removed_at is null)
  execute function private.remove_attachments_of_removed_initiative();
create trigger profiles_remove_attachments before delete on public.profiles
  for each row execute function private.remove_attachments_of_deleted_profile();

-- ── public read functions (security invoker: RLS applies) ────────────────────────────────────────────────
create function public.attachments_of(p_target_kind public.attachment_target, p_target_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
begin
  if p_target_kind is null or p_target_id is null or not (case when p_target_kind = 'initiative'
       then exists (select 1 from public.initiatives i where i.id = p_target_id)
       else exists (select 1 from public.entries e where e.lineage_id = p_target_id
                    and e.kind::text = p_target_kind::text) end) then
    raise exception using errcode = 'P0002', message = 'Niet gevonden.';
  end if;
  return jsonb_build_object(
    'items', coalesce((select jsonb_agg(private.attachment_item(a.id, a.target_kind, a.target_id, a.kind, a.status,
        a.description, a.file_name, a.mime_type, a.byte_size, a.width, a.height, a.position, a.created_at)
        order by a.position, a.created_at, a.id)
      from public.attachments a
      where a.target_kind = p_target_kind and a.target_id = p_target_id and a.status = 'ready'), '[]'::jsonb),
    'can_add', private.can_attach(p_target_kind, p_target_id),
    'limit', private.attachment_limit(p_target_kind),
    'count', private.attachment_count(p_target_kind, p_target_id));
end $$;
comment on function public.attachments_of(public.attachment_target, uuid) is
  'The photos and documents of one initiative or entry (lineage) that the caller can see, in order, with can_add (may the caller add one now), limit and count. P0002 when the caller cannot see the target.';

create function public.attachments_of_targets(p_target_kind public.attachment_target, p_target_ids uuid[])
returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
begin
  if p_target_kind is null or coalesce(cardinality(p_target_ids), 0) > 200 then
    raise exception using errcode = '22023', message = 'Vraag de bijlagen van 0 tot 200 onderwerpen tegelijk op.';
  end if;
  return coalesce((select jsonb_object_agg(t.target_id, t.items) from (
      select a.target_id, jsonb_agg(private.attachment_item(a.id, a.target_kind, a.target_id, a.kind, a.status,
        a.description, a.file_name, a.mime_type, a.byte_size, a.width, a.height, a.position, a.created_at)
        order by a.position, a.created_at, a.id) as items
      from public.attachments a
      where a.target_kind = p_target_kind and a.target_id = any (p_target_ids) and a.status = 'ready'
      group by a.target_id) t), '{}'::jsonb);
end $$;
comment on function public.attachments_of_targets(public.attachment_target, uuid[]) is
  'The photos and documents the caller can see of up to 200 initiatives or entry lineages of one kind, as an object {target id: [attachments in order]}; targets without any are left out. For lists, the map and a whole document.';

-- Everything the caller added (for "download my data"): the attachments and the Storage names of their files.
create function public.my_attachments() returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
begin
  return coalesce((select jsonb_agg(jsonb_build_object(
      'id', a.id, 'target_kind', a.target_kind, 'target_id', a.target_id, 'kind', a.kind,
      'description', a.description, 'file_name', a.file_name, 'mime_type', a.mime_type, 'byte_size', a.byte_size,
      'width', a.width, 'height', a.height, 'created_at', a.created_at,
      'file', (private.attachment_files(a.id, a.kind, a.mime_type))[1]) order by a.created_at, a.id)
    from public.attachments a where a.uploaded_by = v_uid and a.status = 'ready'), '[]'::jsonb);
end $$;
comment on function public.my_attachments() is
  'The photos and documents the caller added (ready ones), with the Storage name of each file, for "download my data".';

-- ── public write functions (security definer: they check the caller themselves) ─────────────────────────
create function public.begin_attachment(
  p_target_kind public.attachment_target, p_target_id uuid, p_kind public.attachment_kind, p_mime_type text,
  p_byte_size integer, p_description text, p_width integer default null, p_height integer default null,
  p_file_name text default null
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_description text := trim(coalesce(p_description, ''));
  v_file_name text := nullif(left(trim(regexp_replace(coalesce(p_file_name, ''), '[\x00-\x1f/\\]', '', 'g')), 200), '');
  v_i public.initiatives;
  v_area uuid;
  v_a public.attachments;
begin
  if p_target_kind is null or p_kind is null then
    raise exception using errcode = '22023', message = 'Kies waar de foto of het document bij hoort.';
  end if;
  if p_target_kind = 'initiative' then
    select * into v_i from public.initiatives where id = p_target_id and removed_at is null for update;
    if not found or (v_i.hidden_at is not null and not private.can_see_initiative_private(v_i.id)) then
      raise exception using errcode = 'P0002', message = 'Initiatief niet gevonden.';
    end if;
    if v_i.author_id is distinct from v_uid then
      raise exception using errcode = '42501', message = 'Alleen wie het initiatief voorstelde, voegt er foto''s aan toe.';
    end if;
    if p_kind <> 'photo' then
      raise exception using errcode = '22023', message = 'Bij een initiatief horen alleen foto''s.', hint = 'kind';
    end if;
    v_area := v_i.area_id;
  else
    select e.area_id into v_area from public.entries e
    where e.lineage_id = p_target_id and e.kind::text = p_target_kind::text
    order by e.created_at desc limit 1;
    if v_area is null then
      raise exception using errcode = 'P0002', message = 'Agendapunt of actie niet gevonden.';
    end if;
    perform private.require_area_editor(v_area);
    -- one upload at a time per entry, so two cannot both pass the limit
    perform pg_advisory_xact_lock(hashtextextended('attachments/' || p_target_id::text, 0));
  end if;
  if private.attachment_count(p_target_kind, p_target_id) >= private.attachment_limit(p_target_kind) then
    raise exception using errcode = '22023', hint = 'limit', message = case when p_target_kind = 'initiative'
      then 'Een initiatief heeft hoogstens 3 foto''s. Verwijder er eerst een.'
      else 'Hier passen hoogstens 20 foto''s en documenten. Verwijder er eerst een.' end;
  end if;
  perform private.check_rate_limit('add_attachment');
  if p_kind = 'photo' then
    if p_mime_type is null or p_mime_type not in ('image/jpeg', 'image/webp') then
      raise exception using errcode = '22023', hint = 'file',
        message = 'Een foto wordt als JPEG of WebP opgeslagen (de browser zet hem om).';
    end if;
    if coalesce(p_width, 0) not between 1 and 1600 or coalesce(p_height, 0) not between 1 and 1600 then
      raise exception using errcode = '22023', hint = 'file', message = 'Een foto is hoogstens 1600 pixels breed en hoog.';
    end if;
    if coalesce(p_byte_size, 0) not between 1 and 5242880 then
      raise exception using errcode = '22023', hint = 'file', message = 'Een foto is hoogstens 5 MB.';
    end if;
    if char_length(v_description) not between 3 and 250 then
      raise exception using errcode = '22023', hint = 'description',
        message = 'Beschrijf wat er op de foto te zien is (3 tot 250 tekens): dat leest een schermlezer voor.';
    end if;
    v_file_name := null;
  else
    if p_mime_type is distinct from 'application/pdf' then
      raise exception using errcode = '22023', hint = 'file', message = 'Een document is een PDF-bestand.';
    end if;
    if coalesce(p_byte_size, 0) not between 1 and 10485760 then
      raise exception using errcode = '22023', hint = 'file', message = 'Een document is hoogstens 10 MB.';
    end if;
    if char_length(v_description) not between 3 and 250 then
      raise exception using errcode = '22023', hint = 'description',
        message = 'Geef het document een titel (3 tot 250 tekens).';
    end if;
  end if;
  insert into public.attachments (target_kind, target_id, initiative_id, area_id, kind, description, file_name,
                                  mime_type, byte_size, width, height, position, uploaded_by)
  values (p_target_kind, p_target_id, case when p_target_kind = 'initiative' then p_target_id end, v_area, p_kind,
          v_description, v_file_name, p_mime_type, p_byte_size,
          case when p_kind = 'photo' then p_width end, case when p_kind = 'photo' then p_height end,
          coalesce((select max(a.position) + 1 from public.attachments a
                    where a.target_kind = p_target_kind and a.target_id = p_target_id), 0), v_uid)
  returning * into v_a;
  return private.attachment_json(v_a) || jsonb_build_object('upload', to_jsonb(private.attachment_files(v_a.id, v_a.kind, v_a.mime_type)));
end $$;
comment on function public.begin_attachment(public.attachment_target, uuid, public.attachment_kind, text, integer, text, integer, integer, text) is
  'Starts adding a photo (JPEG or WebP, at most 1600 px and 5 MB, description = alt text of 3 to 250 characters) or a PDF document (agenda items and plan actions only, at most 10 MB, description = title). The proposer adds photos to their initiative (at most 3), the area team to the entries of its area (at most 20). Returns the attachment (pending) and upload: the Storage names to upload its files to (bucket attachments); then call finish_attachment. Rate limited (add_attachment).';

create function public.finish_attachment(p_attachment_id uuid) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_a public.attachments;
begin
  select * into v_a from public.attachments
  where id = p_attachment_id and uploaded_by = v_uid and status = 'pending' for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Deze upload is niet (meer) bezig.';
  end if;
  if cardinality(private.stored_files(private.attachment_files(v_a.id, v_a.kind, v_a.mime_type))) < cardinality(private.attachment_files(v_a.id, v_a.kind, v_a.mime_type)) then
    raise exception using errcode = '22023', hint = 'file', message = 'Het bestand is nog niet helemaal geüpload.';
  end if;
  update public.attachments set status = 'ready', ready_at = now() where id = v_a.id returning * into v_a;
  return private.attachment_json(v_a);
end $$;
comment on function public.finish_attachment(uuid) is
  'Makes the caller''s pending attachment visible once all its files are in Storage (22023 if one is missing).';

create function public.remove_attachment(p_attachment_id uuid) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_a public.attachments;
begin
  perform private.require_user();
  select * into v_a from public.attachments where id = p_attachment_id and status <> 'removing' for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Foto of document niet gevonden.';
  end if;
  if not private.can_manage_attachment(v_a.id) then
    raise exception using errcode = '42501',
      message = 'Alleen wie het initiatief voorstelde, het gebiedsteam of een beheerder verwijdert dit.';
  end if;
  update public.attachments set status = 'removing', description = '' where id = v_a.id returning * into v_a;
  return private.removal_json(v_a);
end $$;
comment on function public.remove_attachment(uuid) is
  'Removes a photo or document: hidden at once; returns its id and files, which the caller then deletes through the Storage API (bucket attachments) before calling purge_attachments. The proposer for an initiative''s photos, the area team for an entry''s, admins for all.';

create function public.purge_attachments(p_attachment_ids uuid[]) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_purged uuid[];
begin
  perform private.require_user();
  if coalesce(cardinality(p_attachment_ids), 0) > 200 then
    raise exception using errcode = '22023', message = 'Ruim 0 tot 200 bijlagen tegelijk op.';
  end if;
  with gone as (
    delete from public.attachments a
    where a.id = any (p_attachment_ids) and a.status in ('removing', 'pending')
      and private.can_manage_attachment(a.id)
      and cardinality(private.stored_files(private.attachment_files(a.id, a.kind, a.mime_type))) = 0
    returning a.id)
  select coalesce(array_agg(id), '{}') into v_purged from gone;
  return jsonb_build_object('purged', to_jsonb(v_purged),
    'remaining', coalesce((select jsonb_agg(a.id) from public.attachments a
                           where a.id = any (p_attachment_ids) and not a.id = any (v_purged)), '[]'::jsonb));
end $$;
comment on function public.purge_attachments(uuid[]) is
  'Forgets attachments that are being removed (or were never finished) once their files are gone from Storage. Returns purged and remaining ids.';

-- What the caller may finish removing: attachments being removed, uploads abandoned for more than an hour, and the
-- attachments of entries that no longer exist in any version (marked for removal first).
create function public.attachment_removals() returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
begin
  perform private.require_user();
  update public.attachments a set status = 'removing', description = ''
  where a.status <> 'removing' and private.can_manage_attachment(a.id)
    and ((a.status = 'pending' and a.created_at < now() - interval '1 hour')
         or (a.target_kind <> 'initiative'
             and not exists (select 1 from public.entries e where e.lineage_id = a.target_id)));
  return coalesce((select jsonb_agg(x.j order by x.created_at) from (
      select private.removal_json(a) as j, a.created_at from public.attachments a
      where a.status = 'removing' and private.can_manage_attachment(a.id)
      order by a.created_at limit 100) x), '[]'::jsonb);
end $$;
comment on function public.attachment_removals() is
  'Up to 100 attachments the caller may finish removing (being removed, abandoned uploads, attachments of deleted entries), each with its Storage files; delete those through the Storage API, then purge_attachments.';

-- Before deleting one's account: every photo one added to an initiative is marked for removal; returns the files.
create function public.release_my_attachments() returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
begin
  update public.attachments set status = 'removing', description = ''
  where uploaded_by = v_uid and target_kind = 'initiative' and status <> 'removing';
  return coalesce((select jsonb_agg(private.removal_json(a) order by a.created_at)
    from public.attachments a where a.uploaded_by = v_uid and a.status = 'removing'
      and a.target_kind = 'initiative'), '[]'::jsonb);
end $$;
comment on function public.release_my_attachments() is
  'Marks every photo the caller added to an initiative for removal and returns them with their Storage files, so the client deletes the files before delete_my_account (which marks any left over, for an admin to finish).';

-- ── row level security ───────────────────────────────────────────────────────────────────────────────────
alter table public.attachments enable row level security;

-- A ready attachment is as visible as what it belongs to: the initiative's and the entries' own policies decide
-- (a hidden or removed initiative hides its photos; a concept document's entries are the area team's).
create policy "everyone can read ready attachments of what they can see" on public.attachments
  for select to anon, authenticated
  using (status = 'ready' and case when target_kind = 'initiative'
    then exists (select 1 from public.initiatives i where i.id = attachments.initiative_id)
    else exists (select 1 from public.entries e where e.lineage_id = attachments.target_id) end);
create policy "uploaders can read their own attachments" on public.attachments for select to authenticated
  using (uploaded_by = (select auth.uid()));
create policy "area team can read attachments of their area" on public.attachments for select to authenticated
  using (area_id in (select private.my_area_ids('{area_team}')));
create policy "admins can read all attachments" on public.attachments for select to authenticated
  using ((select private.is_admin()));

-- storage.objects: the files of bucket attachments (policies created by postgres, as a project allows)
create policy "readers of an attachment can read its files" on storage.objects for select to anon, authenticated
  using (bucket_id = 'attachments'
         and exists (select 1 from public.attachments a where a.id = private.attachment_id_of(objects.name)));
create policy "uploaders can add the files of their pending attachment" on storage.objects for insert to authenticated
  with check (bucket_id = 'attachments' and private.may_upload_attachment_file(name));
create policy "managers can delete the files of a removed attachment" on storage.objects for delete to authenticated
  using (bucket_id = 'attachments' and private.may_delete_attachment_file(name));

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
-- every column but uploaded_by (an account id), under RLS; the policies may still compare it with auth.uid()
revoke all on public.attachments from anon, authenticated, public;
grant select (id, target_kind, target_id, initiative_id, area_id, kind, status, description, file_name, mime_type,
  byte_size, width, height, position, created_at, ready_at) on public.attachments to anon, authenticated;

grant execute on function private.attachment_id_of(text),
  private.attachment_files(uuid, public.attachment_kind, text), private.can_manage_attachment(uuid),
  private.attachment_count(public.attachment_target, uuid), private.attachment_limit(public.attachment_target),
  private.can_attach(public.attachment_target, uuid),
  private.attachment_item(uuid, public.attachment_target, uuid, public.attachment_kind, public.attachment_status,
                          text, text, text, integer, integer, integer, integer, timestamptz),
  private.may_upload_attachment_file(text), private.may_delete_attachment_file(text)
  to anon, authenticated;

grant execute on function public.attachments_of(public.attachment_target, uuid),
  public.attachments_of_targets(public.attachment_target, uuid[])
  to anon, authenticated;
grant execute on function public.my_attachments(),
  public.begin_attachment(public.attachment_target, uuid, public.attachment_kind, text, integer, text, integer,
                          integer, text),
  public.finish_attachment(uuid), public.remove_attachment(uuid), public.purge_attachments(uuid[]),
  public.attachment_removals(), public.release_my_attachments()
  to authenticated;
