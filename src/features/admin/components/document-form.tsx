import { useEffect, useRef, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { paths } from '@/config/paths';
import { useCreateDocument } from '../api';
import {
  adminErrorMessage,
  DOCUMENT_KINDS,
  documentSchema,
  type AdminArea,
  type AdminDistrict,
  type DocumentValues,
} from '../model';
import { DistrictChecklist } from './district-checklist';
import { DocumentKindFields } from './document-kind-fields';
import { useAdminForm } from './use-admin-form';

type DocumentFormProps = { areas: AdminArea[]; districts: AdminDistrict[] };

const EMPTY: DocumentValues = {
  areaId: '',
  kind: 'agenda',
  title: '',
  summary: '',
  agendaKind: 'wijkagenda',
  horizonStart: '',
  horizonEnd: '',
  periodStart: '',
  periodEnd: '',
  districtIds: [],
};

/** Starts a new agenda, vision or plan (a concept) for an area; then links to it. */
export function DocumentForm({ areas, districts }: DocumentFormProps) {
  const { t } = useTranslation();
  const create = useCreateDocument();
  const [created, setCreated] = useState<{ slug: string; title: string } | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);
  const { form, fieldError } = useAdminForm<DocumentValues>(documentSchema, EMPTY);
  const { register, handleSubmit, control, setValue, reset } = form;
  const [areaId, kind] = useWatch({ control, name: ['areaId', 'kind'] });
  const areaDistricts = districts.filter((d) => d.area_id === areaId);
  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);

  const areaField = register('areaId', {
    // a new area: all its wijken, which is what most documents cover
    onChange: (e: { target: { value: string } }) =>
      setValue(
        'districtIds',
        districts.filter((d) => d.area_id === e.target.value).map((d) => d.id),
      ),
  });
  const onSubmit = handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: (doc) => {
        setCreated({ slug: doc.slug, title: doc.title });
        reset(EMPTY);
      },
    }),
  );

  return (
    <form noValidate onSubmit={onSubmit} className="form admin-form" aria-labelledby="document-formulier">
      <h2 id="document-formulier" className="utrecht-heading-2">
        {t('admin.documents.formTitle')}
      </h2>
      <div ref={createdRef} tabIndex={-1} role="status" className="admin-form__status">
        {created ? (
          <p className="utrecht-paragraph note note--info">
            {t('admin.documents.created', { title: created.title })}{' '}
            <Link to={paths.document.href(created.slug)} className="utrecht-link">
              {t('admin.documents.open', { title: created.title })}
            </Link>
          </p>
        ) : null}
      </div>
      <FormAlert message={adminErrorMessage(create.error, 'document', t)} />
      <SelectField
        label={t('admin.documents.area')}
        error={fieldError('areaId')}
        options={[
          { value: '', label: t('admin.roles.chooseArea') },
          ...areas.map((a) => ({ value: a.id, label: a.name })),
        ]}
        {...areaField}
      />
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('admin.documents.kind')}</legend>
        {DOCUMENT_KINDS.map((k) => (
          <label key={k} className="utrecht-form-label utrecht-form-label--radio admin-form__radio">
            <input
              type="radio"
              value={k}
              className="utrecht-radio-button utrecht-radio-button--html-input"
              {...register('kind')}
            />{' '}
            {t(`labels.documentKind.${k}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('admin.documents.titleField')}
        maxLength={160}
        error={fieldError('title')}
        {...register('title')}
      />
      <TextAreaField
        label={t('admin.documents.summary')}
        rows={3}
        maxLength={4000}
        error={fieldError('summary')}
        {...register('summary')}
      />
      <DocumentKindFields kind={kind} register={register} fieldError={fieldError} />
      {areaId ? (
        <Controller
          control={control}
          name="districtIds"
          render={({ field, fieldState }) => (
            <DistrictChecklist
              legend={t('admin.documents.districts')}
              areas={areas.filter((a) => a.id === areaId)}
              districts={areaDistricts}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message ? t(fieldState.error.message) : undefined}
            />
          )}
        />
      ) : null}
      <Button type="submit" appearance="primary" busy={create.isPending}>
        {t('admin.documents.submit')}
      </Button>
    </form>
  );
}
