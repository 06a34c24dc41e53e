import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { paths } from '@/config/paths';

/** Last resort when a route itself fails to load or render. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <main id="inhoud" className="page page--narrow">
      <h1 className="utrecht-heading-1">{t('errors.pageFailed')}</h1>
      <ErrorState error={error} onRetry={() => window.location.reload()} />
      <Link to={paths.home.href()} className="utrecht-link">
        {t('notFound.home')}
      </Link>
    </main>
  );
}
