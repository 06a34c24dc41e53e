import L from 'leaflet';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Marker, useMap, useMapEvents } from 'react-leaflet';
import type { BBox } from '@/lib/geo/types';
import { buildClusterIndex, clustersIn, type InitiativeMarker, type MapItem } from '../model';
import '../initiatives.css';

type InitiativeLayerProps = {
  markers: readonly InitiativeMarker[];
  selectedId?: string;
  onSelect: (id: string) => void;
};

const viewOf = (map: L.Map): { bbox: BBox; zoom: number } => {
  const b = map.getBounds().pad(0.2);
  return { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: map.getZoom() };
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Initiatives as pins, clustered (supercluster) so that 10,000 stay smooth: only what is in view is drawn. */
export function InitiativeLayer({ markers, selectedId, onSelect }: InitiativeLayerProps) {
  const { t } = useTranslation();
  const map = useMap();
  const index = useMemo(() => buildClusterIndex(markers), [markers]);
  const [view, setView] = useState(() => viewOf(map));
  useMapEvents({ moveend: () => setView(viewOf(map)) });
  const items = useMemo(() => clustersIn(index, view.bbox, view.zoom), [index, view]);

  const zoomInto = (item: Extract<MapItem, { kind: 'cluster' }>) =>
    map.flyTo([item.lat, item.lng], Math.min(index.getClusterExpansionZoom(item.id), 18));

  return (
    <>
      {items.map((item) =>
        item.kind === 'cluster' ? (
          <Marker
            key={`c${item.id}`}
            position={[item.lat, item.lng]}
            title={t('initiatives.map.cluster', { count: item.count })}
            icon={L.divIcon({
              className: 'initiative-cluster',
              html: `<span aria-hidden="true">${item.count}</span>`,
              iconSize: [36, 36],
            })}
            eventHandlers={{ click: () => zoomInto(item) }}
          />
        ) : (
          <Marker
            key={item.marker.id}
            position={[item.lat, item.lng]}
            title={`${item.marker.title} (${t(`initiatives.status.${item.marker.status}`)})`}
            zIndexOffset={item.marker.id === selectedId ? 1000 : 0}
            icon={L.divIcon({
              className: `initiative-pin initiative-pin--${item.marker.status}${item.marker.id === selectedId ? ' initiative-pin--selected' : ''}`,
              html: `<span class="visually-hidden">${escapeHtml(item.marker.title)}</span>`,
              iconSize: [22, 22],
            })}
            eventHandlers={{ click: () => onSelect(item.marker.id) }}
          />
        ),
      )}
    </>
  );
}
