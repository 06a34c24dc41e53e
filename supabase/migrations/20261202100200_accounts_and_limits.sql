-- Accounts (issue 16): anonymous sign-ins never make anyone a resident; rate limits on comment edits and renames;
-- deleting an account (by its owner, or by an admin in Supabase Auth) removes or anonymises every copy of that
-- person's data in our tables; the last admin stays, also when two admins act at once; sequences lose Supabase's
-- default grants to the API roles.

-- ── rate limits ──────────────────────────────────────────────────────────────────────────────────────────
insert into private.rate_limits (action, max_events, per, label) values
  ('edit_comment', 20, '10 minutes', 'een reactie bewerkt of ingetrokken'),
  ('rename', 5, '1 day', 'je naam gewijzigd');

-- ── anonymous sign-ins ───────────────────────────────────────────────────────────────────────────────────
-- Supabase marks an anonymous user in the JWT (is_anonymous) and in auth.users. Such a user is a visitor here:
-- no writes, no comment role, me() is null. Turning anonymous sign-ins on in the project changes nothing.
create function private.is_anonymous_user() returns boolean
  language sql stable security definer set search_path = '' as $$
  select (select auth.uid()) is not null
     and (coalesce((select auth.jwt()) ->> 'is_anonymous', 'false') = 'true'
          or exists (select 1 from auth.users u where u.id = (select auth.uid()) and coalesce(u.is_anonymous, false)))
$$;
comment on function private.is_anonymous_user() is 'True for a Supabase anonymous sign-in (JWT claim or auth.users.is_anonymous).';

create or replace function private.require_user() returns uuid
  language plpgsql stable security definer set search_path = '' as $$
declare v_uid uuid := (select auth.uid());
begin
  if v_uid is null then
    raise exception using errcode = '42501', message = 'Log in om dit te doen.';
  end if;
  if private.is_anonymous_user() then
    raise exception using errcode = '42501', hint = 'anonymous',
      message = 'Maak een account aan met je e-mailadres om dit te doen.';
  end if;
  return v_uid;
end $$;
comment on function private.require_user() is
  'Raises 42501 for a visitor or an anonymous sign-in; returns auth.uid(). Every write calls it first.';

create or replace function private.comment_role(p_document_id uuid) returns public.comment_role
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_uid uuid := (select auth.uid());
  v_doc public.documents;
begin
  if v_uid is null or private.is_anonymous_user() then
    return null;
  end if;
  select * into v_doc from public.documents where id = p_document_id;
  if not found then
    return null;
  end if;
  if v_doc.area_id in (select private.my_area_ids('{area_team}')) then
    return 'area_team';
  end if;
  if private.is_admin() then
    return 'admin';
  end if;
  if v_doc.status <> 'consultatie' then
    return null;
  end if;
  if private.commenting_council_id(p_document_id) is not null then
    return 'council';
  end if;
  if v_doc.comments_open_to_residents then
    return 'resident';
  end if;
  return null;
end $$;

create or replace function public.me() returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  v_uid uuid := (select auth.uid());
  v_profile public.profiles;
begin
  if v_uid is null or private.is_anonymous_user() then
    return null;
  end if;
  select * into v_profile from public.profiles where id = v_uid;
  if not found then
    return null;
  end if;
  return jsonb_build_object(
    'id', v_uid,
    'email', (select auth.jwt()) ->> 'email',
    'display_name', v_profile.display_name,
    'is_admin', exists (select 1 from public.memberships m where m.user_id = v_uid and m.role = 'admin'),
    'roles', (select jsonb_agg(r order by r) from (
               select 'resident'::text as r
               union select distinct m.role::text from public.memberships m where m.user_id = v_uid) roles),
    'area_team_areas', coalesce((select jsonb_agg(jsonb_build_object('id', a.id, 'slug', a.slug, 'name', a.name) order by a.name)
                                 from public.memberships m join public.areas a on a.id = m.area_id
                                 where m.user_id = v_uid and m.role = 'area_team'), '[]'::jsonb),
    'councils', coalesce((select jsonb_agg(jsonb_build_object('id', c.id, 'name', c.name, 'area_slug', a.slug) order by c.name)
                          from public.memberships m join public.councils c on c.id = m.council_id
                          join public.areas a on a.id = c.area_id
                          where m.user_id = v_uid and m.role = 'council'), '[]'::jsonb)
  );
end $$;
comment on function public.me() is 'The signed-in user: id, e-mail, name and roles; null for a visitor and for an anonymous sign-in.';

-- ── writes with new limits ───────────────────────────────────────────────────────────────────────────────
create or replace function public.update_profile(p_display_name text) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_name text := trim(coalesce(p_display_name, ''));
begin
  if char_length(v_name) not between 2 and 80 then
    raise exception using errcode = '22023', message = 'Naam moet tussen 2 en 80 tekens zijn.';
  end if;
  if exists (select 1 from public.profiles where id = v_uid and display_name is distinct from v_name) then
    perform private.check_rate_limit('rename');
  end if;
  update public.profiles set display_name = v_name where id = v_uid;
  if not found then
    raise exception using errcode = 'P0002', message = 'Profiel niet gevonden.';
  end if;
  return public.me();
end $$;
comment on function public.update_profile(text) is 'Changes the caller''s display name (2-80 characters; at most 5 changes a day: PT429).';

create or replace function public.update_comment(p_comment_id uuid, p_body text) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_comment public.comments;
  v_body text := trim(coalesce(p_body, ''));
begin
  select * into v_comment from public.comments where id = p_comment_id and deleted_at is null for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Reactie niet gevonden.';
  end if;
  if v_comment.author_id is distinct from v_uid then
    raise exception using errcode = '42501', message = 'Je kunt alleen je eigen reacties bewerken.';
  end if;
  if (select status from public.documents where id = v_comment.document_id) = 'vastgesteld' then
    raise exception using errcode = '22023', message = 'Dit document is vastgesteld; reacties liggen nu vast.';
  end if;
  if char_length(v_body) not between 2 and 4000 then
    raise exception using errcode = '22023', message = 'Een reactie is 2 tot 4000 tekens lang.';
  end if;
  perform private.check_rate_limit('edit_comment');
  update public.comments set body = v_body, edited_at = now() where id = v_comment.id returning * into v_comment;
  return private.comment_json(v_comment);
end $$;
comment on function public.update_comment(uuid, text) is
  'Authors edit their own comments while the document is not vastgesteld (at most 20 edits or withdrawals per 10 minutes: PT429).';

create or replace function public.delete_comment(p_comment_id uuid) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
  v_comment public.comments;
begin
  select * into v_comment from public.comments where id = p_comment_id and deleted_at is null for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Reactie niet gevonden.';
  end if;
  if private.is_admin() then
    null; -- moderation
  elsif v_comment.author_id is distinct from v_uid then
    raise exception using errcode = '42501', message = 'Je kunt alleen je eigen reacties verwijderen.';
  elsif (select status from public.documents where id = v_comment.document_id) = 'vastgesteld' then
    raise exception using errcode = '22023', message = 'Dit document is vastgesteld; reacties liggen nu vast.';
  else
    perform private.check_rate_limit('edit_comment');
  end if;
  update public.comments set body = '', deleted_at = now() where id = v_comment.id returning * into v_comment;
  return private.comment_json(v_comment);
end $$;
comment on function public.delete_comment(uuid) is
  'Authors withdraw their own comments (rate limited with edits); admins remove any comment (moderation). The thread stays, the text goes.';

-- ── deleting an account ──────────────────────────────────────────────────────────────────────────────────
-- A JSON object with every value that identifies the person (their id under a person key, their e-mail) blanked.
create function private.without_person(p_data jsonb, p_user_id uuid, p_email text) returns jsonb
  language sql immutable set search_path = '' as $$
  select case when p_data is null or jsonb_typeof(p_data) <> 'object' then p_data else (
    select coalesce(jsonb_object_agg(k, case
        when k in ('user_id', 'granted_by', 'invited_by', 'accepted_by', 'resolved_by', 'created_by', 'author_id',
                   'reporter_id', 'changed_by') and v = to_jsonb(p_user_id::text) then 'null'::jsonb
        when k = 'email' and p_email is not null and lower(v #>> '{}') = lower(p_email) then to_jsonb('(verwijderd)'::text)
        else v end), '{}'::jsonb)
    from jsonb_each(p_data) as e(k, v)) end
$$;
comment on function private.without_person(jsonb, uuid, text) is
  'Blanks the person''s id (under the keys that hold a person) and e-mail address in one JSON object.';

-- Runs before Supabase Auth deletes the user (delete_my_account, or an admin in the dashboard): what the cascade
-- and the `on delete set null` foreign keys do not reach is anonymised here. The rows whose deletion or set-null
-- would write audit rows about the person (memberships, who granted them, invitations) are handled first, so that
-- the audit log can be anonymised last.
create function private.forget_user() returns trigger
  language plpgsql volatile security definer set search_path = '' as $$
begin
  -- other people's notifications about this person's comments: no name, no excerpt
  update public.notifications n
  set payload = n.payload || jsonb_build_object('author_name', 'Oud-gebruiker', 'excerpt', '')
  where n.comment_id in (select c.id from public.initiative_comments c where c.author_id = old.id);
  -- the exact place of a home address: only the rounded public place stays
  update public.initiative_places p set lng = i.lng, lat = i.lat
  from public.initiatives i where i.id = p.initiative_id and p.author_id = old.id and i.is_home;
  -- what the cascade would do with an audit row each, done now
  delete from public.memberships where user_id = old.id;
  update public.memberships set granted_by = null where granted_by = old.id;
  update public.invitations i
  set email = case when old.email is not null and i.email = lower(old.email)
                   then 'verwijderd-' || left(replace(i.id::text, '-', ''), 12) || '@account.invalid' else i.email end,
      invited_by = case when i.invited_by = old.id then null else i.invited_by end,
      accepted_by = case when i.accepted_by = old.id then null else i.accepted_by end
  where (old.email is not null and i.email = lower(old.email)) or i.invited_by = old.id or i.accepted_by = old.id;
  -- the audit log keeps each change, not who made it or whom it was about
  update public.audit_log l
  set changed_by = case when l.changed_by = old.id then null else l.changed_by end,
      before = private.without_person(l.before, old.id, old.email),
      after = private.without_person(l.after, old.id, old.email)
  where l.changed_by = old.id
     or l.before::text like '%' || old.id::text || '%' or l.after::text like '%' || old.id::text || '%'
     or (old.email is not null and (lower(l.before ->> 'email') = lower(old.email) or lower(l.after ->> 'email') = lower(old.email)));
  return old;
end $$;
comment on function private.forget_user() is
  'Trigger before deleting an auth user: anonymises the copies of their data that foreign keys do not (notifications of others, exact home place, invitations, audit log).';
create trigger on_auth_user_deleted before delete on auth.users
  for each row execute function private.forget_user();

-- The last admin cannot go, also when another admin revokes a role at the same moment: both take the same lock.
create or replace function public.delete_my_account(p_confirmation text) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_uid uuid := private.require_user();
begin
  if coalesce(p_confirmation, '') <> 'VERWIJDER' then
    raise exception using errcode = '22023', message = 'Typ VERWIJDER in hoofdletters om te bevestigen.', hint = 'confirmation';
  end if;
  if private.is_admin() then
    perform 1 from public.memberships where role = 'admin' order by id for update;
    if (select count(*) from public.memberships where role = 'admin' and user_id <> v_uid) = 0 then
      raise exception using errcode = '22023', message = 'Je bent de enige beheerder. Maak eerst iemand anders beheerder.';
    end if;
  end if;
  delete from auth.users where id = v_uid;
  return jsonb_build_object('deleted', true);
end $$;
comment on function public.delete_my_account(text) is
  'Deletes the caller''s account (AVG art. 17): contributions stay, anonymised; every copy of their name, e-mail and home address in our tables goes (private.forget_user). The last admin cannot.';

-- ── sequences: no default grants to the API roles ────────────────────────────────────────────────────────
revoke all on all sequences in schema public from anon, authenticated, public;
revoke all on all sequences in schema private from anon, authenticated, public;
alter default privileges in schema public revoke all on sequences from anon, authenticated;

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
revoke all on function private.is_anonymous_user(), private.without_person(jsonb, uuid, text), private.forget_user()
  from public, anon, authenticated;
-- me() and initiative_detail() (security invoker) ask it; it answers only about the caller
grant execute on function private.is_anonymous_user() to anon, authenticated;
