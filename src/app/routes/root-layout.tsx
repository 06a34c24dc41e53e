import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { BackendWait } from '@/components/backend-wait/backend-wait';
import { HeaderMenu } from '@/components/ui/header-menu';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { UserMenu } from '@/features/auth/components/user-menu';
import { lazyAfterFirstPaint } from '@/lib/first-paint';
import { isEmbedded } from '@/lib/supabase/mode';
import './root-layout.css';

const SaveStatus = lazyAfterFirstPaint(async () => (await import('@/components/ui/save-status')).SaveStatus);
const HeaderNotifications = lazyAfterFirstPaint(
  async () => (await import('./header-notifications')).HeaderNotifications,
);
// search is not needed for the first paint of the map either; until it loads the header has no box
const SearchBox = lazyAfterFirstPaint(async () => (await import('@/features/search/components/search-box')).SearchBox);
const Toaster = lazyAfterFirstPaint(async () => (await import('@/components/ui/toaster')).Toaster);
// the embedded backend sends no mail: what it "sends" shows here (a Supabase project mails it)
const DemoMailOutbox = isEmbedded
  ? lazyAfterFirstPaint(async () => (await import('@/components/demo-mail/demo-mail-outbox')).DemoMailOutbox)
  : null;

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
        {/* saving, or a save that failed, stays in view: on a phone too, beside the menu button */}
        <Suspense fallback={null}>
          <SaveStatus />
        </Suspense>
        <HeaderMenu label={t('common.menu')}>
          <nav aria-label={t('common.mainNav')} className="app-header__nav">
            <Suspense fallback={null}>
              <SearchBox />
            </Suspense>
            <Link to={paths.initiatives.href()} className="utrecht-link app-header__link">
              {t('initiatives.navLink')}
            </Link>
            <LanguageSwitch />
            <Suspense fallback={null}>
              <HeaderNotifications />
            </Suspense>
            <UserMenu />
          </nav>
        </HeaderMenu>
      </header>
      {DemoMailOutbox ? (
        <Suspense fallback={null}>
          <DemoMailOutbox />
        </Suspense>
      ) : null}
      <main id="inhoud" tabIndex={-1} className="app-main">
        <Suspense fallback={<Skeleton />}>
          <Outlet />
        </Suspense>
      </main>
      <Suspense fallback={null}>
        <Toaster />
      </Suspense>
      {isEmbedded ? <BackendWait /> : null}
    </div>
  );
}
