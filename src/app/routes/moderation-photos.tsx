import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFinishRemovals } from '@/features/attachments/api';
import { AttachmentGallery } from '@/features/attachments/components/attachment-gallery';
import { moderationQueries, type ReportedItem } from '@/features/initiatives/moderation';

/** A reported initiative is judged with its photos: an admin can remove one of them without removing it. */
export function ReportedPhotos({ item }: { item: ReportedItem }) {
  if (item.target_kind !== 'initiative') return null;
  return <AttachmentGallery target={{ kind: 'initiative', id: item.target_id }} allowDocuments={false} />;
}

/** Whenever the queue changes (an initiative was removed, an account deleted), the admin's browser deletes the
 *  files still waiting for removal from Storage, so removed photos are really gone. */
export function FinishPhotoRemovals() {
  const { t } = useTranslation();
  const queue = useQuery(moderationQueries.queue());
  const finish = useFinishRemovals();
  const { mutate } = finish;
  useEffect(() => {
    if (queue.dataUpdatedAt) mutate();
  }, [queue.dataUpdatedAt, mutate]);
  return (
    <p className="visually-hidden" role="status">
      {finish.data ? t('attachments.moderation.removed', { count: finish.data }) : ''}
    </p>
  );
}
