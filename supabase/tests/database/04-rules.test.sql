-- Behaviour rules of the foundation schema on PostgreSQL 15 (the same rules as tests/db/rules.test.ts on PGlite):
-- validation, duplicates, the council's area, me(), area_page(), the editable wijk → team mapping, the sign-up
-- trigger and the cascade from auth.users. One transaction, rolled back; later tests see earlier writes.
begin;
select plan(40);

-- ── me(): roles come from memberships ───────────────────────────────────────────────────────────────────────
set local role anon;
set local request.jwt.claims to '{"role":"anon"}';
select is(public.me(), null, 'me() is null for anon');

set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated","email":"bewoner@demo.agendakaart.nl"}';
select is(public.me() -> 'roles', '["resident"]'::jsonb, 'me(): the resident is only a resident');
select is(public.me() ->> 'email', 'bewoner@demo.agendakaart.nl', 'me(): the email comes from the JWT');

set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000002","role":"authenticated"}';
select is(public.me() -> 'roles', '["council", "resident"]'::jsonb, 'me(): the council member is council and resident');
select is(public.me() -> 'councils' -> 0 ->> 'area_slug', 'reeshof', 'me(): the council member''s council lies in Reeshof');

set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';
select is(public.me() -> 'roles', '["area_team", "resident"]'::jsonb, 'me(): the Noord team member is area_team and resident');
select is(public.me() -> 'area_team_areas' -> 0 ->> 'slug', 'noord', 'me(): the area team member''s area is Noord');

set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000004","role":"authenticated"}';
select is(public.me() -> 'roles', '["admin", "resident"]'::jsonb, 'me(): the admin is admin and resident');
select is((public.me() ->> 'is_admin')::boolean, true, 'me(): is_admin for the admin');

-- ── area_page(): can_edit only for the own area team and admins; unknown slug → P0002 ─────────────────────
set local role anon;
set local request.jwt.claims to '{"role":"anon"}';
select is((select coalesce(array_agg(slug order by slug), '{}') from public.areas where (public.area_page(slug) ->> 'can_edit')::boolean),
  '{}'::text[], 'area_page: anon can edit no area');
select throws_ok($$ select public.area_page('bestaat-niet') $$, 'P0002', 'Gebied niet gevonden.', 'area_page: an unknown slug gives P0002');

set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select is((select coalesce(array_agg(slug order by slug), '{}') from public.areas where (public.area_page(slug) ->> 'can_edit')::boolean),
  '{}'::text[], 'area_page: the resident can edit no area');

set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000002","role":"authenticated"}';
select is((select coalesce(array_agg(slug order by slug), '{}') from public.areas where (public.area_page(slug) ->> 'can_edit')::boolean),
  '{}'::text[], 'area_page: the council member can edit no area, not even the council''s own');

set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';
select is((select coalesce(array_agg(slug order by slug), '{}') from public.areas where (public.area_page(slug) ->> 'can_edit')::boolean),
  '{noord}'::text[], 'area_page: the Noord area team can edit Noord only');

set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000004","role":"authenticated"}';
select is((select count(*)::int from public.areas where (public.area_page(slug) ->> 'can_edit')::boolean),
  (select count(*)::int from public.areas), 'area_page: the admin can edit every area');
select throws_ok($$ select public.area_page('bestaat-niet') $$, 'P0002', 'Gebied niet gevonden.', 'area_page: an unknown slug gives P0002 for a signed-in user');

-- ── validation errors (22023) leave nothing written ─────────────────────────────────────────────────────
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select throws_ok($$ select public.update_profile('x') $$, '22023', 'Naam moet tussen 2 en 80 tekens zijn.', 'update_profile: a name of 1 character gives 22023');
select throws_ok($$ select public.update_profile(repeat('a', 81)) $$, '22023', null, 'update_profile: a name of 81 characters gives 22023');
select is((select display_name from public.profiles), 'Sanne de Vries', 'update_profile: the rejected names were not written');

set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';
select throws_ok($$ select public.update_area((select id from public.areas where slug = 'noord'), repeat('x', 2001)) $$,
  '22023', null, 'update_area: a description of 2001 characters gives 22023');
select is(public.area_page('noord') -> 'area' ->> 'description', '', 'update_area: the rejected description was not written');
select is(public.update_area((select id from public.areas where slug = 'noord'), 'Samen aan de slag.') ->> 'description',
  'Samen aan de slag.', 'update_area: the area team writes the description of its own area');

set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000004","role":"authenticated"}';
select throws_ok($$ select public.admin_update_area((select id from public.areas where slug = 'noord'), 'Noord', 8) $$,
  '22023', 'Kies een kleur van 0 tot en met 7.', 'admin_update_area: colour 8 gives 22023');
select throws_ok($$ select public.admin_upsert_theme(null, 'Nieuw-Thema', 'Nieuw thema', 'New theme', 1) $$,
  '22023', null, 'admin_upsert_theme: a code with capitals gives 22023');
select throws_ok($$ select public.admin_grant_membership('00000000-0000-4000-8000-000000000003', 'area_team') $$,
  '22023', 'Kies een gebied voor een lid van het gebiedsteam.', 'admin_grant_membership: area team without an area gives 22023');
select throws_ok($$ select public.admin_grant_membership('00000000-0000-4000-8000-000000000003', null) $$,
  '22023', 'Kies een rol.', 'admin_grant_membership: no role gives 22023');
select is((select count(*)::int from public.memberships where user_id = '00000000-0000-4000-8000-000000000003'), 0,
  'the rejected memberships were not written');
select is((select name from public.areas where slug = 'noord'), 'Noord', 'the rejected area change was not written');

-- ── memberships: duplicates, the council's area ─────────────────────────────────────────────────────────
select throws_ok($$ select public.admin_grant_membership('00000000-0000-4000-8000-000000000001', 'area_team', (select id from public.areas where slug = 'noord')) $$,
  '23505', 'Dit lidmaatschap bestaat al.', 'admin_grant_membership: an existing membership gives 23505');
select throws_ok($$ select public.admin_grant_membership('00000000-0000-4000-8000-000000000004', 'admin') $$,
  '23505', 'Dit lidmaatschap bestaat al.', 'admin_grant_membership: a second admin membership gives 23505 (nulls are equal)');
select throws_ok($$ select public.admin_grant_membership('00000000-0000-4000-8000-000000000003', 'council', null, gen_random_uuid()) $$,
  'P0002', 'Gebied of raad niet gevonden.', 'admin_grant_membership: a council that does not exist gives P0002');
select is(
  (public.admin_grant_membership('00000000-0000-4000-8000-000000000003', 'council',
     (select id from public.areas where slug = 'noord'),
     (select id from public.councils where name = 'Wijkraad Heyhoef (voorbeeld)')) ->> 'area_id')::uuid,
  (select id from public.areas where slug = 'reeshof'),
  'admin_grant_membership: a council membership gets the council''s area, not the area passed');

-- ── the wijk → team mapping is editable: map_overview follows ───────────────────────────────────────────
select is(public.admin_set_district_area((select id from public.districts where code = 'WK085542'),
  (select id from public.areas where slug = 'reeshof')) ->> 'code', 'WK085542', 'admin_set_district_area: the admin moves Stokhasselt');

set local role anon;
set local request.jwt.claims to '{"role":"anon"}';
select is((select d ->> 'area_slug' from jsonb_array_elements(public.map_overview() -> 'districts') d where d ->> 'code' = 'WK085542'),
  'reeshof', 'map_overview: Stokhasselt now belongs to Reeshof');
select is((select (a ->> 'district_count')::int from jsonb_array_elements(public.map_overview() -> 'areas') a where a ->> 'slug' = 'noord'),
  (select count(*)::int from public.districts d join public.areas a on a.id = d.area_id where a.slug = 'noord'),
  'map_overview: the district count of Noord follows the move');
select ok(not (public.area_page('noord') -> 'districts') @> '[{"code": "WK085542"}]', 'area_page: Noord no longer lists Stokhasselt');
select ok((public.area_page('reeshof') -> 'districts') @> '[{"code": "WK085542"}]', 'area_page: Reeshof lists Stokhasselt');

-- ── auth: the sign-up trigger and the cascade ──────────────────────────────────────────────────────────
reset role;
set local request.jwt.claims to '';
insert into auth.users (id, email, raw_user_meta_data) values
  ('00000000-0000-4000-8000-0000000000a1', 'anna@example.org', '{"display_name": "  Anna de Boer "}'),
  ('00000000-0000-4000-8000-0000000000a2', 'piet.pieters@example.org', '{}'),
  ('00000000-0000-4000-8000-0000000000a3', 'x@example.org', '{"display_name": " "}');
select results_eq(
  $$ select display_name from public.profiles where id::text like '00000000-0000-4000-8000-0000000000a%' order by id $$,
  $$ values ('Anna de Boer'), ('piet.pieters'), ('Inwoner') $$,
  'sign-up: the profile name comes from the metadata, else the email local part, else "Inwoner"');

delete from auth.users where id = '00000000-0000-4000-8000-000000000002';
select is((select count(*)::int from public.profiles where id = '00000000-0000-4000-8000-000000000002'), 0,
  'deleting an auth user deletes the profile');
select is((select count(*)::int from public.memberships where user_id = '00000000-0000-4000-8000-000000000002'), 0,
  'deleting an auth user deletes the memberships');

select * from finish();
rollback;
