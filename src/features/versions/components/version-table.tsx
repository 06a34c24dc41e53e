import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/formats';
import type { VersionRow } from '../model';

type VersionTableProps = { rows: VersionRow[]; caption: string };

/** Every version, newest first: its status, who drafted it and when, and who changed its status when. */
export function VersionTable({ rows, caption }: VersionTableProps) {
  const { t, i18n } = useTranslation();
  const date = (v: string) => formatDate(v, i18n.language);
  return (
    // focusable, so that keyboard users can scroll the table sideways on a narrow screen
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="utrecht-table versions-table">
        <caption className="utrecht-table__caption visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('versions.column.version')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('versions.column.status')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('versions.column.drafted')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('versions.column.steps')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((v) => (
            <tr key={v.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {t('versions.versionNo', { no: v.version_no })}
              </th>
              <td className="utrecht-table__cell">
                <span className={`badge badge--${v.status}`}>{t(`status.${v.status}`)}</span>
              </td>
              <td className="utrecht-table__cell">
                {date(v.created_at)}
                {v.drafted_by ? <span className="muted"> · {v.drafted_by}</span> : null}
              </td>
              <td className="utrecht-table__cell">
                {v.steps.length === 0 ? (
                  <span className="muted">{t('versions.noSteps')}</span>
                ) : (
                  <ul className="plain-list">
                    {v.steps.map((s) => (
                      <li key={`${s.status}-${s.at}`}>
                        {t('versions.step', { status: t(`status.${s.status}`), date: date(s.at) })}
                        {s.by ? <span className="muted"> · {s.by}</span> : null}
                      </li>
                    ))}
                  </ul>
                )}
                {v.adopted_at ? (
                  <p className="versions-table__adopted">{t('versions.adoptedOn', { date: date(v.adopted_at) })}</p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
