import { useTranslation } from 'react-i18next';
import { ConsoleData } from '@/features/admin/components/console-data';
import { DocumentForm } from '@/features/admin/components/document-form';
import { DocumentTable } from '@/features/admin/components/document-table';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** /beheer/documenten — start a new agenda, vision or plan for an area; the documents there are. */
export function AdminDocumentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.documents.title'));
  return (
    <>
      <h1 className="utrecht-heading-1">{t('admin.documents.title')}</h1>
      <p className="utrecht-paragraph">{t('admin.documents.intro')}</p>
      <ConsoleData loadingLabel={t('admin.documents.loading')}>
        {(data) => (
          <>
            <DocumentForm areas={data.areas} districts={data.districts} />
            <DocumentTable documents={data.documents} areas={data.areas} />
          </>
        )}
      </ConsoleData>
    </>
  );
}
