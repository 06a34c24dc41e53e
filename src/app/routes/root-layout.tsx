import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { SaveStatus } from '@/components/ui/save-status';
import { Skeleton } from '@/components/ui/skeleton';
import { Toaster } from '@/components/ui/toaster';
import { paths } from '@/config/paths';
import { UserMenu } from '@/features/auth/components/user-menu';
import { HeaderNotifications } from './header-notifications';

export function RootLayout() {
  const { t } = useTranslation();
  return (
    <div className="app utrecht-document agendakaart-theme">
      <a href="#inhoud" className="skip-link">
        {t('common.skipToContent')}
      </a>
      <header className="app-header">
        <Link to={paths.home.href()} className="app-header__brand">
          <span aria-hidden="true" className="app-header__logo" />
          {t('app.name')}
          <span className="app-header__place">{t('app.place')}</span>
        </Link>
        <nav aria-label={t('common.mainNav')} className="app-header__nav">
          <SaveStatus />
          <Link to={paths.initiatives.href()} className="utrecht-link app-header__link">
            {t('initiatives.navLink')}
          </Link>
          <LanguageSwitch />
          <HeaderNotifications />
          <UserMenu />
        </nav>
      </header>
      <main id="inhoud" tabIndex={-1} className="app-main">
        <Suspense fallback={<Skeleton />}>
          <Outlet />
        </Suspense>
      </main>
      <Toaster />
    </div>
  );
}
