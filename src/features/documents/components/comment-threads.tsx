import { useTranslation } from 'react-i18next';
import type { CommentThread } from '../model';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';
import { useDocumentPage } from './document-context';
import './comments.css';

type CommentThreadsProps = { entryId: string | null; threads: CommentThread[]; about: string };

/** The comments on one entry (or on the document as a whole), each with its replies, and a form to add one. */
export function CommentThreads({ entryId, threads, about }: CommentThreadsProps) {
  const { t } = useTranslation();
  const { detail, threads: loaded } = useDocumentPage();
  return (
    <section className="comments" aria-label={t('documents.comments.about', { what: about })}>
      {loaded === undefined ? <p className="muted">{t('common.loading')}</p> : null}
      {loaded !== undefined && threads.length === 0 ? (
        <p className="utrecht-paragraph muted">{t('documents.comments.empty')}</p>
      ) : null}
      <ol className="comments__list">
        {threads.map((thread) => (
          <li key={thread.id} className="comments__thread">
            <CommentItem comment={thread} />
            {thread.replies.length > 0 ? (
              <ol className="comments__replies">
                {thread.replies.map((r) => (
                  <li key={r.id}>
                    <CommentItem comment={r} />
                  </li>
                ))}
              </ol>
            ) : null}
            {detail.can_comment && !thread.deleted_at ? (
              <CommentForm entryId={entryId} parentId={thread.id} replyTo={thread.author_name ?? ''} />
            ) : null}
          </li>
        ))}
      </ol>
      {detail.can_comment && detail.document.status === 'concept' ? (
        <p className="utrecht-paragraph muted comments__internal-note">{t('documents.comments.internalExplain')}</p>
      ) : null}
      {detail.can_comment ? <CommentForm entryId={entryId} /> : <CommentsClosedNote />}
    </section>
  );
}

function CommentsClosedNote() {
  const { t } = useTranslation();
  const { detail } = useDocumentPage();
  const key =
    detail.document.status !== 'consultatie'
      ? 'documents.comments.onlyDuringConsultation'
      : detail.document.comments_open_to_residents
        ? 'documents.comments.signInToComment'
        : 'documents.comments.onlyCouncils';
  return <p className="utrecht-paragraph muted">{t(key)}</p>;
}
