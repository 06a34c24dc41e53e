// The rules an editor follows so that no edit is lost, as the person meets them: the version a save sends, the merge
// after someone else saved first, a save that waits for the connection, and a draft that outlives the page.
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { CoEditingProvider, type CoEditing } from '@/lib/realtime/presence-context';
import { loadDraft } from './draft-store';
import { useEditorOpen, useSafeEdit } from './use-safe-edit';

type Values = { title: string; body: string };
const FIELDS = ['title', 'body'] as const;
const target = { kind: 'entry', id: 'e1' } as const;
const coEditing: CoEditing = {
  documentId: 'doc-1',
  me: { userId: 'p-f', name: 'Fatima' },
  draftOwner: 'u-f',
  peers: [],
  lastChanges: {},
  setEditing: () => undefined,
  notifyChanged: () => undefined,
};
const wrapper = ({ children }: { children: ReactNode }) => (
  <CoEditingProvider value={coEditing}>{children}</CoEditingProvider>
);

function editor(saved: { values: Values; version: number }) {
  return renderHook(
    (props: { saved: { values: Values; version: number } }) =>
      useSafeEdit<Values>({ documentId: 'doc-1', target, saved: props.saved, fields: FIELDS }),
    { wrapper, initialProps: { saved } },
  );
}

const v3 = { values: { title: 'Speeltuin', body: 'Meer groen.' }, version: 3 };
const v4 = { values: { title: 'Speeltuin Noord', body: 'Meer groen.' }, version: 4 };

describe('useSafeEdit', () => {
  it('keeps sending the version the edit started from after someone else saved, and says so', () => {
    const { result, rerender } = editor(v3);
    rerender({ saved: v4 });
    expect(result.current.baseVersion).toBe(3);
    expect(result.current.changedMeanwhile).toBe(true);
  });

  it('after a version conflict shows the three versions, taking their one-sided change and flagging the clash', () => {
    const { result, rerender } = editor(v3);
    const mine = { title: 'Speeltuin Zuid', body: 'Meer groen en bankjes.' };
    rerender({ saved: v4 });
    let handled = false;
    act(() => {
      handled = result.current.handleSaveError({ code: '40001', message: 'Iemand anders…' }, mine);
    });
    expect(handled).toBe(true);
    expect(result.current.merge?.map((c) => [c.field, c.state])).toEqual([
      ['title', 'conflict'],
      ['body', 'mine'],
    ]);
    let merged: Values | undefined;
    act(() => {
      merged = result.current.applyMerge({ title: 'Speeltuin Noord', body: mine.body });
    });
    expect(merged).toEqual({ title: 'Speeltuin Noord', body: 'Meer groen en bankjes.' });
    expect(result.current.merge).toBeNull();
    expect(result.current.baseVersion).toBe(4);
  });

  it('keeps a save that could not reach the server as a pending draft, and the next editor resumes it', () => {
    const { result, unmount } = editor(v3);
    const mine = { title: 'Speeltuin', body: 'Offline getypt.' };
    act(() => result.current.record(mine));
    act(() => void result.current.handleSaveError({ message: 'TypeError: Failed to fetch', code: '' }, mine));
    expect(result.current.pending).toBe(true);
    expect(loadDraft('u-f', 'doc-1', target)).toMatchObject({ values: mine, baseVersion: 3, pending: true });
    unmount();

    const again = editor(v3);
    expect(again.result.current.initialValues).toEqual(mine);
    expect(again.result.current.restored?.values).toEqual(mine);
    expect(again.result.current.pending).toBe(true);
    act(() => again.result.current.onSaved());
    expect(loadDraft('u-f', 'doc-1', target)).toBeNull();
  });

  it('does not keep a draft that changes nothing, and leaves a refusal by the server to the form', () => {
    const { result } = editor(v3);
    act(() => result.current.record({ title: 'Speeltuin!', body: 'Meer groen.' }));
    expect(loadDraft('u-f', 'doc-1', target)).not.toBeNull();
    act(() => result.current.record(v3.values));
    expect(loadDraft('u-f', 'doc-1', target)).toBeNull();
    expect(result.current.handleSaveError({ code: '22023', message: 'Titel is te kort.' }, v3.values)).toBe(false);
  });

  it('keeps what was typed before it was known who I am (just after a reload), once it is', () => {
    let value: CoEditing = { ...coEditing, me: null, draftOwner: null };
    const { result, rerender } = renderHook(
      () => useSafeEdit<Values>({ documentId: 'doc-1', target, saved: v3, fields: FIELDS }),
      { wrapper: ({ children }) => <CoEditingProvider value={value}>{children}</CoEditingProvider> },
    );
    const mine = { title: 'Speeltuin', body: 'Getypt terwijl de sessie nog laadde.' };
    act(() => result.current.record(mine));
    expect(loadDraft('u-f', 'doc-1', target)).toBeNull();
    value = coEditing;
    rerender();
    expect(loadDraft('u-f', 'doc-1', target)).toMatchObject({ values: mine, baseVersion: 3 });
    act(() => result.current.onSaved());
  });
});

describe('useEditorOpen', () => {
  it('opens the editor by itself where I left a draft, once it is known who I am', () => {
    const { result: first } = editor(v3);
    act(() => first.current.record({ title: 'Nog niet opgeslagen', body: '' }));
    const { result } = renderHook(() => useEditorOpen(target, true), { wrapper });
    expect(result.current[0]).toBe(true);
    const { result: other } = renderHook(() => useEditorOpen({ kind: 'entry', id: 'e2' }, true), { wrapper });
    expect(other.current[0]).toBe(false);
    const { result: reader } = renderHook(() => useEditorOpen(target, false), { wrapper });
    expect(reader.current[0]).toBe(false);
  });
});
