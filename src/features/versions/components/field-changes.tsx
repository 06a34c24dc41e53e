import { useTranslation } from 'react-i18next';
import { formatValue, isLongText, type FieldDiff, type FormatContext } from '../model';

type FieldChangesProps = { fields: FieldDiff[]; ctx: FormatContext; mode?: 'diff' | 'added' | 'removed' };

/** "Status: open → in uitvoering" per field; long texts as a before and an after block. */
export function FieldChanges({ fields, ctx, mode = 'diff' }: FieldChangesProps) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <dl className="field-changes">
      {fields.map(({ field, before, after }) => (
        <div key={field} className="field-changes__row">
          <dt>{t(`versions.field.${field}`, { defaultValue: field })}</dt>
          {mode !== 'diff' ? (
            <dd>{formatValue(field, mode === 'added' ? after : before, ctx)}</dd>
          ) : isLongText(field) ? (
            <dd className="field-changes__texts">
              <p className="field-changes__before">
                <span className="field-changes__tag">{t('versions.before')}</span> {formatValue(field, before, ctx)}
              </p>
              <p className="field-changes__after">
                <span className="field-changes__tag">{t('versions.after')}</span> {formatValue(field, after, ctx)}
              </p>
            </dd>
          ) : (
            <dd>
              <del className="field-changes__old">
                <span className="visually-hidden">{t('versions.before')}: </span>
                {formatValue(field, before, ctx)}
              </del>
              <span aria-hidden="true"> → </span>
              <ins className="field-changes__new">
                <span className="visually-hidden">, {t('versions.after')}: </span>
                {formatValue(field, after, ctx)}
              </ins>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
