import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { indicatorQueries } from '@/features/indicators/api';
import { ImportLog } from '@/features/indicators/components/import-log';
import { ImportPanel } from '@/features/indicators/components/import-panel';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** /beheer/cijfers — load a year of figures per wijk from a CSV, and what was loaded before. */
export function AdminFiguresPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('figuresAdmin.title'));
  const catalog = useQuery(indicatorQueries.catalog());
  return (
    <>
      <h1 className="utrecht-heading-1">{t('figuresAdmin.title')}</h1>
      <p className="utrecht-paragraph">{t('figuresAdmin.intro')}</p>
      {catalog.isPending ? (
        <Skeleton label={t('figuresAdmin.loading')} />
      ) : catalog.isError ? (
        <ErrorState error={catalog.error} onRetry={() => void catalog.refetch()} />
      ) : (
        <ImportPanel sources={catalog.data.sources} />
      )}
      <ImportLog />
    </>
  );
}
