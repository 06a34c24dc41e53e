-- Invitations and the admin console (issue 12). An admin invites an e-mail address with a role; the role attaches
-- with no server code, by a trigger on auth.users, as soon as a user with that address has CONFIRMED it (sign-up
-- confirmation, sign-in, OAuth/SSO with a verified address, a confirmed e-mail change). An invitation never
-- attaches to an unconfirmed address: anyone can sign up with someone else's. Unaccepted invitations expire after
-- 14 days. Invitations, their acceptance and withdrawal, and every change the console makes land in audit_log.
--
-- The first admin of a real deployment: run once as postgres (SQL editor / psql)
--   insert into public.invitations (email, role) values ('naam@gemeente.nl', 'admin');
-- and let that person sign up (or sign in, if they already have a confirmed account: then it attaches at once).
--
-- Also here: the last admin membership can no longer be revoked, and admin_audit_log knows invitations.

-- ── tables ───────────────────────────────────────────────────────────────────────────────────────────────
create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  email text not null constraint invitations_email check (
    email = lower(email) and char_length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  role public.membership_role not null,
  area_id uuid references public.areas (id) on delete cascade,
  council_id uuid references public.councils (id) on delete cascade,
  invited_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '14 days',
  accepted_at timestamptz,
  accepted_by uuid references public.profiles (id) on delete set null,
  withdrawn_at timestamptz,
  constraint invitations_scope check (
    (role = 'admin' and area_id is null and council_id is null)
    or (role = 'area_team' and area_id is not null and council_id is null)
    or (role = 'council' and area_id is not null and council_id is not null)
  ),
  constraint invitations_closed_once check (accepted_at is null or withdrawn_at is null),
  constraint invitations_expiry check (expires_at > created_at)
);
comment on table public.invitations is
  'A role offered to an e-mail address (scoped like memberships). A trigger on auth.users turns pending, unexpired '
  'invitations into memberships once a user has confirmed that address. Written by admin functions only; admins read it.';

-- the audit log learns the new entity
alter table public.audit_log drop constraint audit_log_entity_check;
alter table public.audit_log add constraint audit_log_entity_check
  check (entity in ('membership', 'area', 'district', 'council', 'theme', 'invitation'));
comment on table public.audit_log is
  'Every change to memberships, invitations, areas, districts, councils and themes. Written by triggers only; admins read it.';

-- ── indexes ──────────────────────────────────────────────────────────────────────────────────────────────
create index invitations_open_email_idx on public.invitations (email)
  where accepted_at is null and withdrawn_at is null;
create index invitations_created_at_idx on public.invitations (created_at desc);
create index invitations_area_id_idx on public.invitations (area_id);
create index invitations_council_id_idx on public.invitations (council_id);
create index invitations_invited_by_idx on public.invitations (invited_by);
create index invitations_accepted_by_idx on public.invitations (accepted_by);

-- ── private helpers ──────────────────────────────────────────────────────────────────────────────────────
-- Lower case without the common accents, for search ("Sánne" finds "Sanne" and the other way round).
create function private.fold(p_text text) returns text
  language sql immutable set search_path = '' as $$
  select lower(translate(coalesce(p_text, ''),
    'ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿÇçÑñ',
    'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuYyyCcNn'))
$$;

create function private.invitation_status(i public.invitations) returns text
  language sql stable set search_path = '' as $$
  select case when i.withdrawn_at is not null then 'withdrawn'
              when i.accepted_at is not null then 'accepted'
              when i.expires_at <= now() then 'expired'
              else 'pending' end
$$;

create function private.invitation_json(i public.invitations) returns jsonb
  language sql stable security definer set search_path = '' as $$
  select jsonb_build_object(
    'id', i.id, 'email', i.email, 'role', i.role,
    'area_id', i.area_id, 'area_name', (select a.name from public.areas a where a.id = i.area_id),
    'council_id', i.council_id, 'council_name', (select c.name from public.councils c where c.id = i.council_id),
    'created_at', i.created_at, 'expires_at', i.expires_at, 'status', private.invitation_status(i),
    'invited_by_name', (select p.display_name from public.profiles p where p.id = i.invited_by),
    'accepted_at', i.accepted_at,
    'accepted_by_name', (select p.display_name from public.profiles p where p.id = i.accepted_by),
    'withdrawn_at', i.withdrawn_at)
$$;

create function private.council_json(c public.councils) returns jsonb
  language sql stable security definer set search_path = '' as $$
  select jsonb_build_object(
    'id', c.id, 'name', c.name, 'kind', c.kind, 'area_id', c.area_id, 'website_url', c.website_url,
    'is_example', c.is_example,
    'district_ids', coalesce((select jsonb_agg(cd.district_id order by cd.district_id)
                              from public.council_districts cd where cd.council_id = c.id), '[]'::jsonb))
$$;

create function private.normalize_invitation() returns trigger
  language plpgsql set search_path = '' as $$
begin
  new.email := lower(trim(new.email));
  return new;
end $$;

-- Turns every pending, unexpired invitation for p_email into a membership of p_user_id. The caller vouches that
-- p_email is the user's CONFIRMED address. Returns how many invitations were accepted.
create function private.attach_invitations(p_user_id uuid, p_email text) returns integer
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_inv public.invitations;
  v_count integer := 0;
begin
  if p_user_id is null or coalesce(p_email, '') = ''
     or not exists (select 1 from public.profiles where id = p_user_id) then
    return 0;
  end if;
  for v_inv in
    select * from public.invitations i
    where i.email = lower(trim(p_email)) and i.accepted_at is null and i.withdrawn_at is null and i.expires_at > now()
    order by i.created_at
    for update
  loop
    insert into public.memberships (user_id, role, area_id, council_id, granted_by)
    values (p_user_id, v_inv.role, v_inv.area_id, v_inv.council_id, v_inv.invited_by)
    on conflict do nothing;
    update public.invitations set accepted_at = now(), accepted_by = p_user_id where id = v_inv.id;
    v_count := v_count + 1;
  end loop;
  return v_count;
end $$;

-- Trigger on auth.users (runs as the owner of this function, whoever writes auth.users: GoTrue's
-- supabase_auth_admin on Supabase, the embedded backend in the browser). Fires after the sign-up trigger
-- on_auth_user_created (triggers fire in name order), so the profile exists. Never breaks a sign-up or sign-in.
create function private.attach_invitations_of_user() returns trigger
  language plpgsql volatile security definer set search_path = '' as $$
begin
  if new.email is not null and new.email_confirmed_at is not null and new.deleted_at is null then
    begin
      perform private.attach_invitations(new.id, new.email);
    exception when others then
      raise warning 'Uitnodigingen voor gebruiker % niet gekoppeld: % (%)', new.id, sqlerrm, sqlstate;
    end;
  end if;
  return null;
end $$;

-- A new invitation for someone who already has a confirmed account attaches at once (also the first-admin insert).
create function private.attach_new_invitation() returns trigger
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_user uuid;
begin
  select u.id into v_user from auth.users u join public.profiles p on p.id = u.id
  where lower(u.email) = new.email and u.email_confirmed_at is not null and u.deleted_at is null
  order by u.last_sign_in_at desc nulls last, u.created_at
  limit 1;
  if v_user is not null then
    perform private.attach_invitations(v_user, new.email);
  end if;
  return null;
end $$;

create trigger invitations_normalize before insert or update of email on public.invitations
  for each row execute function private.normalize_invitation();
-- council invitations take the council's area, as memberships do
create trigger invitations_set_area before insert or update on public.invitations
  for each row execute function private.set_membership_area();
create trigger invitations_audit after insert or update or delete on public.invitations
  for each row execute function private.audit_change('invitation');
-- named to fire after invitations_audit (triggers fire in name order): the log shows the invitation, then its acceptance
create trigger invitations_on_insert_accept after insert on public.invitations
  for each row execute function private.attach_new_invitation();
create trigger on_auth_user_invitations
  after insert or update of email, email_confirmed_at, last_sign_in_at on auth.users
  for each row when (new.email_confirmed_at is not null)
  execute function private.attach_invitations_of_user();

-- ── public functions (admins only) ───────────────────────────────────────────────────────────────────────
create function public.admin_console() returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
begin
  perform private.require_admin();
  return jsonb_build_object(
    'areas', coalesce((select jsonb_agg(jsonb_build_object(
        'id', a.id, 'slug', a.slug, 'name', a.name, 'name_status', a.name_status, 'color_index', a.color_index,
        'description', a.description, 'sort_order', a.sort_order
      ) order by a.sort_order, a.name) from public.areas a), '[]'::jsonb),
    'districts', coalesce((select jsonb_agg(jsonb_build_object(
        'id', d.id, 'code', d.code, 'name', d.name, 'kind', d.kind, 'area_id', d.area_id
      ) order by d.name, d.code) from public.districts d), '[]'::jsonb),
    'councils', coalesce((select jsonb_agg(private.council_json(c) order by c.name, c.id)
                          from public.councils c), '[]'::jsonb),
    'themes', coalesce((select jsonb_agg(jsonb_build_object(
        'id', t.id, 'slug', t.slug, 'name_nl', t.name_nl, 'name_en', t.name_en, 'sort_order', t.sort_order
      ) order by t.sort_order, t.name_nl) from public.themes t), '[]'::jsonb),
    'documents', coalesce((select jsonb_agg(jsonb_build_object(
        'id', d.id, 'slug', d.slug, 'title', d.title, 'kind', d.kind, 'status', d.status, 'area_id', d.area_id,
        'version_no', d.version_no
      ) order by d.title, d.id) from public.documents d
      where not exists (select 1 from public.documents n where n.series_id = d.series_id and n.version_no > d.version_no)),
      '[]'::jsonb)
  );
end $$;

create function public.admin_search_users(p_query text default null, p_limit integer default 50) returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_query text := private.fold(trim(coalesce(p_query, '')));
  v_limit integer := coalesce(p_limit, 50);
begin
  perform private.require_admin();
  if v_limit not between 1 and 200 then
    raise exception using errcode = '22023', message = 'Vraag tussen 1 en 200 mensen op.';
  end if;
  if char_length(v_query) > 200 then
    raise exception using errcode = '22023', message = 'Zoek met hoogstens 200 tekens.';
  end if;
  return coalesce((select jsonb_agg(jsonb_build_object(
      'id', x.id, 'email', x.email, 'display_name', x.display_name, 'created_at', x.created_at,
      'memberships', coalesce((select jsonb_agg(jsonb_build_object(
          'id', m.id, 'role', m.role, 'area_id', m.area_id, 'area_name', a.name,
          'council_id', m.council_id, 'council_name', c.name
        ) order by m.role, a.name, c.name) from public.memberships m
        left join public.areas a on a.id = m.area_id left join public.councils c on c.id = m.council_id
        where m.user_id = x.id), '[]'::jsonb)
    ) order by x.display_name, x.email)
    from (select p.id, u.email, p.display_name, p.created_at
          from public.profiles p join auth.users u on u.id = p.id
          where v_query = ''
             or strpos(private.fold(p.display_name), v_query) > 0
             or strpos(private.fold(u.email), v_query) > 0
          order by p.display_name, u.email
          limit v_limit) x), '[]'::jsonb);
end $$;

create function public.admin_invite(
  p_email text, p_role public.membership_role, p_area_id uuid default null, p_council_id uuid default null
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_admin uuid := private.require_admin();
  v_email text := lower(trim(coalesce(p_email, '')));
  v_area uuid := p_area_id;
  v_user uuid;
  v_row public.invitations;
begin
  if char_length(v_email) > 254 or v_email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' then
    raise exception using errcode = '22023', message = 'Vul een geldig e-mailadres in.';
  end if;
  if p_role is null then
    raise exception using errcode = '22023', message = 'Kies een rol.';
  elsif p_role = 'area_team' and (p_area_id is null or p_council_id is not null) then
    raise exception using errcode = '22023', message = 'Kies een gebied voor een lid van het gebiedsteam.';
  elsif p_role = 'council' and p_council_id is null then
    raise exception using errcode = '22023', message = 'Kies een wijk- of dorpsraad.';
  elsif p_role = 'admin' and (p_area_id is not null or p_council_id is not null) then
    raise exception using errcode = '22023', message = 'Een beheerder hoort niet bij een gebied of raad.';
  end if;
  if p_role = 'area_team' and not exists (select 1 from public.areas where id = p_area_id) then
    raise exception using errcode = 'P0002', message = 'Gebied niet gevonden.';
  end if;
  if p_role = 'council' then
    select c.area_id into v_area from public.councils c where c.id = p_council_id;
    if not found then
      raise exception using errcode = 'P0002', message = 'Wijk- of dorpsraad niet gevonden.';
    end if;
  end if;
  if p_role = 'admin' then
    v_area := null;
  end if;

  -- one open invitation per address and role: serialize invites for the same address
  perform pg_advisory_xact_lock(hashtext('agendakaart.invitation:' || v_email));
  if exists (select 1 from public.invitations i
             where i.email = v_email and i.role = p_role and i.area_id is not distinct from v_area
               and i.council_id is not distinct from p_council_id
               and i.accepted_at is null and i.withdrawn_at is null and i.expires_at > now()) then
    raise exception using errcode = '23505', message = 'Er staat al een uitnodiging open voor dit e-mailadres en deze rol.';
  end if;
  select u.id into v_user from auth.users u
  where lower(u.email) = v_email and u.email_confirmed_at is not null and u.deleted_at is null
    and exists (select 1 from public.memberships m
                where m.user_id = u.id and m.role = p_role and m.area_id is not distinct from v_area
                  and m.council_id is not distinct from p_council_id)
  limit 1;
  if v_user is not null then
    raise exception using errcode = '23505', message = 'Iemand met dit e-mailadres heeft deze rol al.';
  end if;

  -- invitations_on_insert_accept accepts it at once when a user with this confirmed address exists
  insert into public.invitations (email, role, area_id, council_id, invited_by)
  values (v_email, p_role, v_area, p_council_id, v_admin)
  returning id into v_row.id;
  select * into v_row from public.invitations where id = v_row.id;
  return private.invitation_json(v_row);
end $$;

create function public.admin_list_invitations() returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
begin
  perform private.require_admin();
  return coalesce((select jsonb_agg(private.invitation_json(i) order by i.created_at desc, i.id)
                   from public.invitations i), '[]'::jsonb);
end $$;

create function public.admin_withdraw_invitation(p_invitation_id uuid) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_row public.invitations;
begin
  perform private.require_admin();
  update public.invitations set withdrawn_at = now()
  where id = p_invitation_id and accepted_at is null and withdrawn_at is null and expires_at > now()
  returning * into v_row;
  if not found then
    raise exception using errcode = 'P0002', message = 'Geen openstaande uitnodiging gevonden: ze is al aangenomen, ingetrokken of verlopen.';
  end if;
  return private.invitation_json(v_row);
end $$;

create function public.admin_save_area(
  p_area_id uuid, p_name text, p_color_index integer, p_description text, p_name_confirmed boolean
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_area public.areas;
  v_name text := trim(coalesce(p_name, ''));
begin
  perform private.require_admin();
  if char_length(v_name) not between 2 and 80 then
    raise exception using errcode = '22023', message = 'Naam moet tussen 2 en 80 tekens zijn.';
  end if;
  if p_color_index is null or p_color_index not between 0 and 7 then
    raise exception using errcode = '22023', message = 'Kies een kleur van 0 tot en met 7.';
  end if;
  if char_length(coalesce(p_description, '')) > 2000 then
    raise exception using errcode = '22023', message = 'De beschrijving mag hoogstens 2000 tekens zijn.';
  end if;
  if p_name_confirmed is null then
    raise exception using errcode = '22023', message = 'Geef aan of de naam bevestigd is.';
  end if;
  update public.areas
  set name = v_name, color_index = p_color_index, description = coalesce(p_description, ''),
      name_status = case when p_name_confirmed then 'confirmed' else 'presumed' end
  where id = p_area_id returning * into v_area;
  if not found then
    raise exception using errcode = 'P0002', message = 'Gebied niet gevonden.';
  end if;
  return private.area_json(v_area) || jsonb_build_object('sort_order', v_area.sort_order);
end $$;

create function public.admin_save_council(
  p_id uuid, p_name text, p_kind public.council_kind, p_area_id uuid, p_website_url text, p_district_ids uuid[]
) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_name text := trim(coalesce(p_name, ''));
  v_url text := nullif(trim(coalesce(p_website_url, '')), '');
  v_districts uuid[];
  v_before uuid[] := '{}';
  v_row public.councils;
begin
  perform private.require_admin();
  if char_length(v_name) not between 2 and 120 then
    raise exception using errcode = '22023', message = 'Naam moet tussen 2 en 120 tekens zijn.';
  end if;
  if p_kind is null then
    raise exception using errcode = '22023', message = 'Kies een soort raad.';
  end if;
  if p_area_id is null then
    raise exception using errcode = '22023', message = 'Kies een gebied.';
  end if;
  if not exists (select 1 from public.areas where id = p_area_id) then
    raise exception using errcode = 'P0002', message = 'Gebied niet gevonden.';
  end if;
  if v_url is not null and (char_length(v_url) > 500 or v_url !~* '^https?://[^\s/?#]+\.[^\s]*$') then
    raise exception using errcode = '22023', message = 'Het webadres moet met http:// of https:// beginnen (of laat het leeg).';
  end if;
  if p_district_ids is null or array_position(p_district_ids, null) is not null then
    raise exception using errcode = '22023', message = 'Kies minstens één wijk of dorp.';
  end if;
  v_districts := array(select distinct x from unnest(p_district_ids) x order by x);
  if cardinality(v_districts) = 0 then
    raise exception using errcode = '22023', message = 'Kies minstens één wijk of dorp.';
  end if;
  if (select count(*) from public.districts where id = any (v_districts)) <> cardinality(v_districts) then
    raise exception using errcode = 'P0002', message = 'Wijk niet gevonden.';
  end if;
  if exists (select 1 from public.councils c
             where lower(c.name) = lower(v_name) and c.id is distinct from p_id) then
    raise exception using errcode = '23505', message = 'Er bestaat al een raad met deze naam.';
  end if;

  if p_id is null then
    insert into public.councils (name, kind, area_id, website_url)
    values (v_name, p_kind, p_area_id, v_url) returning * into v_row;
  else
    v_before := array(select cd.district_id from public.council_districts cd where cd.council_id = p_id
                      order by cd.district_id);
    update public.councils set name = v_name, kind = p_kind, area_id = p_area_id, website_url = v_url
    where id = p_id returning * into v_row;
    if not found then
      raise exception using errcode = 'P0002', message = 'Raad niet gevonden.';
    end if;
    -- members and open invitations of the council follow it to its new area (their triggers copy the area)
    update public.memberships set area_id = v_row.area_id
    where council_id = v_row.id and area_id is distinct from v_row.area_id;
    update public.invitations set area_id = v_row.area_id
    where council_id = v_row.id and area_id is distinct from v_row.area_id;
  end if;

  if v_before is distinct from v_districts then
    delete from public.council_districts where council_id = v_row.id and district_id <> all (v_districts);
    insert into public.council_districts (council_id, district_id)
    select v_row.id, x from unnest(v_districts) x on conflict do nothing;
    -- council_districts has no id of its own: its change is logged as a change of the council
    insert into public.audit_log (entity, entity_id, area_id, operation, changed_by, before, after)
    values ('council', v_row.id, v_row.area_id, 'update', (select auth.uid()),
            jsonb_build_object('id', v_row.id, 'name', v_row.name, 'district_ids', to_jsonb(v_before)),
            jsonb_build_object('id', v_row.id, 'name', v_row.name, 'district_ids', to_jsonb(v_districts)));
  end if;
  return private.council_json(v_row);
end $$;

create function public.admin_reorder_themes(p_theme_ids uuid[]) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
begin
  perform private.require_admin();
  if p_theme_ids is null or array_position(p_theme_ids, null) is not null
     or cardinality(p_theme_ids) <> (select count(*) from public.themes)
     or (select count(distinct x) from unnest(p_theme_ids) x) <> cardinality(p_theme_ids)
     or (select count(*) from public.themes where id = any (p_theme_ids)) <> cardinality(p_theme_ids) then
    raise exception using errcode = '22023', message = 'Geef elk thema precies één keer op, in de nieuwe volgorde.';
  end if;
  update public.themes t set sort_order = o.n
  from unnest(p_theme_ids) with ordinality as o(id, n)
  where t.id = o.id and t.sort_order <> o.n;
  return public.list_themes();
end $$;

-- The last admin membership stays: nobody (the last admin included) can leave the gemeente without an admin.
-- Revoking a role removes only the membership; what the person wrote refers to their profile, not to it.
create or replace function public.admin_revoke_membership(p_membership_id uuid) returns jsonb
  language plpgsql volatile security definer set search_path = '' as $$
declare
  v_row public.memberships;
begin
  perform private.require_admin();
  select * into v_row from public.memberships where id = p_membership_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Lidmaatschap niet gevonden.';
  end if;
  if v_row.role = 'admin' then
    perform 1 from public.memberships where role = 'admin' order by id for update; -- two admins revoking each other
    if (select count(*) from public.memberships where role = 'admin') <= 1 then
      raise exception using errcode = '22023', message = 'Er moet minstens één beheerder overblijven.';
    end if;
  end if;
  delete from public.memberships where id = p_membership_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Lidmaatschap niet gevonden.';
  end if;
  return jsonb_build_object('id', p_membership_id);
end $$;

-- admin_audit_log: unchanged but for the kind 'invitation' and the invited address as its title.
create or replace function public.admin_audit_log(
  p_kind text default null, p_area_id uuid default null, p_limit integer default 50, p_offset integer default 0
) returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_items jsonb;
  v_limit integer := coalesce(p_limit, 50);
  v_offset integer := coalesce(p_offset, 0);
begin
  perform private.require_admin();
  if p_kind is not null and p_kind not in ('document', 'membership', 'invitation', 'area', 'district', 'council', 'theme') then
    raise exception using errcode = '22023', message = 'Kies een soort wijziging uit de lijst.';
  end if;
  if v_limit not between 1 and 200 or v_offset < 0 then
    raise exception using errcode = '22023', message = 'Vraag tussen 1 en 200 regels op, vanaf 0.';
  end if;
  with feed as (
    select 'a' as src, l.id as n, l.entity as kind, l.entity as entity, l.entity_id, l.area_id, l.operation,
           l.changed_by, l.changed_at, l.before, l.after, null::jsonb as document,
           coalesce(l.after ->> 'name', l.before ->> 'name', l.after ->> 'name_nl', l.before ->> 'name_nl',
                    l.after ->> 'email', l.before ->> 'email',
                    (select p.display_name from public.profiles p
                     where p.id = ((coalesce(l.after, l.before)) ->> 'user_id')::uuid)) as title
    from public.audit_log l
    where (p_kind is null or l.entity = p_kind) and (p_area_id is null or l.area_id = p_area_id)
    union all
    select 'r', r.id, 'document', r.entity, r.entity_id, r.area_id, r.operation,
           r.changed_by, r.changed_at, r.before, r.after,
           jsonb_build_object('id', d.id, 'slug', d.slug, 'kind', d.kind, 'title', d.title, 'version_no', d.version_no),
           coalesce(r.after ->> 'title', r.before ->> 'title', r.after ->> 'target_title', r.before ->> 'target_title',
                    r.after ->> 'name', r.before ->> 'name', d.title)
    from public.revisions r join public.documents d on d.id = r.document_id
    where (p_kind is null or p_kind = 'document') and (p_area_id is null or r.area_id = p_area_id)
  ),
  page as (
    select * from feed order by changed_at desc, src, n desc limit v_limit + 1 offset v_offset
  )
  select coalesce(jsonb_agg(jsonb_build_object(
      'key', f.src || f.n, 'kind', f.kind, 'entity', f.entity, 'entity_id', f.entity_id, 'operation', f.operation,
      'title', f.title, 'document', f.document,
      'area', (select jsonb_build_object('id', a.id, 'slug', a.slug, 'name', a.name) from public.areas a where a.id = f.area_id),
      'changed_at', f.changed_at,
      'changed_by', case when f.changed_by is null then null
                         else jsonb_build_object('id', f.changed_by, 'display_name',
                              (select p.display_name from public.profiles p where p.id = f.changed_by)) end,
      'changed_fields', case when f.operation in ('update', 'move', 'status')
                             then private.changed_fields(f.before - 'version', f.after - 'version') else '[]'::jsonb end,
      'before', f.before, 'after', f.after
    ) order by f.changed_at desc, f.src, f.n desc), '[]'::jsonb)
  into v_items
  from page f;
  return jsonb_build_object(
    'items', (select coalesce(jsonb_agg(x order by n), '[]'::jsonb)
              from jsonb_array_elements(v_items) with ordinality as t(x, n) where n <= v_limit),
    'has_more', jsonb_array_length(v_items) > v_limit,
    'offset', v_offset, 'limit', v_limit);
end $$;

-- ── row level security ───────────────────────────────────────────────────────────────────────────────────
alter table public.invitations enable row level security;
create policy "admins can read invitations" on public.invitations for select to authenticated
  using ((select private.is_admin()));

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
revoke all on public.invitations from anon, authenticated, public;
grant select on public.invitations to authenticated;

revoke all on function private.fold(text), private.invitation_status(public.invitations),
  private.invitation_json(public.invitations), private.council_json(public.councils),
  private.normalize_invitation(), private.attach_invitations(uuid, text), private.attach_invitations_of_user(),
  private.attach_new_invitation()
  from public, anon, authenticated;

revoke all on function public.admin_console(), public.admin_search_users(text, integer),
  public.admin_invite(text, public.membership_role, uuid, uuid), public.admin_list_invitations(),
  public.admin_withdraw_invitation(uuid), public.admin_save_area(uuid, text, integer, text, boolean),
  public.admin_save_council(uuid, text, public.council_kind, uuid, text, uuid[]),
  public.admin_reorder_themes(uuid[])
  from public, anon;
grant execute on function public.admin_console(), public.admin_search_users(text, integer),
  public.admin_invite(text, public.membership_role, uuid, uuid), public.admin_list_invitations(),
  public.admin_withdraw_invitation(uuid), public.admin_save_area(uuid, text, integer, text, boolean),
  public.admin_save_council(uuid, text, public.council_kind, uuid, text, uuid[]),
  public.admin_reorder_themes(uuid[])
  to authenticated;
