import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { authQueries, useExchangeCode } from '../api';
import { redirectErrorKey, type AuthLanding } from '../model';
import { returnPath } from '../return-path';
import { failureKey } from './use-auth-form';

type AuthReturnProps = { landing: AuthLanding; onDone: (path: string) => void };

/** Back from the identity provider: `?code=` (PKCE) to exchange, tokens that supabase-js already read from the
 *  fragment (implicit flow), or an error. Then on to where the person started. */
export function AuthReturn({ landing, onDone }: AuthReturnProps) {
  if (landing.kind === 'error') {
    return <ReturnFailed reason={redirectErrorKey(landing.error)} details={landing.error.description} />;
  }
  if (landing.kind === 'code') return <ReturnWithCode code={landing.code} onDone={onDone} />;
  return <ReturnWithSession onDone={onDone} />;
}

function ReturnWithCode({ code, onDone }: { code: string; onDone: (path: string) => void }) {
  const { mutate, isError, error } = useExchangeCode();
  useEffect(() => mutate(code, { onSuccess: () => onDone(returnPath()) }), [mutate, code, onDone]);
  if (isError) return <ReturnFailed reason={failureKey(error) ?? 'auth.errors.redirectFailed'} />;
  return <Busy />;
}

function ReturnWithSession({ onDone }: { onDone: (path: string) => void }) {
  const me = useQuery(authQueries.me());
  const signedIn = Boolean(me.data);
  useEffect(() => {
    if (signedIn) onDone(returnPath());
  }, [signedIn, onDone]);
  if (me.isPending || signedIn) return <Busy />;
  return <ReturnFailed reason="auth.errors.redirectFailed" />;
}

function Busy() {
  const { t } = useTranslation();
  return (
    <p role="status" className="utrecht-paragraph">
      {t('auth.return.busy')}
    </p>
  );
}

function ReturnFailed({ reason, details }: { reason: string; details?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="utrecht-alert utrecht-alert--error" role="alert">
        <p className="utrecht-paragraph">{t(reason)}</p>
        {details ? (
          <p className="utrecht-paragraph muted">{t('auth.return.details', { description: details })}</p>
        ) : null}
      </div>
      <p className="utrecht-paragraph">
        <Link to={paths.signIn.href(returnPath())} className="utrecht-link">
          {t('auth.return.tryAgain')}
        </Link>
      </p>
    </>
  );
}
