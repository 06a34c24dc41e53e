import { useTranslation } from 'react-i18next';
import { EditingMarker } from '@/components/co-editing/editing-marker';
import type { EditTarget } from '@/lib/realtime/presence';
import { useCoEditing, useEditorsOf } from '@/lib/realtime/presence-context';

type LiveMarkerProps = { target: EditTarget };

/** On a section or entry: who else is editing it now, and who saved it last while this page was open. */
export function LiveMarker({ target }: LiveMarkerProps) {
  const { t } = useTranslation();
  const editors = useEditorsOf(target);
  const coEditing = useCoEditing();
  const change = coEditing?.lastChanges[target.id];
  const byOther = change?.by && change.by.userId !== coEditing?.me?.userId ? change.by.name : null;
  return (
    <>
      <EditingMarker editors={editors} />
      {byOther ? <p className="live-change muted">{t('coEditing.updatedBy', { name: byOther })}</p> : null}
    </>
  );
}
