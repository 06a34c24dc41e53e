import { create } from 'zustand';

type Toast = { id: number; message: string };
type ToastState = { toasts: Toast[]; actions: { toastShown(message: string): void; toastDismissed(id: number): void } };

let nextId = 1;
const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  actions: {
    toastShown: (message) =>
      set((s) => ({ toasts: [...s.toasts.filter((t) => t.message !== message), { id: nextId++, message }] })),
    toastDismissed: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  },
}));

export const useToasts = () => useToastStore((s) => s.toasts);
export const useToastActions = () => useToastStore((s) => s.actions);
/** For code outside React (the QueryCache): show a message. */
export const showToast = (message: string) => useToastStore.getState().actions.toastShown(message);
