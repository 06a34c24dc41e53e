import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PanelBoundary } from '@/components/ui/panel-boundary';
import { documentPath } from '@/config/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { versionQueries } from '../api';
import { chooseComparison, versionRows } from '../model';
import { useFormatContext } from '../use-format-context';
import '../versions.css';
import { ChangeLog } from './change-log';
import { CompareForm } from './compare-form';
import { ComparisonPanel } from './comparison-panel';
import { VersionTable } from './version-table';

type DocumentVersionsProps = {
  slug: string;
  query: { from: number | null; to: number | null };
  onCompare: (pair: { from: number; to: number }) => void;
};

/** The versions page of a document: the list of versions, a comparison of two of them, and the change log. */
export function DocumentVersions({ slug, query, onCompare }: DocumentVersionsProps) {
  const { t } = useTranslation();
  const { data: doc } = useSuspenseQuery(versionQueries.document(slug));
  const { data: history } = useSuspenseQuery(versionQueries.history(doc.document.id));
  const rows = useMemo(() => versionRows(doc.versions, history.revisions), [doc.versions, history.revisions]);
  const docs = useMemo(() => [doc], [doc]);
  const ctx = useFormatContext(docs, history.revisions);
  const pair = chooseComparison(doc.versions, query);
  const idOf = (no: number) => doc.versions.find((v) => v.version_no === no)!.id;
  const title = doc.document.title;
  useDocumentTitle(t('versions.pageTitle', { title }));
  return (
    <>
      <p className="back-link">
        <Link to={documentPath(slug)} className="utrecht-link">
          {t('versions.back', { title })}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t('versions.title', { title })}</h1>
      <p className="utrecht-paragraph muted">
        {doc.document.area.name} · {t(`labels.documentKind.${doc.document.kind}`)}
        {doc.document.is_example ? <span className="badge badge--example">{t('common.example')}</span> : null}
      </p>

      <section aria-labelledby="versies-titel">
        <h2 id="versies-titel" className="utrecht-heading-2">
          {t('versions.listTitle', { count: doc.versions.length })}
        </h2>
        <VersionTable rows={rows} caption={t('versions.listTitle', { count: doc.versions.length })} />
      </section>

      <section aria-labelledby="vergelijken-titel">
        <h2 id="vergelijken-titel" className="utrecht-heading-2">
          {t('versions.compareTitle')}
        </h2>
        {pair ? (
          <>
            <CompareForm key={`${pair.from}-${pair.to}`} versions={doc.versions} pair={pair} onCompare={onCompare} />
            <PanelBoundary>
              <ComparisonPanel
                slug={slug}
                from={{ id: idOf(pair.from), no: pair.from }}
                to={{ id: idOf(pair.to), no: pair.to }}
              />
            </PanelBoundary>
          </>
        ) : (
          <p className="utrecht-paragraph">{t('versions.onlyOne')}</p>
        )}
      </section>

      <section aria-labelledby="log-titel">
        <h2 id="log-titel" className="utrecht-heading-2">
          {t('versions.log.title')}
        </h2>
        <p className="utrecht-paragraph muted">{t('versions.log.intro')}</p>
        <ChangeLog revisions={history.revisions} ctx={ctx} />
      </section>
    </>
  );
}
