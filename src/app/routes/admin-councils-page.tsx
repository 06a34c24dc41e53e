import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ConsoleData } from '@/features/admin/components/console-data';
import { CouncilForm } from '@/features/admin/components/council-form';
import { CouncilList } from '@/features/admin/components/council-list';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

const NEW = 'nieuw';

/** /beheer/raden?raad=<id>|nieuw — the councils; the one being edited (or a new one) in a form above the list. */
export function AdminCouncilsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.councils.title'));
  const [search, setSearch] = useSearchParams();
  const editing = search.get('raad');
  const close = () => setSearch({});
  return (
    <>
      <h1 className="utrecht-heading-1">{t('admin.councils.title')}</h1>
      <p className="utrecht-paragraph">{t('admin.councils.intro')}</p>
      <ConsoleData loadingLabel={t('admin.councils.loading')}>
        {(data) => {
          const council = data.councils.find((c) => c.id === editing) ?? null;
          return (
            <>
              {editing === NEW || council ? (
                <CouncilForm
                  key={editing}
                  council={council}
                  areas={data.areas}
                  districts={data.districts}
                  onClose={close}
                />
              ) : (
                <p className="utrecht-paragraph">
                  <Link to={`?raad=${NEW}`} className="utrecht-link">
                    {t('admin.councils.new')}
                  </Link>
                </p>
              )}
              {editing && editing !== NEW && !council ? (
                <p className="utrecht-paragraph note">{t('admin.councils.notFound')}</p>
              ) : null}
              <CouncilList
                councils={data.councils}
                areas={data.areas}
                districts={data.districts}
                editHref={(id) => `?raad=${encodeURIComponent(id)}`}
              />
            </>
          );
        }}
      </ConsoleData>
    </>
  );
}
