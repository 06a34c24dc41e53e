// PostgREST's schema cache for functions, reduced to what /rpc needs: the overloads of a name in `public`, their
// named input parameters, and how to pick the one a request's argument names fit.
import type { PGliteInterface } from '@electric-sql/pglite';

export type Param = { name: string; type: string; required: boolean };
export type Routine = {
  name: string;
  params: Param[];
  returnsSet: boolean;
  returnsVoid: boolean;
  /** volatile functions may write: GET may not call them, and a successful call is flushed to storage */
  volatile: boolean;
};

type Row = {
  names: string[] | null;
  modes: string[] | null;
  types: string[];
  defaults: number;
  returns_set: boolean;
  returns_void: boolean;
  volatile: boolean;
};

const INPUT_MODES = new Set(['i', 'b', 'v']); // in, inout, variadic

export async function loadRoutines(db: PGliteInterface, name: string): Promise<Routine[]> {
  const { rows } = await db.query<Row>(
    `select p.proargnames as names, p.proargmodes::text[] as modes, p.pronargdefaults as defaults,
            array(select format_type(t, null) from unnest(p.proargtypes) as t) as types,
            p.proretset as returns_set, p.prorettype = 'void'::regtype as returns_void, p.provolatile = 'v' as volatile
     from pg_catalog.pg_proc p
     where p.pronamespace = 'public'::regnamespace and p.proname = $1 and p.prokind = 'f'`,
    [name],
  );
  return rows.map((row) => {
    const names = (row.names ?? []).filter((_, i) => !row.modes || INPUT_MODES.has(row.modes[i] ?? 'i'));
    const requiredCount = row.types.length - row.defaults;
    return {
      name,
      params: row.types.map((type, i) => ({ name: names[i] ?? '', type, required: i < requiredCount })),
      returnsSet: row.returns_set,
      returnsVoid: row.returns_void,
      volatile: row.volatile,
    };
  });
}

/** The overload whose parameters take exactly these argument names (every required one given, none unknown). */
export function pickRoutine(routines: Routine[], argNames: string[]): Routine | Routine[] | null {
  const fits = routines.filter(
    (r) =>
      argNames.every((a) => r.params.some((p) => p.name === a)) &&
      r.params.every((p) => !p.required || argNames.includes(p.name)),
  );
  if (fits.length === 0) return null;
  return fits.length === 1 ? fits[0]! : fits;
}

/** PostgREST's PGRST202 wording, e.g. "Could not find the function public.area_page(p_slug) in the schema cache". */
export function notFoundText(name: string, argNames: string[]): { message: string; details: string } {
  const fn = `public.${name}`;
  const list = argNames.join(', ');
  const withParams =
    argNames.length === 0 ? ' without parameters' : ` with parameter${argNames.length > 1 ? 's' : ''} ${list}`;
  return {
    message: `Could not find the function ${fn}${argNames.length === 0 ? ' without parameters' : `(${list})`} in the schema cache`,
    details: `Searched for the function ${fn}${withParams} or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.`,
  };
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** `public."fn"("p_a" := _."p_a", ...)` plus the record definition `json_to_record` needs for those arguments. */
export function callSql(routine: Routine, argNames: string[]): { call: string; record: string | null } {
  const params = argNames.map((a) => routine.params.find((p) => p.name === a)!);
  const call = `public.${quote(routine.name)}(${params.map((p) => `${quote(p.name)} := _.${quote(p.name)}`).join(', ')})`;
  const record = params.length
    ? `json_to_record($1::json) as _(${params.map((p) => `${quote(p.name)} ${p.type}`).join(', ')})`
    : null;
  return { call, record };
}
