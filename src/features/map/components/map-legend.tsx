import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/formats';
import { areaColor } from '@/lib/geo/area-colors';
import type { MapArea } from '../model';
import './map-legend.css';

type MapLegendProps = { areas: MapArea[]; selectedSlug?: string; extra?: ReactNode };

// Open on wide screens over the whole city; folded on a phone and when an area is shown, so it covers no part of it.
const wideScreen = () => typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 721px)').matches;

/** Which colour is which area, and what the lines mean. The names make sure colour is never the only signal. */
export function MapLegend({ areas, selectedSlug, extra }: MapLegendProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(() => !selectedSlug && wideScreen());
  return (
    <details className="map-legend" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="map-legend__summary">{t('map.legend')}</summary>
      <ul className="map-legend__list">
        {areas.map((area) => (
          <li key={area.slug} className={area.slug === selectedSlug ? 'map-legend__item--selected' : undefined}>
            <span className="area-swatch" style={{ background: areaColor(area.colorIndex) }} aria-hidden="true" />
            {area.name}
            {typeof area.progress === 'number' ? (
              <span className="map-legend__progress">
                {t('map.planProgress', { progress: formatNumber(area.progress, i18n.language) })}
              </span>
            ) : null}
            {area.slug === selectedSlug ? <span className="visually-hidden"> ({t('map.selected')})</span> : null}
          </li>
        ))}
      </ul>
      <ul className="map-legend__list map-legend__list--lines">
        <li>
          <span className="map-legend__line map-legend__line--area" aria-hidden="true" />
          {t('map.areaBorder')}
        </li>
        <li>
          <span className="map-legend__line map-legend__line--district" aria-hidden="true" />
          {t('map.districtBorder')}
        </li>
      </ul>
      {extra}
    </details>
  );
}
