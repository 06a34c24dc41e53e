import { DistrictShape, type DistrictOnMap } from './district-shape';

type DistrictLayerProps = { districts: DistrictOnMap[]; selectedId: string | null; onSelect: (id: string) => void };

/** Every wijk as its own shape in its area's colour. Goes inside a MapView. */
export function DistrictLayer({ districts, selectedId, onSelect }: DistrictLayerProps) {
  return (
    <>
      {districts.map((d) => (
        <DistrictShape key={d.id} district={d} selected={d.id === selectedId} onSelect={onSelect} />
      ))}
    </>
  );
}
