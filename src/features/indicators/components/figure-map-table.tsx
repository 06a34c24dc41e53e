import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { districtSlug } from '@/lib/district-slug';
import { classIndex, type FigureClass } from '../classes';
import { nameOf, type IndicatorMap, type MapValue } from '../model';
import { SortableTable, type Column } from './sortable-table';
import { useFigureFormat } from './use-figure-format';

type FigureMapTableProps = { data: IndicatorMap; classes: FigureClass[] };

/** The map coloured by a figure, as a table: every wijk with its value and its class on the map, sortable. */
export function FigureMapTable({ data, classes }: FigureMapTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFigureFormat();
  const { indicator } = data;
  const figure = nameOf(indicator, i18n.language);
  const value = (v: number) => format(v, indicator.unit, indicator.decimals);
  const columns: Column<MapValue>[] = [
    {
      key: 'name',
      label: t('figures.table.district'),
      value: (d) => d.name,
      render: (d) => (
        <Link to={paths.district.href(districtSlug(d.name))} className="utrecht-link">
          {d.name}
        </Link>
      ),
    },
    { key: 'area', label: t('figures.table.area'), value: (d) => d.area_name },
    {
      key: 'value',
      label: figure,
      numeric: true,
      value: (d) => d.value,
      render: (d) => (
        <span className={d.value === null ? 'figure-unknown' : undefined}>
          {format(d.value, indicator.unit, indicator.decimals)}
        </span>
      ),
    },
    {
      key: 'class',
      label: t('figures.table.class'),
      value: (d) => classIndex(classes, d.value),
      render: (d) => {
        const i = classIndex(classes, d.value);
        const c = i === null ? null : classes[i]!;
        return c
          ? `${t('figures.table.classOf', { n: i! + 1, total: classes.length })}: ${
              c.min === c.max ? value(c.min) : t('figures.map.classRange', { from: value(c.min), to: value(c.max) })
            }`
          : t('figures.map.noData');
      },
    },
  ];
  return (
    <SortableTable
      caption={t('figures.map.tableCaption', { figure, year: data.year })}
      columns={columns}
      rows={data.values}
      rowKey={(d) => d.district_id}
      initialSort={{ key: 'value', dir: 'descending' }}
    />
  );
}
