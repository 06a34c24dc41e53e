import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

type SearchQueryFormProps = { value: string; onChange: (value: string) => void; onSubmit: () => void };

/** The query on the results page: results follow as you type (the page debounces), Enter searches at once. */
export function SearchQueryForm({ value, onChange, onSubmit }: SearchQueryFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form role="search" className="search-query-form" onSubmit={submit} aria-label={t('search.page.title')}>
      <label htmlFor={id} className="utrecht-form-label">
        {t('search.page.queryLabel')}
      </label>
      <div className="search-query-form__row">
        <input
          id={id}
          type="search"
          className="utrecht-textbox search-query-form__input"
          value={value}
          maxLength={200}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('search.page.submit')}
        </button>
      </div>
    </form>
  );
}
