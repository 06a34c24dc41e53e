import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeChain, InitiativeDetail as Detail } from '../model';
import { ChainView } from './chain-view';
import { CommentForm } from './comment-form';
import { ReportButton } from './report-button';
import { StatusBadge } from './status-badge';
import { StatusHistory } from './status-history';
import { SupportButton } from './support-button';
import { TriageForm } from './triage-form';
import '../initiatives.css';

type InitiativeDetailProps = {
  detail: Detail;
  chain?: InitiativeChain;
  signedIn: boolean;
  documentHref: (slug: string) => string;
  themeName: (t: Detail['initiative']['theme']) => string;
  /** what other features show with the description, e.g. the photos (composed by the route) */
  media?: ReactNode;
};

/** One initiative: what, where, its status history, supports, comments, the chain and (area team) triage. */
export function InitiativeDetail({ detail, chain, signedIn, documentHref, themeName, media }: InitiativeDetailProps) {
  const { t, i18n } = useTranslation();
  const i = detail.initiative;
  const date = new Date(i.created_at).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL');
  return (
    <article className="initiative-detail" aria-labelledby="initiatief-titel">
      <h1 className="utrecht-heading-1" id="initiatief-titel">
        {i.title}
      </h1>
      <p className="initiative-detail__meta">
        <StatusBadge status={i.status} /> {themeName(i.theme)} · {i.district.name}, {i.area.name} ·{' '}
        {t('initiatives.detail.by', { name: i.author_name, date })}
      </p>
      {i.is_hidden ? <p className="utrecht-alert utrecht-alert--warning">{t('initiatives.detail.hidden')}</p> : null}
      {i.rejection_reason ? (
        <p className="utrecht-paragraph">
          <strong>{t('initiatives.detail.rejectionReason')}</strong> {i.rejection_reason}
        </p>
      ) : null}
      <p className="utrecht-paragraph initiative-detail__description">{i.description}</p>
      {media}
      {i.place_description ? (
        <p className="utrecht-paragraph">
          <strong>{t('initiatives.detail.place')}</strong> {i.place_description}
        </p>
      ) : null}
      {i.is_home ? <p className="utrecht-paragraph muted">{t('initiatives.detail.homeRounded')}</p> : null}
      <SupportButton
        initiativeId={i.id}
        supported={detail.supported_by_me}
        canSupport={detail.can_support}
        count={i.support_count}
        signedIn={signedIn}
      />
      {detail.can_triage ? (
        <TriageForm initiativeId={i.id} version={i.version} allowed={detail.allowed_statuses} />
      ) : null}
      {chain ? <ChainView chain={chain} documentHref={documentHref} /> : null}
      <StatusHistory history={detail.history} />
      <section aria-labelledby="reacties-kop" className="initiative-comments">
        <h2 className="utrecht-heading-3" id="reacties-kop">
          {t('initiatives.comments.title', { count: detail.comments.length })}
        </h2>
        {detail.comments.length === 0 ? (
          <p className="utrecht-paragraph muted">{t('initiatives.comments.empty')}</p>
        ) : null}
        <ul className="initiative-comments__list">
          {detail.comments.map((c) => (
            <li key={c.id} className="initiative-comment">
              <p className="initiative-comment__who">
                <strong>{c.author_name}</strong>
                {c.is_area_team ? ` · ${t('initiatives.comments.areaTeam')}` : ''}
              </p>
              <p className="utrecht-paragraph">{c.body}</p>
              {signedIn && !c.is_own ? <ReportButton kind="comment" targetId={c.id} /> : null}
            </li>
          ))}
        </ul>
        {signedIn ? (
          <CommentForm initiativeId={i.id} />
        ) : (
          <p className="utrecht-paragraph muted">{t('initiatives.signInToTakePart')}</p>
        )}
      </section>
      {signedIn && !i.is_own ? (
        <ReportButton kind="initiative" targetId={i.id} reported={detail.reported_by_me} />
      ) : null}
    </article>
  );
}
