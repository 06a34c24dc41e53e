import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { initiativeQueries } from '../api';
import { StatusBadge } from './status-badge';
import '../initiatives.css';

type EntryInitiativesProps = { lineageId: string; hrefOf: (initiativeId: string) => string };

/** The way back in the chain: the residents' initiatives behind an agenda item, vision goal or plan action.
 *  For the document pages to compose next to an entry; renders nothing when there are none. */
export function EntryInitiatives({ lineageId, hrefOf }: EntryInitiativesProps) {
  const { t } = useTranslation();
  const id = useId();
  const list = useQuery(initiativeQueries.behindEntry(lineageId));
  if (!list.data || list.data.length === 0) return null;
  return (
    <section className="entry-initiatives" aria-labelledby={id}>
      <h4 className="utrecht-heading-5" id={id}>
        {t('initiatives.chain.behind', { count: list.data.length })}
      </h4>
      <ul className="entry-initiatives__list">
        {list.data.map((i) => (
          <li key={i.id}>
            <Link className="utrecht-link" to={hrefOf(i.id)}>
              {i.title}
            </Link>{' '}
            <StatusBadge status={i.status} />
          </li>
        ))}
      </ul>
    </section>
  );
}
