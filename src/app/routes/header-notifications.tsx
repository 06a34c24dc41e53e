import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { authQueries } from '@/features/auth/api';
import { NotificationsMenu } from '@/features/initiatives/components/notifications-menu';

/** Notifications and the privacy page, for a signed-in user. */
export function HeaderNotifications() {
  const { t } = useTranslation();
  const me = useQuery(authQueries.me());
  if (!me.data) return null;
  return (
    <>
      <NotificationsMenu hrefOf={paths.initiative.href} />
      <Link to={paths.privacy.href()} className="utrecht-link app-header__link">
        {t('initiatives.privacy.navLink')}
      </Link>
    </>
  );
}
