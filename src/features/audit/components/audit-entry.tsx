import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/formats';
import { shownFields, type AuditItem } from '../model';
import './audit-log.css';

/** One change: when, who, what (in words), and the fields before → after in a disclosure. */
export function AuditEntry({ item }: { item: AuditItem }) {
  const { t, i18n } = useTranslation();
  const who = item.changed_by ? (item.changed_by.display_name ?? t('audit.deletedAccount')) : t('audit.system');
  const what = t(`audit.entities.${item.entity}`, { defaultValue: item.entity });
  const fields = shownFields(item);
  return (
    <li className="audit-entry">
      <p className="audit-entry__line">
        <time dateTime={item.changed_at} className="audit-entry__time">
          {formatDateTime(item.changed_at, i18n.language)}
        </time>{' '}
        {t(`audit.sentence.${item.operation}`, { who, what, title: item.title ?? '—' })}
        {item.area ? <span className="audit-entry__area"> · {item.area.name}</span> : null}
        {item.document ? (
          <span className="audit-entry__area">
            {' '}
            · {t('audit.inDocument', { title: item.document.title, version: item.document.version_no })}
          </span>
        ) : null}
      </p>
      {fields.length > 0 ? (
        <details className="audit-entry__details">
          <summary>{t('audit.details', { count: fields.length })}</summary>
          <table className="audit-entry__fields">
            <thead>
              <tr>
                <th scope="col">{t('audit.field')}</th>
                <th scope="col">{t('audit.before')}</th>
                <th scope="col">{t('audit.after')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f) => (
                <tr key={f.field}>
                  <th scope="row">{f.field}</th>
                  <td>{f.before}</td>
                  <td>{f.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </li>
  );
}
