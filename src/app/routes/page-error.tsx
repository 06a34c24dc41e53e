import { useTranslation } from 'react-i18next';
import { Link, useRevalidator, useRouteError } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { paths } from '@/config/paths';
import { AppError } from '@/lib/supabase/unwrap';
import { useDocumentTitle } from '@/lib/use-document-title';

/** A route module's ErrorBoundary: only this page failed; the header (and, for map pages, the map) stay. */
export function PageError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const revalidator = useRevalidator();
  const kind = error instanceof AppError ? error.kind : 'unknown';
  const title = kind === 'not_found' ? t('notFound.title') : t('errors.pageFailed');
  useDocumentTitle(title);
  return (
    <div className="page page--narrow">
      <h1 className="utrecht-heading-1">{title}</h1>
      {/* trying again runs the route's loaders again, which refetch what failed; then the page renders anew */}
      <ErrorState error={error} onRetry={() => void revalidator.revalidate()} />
      <p className="utrecht-paragraph">
        <Link to={paths.home.href()} className="utrecht-link">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
