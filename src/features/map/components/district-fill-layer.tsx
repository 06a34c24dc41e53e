import { DistrictFill, type DistrictFillShape } from './district-fill';

type DistrictFillLayerProps = {
  shapes: DistrictFillShape[];
  selectedId?: string;
  focusable?: boolean;
  onSelect: (id: string) => void;
};

/** Wijken on the map, each its own shape: coloured by a figure, or selectable over the area they belong to. */
export function DistrictFillLayer({ shapes, selectedId, focusable = false, onSelect }: DistrictFillLayerProps) {
  return (
    <>
      {shapes.map((shape) => (
        <DistrictFill
          key={shape.id}
          shape={shape}
          selected={shape.id === selectedId}
          focusable={focusable}
          onSelect={onSelect}
        />
      ))}
    </>
  );
}
