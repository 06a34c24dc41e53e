import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { districtQueries } from '@/features/districts/api';
import { DistrictDetails } from '@/features/districts/components/district-details';
import { DistrictHeader } from '@/features/districts/components/district-header';
import { DistrictKeyFigures } from '@/features/indicators/components/district-key-figures';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** Starts loading the wijk page; the panel shows a skeleton (and the map stays usable) until it arrives. */
export const loader =
  (qc: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    void qc.prefetchQuery(districtQueries.page(params.districtSlug!));
    return null;
  };

/** /wijk/<slug or CBS code>: a wijk or dorp with its figures next to the city's, its area, councils, agendas, what is
 *  placed in it and its initiatives, beside the map (which shows the wijk). */
export function DistrictPage() {
  const { districtSlug } = useParams() as { districtSlug: string };
  const { data } = useSuspenseQuery(districtQueries.page(districtSlug));
  useDocumentTitle(data.district.name);
  return (
    <article className="panel" aria-labelledby="wijk-titel">
      <DistrictHeader page={data} />
      <DistrictKeyFigures districtId={data.district.id} districtName={data.district.name} />
      <DistrictDetails page={data} initiativeHref={(id) => paths.initiative.href(id)} />
    </article>
  );
}
