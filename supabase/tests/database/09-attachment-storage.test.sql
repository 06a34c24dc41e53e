-- Photos in Supabase Storage on PostgreSQL 15, with the storage schema as a project has it (supabase/shim): the
-- bucket and the storage.objects policies our migration made as postgres, run the way the Storage API runs them
-- (as the client: role + request.jwt.claims). The same rules, per role and in more detail, in
-- tests/db/attachments-storage.test.ts on PGlite.
begin;
select plan(19);

-- ── the schema a project has, and what our migration added to it ────────────────────────────────────────
select table_owner_is('storage', 'objects', 'supabase_storage_admin', 'storage.objects belongs to supabase_storage_admin');
select table_owner_is('storage', 'buckets', 'supabase_storage_admin', 'storage.buckets belongs to supabase_storage_admin');
select is((select public from storage.buckets where id = 'attachments'), false, 'the attachments bucket is private');
select is((select file_size_limit from storage.buckets where id = 'attachments'), 10485760::bigint,
  'the bucket refuses files over 10 MB');
select is((select count(*)::int from pg_policies where schemaname = 'storage' and tablename = 'objects'), 3,
  'postgres made the select, insert and delete policies on storage.objects (no update: nothing is overwritten)');
select throws_ok($$ delete from storage.objects $$, '42501', null,
  'a SQL delete from storage.objects is refused (storage.protect_delete): files are deleted through the Storage API');

-- ── a resident proposes an initiative with a photo ───────────────────────────────────────────────────────
select set_config('t.anchor', private.district_anchor((select id from public.districts where code = 'WK085542'))::text, true);
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select set_config('t.initiative', public.propose_initiative('Een kapot hek bij de speeltuin',
  'Het hek langs de speeltuin is al weken kapot.', (select id from public.themes order by sort_order limit 1),
  (current_setting('t.anchor')::float8[])[1], (current_setting('t.anchor')::float8[])[2]) ->> 'id', true);
select set_config('t.photo', public.begin_attachment('initiative', current_setting('t.initiative')::uuid, 'photo',
  'image/jpeg', 120000, 'Het kapotte hek', 1200, 800) ->> 'id', true);
select lives_ok($$ insert into storage.objects (bucket_id, name, owner_id)
  values ('attachments', current_setting('t.photo') || '/photo.jpg', auth.uid()::text),
         ('attachments', current_setting('t.photo') || '/thumb.jpg', auth.uid()::text) $$,
  'the proposer uploads the files of the photo she began');

-- another resident may not put a file into her attachment
reset role;
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000002","role":"authenticated"}';
select throws_ok($$ insert into storage.objects (bucket_id, name) values ('attachments', current_setting('t.photo') || '/document.pdf') $$,
  '42501', null, 'another user cannot upload into someone else''s attachment');
select is((select count(*)::int from storage.objects where name like current_setting('t.photo') || '/%'), 0,
  'another user does not read a photo that is still being uploaded');

-- a visitor reads it only once it is finished
reset role;
set local role anon;
set local request.jwt.claims to '{"role":"anon"}';
select is((select count(*)::int from storage.objects where name like current_setting('t.photo') || '/%'), 0,
  'a visitor does not read an unfinished photo');
reset role;
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select is(public.finish_attachment(current_setting('t.photo')::uuid) ->> 'status', 'ready', 'the proposer finishes it');
reset role;
set local role anon;
set local request.jwt.claims to '{"role":"anon"}';
select is((select count(*)::int from storage.objects where name like current_setting('t.photo') || '/%'), 2,
  'a visitor reads a finished photo of a visible initiative');

-- hidden by reports: hidden with it
reset role;
update public.initiatives set hidden_at = now() where id = current_setting('t.initiative')::uuid;
set local role anon;
set local request.jwt.claims to '{"role":"anon"}';
select is((select count(*)::int from storage.objects where name like current_setting('t.photo') || '/%'), 0,
  'a visitor does not read the photos of a hidden initiative');
reset role;
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';
select is((select count(*)::int from storage.objects where name like current_setting('t.photo') || '/%'), 2,
  'the area team of the area still reads them');

-- removing: nobody deletes a ready file; the proposer removes it and then deletes the files through Storage (a
-- delete as the client, as the Storage API runs it; what RLS does not let through stays)
reset role;
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
set local storage.allow_delete_query to 'true';
delete from storage.objects where name like current_setting('t.photo') || '/%';
reset role;
select is((select count(*)::int from storage.objects where name like current_setting('t.photo') || '/%'), 2,
  'nobody deletes the files of a photo that is still shown, not even its proposer');
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select is(public.remove_attachment(current_setting('t.photo')::uuid) ->> 'id', current_setting('t.photo'),
  'the proposer removes her photo');
reset role;
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000002","role":"authenticated"}';
delete from storage.objects where name like current_setting('t.photo') || '/%';
reset role;
select is((select count(*)::int from storage.objects where name like current_setting('t.photo') || '/%'), 2,
  'another user cannot delete its files');
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
delete from storage.objects where name like current_setting('t.photo') || '/%';
reset role;
select is((select count(*)::int from storage.objects where name like current_setting('t.photo') || '/%'), 0,
  'the proposer deletes the files of her removed photo');
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select is(public.purge_attachments(array[current_setting('t.photo')::uuid]) -> 'purged',
  jsonb_build_array(current_setting('t.photo')), 'and then the attachment is gone too');

select * from finish();
rollback;
