import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { showToast } from '@/components/ui/toast-store';
import { useSaveCouncil } from '../api';
import {
  adminErrorMessage,
  COUNCIL_KINDS,
  councilSchema,
  type AdminArea,
  type AdminCouncil,
  type AdminDistrict,
  type CouncilValues,
} from '../model';
import { DistrictChecklist } from './district-checklist';
import { EditorHeading } from './editor-heading';
import { useAdminForm } from './use-admin-form';

type CouncilFormProps = {
  /** null: a new council */
  council: AdminCouncil | null;
  areas: AdminArea[];
  districts: AdminDistrict[];
  onClose: () => void;
};

/** Add a council or change its name, kind, area, website and wijken. */
export function CouncilForm({ council, areas, districts, onClose }: CouncilFormProps) {
  const { t } = useTranslation();
  const save = useSaveCouncil();
  const { form, fieldError } = useAdminForm<CouncilValues>(councilSchema, {
    name: council?.name ?? '',
    kind: council?.kind ?? 'wijkraad',
    areaId: council?.area_id ?? '',
    websiteUrl: council?.website_url ?? '',
    districtIds: council?.district_ids ?? [],
  });
  const { register, handleSubmit, control } = form;
  const onSubmit = handleSubmit((values) =>
    save.mutate(
      { ...values, councilId: council?.id ?? null },
      {
        onSuccess: () => {
          showToast(t(council ? 'admin.councils.saved' : 'admin.councils.added', { name: values.name.trim() }));
          onClose();
        },
      },
    ),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="form admin-form admin-editor" aria-labelledby="raad-formulier">
      <EditorHeading id="raad-formulier">
        {council ? t('admin.councils.editTitle', { name: council.name }) : t('admin.councils.newTitle')}
      </EditorHeading>
      <FormAlert message={adminErrorMessage(save.error, 'council', t)} />
      <TextField label={t('admin.councils.name')} maxLength={120} error={fieldError('name')} {...register('name')} />
      <SelectField
        label={t('admin.councils.kind')}
        error={fieldError('kind')}
        options={COUNCIL_KINDS.map((k) => ({ value: k, label: t(`admin.councils.kinds.${k}`) }))}
        {...register('kind')}
      />
      <SelectField
        label={t('admin.councils.area')}
        error={fieldError('areaId')}
        options={[
          { value: '', label: t('admin.roles.chooseArea') },
          ...areas.map((a) => ({ value: a.id, label: a.name })),
        ]}
        {...register('areaId')}
      />
      <TextField
        label={t('admin.councils.website')}
        description={t('admin.councils.websiteHelp')}
        type="url"
        inputMode="url"
        maxLength={500}
        error={fieldError('websiteUrl')}
        {...register('websiteUrl')}
      />
      <Controller
        control={control}
        name="districtIds"
        render={({ field, fieldState }) => (
          <DistrictChecklist
            legend={t('admin.councils.districts')}
            areas={areas}
            districts={districts}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error?.message ? t(fieldState.error.message) : undefined}
          />
        )}
      />
      <div className="button-row">
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {council ? t('common.save') : t('admin.councils.add')}
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
