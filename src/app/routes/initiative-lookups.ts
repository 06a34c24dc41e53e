import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { areaQueries } from '@/features/areas/api';
import { initiativeQueries } from '@/features/initiatives/api';
import { filterArgs, filtersFromSearch, type InitiativeTheme } from '@/features/initiatives/model';

/** Themes, areas and districts for the initiative filters and forms, and the filters of the URL as RPC arguments. */
export function useInitiativeLookups() {
  const { i18n } = useTranslation();
  const [params] = useSearchParams();
  const { data: themes } = useSuspenseQuery(initiativeQueries.themes());
  const { data: overview } = useSuspenseQuery(areaQueries.overview());
  const filters = filtersFromSearch(params);
  const themeName = (t: Pick<InitiativeTheme, 'name_nl' | 'name_en'>) =>
    i18n.language === 'en' ? t.name_en : t.name_nl;
  return {
    params,
    filters,
    args: filterArgs(filters, themes, overview.areas),
    themes,
    themeName,
    areas: overview.areas,
    districts: [...overview.districts].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}
