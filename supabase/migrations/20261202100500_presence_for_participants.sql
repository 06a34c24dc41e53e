-- Presence is for the people who work on a document (issue 16). Before, every signed-in reader of a published
-- document was tracked with their account id and name, anyone (visitors too) could watch who was reading, and a
-- client could track itself under any name. Now:
--   * only participants show up and see presence: who may edit the document (area team of the area, admins) or
--     comment on it now (councils, and residents when opened to them, during consultatie): private.may_take_part;
--   * a participant's tab is tracked under an opaque ticket from join_document_presence(); the others turn tickets
--     into names with document_presence_people(), so the name always comes from the database and nobody appears
--     under someone else's name; a ticket carries a per-document pseudonym (peer_id), never the account id;
--   * change notices (Broadcast) still reach every reader, sent by editors only.

-- ── tables ───────────────────────────────────────────────────────────────────────────────────────────────
create table private.presence_tickets (
  ticket uuid primary key default gen_random_uuid(),
  document_id uuid not null references public.documents (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '12 hours'
);
comment on table private.presence_tickets is
  'Opaque presence tickets: a tab on a document channel is tracked under its ticket, and only participants turn tickets into names.';
create index presence_tickets_user_idx on private.presence_tickets (user_id, document_id);
create index presence_tickets_expires_idx on private.presence_tickets (expires_at);

-- ── private helpers ──────────────────────────────────────────────────────────────────────────────────────
-- May the caller take part in this document now: edit it, or comment on it.
create function private.may_take_part(p_document_id uuid) returns boolean
  language sql stable security definer set search_path = '' as $$
  select (select auth.uid()) is not null and not private.is_anonymous_user()
     and exists (select 1 from public.documents d
                 where d.id = p_document_id
                   and (private.can_edit_area(d.area_id) or private.comment_role(d.id) is not null))
$$;
comment on function private.may_take_part(uuid) is
  'True when the caller may edit the document or comment on it now; only they show up in and see its presence.';

-- The per-document pseudonym of a person: stable across their tabs, different per document, not their id.
create function private.peer_id(p_document_id uuid, p_user_id uuid) returns text
  language sql immutable set search_path = '' as $$
  select left(md5('agendakaart-peer:' || p_document_id::text || ':' || p_user_id::text), 20)
$$;
comment on function private.peer_id(uuid, uuid) is 'Per-document pseudonym of a participant on the presence channel.';

-- ── public functions ─────────────────────────────────────────────────────────────────────────────────────
create function public.join_document_presence(p_document_id uuid) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_ticket uuid;
begin
  if not exists (select 1 from public.documents d
                 where d.id = p_document_id and (d.status <> 'concept' or private.can_edit_area(d.area_id))) then
    raise exception using errcode = 'P0002', message = 'Document niet gevonden.';
  end if;
  if not private.may_take_part(p_document_id) then
    raise exception using errcode = '42501', hint = 'not_participant',
      message = 'Alleen wie dit document bewerkt of erop mag reageren, is hier zichtbaar voor elkaar.';
  end if;
  delete from private.presence_tickets where expires_at < now();
  delete from private.presence_tickets t
  where t.user_id = v_uid and t.document_id = p_document_id
    and t.ticket not in (select x.ticket from private.presence_tickets x
                         where x.user_id = v_uid and x.document_id = p_document_id
                         order by x.created_at desc limit 19);
  insert into private.presence_tickets (document_id, user_id) values (p_document_id, v_uid) returning ticket into v_ticket;
  return jsonb_build_object('ticket', v_ticket, 'peer_id', private.peer_id(p_document_id, v_uid),
                            'name', private.display_name(v_uid));
end $$;
comment on function public.join_document_presence(uuid) is
  'A participant (may edit or comment now) gets a ticket to track on the document''s presence channel, with their per-document peer_id and name. Others: 42501.';

create function public.document_presence_people(p_document_id uuid, p_tickets uuid[]) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
begin
  perform private.require_user();
  if not private.may_take_part(p_document_id) then
    raise exception using errcode = '42501', hint = 'not_participant',
      message = 'Alleen wie dit document bewerkt of erop mag reageren, ziet wie er is.';
  end if;
  if coalesce(cardinality(p_tickets), 0) > 200 then
    raise exception using errcode = '22023', message = 'Vraag hoogstens 200 tickets tegelijk op.';
  end if;
  return coalesce((select jsonb_agg(jsonb_build_object('ticket', t.ticket, 'peer_id', private.peer_id(t.document_id, t.user_id),
                                                       'name', private.display_name(t.user_id)) order by t.ticket)
                   from private.presence_tickets t
                   where t.ticket = any (coalesce(p_tickets, '{}')) and t.document_id = p_document_id
                     and t.expires_at > now()), '[]'::jsonb);
end $$;
comment on function public.document_presence_people(uuid, uuid[]) is
  'For a participant: the names (and per-document peer_id) behind presence tickets on this document; unknown, expired or other documents'' tickets are left out.';

-- ── realtime.messages policies ───────────────────────────────────────────────────────────────────────────
drop policy "readers of a document can join its channel" on realtime.messages;
drop policy "signed-in readers of a document can show their presence" on realtime.messages;

create policy "readers of a document receive its change notices" on realtime.messages
  for select to anon, authenticated
  using (
    messages.extension = 'broadcast'
    and messages.topic = (select realtime.topic())
    and exists (select 1 from public.documents d where d.id = (select private.channel_document_id())));

create policy "participants of a document see its presence" on realtime.messages
  for select to authenticated
  using (
    messages.extension = 'presence'
    and messages.topic = (select realtime.topic())
    and (select private.may_take_part(private.channel_document_id())));

create policy "participants of a document show their presence" on realtime.messages
  for insert to authenticated
  with check (
    messages.extension = 'presence'
    and messages.topic = (select realtime.topic())
    and (select private.may_take_part(private.channel_document_id())));

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
revoke all on private.presence_tickets from public, anon, authenticated;
revoke all on function private.may_take_part(uuid), private.peer_id(uuid, uuid) from public, anon, authenticated;
grant execute on function private.may_take_part(uuid) to authenticated;
revoke all on function public.join_document_presence(uuid), public.document_presence_people(uuid, uuid[]) from public, anon;
grant execute on function public.join_document_presence(uuid), public.document_presence_people(uuid, uuid[]) to authenticated;
