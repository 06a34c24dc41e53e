import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { authQueries } from '@/features/auth/api';

// loaded only for a signed-in user: it brings the initiatives API, which a visitor does not need
const NotificationsMenu = lazy(async () => ({
  default: (await import('@/features/initiatives/components/notifications-menu')).NotificationsMenu,
}));

/** Notifications and the privacy page, for a signed-in user. */
export function HeaderNotifications() {
  const { t } = useTranslation();
  const me = useQuery(authQueries.me());
  if (!me.data) return null;
  return (
    <>
      <Suspense fallback={null}>
        <NotificationsMenu hrefOf={paths.initiative.href} />
      </Suspense>
      <Link to={paths.privacy.href()} className="utrecht-link app-header__link">
        {t('initiatives.privacy.navLink')}
      </Link>
    </>
  );
}
