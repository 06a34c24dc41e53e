import L from 'leaflet';
import { useTranslation } from 'react-i18next';
import { Marker, useMapEvents } from 'react-leaflet';
import { useDraftActions, useDraftPin } from '../draft-store';
import '../initiatives.css';

/** While proposing: a click or tap on the map places the pin; the pin can be dragged. */
export function DraftPinLayer() {
  const { t } = useTranslation();
  const pin = useDraftPin();
  const { pinDropped } = useDraftActions();
  useMapEvents({ click: (e) => pinDropped({ lng: e.latlng.lng, lat: e.latlng.lat }) });
  if (!pin) return null;
  return (
    <Marker
      position={[pin.lat, pin.lng]}
      draggable
      title={t('initiatives.propose.pinTitle')}
      icon={L.divIcon({ className: 'initiative-pin initiative-pin--draft', iconSize: [26, 26] })}
      eventHandlers={{
        dragend: (e) => {
          const p = (e.target as L.Marker).getLatLng();
          pinDropped({ lng: p.lng, lat: p.lat });
        },
      }}
    />
  );
}
