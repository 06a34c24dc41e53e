-- Realtime Authorization of document channels on PostgreSQL 15 (the same rules as tests/db/document-channels.test.ts
-- on PGlite): Realtime runs the realtime.messages policies as the client, with realtime.topic() = the channel topic.
-- select = may join (receive changes, see presence); insert = may track presence / announce a change.
begin;
select plan(10);

select set_config('t.published', 'document:' || (select id from public.documents where slug = 'wijkagenda-noord' and version_no = 1), true);
select set_config('t.concept', 'document:' || (select id from public.documents where slug = 'uitvoeringsplan-noord-2028-2029'), true);
select set_config('t.other', 'document:' || (select id from public.documents where slug = 'uitvoeringsplan-reeshof-2027'), true);
insert into realtime.messages (topic, extension, event, private)
select current_setting(s), e, 'probe', true from unnest(array['t.published', 't.concept', 't.other']) s,
  unnest(array['broadcast', 'presence']) e;

-- a visitor: may join a published document's channel, not a concept's; may not send anything
set local role anon;
set local request.jwt.claims to '{"role":"anon"}';
select set_config('realtime.topic', current_setting('t.published'), true);
select is((select count(*)::int from realtime.messages where topic = current_setting('t.published')), 1,
  'a visitor hears the change notices of a published document, but does not see presence (issue 16)');
select throws_ok($$ insert into realtime.messages (topic, extension, event) values (current_setting('t.published'), 'presence', 'x') $$,
  '42501', null, 'a visitor may not show presence');
select set_config('realtime.topic', current_setting('t.concept'), true);
select is((select count(*)::int from realtime.messages where topic = current_setting('t.concept')), 0,
  'a visitor may not join the channel of a concept');

-- a resident: presence on a published document, no change notices
reset role;
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select set_config('realtime.topic', current_setting('t.published'), true);
select throws_ok($$ insert into realtime.messages (topic, extension, event) values (current_setting('t.published'), 'presence', 'x') $$,
  '42501', null, 'a resident who may not comment on an adopted document does not show presence there (issue 16)');
select throws_ok($$ insert into realtime.messages (topic, extension, event) values (current_setting('t.published'), 'broadcast', 'changed') $$,
  '42501', null, 'a resident may not announce changes');

-- the area team of Noord: its concept yes, another area's concept no
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';
select set_config('realtime.topic', current_setting('t.concept'), true);
select is((select count(*)::int from realtime.messages where topic = current_setting('t.concept')), 2,
  'the area team may join the channel of its own concept');
select lives_ok($$ insert into realtime.messages (topic, extension, event) values (current_setting('t.concept'), 'broadcast', 'changed') $$,
  'the area team may announce a change of its own document');
select throws_ok($$ insert into realtime.messages (topic, extension, event) values ('document:elders', 'broadcast', 'changed') $$,
  '42501', null, 'a message for another topic than the joined one is refused');
select set_config('realtime.topic', current_setting('t.other'), true);
select is((select count(*)::int from realtime.messages where topic = current_setting('t.other')), 0,
  'the area team of Noord may not join the channel of a Reeshof concept');
select throws_ok($$ insert into realtime.messages (topic, extension, event) values (current_setting('t.other'), 'broadcast', 'changed') $$,
  '42501', null, 'nor announce changes there');

select * from finish();
rollback;
