-- Search over everything (issue 15): one RPC, public.search, finds agendas, visions and plans; their items, goals and
-- actions; initiatives; areas, wijken and councils; and comments, each only where the caller may read it.
--
--   private.dutch_search  a text search configuration: Postgres's own Dutch one (snowball stemmer, stop words) with
--                         the unaccent dictionary in front, so "speeltuinen" finds "speeltuin" and "cafe" "café"
--   private.search_index  one row per searchable row of a source table: its tsvector, kept current by triggers on the
--                         source tables in the same transaction as the write, so new and edited content is findable
--                         at once; GIN-indexed
--   private.search_words  the words of the names of areas, wijken and councils, trigram-indexed (pg_trgm): a
--                         misspelt name in a query ("Quirijnstock") is also searched as the name it resembles
--
-- Extensions: unaccent and pg_trgm (both trusted, so the non-superuser migration role may create them), in schema
-- `extensions` as on a Supabase project. The embedded backend and the tests load PGlite's builds of both
-- (src/lib/embedded/pglite-extensions.ts).
--
-- Visibility: public.search is SECURITY INVOKER. private.search_hits (SECURITY DEFINER) only returns ids and ranks of
-- index rows that match; public.search joins every id to its own table, where RLS decides: a concept document, its
-- entries and its comments are found only by its area team and admins, an internal note only by them, a hidden
-- initiative only by its proposer, its area team and admins; removed initiatives and comments and deleted comments
-- are never found. Only the current version of a document (the newest the caller can read) is searched.
--
-- Bulk loads that switch triggers off (session_replication_role = replica, `disable trigger user`) and change
-- searchable text must call private.search_rebuild() afterwards.

create extension if not exists unaccent with schema extensions;
create extension if not exists pg_trgm with schema extensions;

create text search configuration private.dutch_search (copy = pg_catalog.dutch);
alter text search configuration private.dutch_search
  alter mapping for hword, hword_part, word with extensions.unaccent, pg_catalog.dutch_stem;
comment on text search configuration private.dutch_search is
  'Dutch (snowball stemmer and stop words) with accents removed first (unaccent): the configuration of all search.';

-- ── tables ───────────────────────────────────────────────────────────────────────────────────────────────
create table private.search_index (
  source text not null check (source in ('document', 'entry', 'initiative', 'comment', 'initiative_comment', 'area',
                                         'district', 'council')),
  id uuid not null,
  title tsvector not null,
  vector tsvector not null,
  primary key (source, id)
);
comment on table private.search_index is
  'Search vectors of every searchable row (source = its table; title = the title or name alone, vector = everything), '
  'maintained by triggers; read only through private.search_hits, whose ids public.search joins to the RLS-protected '
  'tables.';

create table private.search_words (
  word text primary key,
  display text not null
);
comment on table private.search_words is
  'Words (accents removed, lower case) of the names of areas, wijken and councils, for typo tolerance (pg_trgm).';

-- ── indexes ──────────────────────────────────────────────────────────────────────────────────────────────
-- One GIN index per source (partial), so that each source's matches are read on their own and a broad word (in
-- 10,000 initiatives) costs at most a few hundred rows per source; titles have their own, so title matches come
-- first. fastupdate off: PGlite runs no autovacuum, which would otherwise leave every insert in a pending list that
-- each search scans.
create index search_index_document_idx on private.search_index using gin (vector) with (fastupdate = off)
  where source = 'document';
create index search_index_document_title_idx on private.search_index using gin (title) with (fastupdate = off)
  where source = 'document';
create index search_index_entry_idx on private.search_index using gin (vector) with (fastupdate = off)
  where source = 'entry';
create index search_index_entry_title_idx on private.search_index using gin (title) with (fastupdate = off)
  where source = 'entry';
create index search_index_initiative_idx on private.search_index using gin (vector) with (fastupdate = off)
  where source = 'initiative';
create index search_index_initiative_title_idx on private.search_index using gin (title) with (fastupdate = off)
  where source = 'initiative';
create index search_index_comment_idx on private.search_index using gin (vector) with (fastupdate = off)
  where source = 'comment';
create index search_index_initiative_comment_idx on private.search_index using gin (vector) with (fastupdate = off)
  where source = 'initiative_comment';
create index search_index_area_idx on private.search_index using gin (vector) with (fastupdate = off)
  where source = 'area';
create index search_index_district_idx on private.search_index using gin (vector) with (fastupdate = off)
  where source = 'district';
create index search_index_council_idx on private.search_index using gin (vector) with (fastupdate = off)
  where source = 'council';
create index search_words_trgm_idx on private.search_words using gin (word extensions.gin_trgm_ops)
  with (fastupdate = off);

-- ── private helpers ──────────────────────────────────────────────────────────────────────────────────────
-- unaccent() is only stable (it looks its dictionary up by name); with the dictionary given it is immutable in fact.
create function private.search_unaccent(p_text text) returns text
  language sql immutable parallel safe strict set search_path = '' as $$
  select extensions.unaccent('extensions.unaccent'::regdictionary, p_text)
$$;
comment on function private.search_unaccent(text) is 'The text with accents removed (unaccent, é → e).';

-- The text of the same length with hyphens, < and > and the highlight markers as spaces: "2028-2029" and
-- "Heikant-Quirijnstok" are two words each (the parser would read "-2029" as a negative number), and text that looks
-- like markup is searched and shown as the words it is. Same length, so an excerpt maps back onto the original
-- text character by character (private.search_excerpt).
create function private.search_plain(p_text text) returns text
  language sql immutable parallel safe set search_path = '' as $$
  select translate(coalesce(p_text, ''), '-<>' || chr(57344) || chr(57345), '     ')
$$;
comment on function private.search_plain(text) is
  'The text with hyphens, < and > and the highlight markers U+E000/U+E001 as spaces (length unchanged).';

-- The search vector of a row: a = title or name, b = body, c = names around it, d = context (weights A > B > C > D).
create function private.search_vector(p_a text, p_b text, p_c text, p_d text) returns tsvector
  language sql immutable parallel safe set search_path = '' as $$
  select setweight(to_tsvector('private.dutch_search', private.search_plain(p_a)), 'A')
      || setweight(to_tsvector('private.dutch_search', private.search_plain(p_b)), 'B')
      || setweight(to_tsvector('private.dutch_search', private.search_plain(p_c)), 'C')
      || setweight(to_tsvector('private.dutch_search', private.search_plain(p_d)), 'D')
$$;
comment on function private.search_vector(text, text, text, text) is
  'Dutch search vector with accents removed: p_a weight A (title), p_b B (body), p_c C (names), p_d D (context).';

-- Rebuilds the name vocabulary (a few hundred words): areas, wijken and councils.
create function private.search_words_refresh() returns void
  language sql volatile security definer set search_path = '' as $$
  delete from private.search_words;
  insert into private.search_words (word, display)
  select distinct on (w.word) w.word, w.display
  from (
    select lower(private.search_unaccent(t.token)) as word, t.token as display
    from (select a.name from public.areas a
          union all select d.name from public.districts d
          union all select c.name from public.councils c) n
    cross join lateral regexp_split_to_table(n.name, '[^[:alnum:]]+') as t(token)
  ) w
  where char_length(w.word) >= 4 and w.word ~ '^[a-z0-9]+$'
  order by w.word, w.display;
$$;
comment on function private.search_words_refresh() is
  'Rebuilds private.search_words from the names of areas, wijken and councils (trigger and migration use).';

-- (Re)computes the index rows of the given ids of one source table: rows that are gone, removed or deleted leave
-- the index.
create function private.search_refresh(p_source text, p_ids uuid[]) returns void
  language plpgsql volatile security definer set search_path = '' as $$
begin
  if p_ids is null or cardinality(p_ids) = 0 then
    return;
  end if;
  delete from private.search_index s where s.source = p_source and s.id = any (p_ids);
  insert into private.search_index (source, id, title, vector)
  select p_source, x.id, to_tsvector('private.dutch_search', private.search_plain(x.a)), private.search_vector(x.a, x.b, x.c, x.d)
  from (
    select d.id, d.title as a, d.summary as b,
           (select string_agg(w.name, ' ') from public.document_districts dd
            join public.districts w on w.id = dd.district_id where dd.document_id = d.id) as c, null as d
    from public.documents d where p_source = 'document' and d.id = any (p_ids)
    union all
    select e.id, e.title, e.body, concat_ws(' ', e.owner_name, e.owner_org),
           (select string_agg(w.name, ' ') from public.document_districts dd
            join public.districts w on w.id = dd.district_id where dd.document_id = e.document_id)
    from public.entries e where p_source = 'entry' and e.id = any (p_ids)
    union all
    select i.id, i.title, i.description,
           concat_ws(' ', i.place_description, (select w.name from public.districts w where w.id = i.district_id)), null
    from public.initiatives i where p_source = 'initiative' and i.id = any (p_ids) and i.removed_at is null
    union all
    select c.id, null, c.body, null, null
    from public.comments c where p_source = 'comment' and c.id = any (p_ids) and c.deleted_at is null and c.body <> ''
    union all
    select c.id, null, c.body, null, null
    from public.initiative_comments c where p_source = 'initiative_comment' and c.id = any (p_ids) and c.removed_at is null
    union all
    select a.id, a.name, a.description, null, null
    from public.areas a where p_source = 'area' and a.id = any (p_ids)
    union all
    select d.id, d.name, null, null, d.code
    from public.districts d where p_source = 'district' and d.id = any (p_ids)
    union all
    select c.id, c.name, null,
           (select string_agg(w.name, ' ') from public.council_districts cd
            join public.districts w on w.id = cd.district_id where cd.council_id = c.id), null
    from public.councils c where p_source = 'council' and c.id = any (p_ids)
  ) x;
end $$;
comment on function private.search_refresh(text, uuid[]) is
  'Recomputes the search index rows of p_ids in source table p_source (document, entry, initiative, comment, '
  'initiative_comment, area, district, council); rows that no longer qualify leave the index.';

-- Everything again, e.g. after a bulk load with triggers off (the benchmark's volume does that).
create function private.search_rebuild() returns void
  language plpgsql volatile security definer set search_path = '' as $$
begin
  delete from private.search_index;
  perform private.search_refresh('document', array(select id from public.documents));
  perform private.search_refresh('entry', array(select id from public.entries));
  perform private.search_refresh('initiative', array(select id from public.initiatives));
  perform private.search_refresh('comment', array(select id from public.comments));
  perform private.search_refresh('initiative_comment', array(select id from public.initiative_comments));
  perform private.search_refresh('area', array(select id from public.areas));
  perform private.search_refresh('district', array(select id from public.districts));
  perform private.search_refresh('council', array(select id from public.councils));
  perform private.search_words_refresh();
  analyze private.search_index;
end $$;
comment on function private.search_rebuild() is
  'Rebuilds the whole search index and name vocabulary; for bulk loads that ran with triggers switched off.';

-- The words of a query as a tsquery: every word (2+ letters, stop words left out) as a prefix of its Dutch stem,
-- all words required. A word of 4+ letters that is not the start of a name but resembles one (pg_trgm similarity
-- ≥ 0.45, the best 3) also matches that name. `exact` is the query without those corrections (null when none).
create function private.search_query(p_query text, out tsq tsquery, out exact tsquery, out corrections text[])
  language plpgsql stable security definer set search_path = '' as $$
declare
  v_word text;
  v_part tsquery;
  v_alt record;
  v_corrected boolean := false;
begin
  corrections := '{}';
  for v_word in
    select t.word from (
      select w.word, min(w.n) as n
      from regexp_split_to_table(lower(private.search_unaccent(left(coalesce(p_query, ''), 200))), '[^a-z0-9]+')
           with ordinality as w(word, n)
      where char_length(w.word) >= 2
      group by w.word) t
    order by t.n
    limit 8
  loop
    v_part := null;
    -- a stop word ("de", "het", "van") has no lexeme: leave it out rather than match nothing
    if to_tsvector('private.dutch_search', v_word) <> ''::tsvector then
      v_part := to_tsquery('private.dutch_search', v_word || ':*');
    end if;
    exact := case when v_part is null then exact when exact is null then v_part else exact && v_part end;
    if char_length(v_word) >= 4 and not exists (select 1 from private.search_words s where s.word like v_word || '%') then
      for v_alt in
        select s.word, s.display from private.search_words s
        where s.word operator(extensions.%) v_word and extensions.similarity(s.word, v_word) >= 0.45
        order by extensions.similarity(s.word, v_word) desc, s.word
        limit 3
      loop
        v_part := case when v_part is null then to_tsquery('private.dutch_search', v_alt.word)
                       else v_part || to_tsquery('private.dutch_search', v_alt.word) end;
        corrections := corrections || v_alt.display;
        v_corrected := true;
      end loop;
    end if;
    if v_part is not null then
      tsq := case when tsq is null then v_part else tsq && v_part end;
    end if;
  end loop;
  if not v_corrected then
    exact := null;
  end if;
end $$;
comment on function private.search_query(text) is
  'Parses a search query: tsq (Dutch prefix query, all words, with name corrections by trigram similarity), exact '
  '(without corrections, null when there are none) and the names it corrected to.';

-- Ids and ranks of the index rows that match, whoever may read them: public.search joins them to the tables (RLS).
-- Per source at most p_cap + 1 title matches and p_cap + 1 other matches are read (capped: the source has more);
-- so a word in 10,000 initiatives costs a few hundred rows, and title matches are among them. A row that only
-- matches through a correction ranks at half.
create function private.search_hits(p_tsq tsquery, p_exact tsquery, p_cap integer)
  returns table (source text, id uuid, rank real, capped boolean, body_match boolean)
  language sql stable security definer set search_path = '' as $$
  with branches as (
    (select 'document' as source, 1 as branch, s.id, s.vector from private.search_index s
     where s.source = 'document' and s.title @@ p_tsq limit p_cap + 1)
    union all
    (select 'document', 2, s.id, s.vector from private.search_index s
     where s.source = 'document' and s.vector @@ p_tsq limit p_cap + 1)
    union all
    (select 'entry', 1, s.id, s.vector from private.search_index s
     where s.source = 'entry' and s.title @@ p_tsq limit p_cap + 1)
    union all
    (select 'entry', 2, s.id, s.vector from private.search_index s
     where s.source = 'entry' and s.vector @@ p_tsq limit p_cap + 1)
    union all
    (select 'initiative', 1, s.id, s.vector from private.search_index s
     where s.source = 'initiative' and s.title @@ p_tsq limit p_cap + 1)
    union all
    (select 'initiative', 2, s.id, s.vector from private.search_index s
     where s.source = 'initiative' and s.vector @@ p_tsq limit p_cap + 1)
    union all
    (select 'comment', 2, s.id, s.vector from private.search_index s
     where s.source = 'comment' and s.vector @@ p_tsq limit p_cap + 1)
    union all
    (select 'initiative_comment', 2, s.id, s.vector from private.search_index s
     where s.source = 'initiative_comment' and s.vector @@ p_tsq limit p_cap + 1)
    union all
    (select 'area', 2, s.id, s.vector from private.search_index s
     where s.source = 'area' and s.vector @@ p_tsq limit p_cap + 1)
    union all
    (select 'district', 2, s.id, s.vector from private.search_index s
     where s.source = 'district' and s.vector @@ p_tsq limit p_cap + 1)
    union all
    (select 'council', 2, s.id, s.vector from private.search_index s
     where s.source = 'council' and s.vector @@ p_tsq limit p_cap + 1)
  ),
  counted as (
    select b.source, b.id, b.vector, count(*) over (partition by b.source, b.branch) > p_cap as capped from branches b
  )
  select c.source, c.id,
         max(ts_rank(c.vector, p_tsq, 1) * case when p_exact is null or c.vector @@ p_exact then 1 else 0.5 end)::real,
         bool_or(bool_or(c.capped)) over (partition by c.source),
         bool_or(ts_filter(c.vector, '{b}') @@ p_tsq)
  from counted c
  group by c.source, c.id
$$;
comment on function private.search_hits(tsquery, tsquery, integer) is
  'Ids and ranks of search index rows matching p_tsq, at most about 2 × p_cap per source (capped = there are more; '
  'body_match = the body itself matches, not only the names around it); all of them, whoever may read them: the '
  'caller joins them to RLS-protected tables.';

-- The text with the matched words between U+E000 and U+E001: the whole text (p_whole, for titles) or a short
-- excerpt around the best match. ts_headline runs on the folded text, and the result is mapped back onto the
-- original characters, so accents stay as written.
create function private.search_excerpt(p_text text, p_tsq tsquery, p_whole boolean default false) returns text
  language plpgsql stable set search_path = '' as $$
declare
  v_text text := translate(coalesce(p_text, ''), chr(57344) || chr(57345), '  ');
  v_plain text := private.search_plain(v_text);
  v_marked text;
  v_bare text;
  v_pos integer;
  v_rest text;
  v_parts text[];
  v_out text := '';
  v_at integer;
begin
  if btrim(v_text) = '' then
    return null;
  end if;
  v_marked := ts_headline('private.dutch_search', v_plain, p_tsq,
    format('StartSel=%s, StopSel=%s, ', chr(57344), chr(57345))
    || case when p_whole then 'HighlightAll=true' else 'MaxWords=24, MinWords=10, ShortWord=2, MaxFragments=1' end);
  v_bare := translate(v_marked, chr(57344) || chr(57345), '');
  v_pos := strpos(v_plain, v_bare);
  if v_pos = 0 then
    return v_marked; -- the text held markup that ts_headline left out: show the folded excerpt
  end if;
  v_parts := string_to_array(translate(v_marked, chr(57345), chr(57344)), chr(57344));
  v_at := v_pos;
  for i in 1 .. coalesce(array_length(v_parts, 1), 0) loop
    v_out := v_out || case when i % 2 = 0 then chr(57344) else '' end
                   || substr(v_text, v_at, char_length(v_parts[i]))
                   || case when i % 2 = 0 then chr(57345) else '' end;
    v_at := v_at + char_length(v_parts[i]);
  end loop;
  if not p_whole then
    -- an ellipsis where words were left out; trailing punctuation ("." after the last word) is kept instead
    v_rest := substr(v_text, v_pos + char_length(v_bare));
    v_out := case when btrim(left(v_text, v_pos - 1)) <> '' then '… ' else '' end || btrim(v_out)
          || case when v_rest ~ '^[[:punct:][:space:]]*$' then rtrim(v_rest) else ' …' end;
  end if;
  return v_out;
end $$;
comment on function private.search_excerpt(text, tsquery, boolean) is
  'The text (p_whole) or a short excerpt with the words matching p_tsq between U+E000 and U+E001, accents as written.';

-- The start of a text (about 24 words) for a result whose own text does not hold the words searched (it was found
-- by its title or by the names around it): no highlighting to compute, which is what most of a search costs.
create function private.search_lead(p_text text) returns text
  language sql immutable parallel safe set search_path = '' as $$
  select case
    when btrim(coalesce(p_text, '')) = '' then null
    when char_length(p_text) <= 200 then btrim(p_text)
    else btrim(substring(p_text from '^\s*((\S+\s+){0,23}\S+)')) || ' …'
  end
$$;
comment on function private.search_lead(text) is 'The start of a text (about 24 words, with an ellipsis), unmarked.';

-- A result's text: an excerpt around the match when the text itself matches, else its start.
create function private.search_body(p_text text, p_tsq tsquery, p_matches boolean) returns text
  language sql stable set search_path = '' as $$
  select case when p_matches then private.search_excerpt(p_text, p_tsq) else private.search_lead(p_text) end
$$;
comment on function private.search_body(text, tsquery, boolean) is
  'An excerpt with highlights (p_matches: the text holds the words searched) or else the start of the text.';

-- One result as the app shows it. Security invoker: it reads the row as the caller, who public.search has already
-- shown may read it.
create function private.search_result_json(p_source text, p_id uuid, p_kind text, p_rank real, p_tsq tsquery,
                                           p_body_match boolean)
  returns jsonb
  language plpgsql stable set search_path = '' as $$
declare
  v jsonb;
begin
  if p_source = 'document' then
    select jsonb_build_object('title', d.title, 'title_marked', private.search_excerpt(d.title, p_tsq, true),
      'excerpt', private.search_body(d.summary, p_tsq, p_body_match), 'status', d.status, 'status_kind', 'document',
      'area', jsonb_build_object('slug', a.slug, 'name', a.name), 'context', null,
      'target', jsonb_build_object('page', 'document', 'slug', d.slug))
    into v from public.documents d join public.areas a on a.id = d.area_id where d.id = p_id;
  elsif p_source = 'entry' then
    select jsonb_build_object('title', e.title, 'title_marked', private.search_excerpt(e.title, p_tsq, true),
      'excerpt', private.search_body(e.body, p_tsq, p_body_match),
      'status', coalesce(e.item_status::text, e.action_status::text),
      'status_kind', case e.kind when 'agenda_item' then 'item' when 'plan_action' then 'action' end,
      'area', jsonb_build_object('slug', a.slug, 'name', a.name), 'context', d.title,
      'target', jsonb_build_object('page', 'document', 'slug', d.slug, 'anchor', 'punt-' || e.lineage_id))
    into v from public.entries e join public.documents d on d.id = e.document_id join public.areas a on a.id = e.area_id
    where e.id = p_id;
  elsif p_source = 'initiative' then
    select jsonb_build_object('title', i.title, 'title_marked', private.search_excerpt(i.title, p_tsq, true),
      'excerpt', private.search_body(i.description, p_tsq, p_body_match), 'status', i.status, 'status_kind', 'initiative',
      'area', jsonb_build_object('slug', a.slug, 'name', a.name),
      'context', (select x.name from public.districts x where x.id = i.district_id),
      'target', jsonb_build_object('page', 'initiative', 'id', i.id))
    into v from public.initiatives i join public.areas a on a.id = i.area_id where i.id = p_id;
  elsif p_source = 'comment' then
    select jsonb_build_object('title', coalesce(e.title, d.title), 'title_marked', coalesce(e.title, d.title),
      'excerpt', private.search_body(c.body, p_tsq, p_body_match), 'status', null, 'status_kind', null,
      'area', jsonb_build_object('slug', a.slug, 'name', a.name), 'context', d.title,
      'target', jsonb_build_object('page', 'document', 'slug', d.slug,
                                   'anchor', coalesce('punt-' || e.lineage_id, 'algemene-reacties')))
    into v from public.comments c join public.documents d on d.id = c.document_id
    join public.areas a on a.id = c.area_id left join public.entries e on e.id = c.entry_id
    where c.id = p_id;
  elsif p_source = 'initiative_comment' then
    select jsonb_build_object('title', i.title, 'title_marked', i.title,
      'excerpt', private.search_body(c.body, p_tsq, p_body_match), 'status', null, 'status_kind', null,
      'area', jsonb_build_object('slug', a.slug, 'name', a.name), 'context', null,
      'target', jsonb_build_object('page', 'initiative', 'id', i.id))
    into v from public.initiative_comments c join public.initiatives i on i.id = c.initiative_id
    join public.areas a on a.id = c.area_id where c.id = p_id;
  elsif p_source = 'area' then
    select jsonb_build_object('title', a.name, 'title_marked', private.search_excerpt(a.name, p_tsq, true),
      'excerpt', private.search_body(a.description, p_tsq, p_body_match), 'status', null, 'status_kind', null,
      'area', jsonb_build_object('slug', a.slug, 'name', a.name), 'context', null,
      'target', jsonb_build_object('page', 'area', 'slug', a.slug))
    into v from public.areas a where a.id = p_id;
  elsif p_source = 'district' then
    select jsonb_build_object('title', d.name, 'title_marked', private.search_excerpt(d.name, p_tsq, true),
      'excerpt', null, 'status', null, 'status_kind', null, 'district_kind', d.kind,
      'area', jsonb_build_object('slug', a.slug, 'name', a.name), 'context', a.name,
      'target', jsonb_build_object('page', 'district', 'code', d.code))
    into v from public.districts d join public.areas a on a.id = d.area_id where d.id = p_id;
  elsif p_source = 'council' then
    select jsonb_build_object('title', c.name, 'title_marked', private.search_excerpt(c.name, p_tsq, true),
      'excerpt', null, 'status', null, 'status_kind', null,
      'area', jsonb_build_object('slug', a.slug, 'name', a.name), 'context', a.name,
      'target', jsonb_build_object('page', 'area', 'slug', a.slug))
    into v from public.councils c join public.areas a on a.id = c.area_id where c.id = p_id;
  end if;
  return jsonb_build_object('kind', p_kind, 'id', p_id, 'rank', round(p_rank::numeric, 4)) || v;
end $$;
comment on function private.search_result_json(text, uuid, text, real, tsquery, boolean) is
  'One search result as JSON (title and excerpt with highlights, status, area, context and where it links to).';

-- ── triggers ─────────────────────────────────────────────────────────────────────────────────────────────
-- Statement-level with transition tables: a bulk write (a new version copies all entries) refreshes once.
-- TG_ARGV[0] is the source, TG_ARGV[1] 'id' (the rows themselves) or the column that points at the source row.
create function private.search_track() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare
  v_ids uuid[];
begin
  if tg_op = 'DELETE' then
    execute format('select array_agg(distinct %I) from old_rows', tg_argv[1]) into v_ids;
  elsif tg_op = 'UPDATE' then
    execute format('select array_agg(distinct x) from (select %1$I as x from old_rows union select %1$I from new_rows) u',
                   tg_argv[1]) into v_ids;
  else
    execute format('select array_agg(distinct %I) from new_rows', tg_argv[1]) into v_ids;
  end if;
  perform private.search_refresh(tg_argv[0], v_ids);
  -- the entries of a document carry its wijken: they follow when the document's wijken change
  if tg_table_name = 'document_districts' then
    perform private.search_refresh('entry', array(select e.id from public.entries e where e.document_id = any (v_ids)));
  end if;
  if tg_table_name in ('areas', 'districts', 'councils') then
    perform private.search_words_refresh();
  end if;
  return null;
end $$;
comment on function private.search_track() is
  'Trigger (statement level): refreshes the search index rows of the changed rows (TG_ARGV: source, id column).';

-- A renamed wijk: what carries its name (documents and their entries, initiatives, councils) follows.
create function private.search_track_district_names() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare
  v_ids uuid[] := array(select n.id from new_rows n join old_rows o on o.id = n.id where n.name <> o.name);
  v_docs uuid[];
begin
  if cardinality(v_ids) = 0 then
    return null;
  end if;
  v_docs := array(select distinct dd.document_id from public.document_districts dd where dd.district_id = any (v_ids));
  perform private.search_refresh('document', v_docs);
  perform private.search_refresh('entry', array(select e.id from public.entries e where e.document_id = any (v_docs)));
  perform private.search_refresh('initiative', array(select i.id from public.initiatives i where i.district_id = any (v_ids)));
  perform private.search_refresh('council',
    array(select distinct cd.council_id from public.council_districts cd where cd.district_id = any (v_ids)));
  return null;
end $$;
comment on function private.search_track_district_names() is
  'Trigger: when a wijk is renamed, refreshes the search rows that carry its name.';

create trigger search_documents_insert after insert on public.documents
  referencing new table as new_rows for each statement execute function private.search_track('document', 'id');
create trigger search_documents_update after update on public.documents
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.search_track('document', 'id');
create trigger search_documents_delete after delete on public.documents
  referencing old table as old_rows for each statement execute function private.search_track('document', 'id');

create trigger search_document_districts_insert after insert on public.document_districts
  referencing new table as new_rows
  for each statement execute function private.search_track('document', 'document_id');
create trigger search_document_districts_update after update on public.document_districts
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.search_track('document', 'document_id');
create trigger search_document_districts_delete after delete on public.document_districts
  referencing old table as old_rows
  for each statement execute function private.search_track('document', 'document_id');

create trigger search_entries_insert after insert on public.entries
  referencing new table as new_rows for each statement execute function private.search_track('entry', 'id');
create trigger search_entries_update after update on public.entries
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.search_track('entry', 'id');
create trigger search_entries_delete after delete on public.entries
  referencing old table as old_rows for each statement execute function private.search_track('entry', 'id');

create trigger search_initiatives_insert after insert on public.initiatives
  referencing new table as new_rows for each statement execute function private.search_track('initiative', 'id');
create trigger search_initiatives_update after update on public.initiatives
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.search_track('initiative', 'id');
create trigger search_initiatives_delete after delete on public.initiatives
  referencing old table as old_rows for each statement execute function private.search_track('initiative', 'id');

create trigger search_comments_insert after insert on public.comments
  referencing new table as new_rows for each statement execute function private.search_track('comment', 'id');
create trigger search_comments_update after update on public.comments
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.search_track('comment', 'id');
create trigger search_comments_delete after delete on public.comments
  referencing old table as old_rows for each statement execute function private.search_track('comment', 'id');

create trigger search_initiative_comments_insert after insert on public.initiative_comments
  referencing new table as new_rows
  for each statement execute function private.search_track('initiative_comment', 'id');
create trigger search_initiative_comments_update after update on public.initiative_comments
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.search_track('initiative_comment', 'id');
create trigger search_initiative_comments_delete after delete on public.initiative_comments
  referencing old table as old_rows
  for each statement execute function private.search_track('initiative_comment', 'id');

create trigger search_areas_insert after insert on public.areas
  referencing new table as new_rows for each statement execute function private.search_track('area', 'id');
create trigger search_areas_update after update on public.areas
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.search_track('area', 'id');
create trigger search_areas_delete after delete on public.areas
  referencing old table as old_rows for each statement execute function private.search_track('area', 'id');

create trigger search_districts_insert after insert on public.districts
  referencing new table as new_rows for each statement execute function private.search_track('district', 'id');
create trigger search_districts_update after update on public.districts
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.search_track('district', 'id');
create trigger search_districts_delete after delete on public.districts
  referencing old table as old_rows for each statement execute function private.search_track('district', 'id');
create trigger search_districts_rename after update on public.districts
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.search_track_district_names();

create trigger search_councils_insert after insert on public.councils
  referencing new table as new_rows for each statement execute function private.search_track('council', 'id');
create trigger search_councils_update after update on public.councils
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.search_track('council', 'id');
create trigger search_councils_delete after delete on public.councils
  referencing old table as old_rows for each statement execute function private.search_track('council', 'id');

create trigger search_council_districts_insert after insert on public.council_districts
  referencing new table as new_rows
  for each statement execute function private.search_track('council', 'council_id');
create trigger search_council_districts_delete after delete on public.council_districts
  referencing old table as old_rows
  for each statement execute function private.search_track('council', 'council_id');

-- ── public read function (security invoker: RLS applies) ─────────────────────────────────────────────────
create function public.search(
  p_query text, p_kinds text[] default null, p_area_id uuid default null, p_statuses text[] default null,
  p_limit integer default 5, p_offset integer default 0, p_groups integer default null
) returns jsonb
  language plpgsql stable security invoker set search_path = '' as $$
declare
  c_kinds constant text[] := array['area', 'district', 'council', 'agenda', 'vision', 'plan', 'agenda_item',
                                   'vision_goal', 'plan_action', 'initiative', 'comment'];
  c_cap constant integer := 300; -- matches read per source (see private.search_hits)
  v_q record;
begin
  if p_kinds is not null and not p_kinds <@ c_kinds then
    raise exception using errcode = '22023', message = 'Onbekende soort in het zoekfilter.';
  end if;
  if p_statuses is not null and exists (
       select 1 from unnest(p_statuses) s
       where s is null or s not in (
         select 'document:' || v from unnest(enum_range(null::public.document_status)) v
         union all select 'item:' || v from unnest(enum_range(null::public.item_status)) v
         union all select 'action:' || v from unnest(enum_range(null::public.action_status)) v
         union all select 'initiative:' || v from unnest(enum_range(null::public.initiative_status)) v)) then
    raise exception using errcode = '22023', message = 'Onbekende status in het zoekfilter.';
  end if;
  if p_area_id is not null and not exists (select 1 from public.areas where id = p_area_id) then
    raise exception using errcode = 'P0002', message = 'Gebied niet gevonden.';
  end if;
  if coalesce(p_limit, 0) not between 1 and 50 or coalesce(p_offset, -1) not between 0 and c_cap
     or coalesce(p_groups, 1) not between 1 and 11 then
    raise exception using errcode = '22023', message = 'Vraag 1 tot 50 zoekresultaten per soort tegelijk op.';
  end if;

  select * into v_q from private.search_query(p_query);
  if v_q.tsq is null then
    return jsonb_build_object('query', coalesce(p_query, ''), 'corrections', '[]'::jsonb, 'total', 0,
                              'counts', '{}'::jsonb, 'more', '[]'::jsonb, 'groups', '[]'::jsonb);
  end if;

  return (
    with hits as materialized (
      select h.source, h.id, h.rank, h.capped, h.body_match from private.search_hits(v_q.tsq, v_q.exact, c_cap) h
    ),
    current_docs as materialized (
      select x.id from private.current_document_ids() as x(id)
    ),
    found as (
      select h.source, h.id, h.rank, h.capped, h.body_match, d.kind::text as kind, d.area_id, 'document:' || d.status as status
      from hits h join public.documents d on d.id = h.id
      where h.source = 'document' and d.id in (select id from current_docs)
      union all
      select h.source, h.id, h.rank, h.capped, h.body_match, e.kind::text, e.area_id,
             case e.kind when 'agenda_item' then 'item:' || e.item_status when 'plan_action' then 'action:' || e.action_status end
      from hits h join public.entries e on e.id = h.id
      where h.source = 'entry' and e.document_id in (select id from current_docs)
      union all
      select h.source, h.id, h.rank, h.capped, h.body_match, 'initiative', i.area_id, 'initiative:' || i.status
      from hits h join public.initiatives i on i.id = h.id
      where h.source = 'initiative' and i.removed_at is null
      union all
      select h.source, h.id, h.rank, h.capped, h.body_match, 'comment', c.area_id, null
      from hits h join public.comments c on c.id = h.id
      where h.source = 'comment' and c.deleted_at is null and c.document_id in (select id from current_docs)
      union all
      select h.source, h.id, h.rank, h.capped, h.body_match, 'comment', c.area_id, null
      from hits h join public.initiative_comments c on c.id = h.id
      join public.initiatives i on i.id = c.initiative_id
      where h.source = 'initiative_comment' and c.removed_at is null and i.removed_at is null
      union all
      select h.source, h.id, h.rank, h.capped, h.body_match, 'area', a.id, null
      from hits h join public.areas a on a.id = h.id where h.source = 'area'
      union all
      select h.source, h.id, h.rank, h.capped, h.body_match, 'district', d.area_id, null
      from hits h join public.districts d on d.id = h.id where h.source = 'district'
      union all
      select h.source, h.id, h.rank, h.capped, h.body_match, 'council', c.area_id, null
      from hits h join public.councils c on c.id = h.id where h.source = 'council'
    ),
    filtered as materialized (
      select f.* from found f
      where (p_area_id is null or f.area_id = p_area_id)
        and (p_statuses is null or f.status = any (p_statuses))
    ),
    counts as (
      select f.kind, count(*) as n, max(f.rank) as best, bool_or(f.capped) as capped from filtered f group by f.kind
    ),
    shown as (
      select c.* from counts c
      where p_kinds is null or c.kind = any (p_kinds)
      order by c.best desc, array_position(c_kinds, c.kind)
      limit p_groups
    ),
    ranked as (
      select f.*, row_number() over (partition by f.kind order by f.rank desc, f.id) as rn
      from filtered f where f.kind in (select kind from shown)
    ),
    page as (
      select r.* from ranked r where r.rn > p_offset and r.rn <= p_offset + p_limit
    )
    select jsonb_build_object(
      'query', p_query,
      'corrections', to_jsonb(v_q.corrections),
      'total', coalesce((select sum(c.n) from counts c where p_kinds is null or c.kind = any (p_kinds)), 0),
      'counts', coalesce((select jsonb_object_agg(c.kind, c.n) from counts c), '{}'::jsonb),
      'more', coalesce((select jsonb_agg(c.kind order by c.kind) from counts c where c.capped), '[]'::jsonb),
      'groups', coalesce((
        select jsonb_agg(jsonb_build_object(
                 'kind', s.kind, 'count', s.n, 'more', s.capped,
                 'items', (select jsonb_agg(private.search_result_json(p.source, p.id, p.kind, p.rank, v_q.tsq, p.body_match)
                                            order by p.rn)
                           from page p where p.kind = s.kind))
               order by s.best desc, array_position(c_kinds, s.kind))
        from shown s where exists (select 1 from page p where p.kind = s.kind)),
        '[]'::jsonb))
  );
end $$;
comment on function public.search(text, text[], uuid, text[], integer, integer, integer) is
  'Searches everything the caller may read (RLS): areas, wijken, councils, agendas, visions, plans, their items, '
  'goals and actions, initiatives and comments, Dutch-aware (stemming, accents folded, misspelt names corrected), '
  'ranked by relevance. Filters: p_kinds (area, district, council, agenda, vision, plan, agenda_item, vision_goal, '
  'plan_action, initiative, comment), p_area_id, p_statuses (document:…, item:…, action:…, initiative:…). Returns '
  'counts per kind (without the kind filter; `more` lists the kinds with more matches than were counted, a few '
  'hundred per source) and, for the best p_groups kinds, p_limit results from p_offset with highlighted titles '
  'and excerpts (matched words between U+E000 and U+E001).';

-- ── data: index what is already there ────────────────────────────────────────────────────────────────────
select private.search_rebuild();

-- ── row level security ───────────────────────────────────────────────────────────────────────────────────
-- Not exposed and not granted to anyone: only the SECURITY DEFINER helpers above (run as the owner) read and write.
alter table private.search_index enable row level security;
alter table private.search_words enable row level security;

-- ── grants ───────────────────────────────────────────────────────────────────────────────────────────────
revoke all on private.search_index, private.search_words from public, anon, authenticated;
revoke all on function private.search_words_refresh(), private.search_refresh(text, uuid[]),
  private.search_rebuild(), private.search_track(), private.search_track_district_names(),
  private.search_query(text), private.search_hits(tsquery, tsquery, integer),
  private.search_excerpt(text, tsquery, boolean), private.search_result_json(text, uuid, text, real, tsquery, boolean),
  private.search_lead(text), private.search_body(text, tsquery, boolean), private.search_unaccent(text), private.search_plain(text), private.search_vector(text, text, text, text)
  from public, anon, authenticated;
revoke all on function public.search(text, text[], uuid, text[], integer, integer, integer) from public;
grant execute on function private.search_unaccent(text), private.search_plain(text), private.search_query(text),
  private.search_lead(text), private.search_body(text, tsquery, boolean),
  private.search_hits(tsquery, tsquery, integer), private.search_excerpt(text, tsquery, boolean),
  private.search_result_json(text, uuid, text, real, tsquery, boolean)
  to anon, authenticated;
grant execute on function public.search(text, text[], uuid, text[], integer, integer, integer) to anon, authenticated;
