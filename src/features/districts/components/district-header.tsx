import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { areaColor } from '@/lib/geo/area-colors';
import type { DistrictPage } from '../model';

type DistrictHeaderProps = { page: DistrictPage };

/** The wijk page's title: its name, whether it is a wijk or a dorp, its CBS code and its area. */
export function DistrictHeader({ page }: DistrictHeaderProps) {
  const { t } = useTranslation();
  const { district, area } = page;
  return (
    <header className="area-header">
      <Link to={paths.area.href(area.slug)} className="utrecht-link back-link">
        {t('districts.backToArea', { area: area.name })}
      </Link>
      <h1 id="wijk-titel" className="utrecht-heading-1 area-header__title">
        {district.name}
      </h1>
      <p className="utrecht-paragraph muted">
        {t(district.kind === 'dorp' ? 'districts.kindVillage' : 'districts.kindDistrict')} · {t('districts.code')}{' '}
        {district.code} · {t('districts.inArea')}{' '}
        <span className="area-swatch" style={{ background: areaColor(area.color_index) }} aria-hidden="true" />
        <Link to={paths.area.href(area.slug)} className="utrecht-link">
          {area.name}
        </Link>
      </p>
    </header>
  );
}
