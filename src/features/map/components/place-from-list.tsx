import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { AreaGeometry } from '@/lib/geo/types';
import { districtPlace, parseCoordinate, roundedPosition, type AreaPlace, type Position } from '../place';
import './place-picker.css';

export type DistrictOption = { id: string; name: string; geometry: AreaGeometry };

type PlaceFromListProps = {
  districts: DistrictOption[];
  /** The district whose outline is the place now, or ''. */
  districtId: string;
  onDistrict: (id: string, area: AreaPlace) => void;
  onPoint: (p: Position) => void;
};

/** A place without the map: a whole wijk or dorp from a list, or a point from typed coordinates. */
export function PlaceFromList({ districts, districtId, onDistrict, onPoint }: PlaceFromListProps) {
  const { t } = useTranslation();
  const [lat, setLat] = useState('');
  const [lng, setLng] = useState('');
  const [tried, setTried] = useState(false);
  const latValue = parseCoordinate(lat, -90, 90);
  const lngValue = parseCoordinate(lng, -180, 180);
  const setPoint = () => {
    setTried(true);
    if (latValue !== null && lngValue !== null) onPoint(roundedPosition(lngValue, latValue));
  };
  // Enter in a coordinate field sets the point instead of submitting the form around the picker
  const onEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    setPoint();
  };
  return (
    <div className="place-from-list">
      <SelectField
        label={t('map.picker.district')}
        value={districtId}
        options={[
          { value: '', label: t('map.picker.districtNone') },
          ...districts.map((d) => ({ value: d.id, label: d.name })),
        ]}
        onChange={(e) => {
          const district = districts.find((d) => d.id === e.target.value);
          if (district) onDistrict(district.id, districtPlace(district.geometry));
        }}
      />
      <p className="place-from-list__or">{t('map.picker.coordinates')}</p>
      <div className="place-from-list__coordinates">
        <TextField
          label={t('map.picker.lat')}
          inputMode="decimal"
          value={lat}
          error={tried && latValue === null ? t('map.picker.latError') : undefined}
          onChange={(e) => setLat(e.target.value)}
          onKeyDown={onEnter}
        />
        <TextField
          label={t('map.picker.lng')}
          inputMode="decimal"
          value={lng}
          error={tried && lngValue === null ? t('map.picker.lngError') : undefined}
          onChange={(e) => setLng(e.target.value)}
          onKeyDown={onEnter}
        />
        <Button onClick={setPoint}>{t('map.picker.setCoordinates')}</Button>
      </div>
    </div>
  );
}
