import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useUpsertEntry } from '../api';
import {
  entryFormDefaults,
  entryFormSchema,
  entryKindOf,
  toEntryArgs,
  type Entry,
  type EntryFormValues,
  type Place,
} from '../model';
import { useDocumentPage } from './document-context';
import { EntryFormFields } from './entry-form-fields';
import { MutationError } from './mutation-error';

type EntryFormProps = { sectionId: string; entry?: Entry; onDone: () => void };

/** Adds or edits an entry. On failure (also a version conflict) the form stays open with everything typed. */
export function EntryForm({ sectionId, entry, onDone }: EntryFormProps) {
  const { t } = useTranslation();
  const { detail, renderPlacePicker } = useDocumentPage();
  const kind = entryKindOf(detail.document.kind);
  const save = useUpsertEntry();
  const [place, setPlace] = useState<Place | null>(entry?.location ?? null);
  const form = useForm<EntryFormValues>({
    resolver: zodResolver(entryFormSchema),
    defaultValues: entryFormDefaults(entry),
  });
  const titleRef = useRef<HTMLInputElement | null>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const fieldError = (name: keyof EntryFormValues) => {
    const message = form.formState.errors[name]?.message;
    return typeof message === 'string' ? t(message) : undefined;
  };
  const formTitle = entry ? t('documents.edit.editNamed', { what: entry.title }) : t(`documents.edit.add.${kind}`);
  return (
    <form
      className="form entry-form"
      aria-label={formTitle}
      noValidate
      onSubmit={form.handleSubmit((values) =>
        save.mutate(
          { sectionId, entryId: entry?.id, version: entry?.version, fields: toEntryArgs(kind, values, place) },
          { onSuccess: onDone },
        ),
      )}
    >
      <h3 className="utrecht-heading-4">{formTitle}</h3>
      <EntryFormFields kind={kind} form={form} fieldError={fieldError} titleRef={titleRef} />
      {renderPlacePicker ? (
        <fieldset className="entry-form__place">
          <legend>{t('documents.fields.place')}</legend>
          {renderPlacePicker({ value: place, onChange: setPlace })}
        </fieldset>
      ) : null}
      <MutationError error={save.error} />
      <div className="button-row">
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {t('common.save')}
        </Button>
        <Button appearance="subtle" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
