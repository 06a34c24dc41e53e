import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { AdminArea, AdminDocument } from '../model';

type DocumentTableProps = { documents: AdminDocument[]; areas: AdminArea[] };

/** The documents there are, per area (the newest version of each). */
export function DocumentTable({ documents, areas }: DocumentTableProps) {
  const { t } = useTranslation();
  const order = new Map(areas.map((a, i) => [a.id, i]));
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const sorted = [...documents].sort(
    (a, b) => (order.get(a.area_id) ?? 99) - (order.get(b.area_id) ?? 99) || a.title.localeCompare(b.title, 'nl'),
  );
  return (
    <section aria-labelledby="documenten-lijst" className="admin-section">
      <h2 id="documenten-lijst" className="utrecht-heading-2">
        {t('admin.documents.listTitle', { count: documents.length })}
      </h2>
      {sorted.length === 0 ? (
        <p className="utrecht-paragraph empty-state">{t('admin.documents.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.documents.titleField')}</th>
                <th scope="col">{t('admin.documents.kind')}</th>
                <th scope="col">{t('admin.documents.area')}</th>
                <th scope="col">{t('admin.documents.status')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <Link to={paths.document.href(d.slug)} className="utrecht-link">
                      {d.title}
                    </Link>
                    {d.version_no > 1 ? (
                      <span className="muted"> · {t('admin.documents.version', { version: d.version_no })}</span>
                    ) : null}
                  </th>
                  <td>{t(`labels.documentKind.${d.kind}`)}</td>
                  <td>{areaName.get(d.area_id) ?? '—'}</td>
                  <td>
                    <span className={`badge badge--${d.status}`}>{t(`status.${d.status}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
