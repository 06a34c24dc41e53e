import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDateTime } from '@/lib/formats';
import { indicatorQueries } from '../api';
import '../figures.css';

/** Admins: what was loaded, newest first (the reference data counts as loaded at installation). */
export function ImportLog() {
  const { t, i18n } = useTranslation();
  const query = useQuery(indicatorQueries.imports());
  return (
    <section aria-labelledby="geladen-titel" className="admin-section">
      <h2 id="geladen-titel" className="utrecht-heading-2">
        {t('figuresAdmin.log.title')}
      </h2>
      {query.isPending ? (
        <Skeleton lines={3} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={t('figuresAdmin.log.caption')}>
          <table className="figure-table">
            <caption className="visually-hidden">{t('figuresAdmin.log.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('figuresAdmin.log.when')}</th>
                <th scope="col">{t('figuresAdmin.log.year')}</th>
                <th scope="col">{t('figuresAdmin.log.source')}</th>
                <th scope="col">{t('figuresAdmin.log.file')}</th>
                <th scope="col">{t('figuresAdmin.log.counts')}</th>
                <th scope="col">{t('figuresAdmin.log.by')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{formatDateTime(m.imported_at, i18n.language)}</th>
                  <td>{m.year}</td>
                  <td>{m.source.name}</td>
                  <td>{m.file_name ?? '—'}</td>
                  <td>
                    {t('figuresAdmin.log.countLine', {
                      inserted: m.inserted_count,
                      updated: m.updated_count,
                      unchanged: m.unchanged_count,
                    })}
                  </td>
                  <td>{m.imported_by ?? t('figuresAdmin.log.byMigration')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
