// Unsaved edits survive a reload, a crash and a lost connection: every keystroke's state is kept in sessionStorage
// (synchronous, so nothing is lost between typing and a crash), per user, document and section/entry, together
// with the version and values it was based on, so a later save can still detect and merge a conflict.
// sessionStorage, not localStorage: a draft belongs to the tab it was typed in. It survives that tab's reload and a
// browser's restore after a crash, but a second tab of the same person does not open the first tab's unsaved text
// (and then save it as its own) while the first is still editing.
import type { EditTarget } from '@/lib/realtime/presence';
import type { FieldValues } from './merge';

export type Draft = {
  documentId: string;
  target: EditTarget;
  userId: string;
  /** the version of the section/entry the edit started from; the save sends it as p_version */
  baseVersion: number;
  /** the saved values the edit started from (for a three-way merge) */
  base: FieldValues;
  values: FieldValues;
  updatedAt: number;
  /** a save was tried and did not reach the server; retried when the connection is back */
  pending: boolean;
};

const PREFIX = 'agendakaart.concept.';

export function draftKey(userId: string, documentId: string, target: EditTarget): string {
  return `${PREFIX}${userId}.${documentId}.${target.kind}.${target.id}`;
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage blocked (private mode settings): editing still works, just without drafts
  }
}

export function saveDraft(draft: Draft): void {
  try {
    storage()?.setItem(draftKey(draft.userId, draft.documentId, draft.target), JSON.stringify(draft));
  } catch {
    // quota full: the form still holds the text; nothing more we can do here
  }
}

function parse(raw: string | null): Draft | null {
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Draft;
    return typeof draft.baseVersion === 'number' && draft.values && draft.target ? draft : null;
  } catch {
    return null;
  }
}

export function loadDraft(userId: string, documentId: string, target: EditTarget): Draft | null {
  return parse(storage()?.getItem(draftKey(userId, documentId, target)) ?? null);
}

export function removeDraft(userId: string, documentId: string, target: EditTarget): void {
  storage()?.removeItem(draftKey(userId, documentId, target));
}

/** All drafts of this user on this document, oldest first. */
export function listDrafts(userId: string, documentId: string): Draft[] {
  const store = storage();
  if (!store) return [];
  const prefix = `${PREFIX}${userId}.${documentId}.`;
  const drafts: Draft[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) {
      const draft = parse(store.getItem(key));
      if (draft) drafts.push(draft);
    }
  }
  return drafts.sort((a, b) => a.updatedAt - b.updatedAt);
}

/** A draft is worth keeping only if it differs from what it was based on. */
export function hasChanges(draft: Pick<Draft, 'base' | 'values'>, same: (a: unknown, b: unknown) => boolean): boolean {
  return Object.keys(draft.values).some((field) => !same(draft.values[field], draft.base[field]));
}
