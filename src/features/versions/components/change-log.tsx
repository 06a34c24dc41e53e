import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/formats';
import { revisionFields, revisionKey, type FormatContext, type Revision } from '../model';
import { FieldChanges } from './field-changes';

type ChangeLogProps = { revisions: Revision[]; ctx: FormatContext };

/** Every recorded change, newest first, grouped by version: who, when, what, and before → after. */
export function ChangeLog({ revisions, ctx }: ChangeLogProps) {
  const { t, i18n } = useTranslation();
  if (revisions.length === 0) return <p className="utrecht-paragraph">{t('versions.log.empty')}</p>;
  const versions = [...new Set(revisions.map((r) => r.version_no))].sort((a, b) => b - a);
  return (
    <>
      {versions.map((no) => (
        <details key={no} className="change-log" open={no === versions[0]}>
          <summary className="change-log__summary">
            {t('versions.log.version', {
              no,
              count: revisions.filter((r) => r.version_no === no).length,
            })}
          </summary>
          <ol className="change-log__list">
            {revisions
              .filter((r) => r.version_no === no)
              .map((r) => (
                <li key={r.id} className="change-log__item">
                  <p className="change-log__what">
                    <strong>{t(`versions.log.${revisionKey(r)}`, { defaultValue: t('versions.log.other') })}</strong>
                    {r.title ? `: ${r.title}` : null}
                  </p>
                  <p className="muted change-log__who">
                    <time dateTime={r.changed_at}>{formatDateTime(r.changed_at, i18n.language)}</time>
                    {' · '}
                    {r.changed_by?.display_name ?? t('versions.log.system')}
                  </p>
                  <FieldChanges fields={revisionFields(r)} ctx={ctx} />
                </li>
              ))}
          </ol>
        </details>
      ))}
    </>
  );
}
