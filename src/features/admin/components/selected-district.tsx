import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { AdminArea, AdminDistrict } from '../model';
import { DistrictAreaForm } from './district-area-form';

type SelectedDistrictProps = {
  district: AdminDistrict | null;
  areas: AdminArea[];
  onMoved?: (district: AdminDistrict) => void;
  onClear: () => void;
};

/** Beside the map: the wijk chosen on it, its area, and where to move it. Takes focus when a wijk is chosen. */
export function SelectedDistrict({ district, areas, onMoved, onClear }: SelectedDistrictProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const districtId = district?.id;
  const initial = useRef(districtId);
  useEffect(() => {
    // not when the page opens with a wijk in its URL: only a choice made here moves the focus
    if (districtId && districtId !== initial.current) headingRef.current?.focus();
    initial.current = undefined;
  }, [districtId]);
  if (!district) {
    return (
      <section className="admin-selected" aria-label={t('admin.districts.selectedTitle')}>
        <p className="utrecht-paragraph">{t('admin.districts.pickHint')}</p>
      </section>
    );
  }
  const area = areas.find((a) => a.id === district.area_id);
  return (
    <section className="admin-selected" aria-labelledby="gekozen-wijk">
      <h2 id="gekozen-wijk" ref={headingRef} tabIndex={-1} className="utrecht-heading-2">
        {district.name} <span className="muted">({district.code})</span>
      </h2>
      <p className="utrecht-paragraph">{t('admin.districts.inArea', { area: area?.name ?? '—' })}</p>
      <DistrictAreaForm key={district.id} district={district} areas={areas} onMoved={onMoved} />
      <Button appearance="subtle" onClick={onClear}>
        {t('admin.districts.clear')}
      </Button>
    </section>
  );
}
