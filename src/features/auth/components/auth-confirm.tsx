import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { authQueries, useExchangeCode, useVerifyLink } from '../api';
import { pathAfterLink, redirectErrorKey, type AuthLanding, type LinkType } from '../model';
import { LinkExpired } from './link-expired';
import { failureKey } from './use-auth-form';

type AuthConfirmProps = { landing: AuthLanding; onDone: (path: string) => void };

/** Expired links get the link-expired copy; anything else its own sentence. */
const linkReason = (key: string | null) =>
  !key || key === 'auth.errors.linkExpired'
    ? 'auth.confirm.expired'
    : key === 'auth.errors.unknown'
      ? 'auth.confirm.failed'
      : key;

/** Where an e-mail link lands: our templates bring token_hash + type (verifyOtp); GoTrue's default templates
 *  bring a session (read by supabase-js), a `?code=` (PKCE) or an error in the fragment. */
export function AuthConfirm({ landing, onDone }: AuthConfirmProps) {
  switch (landing.kind) {
    case 'verify':
      return <VerifyToken tokenHash={landing.tokenHash} type={landing.type} next={landing.next} onDone={onDone} />;
    case 'code':
      return <ExchangeCode code={landing.code} next={landing.next} onDone={onDone} />;
    case 'error':
      return <LinkExpired reason={linkReason(redirectErrorKey(landing.error))} />;
    case 'message':
      return <SecondConfirmation />;
    case 'none':
      return <SessionFromUrl next={landing.next} onDone={onDone} />;
  }
}

type VerifyTokenProps = { tokenHash: string; type: LinkType; next: string; onDone: (path: string) => void };

function VerifyToken({ tokenHash, type, next, onDone }: VerifyTokenProps) {
  const { t } = useTranslation();
  const { mutate, isError, isSuccess, data, error } = useVerifyLink();
  useEffect(() => {
    // StrictMode runs this twice: useVerifyLink sends the token once and shares the answer
    mutate({ tokenHash, type }, { onSuccess: ({ signedIn }) => signedIn && onDone(pathAfterLink(type, next)) });
  }, [mutate, tokenHash, type, next, onDone]);

  if (isError) return <LinkExpired type={type} reason={linkReason(failureKey(error))} />;
  if (isSuccess && !data.signedIn) return <SecondConfirmation />;
  return (
    <p role="status" className="utrecht-paragraph">
      {isSuccess ? t('auth.confirm.done') : t('auth.confirm.busy')}
    </p>
  );
}

type ExchangeCodeProps = { code: string; next: string; onDone: (path: string) => void };

function ExchangeCode({ code, next, onDone }: ExchangeCodeProps) {
  const { t } = useTranslation();
  const { mutate, isError, error } = useExchangeCode();
  useEffect(() => mutate(code, { onSuccess: () => onDone(next) }), [mutate, code, next, onDone]);
  if (isError) return <LinkExpired reason={linkReason(failureKey(error))} />;
  return (
    <p role="status" className="utrecht-paragraph">
      {t('auth.confirm.busy')}
    </p>
  );
}

/** Secure e-mail change: one address confirmed, the other still to do. */
function SecondConfirmation() {
  const { t } = useTranslation();
  return (
    <div className="utrecht-alert utrecht-alert--info" role="status">
      <p className="utrecht-paragraph">{t('auth.confirm.secondConfirmation')}</p>
    </div>
  );
}

/** No token in the URL: a default-template link that supabase-js turned into a session, or a link cut short. */
function SessionFromUrl({ next, onDone }: { next: string; onDone: (path: string) => void }) {
  const { t } = useTranslation();
  const me = useQuery(authQueries.me());
  const signedIn = Boolean(me.data);
  useEffect(() => {
    if (signedIn) onDone(next);
  }, [signedIn, next, onDone]);

  if (me.isPending || signedIn) {
    return (
      <p role="status" className="utrecht-paragraph">
        {t('auth.confirm.busy')}
      </p>
    );
  }
  return (
    <>
      <div className="utrecht-alert utrecht-alert--warning" role="alert">
        <p className="utrecht-paragraph">{t('auth.confirm.incomplete')}</p>
      </div>
      <p className="utrecht-paragraph">
        <Link to={paths.signIn.href()} className="utrecht-link">
          {t('auth.backToSignIn')}
        </Link>
      </p>
      <p className="utrecht-paragraph">
        <Link to={paths.forgotPassword.href()} className="utrecht-link">
          {t('auth.newPasswordPage.requestNew')}
        </Link>
      </p>
    </>
  );
}
