-- Issue 16 on PostgreSQL 15 (the same rules as tests/db/security-*.test.ts on PGlite): nothing lost, nobody exposed.
-- One transaction, rolled back; ids travel in t.* settings. Roles: anon, resident (Sanne), council (Joost, Reeshof),
-- an area-team member of another area (a Reeshof team member made here, for Noord's things) and admin (Mark).
begin;
select plan(36);

-- helpers as the owner: a Reeshof team member, and two fresh accounts (one new, one unconfirmed), one anonymous
insert into auth.users (id, aud, role, email, email_confirmed_at, created_at, raw_user_meta_data) values
  ('00000000-0000-4000-8000-000000001690', 'authenticated', 'authenticated', 'team.reeshof@example.org', now(), now() - interval '30 days', '{"display_name":"Rita Reeshof"}'),
  ('00000000-0000-4000-8000-000000001601', 'authenticated', 'authenticated', 'nieuw1@example.org', now(), now(), '{}'),
  ('00000000-0000-4000-8000-000000001602', 'authenticated', 'authenticated', 'nieuw2@example.org', null, now() - interval '30 days', '{}');
insert into auth.users (id, aud, role, is_anonymous, created_at) values
  ('00000000-0000-4000-8000-000000001603', 'authenticated', 'authenticated', true, now());
insert into public.memberships (user_id, role, area_id)
values ('00000000-0000-4000-8000-000000001690', 'area_team', (select id from public.areas where slug = 'reeshof'));

-- ── a consulted version is never lost ────────────────────────────────────────────────────────────────────
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';
select set_config('t.doc', public.create_document((select id from public.areas where slug = 'noord'), 'agenda', 'Wijkagenda Noord-Test') ->> 'id', true);
select lives_ok($$ select public.set_document_status(current_setting('t.doc')::uuid, 1, 'consultatie') $$, 'the team opens the consultation');
select lives_ok($$ select public.set_comments_open(current_setting('t.doc')::uuid, 2, true) $$, 'and opens it to residents');
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select lives_ok($$ select public.add_comment(current_setting('t.doc')::uuid, 'Een reactie van een bewoner') $$, 'a resident comments');
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';
select lives_ok($$ select public.set_document_status(current_setting('t.doc')::uuid, 3, 'concept') $$, 'the team withdraws the consultation');
select throws_ok($$ select public.delete_document(current_setting('t.doc')::uuid, 4) $$, '22023',
  'Deze versie is in consultatie geweest of heeft reacties en wordt daarom altijd bewaard; verwijderen kan niet.',
  'the team cannot delete a version that was in consultatie');
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000004","role":"authenticated"}';
select throws_ok($$ select public.delete_document(current_setting('t.doc')::uuid, 4) $$, '22023', null, 'nor can an admin');
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000001690","role":"authenticated"}';
select throws_ok($$ select public.delete_document(current_setting('t.doc')::uuid, 4) $$, '42501', null, 'another area''s team may not');
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select throws_ok($$ select public.delete_document(current_setting('t.doc')::uuid, 4) $$, '42501', null, 'a resident may not');
reset role;
select throws_ok($$ delete from public.documents where id = current_setting('t.doc')::uuid $$, '22023', null,
  'not even the table owner deletes it');
select is((select count(*)::int from public.comments where document_id = current_setting('t.doc')::uuid), 1, 'its comment is kept');

-- ── only the current adopted plan is live ────────────────────────────────────────────────────────────────
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';
select set_config('t.plan1', (select id::text from public.documents where slug = 'uitvoeringsplan-noord-2026-2027' and version_no = 1), true);
select set_config('t.plan2', public.start_revision(current_setting('t.plan1')::uuid) ->> 'id', true);
select lives_ok($$ select public.set_document_status(current_setting('t.plan2')::uuid, 1, 'consultatie') $$,
  'a new version of the plan goes into consultatie');
select lives_ok($$ select public.set_document_status(current_setting('t.plan2')::uuid, 2, 'vastgesteld') $$,
  'and is adopted');
select throws_ok($$ select public.update_action_progress(e.id, e.version, 'in_uitvoering', 40) from public.entries e
                    where e.document_id = current_setting('t.plan1')::uuid and e.kind = 'plan_action' order by e.position limit 1 $$,
  '22023', 'Deze versie is vervangen door een nieuwere vastgestelde versie. Werk de voortgang bij in de huidige versie.',
  'the replaced version''s progress is frozen');

-- ── internal notes stay internal ─────────────────────────────────────────────────────────────────────────
select set_config('t.concept', (select id::text from public.documents where slug = 'uitvoeringsplan-noord-2028-2029'), true);
select lives_ok($$ select public.set_document_status(current_setting('t.concept')::uuid, (select version from public.documents where id = current_setting('t.concept')::uuid), 'consultatie') $$,
  'the concept with an internal note goes into consultatie');
set local role anon;
set local request.jwt.claims to '{"role":"anon"}';
select is((select count(*)::int from public.comments where document_id = current_setting('t.concept')::uuid), 0,
  'a visitor reads no internal note through the table');
select is(jsonb_array_length(public.document_comments(current_setting('t.concept')::uuid) -> 'threads'), 0,
  'nor through document_comments');
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000001690","role":"authenticated"}';
select is((select count(*)::int from public.comments where document_id = current_setting('t.concept')::uuid), 0,
  'nor does another area''s team');

-- ── account ids of contributors ──────────────────────────────────────────────────────────────────────────
set local role anon;
set local request.jwt.claims to '{"role":"anon"}';
select throws_ok($$ select author_id from public.comments limit 1 $$, '42501', null, 'a visitor cannot read comments.author_id');
select throws_ok($$ select author_id from public.initiatives limit 1 $$, '42501', null, 'nor initiatives.author_id');
select throws_ok($$ select changed_by from public.revisions limit 1 $$, '42501', null, 'nor revisions.changed_by');
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000004","role":"authenticated"}';
select throws_ok($$ select author_id from public.initiative_comments limit 1 $$, '42501', null, 'nor an admin through the table');
select is((select count(*)::int from public.documents where created_by is not null), 0, 'documents.created_by holds no id');

-- ── reports: one person cannot take anything off the site ────────────────────────────────────────────────
reset role;
select set_config('t.ini', (select id::text from public.initiatives where title like 'Speelplek voor peuters%'), true);
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000001602","role":"authenticated"}';
select throws_ok($$ select public.report_abuse('initiative', current_setting('t.ini')::uuid) $$, '42501',
  'Bevestig eerst je e-mailadres met de link in de mail; daarna kun je iets melden.', 'an unconfirmed account cannot report');
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000001601","role":"authenticated"}';
select is(public.report_abuse('initiative', current_setting('t.ini')::uuid) ->> 'hidden', 'false',
  'a brand-new account''s report puts it in the queue and hides nothing');
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000001603","role":"authenticated","is_anonymous":true}';
select throws_ok($$ select public.support_initiative(current_setting('t.ini')::uuid) $$, '42501', null,
  'an anonymous sign-in cannot support');
select is(public.me(), null::jsonb, 'and me() is null for it');

-- ── removed means removed ────────────────────────────────────────────────────────────────────────────────
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000004","role":"authenticated"}';
select lives_ok($$ select public.admin_moderate('initiative', current_setting('t.ini')::uuid, 'remove') $$, 'an admin removes it');
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000002","role":"authenticated"}';
select throws_ok($$ select public.initiative_detail(current_setting('t.ini')::uuid) $$, 'P0002', null,
  'its proposer no longer reads it');
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';
select is((select count(*)::int from public.initiative_status_changes where initiative_id = current_setting('t.ini')::uuid), 0,
  'nor does the area team read its history through the table');

-- ── rate limits, input ───────────────────────────────────────────────────────────────────────────────────
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select public.update_profile('Sanne ' || n) from generate_series(1, 5) n;
select throws_ok($$ select public.update_profile('Sanne 6') $$, 'PT429', null, 'the sixth rename in a day is refused');
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';
select throws_ok($$ select public.upsert_section(current_setting('t.doc')::uuid, 'Sectie ' || chr(8238) || 'txt.exe') $$,
  '22023', 'Titels en namen mogen geen onzichtbare tekens of tekens voor de leesrichting bevatten.',
  'a right-to-left override in a title is refused');
select throws_ok($$ select public.update_document(current_setting('t.doc')::uuid, (select version from public.documents where id = current_setting('t.doc')::uuid), p_title => 'Agenda' || chr(8203)) $$,
  '22023', null, 'a zero-width space in a title is refused');
select throws_ok($$ select public.create_document((select id from public.areas where slug = 'noord'), 'plan', 'Plan zonder eind',
  p_period_start => '2030-01-01', p_period_end => 'infinity') $$,
  '22023', 'Kies een datum tussen 1900 en 2200.', 'an infinity date is refused');
select throws_ok($$ select public.upsert_entry((public.upsert_section(current_setting('t.doc')::uuid, 'Plekken') ->> 'id')::uuid, 'Vlak', p_origin => 'partner_task',
  p_location => jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
    (select location -> 'coordinates' from public.entries where title = 'Meer activiteiten voor jongeren in Stokhasselt' limit 1),
    jsonb_build_array(4.9, 51.58), jsonb_build_array(4.9, 51.50),
    (select location -> 'coordinates' from public.entries where title = 'Meer activiteiten voor jongeren in Stokhasselt' limit 1))))) $$,
  '22023', 'Deze plek ligt buiten het gebied van dit document.', 'a polygon with one corner in the area is refused');

-- ── presence: only participants ──────────────────────────────────────────────────────────────────────────
reset role;
select set_config('t.topic', 'document:' || (select id from public.documents where slug = 'wijkagenda-reeshof' and status = 'consultatie'), true);
insert into realtime.messages (topic, extension, event, private) values (current_setting('t.topic'), 'presence', 'probe', true);
select set_config('realtime.topic', current_setting('t.topic'), true);
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select is((select count(*)::int from realtime.messages where topic = current_setting('t.topic') and extension = 'presence'), 0,
  'a resident who may not comment there does not see presence');
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000002","role":"authenticated"}';
select is((select count(*)::int from realtime.messages where topic = current_setting('t.topic') and extension = 'presence'), 1,
  'the council member who may comment sees it');

select * from finish();
rollback;
