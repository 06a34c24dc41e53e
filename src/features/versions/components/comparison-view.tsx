import { useTranslation } from 'react-i18next';
import type { FormatContext, VersionComparison } from '../model';
import { EntryChangeCard } from './entry-change-card';
import { FieldChanges } from './field-changes';

type ComparisonViewProps = { comparison: VersionComparison; ctx: FormatContext };

/** What changed from one version to the other: counts, the document itself, its sections, and item by item. */
export function ComparisonView({ comparison, ctx }: ComparisonViewProps) {
  const { t } = useTranslation();
  const { from, to, summary, document, sections, entries } = comparison;
  const docFields = document.changed_fields.map((field) => ({
    field,
    before: document.before[field] ?? null,
    after: document.after[field] ?? null,
  }));
  const nothing = docFields.length === 0 && sections.length === 0 && entries.length === 0;
  return (
    <div className="comparison" aria-live="polite">
      <p className="comparison__summary">
        {t('versions.summary', { from: from.version_no, to: to.version_no })}{' '}
        <strong>{t('versions.count.added', { count: summary.added })}</strong>,{' '}
        <strong>{t('versions.count.changed', { count: summary.changed })}</strong>,{' '}
        <strong>{t('versions.count.removed', { count: summary.removed })}</strong>,{' '}
        {t('versions.count.unchanged', { count: summary.unchanged })}.
      </p>
      {nothing ? <p className="utrecht-paragraph">{t('versions.noChanges')}</p> : null}
      {docFields.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">{t('versions.documentChanges')}</h3>
          <FieldChanges fields={docFields} ctx={ctx} />
        </>
      ) : null}
      {sections.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">{t('versions.sectionChanges')}</h3>
          <ul className="change-list">
            {sections.map((s) => (
              <li key={s.lineage_id} className={`change-card change-card--${s.change}`}>
                <p className="change-card__head">
                  <span className={`change-badge change-badge--${s.change}`}>{t(`versions.change.${s.change}`)}</span>{' '}
                  <span className="muted">{t('versions.section')}</span>
                </p>
                <h4 className="change-card__title">{s.title}</h4>
                <FieldChanges
                  ctx={ctx}
                  fields={s.changed_fields.map((field) => ({
                    field,
                    before: s.before?.[field] ?? null,
                    after: s.after?.[field] ?? null,
                  }))}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {entries.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">{t('versions.entryChanges')}</h3>
          <ul className="change-list">
            {entries.map((c) => (
              <EntryChangeCard key={c.lineage_id} change={c} ctx={ctx} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
