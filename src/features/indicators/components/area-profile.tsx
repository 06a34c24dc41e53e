import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { indicatorQueries } from '../api';
import { DistrictFiguresTable } from './district-figures-table';
import { FiguresTable } from './figures-table';

type AreaProfileProps = {
  areaId: string;
  areaName: string;
  /** the downloads of these figures (composed by the route) */
  exports?: ReactNode;
};

/** On the area page: the area's key figures against the city, and a sortable table of its wijken. */
export function AreaProfile({ areaId, areaName, exports }: AreaProfileProps) {
  const { t } = useTranslation();
  const query = useQuery(indicatorQueries.area(areaId));
  return (
    <section aria-labelledby="cijfers-titel" className="area-section">
      <h2 id="cijfers-titel" className="utrecht-heading-2">
        {t('figures.profile.title')}
      </h2>
      {query.isPending ? (
        <Skeleton lines={5} label={t('figures.profile.loading')} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.figures.length === 0 ? (
        <p className="utrecht-paragraph">{t('figures.profile.empty')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph muted">{t('figures.profile.intro', { area: areaName })}</p>
          <FiguresTable figures={query.data.figures} caption={t('figures.profile.title')} scopeLabel={areaName} />
          <h3 className="utrecht-heading-3">{t('figures.profile.districtsTitle', { area: areaName })}</h3>
          <DistrictFiguresTable
            districts={query.data.districts}
            figures={query.data.figures}
            caption={t('figures.profile.districtsCaption', { area: areaName })}
          />
          {exports}
        </>
      )}
    </section>
  );
}
