import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { areaColor } from '@/lib/geo/area-colors';
import { COLOR_NAMES, type AdminArea, type AdminDistrict } from '../model';

type AreaTableProps = { areas: AdminArea[]; districts: AdminDistrict[]; editHref: (areaId: string) => string };

export function AreaTable({ areas, districts, editHref }: AreaTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <caption className="visually-hidden">{t('admin.areas.caption', { count: areas.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.areas.name')}</th>
            <th scope="col">{t('admin.areas.color')}</th>
            <th scope="col">{t('admin.areas.nameStatus')}</th>
            <th scope="col">{t('admin.areas.districtCount')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.people.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td>
                <span className="area-swatch" style={{ background: areaColor(a.color_index) }} aria-hidden="true" />
                {t(`admin.colors.${COLOR_NAMES[a.color_index] ?? 'grey'}`)}
              </td>
              <td>{t(`admin.areas.status.${a.name_status}`)}</td>
              <td>{districts.filter((d) => d.area_id === a.id).length}</td>
              <td>
                <Link
                  to={editHref(a.id)}
                  className="utrecht-link"
                  aria-label={t('admin.areas.editWhat', { name: a.name })}
                >
                  {t('admin.edit')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
