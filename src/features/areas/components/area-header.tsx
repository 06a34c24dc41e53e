import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { areaColor } from '@/lib/geo/area-colors';
import type { AreaDetail } from '../model';
import '../areas.css';

type AreaHeaderProps = { area: AreaDetail['area'] };

export function AreaHeader({ area }: AreaHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="area-header">
      <Link to={paths.home.href()} className="utrecht-link back-link">
        {t('areas.backToAll')}
      </Link>
      <h1 id="gebied-titel" className="utrecht-heading-1 area-header__title">
        <span
          className="area-swatch area-swatch--large"
          style={{ background: areaColor(area.color_index) }}
          aria-hidden="true"
        />
        {area.name}
      </h1>
      <p className="utrecht-paragraph muted">{t('areas.areaTeamOf', { name: area.name })}</p>
      {area.name_status === 'presumed' ? (
        <p className="utrecht-paragraph note" role="note">
          {t('areas.presumedNote')}
        </p>
      ) : null}
      {area.extra_investment ? <p className="utrecht-paragraph note note--info">{t('areas.extraInvestment')}</p> : null}
      {area.description ? <p className="utrecht-paragraph">{area.description}</p> : null}
    </header>
  );
}
