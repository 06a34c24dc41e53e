import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EditStatus } from '@/components/co-editing/edit-status';
import { MergePanel } from '@/components/co-editing/merge-panel';
import { Button } from '@/components/ui/button';
import type { SafeEdit } from '@/lib/drafts/use-safe-edit';
import { MutationError } from './mutation-error';

type SafeEditFormBodyProps<V extends Record<string, unknown>> = {
  safe: SafeEdit<V>;
  /** who saved this section or entry meanwhile, if known */
  changedBy: string | null;
  /** the values in the form now */
  current: () => V;
  labelOf: (field: string) => string;
  show: (field: string, value: unknown) => string;
  editable: (field: string) => boolean;
  /** the merged values: put them in the form and save them */
  onSaveMerged: (values: V) => void;
  busy: boolean;
  error: unknown;
  onRetry: () => void;
  onDone: () => void;
  /** the form's fields */
  children: ReactNode;
};

/** What a section and an entry editor share below their heading: the co-editing status, the merge panel after a
 *  conflict (the fields are hidden meanwhile, not unmounted, so nothing typed is lost), the error and the buttons. */
export function SafeEditFormBody<V extends Record<string, unknown>>({
  safe,
  changedBy,
  current,
  labelOf,
  show,
  editable,
  onSaveMerged,
  busy,
  error,
  onRetry,
  onDone,
  children,
}: SafeEditFormBodyProps<V>) {
  const { t } = useTranslation();
  const discard = () => {
    safe.discard();
    onDone();
  };
  return (
    <>
      <EditStatus
        changedBy={safe.changedMeanwhile && !safe.merge ? changedBy : false}
        restored={safe.restored}
        pending={safe.pending}
        onMerge={() => safe.openMerge(current())}
        onRetry={onRetry}
        onDiscard={discard}
      />
      {safe.merge ? (
        <MergePanel
          comparisons={safe.merge}
          theirName={changedBy}
          labelOf={labelOf}
          show={show}
          editable={editable}
          busy={busy}
          onCancel={safe.closeMerge}
          onSave={(merged) => onSaveMerged(safe.applyMerge(merged as V))}
        />
      ) : null}
      <div hidden={Boolean(safe.merge)}>
        {children}
        <MutationError error={safe.merge || safe.pending ? null : error} />
        <div className="button-row">
          <Button type="submit" appearance="primary" busy={busy}>
            {t('common.save')}
          </Button>
          <Button appearance="subtle" onClick={discard}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </>
  );
}
