import { Polygon } from 'react-leaflet';
import { toLatLng, type LngLat } from '@/lib/geo/types';
import type { MapArea } from '../model';
import { DISTRICT_BORDER } from '../styles';
import { AreaShape } from './area-shape';

type AreaLayerProps = { areas: MapArea[]; selectedSlug?: string; onSelect: (slug: string) => void };

const ringsOf = (g: MapArea['districts'][number]['geometry']) =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((poly) =>
    poly.map((ring) => ring.map((p) => [...toLatLng(p as unknown as LngLat)] as [number, number])),
  );

/** The 8 areas in their colours, with the district borders drawn on top (not interactive). */
export function AreaLayer({ areas, selectedSlug, onSelect }: AreaLayerProps) {
  return (
    <>
      {areas.map((area) => (
        <AreaShape
          key={area.slug}
          area={area}
          state={!selectedSlug ? 'normal' : area.slug === selectedSlug ? 'selected' : 'dimmed'}
          onSelect={onSelect}
        />
      ))}
      {areas.flatMap((area) =>
        area.districts.map((d) => (
          <Polygon key={d.code} positions={ringsOf(d.geometry)} pathOptions={DISTRICT_BORDER} />
        )),
      )}
    </>
  );
}
