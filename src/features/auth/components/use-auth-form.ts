import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AuthFailure } from '../api';
import { authErrorKey } from '../model';

type AuthFormOptions<T> = {
  defaultValues?: DefaultValues<T>;
  /** GoTrue code → message key where this form says it better (e.g. email_exists on the profile). */
  messages?: Partial<Record<string, string>>;
};

/** The message key for a refusal from GoTrue (or anything else that went wrong). */
export function failureKey(error: unknown, messages: Partial<Record<string, string>> = {}): string | null {
  if (!error) return null;
  if (!(error instanceof AuthFailure)) return 'auth.errors.unknown';
  return (error.code && messages[error.code]) || authErrorKey(error.code, error.reasons);
}

/** What the account forms share: zod validation, translated field errors and the server's refusal. */
export function useAuthForm<T extends FieldValues>(
  schema: z.ZodType<T, T>,
  error: unknown,
  { defaultValues, messages }: AuthFormOptions<T> = {},
) {
  const { t } = useTranslation();
  const form = useForm<T>({ resolver: zodResolver(schema), defaultValues });
  const fieldError = (name: Path<T>): string | undefined => {
    const message = form.formState.errors[name]?.message;
    return typeof message === 'string' ? t(message) : undefined;
  };
  const key = failureKey(error, messages);
  return { form, fieldError, failure: key ? t(key) : null };
}
