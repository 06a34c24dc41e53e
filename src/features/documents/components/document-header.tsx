import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { DocumentDetail } from '../model';
import { CommentCountBadge } from './comment-count-badge';
import { useFormatDate } from './use-format';
import '../documents.css';

type DocumentHeaderProps = { detail: DocumentDetail; actions?: ReactNode };

/** Title, kind, status, version, period and districts: what a council member checks first. */
export function DocumentHeader({ detail, actions }: DocumentHeaderProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const doc = detail.document;
  const kindLabel = doc.kind === 'agenda' && doc.agenda_kind ? t(`documents.agendaKind.${doc.agenda_kind}`) : null;
  return (
    <header className="document-header">
      <Link to={paths.area.href(doc.area.slug)} className="utrecht-link back-link no-print">
        {t('documents.backToArea', { name: doc.area.name })}
      </Link>
      <p className="document-header__kind">
        {kindLabel ?? t(`documents.kind.${doc.kind}`)} · {t('documents.areaName', { name: doc.area.name })}
      </p>
      <h1 id="document-titel" className="utrecht-heading-1">
        {doc.title}
      </h1>
      <p className="document-header__meta">
        <span className={`badge badge--${doc.status}`}>{t(`status.${doc.status}`)}</span>
        <span>{t('documents.versionNo', { n: doc.version_no })}</span>
        {doc.is_example ? <span className="badge badge--example">{t('common.example')}</span> : null}
        {doc.horizon_start ? (
          <span>{t('documents.horizon', { from: doc.horizon_start, to: doc.horizon_end })}</span>
        ) : null}
        {doc.period_start ? (
          <span>{t('documents.period', { from: formatDate(doc.period_start), to: formatDate(doc.period_end) })}</span>
        ) : null}
        {doc.adopted_at ? <span>{t('documents.adoptedOn', { date: formatDate(doc.adopted_at) })}</span> : null}
        <CommentCountBadge counts={detail} />
      </p>
      {doc.kind === 'plan' && detail.is_superseded ? (
        <p className="utrecht-paragraph muted">{t('documents.lifecycle.superseded')}</p>
      ) : null}
      {doc.districts.length > 0 ? (
        <p className="utrecht-paragraph">
          <strong>{t('documents.districts', { count: doc.districts.length })}</strong>{' '}
          {doc.districts.map((d) => d.name).join(', ')}
        </p>
      ) : null}
      {doc.summary ? <p className="utrecht-paragraph document-header__summary">{doc.summary}</p> : null}
      {doc.source_url ? (
        <p className="utrecht-paragraph no-print">
          <a className="utrecht-link" href={doc.source_url} rel="noreferrer" target="_blank">
            {t('documents.source')}
          </a>
        </p>
      ) : null}
      {actions}
    </header>
  );
}
