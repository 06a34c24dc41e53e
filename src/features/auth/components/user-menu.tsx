import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { authQueries, useSignOut } from '../api';
import { returnAfterSignIn, roleLabels } from '../model';
import './user-menu.css';

/** Who you are and in which role(s), or links to sign in and sign up. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useQuery(authQueries.me());
  const signOut = useSignOut();
  const location = useLocation();

  if (me.isPending) return <span className="user-menu muted">{t('common.loading')}</span>;
  if (!me.data) {
    return (
      <div className="user-menu">
        <Link to={paths.signIn.href(returnAfterSignIn(location))} className="utrecht-link">
          {t('auth.signIn')}
        </Link>
        <Link to={paths.signUp.href()} className="utrecht-link">
          {t('auth.signUp')}
        </Link>
      </div>
    );
  }
  return (
    <div className="user-menu">
      <span className="user-menu__who">
        <span className="visually-hidden">{t('auth.signedInAs')} </span>
        <strong>{me.data.display_name}</strong>
        <span className="user-menu__roles">{roleLabels(me.data, t).join(', ')}</span>
      </span>
      {me.data.is_admin ? (
        <>
          <Link to={paths.admin.href()} className="utrecht-link">
            {t('admin.navLink')}
          </Link>
          <Link to={paths.moderation.href()} className="utrecht-link">
            {t('initiatives.moderation.navLink')}
          </Link>
          <Link to={paths.auditLog.href()} className="utrecht-link">
            {t('audit.navLink')}
          </Link>
        </>
      ) : null}
      <Link to={paths.profile.href()} className="utrecht-link">
        {t('auth.profile.navLink')}
      </Link>
      <Button appearance="subtle" busy={signOut.isPending} onClick={() => signOut.mutate()}>
        {t('auth.signOut')}
      </Button>
    </div>
  );
}
