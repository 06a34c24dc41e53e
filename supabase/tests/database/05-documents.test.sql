-- The life cycle of documents on PostgreSQL 15 (the same rules as tests/db/documents-*.test.ts on PGlite): create,
-- edit with optimistic locking and validation, consultation with council and resident comments and official
-- answers, adoption (read-only, guarded by a trigger too), a new version that copies everything, compare, history,
-- progress of an adopted plan and the map. One transaction, rolled back; later tests see earlier writes. Ids travel
-- between statements in t.* settings.
begin;
select plan(55);

-- ── the area team of Noord creates and edits a concept agenda ────────────────────────────────────────────
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';

select is(set_config('t.doc', public.create_document((select id from public.areas where slug = 'noord'), 'agenda',
  'Wijkagenda Stokhasselt', p_district_ids => array[(select id from public.districts where code = 'WK085542')]) ->> 'id', true)
  is not null, true, 'create_document: the area team creates a concept agenda');
select is((select status::text || ' v' || version_no from public.documents where id = current_setting('t.doc')::uuid),
  'concept v1', 'create_document: concept, version 1');
select is(set_config('t.sec', public.upsert_section(current_setting('t.doc')::uuid, 'Jeugd') ->> 'id', true) is not null,
  true, 'upsert_section: a first section');
select is(set_config('t.a', public.upsert_entry(current_setting('t.sec')::uuid, 'Punt A', p_origin => 'resident_ambition',
  p_theme_id => (select id from public.themes where slug = 'goede-start'),
  p_location => (select location from public.entries where title = 'Meer activiteiten voor jongeren in Stokhasselt' limit 1)) ->> 'id', true)
  is not null, true, 'upsert_entry: an item with a place in Stokhasselt');
select is(public.upsert_entry(current_setting('t.sec')::uuid, 'Punt B', p_origin => 'municipal_task', p_position => 0) ->> 'position',
  '0', 'upsert_entry: an item inserted at the top');
select results_eq($$ select title, position from public.entries where section_id = current_setting('t.sec')::uuid order by position $$,
  $$ values ('Punt B', 0), ('Punt A', 1) $$, 'positions stay 0..n-1 after an insert at the top');
select is((select version from public.entries where id = current_setting('t.a')::uuid), 1,
  'renumbering a sibling does not raise its lock version');

-- optimistic locking and validation
select is(public.upsert_entry(current_setting('t.sec')::uuid, 'Punt A, beter', current_setting('t.a')::uuid, 1,
  p_origin => 'resident_ambition') ->> 'version', '2', 'upsert_entry: an edit raises the version to 2');
select throws_ok($$ select public.upsert_entry(current_setting('t.sec')::uuid, 'Punt A, anders', current_setting('t.a')::uuid, 1,
  p_origin => 'resident_ambition') $$, '40001',
  'Iemand anders heeft dit intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
  'upsert_entry: an edit of version 1 after version 2 gives 40001');
select is((select title from public.entries where id = current_setting('t.a')::uuid), 'Punt A, beter',
  'the stale edit was not written');
select throws_ok($$ select public.upsert_entry(current_setting('t.sec')::uuid, 'Punt C', p_origin => 'partner_task', p_progress => 10) $$,
  '22023', 'Het veld voortgang hoort niet bij dit soort punt.', 'upsert_entry: progress on an agenda item gives 22023');
select throws_ok($$ select public.upsert_entry(current_setting('t.sec')::uuid, 'Punt C', p_origin => 'partner_task',
  p_location => '{"type":"Point","coordinates":[5.0,52.5]}') $$,
  '22023', 'Deze plek ligt buiten het gebied van dit document.', 'upsert_entry: a place outside the area gives 22023');
select throws_ok($$ select public.upsert_entry(current_setting('t.sec')::uuid, 'Punt C') $$, '22023', null,
  'upsert_entry: an agenda item without origin gives 22023');
select is((select count(*)::int from public.entries where document_id = current_setting('t.doc')::uuid), 2,
  'the refused items were not written');
select throws_ok($$ select public.set_entry_links(current_setting('t.a')::uuid, 2, '{}') $$, '22023', null,
  'set_entry_links: an agenda item links to nothing itself');

-- ── a concept is invisible outside the team ──────────────────────────────────────────────────────────────
set local role anon;
set local request.jwt.claims to '{"role":"anon"}';
select throws_ok($$ select public.document_detail(current_setting('t.doc')::uuid) $$, 'P0002', 'Document niet gevonden.',
  'document_detail: anon does not see a concept');
select is((select count(*)::int from public.sections where document_id = current_setting('t.doc')::uuid), 0,
  'RLS: anon reads no sections of a concept');

set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select throws_ok($$ select public.upsert_section(current_setting('t.doc')::uuid, 'Van een bewoner') $$, '42501', null,
  'upsert_section: a resident cannot edit');

-- ── status path ──────────────────────────────────────────────────────────────────────────────────────────
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';
select throws_ok($$ select public.set_document_status(current_setting('t.doc')::uuid, 1, 'vastgesteld') $$, '22023',
  'Een concept gaat eerst in consultatie voordat het wordt vastgesteld.', 'set_document_status: concept → vastgesteld gives 22023');
select is(public.set_document_status(current_setting('t.doc')::uuid, 1, 'consultatie') ->> 'status', 'consultatie',
  'set_document_status: concept → consultatie');

set local role anon;
set local request.jwt.claims to '{"role":"anon"}';
select is(jsonb_array_length(public.document_detail(current_setting('t.doc')::uuid) -> 'sections'), 1,
  'document_detail: anon reads the document in consultatie');

-- ── comments ─────────────────────────────────────────────────────────────────────────────────────────────
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000002","role":"authenticated"}';
select throws_ok($$ select public.add_comment(current_setting('t.doc')::uuid, 'Vanuit Heyhoef') $$, '42501', null,
  'add_comment: the Heyhoef council cannot comment on an agenda of Stokhasselt');
select is(public.add_comment((select id from public.documents where slug = 'wijkagenda-reeshof' and status = 'consultatie'),
  'Nog een vraag van de wijkraad.', p_entry_id => (select e.id from public.entries e join public.documents d on d.id = e.document_id
    where d.slug = 'wijkagenda-reeshof' and d.status = 'consultatie' and e.title = 'Het wijkpunt in Heyhoef uitbreiden')) ->> 'author_role',
  'council', 'add_comment: the council comments on the Reeshof agenda, which covers Heyhoef');
select is((public.document_comments((select id from public.documents where slug = 'wijkagenda-reeshof' and status = 'consultatie'))
  ->> 'open_comment_count')::int, 2, 'document_comments: two open council comments');
select throws_ok($$ select public.add_comment((select id from public.documents where slug = 'wijkagenda-reeshof' and status = 'consultatie'),
  'Officieel!', p_parent_id => (select id from public.comments where body = 'Nog een vraag van de wijkraad.'), p_is_official_response => true) $$,
  '42501', 'Alleen het gebiedsteam geeft een officieel antwoord.', 'add_comment: a council member cannot answer officially');

set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select throws_ok($$ select public.add_comment((select id from public.documents where slug = 'wijkagenda-reeshof' and status = 'consultatie'),
  'Van een bewoner') $$, '42501', null, 'add_comment: a resident cannot comment where comments are not open to residents');
select is(public.add_comment((select id from public.documents where slug = 'wijkagenda-noord' and status = 'consultatie'),
  'Van een bewoner') ->> 'author_role', 'resident', 'add_comment: a resident comments where the area team opened it');
select throws_ok($$ select public.update_comment((select id from public.comments where body = 'Nog een vraag van de wijkraad.'), 'Gekaapt') $$,
  '42501', 'Je kunt alleen je eigen reacties bewerken.', 'update_comment: nobody edits someone else''s comment');

set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000004","role":"authenticated"}';
select is(public.add_comment((select id from public.documents where slug = 'wijkagenda-reeshof' and status = 'consultatie'),
  'Ja, dat doen we.', p_parent_id => (select id from public.comments where body = 'Nog een vraag van de wijkraad.'),
  p_is_official_response => true) ->> 'is_official_response', 'true', 'add_comment: the gemeente answers officially');
select is((public.area_page('reeshof') ->> 'open_comment_count')::int, 1,
  'area_page: the answered comment is no longer open');

-- ── adoption: read-only, also for the table owner ────────────────────────────────────────────────────────
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';
select is(public.set_document_status(current_setting('t.doc')::uuid, 2, 'vastgesteld') ->> 'status', 'vastgesteld',
  'set_document_status: consultatie → vastgesteld');
select isnt((select adopted_at from public.documents where id = current_setting('t.doc')::uuid), null, 'adoption sets adopted_at');
select throws_ok($$ select public.upsert_section(current_setting('t.doc')::uuid, 'Nog iets') $$, '22023',
  'Deze versie is vastgesteld en kan niet meer worden gewijzigd. Begin een nieuwe versie om iets te veranderen.',
  'upsert_section: a vastgesteld version is read-only');
select throws_ok($$ select public.set_document_status(current_setting('t.doc')::uuid, 3, 'concept') $$, '22023', null,
  'set_document_status: vastgesteld does not change any more');

reset role;
select throws_ok($$ update public.entries set title = 'Stiekem' where id = current_setting('t.a')::uuid $$, '22023', null,
  'the table owner cannot change an entry of a vastgesteld version either (trigger)');
set local role authenticated;

-- ── a new version ────────────────────────────────────────────────────────────────────────────────────────
select is(set_config('t.v2', public.start_revision(current_setting('t.doc')::uuid) ->> 'id', true) is not null, true,
  'start_revision: a new version');
select is((select status::text || ' v' || version_no from public.documents where id = current_setting('t.v2')::uuid),
  'concept v2', 'start_revision: version 2 in concept');
select results_eq(
  $$ select lineage_id, title from public.entries where document_id = current_setting('t.v2')::uuid order by lineage_id $$,
  $$ select lineage_id, title from public.entries where document_id = current_setting('t.doc')::uuid order by lineage_id $$,
  'start_revision: the entries are copied with the same lineage ids');
select is((select count(*)::int from public.entries a join public.entries b on a.id = b.id
           where a.document_id = current_setting('t.doc')::uuid and b.document_id = current_setting('t.v2')::uuid), 0,
  'start_revision: the copies are new rows');
select throws_ok($$ select public.start_revision(current_setting('t.doc')::uuid) $$, '23505',
  'Er is al een nieuwere versie van dit document.', 'start_revision: one open version at a time');
select is((select count(*)::int from public.revisions where document_id = current_setting('t.v2')::uuid), 1,
  'start_revision: one revision (revision_started), not one per copied row');

select is(public.upsert_entry((select section_id from public.entries where document_id = current_setting('t.v2')::uuid and title = 'Punt B'),
  'Punt B, herzien', (select id from public.entries where document_id = current_setting('t.v2')::uuid and title = 'Punt B'), 1,
  p_origin => 'municipal_task') ->> 'version', '2', 'the copy is editable');
select is(public.compare_versions(current_setting('t.doc')::uuid, current_setting('t.v2')::uuid) -> 'summary',
  '{"added": 0, "removed": 0, "changed": 1, "unchanged": 1}'::jsonb, 'compare_versions: one item changed');
select is(public.compare_versions(current_setting('t.doc')::uuid, current_setting('t.v2')::uuid) -> 'entries' -> 0 -> 'changed_fields',
  '["title"]'::jsonb, 'compare_versions: its title changed');
select is((public.document_history(current_setting('t.v2')::uuid) -> 'revisions' -> 0) ->> 'operation', 'update',
  'document_history: the newest revision is the edit');
select is((public.document_history(current_setting('t.v2')::uuid) -> 'revisions' -> 0 -> 'changed_by') ->> 'display_name',
  'Fatima El Amrani', 'document_history: who made it');

select is(public.delete_document(current_setting('t.v2')::uuid, 1) ->> 'id', current_setting('t.v2'),
  'delete_document: a concept version can be discarded');
select is(public.start_revision(current_setting('t.doc')::uuid) ->> 'version_no', '2',
  'start_revision: after discarding, a new version 2 can start');

-- ── an adopted plan: progress is followed ───────────────────────────────────────────────────────────────
select is(public.update_action_progress(
  (select e.id from public.entries e join public.documents d on d.id = e.document_id
   where d.slug = 'uitvoeringsplan-noord-2026-2027' and e.title = 'Schoolroutes verkeersveilig inrichten'),
  (select e.version from public.entries e join public.documents d on d.id = e.document_id
   where d.slug = 'uitvoeringsplan-noord-2026-2027' and e.title = 'Schoolroutes verkeersveilig inrichten'),
  'in_uitvoering', 35) ->> 'progress', '35', 'update_action_progress: progress in an adopted plan');

set local role anon;
set local request.jwt.claims to '{"role":"anon"}';
select is((public.plan_progress((select id from public.areas where slug = 'noord')) -> 'plans' -> 0 ->> 'progress')::numeric, 55.0,
  'plan_progress: the plain mean over actions that are not stopped: (100 + 60 + 25 + 35) / 4');
select is((public.plan_progress() -> 'themes' -> 0 ->> 'slug'), 'goede-start', 'plan_progress: per theme, in theme order');

-- ── the area page and the map ────────────────────────────────────────────────────────────────────────────
select is((select jsonb_agg(k order by k) from jsonb_object_keys(public.area_page('noord') -> 'agendas' -> 0) k),
  '["id", "is_example", "kind", "slug", "status", "title"]'::jsonb, 'area_page: agendas keep the foundation shape');
select is((select count(*)::int from jsonb_array_elements(public.area_page('noord') -> 'agendas')), 2,
  'area_page: the newest version of each agenda, the new one included');
select is(json_array_length(public.map_entries(p_kinds => '{agenda_item}') -> 'features'), 4,
  'map_entries: agenda items with a place, newest visible versions only (the edit of Punt A left out its place: cleared)');
select is(public.document_by_slug('wijkagenda-noord') -> 'document' ->> 'version_no', '2',
  'document_by_slug: the newest visible version');

select * from finish();
rollback;
