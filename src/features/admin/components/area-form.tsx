import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { showToast } from '@/components/ui/toast-store';
import { useSaveArea } from '../api';
import { adminErrorMessage, areaSchema, type AdminArea, type AreaValues } from '../model';
import { ColorPicker } from './color-picker';
import { EditorHeading } from './editor-heading';
import { useAdminForm } from './use-admin-form';

type AreaFormProps = { area: AdminArea; onClose: () => void; onSaved?: () => void };

/** An area's name, map colour, description and whether its name is confirmed. */
export function AreaForm({ area, onClose, onSaved }: AreaFormProps) {
  const { t } = useTranslation();
  const save = useSaveArea(onSaved);
  const { form, fieldError } = useAdminForm<AreaValues>(areaSchema, {
    name: area.name,
    colorIndex: String(area.color_index),
    description: area.description,
    nameConfirmed: area.name_status === 'confirmed',
  });
  const { register, handleSubmit } = form;
  const onSubmit = handleSubmit((values) =>
    save.mutate(
      { ...values, areaId: area.id },
      {
        onSuccess: () => {
          showToast(t('admin.areas.saved', { name: values.name.trim() }));
          onClose();
        },
      },
    ),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="form admin-form admin-editor" aria-labelledby="gebied-formulier">
      <EditorHeading id="gebied-formulier">{t('admin.areas.editTitle', { name: area.name })}</EditorHeading>
      <FormAlert message={adminErrorMessage(save.error, 'area', t)} />
      <TextField label={t('admin.areas.name')} maxLength={80} error={fieldError('name')} {...register('name')} />
      <label className="utrecht-form-label utrecht-form-label--checkbox">
        <input
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          aria-describedby="gebied-naam-bevestigd-uitleg"
          {...register('nameConfirmed')}
        />{' '}
        {t('admin.areas.nameConfirmed')}
      </label>
      <p id="gebied-naam-bevestigd-uitleg" className="utrecht-form-field-description">
        {t('admin.areas.nameConfirmedHelp')}
      </p>
      <ColorPicker field={register('colorIndex')} error={fieldError('colorIndex')} errorId="gebied-kleur-fout" />
      <TextAreaField
        label={t('admin.areas.description')}
        rows={5}
        maxLength={2000}
        error={fieldError('description')}
        {...register('description')}
      />
      <div className="button-row">
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {t('common.save')}
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
