import { useTranslation } from 'react-i18next';
import '../places.css';
import { ENTRY_KINDS } from '../model';
import { KIND_COLORS } from '../styles';

/** For the map legend: which colour is which kind of place, and what a dashed area means. */
export function PlacesLegend() {
  const { t } = useTranslation();
  return (
    <ul className="map-legend__list places-legend" aria-label={t('places.legend')}>
      {ENTRY_KINDS.map((kind) => (
        <li key={kind}>
          <span className="places-legend__dot" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
          {t(`labels.entryKindPlural.${kind}`)}
        </li>
      ))}
      <li>
        <span className="places-legend__area" aria-hidden="true" />
        {t('places.legendArea')}
      </li>
    </ul>
  );
}
