import { zodResolver } from '@hookform/resolvers/zod';
import { useIsFetching } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useRetryWhenOnline } from '@/lib/drafts/use-safe-edit';
import { useAnnounceEditing, useCoEditing } from '@/lib/realtime/presence-context';
import { documentQueries, useUpsertEntry } from '../api';
import { entryFormSchema, entryKindOf, toEntryArgs, type Entry, type EntryFormValues, type Place } from '../model';
import { useDocumentPage } from './document-context';
import { EntryFormFields } from './entry-form-fields';
import { SafeEditFormBody } from './safe-edit-form-body';
import { useEntrySafeEdit, type EntryEditValues } from './use-entry-safe-edit';
import '../documents.css';

type EntryFormProps = { sectionId: string; entry?: Entry; onDone: () => void };

/** Adds or edits an entry. On failure (also a version conflict) the form stays open with everything typed. */
export function EntryForm({ sectionId, entry, onDone }: EntryFormProps) {
  const { t } = useTranslation();
  const { detail, renderPlacePicker } = useDocumentPage();
  const kind = entryKindOf(detail.document.kind);
  const save = useUpsertEntry();
  // co-editing (issue 5): a fixed base version, a local draft, the merge after a conflict, a retry when offline
  const target = entry ? ({ kind: 'entry', id: entry.id } as const) : null;
  useAnnounceEditing(target);
  const coEditing = useCoEditing();
  const { safe, labelOf, show, editable } = useEntrySafeEdit(entry, kind);
  const [place, setPlace] = useState<Place | null>(safe.initialValues.place);
  // after a failed save the newest version may be loading: saving before it arrives would conflict again
  const reloading = useIsFetching({ queryKey: documentQueries.all() }) > 0 && save.isError;
  const form = useForm<EntryFormValues>({
    resolver: zodResolver(entryFormSchema),
    defaultValues: safe.initialValues,
  });
  const { record } = safe;
  useEffect(() => {
    const sub = form.watch((values) => record({ ...(values as EntryFormValues), place }));
    return () => sub.unsubscribe();
  }, [form, record, place]);
  const submit = (values: EntryEditValues, version = safe.baseVersion) =>
    save.mutate(
      { sectionId, entryId: entry?.id, version, fields: toEntryArgs(kind, values, values.place) },
      {
        onSuccess: () => {
          safe.onSaved();
          onDone();
        },
        onError: (error) => safe.handleSaveError(error, values),
      },
    );
  const retry = useCallback(() => {
    if (!save.isPending) void form.handleSubmit((values) => submit({ ...values, place }))();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [save.isPending, place]);
  useRetryWhenOnline(safe.pending, retry);
  const changedBy = entry && coEditing?.lastChanges[entry.id]?.by?.name;
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
      onSubmit={form.handleSubmit((values) => submit({ ...values, place }))}
    >
      <h3 className="utrecht-heading-4">{formTitle}</h3>
      <SafeEditFormBody
        safe={safe}
        changedBy={changedBy ?? null}
        current={() => ({ ...form.getValues(), place })}
        labelOf={labelOf}
        show={show}
        editable={editable}
        onSaveMerged={(values) => {
          form.reset(values);
          setPlace(values.place);
          submit(values, entry?.version);
        }}
        busy={save.isPending || reloading}
        error={save.error}
        onRetry={retry}
        onDone={onDone}
      >
        <EntryFormFields kind={kind} form={form} fieldError={fieldError} titleRef={titleRef} />
        {renderPlacePicker ? (
          <fieldset className="entry-form__place">
            <legend>{t('documents.fields.place')}</legend>
            {renderPlacePicker({ value: place, onChange: setPlace })}
          </fieldset>
        ) : null}
      </SafeEditFormBody>
    </form>
  );
}
