import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { indicatorQueries } from '../api';
import { quantileClasses } from '../classes';
import { mapChoiceOf, withMapChoice } from '../map-choice';
import { nameOf } from '../model';
import '../figures.css';
import { FigureMapTable } from './figure-map-table';
import { SourcesNote } from './sources-note';

type FigureMapPanelProps = {
  /** the downloads of the city's figures (composed by the route) */
  exports?: ReactNode;
};

/** Beside the map: which figure colours the wijken (kept in the URL), and the same figures as a sortable table. */
export function FigureMapPanel({ exports }: FigureMapPanelProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const catalog = useQuery(indicatorQueries.catalog());
  const choice = mapChoiceOf(search, catalog.data);
  const data = useQuery({ ...indicatorQueries.map(choice?.indicator.key ?? '', choice?.year), enabled: !!choice });
  const choose = (key: string | null, year?: number) =>
    setSearch(withMapChoice(search, key, year), { replace: true, preventScrollReset: true });
  const years = choice?.indicator.years.filter((y) => y.with_value > 0).map((y) => y.year) ?? [];
  return (
    <section aria-labelledby="kaartcijfer-titel" className="area-section">
      <h2 id="kaartcijfer-titel" className="utrecht-heading-2">
        {t('figures.map.title')}
      </h2>
      <p className="utrecht-paragraph muted">{t('figures.map.intro')}</p>
      {catalog.isPending ? (
        <Skeleton lines={1} label={t('figures.map.loading')} />
      ) : catalog.isError ? (
        <ErrorState error={catalog.error} onRetry={() => void catalog.refetch()} />
      ) : (
        <div className="figure-map-choice">
          <SelectField
            label={t('figures.map.choose')}
            value={choice?.indicator.key ?? ''}
            onChange={(e) => choose(e.target.value || null)}
            options={[
              { value: '', label: t('figures.map.areas') },
              ...catalog.data.indicators
                .filter((i) => i.years.some((y) => y.with_value > 0))
                .map((i) => ({ value: i.key, label: nameOf(i, i18n.language) })),
            ]}
          />
          {choice && years.length > 1 ? (
            <SelectField
              label={t('figures.map.year')}
              value={String(choice.year)}
              onChange={(e) => choose(choice.indicator.key, Number(e.target.value))}
              options={years.map((y) => ({ value: String(y), label: String(y) }))}
            />
          ) : null}
        </div>
      )}
      {!choice ? null : data.isPending ? (
        <Skeleton lines={4} label={t('figures.map.loading')} />
      ) : data.isError ? (
        <ErrorState error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <>
          <h3 className="utrecht-heading-3">
            {t('figures.map.tableTitle', { figure: nameOf(data.data.indicator, i18n.language), year: data.data.year })}
          </h3>
          <FigureMapTable data={data.data} classes={quantileClasses(data.data.values.map((v) => v.value))} />
          <p className="figure-sources">{t('figures.map.classesNote')}</p>
          <SourcesNote sources={[data.data.source]} />
        </>
      )}
      {exports}
    </section>
  );
}
