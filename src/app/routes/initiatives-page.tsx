import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { areaQueries } from '@/features/areas/api';
import { attachmentQueries } from '@/features/attachments/api';
import { AttachmentThumb } from '@/features/attachments/components/attachment-thumb';
import { authQueries } from '@/features/auth/api';
import { initiativeQueries, PAGE_SIZE } from '@/features/initiatives/api';
import { InitiativeFilters } from '@/features/initiatives/components/initiative-filters';
import { InitiativeList } from '@/features/initiatives/components/initiative-list';
import { withFilters } from '@/features/initiatives/model';
import { districtSlug } from '@/lib/district-slug';
import { useDocumentTitle } from '@/lib/use-document-title';
import { InitiativeDetailPanel } from './initiative-detail-panel';
import { useInitiativeLookups } from './initiative-lookups';
import './initiatives-page.css';

export { PageError as ErrorBoundary } from './page-error';

export const loader = (qc: QueryClient) => () => {
  void qc.prefetchQuery(initiativeQueries.themes());
  void qc.prefetchQuery(areaQueries.overview());
  return null;
};

/** "/initiatieven": filters and the list beside the map, or one initiative (?initiatief=<id>). */
export function InitiativesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const selected = params.get('initiatief');
  const me = useQuery(authQueries.me());
  useDocumentTitle(t('initiatives.title'));
  if (selected) {
    const back = new URLSearchParams(params);
    back.delete('initiatief');
    return (
      <InitiativeDetailPanel id={selected} backHref={paths.initiatives.href(back.toString())} signedIn={!!me.data} />
    );
  }
  return (
    <div className="panel">
      <h1 className="utrecht-heading-1">{t('initiatives.title')}</h1>
      <p className="utrecht-paragraph">{t('initiatives.intro')}</p>
      {/* while it is not known who I am (the local database may still be opening), no "log in" to a signed-in user */}
      {me.isPending ? null : me.data ? (
        <Link to={paths.proposeInitiative.href()} className="utrecht-button-link utrecht-button-link--primary-action">
          {t('initiatives.propose.cta')}
        </Link>
      ) : (
        <p className="utrecht-paragraph">
          <Link to={paths.signIn.href()} className="utrecht-link">
            {t('initiatives.signInToPropose')}
          </Link>
        </p>
      )}
      <FilteredList params={params} onParams={(p) => setParams(p)} />
    </div>
  );
}

function FilteredList({ params, onParams }: { params: URLSearchParams; onParams: (p: URLSearchParams) => void }) {
  const { t } = useTranslation();
  const { filters, args, themes, themeName, areas } = useInitiativeLookups();
  const page = Math.max(0, Number(params.get('pagina') ?? '1') - 1) || 0;
  const list = useQuery(initiativeQueries.list(args, page));
  const photos = useQuery(attachmentQueries.ofTargets('initiative', list.data?.items.map((i) => i.id) ?? []));
  const hrefOf = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('initiatief', id);
    return paths.initiatives.href(next.toString());
  };
  const toPage = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('pagina', String(n + 1));
    return paths.initiatives.href(next.toString());
  };
  const pages = list.data ? Math.ceil(list.data.total / PAGE_SIZE) : 0;
  return (
    <>
      <InitiativeFilters
        filters={filters}
        themes={themes.map((x) => ({ slug: x.slug, label: themeName(x) }))}
        areas={areas.map((a) => ({ slug: a.slug, label: a.name }))}
        onChange={(f) => onParams(withFilters(params, f))}
      />
      {list.isPending ? <Skeleton /> : null}
      {list.data ? (
        <>
          <p className="utrecht-paragraph" role="status">
            {t('initiatives.list.count', { count: list.data.total })}
          </p>
          <InitiativeList
            items={list.data.items}
            total={list.data.total}
            hrefOf={hrefOf}
            themeName={themeName}
            districtHref={(d) => paths.district.href(districtSlug(d.name))}
            renderThumb={(id) => <AttachmentThumb photos={photos.data?.[id]} />}
          />
          {pages > 1 ? (
            <nav aria-label={t('initiatives.list.pages')} className="pagination">
              {page > 0 ? (
                <Link to={toPage(page - 1)} className="utrecht-link">
                  {t('initiatives.list.previous')}
                </Link>
              ) : null}
              <span>{t('initiatives.list.page', { page: page + 1, pages })}</span>
              {page + 1 < pages ? (
                <Link to={toPage(page + 1)} className="utrecht-link">
                  {t('initiatives.list.next')}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
