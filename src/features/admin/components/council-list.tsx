import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdminArea, AdminCouncil, AdminDistrict } from '../model';

type CouncilListProps = {
  councils: AdminCouncil[];
  areas: AdminArea[];
  districts: AdminDistrict[];
  /** the link that opens one council's form (a search param of this page) */
  editHref: (councilId: string) => string;
};

export function CouncilList({ councils, areas, districts, editHref }: CouncilListProps) {
  const { t } = useTranslation();
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  if (councils.length === 0) return <p className="utrecht-paragraph empty-state">{t('admin.councils.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <caption className="visually-hidden">{t('admin.councils.caption', { count: councils.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.councils.name')}</th>
            <th scope="col">{t('admin.councils.kind')}</th>
            <th scope="col">{t('admin.councils.area')}</th>
            <th scope="col">{t('admin.councils.districts')}</th>
            <th scope="col">{t('admin.councils.website')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.people.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {councils.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.name}
                {c.is_example ? <span className="badge badge--example">{t('common.example')}</span> : null}
              </th>
              <td>{t(`admin.councils.kinds.${c.kind}`)}</td>
              <td>{areaName.get(c.area_id) ?? '—'}</td>
              <td>
                {c.district_ids
                  .map((id) => districtName.get(id) ?? '?')
                  .sort((a, b) => a.localeCompare(b, 'nl'))
                  .join(', ') || '—'}
              </td>
              <td className="admin-table__email">
                {c.website_url ? (
                  <a href={c.website_url} className="utrecht-link" rel="noreferrer" target="_blank">
                    {c.website_url.replace(/^https?:\/\//, '')}
                  </a>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <Link
                  to={editHref(c.id)}
                  className="utrecht-link"
                  aria-label={t('admin.councils.editWhat', { name: c.name })}
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
