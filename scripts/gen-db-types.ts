// Writes src/lib/supabase/database.types.ts from the schema that supabase/migrations build, in the shape that
// `supabase gen types typescript` produces (Database → public → Tables/Views/Functions/Enums/CompositeTypes, plus
// the Tables<>, TablesInsert<>, TablesUpdate<>, Enums<>, CompositeTypes<> helpers and Constants). It boots PGlite
// with shim + migrations + seed (tests/utils), so it needs neither Docker nor the Supabase CLI.
// Run: npm run db:types. tests/db/generated-files.test.ts fails when the committed file differs from a fresh run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { format, resolveConfig } from 'prettier';
import { createTestDb } from '../tests/utils/test-db';

export const DB_TYPES_PATH = join('src', 'lib', 'supabase', 'database.types.ts');
const SCHEMA = 'public';
/** PostgREST major the types promise; the embedded backend speaks the PostgREST 12 subset the app uses. */
const POSTGREST_VERSION = '12';

type TypeInfo = {
  oid: number;
  name: string;
  schema: string;
  type: string;
  category: string;
  elem: number;
  relid: number;
};
type Column = {
  relation: string;
  name: string;
  type: number;
  nullable: boolean;
  has_default: boolean;
  identity: string;
  generated: string;
};
type Relation = { name: string; kind: string; insertable: boolean };
type Relationship = {
  name: string;
  relation: string;
  columns: string[];
  referenced_relation: string;
  referenced_columns: string[];
  one_to_one: boolean;
};
type Fn = {
  name: string;
  arg_names: string[] | null;
  arg_modes: string[] | null;
  all_arg_types: number[] | null;
  arg_types: number[];
  n_defaults: number;
  returns: number;
  returns_set: boolean;
  return_relation: number;
};
type EnumInfo = { name: string; labels: string[] };
type Composite = { name: string; attributes: { name: string; type: number }[] };

async function readCatalog(db: PGlite) {
  const q = async <T>(sql: string) => (await db.query<T>(sql, [SCHEMA])).rows;
  const types = (
    await db.query<TypeInfo>(`
      select t.oid::int as oid, t.typname as name, n.nspname as schema, t.typtype as type, t.typcategory as category,
             t.typelem::int as elem, t.typrelid::int as relid
      from pg_type t join pg_namespace n on n.oid = t.typnamespace`)
  ).rows;
  const relations = await q<Relation>(`
    select c.relname as name, c.relkind as kind,
           c.relkind in ('r', 'p') or (c.relkind = 'v' and pg_relation_is_updatable(c.oid, false) & 8 = 8) as insertable
    from pg_class c where c.relnamespace = $1::regnamespace and c.relkind in ('r', 'p', 'f', 'v', 'm')`);
  const columns = await q<Column>(`
    select c.relname as relation, a.attname as name, a.atttypid::int as type, not a.attnotnull as nullable,
           a.atthasdef as has_default, a.attidentity::text as identity, a.attgenerated::text as generated
    from pg_attribute a join pg_class c on c.oid = a.attrelid
    where c.relnamespace = $1::regnamespace and c.relkind in ('r', 'p', 'f', 'v', 'm') and a.attnum > 0 and not a.attisdropped`);
  const relationships = await q<Relationship>(`
    select con.conname as name, cl.relname as relation,
           array(select a.attname::text from unnest(con.conkey) with ordinality k(n, i)
                 join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i) as columns,
           rcl.relname as referenced_relation,
           array(select a.attname::text from unnest(con.confkey) with ordinality k(n, i)
                 join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.i) as referenced_columns,
           exists (select 1 from pg_constraint u where u.conrelid = con.conrelid and u.contype in ('p', 'u')
                   and u.conkey @> con.conkey and u.conkey <@ con.conkey) as one_to_one
    from pg_constraint con
    join pg_class cl on cl.oid = con.conrelid
    join pg_class rcl on rcl.oid = con.confrelid
    where con.contype = 'f' and cl.relnamespace = $1::regnamespace and rcl.relnamespace = $1::regnamespace`);
  const functions = await q<Fn>(`
    select p.proname as name, p.proargnames as arg_names, p.proargmodes::text[] as arg_modes,
           p.proallargtypes::int[] as all_arg_types, p.proargtypes::int[] as arg_types, p.pronargdefaults::int as n_defaults,
           p.prorettype::int as returns, p.proretset as returns_set, coalesce(rt.typrelid, 0)::int as return_relation
    from pg_proc p join pg_type rt on rt.oid = p.prorettype
    where p.pronamespace = $1::regnamespace and p.prokind = 'f' and rt.typname not in ('trigger', 'event_trigger')`);
  const enums = await q<EnumInfo>(`
    select t.typname as name, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
    from pg_type t join pg_enum e on e.enumtypid = t.oid
    where t.typnamespace = $1::regnamespace group by t.typname`);
  const composites = await q<Composite>(`
    select t.typname as name,
           coalesce((select json_agg(json_build_object('name', a.attname, 'type', a.atttypid::int) order by a.attnum)
                     from pg_attribute a where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped), '[]') as attributes
    from pg_type t join pg_class c on c.oid = t.typrelid
    where t.typnamespace = $1::regnamespace and t.typtype = 'c' and c.relkind = 'c'`);
  return { types, relations, columns, relationships, functions, enums, composites };
}

type Catalog = Awaited<ReturnType<typeof readCatalog>>;

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
const key = (name: string) => JSON.stringify(name);
const NEVER = '[_ in never]: never';

function tsTypeFor(oid: number, cat: Catalog): string {
  const t = cat.types.find((x) => x.oid === oid);
  if (!t) return 'unknown';
  if (t.category === 'A' && t.elem) return `(${tsTypeFor(t.elem, cat)})[]`;
  if (t.type === 'd') return 'unknown';
  if (t.type === 'e') {
    if (t.schema === SCHEMA) return `Database[${key(SCHEMA)}]['Enums'][${key(t.name)}]`;
    return (
      cat.enums
        .find((e) => e.name === t.name)
        ?.labels.map(key)
        .join(' | ') ?? 'string'
    );
  }
  if (t.type === 'c' && t.schema === SCHEMA) {
    const rel = cat.relations.find((r) => r.name === t.name);
    if (rel)
      return `Database[${key(SCHEMA)}][${rel.kind === 'v' || rel.kind === 'm' ? "'Views'" : "'Tables'"}][${key(t.name)}]['Row']`;
    return `Database[${key(SCHEMA)}]['CompositeTypes'][${key(t.name)}]`;
  }
  switch (t.name) {
    case 'bool':
      return 'boolean';
    case 'int2':
    case 'int4':
    case 'int8':
    case 'float4':
    case 'float8':
    case 'numeric':
      return 'number';
    case 'bytea':
    case 'bpchar':
    case 'varchar':
    case 'date':
    case 'text':
    case 'citext':
    case 'time':
    case 'timetz':
    case 'timestamp':
    case 'timestamptz':
    case 'uuid':
    case 'vector':
      return 'string';
    case 'json':
    case 'jsonb':
      return 'Json';
    case 'void':
      return 'undefined';
    case 'record':
      return 'Record<string, unknown>';
    default:
      return 'unknown';
  }
}

function columnsOf(relation: string, cat: Catalog): Column[] {
  return cat.columns.filter((c) => c.relation === relation).sort(byName);
}

function rowType(relation: string, cat: Catalog): string {
  return columnsOf(relation, cat)
    .map((c) => `${key(c.name)}: ${tsTypeFor(c.type, cat)}${c.nullable ? ' | null' : ''}`)
    .join('\n');
}

function writeType(relation: string, cat: Catalog, mode: 'Insert' | 'Update'): string {
  return columnsOf(relation, cat)
    .map((c) => {
      if (c.identity === 'a' || c.generated === 's') return `${key(c.name)}?: never`;
      const optional = mode === 'Update' || c.nullable || c.identity !== '' || c.has_default;
      return `${key(c.name)}${optional ? '?' : ''}: ${tsTypeFor(c.type, cat)}${c.nullable ? ' | null' : ''}`;
    })
    .join('\n');
}

function relationshipsOf(relation: string, cat: Catalog): string {
  const rels = cat.relationships
    .filter((r) => r.relation === relation)
    .sort((a, b) => a.name.localeCompare(b.name) || a.referenced_relation.localeCompare(b.referenced_relation));
  return `[${rels
    .map(
      (r) => `{
        foreignKeyName: ${key(r.name)}
        columns: ${JSON.stringify(r.columns)}
        isOneToOne: ${r.one_to_one}
        referencedRelation: ${key(r.referenced_relation)}
        referencedColumns: ${JSON.stringify(r.referenced_columns)}
      },`,
    )
    .join('\n')}]`;
}

function tables(cat: Catalog): string {
  const list = cat.relations.filter((r) => ['r', 'p', 'f'].includes(r.kind)).sort(byName);
  if (list.length === 0) return NEVER;
  return list
    .map(
      (t) => `${key(t.name)}: {
        Row: {
          ${rowType(t.name, cat)}
        }
        Insert: {
          ${writeType(t.name, cat, 'Insert')}
        }
        Update: {
          ${writeType(t.name, cat, 'Update')}
        }
        Relationships: ${relationshipsOf(t.name, cat)}
      }`,
    )
    .join('\n');
}

function views(cat: Catalog): string {
  const list = cat.relations.filter((r) => ['v', 'm'].includes(r.kind)).sort(byName);
  if (list.length === 0) return NEVER;
  return list
    .map(
      (v) => `${key(v.name)}: {
        Row: {
          ${rowType(v.name, cat)}
        }
        ${
          v.insertable
            ? `Insert: {
          ${writeType(v.name, cat, 'Update')}
        }
        Update: {
          ${writeType(v.name, cat, 'Update')}
        }`
            : ''
        }
        Relationships: ${relationshipsOf(v.name, cat)}
      }`,
    )
    .join('\n');
}

function functionArgs(fn: Fn, cat: Catalog): string {
  const types = fn.all_arg_types ?? fn.arg_types;
  const modes = fn.arg_modes ?? types.map(() => 'i');
  const inputs = types
    .map((type, i) => ({ type, mode: modes[i]!, name: fn.arg_names?.[i] ?? '' }))
    .filter((a) => a.mode === 'i' || a.mode === 'b' || a.mode === 'v');
  if (inputs.length === 0) return 'never';
  const firstDefault = inputs.length - fn.n_defaults;
  return `{ ${inputs
    .map((a, i) => ({ ...a, optional: i >= firstDefault }))
    .sort(byName)
    .map((a) => `${key(a.name)}${a.optional ? '?' : ''}: ${tsTypeFor(a.type, cat)}`)
    .join('; ')} }`;
}

function functionReturns(fn: Fn, cat: Catalog): string {
  const types = fn.all_arg_types ?? [];
  const tableColumns = types
    .map((type, i) => ({ type, mode: fn.arg_modes?.[i], name: fn.arg_names?.[i] ?? '' }))
    .filter((a) => a.mode === 't');
  let ts: string;
  if (tableColumns.length > 0) {
    ts = `{ ${tableColumns.map((c) => `${key(c.name)}: ${tsTypeFor(c.type, cat)}`).join('; ')} }`;
  } else {
    ts = tsTypeFor(fn.returns, cat);
  }
  return fn.returns_set ? `(${ts})[]` : ts;
}

function functions(cat: Catalog): string {
  const usable = cat.functions.filter((fn) => {
    const modes = fn.arg_modes ?? fn.arg_types.map(() => 'i');
    const inputs = modes
      .map((m, i) => ({ m, name: fn.arg_names?.[i] ?? '' }))
      .filter((a) => a.m !== 'o' && a.m !== 't');
    return inputs.every((a) => a.name !== '') || inputs.length === 1;
  });
  if (usable.length === 0) return NEVER;
  const names = [...new Set(usable.map((f) => f.name))].sort((a, b) => a.localeCompare(b));
  return names
    .map((name) => {
      const overloads = usable.filter((f) => f.name === name);
      return `${key(name)}: {
        Args: ${overloads.map((f) => functionArgs(f, cat)).join(' | ')}
        Returns: ${functionReturns(overloads[0]!, cat)}
      }`;
    })
    .join('\n');
}

function enumsOf(cat: Catalog): string {
  if (cat.enums.length === 0) return NEVER;
  return [...cat.enums]
    .sort(byName)
    .map((e) => `${key(e.name)}: ${e.labels.map(key).join(' | ')}`)
    .join('\n');
}

function compositesOf(cat: Catalog): string {
  if (cat.composites.length === 0) return NEVER;
  return [...cat.composites]
    .sort(byName)
    .map(
      (c) =>
        `${key(c.name)}: { ${c.attributes.map((a) => `${key(a.name)}: ${tsTypeFor(a.type, cat)} | null`).join('; ')} }`,
    )
    .join('\n');
}

const HELPERS = `
type DatabaseWithoutInternals = Omit<Database, '__InternalSupabase'>

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, '${SCHEMA}'>]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema['Tables'] & DefaultSchema['Views'])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Views'])
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Views'])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema['Tables'] & DefaultSchema['Views'])
    ? (DefaultSchema['Tables'] & DefaultSchema['Views'])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema['Tables']
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables']
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables']
    ? DefaultSchema['Tables'][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema['Tables']
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables']
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables']
    ? DefaultSchema['Tables'][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema['Enums']
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions['schema']]['Enums']
    : never = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions['schema']]['Enums'][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema['Enums']
    ? DefaultSchema['Enums'][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema['CompositeTypes']
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions['schema']]['CompositeTypes']
    : never = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions['schema']]['CompositeTypes'][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema['CompositeTypes']
    ? DefaultSchema['CompositeTypes'][PublicCompositeTypeNameOrOptions]
    : never
`;

/** The content of database.types.ts for the schema in `db`, formatted with the project's prettier config. */
export async function generateDbTypes(db: PGlite): Promise<string> {
  const cat = await readCatalog(db);
  const constants = `export const Constants = {
    ${key(SCHEMA)}: {
      Enums: {
        ${[...cat.enums]
          .sort(byName)
          .map((e) => `${key(e.name)}: [${e.labels.map(key).join(', ')}],`)
          .join('\n')}
      },
    },
  } as const`;
  const source = `// GENERATED by scripts/gen-db-types.ts (npm run db:types) from supabase/migrations, in the shape of
// \`supabase gen types typescript\`. Do not edit by hand.

export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  // Allows to automatically instantiate createClient with right options
  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
  __InternalSupabase: {
    PostgrestVersion: ${key(POSTGREST_VERSION)}
  }
  ${key(SCHEMA)}: {
    Tables: {
      ${tables(cat)}
    }
    Views: {
      ${views(cat)}
    }
    Functions: {
      ${functions(cat)}
    }
    Enums: {
      ${enumsOf(cat)}
    }
    CompositeTypes: {
      ${compositesOf(cat)}
    }
  }
}
${HELPERS}
${constants}
`;
  const root = join(import.meta.dirname, '..');
  const options = (await resolveConfig(join(root, DB_TYPES_PATH))) ?? {};
  return format(source, { ...options, parser: 'typescript' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const db = await createTestDb();
  const content = await generateDbTypes(db);
  await db.close();
  writeFileSync(join(import.meta.dirname, '..', DB_TYPES_PATH), content);
  console.log(`wrote ${DB_TYPES_PATH}`);
}
