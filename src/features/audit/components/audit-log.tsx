import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { auditQueries } from '../api';
import { AUDIT_KINDS, type AuditKind } from '../model';
import { AuditEntry } from './audit-entry';
import './audit-log.css';

type AuditLogProps = { kind: AuditKind | null; onKindChange: (kind: AuditKind | null) => void };

/** The admin's log of every change: a filter by kind, newest first, 50 at a time. */
export function AuditLog({ kind, onKindChange }: AuditLogProps) {
  const { t } = useTranslation();
  const filterId = useId();
  const feed = useInfiniteQuery(auditQueries.feed(kind));
  const items = feed.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section aria-labelledby="logboek-titel" className="audit-log">
      <h1 id="logboek-titel" className="utrecht-heading-1">
        {t('audit.title')}
      </h1>
      <p className="utrecht-paragraph">{t('audit.intro')}</p>
      <div className="audit-log__filter">
        <label htmlFor={filterId} className="utrecht-form-label">
          {t('audit.filter')}
        </label>
        <select
          id={filterId}
          className="utrecht-select"
          value={kind ?? ''}
          onChange={(e) => onKindChange((e.target.value || null) as AuditKind | null)}
        >
          <option value="">{t('audit.kinds.all')}</option>
          {AUDIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`audit.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {feed.isPending ? (
        <Skeleton label={t('audit.loading')} />
      ) : feed.isError && items.length === 0 ? (
        <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />
      ) : items.length === 0 ? (
        <p className="utrecht-paragraph empty-state">{t('audit.empty')}</p>
      ) : (
        <>
          <ol className="audit-log__list" aria-label={t('audit.listLabel', { count: items.length })}>
            {items.map((item) => (
              <AuditEntry key={item.key} item={item} />
            ))}
          </ol>
          {feed.isFetchNextPageError ? <ErrorState error={feed.error} /> : null}
          {feed.hasNextPage ? (
            <Button busy={feed.isFetchingNextPage} onClick={() => void feed.fetchNextPage()}>
              {t('audit.more')}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}
