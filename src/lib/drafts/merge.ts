// No lost edits: a save carries the version it was based on; SQL refuses a stale one (40001). Then the editor
// compares three versions of each field — base (what I started from), mine (what I typed), theirs (what is saved
// now) — takes every one-sided change automatically and asks the person only where both changed the same field.

export type FieldValues = Record<string, unknown>;

/** unchanged: nobody changed it · mine/theirs: only that side changed it · same: both made the same change ·
 *  conflict: both changed it differently, the person decides */
export type FieldState = 'unchanged' | 'mine' | 'theirs' | 'same' | 'conflict';

export type FieldComparison = { field: string; base: unknown; mine: unknown; theirs: unknown; state: FieldState };

/** A choice for a conflicting field: one of the two versions, or a text the person merged by hand. */
export type Choice = { take: 'mine' } | { take: 'theirs' } | { take: 'edited'; value: unknown };

/** Forms hold '' where the database holds null; both mean "empty". */
function normalize(value: unknown): unknown {
  return value === undefined || value === '' ? null : value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  const x = normalize(a);
  const y = normalize(b);
  if (x === y) return true;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
  return stableJson(x) === stableJson(y);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function compareFields(
  fields: readonly string[],
  base: FieldValues,
  mine: FieldValues,
  theirs: FieldValues,
): FieldComparison[] {
  return fields.map((field) => {
    const b = base[field];
    const m = mine[field];
    const t = theirs[field];
    const mineChanged = !sameValue(m, b);
    const theirsChanged = !sameValue(t, b);
    const state: FieldState =
      !mineChanged && !theirsChanged
        ? 'unchanged'
        : mineChanged && !theirsChanged
          ? 'mine'
          : !mineChanged
            ? 'theirs'
            : sameValue(m, t)
              ? 'same'
              : 'conflict';
    return { field, base: b, mine: m, theirs: t, state };
  });
}

export function conflictsOf(comparisons: FieldComparison[]): FieldComparison[] {
  return comparisons.filter((c) => c.state === 'conflict');
}

/** The merged values: one-sided changes taken as they are, conflicts as chosen. `unresolved` lists conflicting
 *  fields without a choice yet; those keep MY value in `values`, so nothing typed is ever dropped silently. */
export function resolveMerge(
  comparisons: FieldComparison[],
  choices: Partial<Record<string, Choice>>,
): { values: FieldValues; unresolved: string[] } {
  const values: FieldValues = {};
  const unresolved: string[] = [];
  for (const c of comparisons) {
    if (c.state === 'theirs') values[c.field] = c.theirs;
    else if (c.state !== 'conflict') values[c.field] = c.mine;
    else {
      const choice = choices[c.field];
      if (!choice) unresolved.push(c.field);
      values[c.field] = !choice || choice.take === 'mine' ? c.mine : choice.take === 'theirs' ? c.theirs : choice.value;
    }
  }
  return { values, unresolved };
}

/** The SQL write functions raise 40001 when the version sent is not the current one (private.check_version). */
export function isVersionConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '40001';
}

/** A save that failed for lack of a connection (retry later) rather than being refused by the server. */
export function isConnectionFailure(error: unknown): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.code !== undefined && e.code !== '') return false;
  return /fetch|network|load failed/i.test(String(e.message ?? '')) || e.cause instanceof TypeError;
}
