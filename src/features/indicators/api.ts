import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';
import type { GoalIndicatorArgs } from './goal-draft';
import type { AreaGoal, DocumentIndicators, GoalIndicator } from './goals';
import type { ImportPreview, ImportRecord, ImportRequest } from './import-model';
import type { AreaFigures, Catalog, DistrictFigures, IndicatorMap } from './model';

/** Figures change only with a migration: keep them for a while. */
const FIGURES_STALE = 10 * 60_000;

export const indicatorQueries = {
  all: () => ['indicators'] as const,
  /** The catalog: every indicator with its years and sources. */
  catalog: () =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'catalog'] as const,
      queryFn: async ({ signal }) =>
        unwrap(await supabase.rpc('list_indicators').abortSignal(signal)) as unknown as Catalog,
      staleTime: FIGURES_STALE,
    }),
  /** One indicator for every wijk in one year (the newest when not given). */
  map: (key: string, year?: number) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'map', key, { year: year ?? null }] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase.rpc('indicator_map', { p_key: key, ...(year ? { p_year: year } : {}) }).abortSignal(signal),
        ) as unknown as IndicatorMap,
      staleTime: FIGURES_STALE,
    }),
  /** The key figures of an area (null: the city) against the city, and per wijk. */
  area: (areaId: string | null) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'area', areaId ?? 'city'] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          // null: the whole city (the generated type knows no nullable arguments)
          await supabase.rpc('area_figures', { p_area_id: areaId as string }).abortSignal(signal),
        ) as unknown as AreaFigures,
      staleTime: FIGURES_STALE,
    }),
  /** The key figures of one wijk or dorp against the city. */
  district: (districtId: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'district', districtId] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase.rpc('district_figures', { p_district_id: districtId }).abortSignal(signal),
        ) as unknown as DistrictFigures,
      staleTime: FIGURES_STALE,
    }),
  /** The goal indicators of a vision version, or of the goals the actions of a plan serve. */
  document: (documentId: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'document', documentId] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase.rpc('document_indicators', { p_document_id: documentId }).abortSignal(signal),
        ) as unknown as DocumentIndicators,
    }),
  /** The goals with indicators of the area's vision (its newest version the reader may see). */
  areaGoals: (areaId: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'area-goals', areaId] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase.rpc('area_goal_indicators', { p_area_id: areaId }).abortSignal(signal),
        ) as unknown as AreaGoal[],
    }),
  /** Admins: the CSVs of figures loaded, newest first. */
  imports: () =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'imports'] as const,
      queryFn: async ({ signal }) =>
        unwrap(await supabase.rpc('admin_indicator_imports').abortSignal(signal)) as unknown as ImportRecord[],
    }),
};

/** A goal indicator shows on the vision, the plan and the area page: refetch every goal view after a change. */
function useGoalMutation<V, R>(mutationFn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: async () => {
      await Promise.all([
        qc.invalidateQueries({ queryKey: [...indicatorQueries.all(), 'document'] }),
        qc.invalidateQueries({ queryKey: [...indicatorQueries.all(), 'area-goals'] }),
      ]);
    },
  });
}

export const useSaveGoalIndicator = (documentId: string) =>
  useGoalMutation(
    async (v: GoalIndicatorArgs) =>
      unwrap(
        await supabase.rpc('save_goal_indicator', { p_document_id: documentId, ...v }),
      ) as unknown as GoalIndicator,
  );

export const useDeleteGoalIndicator = (documentId: string) =>
  useGoalMutation(async (v: { lineageId: string; version: number }) =>
    unwrap(
      await supabase.rpc('delete_goal_indicator', {
        p_document_id: documentId,
        p_lineage_id: v.lineageId,
        p_version: v.version,
      }),
    ),
  );

/** Checks a file (apply false) or loads it (apply true); a load changes every figure view, so all are refetched. */
export function useImportIndicatorValues() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (v: ImportRequest & { apply: boolean }) =>
      unwrap(
        await supabase.rpc('admin_import_indicator_values', {
          p_year: v.year,
          p_source: v.source,
          p_header: v.header,
          p_rows: v.rows,
          p_apply: v.apply,
          p_file_name: v.fileName,
        }),
      ) as unknown as ImportPreview,
    onSettled: (_r, _e, v) => (v.apply ? qc.invalidateQueries({ queryKey: indicatorQueries.all() }) : undefined),
  });
}
