import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useUpdateComment } from '../api';
import type { Comment } from '../model';
import { MutationError } from './mutation-error';

type CommentEditFormProps = { comment: Comment; onDone: () => void };

export function CommentEditForm({ comment, onDone }: CommentEditFormProps) {
  const { t } = useTranslation();
  const update = useUpdateComment();
  const [body, setBody] = useState(comment.body);
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ commentId: comment.id, body }, { onSuccess: onDone });
      }}
    >
      <TextAreaField
        label={t('documents.comments.editLabel')}
        value={body}
        maxLength={4000}
        autoFocus
        onChange={(e) => setBody(e.target.value)}
      />
      <MutationError error={update.error} />
      <div className="button-row">
        <Button type="submit" appearance="primary" busy={update.isPending}>
          {t('common.save')}
        </Button>
        <Button appearance="subtle" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
