import { useTranslation } from 'react-i18next';
import { placeCentre, type Entry } from '../model';
import { useDocumentPage } from './document-context';

type EntryPlaceProps = { entry: Entry };

/** Where an entry is: in words (the wijk it lies in, else its coordinates), and a small map on request. */
export function EntryPlace({ entry }: EntryPlaceProps) {
  const { t } = useTranslation();
  const { renderPlace, placeName } = useDocumentPage();
  if (!entry.location) return null;
  const kind = entry.location.type === 'Point' ? 'point' : 'area';
  const name = placeName?.(entry.location);
  const [lng, lat] = placeCentre(entry.location);
  return (
    <div className="entry__place">
      <p className="utrecht-paragraph">
        <strong>{t('documents.fields.place')}:</strong>{' '}
        {name
          ? t(`documents.place.${kind}In`, { name })
          : `${t(`documents.place.${kind}`)} (${lat.toFixed(5)}, ${lng.toFixed(5)})`}
      </p>
      {renderPlace ? renderPlace(entry.location, entry.title) : null}
    </div>
  );
}
