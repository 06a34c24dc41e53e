// Loading a CSV of figures (admin_import_indicator_values): what is sent and what the check answers.
import type { Json } from '@/lib/supabase/database.types';
import type { ParsedCsv } from './csv-import';
import type { Source } from './model';

export type NewSource = { name: string; credit: string; licence: string; url?: string; transcribed?: boolean };
export type ImportRequest = { year: number; source: Json; header: string[]; rows: string[][]; fileName: string };

export const IMPORT_PROBLEMS = [
  'no_code_column',
  'no_known_columns',
  'duplicate_column',
  'not_a_row',
  'unknown_code',
  'missing_code',
  'duplicate_code',
  'year_mismatch',
  'not_a_number',
] as const;
export type ImportProblem = {
  problem: (typeof IMPORT_PROBLEMS)[number];
  /** the data row, 1 = the first row under the header */
  row?: number;
  code?: string;
  column?: string;
  value?: string;
};

export type ImportPreview = {
  year: number;
  source: Source;
  new_source: boolean;
  district_count: number;
  indicators: {
    key: string;
    column: string;
    name_nl: string;
    name_en: string;
    new: number;
    changed: number;
    unchanged: number;
    unknown: number;
  }[];
  changes: {
    code: string;
    name: string;
    key: string;
    name_nl: string;
    name_en: string;
    old: number | null;
    new: number | null;
  }[];
  changed_count: number;
  unknown_codes: string[];
  missing_districts: { code: string; name: string }[];
  ignored_columns: string[];
  problems: ImportProblem[];
  problem_count: number;
  can_apply: boolean;
  applied: boolean;
};

export type ImportRecord = {
  id: string;
  year: number;
  source: Source;
  file_name: string | null;
  indicator_keys: string[];
  district_count: number;
  inserted_count: number;
  updated_count: number;
  unchanged_count: number;
  imported_by: string | null;
  imported_at: string;
};

/** The request for a parsed file: an existing source by key, or a new one. */
export function importRequest(
  parsed: ParsedCsv,
  year: number,
  source: { key: string } | NewSource,
  fileName: string,
): ImportRequest {
  return { year, source: source as Json, header: parsed.header, rows: parsed.rows, fileName };
}

/** The number of values a load writes (new, changed and unchanged cells of known figures). */
export const cellCount = (p: ImportPreview) => p.indicators.reduce((n, x) => n + x.new + x.changed + x.unchanged, 0);
