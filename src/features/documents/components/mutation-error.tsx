import { useTranslation } from 'react-i18next';
import { AppError } from '@/lib/supabase/unwrap';
import { isVersionConflict } from '../model';

type MutationErrorProps = { error: unknown };

/** A failed write, in place: a version conflict says what happened and that the newest version is now shown. */
export function MutationError({ error }: MutationErrorProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isVersionConflict(error)
    ? t('documents.edit.conflict')
    : error instanceof AppError
      ? error.message
      : t('errors.unknown');
  return (
    <p className="utrecht-form-field-error-message mutation-error" role="alert">
      {message}
    </p>
  );
}
