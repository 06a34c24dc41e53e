import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { indicatorQueries } from '../api';
import { FiguresTable } from './figures-table';

type DistrictKeyFiguresProps = { districtId: string; districtName: string };

/** On the wijk page: its key figures, each with year and source, next to the city's. */
export function DistrictKeyFigures({ districtId, districtName }: DistrictKeyFiguresProps) {
  const { t } = useTranslation();
  const query = useQuery(indicatorQueries.district(districtId));
  return (
    <section aria-labelledby="kerncijfers-titel" className="area-section">
      <h2 id="kerncijfers-titel" className="utrecht-heading-2">
        {t('figures.district.title')}
      </h2>
      {query.isPending ? (
        <Skeleton lines={5} label={t('figures.district.loading')} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.figures.length === 0 ? (
        <p className="utrecht-paragraph">{t('figures.profile.empty')}</p>
      ) : (
        <FiguresTable
          figures={query.data.figures}
          caption={t('figures.district.intro', { name: districtName })}
          scopeLabel={districtName}
          single
        />
      )}
    </section>
  );
}
