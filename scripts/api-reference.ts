// The generated part of docs/api.md: one entry per function in `public` (the schema PostgREST exposes, see
// supabase/config.toml), read from the catalog of the database the migrations built: signature, `security
// invoker/definer`, who may execute it, and the `comment on function` written beside it in its migration.
// Used by scripts/gen-db-files.ts; the hand-written parts of docs/api.md outside the markers stay as they are.

export const API_DOC_PATH = 'docs/api.md';
export const BEGIN_MARKER =
  '<!-- BEGIN GENERATED: function reference. `npm run db:generate` writes this part from the functions themselves; to change a text, write a new migration with `comment on function`. -->';
export const END_MARKER = '<!-- END GENERATED: function reference -->';

export type ApiFunction = {
  name: string;
  /** pg_get_function_arguments: names, types and defaults */
  arguments: string;
  /** pg_get_function_result */
  result: string;
  security_definer: boolean;
  /** roles with EXECUTE other than the owner; `PUBLIC` for everyone */
  execute: string[];
  comment: string | null;
};

/** One row per function in public, not those of extensions, ordered by name and then arguments. */
export const API_FUNCTIONS_SQL = `
  select coalesce(json_agg(f order by f.name, f.identity), '[]')
  from (
    select p.proname as name,
           pg_get_function_identity_arguments(p.oid) as identity,
           pg_get_function_arguments(p.oid) as arguments,
           pg_get_function_result(p.oid) as result,
           p.prosecdef as security_definer,
           array(select case when a.grantee = 0 then 'PUBLIC' else a.grantee::regrole::text end
                 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                 where a.privilege_type = 'EXECUTE' and a.grantee <> p.proowner
                 order by a.grantee <> 0, 1) as execute,
           obj_description(p.oid, 'pg_proc') as comment
    from pg_proc p
    where p.pronamespace = 'public'::regnamespace
      and not exists (select 1 from pg_depend d
                      where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
  ) f`;

const code = (s: string) => '`' + s + '`';

/** pg_get_function_arguments split at its top-level commas (not those in quotes or brackets of a default). */
function splitArguments(args: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args.charAt(i);
    if (c === "'") quoted = !quoted;
    else if (!quoted && '([{'.includes(c)) depth++;
    else if (!quoted && ')]}'.includes(c)) depth--;
    else if (!quoted && depth === 0 && c === ',') {
      parts.push(args.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = args.slice(start).trim();
  return last ? [...parts, last] : parts;
}

/** The signature on one line, or one argument a line when that is long. */
function signature(f: ApiFunction): string {
  const oneLine = `${f.name}(${f.arguments}) → ${f.result}`;
  if (oneLine.length <= 100) return oneLine;
  return `${f.name}(\n${splitArguments(f.arguments)
    .map((a) => `  ${a}`)
    .join(',\n')}\n) → ${f.result}`;
}

const AUDIENCES = [
  'Everyone (anon and authenticated)',
  'Signed in (authenticated)',
  'Anonymous only (anon)',
  'Not callable through the API',
] as const;

/** Who may call it through the API, for the index. */
function audience(f: ApiFunction): (typeof AUDIENCES)[number] {
  const can = (role: string) => f.execute.includes(role) || f.execute.includes('PUBLIC');
  if (can('anon') && can('authenticated')) return AUDIENCES[0];
  if (can('authenticated')) return AUDIENCES[1];
  if (can('anon')) return AUDIENCES[2];
  return AUDIENCES[3];
}

function entry(f: ApiFunction): string {
  const execute = f.execute.length > 0 ? f.execute.map(code).join(', ') : 'nobody but the owner';
  return [
    `### ${code(f.name)}`,
    '',
    '```sql',
    signature(f),
    '```',
    '',
    `${code(f.security_definer ? 'security definer' : 'security invoker')} · execute: ${execute}`,
    '',
    f.comment?.trim() || '_No `comment on function` yet._',
  ].join('\n');
}

/** The markdown between the markers (the markers included). */
export function renderApiReference(functions: ApiFunction[]): string {
  const groups = new Map<string, ApiFunction[]>(AUDIENCES.map((who) => [who, []]));
  for (const f of functions) groups.get(audience(f))?.push(f);
  const index = [...groups]
    .filter(([, fs]) => fs.length > 0)
    .map(
      ([who, fs]) =>
        `- **${who}:** ${[...new Set(fs.map((f) => f.name))].map((n) => `[${code(n)}](#${n})`).join(', ')}`,
    );
  return [
    BEGIN_MARKER,
    '',
    '## Function reference',
    '',
    `Every function in \`public\` (${functions.length}), as the migrations leave it (\`supabase/schema.sql\` has their ` +
      'bodies). "execute" lists the roles granted EXECUTE; a `security definer` function checks the caller\'s role ' +
      'itself, as its text says.',
    '',
    ...index,
    '',
    ...functions.map(entry).flatMap((e) => [e, '']),
    END_MARKER,
  ].join('\n');
}

/** docs/api.md with its generated part replaced by `reference` (appended when the markers are missing). */
export function spliceApiReference(doc: string, reference: string): string {
  // the begin marker is found by its start, so a reworded marker replaces the old one
  const begin = doc.indexOf(BEGIN_MARKER.slice(0, BEGIN_MARKER.indexOf('.')));
  const end = doc.indexOf(END_MARKER);
  if (begin === -1 && end === -1) return `${doc.trimEnd()}\n\n${reference}\n`;
  if (begin === -1 || end < begin) throw new Error(`${API_DOC_PATH}: markers of the generated part are broken`);
  return doc.slice(0, begin) + reference + doc.slice(end + END_MARKER.length);
}
