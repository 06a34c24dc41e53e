import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { AppError } from '@/lib/supabase/unwrap';
import { moderationQueries, useModerate, type ReportedItem } from '../moderation';
import '../initiatives.css';

type ModerationQueueProps = {
  hrefOf: (initiativeId: string) => string;
  /** what other features show with a reported item, e.g. an initiative's photos (composed by the route) */
  renderExtras?: (item: ReportedItem) => ReactNode;
};

/** Reported initiatives and comments, oldest report first: restore (and show again) or remove for good. */
export function ModerationQueue({ hrefOf, renderExtras }: ModerationQueueProps) {
  const { t } = useTranslation();
  const queue = useQuery(moderationQueries.queue());
  const moderate = useModerate();
  if (queue.isPending) return <Skeleton label={t('initiatives.moderation.loading')} />;
  if (queue.isError) return <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  if (queue.data.length === 0)
    return <p className="utrecht-paragraph empty-state">{t('initiatives.moderation.empty')}</p>;
  const busy = (item: ReportedItem) => moderate.isPending && moderate.variables?.item.target_id === item.target_id;
  return (
    <>
      {moderate.error ? (
        <p className="utrecht-form-field-error-message" role="alert">
          {moderate.error instanceof AppError ? moderate.error.message : t('errors.unknown')}
        </p>
      ) : null}
      <ul className="moderation-queue">
        {queue.data.map((item) => (
          <li key={`${item.target_kind}-${item.target_id}`} className="moderation-queue__item">
            <p className="utrecht-paragraph">
              <strong>{t(`initiatives.moderation.kind.${item.target_kind}`)}:</strong>{' '}
              <Link className="utrecht-link" to={hrefOf(item.initiative_id)}>
                {item.title}
              </Link>
            </p>
            <p className="utrecht-paragraph">
              {t('initiatives.moderation.reports', { count: item.report_count })}
              {item.trusted_report_count !== undefined
                ? ` · ${t('initiatives.moderation.trusted', { count: item.trusted_report_count })}`
                : ''}
              {item.is_hidden ? ` · ${t('initiatives.moderation.hidden')}` : ''}
            </p>
            {item.reasons && item.reasons.length > 0 ? (
              <ul className="moderation-queue__reasons">
                {item.reasons.map((reason, i) => (
                  <li key={i}>{reason}</li>
                ))}
              </ul>
            ) : null}
            {renderExtras?.(item)}
            <div className="button-row">
              <Button
                busy={busy(item) && moderate.variables?.decision === 'restore'}
                onClick={() => moderate.mutate({ item, decision: 'restore' })}
              >
                {t('initiatives.moderation.restore')}
              </Button>
              <Button
                appearance="subtle"
                busy={busy(item) && moderate.variables?.decision === 'remove'}
                onClick={() => {
                  if (window.confirm(t('initiatives.moderation.confirmRemove', { title: item.title })))
                    moderate.mutate({ item, decision: 'remove' });
                }}
              >
                {t('initiatives.moderation.remove')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
