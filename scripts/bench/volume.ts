// Ten times Tilburg's expected volume, made deterministically from the seed: every document gets 9 copies (with its
// districts, sections, entries and comments; visions stay one per area, as the schema demands), and within every
// document each entry and comment gets 9 copies.
// Ids are md5 of the original id and the copy number, so two runs build the same database.
const COPIES = 9;

/** Copies every row of `table` COPIES times (alias x, copy number n), overriding columns with SQL expressions. */
function copyRows(table: string, overrides: Record<string, string>, where = 'true'): string {
  const pairs = Object.entries(overrides)
    .map(([col, expr]) => `'${col}', ${expr}`)
    .join(', ');
  return `insert into public.${table}
    select (jsonb_populate_record(null::public.${table}, to_jsonb(x) || jsonb_build_object(${pairs}))).*
    from public.${table} x, generate_series(1, ${COPIES}) n where ${where};`;
}

const id = (col: string, tag: string) => `md5(x.${col}::text || '${tag}' || n)::uuid`;
const maybeId = (col: string, tag: string) => `case when x.${col} is null then null else ${id(col, tag)} end`;

export const VOLUME_SQL = `
set session_replication_role = replica; -- no triggers (revisions) and no FK checks while copying
${copyRows('entries', { id: id('id', ':e'), lineage_id: id('lineage_id', ':e'), position: 'x.position + 1000 * n' })}
${copyRows('comments', { id: id('id', ':c'), parent_id: maybeId('parent_id', ':c') })}
${copyRows(
  'documents',
  {
    id: id('id', ':d'),
    series_id: id('series_id', ':d'),
    slug: `x.slug || '-b' || n`,
    previous_version_id: maybeId('previous_version_id', ':d'),
  },
  `x.kind <> 'vision'`,
)}
${copyRows('document_districts', { document_id: id('document_id', ':d') }, `x.document_id in (select id from public.documents where slug !~ '-b[0-9]+$' and kind <> 'vision')`)}
${copyRows('sections', { id: id('id', ':d'), document_id: id('document_id', ':d') }, `x.document_id in (select id from public.documents where slug !~ '-b[0-9]+$' and kind <> 'vision')`)}
${copyRows('entries', { id: id('id', ':d'), document_id: id('document_id', ':d'), section_id: id('section_id', ':d') }, `x.document_id in (select id from public.documents where slug !~ '-b[0-9]+$' and kind <> 'vision')`)}
${copyRows('comments', { id: id('id', ':d'), document_id: id('document_id', ':d'), entry_id: maybeId('entry_id', ':d'), parent_id: maybeId('parent_id', ':d') }, `x.document_id in (select id from public.documents where slug !~ '-b[0-9]+$' and kind <> 'vision')`)}
set session_replication_role = origin;
analyze;
`;

export const COUNTS_SQL = `select (select count(*) from public.documents) as documents, (select count(*) from public.sections) as sections,
  (select count(*) from public.entries) as entries, (select count(*) from public.comments) as comments`;
