import { useQuery } from '@tanstack/react-query';
import { Popup } from 'react-leaflet';
import { attachmentQueries } from '../api';
import { AttachmentThumb } from './attachment-thumb';

type InitiativePhotoPopupProps = { initiativeId: string; title: string; lat: number; lng: number };

/** On the map, beside the selected initiative: its first photo, small. Only when it has one. */
export function InitiativePhotoPopup({ initiativeId, title, lat, lng }: InitiativePhotoPopupProps) {
  const photos = useQuery(attachmentQueries.ofTargets('initiative', [initiativeId]));
  const items = photos.data?.[initiativeId];
  if (!items?.some((a) => a.kind === 'photo')) return null;
  return (
    <Popup position={[lat, lng]} autoPan={false} className="initiative-photo-popup" offset={[0, -8]}>
      <p className="initiative-photo-popup__title">{title}</p>
      <AttachmentThumb photos={items} eager />
    </Popup>
  );
}
