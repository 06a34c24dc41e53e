import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { areaQueries } from '@/features/areas/api';
import { AreaList } from '@/features/areas/components/area-list';
import { PlacesPanel } from '@/features/places/components/places-panel';
import { PanelBoundary } from '@/components/ui/panel-boundary';
import { lazyAfterFirstPaint } from '@/lib/first-paint';
import { useDocumentTitle } from '@/lib/use-document-title';

import { usePlaceDistrictLink } from './place-districts';

export { PageError as ErrorBoundary } from './page-error';

// the choice of a figure that colours the map, with its table: its code loads after the map
const CityFigurePanel = lazyAfterFirstPaint(async () => (await import('./figure-panels')).CityFigurePanel);

/** The panel beside the map on "/": the 8 areas as a list, the alternative to the map. */
export function HomePage() {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(areaQueries.overview());
  const districtLink = usePlaceDistrictLink();
  useDocumentTitle(undefined);
  return (
    <div className="panel">
      <h1 className="utrecht-heading-1">{t('home.title')}</h1>
      <p className="utrecht-paragraph">{t('home.intro')}</p>
      <AreaList areas={data.areas} />
      <PanelBoundary fallback={null}>
        <CityFigurePanel />
      </PanelBoundary>
      <PlacesPanel exportName="agendakaart-plekken-tilburg" districtLink={districtLink} />
    </div>
  );
}
