import { useTranslation } from 'react-i18next';
import { AppError } from '@/lib/supabase/unwrap';
import { isVersionConflict, knownErrorHint } from '../model';
import '../documents.css';

type MutationErrorProps = { error: unknown };

/** A failed write, in place: a version conflict says what happened and that the newest version is now shown;
 *  refusals the page knows (a kept version, a replaced plan, a rate limit, invisible characters…) are said in the
 *  reader's language. */
export function MutationError({ error }: MutationErrorProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  // the server says it in Dutch, with the exact figures; other languages get the known refusal translated
  const hint = i18n.language.startsWith('nl') ? null : knownErrorHint(error);
  const message = isVersionConflict(error)
    ? t('documents.edit.conflict')
    : hint
      ? t(`documents.serverErrors.${hint}`)
      : error instanceof AppError
        ? error.message
        : t('errors.unknown');
  return (
    <p className="utrecht-form-field-error-message mutation-error" role="alert">
      {message}
    </p>
  );
}
