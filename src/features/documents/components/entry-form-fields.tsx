import type { MutableRefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import {
  ACTION_STATUSES,
  ITEM_ORIGINS,
  ITEM_STATUSES,
  OWNER_KINDS,
  type EntryFormValues,
  type EntryKind,
} from '../model';
import { useDocumentPage } from './document-context';

type EntryFormFieldsProps = {
  kind: EntryKind;
  form: UseFormReturn<EntryFormValues>;
  fieldError: (name: keyof EntryFormValues) => string | undefined;
  titleRef: MutableRefObject<HTMLInputElement | null>;
};

/** The fields of an agenda item, a vision goal or a plan action. */
export function EntryFormFields({ kind, form, fieldError, titleRef }: EntryFormFieldsProps) {
  const { t, i18n } = useTranslation();
  const { themes } = useDocumentPage();
  const { register } = form;
  const title = register('title');
  const options = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  return (
    <>
      <TextField
        label={t('documents.fields.title')}
        error={fieldError('title')}
        {...title}
        ref={(el) => {
          title.ref(el);
          titleRef.current = el;
        }}
      />
      <TextAreaField label={t('documents.fields.body')} error={fieldError('body')} {...register('body')} />
      <SelectField
        label={t('documents.fields.theme')}
        options={[
          { value: '', label: t('documents.fields.noTheme') },
          ...themes.map((th) => ({ value: th.id, label: i18n.language === 'en' ? th.name_en : th.name_nl })),
        ]}
        {...register('themeId')}
      />
      {kind === 'agenda_item' ? (
        <>
          <SelectField
            label={t('documents.fields.origin')}
            options={options(ITEM_ORIGINS, 'documents.origin')}
            {...register('origin')}
          />
          <SelectField
            label={t('documents.fields.priority')}
            options={options(['1', '2', '3'], 'documents.priority')}
            {...register('priority')}
          />
          <TextField
            label={t('documents.fields.ownerName')}
            error={fieldError('ownerName')}
            {...register('ownerName')}
          />
          <SelectField
            label={t('documents.fields.status')}
            options={options(ITEM_STATUSES, 'documents.itemStatus')}
            {...register('itemStatus')}
          />
        </>
      ) : null}
      {kind === 'plan_action' ? (
        <>
          <TextField label={t('documents.fields.ownerOrg')} error={fieldError('ownerOrg')} {...register('ownerOrg')} />
          <SelectField
            label={t('documents.fields.ownerKind')}
            options={options(OWNER_KINDS, 'documents.ownerKind')}
            {...register('ownerKind')}
          />
          <SelectField
            label={t('documents.fields.status')}
            options={options(ACTION_STATUSES, 'documents.actionStatus')}
            {...register('actionStatus')}
          />
          <TextField type="date" label={t('documents.fields.start')} {...register('startDate')} />
          <TextField
            type="date"
            label={t('documents.fields.end')}
            error={fieldError('endDate')}
            {...register('endDate')}
          />
          <TextField
            inputMode="numeric"
            label={t('documents.fields.progressPercent')}
            error={fieldError('progress')}
            {...register('progress')}
          />
          <TextField
            inputMode="decimal"
            label={t('documents.fields.budgetEur')}
            error={fieldError('budget')}
            {...register('budget')}
          />
        </>
      ) : null}
    </>
  );
}
