import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ConsoleData } from '@/features/admin/components/console-data';
import { ThemeForm } from '@/features/admin/components/theme-form';
import { ThemeList } from '@/features/admin/components/theme-list';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

const NEW = 'nieuw';

/** /beheer/themas?thema=<id>|nieuw — the themes initiatives are filed under, in their order. */
export function AdminThemesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.themes.title'));
  const [search, setSearch] = useSearchParams();
  const editing = search.get('thema');
  return (
    <>
      <h1 className="utrecht-heading-1">{t('admin.themes.title')}</h1>
      <p className="utrecht-paragraph">{t('admin.themes.intro')}</p>
      <ConsoleData loadingLabel={t('admin.themes.loading')}>
        {(data) => {
          const theme = data.themes.find((th) => th.id === editing) ?? null;
          const next = data.themes.reduce((max, th) => Math.max(max, th.sort_order + 1), 0);
          return (
            <>
              {editing === NEW || theme ? (
                <ThemeForm key={editing} theme={theme} nextSortOrder={next} onClose={() => setSearch({})} />
              ) : (
                <p className="utrecht-paragraph">
                  <Link to={`?thema=${NEW}`} className="utrecht-link">
                    {t('admin.themes.new')}
                  </Link>
                </p>
              )}
              <ThemeList themes={data.themes} editHref={(id) => `?thema=${encodeURIComponent(id)}`} />
            </>
          );
        }}
      </ConsoleData>
    </>
  );
}
