import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page page--narrow">
      <h1 className="utrecht-heading-1">{t('notFound.title')}</h1>
      <p className="utrecht-paragraph">{t('notFound.body')}</p>
      <Link to={paths.home.href()} className="utrecht-link">
        {t('notFound.home')}
      </Link>
    </div>
  );
}
