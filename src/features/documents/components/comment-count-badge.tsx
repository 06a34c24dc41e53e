import { useTranslation } from 'react-i18next';
import type { CommentCounts } from '../model';
import './comments.css';

type CommentCountBadgeProps = { counts: CommentCounts };

/** "3 reacties, 1 open": open = a council comment that still waits for the area team's official answer. */
export function CommentCountBadge({ counts }: CommentCountBadgeProps) {
  const { t } = useTranslation();
  if (counts.comment_count === 0) return <span className="muted">{t('documents.comments.none')}</span>;
  return (
    <span className="comment-count">
      {t('documents.comments.count', { count: counts.comment_count })}
      {counts.open_comment_count > 0 ? (
        <span className="badge badge--open">
          {t('documents.comments.openCount', { count: counts.open_comment_count })}
        </span>
      ) : null}
    </span>
  );
}
