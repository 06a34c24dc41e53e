import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/ui/form-alert';
import { AppError } from '@/lib/supabase/unwrap';
import { serverHint } from '../goal-draft';

type GoalIndicatorErrorProps = { error: unknown };

/** A refused save or removal, in the reader's language: the server's own Dutch sentence (with its figures), or the
 *  translation of the problem it names; a version conflict says what to do. */
export function GoalIndicatorError({ error }: GoalIndicatorErrorProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const hint = serverHint(error);
  const dutch = i18n.language.startsWith('nl');
  const kind = error instanceof AppError ? error.kind : 'unknown';
  const message =
    error instanceof AppError && error.code === '40001'
      ? t('goalIndicators.conflict')
      : dutch && error instanceof AppError && kind !== 'unknown'
        ? error.message
        : hint
          ? t(`goalIndicators.serverErrors.${hint}`)
          : kind === 'forbidden'
            ? t('errors.forbidden')
            : kind === 'not_found'
              ? t('errors.notFound')
              : t('goalIndicators.saveFailed');
  return <FormAlert message={message} />;
}
