import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { areaQueries } from '@/features/areas/api';
import { AreaList } from '@/features/areas/components/area-list';

export function HomePage() {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(areaQueries.overview());
  return (
    <div className="panel">
      <h1 className="utrecht-heading-1">{t('home.title')}</h1>
      <p className="utrecht-paragraph">{t('home.intro')}</p>
      <AreaList areas={data.areas} />
    </div>
  );
}
