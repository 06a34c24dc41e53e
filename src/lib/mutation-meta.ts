// What a mutation tells the rest of the app about itself (TanStack Query's `meta`, typed here for every mutation).
import '@tanstack/react-query';

export type AppMutationMeta = {
  /** Not a save of content: its progress and errors are shown only where it was started (signing in, a link from a
   *  mail), never in the header's save status. */
  inPlace?: boolean;
};

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: AppMutationMeta;
  }
}

export const IN_PLACE: AppMutationMeta = { inPlace: true };
