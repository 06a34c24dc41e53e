import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState, type ReactNode } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { AppError } from '@/lib/supabase/unwrap';
import { useProposeInitiative } from '../api';
import { readDraft, useDraftActions, useDraftPin } from '../draft-store';
import { PROPOSAL_LIMITS, proposalFieldOf, type ProposalValues } from '../model';
import { proposalSchema } from '../schemas';
import '../initiatives.css';

type Option = { id: string; label: string };
type ProposeFormProps = {
  themes: Option[];
  districts: Option[];
  onProposed: (id: string) => void;
  /** more fields from other features (photos), before the submit button; `validateExtra` checks them first */
  extra?: ReactNode;
  validateExtra?: () => boolean;
  /** still busy after proposing (uploading the photos) */
  busy?: boolean;
};

const withPlaceholder = (placeholder: string, options: Option[]) => [
  { value: '', label: placeholder },
  ...options.map((o) => ({ value: o.id, label: o.label })),
];

/** Propose an initiative. The draft is kept (localStorage) until it is submitted, also when submitting fails. */
export function ProposeForm({ themes, districts, onProposed, extra, validateExtra, busy }: ProposeFormProps) {
  const { t } = useTranslation();
  const { draftChanged, draftSubmitted } = useDraftActions();
  const pin = useDraftPin();
  const propose = useProposeInitiative();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ProposalValues>({ resolver: zodResolver(proposalSchema), defaultValues: readDraft() });
  const { register, handleSubmit, setValue, setError, formState, control, subscribe } = form;

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => draftChanged(values as Partial<ProposalValues>),
      }),
    [subscribe, draftChanged],
  );
  useEffect(() => {
    if (pin) {
      setValue('pin', pin, { shouldValidate: formState.isSubmitted });
      setValue('placeMode', 'map');
    }
  }, [pin, setValue, formState.isSubmitted]);

  const placeMode = useWatch({ control, name: 'placeMode' });
  const err = (name: FieldPath<ProposalValues>) => {
    const e = name === 'pin' ? formState.errors.pin : formState.errors[name as keyof ProposalValues];
    const m = e?.message;
    return m ? (m.includes('.') && !m.includes(' ') ? t(`initiatives.propose.errors.${m}`) : m) : undefined;
  };

  const onSubmit = handleSubmit((values) => {
    if (validateExtra && !validateExtra()) return;
    setFormError(null);
    propose.mutate(values, {
      onSuccess: (r) => {
        draftSubmitted();
        onProposed(r.id);
      },
      onError: (e) => {
        const hint = e instanceof AppError ? (e.cause as { hint?: string } | undefined)?.hint : undefined;
        const field = proposalFieldOf(hint ?? undefined);
        const target = field === 'pin' && values.placeMode === 'district' ? 'placeDescription' : field;
        if (target) setError(target, { message: e.message }, { shouldFocus: true });
        else setFormError(e.message);
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="propose-form">
      <FormAlert message={formError} />
      <TextField
        label={t('initiatives.propose.title')}
        error={err('title')}
        maxLength={PROPOSAL_LIMITS.title[1]}
        {...register('title')}
      />
      <TextAreaField
        id="voorstel-beschrijving"
        label={t('initiatives.propose.description')}
        error={err('description')}
        rows={5}
        maxLength={PROPOSAL_LIMITS.description[1]}
        {...register('description')}
      />
      <SelectField
        id="voorstel-thema"
        label={t('initiatives.propose.theme')}
        error={err('themeId')}
        options={withPlaceholder(t('initiatives.propose.chooseTheme'), themes)}
        {...register('themeId')}
      />
      <fieldset className="utrecht-form-fieldset propose-form__place">
        <legend className="utrecht-form-fieldset__legend">{t('initiatives.propose.place')}</legend>
        <label className="utrecht-form-label utrecht-form-label--radio">
          <input
            type="radio"
            value="map"
            className="utrecht-radio-button utrecht-radio-button--html-input"
            {...register('placeMode')}
          />{' '}
          {t('initiatives.propose.onMap')}
        </label>
        <label className="utrecht-form-label utrecht-form-label--radio">
          <input
            type="radio"
            value="district"
            className="utrecht-radio-button utrecht-radio-button--html-input"
            {...register('placeMode')}
          />{' '}
          {t('initiatives.propose.byDistrict')}
        </label>
        {placeMode === 'map' ? (
          <div className={`utrecht-form-field${err('pin') ? ' utrecht-form-field--invalid' : ''}`}>
            {err('pin') ? (
              <div className="utrecht-form-field-error-message" id="voorstel-pin-fout">
                {err('pin')}
              </div>
            ) : null}
            <p className="utrecht-paragraph" id="voorstel-pin" aria-live="polite">
              {pin
                ? t('initiatives.propose.pinPlaced', { lat: pin.lat.toFixed(5), lng: pin.lng.toFixed(5) })
                : t('initiatives.propose.pinHelp')}
            </p>
          </div>
        ) : (
          <>
            <SelectField
              id="voorstel-wijk"
              label={t('initiatives.propose.district')}
              error={err('districtId')}
              options={withPlaceholder(t('initiatives.propose.chooseDistrict'), districts)}
              {...register('districtId')}
            />
            <TextAreaField
              id="voorstel-plek"
              label={t('initiatives.propose.placeDescription')}
              error={err('placeDescription')}
              rows={2}
              maxLength={PROPOSAL_LIMITS.place}
              {...register('placeDescription')}
            />
          </>
        )}
        <label className="utrecht-form-label utrecht-form-label--checkbox">
          <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" {...register('isHome')} />{' '}
          {t('initiatives.propose.isHome')}
        </label>
        <p className="utrecht-form-field-description">{t('initiatives.propose.isHomeHelp')}</p>
      </fieldset>
      {extra}
      <Button type="submit" appearance="primary" busy={propose.isPending || busy}>
        {t('initiatives.propose.submit')}
      </Button>
      <p className="utrecht-paragraph muted">{t('initiatives.propose.draftKept')}</p>
    </form>
  );
}
