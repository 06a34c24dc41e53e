import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { useRetryWhenOnline, useSafeEdit } from '@/lib/drafts/use-safe-edit';
import { useAnnounceEditing, useCoEditing } from '@/lib/realtime/presence-context';
import { useUpsertSection } from '../api';
import type { Section } from '../model';
import { SafeEditFormBody } from './safe-edit-form-body';
import '../documents.css';

const SECTION_FIELDS = ['title', 'body'] as const;

type SectionFormProps = { documentId: string; section?: Section; onDone: () => void };

/** Adds or renames a section; on failure everything typed stays. */
export function SectionForm({ documentId, section, onDone }: SectionFormProps) {
  const { t } = useTranslation();
  const save = useUpsertSection();
  // co-editing (issue 5): a fixed base version, a local draft, the merge after a conflict, a retry when offline
  const target = section ? ({ kind: 'section', id: section.id } as const) : null;
  useAnnounceEditing(target);
  const coEditing = useCoEditing();
  const safe = useSafeEdit({
    documentId,
    target,
    saved: { values: { title: section?.title ?? '', body: section?.body ?? '' }, version: section?.version ?? 0 },
    fields: SECTION_FIELDS,
  });
  const [title, setTitleState] = useState(safe.initialValues.title);
  const [body, setBodyState] = useState(safe.initialValues.body);
  const [touched, setTouched] = useState(false);
  const setTitle = (value: string) => {
    setTitleState(value);
    safe.record({ title: value, body });
  };
  const setBody = (value: string) => {
    setBodyState(value);
    safe.record({ title, body: value });
  };
  const changedBy = section && coEditing?.lastChanges[section.id]?.by?.name;
  const submit = (values: { title: string; body: string }, version = safe.baseVersion) =>
    save.mutate(
      {
        p_document_id: documentId,
        p_title: values.title,
        p_body: values.body,
        ...(section ? { p_section_id: section.id, p_version: version } : {}),
      },
      {
        onSuccess: () => {
          safe.onSaved();
          onDone();
        },
        onError: (error) => safe.handleSaveError(error, values),
      },
    );
  const retry = useCallback(() => {
    if (!save.isPending && title.trim().length >= 2) submit({ title, body });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [save.isPending, title, body]);
  useRetryWhenOnline(safe.pending, retry);
  const titleError =
    touched && (title.trim().length < 2 || title.trim().length > 200) ? t('documents.errors.sectionTitle') : undefined;
  const formTitle = section
    ? t('documents.edit.editSectionNamed', { title: section.title })
    : t('documents.edit.addSection');
  return (
    <form
      className="form section-form"
      aria-label={formTitle}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (title.trim().length < 2 || title.trim().length > 200) return;
        submit({ title, body });
      }}
    >
      <h2 className="utrecht-heading-3">{formTitle}</h2>
      <SafeEditFormBody
        safe={safe}
        changedBy={changedBy ?? null}
        current={() => ({ title, body })}
        labelOf={(field) => t(field === 'title' ? 'documents.fields.sectionTitle' : 'documents.fields.sectionBody')}
        show={(_field, value) => String(value ?? '')}
        editable={() => true}
        onSaveMerged={(values) => {
          setTitleState(values.title);
          setBodyState(values.body);
          submit(values, section?.version);
        }}
        busy={save.isPending}
        error={save.error}
        onRetry={retry}
        onDone={onDone}
      >
        <TextField
          label={t('documents.fields.sectionTitle')}
          value={title}
          error={titleError}
          autoFocus
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextAreaField
          label={t('documents.fields.sectionBody')}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </SafeEditFormBody>
    </form>
  );
}
