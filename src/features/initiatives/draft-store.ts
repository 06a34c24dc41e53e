import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { EMPTY_PROPOSAL, type Place, type ProposalValues } from './model';

// The proposal being written, kept in localStorage until it is submitted: it survives a reload and a failed
// submission. The map writes the pin here; the form reads and writes the rest.
type DraftState = {
  draft: ProposalValues;
  actions: {
    draftChanged(values: Partial<ProposalValues>): void;
    pinDropped(at: Place): void;
    draftSubmitted(): void;
  };
};

const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      draft: EMPTY_PROPOSAL,
      actions: {
        draftChanged: (values) => set((s) => ({ draft: { ...s.draft, ...values } })),
        pinDropped: (at) =>
          set((s) => ({
            draft: { ...s.draft, placeMode: 'map', pin: { lng: round6(at.lng), lat: round6(at.lat) } },
          })),
        draftSubmitted: () => set({ draft: EMPTY_PROPOSAL }),
      },
    }),
    {
      name: 'agendakaart.initiatief-concept',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ draft: s.draft }),
    },
  ),
);

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export const useDraft = () => useDraftStore((s) => s.draft);
export const useDraftPin = () => useDraftStore((s) => s.draft.pin);
export const useDraftActions = () => useDraftStore((s) => s.actions);
/** The current draft without subscribing (to seed a form once). */
export const readDraft = () => useDraftStore.getState().draft;
