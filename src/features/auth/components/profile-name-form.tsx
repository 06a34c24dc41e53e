import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useUpdateDisplayName } from '../api';
import { displayNameSchema } from '../schemas';
import { useAuthForm } from './use-auth-form';

type ProfileNameFormProps = { displayName: string };

/** The name others see (update_profile). */
export function ProfileNameForm({ displayName }: ProfileNameFormProps) {
  const { t } = useTranslation();
  const update = useUpdateDisplayName();
  const { form, fieldError, failure } = useAuthForm(displayNameSchema, update.error, {
    defaultValues: { displayName },
  });
  const { register, handleSubmit } = form;
  return (
    <section aria-labelledby="profiel-naam">
      <h2 id="profiel-naam" className="utrecht-heading-2">
        {t('auth.profile.name.title')}
      </h2>
      <form noValidate className="form" onSubmit={handleSubmit((values) => update.mutate(values.displayName))}>
        <FormAlert message={failure} />
        <TextField
          label={t('auth.displayName')}
          description={t('auth.displayNameHelp')}
          autoComplete="name"
          error={fieldError('displayName')}
          {...register('displayName')}
        />
        <Button type="submit" appearance="primary" busy={update.isPending}>
          {t('auth.profile.name.submit')}
        </Button>
        <p role="status" className="utrecht-paragraph">
          {update.isSuccess ? t('auth.profile.name.saved') : ''}
        </p>
      </form>
    </section>
  );
}
