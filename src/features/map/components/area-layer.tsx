import { useEffect } from 'react';
import { markFirstPaint } from '@/lib/first-paint';
import type { AreaState, MapArea } from '../model';
import { AreaOutline } from './area-outline';
import { AreaShape } from './area-shape';

type AreaLayerProps = { areas: MapArea[]; selectedSlug?: string; onSelect: (slug: string) => void };

const stateOf = (slug: string, selectedSlug?: string): AreaState =>
  !selectedSlug ? 'normal' : slug === selectedSlug ? 'selected' : 'dimmed';

/** The 8 areas in their colours with district borders, then the area borders on top (the selected one last). */
export function AreaLayer({ areas, selectedSlug, onSelect }: AreaLayerProps) {
  useEffect(() => {
    if (areas.length > 0) markFirstPaint();
  }, [areas.length]);
  const outlinesInOrder = [...areas].sort((a, b) => Number(a.slug === selectedSlug) - Number(b.slug === selectedSlug));
  return (
    <>
      {areas.map((area) => (
        <AreaShape key={area.slug} area={area} state={stateOf(area.slug, selectedSlug)} onSelect={onSelect} />
      ))}
      {outlinesInOrder.map((area) => (
        <AreaOutline key={area.slug} area={area} state={stateOf(area.slug, selectedSlug)} />
      ))}
    </>
  );
}
