import { CircleMarker, Polyline, Tooltip } from 'react-leaflet';
import type { InitiativeChain, LinkedEntry } from '../model';
import '../initiatives.css';

type ChainLayerProps = { chain: InitiativeChain };

/** A point for an entry's place: the point itself, or the first corner of a polygon. */
function pointOf(e: LinkedEntry | null): [number, number] | null {
  const loc = e?.location;
  if (!loc) return null;
  const c = loc.type === 'Point' ? (loc.coordinates as number[]) : ((loc.coordinates as number[][][])[0]?.[0] ?? null);
  return c ? [c[1]!, c[0]!] : null;
}

/** The chain highlighted on the map: the initiative, its agenda item and plan actions joined by a line. */
export function ChainLayer({ chain }: ChainLayerProps) {
  const start: [number, number] = [chain.initiative.location.lat, chain.initiative.location.lng];
  const stops = [chain.agenda_item, ...chain.plan_actions]
    .map((e) => ({ e, p: pointOf(e) }))
    .filter((x): x is { e: LinkedEntry; p: [number, number] } => x.p !== null);
  return (
    <>
      <Polyline positions={[start, ...stops.map((s) => s.p)]} pathOptions={{ className: 'chain-line' }} />
      {stops.map((s) => (
        <CircleMarker
          key={s.e.lineage_id}
          center={s.p}
          radius={9}
          pathOptions={{ className: `chain-stop chain-stop--${s.e.kind}` }}
        >
          <Tooltip>{s.e.title}</Tooltip>
        </CircleMarker>
      ))}
    </>
  );
}
