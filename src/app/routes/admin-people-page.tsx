import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { adminQueries, USER_SEARCH_LIMIT } from '@/features/admin/api';
import { ConsoleData } from '@/features/admin/components/console-data';
import { PeopleSearch } from '@/features/admin/components/people-search';
import { PeopleTable } from '@/features/admin/components/people-table';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** /beheer/mensen?q=… — find people by name or e-mail, see and change their roles. */
export function AdminPeoplePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.people.title'));
  const [search, setSearch] = useSearchParams();
  const query = search.get('q') ?? '';
  const users = useQuery(adminQueries.users(query));
  const onQueryChange = (next: string) => setSearch(next ? { q: next } : {}, { replace: true });

  let body;
  if (users.isPending) body = <Skeleton label={t('admin.people.loading')} />;
  else if (users.isError) body = <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  else if (users.data.length === 0)
    body = (
      <p className="utrecht-paragraph empty-state">
        {query ? t('admin.people.noneFound', { query }) : t('admin.people.none')}
      </p>
    );
  else {
    const caption = query
      ? t('admin.people.resultsFor', { count: users.data.length, query })
      : t('admin.people.resultsAll', { count: users.data.length });
    const capped =
      users.data.length >= USER_SEARCH_LIMIT ? ` ${t('admin.people.capped', { count: USER_SEARCH_LIMIT })}` : '';
    body = (
      <ConsoleData loadingLabel={t('admin.people.loadingRoles')}>
        {(data) => (
          <PeopleTable users={users.data} areas={data.areas} councils={data.councils} caption={caption + capped} />
        )}
      </ConsoleData>
    );
  }
  return (
    <>
      <h1 className="utrecht-heading-1">{t('admin.people.title')}</h1>
      <p className="utrecht-paragraph">{t('admin.people.intro')}</p>
      <PeopleSearch query={query} onQueryChange={onQueryChange} />
      <p className="muted" role="status">
        {users.isFetching && !users.isPending ? t('admin.people.searching') : null}
      </p>
      <div aria-busy={users.isFetching || undefined}>{body}</div>
    </>
  );
}
