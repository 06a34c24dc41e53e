import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { AppError } from '@/lib/supabase/unwrap';
import { initiativeQueries, useSetInitiativeStatus } from '../api';
import type { InitiativeStatus } from '../model';
import '../initiatives.css';

type TriageFormProps = { initiativeId: string; version: number; allowed: InitiativeStatus[] };

/** For the area team: the next step with an explanation for the proposer, and the agenda item or plan action. */
export function TriageForm({ initiativeId, version, allowed }: TriageFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const options = useQuery(initiativeQueries.triageOptions(initiativeId));
  const setStatus = useSetInitiativeStatus(initiativeId);
  const [status, setStatusValue] = useState<InitiativeStatus | ''>('');
  const [explanation, setExplanation] = useState('');
  const [link, setLink] = useState('');
  const hint =
    setStatus.error instanceof AppError ? (setStatus.error.cause as { hint?: string } | undefined)?.hint : undefined;
  const explanationError = hint === 'explanation' ? setStatus.error?.message : undefined;
  if (allowed.length === 0) return null;
  const needs = status === 'opgenomen' ? 'agenda_items' : status === 'in_uitvoering' ? 'plan_actions' : null;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!status) return;
    setStatus.mutate(
      {
        version,
        status,
        explanation,
        ...(needs === 'agenda_items' && link ? { agendaItemLineageId: link } : {}),
        ...(needs === 'plan_actions' && link ? { planActionLineageId: link } : {}),
      },
      {
        // the save (and the refetch after it) can take a moment, in which the next step may already be typed:
        // clear only what still holds the values just saved
        onSuccess: () => {
          const sent = { status, explanation, link };
          setStatusValue((now) => (now === sent.status ? '' : now));
          setExplanation((now) => (now === sent.explanation ? '' : now));
          setLink((now) => (now === sent.link ? '' : now));
        },
      },
    );
  };
  return (
    <form className="triage-form" onSubmit={submit} noValidate aria-labelledby={`${id}-kop`}>
      <h2 className="utrecht-heading-3" id={`${id}-kop`}>
        {t('initiatives.triage.title')}
      </h2>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={`${id}-status`}>
          {t('initiatives.triage.status')}
        </label>
        <select
          id={`${id}-status`}
          className="utrecht-select utrecht-select--html-select"
          value={status}
          onChange={(e) => (setStatusValue(e.target.value as InitiativeStatus), setLink(''))}
        >
          <option value="">{t('initiatives.triage.choose')}</option>
          {allowed.map((s) => (
            <option key={s} value={s}>
              {t(`initiatives.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {needs ? (
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${id}-link`}>
            {t(`initiatives.triage.${needs}`)}
          </label>
          <select
            id={`${id}-link`}
            className="utrecht-select utrecht-select--html-select"
            value={link}
            onChange={(e) => setLink(e.target.value)}
          >
            <option value="">{t('initiatives.triage.choose')}</option>
            {(options.data?.[needs] ?? []).map((o) => (
              <option key={o.lineage_id} value={o.lineage_id}>
                {o.title} — {o.document_title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className={`utrecht-form-field${explanationError ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor={`${id}-uitleg`}>
          {status === 'afgewezen' ? t('initiatives.triage.reason') : t('initiatives.triage.explanation')}
        </label>
        {explanationError ? (
          <div className="utrecht-form-field-error-message" id={`${id}-uitleg-fout`}>
            {explanationError}
          </div>
        ) : null}
        <textarea
          id={`${id}-uitleg`}
          className="utrecht-textarea"
          rows={3}
          value={explanation}
          aria-invalid={explanationError ? true : undefined}
          aria-describedby={explanationError ? `${id}-uitleg-fout` : undefined}
          onChange={(e) => setExplanation(e.target.value)}
        />
      </div>
      {setStatus.error && !explanationError ? (
        <p className="utrecht-form-field-error-message" role="alert">
          {setStatus.error.message}
        </p>
      ) : null}
      <Button type="submit" appearance="primary" busy={setStatus.isPending} disabled={!status}>
        {t('initiatives.triage.submit')}
      </Button>
    </form>
  );
}
