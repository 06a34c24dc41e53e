import { useTranslation } from 'react-i18next';
import { labelEntryChange, type EntryChange, type FormatContext } from '../model';
import { FieldChanges } from './field-changes';

type EntryChangeCardProps = { change: EntryChange; ctx: FormatContext };

/** One agenda item, goal or action that was added, removed, changed or moved between the two versions. */
export function EntryChangeCard({ change, ctx }: EntryChangeCardProps) {
  const { t } = useTranslation();
  const { label, fields } = labelEntryChange(change);
  const section = ctx.sectionTitle(change.section_lineage_id);
  return (
    <li className={`change-card change-card--${label}`}>
      <p className="change-card__head">
        <span className={`change-badge change-badge--${label}`}>{t(`versions.change.${label}`)}</span>{' '}
        <span className="muted">{t(`labels.entryKind.${change.kind}`)}</span>
      </p>
      <h4 className="change-card__title">{change.title}</h4>
      {section && label !== 'moved' && label !== 'movedAndChanged' ? (
        <p className="muted change-card__section">{t('versions.inSection', { section })}</p>
      ) : null}
      <FieldChanges
        fields={fields}
        ctx={ctx}
        mode={label === 'added' ? 'added' : label === 'removed' ? 'removed' : 'diff'}
      />
    </li>
  );
}
