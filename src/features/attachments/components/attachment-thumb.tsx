import type { Attachment } from '../model';
import { StoredImage } from './stored-image';

type AttachmentThumbProps = { photos: Attachment[] | undefined; eager?: boolean };

/** The first photo, small, for a list or the map; nothing when there is none. */
export function AttachmentThumb({ photos, eager }: AttachmentThumbProps) {
  const first = photos?.find((a) => a.kind === 'photo');
  if (!first) return null;
  return (
    <span className="attachment-thumb">
      <StoredImage
        path={first.thumb ?? first.file}
        alt={first.description}
        width={first.width}
        height={first.height}
        size="thumb"
        eager={eager}
      />
    </span>
  );
}
