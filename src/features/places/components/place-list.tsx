import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { documentPath } from '@/config/paths';
import type { PlaceFeature, Theme } from '../model';
import { KIND_COLORS } from '../styles';

type PlaceListProps = {
  places: PlaceFeature[];
  themes: Theme[];
  selectedId: string | null;
  onShow: (id: string) => void;
  /** the wijk a place lies in, as a link to its page (composed by the route) */
  districtLink?: (place: PlaceFeature) => ReactNode;
};

/** Every place on the map as a list item: what it is, its status and theme, a link to its document, and a
 *  button that shows it on the map. The list is the way to every marker without the map. */
export function PlaceList({ places, themes, selectedId, onShow, districtLink }: PlaceListProps) {
  const { t, i18n } = useTranslation();
  const themeName = (id: string | null) => {
    const th = themes.find((x) => x.id === id);
    return th ? (i18n.language === 'en' ? th.name_en : th.name_nl) : null;
  };
  return (
    <ul className="place-list">
      {places.map((f) => {
        const p = f.properties;
        const theme = themeName(p.theme_id);
        return (
          <li key={f.id} className={`place-list__item${f.id === selectedId ? ' place-list__item--selected' : ''}`}>
            <span className="place-list__dot" style={{ background: KIND_COLORS[p.kind] }} aria-hidden="true" />
            <div>
              <p className="place-list__title">{p.title}</p>
              <p className="place-list__meta">
                {t(`labels.entryKind.${p.kind}`)}
                {p.status ? ` · ${t(`places.status.${p.status}`)}` : ''}
                {theme ? ` · ${theme}` : ''}
                {` · ${p.area.name}`}
                {districtLink ? <> · {districtLink(f)}</> : null}
              </p>
              <p className="place-list__actions">
                <Link to={documentPath(p.document.slug)} className="utrecht-link">
                  {p.document.title}
                </Link>
                <button
                  type="button"
                  className="place-list__show"
                  onClick={() => onShow(f.id)}
                  aria-pressed={f.id === selectedId}
                  aria-label={t('places.showOnMapLabel', { title: p.title })}
                >
                  {t('places.showOnMap')}
                </button>
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
