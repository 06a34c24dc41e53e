import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InitiativeSummary } from '../model';
import { StatusBadge } from './status-badge';
import '../initiatives.css';

type InitiativeListProps = {
  items: InitiativeSummary[];
  total: number;
  hrefOf: (id: string) => string;
  themeName: (t: InitiativeSummary['theme']) => string;
  /** the page of the wijk an initiative lies in (composed by the route) */
  districtHref?: (district: InitiativeSummary['district']) => string;
  /** e.g. the first photo, small (composed by the route) */
  renderThumb?: (initiativeId: string) => ReactNode;
};

/** The list beside the map: the same initiatives with the same filters. */
export function InitiativeList({ items, total, hrefOf, themeName, districtHref, renderThumb }: InitiativeListProps) {
  const { t } = useTranslation();
  if (total === 0) return <p className="utrecht-paragraph empty-state">{t('initiatives.list.empty')}</p>;
  return (
    <ul className="initiative-list" aria-label={t('initiatives.list.label')}>
      {items.map((i) => (
        <li key={i.id} className="initiative-list__item">
          {renderThumb?.(i.id)}
          <Link to={hrefOf(i.id)} className="utrecht-link initiative-list__title">
            {i.title}
          </Link>
          <div className="initiative-list__meta">
            <StatusBadge status={i.status} />
            {districtHref ? (
              <Link to={districtHref(i.district)} className="utrecht-link">
                {i.district.name}
              </Link>
            ) : (
              <span>{i.district.name}</span>
            )}
            <span>{themeName(i.theme)}</span>
            <span>{t('initiatives.supportCount', { count: i.support_count })}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
