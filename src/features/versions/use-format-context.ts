import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatEuro } from '@/lib/formats';
import { versionQueries } from './api';
import { titleLookups, type FormatContext, type Revision, type VersionedDocument } from './model';

/** Everything formatValue needs: translations, theme names, and section and entry titles from these versions. */
export function useFormatContext(documents: VersionedDocument[], revisions: Revision[] = []): FormatContext {
  const { t, i18n } = useTranslation();
  const { data: themes } = useSuspenseQuery(versionQueries.themes());
  const lng = i18n.language;
  return useMemo(() => {
    const lookups = titleLookups(documents);
    const sectionsInLog = new Map(
      revisions.filter((r) => r.entity === 'section').map((r) => [String((r.after ?? r.before)?.id), r.title ?? '']),
    );
    const themeNames = new Map(themes.map((th) => [th.id, lng === 'en' ? th.name_en : th.name_nl]));
    return {
      t: (key, options) => t(key, options),
      themeName: (id) => themeNames.get(id),
      sectionTitle: (id) => lookups.sectionTitle(id) ?? (sectionsInLog.get(id) || undefined),
      entryTitle: lookups.entryTitle,
      date: (value) => formatDate(value, lng),
      euro: (value) => formatEuro(value, lng),
    };
  }, [documents, revisions, themes, t, lng]);
}
