import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';
import type { DocumentHistory, VersionComparison, VersionedDocument } from './model';
import { themesQuery } from '@/lib/themes';

export const versionQueries = {
  all: () => ['versions'] as const,
  /** A document by slug: its newest visible version, or version `versionNo`. */
  document: (slug: string, versionNo?: number) =>
    queryOptions({
      queryKey: [...versionQueries.all(), 'document', slug, versionNo ?? 'newest'] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase
            .rpc('document_by_slug', { p_slug: slug, ...(versionNo ? { p_version_no: versionNo } : {}) })
            .abortSignal(signal),
        ) as unknown as VersionedDocument,
    }),
  /** Every revision of the series up to this version, newest first. */
  history: (documentId: string) =>
    queryOptions({
      queryKey: [...versionQueries.all(), 'history', documentId] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase.rpc('document_history', { p_document_id: documentId }).abortSignal(signal),
        ) as unknown as DocumentHistory,
    }),
  compare: (fromId: string, toId: string) =>
    queryOptions({
      queryKey: [...versionQueries.all(), 'compare', fromId, toId] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase.rpc('compare_versions', { p_from: fromId, p_to: toId }).abortSignal(signal),
        ) as unknown as VersionComparison,
    }),
  themes: themesQuery,
};
