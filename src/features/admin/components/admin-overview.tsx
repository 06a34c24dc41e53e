import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { consoleCounts } from '../model';

type AdminOverviewProps = {
  /** null while loading or when it failed: the links work without the numbers */
  counts: ReturnType<typeof consoleCounts> | null;
  pendingInvitations: number | null;
};

/** /beheer: one card per screen, with what it holds. */
export function AdminOverview({ counts, pendingInvitations }: AdminOverviewProps) {
  const { t } = useTranslation();
  const cards = [
    { key: 'people', href: paths.adminPeople.href(), count: null },
    { key: 'invitations', href: paths.adminInvitations.href(), count: pendingInvitations },
    { key: 'councils', href: paths.adminCouncils.href(), count: counts?.councils ?? null },
    { key: 'areas', href: paths.adminAreas.href(), count: counts?.areas ?? null },
    { key: 'districts', href: paths.adminDistricts.href(), count: counts?.districts ?? null },
    { key: 'themes', href: paths.adminThemes.href(), count: counts?.themes ?? null },
    { key: 'documents', href: paths.adminDocuments.href(), count: counts?.documents ?? null },
    { key: 'moderation', href: paths.moderation.href(), count: null },
    { key: 'auditLog', href: paths.auditLog.href(), count: null },
  ];
  return (
    <ul className="admin-overview">
      {cards.map((card) => (
        <li key={card.key} className="admin-overview__card">
          <h2 className="utrecht-heading-3 admin-overview__title">
            <Link to={card.href} className="utrecht-link">
              {t(`admin.nav.${card.key}`)}
            </Link>
          </h2>
          <p className="utrecht-paragraph admin-overview__text">{t(`admin.overview.${card.key}`)}</p>
          {card.count !== null ? (
            <p className="admin-overview__count">{t(`admin.overview.count.${card.key}`, { count: card.count })}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
