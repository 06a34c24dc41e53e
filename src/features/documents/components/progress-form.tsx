import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useUpdateActionProgress } from '../api';
import { ACTION_STATUSES, type ActionStatus, type Entry } from '../model';
import { MutationError } from './mutation-error';

type ProgressFormProps = { entry: Entry };

/** Monitoring an adopted plan: the area team updates status and progress of an action (nothing else changes). */
export function ProgressForm({ entry }: ProgressFormProps) {
  const { t } = useTranslation();
  const update = useUpdateActionProgress();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<ActionStatus>(entry.action_status ?? 'gepland');
  const [progress, setProgress] = useState(String(entry.progress ?? 0));
  const value = Number(progress);
  const invalid = !/^\d{1,3}$/.test(progress) || value > 100 || (status === 'gereed' && value !== 100);
  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} aria-label={t('documents.progress.updateNamed', { what: entry.title })}>
        {t('documents.progress.update')}
      </Button>
    );
  }
  return (
    <form
      className="form progress-form"
      aria-label={t('documents.progress.updateNamed', { what: entry.title })}
      onSubmit={(e) => {
        e.preventDefault();
        if (invalid) return;
        update.mutate(
          { entryId: entry.id, version: entry.version, status, progress: value },
          { onSuccess: () => setOpen(false) },
        );
      }}
    >
      <SelectField
        label={t('documents.fields.status')}
        value={status}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`documents.actionStatus.${s}`) }))}
        onChange={(e) => setStatus(e.target.value as ActionStatus)}
      />
      <TextField
        inputMode="numeric"
        label={t('documents.fields.progressPercent')}
        value={progress}
        error={
          invalid ? t(status === 'gereed' ? 'documents.errors.doneIs100' : 'documents.errors.progress') : undefined
        }
        onChange={(e) => setProgress(e.target.value)}
      />
      <MutationError error={update.error} />
      <div className="button-row">
        <Button type="submit" appearance="primary" busy={update.isPending}>
          {t('common.save')}
        </Button>
        <Button appearance="subtle" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
