import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AuthFailure } from '../api';
import { authErrorKey } from '../model';

/** What the sign-in and sign-up forms share: zod validation, translated field errors and the server's refusal. */
export function useAuthForm<T extends FieldValues>(schema: z.ZodType<T, T>, error: unknown) {
  const { t } = useTranslation();
  const form = useForm<T>({ resolver: zodResolver(schema) });
  const fieldError = (name: Path<T>): string | undefined => {
    const message = form.formState.errors[name]?.message;
    return typeof message === 'string' ? t(message) : undefined;
  };
  const failure = error instanceof AuthFailure ? t(authErrorKey(error.code)) : error ? t('auth.errors.unknown') : null;
  return { form, fieldError, failure };
}
