-- One person, many accounts; removed means removed (issue 16).
--
--   * Reporting needs a confirmed e-mail address. Every report puts the item in the admins' moderation queue at
--     once; it is hidden from the public only by `hide_threshold` reports of TRUSTED accounts (confirmed, not
--     anonymous, at least `min_account_age` old: private.moderation_rules). Two or three fresh sign-ups no longer
--     take anything off the site; one person cannot.
--   * Reports are also limited per origin (the client address PostgREST passes in request.headers, stored hashed).
--   * A removed (moderated) initiative, its comments, its history and its exact place are unreadable for everyone but
--     admins, through the RPCs and through the tables (RLS); a removed comment likewise. A hidden initiative's
--     comments and history follow the initiative: readable only by whoever may read it.
--   * map_initiatives and initiative_detail are bounded, with paged companions (map_initiatives_page,
--     initiative_comments_page); notifications know the comment they are about (so deleting
--     an account can anonymise them, 20261202100200); places are rounded to 6 decimals (about 0.1 m).
--   * The read RPCs no longer read author ids as the caller (20261202100300 takes those columns away from the API
--     roles): private.initiative_out(), private.initiative_comment_out() and private.initiative_history_json()
--     build what they need as the owner, for rows the caller could read.

-- ── tables ───────────────────────────────────────────────────────────────────────────────────────────────
create table private.moderation_rules (
  id boolean primary key default true check (id),
  hide_threshold integer not null check (hide_threshold >= 2),
  min_account_age interval not null check (min_account_age >= interval '0')
);
comment on table private.moderation_rules is
  'One row: how many reports of trusted accounts (confirmed e-mail, not anonymous, at least min_account_age old) hide an item until an admin decides.';
insert into private.moderation_rules (hide_threshold, min_account_age) values (3, interval '7 days');

-- Limits per origin (the client address), next to the per-account limits of private.rate_limits.
create table private.origin_rate_limits (
  action text primary key,
  max_events integer not null check (max_events > 0),
  per interval not null,
  label text not null
);
create table private.origin_rate_limit_events (
  id bigint generated always as identity primary key,
  origin text not null,
  action text not null references private.origin_rate_limits (action),
  created_at timestamptz not null default now()
);
comment on table private.origin_rate_limit_events is
  'Recent writes per origin: md5 of the client address, never the address itself; rows older than a day are purged.';
create index origin_rate_limit_events_idx on private.origin_rate_limit_events (origin, action, created_at);
insert into private.origin_rate_limits (action, max_events, per, label) values
  ('report_abuse', 30, '1 hour', 'iets gemeld vanaf dit netwerk');

alter table public.notifications add column comment_id uuid references public.initiative_comments (id) on delete set null;
comment on column public.notifications.comment_id is
  'For comment_added: the comment, so that deleting its author''s account can anonymise the name and excerpt here.';
create index notifications_comment_id_idx on public.notifications (comment_id);
update public.notifications n set comment_id = (
  select c.id from public.initiative_comments c
  where c.initiative_id = n.initiative_id and left(c.body, 140) = n.payload ->> 'excerpt'
  order by abs(extract(epoch from c.created_at - n.created_at)) limit 1)
where n.kind = 'comment_added' and n.comment_id is null;

-- ── private helpers ──────────────────────────────────────────────────────────────────────────────────────
-- The client address of this request as PostgREST passes it (first hop of X-Forwarded-For), hashed; null when the
-- request has no such header (the embedded backend, SQL).
create function private.request_origin() returns text
  language plpgsql stable set search_path = '' as $$
declare
  v_headers jsonb;
  v_ip text;
begin
  begin
    v_headers := nullif(current_setting('request.headers', true), '')::jsonb;
  exception when others then
    return null;
  end;
  v_ip := nullif(trim(split_part(coalesce(v_headers ->> 'x-forwarded-for', v_headers ->> 'cf-connecting-ip',
                                          v_headers ->> 'x-real-ip', ''), ',', 1)), '');
  return case when v_ip is null then null else md5('agendakaart-origin:' || v_ip) end;
end $$;
comment on function private.request_origin() is 'md5 of the client address PostgREST passes in request.headers, or null.';

-- Raises PT429 when this origin already did p_action max_events times within `per`; else records it.
create function private.check_origin_rate_limit(p_action text) returns void
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_origin text := private.request_origin();
  v_rule private.origin_rate_limits;
  v_count integer;
begin
  if v_origin is null then
    return;
  end if;
  select * into v_rule from private.origin_rate_limits where action = p_action;
  if not found then
    return;
  end if;
  perform pg_advisory_xact_lock(hashtextextended(v_origin || '/' || p_action, 0));
  delete from private.origin_rate_limit_events where created_at < now() - interval '1 day';
  select count(*) into v_count from private.origin_rate_limit_events
  where origin = v_origin and action = p_action and created_at > now() - v_rule.per;
  if v_count >= v_rule.max_events then
    raise exception using errcode = 'PT429', hint = 'rate_limited',
      message = format('Er is vanaf dit netwerk in korte tijd al %s keer %s. Probeer het later opnieuw.',
                       v_rule.max_events, v_rule.label);
  end if;
  insert into private.origin_rate_limit_events (origin, action) values (v_origin, p_action);
end $$;
comment on function private.check_origin_rate_limit(text) is
  'PT429 (HTTP 429) when the client address (hashed) did p_action too often; nothing when the request carries no address.';

-- A report that counts towards hiding: from a confirmed, non-anonymous account of at least min_account_age.
create function private.is_trusted_reporter(p_user_id uuid) returns boolean
  language sql stable security definer set search_path = '' as $$
  select exists (select 1 from auth.users u
                 where u.id = p_user_id and u.email_confirmed_at is not null and not coalesce(u.is_anonymous, false)
                   and u.created_at <= now() - (select r.min_account_age from private.moderation_rules r))
$$;
comment on function private.is_trusted_reporter(uuid) is
  'True for a confirmed, non-anonymous account old enough (private.moderation_rules) for its report to count towards hiding.';

-- The exact place and the moderation state: the proposer and the area team of the area while it is not removed;
-- admins always.
create or replace function private.can_see_initiative_private(p_initiative_id uuid) returns boolean
  language sql stable security definer set search_path = '' as $$
  select (select auth.uid()) is not null and exists (
    select 1 from public.initiatives i
    where i.id = p_initiative_id
      and (private.is_admin()
           or (i.removed_at is null and (i.author_id = (select auth.uid()) or private.can_edit_area(i.area_id)))))
$$;

-- May the caller read this initiative: what the RLS policies on public.initiatives say, as a function.
create function private.can_read_initiative(i public.initiatives) returns boolean
  language sql stable security definer set search_path = '' as $$
  select private.is_admin()
      or (i.removed_at is null
          and (i.hidden_at is null
               or ((select auth.uid()) is not null
                   and (i.author_id = (select auth.uid()) or i.area_id in (select private.my_area_ids('{area_team}'))))))
$$;
comment on function private.can_read_initiative(public.initiatives) is
  'The read rule of public.initiatives (RLS) as a function: admins all; others not removed, and not hidden unless own or of their team''s area.';

-- An initiative as the read RPCs show it (private.initiative_json), built as the owner: the API roles cannot read
-- author ids. Null when the caller may not read it.
create function private.initiative_out(p_initiative_id uuid) returns jsonb
  language sql stable security definer set search_path = '' as $$
  select private.initiative_json(i) from public.initiatives i
  where i.id = p_initiative_id and private.can_read_initiative(i)
$$;
comment on function private.initiative_out(uuid) is 'initiative_json of an initiative the caller may read (else null), built without exposing author ids.';

create function private.initiative_comment_out(p_comment_id uuid) returns jsonb
  language sql stable security definer set search_path = '' as $$
  select private.initiative_comment_json(c) from public.initiative_comments c
  join public.initiatives i on i.id = c.initiative_id
  where c.id = p_comment_id and private.can_read_initiative(i)
    and (private.is_admin() or (c.removed_at is null
         and (c.hidden_at is null or c.author_id = (select auth.uid()) or c.area_id in (select private.my_area_ids('{area_team}')))))
$$;
comment on function private.initiative_comment_out(uuid) is 'initiative_comment_json of a comment the caller may read (else null), built without exposing author ids.';

create function private.initiative_history_json(p_initiative_id uuid) returns jsonb
  language sql stable security definer set search_path = '' as $$
  select coalesce(jsonb_agg(jsonb_build_object(
      'id', h.id, 'from_status', h.from_status, 'to_status', h.to_status, 'explanation', h.explanation,
      'changed_by_name', private.display_name(h.changed_by), 'changed_at', h.changed_at) order by h.id), '[]'::jsonb)
  from public.initiative_status_changes h join public.initiatives i on i.id = h.initiative_id
  where h.initiative_id = p_initiative_id and private.can_read_initiative(i)
$$;
comment on function private.initiative_history_json(uuid) is 'The status history of an initiative the caller may read, with names instead of account ids.';

-- ── triggers ─────────────────────────────────────────────────────────────────────────────────────────────
-- Places are stored to 6 decimals (about 0.1 m): more digits are noise, or an attempt to store something else.
create function private.round_point() returns trigger
  language plpgsql set search_path = '' as $$
begin
  new.lng := round(new.lng::numeric, 6)::double precision;
  new.lat := round(new.lat::numeric, 6)::double precision;
  return new;
end $$;
comment on function private.round_point() is 'Trigger: rounds lng/lat to 6 decimals (about 0.1 m).';
create trigger initiatives_round_point before insert or update of lng, lat on public.initiatives
  for each row execute function private.round_point();
create trigger initiative_places_round_point before insert or update of lng, lat on public.initiative_places
  for each row execute function private.round_point();

create or replace function private.notify_comment() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare
  v_i public.initiatives;
begin
  select * into v_i from public.initiatives where id = new.initiative_id;
  if v_i.author_id is not null and v_i.author_id is distinct from new.author_id then
    insert into public.notifications (user_id, initiative_id, comment_id, kind, payload)
    values (v_i.author_id, v_i.id, new.id, 'comment_added', jsonb_build_object(
      'title', v_i.title, 'author_name', coalesce(private.display_name(new.author_id), 'Oud-gebruiker'),
      'is_area_team', new.is_area_team, 'excerpt', left(new.body, 140)));
  end if;
  return null;
end $$;

-- ── public read functions ────────────────────────────────────────────────────────────────────────────────
-- The map layer: capped at the newest 10,000 (the whole of ten times Tilburg's volume); map_initiatives_page pages
-- beyond that. The signature stays, so callers and the comments of later migrations keep working.
create or replace function public.map_initiatives(
  p_statuses text[] default null, p_theme_ids uuid[] default null, p_area_id uuid default null
) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
begin
  return public.map_initiatives_page(p_statuses, p_theme_ids, p_area_id, 10000, 0) -> 'items';
end $$;

create function public.map_initiatives_page(
  p_statuses text[] default null, p_theme_ids uuid[] default null, p_area_id uuid default null,
  p_limit integer default 1000, p_offset integer default 0
) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_items jsonb;
begin
  perform private.validate_initiative_filters(p_statuses, p_area_id);
  if coalesce(p_limit, 0) not between 1 and 10000 or coalesce(p_offset, -1) < 0 then
    raise exception using errcode = '22023', message = 'Vraag 1 tot 10.000 initiatieven tegelijk op, vanaf 0.';
  end if;
  select coalesce(jsonb_agg(jsonb_build_object(
      'id', x.id, 'title', x.title, 'status', x.status, 'theme_id', x.theme_id, 'area_id', x.area_id,
      'lng', x.lng, 'lat', x.lat) order by x.created_at desc, x.id), '[]'::jsonb)
  into v_items
  from (select i.id, i.title, i.status, i.theme_id, i.area_id, i.lng, i.lat, i.created_at
        from public.initiatives i
        where i.removed_at is null
          and (p_statuses is null or i.status::text = any (p_statuses))
          and (p_theme_ids is null or i.theme_id = any (p_theme_ids))
          and (p_area_id is null or i.area_id = p_area_id)
        order by i.created_at desc, i.id
        limit p_limit + 1 offset p_offset) x;
  return jsonb_build_object(
    'items', case when jsonb_array_length(v_items) > p_limit then v_items - p_limit else v_items end,
    'has_more', jsonb_array_length(v_items) > p_limit, 'offset', p_offset, 'limit', p_limit);
end $$;
comment on function public.map_initiatives_page(text[], uuid[], uuid, integer, integer) is
  'One page of the map layer (p_limit 1..10000 from p_offset), newest first: {items, has_more, offset, limit}. Filters: null = no filter.';
comment on function public.map_initiatives(text[], uuid[], uuid) is
  'Every initiative the caller sees, compact, for the map layer, newest first: at most 10,000 (map_initiatives_page for more).';

create or replace function public.list_initiatives(
  p_statuses text[] default null, p_theme_ids uuid[] default null, p_area_id uuid default null,
  p_limit integer default 50, p_offset integer default 0
) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
begin
  perform private.validate_initiative_filters(p_statuses, p_area_id);
  if coalesce(p_limit, 0) not between 1 and 200 or coalesce(p_offset, -1) < 0 then
    raise exception using errcode = '22023', message = 'Vraag 1 tot 200 initiatieven tegelijk op.';
  end if;
  return (
    with filtered as (
      select i.id, i.created_at from public.initiatives i
      where i.removed_at is null
        and (p_statuses is null or i.status::text = any (p_statuses))
        and (p_theme_ids is null or i.theme_id = any (p_theme_ids))
        and (p_area_id is null or i.area_id = p_area_id)
    ), page as (
      select f.* from filtered f order by f.created_at desc, f.id limit p_limit offset p_offset
    )
    select jsonb_build_object(
      'total', (select count(*) from filtered),
      'items', coalesce((select jsonb_agg(private.initiative_out(p.id) - 'description' order by p.created_at desc, p.id)
                         from page p), '[]'::jsonb))
  );
end $$;

-- One initiative with its history and the first 100 comments (comment_total, has_more_comments);
-- initiative_comments_page gives the rest. Removed: admins only (RLS).
create or replace function public.initiative_detail(p_initiative_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_id uuid;
  v_area uuid;
  v_status public.initiative_status;
  v_item uuid;
  v_action uuid;
  v_json jsonb;
  v_comments jsonb;
  v_uid uuid := (select auth.uid());
  v_team boolean;
begin
  -- RLS decides: a removed initiative is found by admins only, a hidden one by its proposer, its team and admins
  select i.id, i.area_id, i.status, i.agenda_item_lineage_id, i.plan_action_lineage_id
  into v_id, v_area, v_status, v_item, v_action
  from public.initiatives i where i.id = p_initiative_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Initiatief niet gevonden.';
  end if;
  v_json := private.initiative_out(v_id);
  v_team := private.can_edit_area(v_area);
  v_comments := public.initiative_comments_page(v_id, 100, 0);
  return jsonb_build_object(
    'initiative', v_json || jsonb_build_object('exact_location', private.initiative_exact_place(v_id)),
    'history', private.initiative_history_json(v_id),
    'comments', v_comments -> 'items',
    'comment_total', v_comments -> 'total',
    'has_more_comments', v_comments -> 'has_more',
    'can_support', v_uid is not null and not private.is_anonymous_user() and not coalesce((v_json ->> 'is_own')::boolean, false)
                   and v_status <> 'afgewezen',
    'can_triage', v_team,
    'allowed_statuses', case when v_team then to_jsonb(private.initiative_next_statuses(v_status)) else '[]'::jsonb end,
    'agenda_item', private.lineage_entry_json(v_item),
    'plan_action', private.lineage_entry_json(v_action)
  ) || private.my_initiative_flags(v_id);
end $$;
comment on function public.initiative_detail(uuid) is
  'One initiative with its history, its first 100 comments (comment_total, has_more_comments) and what the caller may do. Removed: admins only.';

create function public.initiative_comments_page(p_initiative_id uuid, p_limit integer default 100, p_offset integer default 0)
returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
begin
  if coalesce(p_limit, 0) not between 1 and 200 or coalesce(p_offset, -1) < 0 then
    raise exception using errcode = '22023', message = 'Vraag 1 tot 200 reacties tegelijk op, vanaf 0.';
  end if;
  if not exists (select 1 from public.initiatives i where i.id = p_initiative_id) then
    raise exception using errcode = 'P0002', message = 'Initiatief niet gevonden.';
  end if;
  return (
    with visible as (
      select c.id, c.created_at from public.initiative_comments c
      where c.initiative_id = p_initiative_id and c.removed_at is null
    )
    select jsonb_build_object(
      'items', coalesce((select jsonb_agg(private.initiative_comment_out(p.id) order by p.created_at, p.id)
                         from (select v.* from visible v order by v.created_at, v.id limit p_limit offset p_offset) p),
                        '[]'::jsonb),
      'total', (select count(*) from visible),
      'has_more', (select count(*) from visible) > p_offset + p_limit,
      'offset', p_offset, 'limit', p_limit));
end $$;
comment on function public.initiative_comments_page(uuid, integer, integer) is
  'A page of the comments on an initiative the caller may read, oldest first (p_limit 1..200 from p_offset): {items, total, has_more}.';

create or replace function public.initiative_chain(p_initiative_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_i record;
  v_actions uuid[];
begin
  select i.id, i.title, i.status, i.lng, i.lat, i.agenda_item_lineage_id, i.plan_action_lineage_id into v_i
  from public.initiatives i where i.id = p_initiative_id and i.removed_at is null;
  if not found then
    raise exception using errcode = 'P0002', message = 'Initiatief niet gevonden.';
  end if;
  -- plan actions (lineages): the linked one, and every current action that links to the agenda item
  select coalesce(array_agg(distinct x), '{}') into v_actions from (
    select v_i.plan_action_lineage_id as x where v_i.plan_action_lineage_id is not null
    union
    select f.lineage_id from public.entry_links l join public.entries f on f.id = l.entry_id
    where l.target_lineage_id = v_i.agenda_item_lineage_id and f.kind = 'plan_action'
      and f.document_id in (select private.current_document_ids())) a;
  return jsonb_build_object(
    'initiative', jsonb_build_object('id', v_i.id, 'title', v_i.title, 'status', v_i.status,
                                     'location', jsonb_build_object('lng', v_i.lng, 'lat', v_i.lat)),
    'agenda_item', private.lineage_entry_json(v_i.agenda_item_lineage_id),
    'vision_goals', coalesce((select jsonb_agg(g.j order by g.j ->> 'title') from (
        select distinct on (f.lineage_id) private.lineage_entry_json(f.lineage_id) as j
        from public.entry_links l join public.entries f on f.id = l.entry_id
        where v_i.agenda_item_lineage_id is not null and l.target_lineage_id = v_i.agenda_item_lineage_id
          and f.kind = 'vision_goal' and f.document_id in (select private.current_document_ids())) g
        where g.j is not null), '[]'::jsonb),
    'plan_actions', coalesce((select jsonb_agg(a.j || jsonb_build_object('is_linked', a.x is not distinct from v_i.plan_action_lineage_id)
                                               order by a.x is not distinct from v_i.plan_action_lineage_id desc, a.j ->> 'title')
      from (select x, private.lineage_entry_json(x) as j from unnest(v_actions) as t(x)) a where a.j is not null), '[]'::jsonb)
  );
end $$;

create or replace function public.entry_initiatives(p_lineage_id uuid) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_items uuid[];
begin
  select coalesce(array_agg(distinct l.target_lineage_id), '{}') into v_items
  from public.entry_links l join public.entries f on f.id = l.entry_id
  where f.lineage_id = p_lineage_id and f.document_id in (select private.current_document_ids());
  return coalesce((select jsonb_agg(private.initiative_out(x.id) - 'description' order by x.created_at desc, x.id)
    from (select i.id, i.created_at from public.initiatives i
          where i.removed_at is null
            and (i.agenda_item_lineage_id = p_lineage_id or i.plan_action_lineage_id = p_lineage_id
                 or i.agenda_item_lineage_id = any (v_items))) x), '[]'::jsonb);
end $$;

create or replace function public.my_notifications() returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
begin
  return jsonb_build_object(
    'unread_count', (select count(*) from public.notifications n where n.user_id = v_uid and n.read_at is null
                     and (n.initiative_id is null or not exists (select 1 from public.initiatives i
                                                                where i.id = n.initiative_id and i.removed_at is not null))),
    'items', coalesce((select jsonb_agg(jsonb_build_object(
        'id', n.id, 'initiative_id', n.initiative_id, 'kind', n.kind, 'payload', n.payload,
        'created_at', n.created_at, 'read_at', n.read_at) order by n.created_at desc, n.id)
      from (select * from public.notifications x
            where x.user_id = v_uid
              and (x.initiative_id is null or not exists (select 1 from public.initiatives i
                                                         where i.id = x.initiative_id and i.removed_at is not null))
            order by x.created_at desc, x.id limit 100) n), '[]'::jsonb));
end $$;

-- ── public write functions ───────────────────────────────────────────────────────────────────────────────
create or replace function public.report_abuse(p_target_kind public.report_target, p_target_id uuid, p_reason text default '')
returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_rules private.moderation_rules := (select r from private.moderation_rules r);
  v_area uuid;
  v_trusted integer;
  v_hidden boolean := false;
begin
  if not exists (select 1 from auth.users u where u.id = v_uid and u.email_confirmed_at is not null) then
    raise exception using errcode = '42501', hint = 'unconfirmed',
      message = 'Bevestig eerst je e-mailadres met de link in de mail; daarna kun je iets melden.';
  end if;
  if p_target_kind = 'initiative' then
    select area_id into v_area from public.initiatives where id = p_target_id and removed_at is null and hidden_at is null;
  else
    select c.area_id into v_area from public.initiative_comments c join public.initiatives i on i.id = c.initiative_id
    where c.id = p_target_id and c.removed_at is null and c.hidden_at is null and i.removed_at is null and i.hidden_at is null;
  end if;
  if v_area is null then
    raise exception using errcode = 'P0002', message = 'Niet gevonden, of al verborgen in afwachting van de beheerder.';
  end if;
  perform private.check_rate_limit('report_abuse');
  perform private.check_origin_rate_limit('report_abuse');
  if char_length(coalesce(p_reason, '')) > 500 then
    raise exception using errcode = '22023', message = 'De toelichting is hoogstens 500 tekens.', hint = 'reason';
  end if;
  insert into public.abuse_reports (target_kind, target_id, area_id, reporter_id, reason)
  values (p_target_kind, p_target_id, v_area, v_uid, trim(coalesce(p_reason, '')));
  -- the item is in the moderation queue now; only enough TRUSTED reporters hide it before an admin decides
  select count(*) into v_trusted from public.abuse_reports r
  where r.target_kind = p_target_kind and r.target_id = p_target_id and r.resolved_at is null
    and private.is_trusted_reporter(r.reporter_id);
  if v_trusted >= v_rules.hide_threshold then
    v_hidden := true;
    if p_target_kind = 'initiative' then
      update public.initiatives set hidden_at = now() where id = p_target_id;
    else
      update public.initiative_comments set hidden_at = now() where id = p_target_id;
    end if;
  end if;
  return jsonb_build_object('target_kind', p_target_kind, 'target_id', p_target_id, 'reported', true,
                            'in_queue', true, 'hidden', v_hidden);
exception
  when unique_violation then
    raise exception using errcode = '23505', message = 'Je hebt dit al gemeld. Een beheerder kijkt ernaar.';
end $$;
comment on function public.report_abuse(public.report_target, uuid, text) is
  'Reports an initiative or comment once (confirmed e-mail required; per account and per origin rate limited). It goes to the moderation queue; it is hidden only by enough reports of trusted accounts (private.moderation_rules).';

create or replace function public.admin_moderation_queue() returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
begin
  perform private.require_admin();
  return coalesce((select jsonb_agg(x.j order by x.first_report) from (
    select min(r.created_at) as first_report, jsonb_build_object(
      'target_kind', r.target_kind, 'target_id', r.target_id, 'report_count', count(*),
      'trusted_report_count', count(*) filter (where private.is_trusted_reporter(r.reporter_id)),
      'reasons', jsonb_agg(r.reason order by r.created_at) filter (where r.reason <> ''),
      'is_hidden', coalesce((select i.hidden_at is not null from public.initiatives i where i.id = r.target_id),
                            (select c.hidden_at is not null from public.initiative_comments c where c.id = r.target_id)),
      'initiative_id', coalesce((select i.id from public.initiatives i where i.id = r.target_id),
                                (select c.initiative_id from public.initiative_comments c where c.id = r.target_id)),
      'title', coalesce((select i.title from public.initiatives i where i.id = r.target_id),
                        (select left(c.body, 140) from public.initiative_comments c where c.id = r.target_id))) as j
    from public.abuse_reports r where r.resolved_at is null
    group by r.target_kind, r.target_id) x), '[]'::jsonb);
end $$;
comment on function public.admin_moderation_queue() is
  'Admins: every item with open reports, first reported first, with report_count, trusted_report_count (those that count towards hiding) and whether it is hidden.';

-- ── row level security: removed is removed for everyone but admins ───────────────────────────────────────
drop policy "proposers can read their own initiatives" on public.initiatives;
create policy "proposers can read their own initiatives" on public.initiatives for select to authenticated
  using (author_id = (select auth.uid()) and removed_at is null);
drop policy "area team can read initiatives of their area" on public.initiatives;
create policy "area team can read initiatives of their area" on public.initiatives for select to authenticated
  using (area_id in (select private.my_area_ids('{area_team}')) and removed_at is null);

-- rows under an initiative follow it: `initiative_id in (select i.id from public.initiatives i)` runs under the
-- caller's RLS on initiatives
drop policy "everyone can read status changes" on public.initiative_status_changes;
create policy "everyone can read status changes of initiatives they can read" on public.initiative_status_changes
  for select to anon, authenticated using (initiative_id in (select i.id from public.initiatives i));

drop policy "everyone can read comments that are not hidden" on public.initiative_comments;
create policy "everyone can read comments that are not hidden" on public.initiative_comments for select to anon, authenticated
  using (hidden_at is null and removed_at is null and initiative_id in (select i.id from public.initiatives i));
drop policy "authors can read their own initiative comments" on public.initiative_comments;
create policy "authors can read their own initiative comments" on public.initiative_comments for select to authenticated
  using (author_id = (select auth.uid()) and removed_at is null and initiative_id in (select i.id from public.initiatives i));
drop policy "area team can read initiative comments of their area" on public.initiative_comments;
create policy "area team can read initiative comments of their area" on public.initiative_comments for select to authenticated
  using (area_id in (select private.my_area_ids('{area_team}')) and removed_at is null
         and initiative_id in (select i.id from public.initiatives i));

drop policy "proposers can read the exact place of their initiatives" on public.initiative_places;
create policy "proposers can read the exact place of their initiatives" on public.initiative_places
  for select to authenticated
  using (author_id = (select auth.uid()) and initiative_id in (select i.id from public.initiatives i));
drop policy "area team can read exact places in their area" on public.initiative_places;
create policy "area team can read exact places in their area" on public.initiative_places
  for select to authenticated
  using (area_id in (select private.my_area_ids('{area_team}')) and initiative_id in (select i.id from public.initiatives i));

drop policy "users can read their own supports" on public.initiative_supports;
create policy "users can read their own supports" on public.initiative_supports for select to authenticated
  using (user_id = (select auth.uid()) and initiative_id in (select i.id from public.initiatives i));

drop policy "users can read their own notifications" on public.notifications;
create policy "users can read their own notifications" on public.notifications for select to authenticated
  using (user_id = (select auth.uid())
         and (initiative_id is null or initiative_id in (select i.id from public.initiatives i)));

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
revoke all on private.moderation_rules, private.origin_rate_limits, private.origin_rate_limit_events
  from public, anon, authenticated;
revoke all on function private.request_origin(), private.check_origin_rate_limit(text), private.is_trusted_reporter(uuid),
  private.can_read_initiative(public.initiatives), private.initiative_out(uuid), private.initiative_comment_out(uuid),
  private.initiative_history_json(uuid), private.round_point()
  from public, anon, authenticated;
grant execute on function private.initiative_out(uuid), private.initiative_comment_out(uuid),
  private.initiative_history_json(uuid)
  to anon, authenticated;
revoke all on function public.map_initiatives_page(text[], uuid[], uuid, integer, integer),
  public.initiative_comments_page(uuid, integer, integer) from public;
grant execute on function public.map_initiatives_page(text[], uuid[], uuid, integer, integer),
  public.initiative_comments_page(uuid, integer, integer) to anon, authenticated;
