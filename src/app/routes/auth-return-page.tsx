import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { AuthReturn } from '@/features/auth/components/auth-return';
import { readAuthLanding } from '@/features/auth/model';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** "/auth/terugkeer": back from the municipality's identity provider (OAuth / SAML SSO through Supabase Auth). */
export function AuthReturnPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.return.title'));
  const navigate = useNavigate();
  const { search, hash } = useLocation();
  const landing = useMemo(() => readAuthLanding(search, hash), [search, hash]);
  const done = useCallback((path: string) => void navigate(path, { replace: true }), [navigate]);
  return (
    <div className="page page--narrow">
      <h1 className="utrecht-heading-1">{t('auth.return.title')}</h1>
      <AuthReturn landing={landing} onDone={done} />
    </div>
  );
}
