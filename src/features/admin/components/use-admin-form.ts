import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

/** What every admin form shares: zod validation (focus goes to the first wrong field) and translated field errors. */
export function useAdminForm<T extends FieldValues>(schema: z.ZodType<T, T>, defaultValues: DefaultValues<T>) {
  const { t } = useTranslation();
  const form = useForm<T>({ resolver: zodResolver(schema), defaultValues });
  const fieldError = (name: Path<T>): string | undefined => {
    const message = (form.formState.errors[name] as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' ? t(message) : undefined;
  };
  return { form, fieldError };
}
