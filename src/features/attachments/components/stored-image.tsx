import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentQueries } from '../api';
import { useNearViewport, useObjectUrl } from '../use-object-url';
import '../attachments.css';

type StoredImageProps = {
  path: string;
  alt: string;
  width?: number | null;
  height?: number | null;
  /** thumb: a small square crop for lists and the map; medium and large keep the whole photo */
  size: 'thumb' | 'medium' | 'large';
  /** load at once instead of when it scrolls into view (a document that may be printed) */
  eager?: boolean;
};

/** A photo from Storage (private bucket: downloaded as the reader, so the storage policies decide, and shown from
 *  an object URL), fetched only when it comes into view, sized by its own width and height so the page does
 *  not jump. Until it is there, a placeholder with the same description stands in. */
export function StoredImage({ path, alt, width, height, size, eager = false }: StoredImageProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLSpanElement>(null);
  const near = useNearViewport(box, eager);
  const file = useQuery({ ...attachmentQueries.file(path), enabled: near });
  const url = useObjectUrl(file.data);
  const ratio = width && height ? `${width} / ${height}` : undefined;
  return (
    <span
      ref={box}
      className={`stored-image stored-image--${size}`}
      style={size === 'thumb' ? undefined : { aspectRatio: ratio }}
    >
      {url ? (
        <img
          src={url}
          alt={alt}
          width={width ?? undefined}
          height={height ?? undefined}
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
        />
      ) : (
        <span
          className={`stored-image__placeholder${file.isError ? ' stored-image__placeholder--missing' : ''}`}
          role="img"
          aria-label={file.isError ? t('attachments.unavailable', { alt }) : alt}
        />
      )}
    </span>
  );
}
