import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classColor, type FigureClass } from '../classes';
import { nameOf, type Indicator, type Source } from '../model';
import '../figures.css';
import { useFigureFormat } from './use-figure-format';

type FigureLegendProps = {
  indicator: Indicator;
  year: number;
  source: Source | null;
  classes: FigureClass[];
  noDataCount: number;
};

const wideScreen = () => typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 721px)').matches;

/** The legend of the map coloured by a figure: each class with its bounds and unit and how many wijken it holds,
 *  "geen gegevens" apart, the year and the source. Colour is never the only signal: the table says the same. */
export function FigureLegend({ indicator, year, source, classes, noDataCount }: FigureLegendProps) {
  const { t, i18n } = useTranslation();
  const format = useFigureFormat();
  const [open, setOpen] = useState(wideScreen);
  const value = (v: number) => format(v, indicator.unit, indicator.decimals);
  return (
    <details className="map-legend" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="map-legend__summary">{t('map.legend')}</summary>
      <p className="figure-legend__unit">
        <strong>{t('figures.map.legendTitle', { figure: nameOf(indicator, i18n.language), year })}</strong>
        <br />
        {t(`figures.unitName.${indicator.unit}`)} · {source?.credit}
        {source?.transcribed ? ` (${t('figures.transcribed')})` : ''}
      </p>
      <ul className="figure-legend__list">
        {classes.map((c, i) => (
          <li key={i}>
            <span className="figure-swatch" style={{ background: classColor(i, classes.length) }} aria-hidden="true" />
            {c.min === c.max ? value(c.min) : t('figures.map.classRange', { from: value(c.min), to: value(c.max) })}
            <span className="figure-legend__count">{t('figures.map.classCount', { count: c.count })}</span>
          </li>
        ))}
        {noDataCount > 0 ? (
          <li>
            <span className="figure-swatch figure-swatch--no-data" aria-hidden="true" />
            {t('figures.map.noData')}
            <span className="figure-legend__count">{t('figures.map.classCount', { count: noDataCount })}</span>
          </li>
        ) : null}
      </ul>
      <ul className="map-legend__list map-legend__list--lines">
        <li>
          <span className="map-legend__line map-legend__line--area" aria-hidden="true" />
          {t('map.areaBorder')}
        </li>
      </ul>
    </details>
  );
}
