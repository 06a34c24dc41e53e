import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { areaQueries } from '@/features/areas/api';
import { AreaDescriptionEditor } from '@/features/areas/components/area-description-editor';
import { AreaDetails } from '@/features/areas/components/area-details';
import { AreaHeader } from '@/features/areas/components/area-header';

export const loader =
  (qc: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    void qc.prefetchQuery(areaQueries.detail(params.areaSlug!));
    return null;
  };

export function AreaPage() {
  const { areaSlug } = useParams() as { areaSlug: string };
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(areaQueries.detail(areaSlug));
  useEffect(() => {
    document.title = `${data.area.name} · ${t('app.name')}`;
    return () => {
      document.title = t('app.name');
    };
  }, [data.area.name, t]);
  return (
    <article className="panel" aria-labelledby="gebied-titel">
      <AreaHeader area={data.area} />
      {data.can_edit ? (
        <AreaDescriptionEditor slug={areaSlug} areaId={data.area.id} description={data.area.description} />
      ) : null}
      <AreaDetails detail={data} />
    </article>
  );
}
