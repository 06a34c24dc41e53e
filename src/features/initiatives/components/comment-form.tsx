import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useCommentOnInitiative } from '../api';

type CommentFormProps = { initiativeId: string };

/** A comment on an initiative; the text stays when sending fails. */
export function CommentForm({ initiativeId }: CommentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const comment = useCommentOnInitiative(initiativeId);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (body.trim().length < 2) return setError(t('initiatives.comments.tooShort'));
    setError(null);
    comment.mutate(body, { onSuccess: () => setBody(''), onError: (err) => setError(err.message) });
  };
  return (
    <form onSubmit={submit} noValidate className="comment-form">
      <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor={id}>
          {t('initiatives.comments.label')}
        </label>
        {error ? (
          <div className="utrecht-form-field-error-message" id={`${id}-fout`}>
            {error}
          </div>
        ) : null}
        <textarea
          id={id}
          className="utrecht-textarea"
          rows={3}
          maxLength={2000}
          value={body}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-fout` : undefined}
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      <Button type="submit" busy={comment.isPending}>
        {t('initiatives.comments.submit')}
      </Button>
    </form>
  );
}
