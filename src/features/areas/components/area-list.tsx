import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { areaColor } from '@/lib/geo/area-colors';
import type { AreaSummary } from '../model';
import '../areas.css';

type AreaListProps = { areas: AreaSummary[]; selectedSlug?: string };

/** The 8 areas as a list of links: the way to everything on the map without the map. */
export function AreaList({ areas, selectedSlug }: AreaListProps) {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby="gebieden-titel" className="area-list">
      <h2 id="gebieden-titel" className="utrecht-heading-2">
        {t('areas.listTitle', { count: areas.length })}
      </h2>
      <ul className="area-list__items">
        {areas.map((area) => (
          <li key={area.id}>
            <Link
              to={paths.area.href(area.slug)}
              className="area-list__link"
              aria-current={area.slug === selectedSlug ? 'page' : undefined}
            >
              <span className="area-swatch" style={{ background: areaColor(area.color_index) }} aria-hidden="true" />
              <span className="area-list__name">{area.name}</span>
              <span className="area-list__meta">
                {t('areas.districtCount', { count: area.district_count })}
                {' · '}
                {t('areas.agendaCount', { count: area.agenda_count })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
