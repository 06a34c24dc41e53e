import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { DocumentStatus } from '../model';

type AreaDocumentLinkProps = {
  doc: { slug: string; title: string; status: DocumentStatus; is_example: boolean };
  openComments?: number;
};

/** A wijkagenda, vision or plan in the area page's lists: its title links to the document page. */
export function AreaDocumentLink({ doc, openComments = 0 }: AreaDocumentLinkProps) {
  const { t } = useTranslation();
  return (
    <li>
      <Link className="utrecht-link" to={paths.document.href(doc.slug)}>
        {doc.title}
      </Link>{' '}
      <span className={`badge badge--${doc.status}`}>{t(`status.${doc.status}`)}</span>
      {doc.is_example ? <span className="badge badge--example">{t('common.example')}</span> : null}
      {openComments > 0 ? (
        <span className="badge badge--open">{t('areas.openComments', { count: openComments })}</span>
      ) : null}
    </li>
  );
}
