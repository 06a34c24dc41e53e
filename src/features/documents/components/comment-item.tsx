import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useDeleteComment } from '../api';
import type { Comment } from '../model';
import { CommentEditForm } from './comment-edit-form';
import { ConfirmDelete } from './confirm-delete';
import { MutationError } from './mutation-error';
import { useFormatDate } from './use-format';
import '../documents.css';
import './comments.css';

type CommentItemProps = { comment: Comment };

/** One comment: who (and for which council), when, the text, "officieel antwoord" or "open", own edit/delete. */
export function CommentItem({ comment }: CommentItemProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [editing, setEditing] = useState(false);
  const remove = useDeleteComment();
  const who = comment.council ? `${comment.author_name ?? ''}, ${comment.council.name}` : (comment.author_name ?? '');
  return (
    <article className={`comment${comment.is_official_response ? ' comment--official' : ''}`}>
      <p className="comment__meta">
        <strong>{who}</strong> <span className="muted">({t(`documents.commentRole.${comment.author_role}`)})</span>{' '}
        <span className="muted">· {formatDate(comment.created_at)}</span>
        {comment.edited_at ? <span className="muted"> · {t('documents.comments.edited')}</span> : null}
        {comment.is_official_response ? (
          <span className="badge badge--official">{t('documents.comments.official')}</span>
        ) : null}
        {comment.is_open ? <span className="badge badge--open">{t('documents.comments.open')}</span> : null}
        {comment.is_internal ? <span className="badge badge--internal">{t('documents.comments.internal')}</span> : null}
      </p>
      {comment.deleted_at ? (
        <p className="utrecht-paragraph muted">{t('documents.comments.deleted')}</p>
      ) : editing ? (
        <CommentEditForm comment={comment} onDone={() => setEditing(false)} />
      ) : (
        <p className="utrecht-paragraph comment__body">{comment.body}</p>
      )}
      {comment.is_own && !comment.deleted_at && !editing ? (
        <div className="toolbar no-print">
          <Button appearance="subtle" onClick={() => setEditing(true)}>
            {t('documents.comments.edit')}
          </Button>
          <ConfirmDelete
            what={t('documents.comments.yourComment')}
            busy={remove.isPending}
            onConfirm={() => remove.mutate({ commentId: comment.id })}
          />
          <MutationError error={remove.error} />
        </div>
      ) : null}
    </article>
  );
}
