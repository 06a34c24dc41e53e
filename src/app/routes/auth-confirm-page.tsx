import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { AuthConfirm } from '@/features/auth/components/auth-confirm';
import { readAuthLanding } from '@/features/auth/model';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** "/auth/bevestigen": where the links in our e-mails land (sign-up, recovery, e-mail change, invitation). */
export function AuthConfirmPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.confirm.title'));
  const navigate = useNavigate();
  const { search, hash } = useLocation();
  const landing = useMemo(() => readAuthLanding(search, hash), [search, hash]);
  // replace: the back button should not lead to a used link
  const done = useCallback((path: string) => void navigate(path, { replace: true }), [navigate]);
  return (
    <div className="page page--narrow">
      <h1 className="utrecht-heading-1">{t('auth.confirm.title')}</h1>
      <AuthConfirm landing={landing} onDone={done} />
    </div>
  );
}
