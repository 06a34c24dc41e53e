import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { authQueries } from '@/features/auth/api';
import { AuditLog } from '@/features/audit/components/audit-log';
import { AUDIT_KINDS, type AuditKind } from '@/features/audit/model';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

const kindParam = (value: string | null): AuditKind | null =>
  AUDIT_KINDS.includes(value as AuditKind) ? (value as AuditKind) : null;

/** /beheer/logboek?soort=membership — admins only; the filter lives in the URL. */
export function AuditLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.title'));
  const me = useQuery(authQueries.me());
  const [search, setSearch] = useSearchParams();

  let body;
  if (me.isPending) body = <Skeleton />;
  else if (!me.data)
    body = (
      <p className="utrecht-paragraph">
        <Link to={paths.signIn.href()} className="utrecht-link">
          {t('audit.signInFirst')}
        </Link>
      </p>
    );
  else if (!me.data.is_admin) body = <p className="utrecht-paragraph">{t('audit.adminsOnly')}</p>;
  else
    body = (
      <AuditLog kind={kindParam(search.get('soort'))} onKindChange={(kind) => setSearch(kind ? { soort: kind } : {})} />
    );
  return (
    <div className="page page--wide">
      {me.data?.is_admin ? null : <h1 className="utrecht-heading-1">{t('audit.title')}</h1>}
      {body}
    </div>
  );
}
