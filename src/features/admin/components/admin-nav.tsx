import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '@/config/paths';
import '../admin.css';

const LINKS = [
  [paths.admin.href(), 'overview'],
  [paths.adminPeople.href(), 'people'],
  [paths.adminInvitations.href(), 'invitations'],
  [paths.adminCouncils.href(), 'councils'],
  [paths.adminAreas.href(), 'areas'],
  [paths.adminDistricts.href(), 'districts'],
  [paths.adminThemes.href(), 'themes'],
  [paths.adminDocuments.href(), 'documents'],
  [paths.adminFigures.href(), 'figures'],
  [paths.moderation.href(), 'moderation'],
  [paths.auditLog.href(), 'auditLog'],
] as const;

/** The console's screens; the current one is marked (aria-current) by NavLink. */
export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.nav.label')} className="admin-nav">
      <ul className="admin-nav__list">
        {LINKS.map(([href, key]) => (
          <li key={key}>
            <NavLink to={href} end className="admin-nav__link">
              {t(`admin.nav.${key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
