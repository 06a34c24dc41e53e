import { useTranslation } from 'react-i18next';
import { nameOf, type Figure } from '../model';
import '../figures.css';
import { CoverageNote } from './coverage-note';
import { FigureSource } from './figure-source';
import { SourcesNote } from './sources-note';
import { aggregateDecimals, useFigureFormat } from './use-figure-format';

type FiguresTableProps = {
  figures: Figure[];
  caption: string;
  /** the column of the area or wijk itself */
  scopeLabel: string;
  /** one wijk: its own value as published, without a coverage note */
  single?: boolean;
};

/** Key figures of an area or wijk next to the city's. Under each name its year and source, and which wijken lack a
 *  value; the sources in full below. Three columns, so it fits beside the map on a phone too. */
export function FiguresTable({ figures, caption, scopeLabel, single = false }: FiguresTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFigureFormat();
  return (
    <>
      {/* focusable: where the table is wider than the panel it scrolls sideways, also by keyboard */}
      <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
        <table className="figure-table">
          <caption className="figure-table__caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.table.figure')}</th>
              <th scope="col" className="figure-table__number">
                {scopeLabel}
              </th>
              <th scope="col" className="figure-table__number">
                {t('figures.city')}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => {
              const decimals = aggregateDecimals(f.indicator);
              return (
                <tr key={f.indicator.key}>
                  <th scope="row">
                    {nameOf(f.indicator, i18n.language)}
                    <FigureSource year={f.year} source={f.source} />
                    {single ? null : <CoverageNote aggregate={f.scope} indicator={f.indicator} label={scopeLabel} />}
                    <CoverageNote aggregate={f.city} indicator={f.indicator} label={t('figures.city')} compact />
                  </th>
                  <td className="figure-table__number figure-table__value">
                    <span className={f.scope.value === null ? 'figure-unknown' : undefined}>
                      {format(f.scope.value, f.indicator.unit, single ? f.indicator.decimals : decimals)}
                    </span>
                  </td>
                  <td className="figure-table__number figure-table__value">
                    {format(f.city.value, f.indicator.unit, decimals)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="figure-sources">{t('figures.cityNote')}</p>
      {figures.some((f) => f.scope.value === null) ? (
        <p className="figure-sources">
          {t('figures.unknown')}: {t('figures.unknownHint')}
        </p>
      ) : null}
      <SourcesNote sources={figures.map((f) => f.source)} />
    </>
  );
}
