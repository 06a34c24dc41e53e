import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

/** A route module's ErrorBoundary: the page failed, the header and navigation around it stay. */
export function PageError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('errors.pageFailed'));
  return (
    <div className="page page--narrow">
      <h1 className="utrecht-heading-1">{t('errors.pageFailed')}</h1>
      <ErrorState error={error} onRetry={() => window.location.reload()} />
      <p className="utrecht-paragraph">
        <Link to={paths.home.href()} className="utrecht-link">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
