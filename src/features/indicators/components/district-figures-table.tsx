import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { districtSlug } from '@/lib/district-slug';
import { nameOf, type Figure, type FigureDistrict } from '../model';
import { SortableTable, type Column } from './sortable-table';
import { useFigureFormat } from './use-figure-format';

/** The figures the table of wijken shows, when loaded: few enough to read on a phone. */
export const DISTRICT_TABLE_KEYS = [
  'inwoners',
  'aandeel-65-plus',
  'aandeel-eenpersoonshuishoudens',
  'woz-waarde',
  'aandeel-corporatiewoningen',
  'huishoudens-sociaal-minimum',
];

type DistrictFiguresTableProps = { districts: FigureDistrict[]; figures: Figure[]; caption: string };

/** Every wijk of an area with its key figures (each column with its year), sortable; a name opens the wijk page. */
export function DistrictFiguresTable({ districts, figures, caption }: DistrictFiguresTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFigureFormat();
  const shown = DISTRICT_TABLE_KEYS.flatMap((key) => figures.filter((f) => f.indicator.key === key));
  const columns: Column<FigureDistrict>[] = [
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
    ...shown.map(
      (f): Column<FigureDistrict> => ({
        key: f.indicator.key,
        label: `${nameOf(f.indicator, i18n.language)} (${f.year})`,
        numeric: true,
        value: (d) => d.values[f.indicator.key] ?? null,
        render: (d) => {
          const v = d.values[f.indicator.key] ?? null;
          return (
            <span className={v === null ? 'figure-unknown' : undefined}>
              {format(v, f.indicator.unit, f.indicator.decimals)}
            </span>
          );
        },
      }),
    ),
  ];
  return (
    <SortableTable
      caption={caption}
      columns={columns}
      rows={districts}
      rowKey={(d) => d.id}
      initialSort={{ key: 'name', dir: 'ascending' }}
    />
  );
}
