-- Realtime channels of documents (issue 5): one private Supabase Realtime channel per document version, topic
-- 'document:<document id>'. Presence shows who is looking and who edits which section or entry; Broadcast carries
-- "this changed, refetch" notices after a save (never content: clients refetch through RLS).
--
-- Realtime Authorization runs these policies as the connecting client, with realtime.topic() = the channel topic:
--   select  = join the channel, receive broadcasts and see presence: whoever may read the document (RLS on
--             public.documents decides: published for everyone, concept for its area team and admins)
--   insert  = track presence: signed-in readers; send a broadcast (change notice): only the document's editors.
-- The embedded backend has no Realtime server (tabs talk through BroadcastChannel); the policies still run there and
-- on PostgreSQL 15 in the tests, against the minimal realtime schema of supabase/shim/supabase-shim.sql.

-- ── functions ────────────────────────────────────────────────────────────────────────────────────────────
-- The document a channel topic names: 'document:<uuid>' → that uuid; any other topic → null (no document, no access).
create function private.channel_document_id() returns uuid
  language sql stable set search_path = '' as $$
  select case when t ~ '^document:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
              then substr(t, 10)::uuid end
  from (select realtime.topic() as t) topic
$$;

-- ── policies ─────────────────────────────────────────────────────────────────────────────────────────────
-- the document subqueries run with the client's rights: RLS on public.documents hides what it may not read
create policy "readers of a document can join its channel" on realtime.messages
  for select to anon, authenticated
  using (
    messages.extension in ('broadcast', 'presence')
    and messages.topic = (select realtime.topic())
    and exists (select 1 from public.documents d where d.id = (select private.channel_document_id())));

create policy "signed-in readers of a document can show their presence" on realtime.messages
  for insert to authenticated
  with check (
    messages.extension = 'presence'
    and messages.topic = (select realtime.topic())
    and exists (select 1 from public.documents d where d.id = (select private.channel_document_id())));

create policy "editors of a document can announce its changes" on realtime.messages
  for insert to authenticated
  with check (
    messages.extension = 'broadcast'
    and messages.topic = (select realtime.topic())
    and exists (select 1 from public.documents d
                where d.id = (select private.channel_document_id()) and private.can_edit_area(d.area_id)));

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
revoke all on function private.channel_document_id() from public;
grant execute on function private.channel_document_id() to anon, authenticated;
