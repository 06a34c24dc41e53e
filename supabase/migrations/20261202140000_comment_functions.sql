-- What each public RPC does, as a `comment on function` (issue 17): docs/api.md's function reference is generated
-- from these comments together with each function's signature, security and grants (npm run db:generate), so it
-- cannot drift from the functions. The texts are the descriptions docs/api.md held by hand until now; markdown is fine,
-- the text lands in docs/api.md as it is. From now on a function gets its comment beside it in the migration that
-- creates or restates it (tests/db/function-comments.test.ts fails on a public function without one).
--
-- This migration only fills in: a function that an earlier migration restated with a comment of its own keeps that
-- newer text, and a text whose signature no longer exists (a function dropped or given other arguments) is skipped.
do $$
declare
  r record;
begin
  for r in
    select to_regprocedure(c.signature) as fn, c.text
    from (values
      -- ── reads: everyone ──────────────────────────────────────────────────────────────────────────────────────
      ('public.map_overview()',
       $c$The map of the 8 areas: `{ areas: AreaSummary[], districts: DistrictFeature[], bbox: [minLng, minLat, maxLng, maxLat] }`.
`AreaSummary = { id, slug, name, color_index (0-7), district_count, agenda_count, council_count }`, ordered by `sort_order`;
`DistrictFeature = { id, code, name, kind: 'wijk'|'dorp', area_id, area_slug, geometry: GeoJSON Polygon|MultiPolygon ([lng,lat]), bbox: [minLng,minLat,maxLng,maxLat] }`.$c$),
      ('public.area_page(text)',
       $c$One area by slug: `{ area: { id, slug, name, name_status: 'confirmed'|'presumed', color_index, description, extra_investment, bbox },
districts: [{ id, code, name, kind }], councils: [{ id, name, kind, website_url, is_example, districts: [{ id, name }] }],
agendas: [{ id, slug, title, kind: 'wijkagenda'|'dorpsagenda', status: 'concept'|'consultatie'|'vastgesteld', is_example }],
visions, plans (the current version of each the caller may read), comment_counts, open_comment_count,
team: [{ display_name }], can_edit: boolean }`. Unknown slug: `P0002` "Gebied niet gevonden."$c$),
      ('public.list_themes()',
       $c$The themes: `[{ id, slug, name_nl, name_en, sort_order, is_example }]`, in `sort_order`.$c$),
      ('public.me()',
       $c$The caller: `{ id, email, display_name, is_admin, roles: ('resident'|'council'|'area_team'|'admin')[],
area_team_areas: [{ id, slug, name }], councils: [{ id, name, area_slug }] }`; `null` for anon. Every signed-in user
is a resident.$c$),
      -- ── documents: reads (row level security decides what the caller sees) ─────────────────────────────────────
      ('public.document_by_slug(text, integer)',
       $c$A document by slug, the newest version the caller may read, or version `p_version_no`: the same answer as
`document_detail`.$c$),
      ('public.document_detail(uuid)',
       $c$One document version with `sections[].entries[]`, its links (`links` out, `linked_from` in, resolved to the newest
visible version), comment counts, `versions`, and what the caller may do (`can_edit`, `can_update_progress`,
`allowed_statuses`, `can_start_revision`, `can_comment`, `comment_role`, `can_answer_officially`). Row level security
decides what is readable.$c$),
      ('public.document_history(uuid)',
       $c$The versions of a document and its change log (from `revisions`: who, when, before, after).$c$),
      ('public.compare_versions(uuid, uuid)',
       $c$Item-by-item differences between two versions of one document: added, removed, changed fields (before → after)
and moved sections and entries.$c$),
      ('public.document_comments(uuid)',
       $c$The comment threads of a document version, with the official answers marked and the open counts. A council comment
without an official answer in its thread counts as open.$c$),
      ('public.plan_progress(uuid)',
       $c$Progress per plan, per area and per theme: the mean progress of the actions that are not `gestopt`. Null area = all
areas.$c$),
      ('public.map_entries(uuid, text[], uuid[], text[])',
       $c$Everything with a place as a GeoJSON FeatureCollection (agenda items, vision goals, plan actions the caller may
read). Filters by area, kinds, themes and statuses: null = all, an empty array matches nothing. Built as `json`, not
`jsonb` (faster); every feature carries all kind-specific properties, null where they do not apply.$c$),
      -- ── signed in ────────────────────────────────────────────────────────────────────────────────────────────
      ('public.update_profile(text)',
       $c$Sets the caller's display name (2-80 characters, else `22023`); answers as `me()`.$c$),
      ('public.update_area(uuid, text)',
       $c$Sets an area's description (at most 2000 characters); answers the area object of `area_page`. Area-team members
of that area and admins; others `42501`.$c$),
      -- ── documents: writes (area-team members of the document's area and admins, else 42501) ───────────────────
      ('public.create_document(uuid, public.document_kind, text, text, uuid[], public.agenda_kind, integer, integer, date, date)',
       $c$Creates a `concept` document of a kind (`agenda`, `vision`, `plan`) in an area, with title, summary, wijken and the
fields of its kind (agenda kind, default `wijkagenda`; horizon; period); the slug comes from the title. One vision per
area (`23505`); unknown area `P0002`. Answers the document.$c$),
      ('public.update_document(uuid, integer, text, text, uuid[], public.agenda_kind, integer, integer, date, date, text)',
       $c$Partial update of a concept or consultatie version (null = keep): title, summary, wijken, agenda kind, horizon
(vision), period (plan), source URL. `p_version` must match (else `40001`).$c$),
      ('public.set_document_status(uuid, integer, public.document_status)',
       $c$Moves a version through its life cycle: `concept` → `consultatie` → `vastgesteld`, or from `consultatie` back to
`concept`. A `vastgesteld` version never changes status again (`start_revision` makes a new one); other moves `22023`.$c$),
      ('public.set_comments_open(uuid, integer, boolean)',
       $c$Opens (or closes) commenting during `consultatie` to residents as well as councils.$c$),
      ('public.start_revision(uuid)',
       $c$Copies a `vastgesteld` version, with its wijken, sections, entries and links, into a new `concept` version of the
same document (`22023` for another status, `23505` when a newer version exists).$c$),
      ('public.delete_document(uuid, integer)',
       $c$Deletes a `concept` version (another status: `22023` "Alleen een concept kan worden verwijderd.").$c$),
      ('public.upsert_section(uuid, text, uuid, integer, text, integer)',
       $c$Adds a section (`p_section_id` null, at `p_position` or at the end) or rewrites one's title (2-200) and text (at
most 10,000 characters).$c$),
      ('public.move_section(uuid, integer, integer)',
       $c$Moves a section to `p_position` within its document.$c$),
      ('public.delete_section(uuid, integer)',
       $c$Deletes a section and its entries; answers `{ id, document_id }`.$c$),
      ('public.upsert_entry(uuid, text, uuid, integer, text, uuid, jsonb, public.item_origin, integer, text, public.item_status, text, public.owner_kind, public.action_status, date, date, integer, numeric, integer)',
       $c$Adds or replaces an entry of a section: an agenda item, vision goal or plan action, following the document's kind.
A full replacement; fields of another kind must be null (`22023`). `p_location` is a GeoJSON Point or Polygon inside
the area. Moving to another section is `move_entry`.$c$),
      ('public.update_action_progress(uuid, integer, public.action_status, integer)',
       $c$Sets a plan action's status and progress (0-100; `gereed` is 100, else `22023`), also on an adopted plan: that is
monitoring. `p_version` must match (else `40001`).$c$),
      ('public.move_entry(uuid, integer, uuid, integer)',
       $c$Moves an entry to `p_position` in `p_section_id` (null = its own section) of the same document.$c$),
      ('public.delete_entry(uuid, integer)',
       $c$Deletes an entry; answers `{ id, document_id, section_id }`.$c$),
      ('public.set_entry_links(uuid, integer, uuid[])',
       $c$Sets what an entry builds on, by lineage: a vision goal → agenda items; a plan action → agenda items and vision
goals, of the same area (at most 100).$c$),
      -- ── document comments ────────────────────────────────────────────────────────────────────────────────────
      ('public.add_comment(uuid, text, uuid, uuid, boolean)',
       $c$Comments on a document (or one of its entries, or replies to a comment) during `consultatie`: council members of
the document's districts, the area team and admins; residents only when the area team opened comments to everyone
(`set_comments_open`). An official answer (`p_is_official_response`) is a reply by the area team or an admin. 2-4000
characters.$c$),
      ('public.update_comment(uuid, text)',
       $c$Rewrites one's own comment (2-4000 characters); not once the version is `vastgesteld`.$c$),
      ('public.delete_comment(uuid)',
       $c$Deletes a comment, leaving its place in the thread: the author (not once the version is `vastgesteld`) or an
admin.$c$),
      -- ── admins only (42501 for everyone else) ───────────────────────────────────────────────────────────────────
      ('public.admin_list_users()',
       $c$Admins: every user, `[{ id, email, display_name, memberships: [{ id, role, area_id, area_name, council_id,
council_name }] }]`.$c$),
      ('public.admin_grant_membership(uuid, public.membership_role, uuid, uuid)',
       $c$Admins: gives a user a role: `area_team` with an area, `council` with a council, `admin` with neither (`22023`
otherwise); answers the membership. `23505` when the user has it already.$c$),
      ('public.admin_revoke_membership(uuid)',
       $c$Admins: removes a membership, answers `{ id }`. The last admin membership stays (`22023` "Er moet minstens één
beheerder overblijven.", also for one's own). Removes only the membership, never what the person wrote.$c$),
      ('public.admin_update_area(uuid, text, integer)',
       $c$Admins: renames an area (2-80 characters) and sets its colour (0-7); answers the area.$c$),
      ('public.admin_set_district_area(uuid, uuid)',
       $c$Admins: moves a wijk to another area (the wijk → area team mapping is data); answers the district.$c$),
      ('public.admin_upsert_theme(uuid, text, text, text, integer)',
       $c$Admins: adds a theme (`p_id` null) or changes one: slug (lowercase letters, digits and dashes, unique), Dutch and
English name (2-80 characters) and sort order; answers the theme.$c$),
      ('public.admin_audit_log(text, uuid, integer, integer)',
       $c$Admins: who changed what, newest first: `{ items: [{ key, kind, entity, entity_id, operation, title, document,
area, changed_at, changed_by: { id, display_name }, changed_fields, before, after }], has_more, offset, limit }`.
`p_kind`: `document` (the revisions of agendas, visions and plans) or `membership`, `invitation`, `area`, `district`,
`council`, `theme` (table `audit_log`, written by triggers on those tables; `changed_by` has no foreign key, so
history outlives an account). `22023` for an unknown kind or a page outside 1-200 rows.$c$),
      ('public.admin_console()',
       $c$Admins: what the console at /beheer edits: `{ areas: [{ id, slug, name, name_status, color_index, description,
sort_order }], districts: [{ id, code, name, kind, area_id }] (no geometry: that is in `map_overview()`),
councils: Council[], themes: [{ id, slug, name_nl, name_en, sort_order }], documents: [{ id, slug, title, kind,
status, area_id, version_no }] (the newest version of each document) }`.$c$),
      ('public.admin_search_users(text, integer)',
       $c$Admins: users by name, `[{ id, email, display_name, created_at, memberships: [...] }]`. The query matches a part of
the name or e-mail, ignoring case and accents; null or `''` = the first `p_limit` (1-200, else `22023`).$c$),
      ('public.admin_invite(text, public.membership_role, uuid, uuid)',
       $c$Admins: invites an e-mail address to a role; answers the Invitation. The address is trimmed and lowercased; scope as
in `admin_grant_membership` (a council invitation takes the council's area). `status` is `accepted` at once when a
user with that confirmed address exists. `22023` bad address / missing or superfluous area or council / no role;
`P0002` unknown area or council; `23505` the same invitation is still open, or that person already has the role.$c$),
      ('public.admin_list_invitations()',
       $c$Admins: every invitation, `Invitation[]`, newest first.$c$),
      ('public.admin_withdraw_invitation(uuid)',
       $c$Admins: withdraws a pending invitation; answers it with status `withdrawn`. `P0002` when it is not pending
(accepted, withdrawn, expired or unknown).$c$),
      ('public.admin_save_area(uuid, text, integer, text, boolean)',
       $c$Admins: saves an area; answers the area object of `area_page` plus `sort_order`. Name 2-80, colour 0-7, description
at most 2000 characters; `p_name_confirmed` sets `name_status` (`confirmed`/`presumed`). `22023` / `P0002`.$c$),
      ('public.admin_save_council(uuid, text, public.council_kind, uuid, text, uuid[])',
       $c$Admins: adds (`p_id` null) or saves a council; answers the Council. Name 2-120 and unique (case-insensitive,
`23505`); website `http(s)://…` or empty (stored as null); at least one wijk, of any area (`22023`; unknown wijk
`P0002`). Moving a council to another area moves its members' and open invitations' `area_id` with it. `is_example`
is left as it is.$c$),
      ('public.admin_reorder_themes(uuid[])',
       $c$Admins: puts the themes in this order (`sort_order` 1…n) and answers `list_themes()`; every theme exactly once, else
`22023`.$c$),
      ('public.admin_moderation_queue()',
       $c$Admins: every reported item with open reports, first reported first: `[{ target_kind, target_id, report_count,
reasons, is_hidden, initiative_id, title }]`.$c$),
      ('public.admin_moderate(public.report_target, uuid, public.moderation_decision)',
       $c$Admins: decides on a reported initiative or comment: `restore` (shown again) or `remove` (from then on readable
only by admins); resolves its open reports.$c$),
      -- ── initiatives (bewonersinitiatieven) ─────────────────────────────────────────────────────────────────────
      ('public.map_initiatives(text[], uuid[], uuid)',
       $c$The initiatives the caller may read for the map, newest first: `[{ id, title, status, theme_id, area_id, lng, lat }]`
(the public place: a home is rounded to ~250 m), filtered by statuses, themes and area (null = all).$c$),
      ('public.list_initiatives(text[], uuid[], uuid, integer, integer)',
       $c$Initiatives the caller may read, newest first: `{ total, items: Initiative[] }`, filtered by statuses, themes and
area (null = all), paged by `p_limit` 1-200 from `p_offset`.$c$),
      ('public.initiative_detail(uuid)',
       $c$One initiative: `{ initiative (+ exact_location for the proposer, the area team and admins), history, comments,
can_support, can_triage, allowed_statuses, agenda_item, plan_action, supported_by_me, reported_by_me }`.$c$),
      ('public.initiative_chain(uuid)',
       $c$The way from an initiative to what came of it: `{ initiative, agenda_item, vision_goals[], plan_actions[] (with
progress, is_linked) }`.$c$),
      ('public.entry_initiatives(uuid)',
       $c$The way back: the initiatives behind an agenda item, vision goal or plan action (by lineage).$c$),
      ('public.propose_initiative(text, text, uuid, double precision, double precision, boolean, uuid, text)',
       $c$A resident proposes an initiative, at a point (`p_lng`, `p_lat`; `p_is_home` rounds the public place to ~250 m), or
without the map with a district and a description of the place; district and area are derived in SQL. Rate limited;
field errors (`22023`) name the field in `hint`.$c$),
      ('public.support_initiative(uuid)',
       $c$Supports an initiative, once per user (`23505` twice); not one's own, not a rejected one. Rate limited.$c$),
      ('public.withdraw_support(uuid)',
       $c$Withdraws the caller's support of an initiative (`P0002` when there was none).$c$),
      ('public.comment_on_initiative(uuid, text)',
       $c$Comments on an initiative (2-2000 characters). Rate limited.$c$),
      ('public.report_abuse(public.report_target, uuid, text)',
       $c$Reports an initiative or comment (`p_target_kind` `'initiative'|'comment'`), once per user (`23505` twice), with an
optional reason (at most 500 characters); at 3 open reports it is hidden until an admin decides (`admin_moderate`).$c$),
      ('public.my_notifications()',
       $c$The caller's notifications: `{ unread_count, items }` (the newest 100).$c$),
      ('public.mark_notifications_read(uuid[])',
       $c$Marks the caller's notifications read: these ids, or all when null.$c$),
      ('public.export_my_data()',
       $c$Everything about the caller: account, profile, memberships, initiatives (with their exact places), supports,
comments, reports, notifications and the status changes they made.$c$),
      ('public.delete_my_account(text)',
       $c$Deletes the caller's account after `p_confirmation` = `'VERWIJDER'`; contributions stay, anonymised. The only admin
cannot (`22023`).$c$),
      ('public.triage_options(uuid)',
       $c$Area team of the initiative's area and admins: what an initiative can be linked to, `{ agenda_items, plan_actions }`
of its area.$c$),
      ('public.set_initiative_status(uuid, integer, public.initiative_status, text, uuid, uuid)',
       $c$Area team of the initiative's area and admins: `ingediend` → `in_behandeling` → `opgenomen` (with the agenda item) →
`in_uitvoering` (with the plan action) → `gerealiseerd`; `afgewezen` (public reason required) from any open status,
and back to `in_behandeling`. `p_explanation` is shown to everyone.$c$)
    ) as c(signature, text)
  loop
    if r.fn is not null and obj_description(r.fn, 'pg_proc') is null then
      execute format('comment on function %s is %L', r.fn, r.text);
    end if;
  end loop;
end $$;
