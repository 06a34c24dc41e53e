import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useAddComment } from '../api';
import { useDocumentPage } from './document-context';
import { MutationError } from './mutation-error';

type CommentFormProps = { entryId: string | null; parentId?: string; replyTo?: string };

/** A new comment, or a reply in a thread; the area team's reply is the official answer unless unticked. */
export function CommentForm({ entryId, parentId, replyTo }: CommentFormProps) {
  const { t } = useTranslation();
  const { detail } = useDocumentPage();
  const add = useAddComment();
  const [open, setOpen] = useState(!parentId);
  const [body, setBody] = useState('');
  const [official, setOfficial] = useState(detail.can_answer_officially);
  const tooShort = body.trim().length < 2;
  if (!open) {
    return (
      <Button appearance="subtle" className="no-print" onClick={() => setOpen(true)}>
        {detail.can_answer_officially
          ? t('documents.comments.answer', { name: replyTo })
          : t('documents.comments.reply', { name: replyTo })}
      </Button>
    );
  }
  const label = parentId ? t('documents.comments.replyLabel', { name: replyTo }) : t('documents.comments.newLabel');
  return (
    <form
      className="form comment-form no-print"
      onSubmit={(e) => {
        e.preventDefault();
        if (tooShort) return;
        add.mutate(
          {
            documentId: detail.document.id,
            body,
            entryId: entryId ?? undefined,
            parentId,
            official: Boolean(parentId) && detail.can_answer_officially && official,
          },
          { onSuccess: () => (setBody(''), parentId ? setOpen(false) : undefined) },
        );
      }}
    >
      <TextAreaField
        label={label}
        value={body}
        maxLength={4000}
        autoFocus={Boolean(parentId)}
        onChange={(e) => setBody(e.target.value)}
      />
      {parentId && detail.can_answer_officially ? (
        <label className="checkbox">
          <input type="checkbox" checked={official} onChange={(e) => setOfficial(e.target.checked)} />{' '}
          {t('documents.comments.markOfficial')}
        </label>
      ) : null}
      <MutationError error={add.error} />
      <div className="button-row">
        <Button type="submit" appearance="primary" busy={add.isPending} disabled={tooShort}>
          {parentId ? t('documents.comments.sendReply') : t('documents.comments.send')}
        </Button>
        {parentId ? (
          <Button appearance="subtle" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
