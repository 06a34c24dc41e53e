import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { VersionSummary } from '../model';
import '../documents.css';

type VersionSwitcherProps = { slug: string; versions: VersionSummary[]; current: number };

/** Every version of this document, as links (?versie=N); the newest link has no parameter. */
export function VersionSwitcher({ slug, versions, current }: VersionSwitcherProps) {
  const { t } = useTranslation();
  if (versions.length < 2) return null;
  const newest = Math.max(...versions.map((v) => v.version_no));
  return (
    <nav aria-label={t('documents.versions.label')} className="version-switcher no-print">
      <span className="version-switcher__label">{t('documents.versions.label')}:</span>
      <ul className="version-switcher__list">
        {versions.map((v) => (
          <li key={v.id}>
            <Link
              className="utrecht-link"
              to={paths.document.href(slug, v.version_no === newest ? undefined : v.version_no)}
              aria-current={v.version_no === current ? 'page' : undefined}
            >
              {t('documents.versionNo', { n: v.version_no })} ({t(`status.${v.status}`)})
            </Link>
          </li>
        ))}
      </ul>
      <Link className="utrecht-link" to={paths.documentVersions.href(slug)}>
        {t('documents.versions.compare')}
      </Link>
    </nav>
  );
}
