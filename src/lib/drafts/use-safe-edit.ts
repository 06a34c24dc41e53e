// Everything an editor of one section or entry needs so that no edit is lost: the version it is based on (fixed when
// the editor opens, NOT the live one, or a save would silently overwrite what someone else saved meanwhile), a local
// draft of every change, "someone else saved this meanwhile", the three-way merge after a 40001, and a pending save
// that is retried when the connection returns.
import { useCallback, useEffect, useState } from 'react';
import type { EditTarget } from '@/lib/realtime/presence';
import { useCoEditing } from '@/lib/realtime/presence-context';
import { loadDraft, removeDraft, saveDraft, type Draft } from './draft-store';
import { compareFields, isConnectionFailure, isVersionConflict, sameValue, type FieldComparison } from './merge';

type Values = Record<string, unknown>;
type Saved<V> = { values: V; version: number };

export type SafeEdit<V extends Values> = {
  /** what the form starts with: a restored draft, else the saved values */
  initialValues: V;
  /** the draft restored from an earlier session (reload, crash), or null */
  restored: Draft | null;
  /** send this as p_version */
  baseVersion: number;
  /** someone else saved this section/entry after the editor opened */
  changedMeanwhile: boolean;
  /** the comparison to show in the merge panel, or null when it is closed */
  merge: FieldComparison[] | null;
  /** a save did not reach the server; the draft is kept and the save retried when back online */
  pending: boolean;
  /** call with the form values on every change */
  record(values: V): void;
  openMerge(mine: V): void;
  closeMerge(): void;
  /** the merged values become the new edit, based on the version saved now; returns them for the form */
  applyMerge(values: V): V;
  /** after a failed save: true when it was handled here (merge opened, or kept as pending) */
  handleSaveError(error: unknown, mine: V): boolean;
  onSaved(): void;
  discard(): void;
};

type Options<V extends Values> = {
  documentId: string;
  /** null while adding something new: no draft, no merge (nothing to conflict with) */
  target: EditTarget | null;
  saved: Saved<V>;
  fields: readonly (keyof V & string)[];
};

export function useSafeEdit<V extends Values>({ documentId, target, saved, fields }: Options<V>): SafeEdit<V> {
  const coEditing = useCoEditing();
  const userId = coEditing?.draftOwner ?? null;
  const scope = userId && target ? { userId, documentId, target } : null;
  const [restored] = useState<Draft | null>(() =>
    scope ? loadDraft(scope.userId, scope.documentId, scope.target) : null,
  );
  const [base, setBase] = useState<Saved<V>>(() =>
    restored ? { values: restored.base as V, version: restored.baseVersion } : saved,
  );
  const [initialValues] = useState<V>(() => (restored ? ({ ...saved.values, ...restored.values } as V) : saved.values));
  const [merge, setMerge] = useState<FieldComparison[] | null>(null);
  const [pending, setPending] = useState(restored?.pending ?? false);
  const [latest, setLatest] = useState<V>(initialValues);

  const write = useCallback(
    (values: V, isPending: boolean, basis: Saved<V>) => {
      if (!scope) return;
      const changed = fields.some((f) => !sameValue(values[f], basis.values[f]));
      if (!changed && !isPending) {
        removeDraft(scope.userId, scope.documentId, scope.target);
        return;
      }
      saveDraft({
        ...scope,
        baseVersion: basis.version,
        base: basis.values,
        values,
        updatedAt: Date.now(),
        pending: isPending,
      });
    },
    // scope is rebuilt every render; its parts are the real dependencies
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scope?.userId, scope?.documentId, scope?.target.kind, scope?.target.id, fields],
  );

  // who I am can be known only after the editor opened (just after a reload the session is still loading): keep
  // what was typed meanwhile as soon as it is
  useEffect(() => {
    write(latest, pending, base);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [write]);

  const record = useCallback(
    (values: V) => {
      setLatest(values);
      write(values, pending, base);
    },
    [write, pending, base],
  );

  const openMerge = useCallback(
    (mine: V) => setMerge(compareFields(fields, base.values, mine, saved.values)),
    [fields, base, saved],
  );

  const applyMerge = useCallback(
    (values: V) => {
      setBase(saved);
      setMerge(null);
      setLatest(values);
      write(values, pending, saved);
      return values;
    },
    [saved, write, pending],
  );

  const handleSaveError = useCallback(
    (error: unknown, mine: V) => {
      if (isVersionConflict(error) && target) {
        setMerge(compareFields(fields, base.values, mine, saved.values));
        return true;
      }
      if (isConnectionFailure(error)) {
        setPending(true);
        write(mine, true, base);
        return true;
      }
      return false;
    },
    [target, fields, base, saved, write],
  );

  const clear = useCallback(() => {
    if (scope) removeDraft(scope.userId, scope.documentId, scope.target);
    setPending(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scope?.userId, scope?.documentId, scope?.target.kind, scope?.target.id]);

  // the query refetched after someone else's save: if my open merge is now against an older version, refresh it
  const savedVersion = saved.version;
  useEffect(() => {
    setMerge((open) => (open ? compareFields(fields, base.values, latest, saved.values) : open));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedVersion]);

  return {
    initialValues,
    restored,
    baseVersion: base.version,
    changedMeanwhile: saved.version > base.version,
    merge,
    pending,
    record,
    openMerge,
    closeMerge: () => setMerge(null),
    applyMerge,
    handleSaveError,
    onSaved: clear,
    discard: clear,
  };
}

/** Runs `retry` when the browser is back online (and every 15 s while it thinks it is), as long as `active`. */
export function useRetryWhenOnline(active: boolean, retry: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onOnline = () => retry();
    window.addEventListener('online', onOnline);
    const timer = window.setInterval(() => {
      if (navigator.onLine) retry();
    }, 15_000);
    return () => {
      window.removeEventListener('online', onOnline);
      window.clearInterval(timer);
    };
  }, [active, retry]);
}

/** Whether the editor of this section/entry is open, and a setter. It opens by itself when I left an unsaved draft
 *  here (reload, crash) — checked as soon as it is known who I am, which after a reload comes a moment later. */
export function useEditorOpen(target: EditTarget, canEdit: boolean): [boolean, (open: boolean) => void] {
  const coEditing = useCoEditing();
  const userId = coEditing?.draftOwner;
  const documentId = coEditing?.documentId;
  const [open, setOpen] = useState(false);
  const [checkedFor, setCheckedFor] = useState<string | null>(null);
  const scope = userId && documentId && canEdit ? `${userId}/${documentId}` : null;
  // React's "adjust state when a prop changes", done while rendering: no flash of the closed card
  if (scope && checkedFor !== scope) {
    setCheckedFor(scope);
    if (loadDraft(userId!, documentId!, target)) setOpen(true);
  }
  return [open, setOpen];
}
