import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { AGENDA_KINDS, type DocumentKind, type DocumentValues } from '../model';

type DocumentKindFieldsProps = {
  kind: DocumentKind;
  register: UseFormRegister<DocumentValues>;
  fieldError: (name: 'horizonStart' | 'horizonEnd' | 'periodStart' | 'periodEnd') => string | undefined;
};

/** What only one kind has: an agenda's kind (wijk or dorp), a vision's horizon in years, a plan's period. */
export function DocumentKindFields({ kind, register, fieldError }: DocumentKindFieldsProps) {
  const { t } = useTranslation();
  if (kind === 'agenda')
    return (
      <SelectField
        label={t('admin.documents.agendaKind')}
        options={AGENDA_KINDS.map((k) => ({ value: k, label: t(`labels.agendaKind.${k}`) }))}
        {...register('agendaKind')}
      />
    );
  if (kind === 'vision')
    return (
      <div className="admin-form__pair">
        <TextField
          label={t('admin.documents.horizonStart')}
          inputMode="numeric"
          maxLength={4}
          autoComplete="off"
          error={fieldError('horizonStart')}
          {...register('horizonStart')}
        />
        <TextField
          label={t('admin.documents.horizonEnd')}
          inputMode="numeric"
          maxLength={4}
          autoComplete="off"
          error={fieldError('horizonEnd')}
          {...register('horizonEnd')}
        />
      </div>
    );
  return (
    <div className="admin-form__pair">
      <TextField
        label={t('admin.documents.periodStart')}
        type="date"
        error={fieldError('periodStart')}
        {...register('periodStart')}
      />
      <TextField
        label={t('admin.documents.periodEnd')}
        type="date"
        error={fieldError('periodEnd')}
        {...register('periodEnd')}
      />
    </div>
  );
}
