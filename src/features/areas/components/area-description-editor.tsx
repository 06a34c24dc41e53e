import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { AppError } from '@/lib/supabase/unwrap';
import { useUpdateAreaDescription } from '../api';

type AreaDescriptionEditorProps = { slug: string; areaId: string; description: string };

const MAX = 2000;

/** For the area's own team (and admins): edit the short introduction of the area. Keeps the text on failure. */
export function AreaDescriptionEditor({ slug, areaId, description }: AreaDescriptionEditorProps) {
  const { t } = useTranslation();
  const update = useUpdateAreaDescription(slug);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(description);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  // focus goes into the form when it opens and back to its button when it closes
  useEffect(() => {
    if (editing) textRef.current?.focus();
    else if (opened.current) buttonRef.current?.focus();
    opened.current = editing;
  }, [editing]);

  if (!editing) {
    return (
      <Button
        ref={buttonRef}
        onClick={() => {
          setDraft(description);
          setEditing(true);
        }}
      >
        {description ? t('areas.editDescription') : t('areas.addDescription')}
      </Button>
    );
  }
  const error = update.error instanceof AppError ? update.error.message : update.error ? t('errors.unknown') : null;
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ areaId, description: draft }, { onSuccess: () => setEditing(false) });
      }}
    >
      <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor="gebied-beschrijving">
          {t('areas.description')}
        </label>
        <div className="utrecht-form-field-description" id="gebied-beschrijving-teller">
          {t('areas.charactersLeft', { count: MAX - draft.length })}
        </div>
        {error ? (
          <div className="utrecht-form-field-error-message" id="gebied-beschrijving-fout" role="alert">
            {error}
          </div>
        ) : null}
        <textarea
          ref={textRef}
          id="gebied-beschrijving"
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={5}
          value={draft}
          maxLength={MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            error ? 'gebied-beschrijving-teller gebied-beschrijving-fout' : 'gebied-beschrijving-teller'
          }
          onChange={(e) => setDraft(e.target.value)}
        />
      </div>
      <div className="button-row">
        <Button type="submit" appearance="primary" busy={update.isPending}>
          {t('common.save')}
        </Button>
        <Button appearance="subtle" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
