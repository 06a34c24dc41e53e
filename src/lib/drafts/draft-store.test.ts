import { afterEach, describe, expect, it } from 'vitest';
import { hasChanges, listDrafts, loadDraft, removeDraft, saveDraft, type Draft } from './draft-store';
import { sameValue } from './merge';

const draft = (over: Partial<Draft> = {}): Draft => ({
  documentId: 'doc-1',
  target: { kind: 'entry', id: 'e1' },
  userId: 'u-f',
  baseVersion: 3,
  base: { title: 'Oud' },
  values: { title: 'Nieuw' },
  updatedAt: 1,
  pending: false,
  ...over,
});

afterEach(() => sessionStorage.clear());

describe('drafts in sessionStorage (per tab)', () => {
  it('keeps a draft per user, document and entry, with the version it was based on', () => {
    saveDraft(draft());
    saveDraft(draft({ userId: 'u-d', values: { title: 'Van Daan' } }));
    expect(loadDraft('u-f', 'doc-1', { kind: 'entry', id: 'e1' })).toEqual(draft());
    expect(loadDraft('u-d', 'doc-1', { kind: 'entry', id: 'e1' })?.values).toEqual({ title: 'Van Daan' });
    expect(loadDraft('u-f', 'doc-1', { kind: 'section', id: 'e1' })).toBeNull();
  });

  it('lists the drafts of one user on one document, oldest first, and forgets a removed one', () => {
    saveDraft(draft({ target: { kind: 'entry', id: 'e2' }, updatedAt: 5 }));
    saveDraft(draft({ updatedAt: 2 }));
    saveDraft(draft({ documentId: 'doc-2' }));
    expect(listDrafts('u-f', 'doc-1').map((d) => d.target.id)).toEqual(['e1', 'e2']);
    removeDraft('u-f', 'doc-1', { kind: 'entry', id: 'e1' });
    expect(listDrafts('u-f', 'doc-1').map((d) => d.target.id)).toEqual(['e2']);
  });

  it('ignores what is not a draft', () => {
    sessionStorage.setItem('agendakaart.concept.u-f.doc-1.entry.e9', '{kapot');
    expect(listDrafts('u-f', 'doc-1')).toEqual([]);
  });

  it('knows whether a draft changes anything', () => {
    expect(hasChanges(draft(), sameValue)).toBe(true);
    expect(hasChanges(draft({ values: { title: 'Oud' } }), sameValue)).toBe(false);
  });
});
