import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { adminQueries } from '@/features/admin/api';
import { AdminNav } from '@/features/admin/components/admin-nav';
import { authQueries } from '@/features/auth/api';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** Starts loading the console's data for an admin while the screen's code loads; nobody else asks for it. */
export const loader = (qc: QueryClient) => () => {
  void qc
    .ensureQueryData(authQueries.me())
    .then((me) => (me?.is_admin ? qc.prefetchQuery(adminQueries.console()) : undefined))
    .catch(() => undefined);
  return null;
};

/** /beheer and its screens: admins only. Everyone else sees why not (and a visitor where to sign in). */
export function AdminLayout() {
  const { t } = useTranslation();
  const me = useQuery(authQueries.me());
  const location = useLocation();
  const guard = me.isPending ? (
    <Skeleton label={t('admin.checkingAccount')} />
  ) : !me.data ? (
    <p className="utrecht-paragraph">
      <Link to={paths.signIn.href(location.pathname + location.search)} className="utrecht-link">
        {t('admin.signInFirst')}
      </Link>
    </p>
  ) : !me.data.is_admin ? (
    <p className="utrecht-paragraph">{t('admin.adminsOnly')}</p>
  ) : null;
  return <div className="page page--wide admin">{guard ? <Guarded>{guard}</Guarded> : <AdminScreens />}</div>;
}

function Guarded({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  return (
    <>
      <h1 className="utrecht-heading-1">{t('admin.title')}</h1>
      {children}
    </>
  );
}

function AdminScreens() {
  return (
    <>
      <AdminNav />
      <Outlet />
    </>
  );
}
