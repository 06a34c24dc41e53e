import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AreaForm } from '@/features/admin/components/area-form';
import { AreaTable } from '@/features/admin/components/area-table';
import { ConsoleData } from '@/features/admin/components/console-data';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useHomeMapRefresh } from './admin-map-refresh';

export { PageError as ErrorBoundary } from './page-error';

/** /beheer/gebieden?gebied=<id> — the 8 areas; the one being edited in a form above the list. */
export function AdminAreasPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.areas.title'));
  const [search, setSearch] = useSearchParams();
  const refreshMap = useHomeMapRefresh();
  const editing = search.get('gebied');
  return (
    <>
      <h1 className="utrecht-heading-1">{t('admin.areas.title')}</h1>
      <p className="utrecht-paragraph">{t('admin.areas.intro')}</p>
      <ConsoleData loadingLabel={t('admin.areas.loading')}>
        {(data) => {
          const area = data.areas.find((a) => a.id === editing);
          return (
            <>
              {area ? (
                <AreaForm key={area.id} area={area} onClose={() => setSearch({})} onSaved={() => refreshMap()} />
              ) : null}
              {data.areas.length === 0 ? (
                <p className="utrecht-paragraph empty-state">{t('admin.areas.empty')}</p>
              ) : (
                <AreaTable
                  areas={data.areas}
                  districts={data.districts}
                  editHref={(id) => `?gebied=${encodeURIComponent(id)}`}
                />
              )}
            </>
          );
        }}
      </ConsoleData>
    </>
  );
}
