import { Polyline } from 'react-leaflet';
import { toLatLng, type LngLat } from '@/lib/geo/types';
import type { AreaState, MapArea } from '../model';
import { outlineStyle } from '../styles';

type AreaOutlineProps = { area: MapArea; state: AreaState };

const toPositions = (area: MapArea) =>
  area.outline.map((line) => line.map((p) => [...toLatLng(p as unknown as LngLat)] as [number, number]));

/** The outer border of one area (not interactive: clicks go to the area's fill below). */
export function AreaOutline({ area, state }: AreaOutlineProps) {
  const positions = toPositions(area);
  const style = outlineStyle(state);
  return (
    <>
      {state === 'selected' ? <Polyline positions={positions} pathOptions={style.halo} /> : null}
      <Polyline positions={positions} pathOptions={style.line} />
    </>
  );
}
