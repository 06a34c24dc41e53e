// The goal indicator form's fields as typed, checked, and turned into the arguments of save_goal_indicator.
import type { Database } from '@/lib/supabase/database.types';
import { AppError } from '@/lib/supabase/unwrap';
import type { GoalIndicator } from './goals';

export type GoalIndicatorArgs = Omit<Database['public']['Functions']['save_goal_indicator']['Args'], 'p_document_id'>;

export type GoalDraft = {
  kind: 'cbs' | 'custom';
  key: string;
  scope: 'area' | 'districts';
  districtIds: string[];
  baselineYear: string;
  name: string;
  unit: string;
  source: string;
  baselineValue: string;
  targetValue: string;
  targetYear: string;
};

/** Keys of goalIndicators.form.errors */
export type DraftError = 'figure' | 'districts' | 'name' | 'unit' | 'source' | 'number' | 'year' | 'targetYear';
export type DraftErrors = Partial<Record<keyof GoalDraft, DraftError>>;

export function draftOf(g: GoalIndicator | null): GoalDraft {
  return {
    kind: g?.kind ?? 'cbs',
    key: g?.indicator?.key ?? '',
    scope: g?.scope ?? 'area',
    districtIds: g?.scope === 'districts' ? g.districts.map((d) => d.id) : [],
    baselineYear: g ? String(g.baseline.year) : '',
    name: g?.name ?? '',
    unit: g?.unit ?? '',
    source: g?.source ?? '',
    baselineValue: g?.kind === 'custom' ? String(g.baseline.value) : '',
    targetValue: g ? String(g.target.value) : '',
    targetYear: g ? String(g.target.year) : '',
  };
}

/** "12,5", "12.5" or "-3" → the number; anything else (also "1.000,5": ambiguous) → null. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Math.abs(n) < 1e12 ? n : null;
}
const parseYear = (text: string, from: number) => {
  const t = text.trim();
  return /^\d{4}$/.test(t) && Number(t) >= from && Number(t) <= 2100 ? Number(t) : null;
};

/** The field errors, empty when the draft can be saved. The server checks the same again. */
export function draftErrors(d: GoalDraft): DraftErrors {
  const e: DraftErrors = {};
  if (d.kind === 'cbs') {
    if (!d.key) e.key = 'figure';
    if (d.scope === 'districts' && d.districtIds.length === 0) e.districtIds = 'districts';
  } else {
    if (d.name.trim().length < 2 || d.name.trim().length > 200) e.name = 'name';
    if (!d.unit.trim() || d.unit.trim().length > 40) e.unit = 'unit';
    if (d.source.trim().length < 2 || d.source.trim().length > 300) e.source = 'source';
    if (parseDecimal(d.baselineValue) === null) e.baselineValue = 'number';
    if (parseYear(d.baselineYear, 1900) === null) e.baselineYear = 'year';
  }
  if (parseDecimal(d.targetValue) === null) e.targetValue = 'number';
  const target = parseYear(d.targetYear, 2000);
  const baseline = d.baselineYear ? parseYear(d.baselineYear, 1900) : null;
  if (target === null) e.targetYear = 'year';
  else if (baseline !== null && target < baseline) e.targetYear = 'targetYear';
  return e;
}

export function draftArgs(d: GoalDraft, goalLineageId: string, existing: GoalIndicator | null): GoalIndicatorArgs {
  const common = {
    p_goal_lineage_id: goalLineageId,
    p_target_value: parseDecimal(d.targetValue)!,
    p_target_year: parseYear(d.targetYear, 2000)!,
    ...(existing ? { p_lineage_id: existing.lineage_id, p_version: existing.version } : {}),
  };
  if (d.kind === 'cbs') {
    const year = parseYear(d.baselineYear, 1900);
    return {
      ...common,
      p_indicator_key: d.key,
      ...(d.scope === 'districts' ? { p_district_ids: d.districtIds } : {}),
      ...(year ? { p_baseline_year: year } : {}),
    };
  }
  return {
    ...common,
    p_name: d.name.trim(),
    p_unit: d.unit.trim(),
    p_source: d.source.trim(),
    p_baseline_value: parseDecimal(d.baselineValue)!,
    p_baseline_year: parseYear(d.baselineYear, 1900)!,
  };
}

/** The hints save_goal_indicator raises with a refusal (tests/db/indicators-goals.test.ts keeps the list in step);
 *  each has copy in goalIndicators.serverErrors, so the reader gets it in their language. */
export const SERVER_HINTS = [
  'goal_indicator_baseline',
  'goal_indicator_cbs_fields',
  'goal_indicator_districts',
  'goal_indicator_limit',
  'goal_indicator_name',
  'goal_indicator_no_data',
  'goal_indicator_range',
  'goal_indicator_source',
  'goal_indicator_target',
  'goal_indicator_target_year',
  'goal_indicator_unit',
  'goal_indicator_vision_only',
  'goal_indicator_years',
  'invisible_characters',
] as const;
export type ServerHint = (typeof SERVER_HINTS)[number];

export function serverHint(error: unknown): ServerHint | null {
  if (!(error instanceof AppError)) return null;
  const hint = (error.cause as { hint?: unknown } | undefined)?.hint;
  return SERVER_HINTS.find((h) => h === hint) ?? null;
}
