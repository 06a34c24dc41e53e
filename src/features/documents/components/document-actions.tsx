import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { csvFileName, documentCsv } from '../csv';
import { useDocumentPage } from './document-context';
import '../documents.css';

/** Print for a council meeting, download as CSV, and the other views of this document. */
export function DocumentActions() {
  const { t, i18n } = useTranslation();
  const { detail, themes } = useDocumentPage();
  const themeName = (id: string | null) => {
    const theme = themes.find((th) => th.id === id);
    return theme ? (i18n.language === 'en' ? theme.name_en : theme.name_nl) : '';
  };
  const download = () => {
    const blob = new Blob([documentCsv(detail, t, themeName)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = csvFileName(detail);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="document-actions no-print">
      <Button onClick={() => window.print()}>{t('documents.actions.print')}</Button>
      <Button onClick={download}>{t('documents.actions.csv')}</Button>
      {detail.document.kind === 'plan' ? (
        <Link className="utrecht-link" to={paths.documentTimeline.href(detail.document.slug)}>
          {t('documents.actions.timeline')}
        </Link>
      ) : null}
    </div>
  );
}
