import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Entry, EntryLink } from '../model';
import '../documents.css';

type EntryLinksProps = { entry: Entry };

/** The chain both ways: what this entry answers or serves, and which goals and actions point at it. */
export function EntryLinks({ entry }: EntryLinksProps) {
  const { t } = useTranslation();
  return (
    <>
      <LinkList title={t(`documents.links.to.${entry.kind}`)} links={entry.links} />
      <LinkList title={t('documents.links.from')} links={entry.linked_from} />
    </>
  );
}

function LinkList({ title, links }: { title: string; links: EntryLink[] }) {
  const { t } = useTranslation();
  if (links.length === 0) return null;
  return (
    <div className="entry-links">
      <p className="entry-links__title">{title}</p>
      <ul className="entry-links__list">
        {links.map((l) => (
          <li key={`${l.lineage_id}-${l.document.id}`}>
            <Link className="utrecht-link" to={`${paths.document.href(l.document.slug)}#punt-${l.lineage_id}`}>
              {l.title}
            </Link>{' '}
            <span className="muted">
              ({t(`documents.entryKind.${l.kind}`)}, {l.document.title})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
