import { useTranslation } from 'react-i18next';
import { showToast } from '@/components/ui/toast-store';
import { useAddAttachments } from '@/features/attachments/api';
import { AttachmentPicker } from '@/features/attachments/components/attachment-picker';
import { MAX_INITIATIVE_PHOTOS } from '@/features/attachments/model';
import { usePickedAttachments } from '@/features/attachments/use-picked-attachments';

/** The photos of a new initiative: picked and described in the proposal form, uploaded as soon as the initiative
 *  exists. If an upload fails the initiative stays proposed, and the message says how to add them later. */
export function useProposalPhotos() {
  const { t } = useTranslation();
  const picked = usePickedAttachments({ allowDocuments: false, max: MAX_INITIATIVE_PHOTOS });
  const add = useAddAttachments();
  const upload = async (initiativeId: string) => {
    if (picked.items.length === 0) return;
    const target = { kind: 'initiative' as const, id: initiativeId };
    const result = await add.mutateAsync({ target, items: picked.items }).catch((e: unknown) => ({
      added: [],
      failed: [{ key: '', error: e instanceof Error ? e : new Error(String(e)) }],
    }));
    if (result.failed.length > 0) {
      showToast(t('attachments.propose.failed', { reason: result.failed[0]!.error.message }));
    }
    picked.keepOnly([]);
  };
  return {
    picker: (
      <AttachmentPicker picked={picked} legend={t('attachments.propose.legend')} note={t('attachments.propose.note')} />
    ),
    validate: picked.validate,
    busy: add.isPending || picked.preparing,
    upload,
  };
}
