import { act, renderHook } from '@testing-library/react';
import { showToast, useToastActions, useToasts } from './toast-store';

test('the same message twice shows once; a dismissed message goes', () => {
  const { result } = renderHook(() => ({ toasts: useToasts(), actions: useToastActions() }));
  act(() => {
    showToast('Bijwerken is niet gelukt');
    showToast('Bijwerken is niet gelukt');
  });
  expect(result.current.toasts.map((t) => t.message)).toEqual(['Bijwerken is niet gelukt']);
  act(() => result.current.actions.toastDismissed(result.current.toasts[0]!.id));
  expect(result.current.toasts).toEqual([]);
});

test('each test starts without toasts (stores are reset between tests)', () => {
  act(() => showToast('over'));
  const { result } = renderHook(() => useToasts());
  expect(result.current).toHaveLength(1);
});

test('…and the next one starts clean again', () => {
  const { result } = renderHook(() => useToasts());
  expect(result.current).toEqual([]);
});
