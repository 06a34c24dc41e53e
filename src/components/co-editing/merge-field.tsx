import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice, FieldComparison } from '@/lib/drafts/merge';
import './co-editing.css';

type MergeFieldProps = {
  comparison: FieldComparison;
  label: string;
  theirName: string;
  show: (value: unknown) => string;
  editable: boolean;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
};

/** One field both people changed: their saved text, mine, and (for texts) a box to merge them by hand. */
export function MergeField({ comparison, label, theirName, show, editable, choice, onChoose }: MergeFieldProps) {
  const { t } = useTranslation();
  const name = useId();
  const theirs = show(comparison.theirs);
  const mine = show(comparison.mine);
  const edited = choice?.take === 'edited' ? String(choice.value ?? '') : `${theirs}\n\n${mine}`;
  return (
    <fieldset className="merge-field">
      <legend className="merge-field__legend">{label}</legend>
      <div className="merge-field__versions">
        <label className="merge-field__option">
          <input
            type="radio"
            name={name}
            checked={choice?.take === 'theirs'}
            onChange={() => onChoose({ take: 'theirs' })}
          />
          <span className="merge-field__who">{t('coEditing.merge.theirs', { name: theirName })}</span>
          <span className="merge-field__text">{theirs || t('coEditing.merge.empty')}</span>
        </label>
        <label className="merge-field__option">
          <input
            type="radio"
            name={name}
            checked={choice?.take === 'mine'}
            onChange={() => onChoose({ take: 'mine' })}
          />
          <span className="merge-field__who">{t('coEditing.merge.mine')}</span>
          <span className="merge-field__text">{mine || t('coEditing.merge.empty')}</span>
        </label>
        {editable ? (
          <label className="merge-field__option">
            <input
              type="radio"
              name={name}
              checked={choice?.take === 'edited'}
              onChange={() => onChoose({ take: 'edited', value: edited })}
            />
            <span className="merge-field__who">{t('coEditing.merge.edited')}</span>
          </label>
        ) : null}
      </div>
      {choice?.take === 'edited' ? (
        <label className="merge-field__edit">
          <span className="visually-hidden">{t('coEditing.merge.editedLabel', { field: label })}</span>
          <textarea
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={5}
            value={edited}
            onChange={(e) => onChoose({ take: 'edited', value: e.target.value })}
          />
        </label>
      ) : null}
    </fieldset>
  );
}
