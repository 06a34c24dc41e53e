import { useTranslation } from 'react-i18next';
import { areaColor } from '@/lib/geo/area-colors';
import type { AdminArea } from '../model';

/** Which colour is which area on the wijken map. */
export function AreaLegend({ areas }: { areas: AdminArea[] }) {
  const { t } = useTranslation();
  return (
    <ul className="admin-legend" aria-label={t('admin.districts.legend')}>
      {areas.map((a) => (
        <li key={a.id}>
          <span className="area-swatch" style={{ background: areaColor(a.color_index) }} aria-hidden="true" /> {a.name}
        </li>
      ))}
    </ul>
  );
}
