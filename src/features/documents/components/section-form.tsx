import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { useUpsertSection } from '../api';
import type { Section } from '../model';
import { MutationError } from './mutation-error';

type SectionFormProps = { documentId: string; section?: Section; onDone: () => void };

/** Adds or renames a section; on failure everything typed stays. */
export function SectionForm({ documentId, section, onDone }: SectionFormProps) {
  const { t } = useTranslation();
  const save = useUpsertSection();
  const [title, setTitle] = useState(section?.title ?? '');
  const [body, setBody] = useState(section?.body ?? '');
  const [touched, setTouched] = useState(false);
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
        save.mutate(
          {
            p_document_id: documentId,
            p_title: title,
            p_body: body,
            ...(section ? { p_section_id: section.id, p_version: section.version } : {}),
          },
          { onSuccess: onDone },
        );
      }}
    >
      <h2 className="utrecht-heading-3">{formTitle}</h2>
      <TextField
        label={t('documents.fields.sectionTitle')}
        value={title}
        error={titleError}
        autoFocus
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextAreaField label={t('documents.fields.sectionBody')} value={body} onChange={(e) => setBody(e.target.value)} />
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
