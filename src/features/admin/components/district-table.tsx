import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { areaColor } from '@/lib/geo/area-colors';
import { matchesDistrict, type AdminArea, type AdminDistrict } from '../model';
import { DistrictAreaForm } from './district-area-form';

type DistrictTableProps = {
  districts: AdminDistrict[];
  areas: AdminArea[];
  selectedId: string | null;
  onSelect: (districtId: string) => void;
  onMoved?: (district: AdminDistrict) => void;
};

/** All wijken and dorpen with their area and a select to move each; a name shows the wijk on the map. */
export function DistrictTable({ districts, areas, selectedId, onSelect, onMoved }: DistrictTableProps) {
  const { t } = useTranslation();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const byId = new Map(areas.map((a) => [a.id, a]));
  const shown = districts.filter((d) => matchesDistrict(d, filter));
  return (
    <section aria-labelledby="wijken-lijst" className="admin-section">
      <h2 id="wijken-lijst" className="utrecht-heading-2">
        {t('admin.districts.listTitle', { count: districts.length })}
      </h2>
      <div className="admin-filter">
        <label htmlFor={filterId} className="utrecht-form-label">
          {t('admin.districts.filter')}
        </label>
        <input
          id={filterId}
          type="search"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      <p className="muted" role="status">
        {filter ? t('admin.districts.shown', { count: shown.length }) : null}
      </p>
      <div className="table-scroll">
        <table className="admin-table">
          <caption className="visually-hidden">{t('admin.districts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.districts.district')}</th>
              <th scope="col">{t('admin.districts.code')}</th>
              <th scope="col">{t('admin.districts.area')}</th>
              <th scope="col">{t('admin.districts.moveTo')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => {
              const area = byId.get(d.area_id);
              const selected = d.id === selectedId;
              return (
                <tr key={d.id} className={selected ? 'admin-table__row--selected' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={selected}
                      aria-label={t('admin.districts.showOnMap', { name: d.name })}
                      onClick={() => onSelect(d.id)}
                    >
                      {d.name}
                    </button>
                    {d.kind === 'dorp' ? <span className="muted"> ({t('admin.districts.village')})</span> : null}
                  </th>
                  <td>{d.code}</td>
                  <td>
                    {area ? (
                      <>
                        <span
                          className="area-swatch"
                          style={{ background: areaColor(area.color_index) }}
                          aria-hidden="true"
                        />
                        {area.name}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    <DistrictAreaForm district={d} areas={areas} onMoved={onMoved} compact />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
