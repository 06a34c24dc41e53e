import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { showToast } from '@/components/ui/toast-store';
import { useUpsertTheme } from '../api';
import { adminErrorMessage, slugify, themeSchema, type AdminTheme, type ThemeValues } from '../model';
import { EditorHeading } from './editor-heading';
import { useAdminForm } from './use-admin-form';

type ThemeFormProps = {
  /** null: a new theme, placed at the end */
  theme: AdminTheme | null;
  nextSortOrder: number;
  onClose: () => void;
};

/** A theme's Dutch and English name and its code; a new theme's code follows its Dutch name until it is edited. */
export function ThemeForm({ theme, nextSortOrder, onClose }: ThemeFormProps) {
  const { t } = useTranslation();
  const save = useUpsertTheme();
  const { form, fieldError } = useAdminForm<ThemeValues>(themeSchema, {
    slug: theme?.slug ?? '',
    nameNl: theme?.name_nl ?? '',
    nameEn: theme?.name_en ?? '',
  });
  const { register, handleSubmit, setValue, getFieldState, control } = form;
  const nameNl = useWatch({ control, name: 'nameNl' });
  const onSubmit = handleSubmit((values) =>
    save.mutate(
      { ...values, themeId: theme?.id ?? null, sortOrder: theme?.sort_order ?? nextSortOrder },
      {
        onSuccess: () => {
          showToast(t(theme ? 'admin.themes.saved' : 'admin.themes.added', { name: values.nameNl.trim() }));
          onClose();
        },
      },
    ),
  );
  const nlField = register('nameNl', {
    onChange: (e: { target: { value: string } }) => {
      if (!theme && !getFieldState('slug').isDirty) setValue('slug', slugify(e.target.value));
    },
  });
  return (
    <form noValidate onSubmit={onSubmit} className="form admin-form admin-editor" aria-labelledby="thema-formulier">
      <EditorHeading id="thema-formulier">
        {theme ? t('admin.themes.editTitle', { name: theme.name_nl }) : t('admin.themes.newTitle')}
      </EditorHeading>
      <FormAlert message={adminErrorMessage(save.error, 'theme', t)} />
      <TextField label={t('admin.themes.nameNl')} lang="nl" maxLength={80} error={fieldError('nameNl')} {...nlField} />
      <TextField
        label={t('admin.themes.nameEn')}
        lang="en"
        maxLength={80}
        error={fieldError('nameEn')}
        {...register('nameEn')}
      />
      <TextField
        label={t('admin.themes.slug')}
        description={t(theme ? 'admin.themes.slugHelpEdit' : 'admin.themes.slugHelp', {
          example: slugify(nameNl) || 'groen',
        })}
        maxLength={60}
        autoComplete="off"
        spellCheck={false}
        error={fieldError('slug')}
        {...register('slug')}
      />
      <div className="button-row">
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {theme ? t('common.save') : t('admin.themes.add')}
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
